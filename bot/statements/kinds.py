"""Kind of an attributed statement: claim, denial, confirmation or plain statement.

The cue verb decides when it can (denied, reported); otherwise cue phrases in the content do.
"""

from __future__ import annotations

import re
from functools import cache

from bot.text import lexicon


@cache
def _event() -> re.Pattern[str]:
    """A finished event or a passive report: "threatened", "was taken", "have been caught"."""
    return re.compile(
        rf"\b(?:\w{{3,}}ed|{lexicon.alternation('event_verbs.txt')})\b", re.IGNORECASE
    )


@cache
def _not_event() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alternation('not_event_words.txt')})\b", re.IGNORECASE)


@cache
def _adjective_marker() -> re.Pattern[str]:
    """A determiner or degree word just before a word: "an unarmed", "very encouraged"."""
    return re.compile(rf"\b(?:{lexicon.alternation('adjective_markers.txt')})\s+$", re.IGNORECASE)


@cache
def _first_person() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{lexicon.alternation('first_person.txt')})\b", re.IGNORECASE)


@cache
def _negation() -> re.Pattern[str]:
    """A negating word; "not only ... but also" adds, it negates nothing."""
    return re.compile(
        rf"\b(?:not(?!\s+only\b)|{lexicon.alternation('negation_words.txt')})\b|n[’']t\b",
        re.IGNORECASE,
    )


@cache
def cue_kinds() -> dict[str, str]:
    """Reporting verb or phrase (lower case) -> the kind it implies, or "neutral"."""
    return {row[0].lower(): row[1] for row in lexicon.rows("reporting_verbs.tsv")}


@cache
def object_first_cues() -> frozenset[str]:
    """Cues whose hearer comes before what was said ("told the newspaper that …"): marked
    "object-first" in reporting_verbs.tsv."""
    return frozenset(
        row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "object-first" in row[2:]
    )


@cache
def continuation_cues() -> frozenset[str]:
    """Cues that carry on what the speaker was saying ("added", "continued"): marked
    "continues" in the third column of reporting_verbs.tsv."""
    return frozenset(
        row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "continues" in row[2:]
    )


@cache
def _denial_if_negated() -> frozenset[str]:
    """Verbs of insistence ("insisted", "maintains") whose negated content denies something:
    marked "denial-if-negated" in reporting_verbs.tsv."""
    return frozenset(
        row[0].lower()
        for row in lexicon.rows("reporting_verbs.tsv")
        if "denial-if-negated" in row[2:]
    )


@cache
def denial_if_accused() -> frozenset[str]:
    """Verbs of insistence whose content, by one an earlier claim names, answers that claim
    ("The club maintains it acted within the rules"): "denial-if-accused" in
    reporting_verbs.tsv."""
    return frozenset(
        row[0].lower()
        for row in lexicon.rows("reporting_verbs.tsv")
        if "denial-if-accused" in row[2:]
    )


@cache
def _denial_if_fact_negated() -> frozenset[str]:
    """Verbs of confirmation whose content, a fact negated in its main clause, denies the
    story: marked "denial-if-fact-negated" in reporting_verbs.tsv."""
    return frozenset(
        row[0].lower()
        for row in lexicon.rows("reporting_verbs.tsv")
        if "denial-if-fact-negated" in row[2:]
    )


# A main clause whose verb of being or having is negated as a fact, near its start, before any
# comma: "the car had not been stolen", "the group does not have Ebola"; not a plan or a
# condition ("will not stand", "would not", "if it was not").
_NEGATED_FACT = re.compile(
    r"^\W*(?:that\s+)?(?:[\w'’.()-]+\s+){1,8}?"
    r"(?:is|was|are|were|has|have|had|does|did|do)(?:\s+not|n['’]t)\b(?!\s+(?:yet|comment))",
    re.IGNORECASE,
)


@cache
def _clause_opener() -> re.Pattern[str]:
    """A clause break or a subordinator ("if", "while"): what follows is not the main clause."""
    return re.compile(rf"[,;:]|\b(?:{lexicon.alternation('subordinators.txt')})\b", re.IGNORECASE)


def _negates_a_fact(content: str) -> bool:
    """The content's main clause negates a fact: "the car had not been stolen"."""
    found = _NEGATED_FACT.search(unquoted(content))
    return found is not None and _clause_opener().search(found.group(0)) is None


def _denies_existence(content: str) -> bool:
    """The content says a thing did not happen or exist ("there was no case of Ebola", "no
    deal was signed"; existence_denials.txt)."""
    said = unquoted(content).strip()
    said = re.sub(r"^that\s+", "", said, flags=re.IGNORECASE)
    return any(p.match(said) for p in lexicon.patterns("existence_denials.txt"))


def without_assurance(content: str) -> str:
    """The content after a speaker's own vouching for it ("I can tell you that no waste went
    into the river", "Let me be clear: we did not dump waste"; assurance_leads.txt)."""
    lead = re.match(r"^[\s\"“‘']*", content)
    start = lead.end() if lead else 0
    found = next(
        (m for p in lexicon.patterns("assurance_leads.txt") if (m := p.match(content, start))),
        None,
    )
    return content[found.end() :] if found is not None and found.end() < len(content) else content


def classify(cue: str, content: str, whole: str, anonymous: bool, outlet: bool) -> str:
    """Kind of a statement from its cue, its content and the whole sentence."""
    content = without_assurance(content)
    cue_kind = cue_kinds().get(cue.lower(), "neutral")
    hedge = lexicon.first_match("not_denial_cues.tsv", whole)
    if hedge and _denies_after(whole[hedge.end() :]):
        return "denial"  # "declined to comment further but said the claims were baseless"
    if hedge:
        subordinate = hedge.group(0).lower().startswith("after")
        if subordinate and cue_kind == "confirmation" and not _negated_cue(cue, whole):
            return "confirmation"  # "After long denying it, the ministry confirmed ..."
        return "statement"
    if cue_kind == "denial-if-content" and not lexicon.first_match("denial_cues.tsv", whole):
        return "statement"  # "called the decision 'a disgrace'": an opinion, quoted
    if cue_kind in {"denial", "denial-if-content"}:
        return "denial"
    said = _before_an_earlier_act(content) if cue_kind == "confirmation" else content
    if lexicon.first_match("denial_cues.tsv", unquoted(said)) or _denial_lead(whole):
        return "denial"
    if cue and _colon_lead(whole, cue):
        return "denial"
    if cue.lower() in _denial_if_negated() and is_negated(content):
        return "denial"  # "insisted that she had never met the man"
    if _standing_denial(cue, content, whole):
        return "denial"  # "Moscow has repeatedly said it does not target civilians"
    if _negated_after_a_report(content, whole):
        return "denial"  # "The couple have not separated, their spokesman said, after a
        # tabloid reported they had ended their marriage"
    if cue_kind == "confirmation":
        if _negated_cue(cue, whole):
            return "statement"
        if cue.lower() in _denial_if_fact_negated() and (
            _negates_a_fact(content) or _denies_existence(content)
        ):
            return "denial"  # "confirmed that the car had not been stolen", "… there was no
            # case of Ebola in the city"
        return "confirmation"
    if lexicon.first_match("confirmation_cues.tsv", content):
        return "confirmation"
    if cue_kind == "statement" and _announces_event(cue, content, whole):
        return "claim"  # "announced that the rebels had agreed to a truce": news
    if cue_kind in {"claim", "statement"}:
        return cue_kind
    if anonymous or outlet:
        return "claim"
    return "claim" if asserts_fact(content) else "statement"


# ", two days after her ministry called the report …", "weeks after denying it": a clause
# telling what happened before the act, not what is confirmed
_EARLIER_ACT = re.compile(
    r",?\s+(?:(?:\w+|\d+)\s+(?:days?|weeks?|months?|hours?|years?)\s+)?(?:after|since)\s",
    re.IGNORECASE,
)


def _before_an_earlier_act(content: str) -> str:
    """What a confirmation confirms: its content up to a clause telling an earlier act
    ("confirmed that a freeze was considered, two days after her ministry called the report
    'pure invention'"), whose denial words are the earlier denial, not this act's."""
    found = _EARLIER_ACT.search(content)
    return content[: found.start()] if found else content


def _announces_event(cue: str, content: str, whole: str) -> bool:
    """An announcing cue ("announced", "disclosed"), not negated, whose content reports an
    event: what is made known is news, not a plan ("announced his candidacy")."""
    return (
        cue.lower() in lexicon.words("announcing_cues.txt")
        and not _negated_cue(cue, whole)
        and asserts_fact(content)
    )


_QUOTE_MARKS = re.compile(r"[\"“”‘«»„]|(?<!\w)['’]|['’](?!\w)")  # not "That’s"


def unquoted(content: str) -> str:
    """The content without quotation marks, so that a cue reads the same quoted or not:
    'the claims were "a lie"' as 'the claims were a lie'."""
    return re.sub(r"\s{2,}", " ", _QUOTE_MARKS.sub("", content))


def in_first_person(content: str) -> bool:
    """Content opening in the first person ("I never …", "We are …")."""
    return _first_person().match(content.replace("’", "'")) is not None


def asserts_fact(content: str) -> bool:
    """Content that asserts something happened or is so (a claim), rather than a view, feeling,
    plan or condition (a statement)."""
    content = _spoken_part(content)
    if stance_opening(content) or _evaluates(content):
        return False
    if lexicon.first_match("fact_patterns.tsv", content):
        return True
    return is_event(content)


# A quotation introduced by a comma or colon after a circumstance ("said, while visiting the
# site, "we will rebuild it""): the quotation alone is what was said.
_INTRODUCED_QUOTE = re.compile(r"[,:]\s*[\"“‘«„']([^\"“”«»„]{8,})[\"”’»]?\W*$")


def _spoken_part(content: str) -> str:
    found = _INTRODUCED_QUOTE.search(content)
    lead = content.lstrip().startswith((",", ":"))
    return found.group(1) if lead and found and found.start() > 1 else content


@cache
def _stance_openers() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{row[0]})" for row in lexicon.rows("stance_openers.tsv"))
    return re.compile(rf"^[\W_]*(?:that\s+)?(?:{alternatives})", re.IGNORECASE)


def stance_opening(content: str) -> bool:
    """Content that opens as a condition, a speculation or the speaker's own view."""
    return _stance_openers().match(unquoted(content).replace("’", "'")) is not None


def _evaluates(content: str) -> bool:
    """Content that judges what happened ("the aid came too late", "the arrest was wrong"):
    a view, though it names an event."""
    plain = unquoted(content).replace("’", "'")
    return lexicon.first_match("evaluative_predicates.tsv", plain) is not None


def is_event(content: str) -> bool:
    """Content that reports something as having happened, rather than an opinion or plan."""
    content = content.replace("’", "'")
    return any(_is_event_word(content, m) for m in _event().finditer(content))


def _is_event_word(content: str, match: re.Match[str]) -> bool:
    word = match.group(0)
    if _not_event().fullmatch(word) or _knowing_that(content, match):
        return False
    before = content[: match.start()]
    if _CLAIM_CLAUSE.search(before):
        return False  # "the claim that he fled might be exaggerated": someone else's account
    if any(p.search(before) for p in lexicon.patterns("unrealised_markers.tsv")):
        return False  # "will be closed", "could have died": not (yet) happened
    if _adjective_marker().search(before):
        return False  # "an unarmed man", "the kidnapped girls": an adjective
    # A capitalised word inside a sentence is part of a name: "the United States".
    return not (word[0].isupper() and _MID_SENTENCE.search(before))


# A clause that a claim noun introduces ("the rumour that the club was sold"), up to the word
# in question: what it says is the claim's, not the speaker's.
_CLAIM_CLAUSE = re.compile(
    r"\b(?:claims?|reports?|allegations?|accusations?|rumou?rs?|suggestions?|stor(?:y|ies)"
    r"|speculation)\s+that\s+[^,;:]*$",
    re.IGNORECASE,
)


def _knowing_that(content: str, match: re.Match[str]) -> bool:
    """A verb of finding out or knowing before "that" ("we have found that ..."): what was
    found decides, not the finding."""
    word = match.group(0).lower()
    follows_that = _THAT.match(content, match.end()) is not None
    return follows_that and word in lexicon.words("knowing_verbs.txt")


_THAT = re.compile(r"\s+that\b", re.IGNORECASE)


# What precedes a word inside a sentence: a word or a comma, not a sentence's end.
_MID_SENTENCE = re.compile(r"[\w,;]\s+$")


# The speaker's own conduct negated: "it does not target civilians", "he never met the
# lawyer", "they had not been told"; its verb is what was (not) done.
_OWN_CONDUCT_NEGATED = re.compile(
    r"^\W*(?:that\s+)?(?:it|he|she|they|we|i)\s+(?:(?:does|do|did|has|have|had)\s*(?:not|n['’]t)"
    r"|(?:has|have|had)?\s*never)\s+(?:\w+ly\s+)?(?:ever\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)


@cache
def _standing_cue() -> re.Pattern[str]:
    """ "has repeatedly said", "has long insisted": a reporting verb after an adverb of
    standing_adverbs.txt."""
    return re.compile(
        rf"\b(?:{lexicon.alternation('standing_adverbs.txt')})\s+(?P<cue>\w+)", re.IGNORECASE
    )


@cache
def _after_a_report() -> re.Pattern[str]:
    """ "after a tabloid reported …", "following reports that …", "after rumours spread",
    "after screenshots appeared to show …": the sentence tells what its words answer."""
    nouns = "|".join(sorted(lexicon.words("claim_nouns.txt")))
    return re.compile(
        rf"[,\s](?:after|following)\s+(?:[\w'’-]+\s+){{0,4}}?"
        rf"(?:(?:{nouns})s?\b|(?:reported|claimed|alleged|suggested)\s"
        r"|(?:appeared|purported|seemed)\s+to\s+(?:show|suggest)\b)",
        re.IGNORECASE,
    )


def _negated_after_a_report(content: str, whole: str) -> bool:
    """Its words negate, in their main clause, what a report the sentence names said: "The
    minister has not resigned, his office said, after rumours that he had quit"."""
    report = _after_a_report().search(whole)
    if report is None:
        return False
    said = content.split(report.group(0).strip(), 1)[0] if report.group(0) in content else content
    said = unquoted(said)
    return bool(
        _negates_a_fact(said) or _NEGATED_PLAN.search(said) or _NEGATED_CONJUNCT.search(said)
    )


# "… was a private trip and had not been paid for by …": a negated second predicate
_NEGATED_CONJUNCT = re.compile(
    r"\b(?:and|but)\s+(?:had|has|have|was|were|is|are|did|does|do)\s*(?:not|n['’]t|never)\b",
    re.IGNORECASE,
)


# "will not close", "is not going to quit": a plan or prospect negated in the main clause
_NEGATED_PLAN = re.compile(
    r"^\W*(?:that\s+)?(?:[\w'’.()-]+\s+){1,6}?(?:will|would|is|are)\s*(?:not|n['’]t)\s+"
    r"(?:be\s+)?(?:going\s+to\s+)?[a-z]+",
    re.IGNORECASE,
)


# the own act sworn to: "never taken a banned drug", "never once been asked"; not a degree
# ("never seen anything like it", "never been so proud") nor a view ("never thought")
_SWORN_DEGREE = re.compile(
    r"\b(?:like\s+(?:it|this|that)|so|such|more|less|better|worse|happier|prouder|\w+er\s+than)\b",
    re.IGNORECASE,
)
_OWN_NEVER = re.compile(
    r"^\W*(?:that\s+)?(?:i|we|he|she|they)\b[^,;:.]{0,20}?\b(?:never|not|n['’]t)\b",
    re.IGNORECASE,
)


def sworn_denial(content: str) -> bool:
    """The speaker swears they never did something ("I have never taken a performance-enhancing
    drug in my life", "he had never once been asked to leave the set"; sworn_negations.txt)."""
    said = unquoted(content)
    found = _OWN_NEVER.match(said)
    if found is None or _SWORN_DEGREE.search(said):
        return False
    rest = said[found.end() :].split()
    views = lexicon.words("opinion_verbs.txt")
    if rest and any(rest[0].lower().startswith(v) for v in views):
        return False  # "I never thought in my life that …": a view
    return any(p.search(said) for p in lexicon.patterns("sworn_negations.txt"))


def owns_an_error(content: str) -> bool:
    """The speaker says they were wrong ("she had "made a mistake"", "we got it wrong";
    own_errors.txt): a retraction when they made the claim, an admission when accused."""
    said = unquoted(content)
    return any(p.search(said) for p in lexicon.patterns("own_errors.txt"))


def _standing_denial(cue: str, content: str, whole: str) -> bool:
    """A position held against an accusation: one who "has repeatedly said it does not target
    civilians", "has long said he never met the lawyer"; not a view, a wish or a policy of
    silence ("has always said it does not comment on transfers", "does not expect")."""
    standing = any(m.group("cue").lower() == cue.lower() for m in _standing_cue().finditer(whole))
    found = _OWN_CONDUCT_NEGATED.match(unquoted(content)) if standing else None
    if found is None or lexicon.first_match("no_comment_cues.tsv", content):
        return False
    verb = found.group("verb").lower()
    views = lexicon.words("opinion_verbs.txt") | lexicon.words("intention_verbs.txt")
    return not any(verb.startswith(v) for v in views)


def is_negated(content: str) -> bool:
    return _negation().search(content) is not None


_CONTRAST = re.compile(r"\b(?:but|however|though|although|yet)\b", re.IGNORECASE)


def _denies_after(rest: str) -> bool:
    """After a hedge ("declined to comment", "could not confirm"), a contrast that goes on to
    a denial: "... but said the allegations were baseless". Without the contrast the denial
    words are what was not confirmed ("could not confirm reports that the video was fake")."""
    contrast = _CONTRAST.search(rest)
    if contrast is None:
        return False
    after = unquoted(rest[contrast.end() :])
    return lexicon.first_match("denial_cues.tsv", after) is not None


@cache
def _denial_leads() -> tuple[re.Pattern[str], ...]:
    """The patterns of denial_leads.tsv, {CLAIM_NOUN} standing for a noun of claim_nouns.txt."""
    nouns = "|".join(
        re.escape(w) for w in sorted(lexicon.words("claim_nouns.txt"), key=len, reverse=True)
    )
    claim_noun = f"(?:{nouns})(?:s|es)?"
    return tuple(
        re.compile(row[0].replace("{CLAIM_NOUN}", claim_noun), re.IGNORECASE)
        for row in lexicon.rows("denial_leads.tsv")
    )


def _denial_lead(whole: str) -> bool:
    """The sentence opens by calling what follows a denial ("Denying the reports, ...")."""
    return any(pattern.search(whole) for pattern in _denial_leads())


def _colon_lead(whole: str, cue: str) -> bool:
    """A clause before a colon names the act, the attribution after it ("Durex put the
    rumours to rest: a spokesperson told BuzzFeed that ..."); not a speaker's own lead
    ("A spoof account claimed to be the owner, tweeting: ...")."""
    lead = _COLON_LEAD.match(whole)
    stem = _cue_stem(cue)  # "tweeted" in "tweeting:"
    if lead is None or re.search(rf"\b{re.escape(stem)}", lead.group(1), re.IGNORECASE):
        return False
    return lexicon.first_match("denial_cues.tsv", lead.group(1)) is not None


# A sentence's opening clause up to a colon, nothing quoted before it: what follows the colon
# is the act it names ("Finally, Durex put the rumours to rest: …")
_COLON_LEAD = re.compile(r"^([^:\"“”]{8,160}):\s+\S")


def _negated_cue(cue: str, whole: str) -> bool:
    """The cue verb, in any form ("verified" as "verify"), under a negation: "cannot
    independently verify", "did not confirm"."""
    stem = _cue_stem(cue)
    pattern = rf"\b(?:not|cannot|n't|never|no longer)\s+(?:\w+\s+)?{re.escape(stem)}"
    return re.search(pattern, whole, re.IGNORECASE) is not None


def _cue_stem(cue: str) -> str:
    """The cue without its ending, to find it in any form ("verified" as "verify", "tweeted"
    as "tweeting"); a cue of several words as it is."""
    return cue if " " in cue else cue[: max(4, len(cue) - 3)]
