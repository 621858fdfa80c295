"""Find who is credited with what inside one sentence: the cue verb, the speaker phrase and
the span of what they said ("X said ...", "..., X said.", "... said X", "according to X", passive
"... was denied by X", "X cited Y as saying").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from bot.statements.kinds import cue_kinds
from bot.statements.quotes import Quote
from bot.statements.speakers import (
    PRONOUNS,
    appositive_parts,
    is_outlet,
    is_report_phrase,
    kin_nouns,
    org_nouns,
    parse_actor,
    role_gender,
)
from bot.statements.syntax import ParsedAttribution
from bot.text import lexicon
from bot.text.lemmas import is_dictionary_word
from bot.text.words import stopwords

ELIDED = "<elided>"


def _phrases(name: str) -> str:
    """lexicon.alternation of bot/data/`name`, a space in an entry matching any whitespace."""
    return "|".join(re.escape(row[0]).replace(r"\ ", r"\s+") for row in lexicon.rows(name))


_AUX = _phrases("subject_trail_words.txt")
_WEEKDAYS = lexicon.alternation("weekdays.txt")
# An adverb in "-ly", but not a noun that ends so ("The family denies ...").
_LY = rf"(?!(?:{lexicon.alternation('ly_nouns.txt')})\b)\w+ly"
# An adverb between a speaker and the verb is written in lower case: "Gossip Weekly claimed"
# keeps its "Weekly".
_LY_LOWER = rf"(?!(?:{lexicon.alternation('ly_nouns.txt')})\b)(?-i:[a-z]\w*ly)"
_SPEECH_ADVERBS = "|".join(
    re.escape(w) for w in sorted(lexicon.words("speech_adverbs.txt"), key=len, reverse=True)
)
_DAY_PARTS = lexicon.alternation("day_parts.txt")
_MONTHS = lexicon.alternation("months.txt")  # "Shekau in August announced": a time, not a name
_TRAIL_MODS = re.compile(
    rf"(?:\s+(?:(?-i:{_AUX})|{_SPEECH_ADVERBS}|{_LY_LOWER}|(?:on\s+)?(?:{_WEEKDAYS})(?:\s+(?:{_DAY_PARTS}))?|"
    r"on\s+(?:its|his|her|their)\s+\w+(?:\s+account)?|"
    r"in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|post|tweet|letter|email|"
    r"e-mail|interview|release|blog\s+post|video)|"
    rf"in\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTHS}|\d{{4}})(?:\s+\d{{4}})?|,))+\s*$",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(
    rf"^(?:.*[\s,])?(?:{lexicon.alternation('clause_cut_words.txt')})\s+(?!\d)",
    re.IGNORECASE,
)
_THAN_CUT = re.compile(
    rf"^(?:.*[\s,])?than\s+(?!\d|(?:{lexicon.alternation('count_words.txt')}|a)\b)",
    re.IGNORECASE,
)  # "worse than the police said"; not a count: "A post shared more than 200,000 times claimed",
# "a video viewed more than two million times claims"
_VERBISH = re.compile(
    rf"\s(?:{lexicon.alternation('finite_auxiliaries.txt')})(?:n['’]t)?\b.*$", re.IGNORECASE
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:(?:was|were|is|are)(?:n['’]t)?|been|being|be)\s+"
    rf"(?:(?:\w+ly|{lexicon.alternation('passive_adverbs.txt')})\s+){{0,2}}$",
    re.IGNORECASE,
)
_BY = re.compile(r"[^.;]{0,60}?\bby\s+", re.IGNORECASE)
_NOUN_BEFORE = re.compile(
    rf"(?:\b(?:{lexicon.alternation('noun_before_words.txt')})|'s|’s)\s+$",
    re.IGNORECASE,
)
# A determiner and one modifier in lower case before a base-form cue ("the wedding claim"), a
# noun when nothing is said after it (not "The rebels claim they took the town")
_MODIFIED_NOUN = re.compile(
    rf"\b(?:{lexicon.alternation('noun_before_words.txt')})\s+[a-z][\w-]*\s+$", re.IGNORECASE
)
_CLAIM_NOUNS = lexicon.words("claim_nouns.txt")  # "claim", "report": nouns of what was said
_NOTHING_SAID_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|(?:of|by|from|about|on|in)\b)")
# A count before a participle: "three confirmed cases", "12 reported deaths", "more confirmed".
_NUMBER_BEFORE = re.compile(
    rf"\b(?:\d[\d,.]*|{lexicon.alternation('count_words.txt')})\s+$",
    re.IGNORECASE,
)
# A byline closing a story: "... wrote in Atlanta." / "... reported from Sanaa, Yemen."
_BYLINE_TAIL = re.compile(r"\s+(?:in|from)\s+[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3}\.?\s*$")
# A participle after "preposition + determiner + noun": "in a video posted online".
_PRONOUN_WORDS = "|".join(map(re.escape, PRONOUNS))
_PARTICIPLE_BEFORE = re.compile(
    rf"\b(?i:{lexicon.alternation('participle_prepositions.txt')})\s+"
    rf"(?i:a|an|the|its|his|her|their)\s+(?!(?:{_PRONOUN_WORDS})\s)"
    rf"(?:(?!(?:{lexicon.alternation('finite_auxiliaries.txt')})\s)[a-z][\w'’-]*\s+){{1,2}}$"
)  # "in a video posted", not "The leader of the rebels has denied"
# Cues that attribute only in the active voice ("X posted ..."); "was posted by X" is a thing
# published, not a statement. Marked "active-only" in the third column of reporting_verbs.tsv.
_ACTIVE_ONLY = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "active-only" in row[2:]
)
_PASSIVE_ONLY = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "passive-only" in row[2:]
)
# Cues that name the act as a noun and the speaker after "from": "a swift denial from the palace".
_SPEAKER_AFTER = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "speaker-after" in row[2:]
)
# A reflexive object after a verb of denial: "he denied himself a holiday" refuses, says nothing.
# what the speaker called something, in their own words, after the thing named ("called the
# decision 'a disgrace'"; not "boys called 'Tom Hanks'", a name given)
_QUOTED_WORDS = re.compile(r"^\s+[^\W\d][^\"“«]*?\s[\"“«]\w[^\"”»]*[\"”»]")
_REFLEXIVE_AFTER = re.compile(
    rf"\s+(?:{lexicon.alternation('reflexive_pronouns.txt')})\b", re.IGNORECASE
)
# A participle graded like an adjective: "the most hotly contested", "a less disputed".
_DEGREE_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:most|more|least|less)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_SOURCE_SUBJECT = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "source-subject" in row[2:]
)
_OUTLET_SUBJECT = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "outlet-subject" in row[2:]
)
_SOURCE_NOUNS = lexicon.words("source_subjects.txt")

# Where a subject's head noun ends: "the report from the bank", "researchers at Stanford".
_HEAD_END = re.compile(r"\s(?:of|from|by|at|in|for|into|on|with|who|which|that)\s|,|$")


_NOT_FIRST_PERSON = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "not-first-person" in row[2:]
)


def _wrong_subject(cue: str, speaker: str) -> bool:
    """A "source-subject" cue whose subject is no document, study, data or outlet ("police
    found a knife"), an "outlet-subject" cue whose subject is no outlet ("the museum
    understands its visitors"), or a "subject" running over a semicolon."""
    if ";" in speaker:
        return True  # "TruthLens found the report; the passages": two clauses, no subject
    if speaker.lower() == "you":
        return True  # "you can go ahead and confirm it": the reader, not a source
    if cue in _NOT_FIRST_PERSON and speaker.lower() in {"i", "we"}:
        return True  # "the reasons we suspect Rudd is a superhero": the writer's hunch
    if cue not in _SOURCE_SUBJECT and cue not in _OUTLET_SUBJECT or speaker == ELIDED:
        return False  # a shared subject is judged with the verb that names it
    phrase = appositive_parts(speaker)[0].strip()
    head = phrase[: _HEAD_END.search(phrase).start()].strip()
    words = head.split()
    for i in range(1, len(words)):
        if re.fullmatch(r"[a-z]+(?:ed|en)", words[i]):
            head = " ".join(words[:i])  # "Documents seen by the BBC": a participle ends the head
            break
    actor = parse_actor(head) if head else None
    if actor is not None and actor.kind == "outlet" or is_outlet(head):
        return False
    if cue in _OUTLET_SUBJECT:
        return True
    words = head.lower().replace("’", "'").split()
    last = words[-1].removesuffix("'s") if words else ""
    return not (
        last in _SOURCE_NOUNS or last.removesuffix("s") in _SOURCE_NOUNS or is_report_phrase(head)
    )


_CLAIM_PASSIVE = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "claim-passive" in row[2:]
)
# The subject of a passive-only cue: a noun for something said ("The allegations were").
_CLAIM_SUBJECT = re.compile(
    rf"\b(?:{'|'.join(re.escape(row[0]) + 's?' for row in lexicon.rows('claim_nouns.txt'))})"
    r"\s+(?:\w+\s+){0,2}(?:was|were|is|are|(?:had|has|have)\s+been)\s+"
    r"(?:\w+ly\s+)?(?:first\s+)?$",
    re.IGNORECASE,
)


# Cues that report speech only with a complement ("declined to comment", "continued:") or when
# they close a quote; "fires have continued, showing" and "the index declined 0.3%" say nothing.
_NEEDS_COMPLEMENT = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "needs-complement" in row[2:]
)
# What may stand between such a cue and its complement: adverbs, days, "in a statement".
_COMPLEMENT_LEAD = re.compile(
    rf"^(?:\s*,?\s*(?:{_LY}|{_SPEECH_ADVERBS}|also|further|later|earlier|today|yesterday|again|though|however"
    rf"|(?:on\s+)?(?:{_WEEKDAYS})|in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{lexicon.alternation('statement_media.txt')})|when\s+(?:asked|contacted|reached))"
    r"(?=[\s,:;.\"“”'‘’]|$))*",
    re.IGNORECASE,
)
_SPEECH_INFINITIVE = re.compile(
    rf"to\s+(?:\w+ly\s+)?(?:{_phrases('speech_infinitives.txt')})\b", re.IGNORECASE
)
_SPEECH_START = re.compile(
    r"(?:[:\"“‘'«]|,\s*[\"“‘'«]|that\b|"
    r"(?:he|she|they|it|we|I|there)\s|"  # "he added he would": a clause with no "that"
    rf"(?!(?:to|over|by|from|for|in|on|at|with|as|into)\s)(?:[A-Za-z][\w'’.-]*\s+){{1,6}}"
    rf"(?:{lexicon.alternation('finite_auxiliaries.txt')})(?:n['’]t)?\s)",
)
_REFUSAL_OBJECTS = lexicon.words("refusal_objects.txt")
# "accused the UK and the US of meddling": someone, then "of" (not "accused sex trafficker X").
_OBJECT_OF_CUES = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "object-of" in row[2:]
)
_OBJECT_THEN_OF = re.compile(r"^(?:[\w.'’-]+\s+){1,6}?of\s")


def _speech_complement(cue: str, text: str, pos: int, end: int) -> bool:
    """A "needs-complement" cue is followed by what reports speech: a quote, a colon, "that",
    "to" + a verb of speech, a clause; after "declined", a refusal object ("declined comment");
    after an "object-of" cue, someone and "of" ("accused the label of blocking her")."""
    rest = _after_lead(text[pos:end])
    if _SPEECH_START.match(rest) or _SPEECH_INFINITIVE.match(rest):
        return True
    if cue in _OBJECT_OF_CUES and _OBJECT_THEN_OF.match(rest):
        return True
    words = rest.split()
    return cue in {"declined", "refused"} and bool(words) and words[0].lower() in _REFUSAL_OBJECTS


def _cues(role: str) -> frozenset[str]:
    """Reporting verbs given `role` in cue_roles.tsv."""
    return frozenset(row[0].lower() for row in lexicon.rows("cue_roles.tsv") if role in row[1:])


def _past(flag: str) -> frozenset[str]:
    """Past-tense forms marked `flag` in past_tense.tsv."""
    return frozenset(row[0].lower() for row in lexicon.rows("past_tense.tsv") if flag in row[1:])


# Plain "say" verbs, which may open an inverted attribution ("..., says a report"); cues whose
# following phrase is never their subject ("..., saying ..."); see cue_roles.tsv.
_SAY_FAMILY = _cues("say-family")
_NEVER_INVERTED = _cues("never-inverted")
_TIME_WORD = re.compile(
    rf"(?:{_WEEKDAYS}|{lexicon.alternation('time_openers.txt')})\b", re.IGNORECASE
)
_BASE_FORMS = _cues("also-noun")  # "a claim", "media reports": a noun after a determiner
_NP_AFTER_STOP = re.compile(  # a comma, but not a thousands separator ("40,000 times")
    rf"[;:!?()\"“”—–]|,(?!\d{{3}}(?!\d))|\s--\s|\.\s*$"
    rf"|\s(?:{lexicon.alternation('np_stop_words.txt')})\s",
    re.IGNORECASE,
)
# What follows a trailing attribution ('"...," X said on Monday.'): punctuation, the end, a
# listed word or phrase, the press ("told reporters at ..."), a weekday, or a name ("told the
# BBC.").
_PRESS = (
    rf"(?:{lexicon.alternation('press_audiences.txt')})"
    rf"(?=\s*(?:[,.;]|$|(?:{lexicon.alternation('audience_followers.txt')})\b))"
)
_CLOSING_AFTER = re.compile(
    rf"^(?:\s*(?:[,.;:!?)]|$|(?:{_phrases('trailing_cue_followers.txt')}|{_PRESS})\b|"
    rf"(?:{_WEEKDAYS})\b|(?:the\s+)?(?:[A-Z][\w.’'-]*\s*){{1,4}}(?:[,.;:!?]|$|on\b|in\b|(?:{_WEEKDAYS})\b)))",
)


@dataclass(frozen=True)
class Found:
    """One attribution in a sentence; offsets are into the article text."""

    cue: str
    cue_start: int
    cue_end: int
    mode: str  # forward | trailing | inverted | passive | according | cited | own | named
    speaker: str  # the phrase, or ELIDED when the subject is shared with an earlier verb
    speaker_start: int
    content_start: int
    content_end: int
    quote: Quote | None = None


@cache
def _cue_regex() -> re.Pattern[str]:
    phrases = sorted(cue_kinds(), key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def find_attributions(text: str, start: int, end: int, quotes: list[Quote]) -> list[Found]:
    """Every attribution in text[start:end], in order of the cue."""
    out: list[Found] = []
    for match in _cue_regex().finditer(text, start, end):
        if any(q.open_at < match.start() < q.close_at for q in quotes):
            continue
        if match.group(0)[0].isupper() and text[start : match.start()].strip(" \"'“‘"):
            continue  # "United States" is not the verb "states"
        if re.match(r"\s+to\b", text[match.end() : end]) and match.group(0) in {"added", "adds"}:
            continue  # "has added to the intrigue"
        found = _attribute(text, start, end, match, quotes)
        if found:
            out.append(_what_the_subject_said(text, start, found))
    if not out:  # a headline's "Minister: 'I never met the lobbyist'", a post's 'Peskov: "…"'
        named = named_before_colon(text, start, end, quoted_only=start > 0)
        out += [named] if named else []
    return out


# "published what it said were …": a verb, "what", and a pronoun saying it
_WHAT_PRONOUN = re.compile(r"\s(?P<verb>[a-z]+)\s+what\s+$")


def _what_the_subject_said(text: str, start: int, found: Found) -> Found:
    """ "The Campus Monitor published what it said were 12 copied passages": "it" is the
    subject of the verb before "what" (the Monitor), not an actor of an earlier sentence."""
    if found.speaker.lower() not in PRONOUNS or found.mode != "forward":
        return found
    what = _WHAT_PRONOUN.search(text, start, found.speaker_start)
    subject = subject_before(text, start, what.start("verb")) if what else None
    if subject is None or subject[0] == ELIDED or subject[0].lower() in PRONOUNS:
        return found
    return replace(found, speaker=subject[0], speaker_start=subject[1])


# A headline's speaker before a colon and a quotation: "Minister: 'I never met the lobbyist'",
# "Star's rep: 'She is fine'"
_NAME_COLON_QUOTE = re.compile(
    r"\s*(?P<who>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,4}?)\s*:\s*[\"“‘'«]\s*\w"
)


# … and a role's words before a colon and a sentence unquoted: "Agent: Striker is not moving"
_ROLE_COLON = re.compile(r"\s*(?P<who>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3}?)\s*:\s+(?=[A-Z])")


def _is_role(word: str) -> bool:
    """A job noun, singular or plural ("Agent", "Police chief", "Officials")."""
    word = word.lower().strip("'’")
    return role_gender(word, "role")[0] or role_gender(word.removesuffix("s"), "role")[0]


def named_before_colon(text: str, start: int, end: int, quoted_only: bool = False) -> Found | None:
    """A sentence that is someone's words after their name and a colon ("Minister: 'I never
    met the lobbyist'"), not a label of the outlet's own ("Watch:", "Update:";
    kicker_labels.txt, text_labels.txt). A role's unquoted words ("Agent: Striker … is not
    joining …") only in a headline: after the first sentence (`quoted_only`), a quotation."""
    found = _NAME_COLON_QUOTE.match(text, start, end)
    role_colon = None if quoted_only else _ROLE_COLON.match(text, start, end)
    if found is None and role_colon and _is_role(role_colon.group("who").split()[-1]):
        found = role_colon  # "Agent: Striker Tomas Lindqvist is not joining Real Sociedad"
    if found is None:
        return None
    who = found.group("who")
    labels = lexicon.words("kicker_labels.txt") | lexicon.words("text_labels.txt")
    if who.lower() in labels or who.split()[0].lower() in labels:
        return None
    colon = text.index(":", found.end("who"))
    return Found(":", colon, colon + 1, "forward", who, found.start("who"), colon + 1, end)


def _attribute(
    text: str, start: int, end: int, match: re.Match[str], quotes: list[Quote]
) -> Found | None:
    cue = re.sub(r"\s+", " ", match.group(0).lower())
    if _not_an_attribution(cue, text, start, end, match.start(), match.end()):
        return None
    before = text[start : match.start()]
    if re.search(r"\bto\s+(?:\w+ly\s+)?$", before, re.IGNORECASE) and cue in _INFINITIVES:
        return None  # "declined to say", "tried to deny": no subject of its own in these rules
    if _DEGREE_BEFORE.search(before):
        return None  # "the most hotly contested race": the participle is an adjective
    if cue == "according to" or cue in _SPEAKER_AFTER:
        return _according(text, start, end, match, quotes, cue)
    if cue in _PASSIVE_ONLY and not _CLAIM_SUBJECT.search(before):
        return None  # "made" attributes only in "the allegations were made by X"
    if _PASSIVE_BEFORE.search(before) and not cue.split()[0].endswith("ing"):
        if cue in _CLAIM_PASSIVE and not _CLAIM_SUBJECT.search(before):
            return None  # "primaries will be contested by three candidates": a race
        accusation = _accused_by(cue, text, end, match)
        if accusation is not None:
            return accusation  # "was accused by a former teammate of doping": the teammate's
        if cue in _ACTIVE_ONLY:
            return None  # "a picture was posted by a journalist" publishes, it states nothing
        return _passive(text, start, end, match)
    if cue in _CITING:
        return _cited(text, end, match)
    found = _active(text, start, end, match, quotes)
    if (
        found
        and cue in _NEEDS_COMPLEMENT
        and found.mode == "forward"
        and not _speech_complement(cue, text, match.end(), end)
    ):
        return None  # "Yet fires have continued, showing ...", "Spot gold added 0.1%"
    if found and _wrong_subject(cue, found.speaker):
        return None  # "Police found a knife": no report of findings
    return None if found and _says_nothing(found, text, end) else found


_INFINITIVES = _cues("infinitive")  # "declined to say", "refused to dismiss the report"


def _not_an_attribution(
    cue: str, text: str, start: int, end: int, cue_start: int, cue_end: int, finite: bool = False
) -> bool:
    """The cue word is used as something else here: a noun, a participle describing a noun, a
    byline, a "called"-type verb with no denial after it. A verb the parse shows is `finite`
    ("Supporters of the group rejected the report") is no participle, whatever precedes it."""
    before = text[start:cue_start]
    if cue in _BASE_FORMS and not finite and _NOUN_BEFORE.search(before):
        return True  # "a claim", "the reports": a noun, not a verb
    modified = cue.rstrip("s") in _CLAIM_NOUNS and _MODIFIED_NOUN.search(before)
    if modified and not finite and _NOTHING_SAID_AFTER.match(text, cue_end, end):
        return True  # "did not address the wedding claim.": a noun closing a phrase
    if re.search(r"\w-$", before):
        return True  # "self-reported", "much-noted": part of a hyphenated word
    if _is_noun_use(cue, before, text[cue_end:end]):
        return True  # "voters in key states", "exchange notes", "only to find said city"
    if cue not in _SPEAKER_AFTER and re.search(
        r"\b(?:a|an|the|his|her|its|their|this|these|those)\s+$", before, re.I
    ):
        return True  # "The stated aim"; not "a denial from the palace", a noun by design
    if cue.endswith("ed") and not finite and _NUMBER_BEFORE.search(before):
        return True  # "with three confirmed diagnoses": a participle describing a noun
    if cue_kinds().get(cue) == "denial" and _REFLEXIVE_AFTER.match(text, cue_end, end):
        return True  # "he denied himself a holiday": no claim denied
    if _NOUN_TO.search(before):
        return True  # "made the decision to tell people": what the decision was, nobody speaks
    if _HEARSAY_INFINITIVE.match(text, cue_end, end):
        return True  # "an image said to show his body": a passive of hearsay, nobody speaking
    if cue == "saying" and re.search(r"\bas\s+$", before):
        return True  # part of "cited X as saying"
    if cue == "declined" and not text[cue_end:end].strip(" .!"):
        return True  # "The school politely declined." says nothing
    if cue == "reported" and re.match(r"\s+from\b", text[cue_end:end]):
        return True  # a byline: "X reported from Yemen"
    if cue in {"wrote", "reported", "contributed"} and _BYLINE_TAIL.match(text, cue_end, end):
        return True  # a byline: "CNN's Greg Botelho wrote in Atlanta."
    past = text[cue_start:cue_end].lower().endswith("ed")  # "posted", not "denying"
    if past and not finite and _PARTICIPLE_BEFORE.search(before):
        return True  # "in a video posted online": a participle, not a verb with a subject
    # "Dempsey called ISIS a threat" attributes nothing: a "called" with no denial after it,
    # and no words of the speaker's quoted ("called the decision 'a disgrace'")
    after = text[cue_end:end]
    return (
        cue_kinds().get(cue) == "denial-if-content"
        and not lexicon.first_match("denial_cues.tsv", after)
        and not _QUOTED_WORDS.match(after)
        and not (cue == "described" and _DESCRIBED_AS.match(after))
    )


# "the decision to …", "the right to …" just before the cue (infinitive_nouns.txt)
_NOUN_TO = re.compile(
    rf"\b(?:{lexicon.alternation('infinitive_nouns.txt')})\s+to\s+$", re.IGNORECASE
)


# "said to show", "reported to be": the passive of hearsay (hearsay_infinitives.txt)
_HEARSAY_INFINITIVE = re.compile(
    rf"\s+to\s+(?:{lexicon.alternation('hearsay_infinitives.txt')})\b", re.IGNORECASE
)


# "described the vote as largely free and fair": a verdict given, whatever it is (the labelling
# rules count "calling something X" as a statement)
_DESCRIBED_AS = re.compile(r"\s+(?:\S+\s+){1,6}?as\s+\S")


def _says_nothing(found: Found, text: str, end: int) -> bool:
    """An attribution whose verb reports no speech after all: "those with the disorder
    reported more symptoms", "protesters responded with violence"."""
    cue, after = found.cue, text[found.cue_end : end]
    if found.mode != "forward":
        return False
    if cue in _EXPERIENCE_CUES and lay_group(found.speaker) and _plain_object(after):
        return True
    if cue in _SAID_OBJECT_CUES and _plain_object(after) and not _called_untrue(cue, after):
        return True  # "the Senate rejected the bill", "shot down an airliner": no claim denied
    if cue in _NEEDS_SAID_OBJECT and not _said_object(after):
        return True  # "walking back to his office": no remark taken back
    if cue in _NEEDS_CLAIM_OBJECT and not _CLAIM_OBJECT.match(_after_lead(after)):
        return True  # "blasted the government's plans", "lashed out at fans": no claim denied
    return cue == "responded" and _acts(after)


# "dismissed the probe as a hoax": what follows "as" is the verdict on the object.
_AS_VERDICT = re.compile(r"\s*(?:\S+\s+){1,6}?as\s+(.+)", re.DOTALL)


def _called_untrue(cue: str, after: str) -> bool:
    """The object, whatever it is, is called untrue ("dismissed the probe as a hoax",
    "rejected the inquiry as a witch hunt", "dismissed the book as fiction"): an accusation
    denied, not a bill voted down."""
    found = _AS_VERDICT.match(after)
    if found is None:
        return False
    verdict = lexicon.first_match("denial_cues.tsv", cue + found.group(0))
    return verdict is not None and verdict.end() > len(cue) + found.start(1)


# "responded with violence" / "responded by hitting": an act, not words. A statement, a quote
# or a colon after "with" ("responded with a statement", "with a sigh: '...'") is speech.
_RESPONSE_WITH = re.compile(r"\s+with\s+([^\"“‘:;.!?]*)([\"“‘:]?)")
_RESPONSE_BY = re.compile(r"\s+by\s+([a-z]+)ing\b")
_SPEECH_VERBS = frozenset(w for w in lexicon.words("speech_infinitives.txt") if " " not in w)


def _acts(after: str) -> bool:
    found = _RESPONSE_WITH.match(after)
    if found:
        words = {w.lower().rstrip("s") for w in re.findall(r"[\w-]+", found.group(1))}
        return not found.group(2) and not words & lexicon.words("statement_media.txt")
    found = _RESPONSE_BY.match(after)
    if found:
        stem = found.group(1)
        return not {stem, stem + "e", stem[:-1]} & _SPEECH_VERBS
    return False


_EXPERIENCE_CUES = _cues("experience")
_NEEDS_SAID_OBJECT = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "needs-said-object" in row[2:]
)
_NEEDS_CLAIM_OBJECT = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "needs-claim-object" in row[2:]
)
# A claim noun (claim_nouns.txt) opening the object, after up to four words: "blasted the
# 'fake' reports", "lashed out at claims that ...".
_CLAIM_OBJECT = re.compile(
    rf"^(?:\S+\s+){{0,4}}?(?:{'|'.join(re.escape(r[0]) for r in lexicon.rows('claim_nouns.txt'))})"
    r"(?:s|es)?\b",
    re.IGNORECASE,
)
_SAID_OBJECT_CUES = frozenset(
    row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "said-object" in row[2:]
)
_FINDING_SOURCES = lexicon.words("finding_sources.txt")
# Words that open no noun object: prepositions, time words, pronouns, conjunctions.
_PREPOSITIONS = "|".join(
    sorted(lexicon.words("np_function_words.txt") - lexicon.words("determiner_like.txt"))
)
_NOT_OBJECT = re.compile(
    rf"(?:{_PREPOSITIONS}|{lexicon.alternation('time_openers.txt')}"
    rf"|{_PRONOUN_WORDS}|about|into|over|through|back|but|so|if|when|what|how|why|whether)\b"
    r"|[a-z]+ing\b",
    re.IGNORECASE,
)
# A noun for something said in the object ("confirmed the report", "revealed the allegations").
_SAID_OBJECT = re.compile(
    rf"^(?:\S+\s+){{0,4}}?(?:{'|'.join(re.escape(r[0]) for r in lexicon.rows('claim_nouns.txt'))}"
    rf"|{lexicon.alternation('report_nouns.txt')}|{lexicon.alternation('said_objects.txt')}"
    r"|news|deal|plans?)s?\b",
    re.IGNORECASE,
)


# A description, then a name closing the phrase ("Dow component Home Depot"), not "fans of X".
_DESCRIBED_NAME = re.compile(
    r"(?:^|\s)(?!(?:with|of|for|from|in|at)\s)[a-z][\w'’-]*(?:\s+(?:[A-Z][\w.'’&-]*|&))+$"
)


def lay_group(phrase: str) -> bool:
    """An unnamed group of people ("some consumers who called", "964,000 people", "those with
    the disorder"): no anonymous source, no role, no team or study reporting findings."""
    actor = parse_actor(appositive_parts(phrase)[0])
    if actor.kind != "group" or actor.anonymous or actor.role or is_report_phrase(phrase):
        return False
    if _DESCRIBED_NAME.search(phrase):
        return False  # "Dow component Home Depot": a description, then a name
    words = re.findall(r"[a-z]+", phrase.lower())
    return not any(
        w in _FINDING_SOURCES
        or w.removesuffix("s") in _FINDING_SOURCES
        or re.sub(r"ies$", "y", w) in _FINDING_SOURCES
        or role_gender(w.removesuffix("s"), "role")[0]
        for w in words
    )


def _after_lead(after: str) -> str:
    """What follows a verb once adverbs, days and "in a statement" are skipped."""
    lead = _COMPLEMENT_LEAD.match(after)
    return after[lead.end() if lead else 0 :].lstrip()


def _said_object(after: str) -> bool:
    """What follows the verb is something said: a claim noun ("the remarks"), a pronoun
    standing for one ("walked it back"), a quote, a clause."""
    rest = _after_lead(after)
    if _QUOTE_START.match(rest) or _SAID_OBJECT.match(rest):
        return True
    return re.match(r"(?:it|that|this|them|those|these)\b", rest, re.IGNORECASE) is not None


# A quote, a colon or "that" opening what follows: no bare clause, which after a verb that takes
# back or puts down something said is its object's own clause ("shut down operations since
# there is no water").
_QUOTE_START = re.compile(r"[:\"“‘'«]|,\s*[\"“‘'«]|that\b")


def _plain_object(after: str) -> bool:
    """What follows the verb is a plain noun phrase ("a use disorder", "more symptoms",
    "telephone wait times that exceeded two hours"), not a clause, a quote or "that ..."."""
    rest = _after_lead(after)
    if not rest or _SPEECH_START.match(rest) or _SPEECH_INFINITIVE.match(rest):
        return False
    if _SAID_OBJECT.match(rest):
        return False  # "confirmed the report": a claim confirmed
    return not _NOT_OBJECT.match(rest) and bool(re.match(r"[a-z\d$£€]", rest))


_PLURAL_NOUNS = _cues("plural-noun")
_NOUN_PREPOSITION = lexicon.alternation("noun_cue_prepositions.txt")
# The cue ends the object of a preposition: "in key states", "across the early voting states".
_PREPOSITION_OBJECT = re.compile(
    rf"\b(?:{_NOUN_PREPOSITION})\s+(?:(?:a|an|the|its|his|her|their|such)\s+)?"
    r"(?:(?:\d(?:[\d,.]*\d)?%?|[a-z][\w'’-]*)\s+){0,3}$"
)
# An adjective (or a number) right before: "repeated claims", "credible reports", "10-year notes".
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:[a-z][\w-]*(?:ed|ing|ible|able|ous|ive|ful)|[\w-]*\d(?:[\d,.]*\d)?[\w%-]*)\s+$"
)
# After a verb, a clause or an object starts: "states that", "claims the", "notes: ...".
_CLAUSE_AFTER = re.compile(
    r"\s*(?:[:\"“‘'«,]|(?:that|the|a|an|this|his|her|its|their|he|she|it|they|we|I)\b)"
)


def _is_noun_use(cue: str, before: str, after: str) -> bool:
    """A cue read as a noun: a plural-noun cue ending a preposition's object ("voters in key
    states") or after an adjective with no clause following ("repeated claims of"); "said"
    after a preposition or "to" + verb and before a noun ("only to find said civilisation")."""
    if cue in _PLURAL_NOUNS:
        counted = _COUNT_AFTER_THAN.search(before) and _CLAUSE_AFTER.match(after)
        if _PREPOSITION_OBJECT.search(before) and not counted:
            return True  # not "a post shared more than 5,000 times claims that …"
        return bool(_ADJECTIVE_BEFORE.search(before)) and not _CLAUSE_AFTER.match(after)
    if cue == "said" and re.match(r"\s+[a-z]", after) and not re.match(r"\s+that\b", after):
        return bool(
            re.search(rf"\b(?:(?:{_NOUN_PREPOSITION})|to\s+[a-z]+)\s+$", before, re.IGNORECASE)
        )
    return False


# "… more than 5,000 times ", "… viewed by millions ": a count, not a noun the cue ends
_COUNT_AFTER_THAN = re.compile(
    rf"\b(?:than|by)\s+(?:\d[\d,.]*|{lexicon.alternation('count_words.txt')}|a|millions"
    rf"|billions)\s+(?:[a-z]+\s+){{0,2}}$",
    re.IGNORECASE,
)


# A verb ending the phrase after "a denial from": "the palace came within the hour".
_FINITE_AFTER = re.compile(
    rf"\s+(?:(?:{lexicon.alternation('finite_auxiliaries.txt')})(?:n['’]t)?"
    rf"|{'|'.join(sorted(_past('irregular'), key=len, reverse=True))}|[a-z]+ed)\b.*$"
)


# The outlet after a report noun: "a report in the Financial Times", "a story by Reuters"
_REPORT_SOURCE = re.compile(
    r"\s+(?:in|from|by)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*"
)


def _according(
    text: str,
    start: int,
    end: int,
    match: re.Match[str],
    quotes: list[Quote],
    cue: str = "according to",
) -> Found | None:
    """The speaker after the cue: "according to X", "a denial from X"."""
    np, np_start = _np_after(text, match.end(), end)
    if cue != "according to":
        np = _FINITE_AFTER.sub("", _cut_verb(np))  # "a denial from the palace came ..."
    if not np:
        return None
    source = _REPORT_SOURCE.match(text, np_start + len(np), end)
    if source and is_report_phrase(np):  # "according to a report in the Financial Times"
        np = text[np_start : source.end()]
    before = text[start : match.start()].strip(" ,")
    at_start = not before or before.lower() in _SUBJECT_OPENERS  # "But according to X, …"
    if at_start and "," in np and text.find(",", np_start + len(np), end) < 0:
        np = appositive_parts(np)[0]  # "According to X, the envoy asked ...": the rest is content
    if at_start and "," not in text[np_start:end]:
        np = _before_a_clause(np)  # "According to Glide the recording was made at noon"
    if at_start:
        comma = text.find(",", np_start + len(np), end)
        content = (comma + 1 if comma >= 0 else np_start + len(np), end)
    else:
        content = (start, match.start())
    quote = _quote_in(quotes, *content)
    return Found(cue, match.start(), match.end(), "according", np, np_start, *content, quote)


# A subject opening a clause inside a phrase, after a word that can end a noun phrase:
# "Glide | the recording was …", "his Twitter account | he was …"
_CLAUSE_SUBJECT = re.compile(
    r"(?<=[\w.'’)])\s+(?=(?:the|a|an|he|she|it|they|we|i|there|this|these|those)\s+\w)",
    re.IGNORECASE,
)


def _before_a_clause(np: str) -> str:
    """ "According to X" written without its comma: X ends where a clause's subject begins
    ("Glide the recording was created" → "Glide"); not after a function word ("the head of
    the agency")."""
    for found in _CLAUSE_SUBJECT.finditer(np):
        before = np[: found.start()].split()
        if before and before[-1].lower() not in stopwords():
            return np[: found.start()]
    return np


def _passive(text: str, start: int, end: int, match: re.Match[str]) -> Found | None:
    by = _BY.match(text, match.end(), end)
    if not by:
        return None
    np, np_start = _np_after(text, by.end(), end)
    if not np or re.search(r"(?:^|\s)[a-z]+ing$", np):
        return None  # "confirmed by lab testing": a procedure, not a speaker
    return Found(
        match.group(0).lower(),
        match.start(),
        match.end(),
        "passive",
        np,
        np_start,
        start,
        match.start(),
    )


# "by a former teammate of using banned drugs": the accuser, then "of" and the charge
_BY_THEN_OF = re.compile(r"\s+by\s+((?:[\w.'’-]+\s+){1,6}?)of\s+(?=\S)", re.IGNORECASE)


def _accused_by(cue: str, text: str, end: int, match: re.Match[str]) -> Found | None:
    """A passive "object-of" cue with its agent and charge ("Baird has been accused by a former
    teammate of using banned drugs"): the agent accuses, and the charge is what was said."""
    found = _BY_THEN_OF.match(text, match.end(), end) if cue in _OBJECT_OF_CUES else None
    if found is None:
        return None
    agent = found.group(1).strip()
    return Found(
        cue, match.start(), match.end(), "passive", agent, found.start(1), found.end(), end
    )


_CITING = frozenset({"cited", "quoted", "cites", "quotes"})  # "… X as saying": X speaks


def _cited(text: str, end: int, match: re.Match[str]) -> Found | None:
    if match.group(0).lower() not in _CITING:
        return None
    rest = text[match.end() : end]
    found = re.match(r"\s+(.{2,120}?),?\s+as\s+saying\b", rest)
    if not found:
        return None
    np = appositive_parts(found.group(1))[0].strip()
    np_start = match.end() + rest.index(np)
    content_start = match.end() + found.end()
    return Found("cited", match.start(), match.end(), "cited", np, np_start, content_start, end)


def _active(
    text: str, start: int, end: int, match: re.Match[str], quotes: list[Quote]
) -> Found | None:
    cue = re.sub(r"\s+", " ", match.group(0).lower())
    seg_start = start
    for q in quotes:
        if start <= q.close_at < match.start() and not _quoted_in_relative(text, start, q, match):
            seg_start = max(seg_start, q.close_at + 1)
    left = text[seg_start : match.start()]
    after_quote = seg_start > start
    if (
        cue not in _NEVER_INVERTED
        and _is_inverted(left, after_quote, text, match.start(), match.end(), end)
        and not _appositive_subject(text, seg_start, match.start())
    ):
        np, np_start = _np_after(text, match.end(), end)
        if not np or _TIME_WORD.match(np):
            return None
        head = appositive_parts(np)[0]
        if (
            _VERBISH.search(" " + head)
            or _cut_verb(head) != head
            or _pronoun_clause(head)
            or _SAYS_INSIDE.search(head)
            or _IRREGULAR_PAST & set(head.lower().split()[1:])  # "said the effect held even"
            or _PREDICATE_AFTER.match(text, np_start + len(np), end)  # "said Harlow, 58, had"
        ):
            # "Ruiz's agent, Luis Ortega, said the player was focused": what follows the verb
            # is a clause (its content), so the subject stands before the verb.
            return _forward(text, start, end, match, quotes, seg_start)
        q = _quote_before(quotes, start, match.start())
        content = (start, q.close_at if q else match.start())
        return Found(cue, match.start(), match.end(), "inverted", np, np_start, *content, q)
    return _forward(text, start, end, match, quotes, seg_start)


# A predicate after the noun phrase that follows a verb ("said Harlow, 58, had been killed"):
# the noun is the subject of what was said, not an inverted speaker
_PREDICATE_AFTER = re.compile(
    r"\s*,?\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)?"
    rf"(?:{lexicon.alternation('finite_auxiliaries.txt')})(?:n['’]t)?\s+\w",
    re.IGNORECASE,
)


# "claims the senator said it": a verb of saying after a subject, not after "who"/"that", makes
# what follows a cue a clause (what is claimed), not an inverted speaker
_SAYS_INSIDE = re.compile(r"^(?:(?!\b(?:who|which|that)\s)\S+\s+){1,5}(?:said|says|told|tells)\b")


# "The post, which shows a photo beside the words " (up to a quote): a subject, then a relative
# clause the quote stands in
_SUBJECT_THEN_RELATIVE = re.compile(r"^\W*[^,\"“”]{2,60},\s+(?:which|who)\b[^,\"“”]*$")


def _quoted_in_relative(text: str, start: int, quote: Quote, match: re.Match[str]) -> bool:
    """The quote stands inside a relative clause of the verb's subject ("The post, which
    shows a photo beside the words "…", claims …"): the subject before it is the verb's."""
    between = text[quote.close_at + 1 : match.start()]
    return bool(
        _SUBJECT_THEN_RELATIVE.match(text[start : quote.open_at])
        and re.fullmatch(r"[\s,\"”’']*", between)
        and between.count(",") == 1
    )


_FROM_PLACE = re.compile(r"^(?:from|of|at|in|with)\s", re.IGNORECASE)  # a phrase set off: where


def _opens_with_a_cue(np: str) -> bool:
    """A subject read as opening with a verb of saying in lower case ("claims the senator"
    before "said"): the verb of a subject further back, so no speaker of this verb."""
    first = np.split()[0] if np.split() else ""
    return first.islower() and cue_kinds().get(first) is not None and len(np.split()) > 1


def _names_a_group(phrase: str) -> bool:
    """ "The family of the man who was shot", "Supporters of the mayor": a group related to
    someone, so a name set off after it names that someone, not the group."""
    words = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE).split()
    if len(words) < 3 or words[1].lower() != "of":
        return False
    head = words[0].lower()
    return head in kin_nouns() and (head == "family" or head.endswith("s"))


def _pronoun_clause(phrase: str) -> bool:
    """A subject pronoun and more words after a verb open its content, not a speaker: "The
    family of Daniel Price, 34, said they want an inquiry"."""
    words = phrase.split()
    return len(words) > 1 and words[0].lower() in _PRONOUNS


_AGE = re.compile(r"^(?:aged\s+)?\d{1,3}$")  # an age set off by commas after a name


# A claim set off at a sentence's end with who answers it: "…, a claim his family denies",
# "…, something her lawyer disputes", "…, allegations he has denied"
_REDUCED_RELATIVE = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:claims?|allegations?|accusations?|charges?|something|"
    r"assertions?|suggestions?|accounts?|reports?|stor(?:y|ies))\s+"
    r"(?P<np>(?:(?:his|her|their|its|the|a|an)\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?:\s+(?:has|have|had|also|since|always|strongly|"
    r"vehemently|flatly|firmly|repeatedly|quickly|swiftly|promptly|immediately|later|"
    r"publicly|angrily))*\s*$"
)


# A subject, then a participle phrase set off by commas before the verb: "The man, first
# arrested by police in May," / "The story, first published by the website X," (by: who
# published a report: its publisher speaks)
_SET_OFF_PARTICIPLE = re.compile(
    r"\s*(?P<head>[A-Z][^,;:\"“”]{1,60}?),\s+(?P<participle>(?:(?:first|originally|initially|"
    r"later|once|since|recently|previously)\s+)?[a-z]+ed(?:\s+(?!by\b)[^,\s]+)*?)"
    r"(?:\s+by\s+(?P<by>[^,]+?))?(?:\s+(?:on|in|last|this)\s+\w+)?,\s*$"
)


def _forward(
    text: str, start: int, end: int, match: re.Match[str], quotes: list[Quote], seg_start: int
) -> Found | None:
    """The subject stands before the verb ("X said ...") or the attribution trails ("..., X
    said.")."""
    cue = re.sub(r"\s+", " ", match.group(0).lower())
    after_quote = seg_start > start
    reduced = _REDUCED_RELATIVE.search(text, seg_start, match.start())
    if reduced and not after_quote:  # "…, a claim his family denies": what comes before
        content = (start, reduced.start())
        np, np_start = reduced.group("np"), reduced.start("np")
        q = _quote_in(quotes, *content)
        return Found(cue, match.start(), match.end(), "trailing", np, np_start, *content, q)
    subject = _participle_subject(text, seg_start, match.start(), cue)
    subject = subject or subject_before(text, seg_start, match.start())
    if subject is None or _opens_with_a_cue(subject[0]):
        return None
    np, np_start = subject
    comma = text.rfind(",", seg_start, np_start)
    earlier = subject_before(text, seg_start, comma) if comma > seg_start else None
    if _AGE.match(np):  # "Kadalim, 26, says": the name before the age speaks
        np, np_start = earlier or subject
    elif earlier and _FROM_PLACE.match(np):  # "The authors, from the University of X, said"
        np, np_start = earlier
        comma = text.rfind(",", seg_start, np_start)
        named = subject_before(text, seg_start, comma) if comma > seg_start else None
        if _AGE.match(np) and named:  # "Nina Cole, 52, of the Teachers Union, said"
            np, np_start = named
    elif earlier and _names_a_group(earlier[0]):
        np, np_start = earlier  # "The family of the man, Daniel Price, said": the family speaks
    set_off = _SET_OFF_PARTICIPLE.match(text, seg_start, match.start())
    if set_off and is_report_phrase(set_off.group("head")) and set_off.group("by"):
        # "The story, first published by the website X, said": X's story, X speaks
        np, np_start = set_off.group("by"), set_off.start("by")
    elif set_off and np_start >= set_off.start("participle"):
        np, np_start = set_off.group("head"), set_off.start("head")  # "The man, first arrested …"
    after = text[match.end() : end]
    has_content_before = after_quote or _content_before(text, start, np_start)
    q = _quote_before(quotes, start, np_start)
    # '"Nobody is losing their job," Reyes told staff in an email': the quote just before the
    # speaker is what was said, whatever follows the verb
    quote_then_speaker = q is not None and not text[q.close_at : np_start].strip(" ,\"'”’")
    if (
        has_content_before
        and _ends_clause(text[start:np_start])
        and (_CLOSING_AFTER.match(after) or quote_then_speaker)
        and " that " not in _SUBORDINATE_TAIL.sub("", after)  # "said on Monday that …"
        # "wrote to parents to say …": content follows
        and not _SPEECH_INFINITIVE.search(_SUBORDINATE_TAIL.sub("", after))
    ):
        # what was said runs up to the speaker, past a quote inside it ('A quote calling
        # teachers "overpaid babysitters" is fabricated, her office said')
        content = (start, q.close_at if q and quote_then_speaker else np_start)
        return Found(cue, match.start(), match.end(), "trailing", np, np_start, *content, q)
    q = _quote_in(quotes, match.end(), end)
    return Found(cue, match.start(), match.end(), "forward", np, np_start, match.end(), end, q)


# A subordinate clause set off after a trailing attribution ("…, his publicist said, after a
# site reported that he had died"), or a participle adding more ('"…," he wrote, adding that
# a supplement was to blame'): its "that" is the clause's, not what the quote before said
_SUBORDINATE_TAIL = re.compile(
    rf",\s*(?:(?:\w+\s+(?:days?|weeks?|hours?)\s+)?(?:after|before|as|since)"
    rf"|{lexicon.alternation('subordinators.txt')}"
    rf"|{'|'.join(sorted(_cues('participle')))})\b.*$",
    re.IGNORECASE | re.DOTALL,
)


# A participle telling more after an attribution: '"…," he wrote on Instagram, adding that a
# supplement was to blame' (cue_roles.tsv, role participle)
_ADDED = re.compile(
    rf",\s*(?P<cue>{'|'.join(sorted(_cues('participle')))})\s+(?:that\s+)?(?P<said>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def added_by_participle(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The participle clause that tells more after an attribution (", adding that …"), in
    text[start:end]: its groups `cue` ("adding") and `said` (what it adds)."""
    return _ADDED.search(text, start, len(text) if end is None else end)


# Common irregular past forms that open a main clause ("X spoke of ..., saying").
_IRREGULAR_PAST = _past("irregular")
_PARTICIPLE_CUES = _cues("participle")


def _participle_subject(
    text: str, seg_start: int, cue_start: int, cue: str
) -> tuple[str, int] | None:
    """ "Jane Roe spoke of her anger at the ministry's handling of the case, saying ...": a
    participle after a comma shares the subject of the clause it hangs on, the name before that
    clause's verb, not the last noun before the comma ("the case"). None unless the segment is
    one clause opening with a capitalised name or a pronoun followed by a past-tense verb or a
    present one ("Mr. Trump continues to insist ..., saying")."""
    if cue not in _PARTICIPLE_CUES:
        return None
    left = text[seg_start:cue_start]
    if not re.search(r",\s*$", left):
        return None
    chunks = _chunks(left.rstrip().rstrip(","))
    first, offset = chunks[0]
    tokens = first.split()
    for i in range(1, min(len(tokens), 8)):
        word = tokens[i].lower()
        present = _PRESENT.match(tokens[i]) is not None
        if not (_PAST.match(word) or word in _IRREGULAR_PAST or present):
            continue
        head = tokens[:i]
        while len(head) > 1 and (head[-1].lower().endswith("ly") or head[-1].lower() in _LATE):
            head = head[:-1]
        head = _strip_openers(" ".join(head)).split()
        named = all(t[:1].isupper() for t in head) or " ".join(head).lower() in _PRONOUNS
        if present and (not named or head[0].lower() in _ARTICLES):
            continue  # "The utilities commission is …": a plural noun, not a verb
        if not head or len(head) > 5 or not named:
            return None
        np = " ".join(head)
        return np, seg_start + offset + first.find(head[0])
    return None


_LATE = lexicon.words("pre_verb_adverbs.txt")  # "Roe earlier spoke of ..."
_PRONOUNS = frozenset(PRONOUNS)


def _appositive_subject(text: str, seg_start: int, cue_start: int) -> bool:
    """ "..., his mother, Diane Foley, said a military officer told them": the words before
    the verb end in a name with its description, so they are its subject, not a quote."""
    subject = subject_before(text, seg_start, cue_start)
    return subject is not None and "," in subject[0]


def _is_inverted(
    left: str, after_quote: bool, text: str, cue_start: int, cue_end: int, end: int
) -> bool:
    """ "...," said X  /  ..., says a report from Benzinga."""
    stripped = left.strip()
    if after_quote and stripped in {"", ",", ".", "!", "?"}:
        return stripped == "," or _ends_clause(text[: cue_start - len(left)])
    if not stripped.endswith(",") or (len(stripped.split()) < 3 and not after_quote):
        return False  # after a quote the quote is the clause: '"...deal" announced then, said X'
    cue = re.sub(r"\s+", " ", text[cue_start:cue_end].lower())
    if cue not in _SAY_FAMILY:
        return False
    chunks = _chunks(stripped[:-1])
    if (
        len(chunks) > 1
        and re.match(r"\s*(?:who|which|whose)\b", chunks[-1][0])
        and len(_clause_tail(*chunks[-2])[0].split()) <= 8
    ):
        return False  # "the people, who are 12 or older, reported ...": a subject and its clause
    if (
        len(chunks) > 1
        and re.match(r"\s*[a-z]+ing\b", chunks[-1][0])
        and len(chunks[-2][0].split()) <= 6
    ):
        return False  # "Two officials, speaking on condition of anonymity, said ...": a subject
    after = text[cue_end:end]
    if " that " in after[:60]:
        return False
    if re.match(r"\s+(?:a|an|the|[A-Z])", after):
        return True
    return cue in _BARE_INVERTED and _bare_speaker(after)


# Cues after which a speaker with no determiner may follow a clause: "..., say experts",
# "..., said study co-author Jane Roe".
_BARE_INVERTED = _cues("bare-inverted")
_BARE_SPEAKER = re.compile(
    r"\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)((?:\s+[A-Z][\w'’.-]*)*)\s*(?:[,.;]|$)"
)
_NP_FUNCTION = lexicon.words("np_function_words.txt")
_STOP_AFTER = lexicon.words("np_stop_words.txt")


def _bare_speaker(after: str) -> bool:
    """A lower-case noun phrase closing the sentence after an inverted cue: plural people
    ("experts", "trade analysts"), a role ("study co-author") or a role with a name."""
    found = _BARE_SPEAKER.match(after)
    if not found:
        return False
    words = found.group(1).split()
    if words[0] in _NP_FUNCTION or words[0] in _STOP_AFTER or _TIME_WORD.match(words[0]):
        return False
    head = words[-1]
    kin = head in kin_nouns()  # "..., says family", "..., says wife"
    if (head.endswith("ly") and not kin) or _VERBISH.search(" " + found.group(1)):
        return False
    named = bool(found.group(2).strip())
    is_role = role_gender(head, "role")[0] or role_gender(head.split("-")[-1], "role")[0]
    return (
        is_role
        or kin
        or head in org_nouns()  # "..., says council"
        or head in lexicon.words("outlet_nouns.txt")  # "…, says newspaper"
        or head in {"report", "study", "survey", "poll"}  # a headline's "…, says report"
        or (head.endswith("s") and not head.endswith("ss"))
        or (named and len(words) <= 3)
    )


def _ends_clause(before: str) -> bool:
    """Text before a trailing attribution ends a clause: "...," / "...,\"" / "...?'"."""
    tail = before.rstrip()
    return bool(re.search(r"[,.!?;:—–-][\"'”’»″]?$", tail)) or tail.endswith(("”", "»"))


def _content_before(text: str, start: int, np_start: int) -> bool:
    before = _LEADING_AND_BUT.sub("", text[start:np_start].strip(" ,"))  # "But the account …"
    if not before:
        return False
    first = before.split()[0].lower().strip(",")
    if first in lexicon.words("clause_openers.txt") and before.count(",") <= 1:
        return False
    return len(before.split()) >= 3


# a conjunction joining the sentence to the one before: what follows it decides
_LEADING_AND_BUT = re.compile(r"^(?:but|and|yet)\s+(?=\S)", re.IGNORECASE)


def _quote_before(quotes: list[Quote], start: int, limit: int) -> Quote | None:
    """The last quote closing in [start, limit]; it may have opened in an earlier sentence."""
    hits = [q for q in quotes if start <= q.close_at <= limit]
    return hits[-1] if hits else None


def _quote_in(quotes: list[Quote], start: int, end: int) -> Quote | None:
    hits = [q for q in quotes if start <= q.open_at < end]
    return max(hits, key=lambda q: q.end - q.start) if hits else None


# "a source said by The Mirror to be close to Plant": a reduced clause of hearsay inside the
# speaker's description, which keeps what it says of them ("a source close to Plant")
_SAID_TO_BE = re.compile(
    r"^((?:a|an|the|one)\s[^,;:]{2,60}?)\s+(?:said|believed|thought|understood|known|reported)"
    r"(?:\s+by\s+[^,;:]{1,40}?)?\s+to\s+be\s+((?:close|closely\s+linked)\s+to|familiar\s+with)"
    r"(\s+[^,;:.!?\"“”]{2,40})"
)


def _np_after(text: str, pos: int, end: int) -> tuple[str, int]:
    rest = text[pos:end]
    lead = len(rest) - len(rest.lstrip())
    rest = rest[lead:]
    hearsay = _SAID_TO_BE.match(rest)
    if hearsay:
        return " ".join(part.strip() for part in hearsay.groups()), pos + lead
    stop = _NP_AFTER_STOP.search(rest)
    while stop and _CLOSE_TO.search(rest, 0, stop.end()):  # "people close to the family"
        stop = _NP_AFTER_STOP.search(rest, stop.end())
    np = rest[: stop.start()] if stop else rest
    np = np.strip()
    if not np or len(np.split()) > 10:
        return "", pos
    employer = _EMPLOYER_AFTER.match(rest, len(rest[: stop.start()])) if stop else None
    if employer and _NAME_ONLY.fullmatch(np):
        np = f"{np} {employer.group(1).strip()}"  # '"…," said Dan Ives of Wedbush Securities.'
    appositive = _appositive_after(rest[len(np) :]) or _name_after(np, rest[len(np) :])
    if appositive:
        np = f"{np}, {appositive}"
    return np, pos + lead


# " of Wedbush Securities." closing the sentence after an inverted name: the employer
_EMPLOYER_AFTER = re.compile(
    r"\s+((?:of|at)\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s*){1,5})(?=[.;]\s*$|[.;]?$|,)"
)
_NAME_ONLY = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*")  # "Dan Ives"


# "close to" inside a source's description ("two people close to the dressing room"): its
# "to" is the phrase's own, not a stop word ending it (np_stop_words.txt)
_CLOSE_TO = re.compile(r"\b(?:close|closest|closer|near)\s+to\s$", re.IGNORECASE)


# ", John Kirby." after "said the spokesman": one to four capitalised words closing the clause
_NAME_AFTER = re.compile(
    r"^,\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)(?=\s*[.;]|\s*$|,\s+(?!and\b)[a-z])"
)  # not one of a list ("the source, Page, Jones, and Bonham were …")


def _name_after(np: str, rest: str) -> str:
    """The name set off after a description ("said the witness, Taugan Kadalim."): the
    description alone is not who speaks when the sentence names them; so too "said one, Karen
    Webb," and "said another passenger, Tom Hale"."""
    if not re.match(r"(?:the|a|an|his|her|their|its|one|another)(?:\s|$)", np, re.IGNORECASE):
        return ""
    found = _NAME_AFTER.match(rest)
    return found.group(1) if found else ""


def _appositive_after(rest: str) -> str:
    found = re.match(r"^,\s+((?:a|an|the)\s+[^,.;]{2,80}?)(?=[,.;]|$)", rest)
    phrase = found.group(1) if found else ""
    if re.search(r"\b(?:who|which|when|said|says)\b", phrase) or _VERBISH.search(" " + phrase):
        return ""  # "According to X, the country had admitted ...": a clause, not an appositive
    return phrase


def subject_before(text: str, seg_start: int, cue_start: int) -> tuple[str, int] | None:
    """The subject phrase of the verb at `cue_start`, ELIDED when shared, or None.

    Handles "X, appositive, verb", "X, who ..., verb", ", which said" and "..., X said".
    """
    left = _TRAIL_MODS.sub("", text[seg_start:cue_start])
    left = _PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), left)  # offsets kept
    if re.search(r"(?:^|\s)(?:and|but|or)\s*$", left) and left.strip(" ,") not in {"and", "but"}:
        return ELIDED, cue_start
    pronoun = re.search(r"(?:^|\s)(he|she|they|it|we|I)\s*$", left)
    if pronoun:
        return pronoun.group(1), seg_start + pronoun.start(1)
    antecedent = _who_antecedent(left)
    if antecedent:
        return antecedent[0], seg_start + antecedent[1]
    shared = _headline_subject(left, text[cue_start : cue_start + 20])
    if shared:
        return shared, seg_start + left.find(shared)
    inner = _relative_subject(left, text[cue_start : cue_start + 12])
    if inner:
        return inner[0], seg_start + inner[1]
    restricted = _RESTRICTIVE_RELATIVE.match(left)
    if restricted and not _ends_with_a_verb_of_saying(restricted.group("np")):
        # "The network that aired the show declined": the network; not "The BBC reported
        # that the ministry had rejected …", whose "that" opens what the BBC reported
        return restricted.group("np"), seg_start + restricted.start("np")
    chunks = _chunks(left)
    i, gap, relative = len(chunks) - 1, False, False
    while i >= 0:
        chunk = _TRAIL_MODS.sub("", chunks[i][0]).strip()
        np = _VERBISH.sub("", " " + chunk).strip()
        if not np or _is_adverbial(np):
            gap, i = True, i - 1
            continue
        if np.split()[0].lower() in {"who", "which", "where", "whose"}:
            relative = relative or np.lower() in {"who", "which"}
            gap, i = True, i - 1
            continue
        if i > 0 and _PARTICIPIAL.match(np) and not _modifies_a_role(np):
            gap, i = True, i - 1  # "The agency, citing two sources, reported"
            continue
        break
    if i < 0:
        return None
    who = _who_head(*chunks[i])
    if who and not gap:
        return who[0], seg_start + who[1]
    piece, offset = _clause_tail(*chunks[i])
    if not piece.strip():
        return (ELIDED, seg_start + offset) if offset != chunks[i][1] else None
    head = _final_np(piece) if relative else _cut_verb(_VERBISH.sub("", " " + piece).strip())
    head = _zero_relative(_strip_openers(head)).lstrip("([\"“‘'")
    if not head or len(head.split()) > 14 or not _speaker_like(head):
        return None
    head_at = seg_start + offset + max(piece.find(head.split()[0]), 0)
    owner = _owner_before(chunks, i, head)
    if owner:
        return owner[0], seg_start + owner[1]
    if gap and i > 0:
        joined = _appositive(chunks[i - 1][0], head)
        if joined:
            return joined, seg_start + chunks[i - 1][1]
        named = _name_before_appositives(chunks[:i], head)
        if named:
            return named
    return head, head_at


# "The company (which is based in Ohio) said", "John Smith (pictured) said": an aside in
# brackets, no part of the subject
_PARENTHETICAL = re.compile(r"\s*\([^()\n]{1,100}\)")


# A subject whose relative clause, set off by no comma, runs up to the verb: "The network that
# aired the show declined to comment", "The man who found the body told police".
_RESTRICTIVE_RELATIVE = re.compile(
    r"^\s*(?P<np>(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+(?:that|which|who)\s+"
    r"[^,;:\"“”]+$",
    re.IGNORECASE,
)


def _ends_with_a_verb_of_saying(np: str) -> bool:
    """ "The BBC reported", "The paper said": the phrase closes with a reporting verb, not a
    noun that could be one ("the claims", "the report")."""
    last = np.split()[-1]
    return _cue_regex().fullmatch(last) is not None and last.lower() not in _BASE_FORMS


# A participial phrase set off by commas: "citing two sources", "speaking on condition of …",
# "shared 40,000 times", "signed by 40 doctors" (not "retired general John Smith").
_PARTICIPIAL = re.compile(
    r"^(?:[a-z]{3,}ing(?:\s+\S|$)|[a-z]+(?:ed|en)\s+(?:by|in|on|at|to|from|over|more|about|\d))"
)
_ROLE_OWNERS = frozenset({"her", "his", "their", "its", "the", "a", "an", "our", "my"})


def _modifies_a_role(np: str) -> bool:
    """ "managing editor of …", "acting director": an -ing word that belongs to the role after
    it (role_modifiers.txt), an appositive, not a participial phrase."""
    return np.split()[0].lower() in lexicon.words("role_modifiers.txt")


def _role_phrase(chunk: str) -> bool:
    """ "Her solicitor", "the company's spokesman": a short phrase ending in a role noun, the
    description of the name set off after it ("Her solicitor, Priya Natt, said")."""
    words = chunk.strip().split()
    if not 2 <= len(words) <= 5 or not (words[0].lower() in _ROLE_OWNERS or "'s" in chunk):
        return False
    return bool(role_gender(words[-1].lower(), "role")[0])


_INNER_LINK = re.compile(r"\s(?:of|to|for|at)\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+")


def _owner_before(chunks: list[tuple[str, int]], i: int, head: str) -> tuple[str, int] | None:
    """ "Maria Costa, the sister of the mayor, Pedro Costa, said": a name after a description
    that ends in "of/to … <noun>" names that noun (the mayor), not the subject; the subject is
    the name the clause opened with. Returns it with its offset in the left context."""
    if i < 2 or not _is_name(head):
        return None
    description = chunks[i - 1][0].strip()
    if not _describes(description) or not _INNER_LINK.search(" " + description):
        return None
    piece, at = _clause_tail(*chunks[i - 2])
    name = _strip_openers(piece.strip())
    if not _is_name(name) or not 1 < len(name.split()) <= 4:
        return None
    return name, at + piece.find(name)


# "..., which Nissan claims is ...", "what the mayor called ...": the subject of a relative
# clause whose pronoun is the verb's object stands between the pronoun and the verb.
_RELATIVE_OBJECT = re.compile(
    r"(?:^|[\s,;:(—–])(?:which|what|What)\s+((?:[\w'’.&-]+\s+){0,4}[\w'’.&-]+)\s*$"
)
_RELATIVE_SUBJECT_START = re.compile(
    rf"(?:(?:{lexicon.alternation('determiner_like.txt')})\s|[A-Z]|[a-z][\w-]*s$|[a-z][\w-]*s\s)"
)


def _relative_subject(left: str, cue: str) -> tuple[str, int] | None:
    """The speaker inside "which X claims" / "what X called" closing `left`, with its offset.
    "What X said" names what was said without reporting it ("Here's what PFF said:"): only
    "what X called Y" gives X's words."""
    found = _RELATIVE_OBJECT.search(left)
    if not found:
        return None
    if found.group(0).lstrip(" ,;:(—–").lower().startswith("what") and not cue.startswith("call"):
        return None
    np = found.group(1)
    first = np.split()[0].lower()
    preposition = first in _FUNCTION_WORDS and not _DETERMINER_LIKE.match(first)
    if preposition or first in {"is", "was", "are", "were"} or _is_adverbial(np):
        return None  # "which on Monday", "which is"
    if _VERBISH.search(" " + np) or not _speaker_like(np) or _cut_verb(np) != np:
        return None
    if not _RELATIVE_SUBJECT_START.match(np):
        return None  # "which led": a verb, not a subject
    return np, found.start(1)


# "… posted by a Reddit user who said": "who" right before the verb, its antecedent just
# before it (a determiner or a number opening it, nothing set off by a comma)
_WHO_LAST = re.compile(
    r"(?:^|[\s(])(?P<np>(?:a|an|the|his|her|its|their|\d[\d,]*)\s+[^,;:()\"“”]{1,60}?)"
    r"\s+who\s+(?:(?:\w+ly|also|later|had|has|have)\s+)*$",
    re.IGNORECASE,
)


def _who_antecedent(left: str) -> tuple[str, int] | None:
    """The noun phrase a "who" right before the verb stands for: "The screenshots were posted by
    a Reddit user who said …" is the Reddit user's saying, not the screenshots'."""
    found = _WHO_LAST.search(left)
    if found is None:
        return None
    np = _final_np(found.group("np"))
    at = left.rfind(np, 0, found.end("np"))
    if at <= 0 or not left[:at].strip():
        return None  # "The man who said …" opens the sentence: the usual subject rules
    if re.search(r"\baccording\s+to\s*$|,\s*$", left[:at], re.IGNORECASE):
        return None  # "… according to a witness who says he was there": the source's own;
        # "Lin, the YouTube star who posted the video, said": an appositive of the subject
    if len(np.split()) > 6 or not _speaker_like(np) or _VERBISH.search(" " + np):
        return None
    return np, at


# "Baby food maker recalls jars after metal found, denies …": headline style, two present-
# tense verbs of one subject, the second after a comma
_COMMA_PREDICATE = re.compile(
    r"^\W*(?P<np>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+(?P<verb>[a-z]+[^s\W]s)\b[^,;:.]*,\s*$"
)


def _headline_subject(left: str, cue: str) -> str | None:
    """The subject two present-tense verbs share, the second after a comma ("Baby food maker
    recalls jars after metal found, denies wider contamination"): not "metal found"."""
    found = _COMMA_PREDICATE.match(left)
    if found is None or not re.match(r"[a-z]+[^s\W]s\b", cue):
        return None
    np = found.group("np")
    if _VERBISH.search(" " + np) or not _speaker_like(np) or _cut_verb(np) != np:
        return None
    return np


_WHO = re.compile(r"\s(?:who|whose)\s+\S+\s+\S")


def _who_head(chunk: str, offset: int) -> tuple[str, int] | None:
    """ "A spokesperson who did not wish to be named because of agency policy said": the noun
    before a who-clause that runs up to the verb is the subject; words like "because" inside
    the clause open no new subject."""
    found = _WHO.search(chunk)
    if not found:
        return None
    piece, at = _clause_tail(chunk[: found.start()], offset)
    np = _strip_openers(piece.strip())
    if not np or len(np.split()) > 8 or not _speaker_like(np):
        return None
    if _VERBISH.search(" " + np) or _cut_verb(np) != np or _PRONOUN_START.match(np):
        return None  # "The company hired a lawyer who ...": a clause, its object no subject
    return np, at + piece.find(np.split()[0])


_PRONOUN_START = re.compile(rf"(?:{_PRONOUN_WORDS})\b", re.IGNORECASE)


# "a prospect Vindman denied": an indefinite noun, then a name, is a noun with a relative
# clause whose "that" is left out; the name is the subject of the verb, not a description.
_ZERO_RELATIVE = re.compile(
    r"^(?:a|an)\s+((?:[a-z][\w'’-]*\s+){1,3})([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)$"
)


# Function words inside one descriptive noun phrase ("a member of the House Committee").
_FUNCTION_WORDS = lexicon.words("np_function_words.txt")


def _zero_relative(head: str) -> str:
    found = _ZERO_RELATIVE.match(head)
    words = found.group(1).split() if found else []
    if not found or any(role_gender(w, "role")[0] or w in _FUNCTION_WORDS for w in words):
        return head  # "an agency spokesman John Roe", "a member of the House Committee"
    return found.group(2)


def _speaker_like(head: str) -> bool:
    """A speaker is a noun phrase: a name, a title with a name, an organisation or a described
    person. A phrase ending in a clause word ("a diagnosis that"), or holding a finite verb
    ("Dempsey quickly came up with"), is part of a clause, not a speaker."""
    tokens = head.split()
    if tokens[-1].lower() in _CLAUSE_END or tokens[0].lower() in {"you", "here's", "here’s"}:
        return False  # "you" is the reader, not a source
    if tokens[-1].lower() == "you":
        return False  # "Check the photo and you will confirm it": the reader again
    if tokens[0].lower() in _OPENS_A_CLAUSE:
        return False  # "Despite parliamentary reports urging …": a clause, not its subject
    if re.search(r"\w['’](?:ve|re|ll|d)\b|n['’]t\b|\bwhat\b", head):
        return False  # "We've", "You wouldn't", "what the early reviews": clauses
    for token in tokens:
        if token in {"who", "which", "that", "whose"}:
            break  # "people who met him": a relative clause may hold a verb
        if token in _PAST_ONLY:
            return False
    return True


# Past forms that are never participles, so never part of a noun phrase ("officials sent to
# the area" is one; "Dempsey came up with" is a clause).
_PAST_ONLY = _past("not-participle")
_CLAUSE_END = lexicon.words("clause_end_words.txt")  # a speaker never ends "... that"
# Words that open a subordinate clause or a concessive phrase, never a speaker.
_OPENS_A_CLAUSE = lexicon.words("subordinators.txt")


def _name_before_appositives(chunks: list[tuple[str, int]], head: str) -> tuple[str, int] | None:
    """ "Park Sung-jin, Paris correspondent for Yonhap, South Korea's biggest news agency which
    broke the story, said": a name opening the clause, then two or three comma-separated
    descriptions of it, is the speaker; the descriptions describe, they do not speak."""
    if not _describes(head) or len(chunks) < 2:
        return None
    for k in range(len(chunks) - 1, max(-1, len(chunks) - 3), -1):
        chunk, offset = chunks[k]
        piece, at = _clause_tail(chunk, offset)
        name = piece.strip()
        between = [c.strip() for c, _ in chunks[k + 1 :]]
        if not all(_describes(b) for b in between):
            return None
        if _is_name(name) and 1 < len(name.split()) <= 4 and (k == 0 or at != offset):
            return f"{name}, {between[0]}" if between else name, at + piece.find(name)
    return None


def _appositive(prev_chunk: str, head: str) -> str | None:
    """ "Ty Votaw" + "executive vice president of ..." or "his mother" + "Diane Foley"."""
    prev = prev_chunk.strip()
    name = _NAME_RUN_END.search(prev)
    if name and _OBJECT_PREPOSITION.search(prev[: name.start(1)]):
        name = (
            None  # "a spokesperson for Inherent Resolve": the name is the object, not the subject
        )
    if (_is_description(head) or _is_title_phrase(head)) and name:
        return f"{name.group(1).strip()}, {head}"
    pure = _clause_tail(prev, 0)[0].strip() == prev and not _VERBISH.search(" " + prev)
    described = _is_description(prev) or _role_phrase(prev)  # "his mother", "Her solicitor"
    if _is_name(head) and described and pure and len(prev.split()) <= 8:
        return f"{head}, {prev}"
    return None


_OBJECT_PREPOSITION = re.compile(rf"\b(?:{lexicon.alternation('object_prepositions.txt')})\s*$")
_NAME_RUN_END = re.compile(r"(?:^|\s)((?:[A-Z][\w'’.\-]*\s+){0,4}[A-Z][\w'’.\-]*)$")
# "the …", "his …", lower-case words, or a possessive name before a lower-case noun ("Putin's
# spokesman", "Britain's ambassador to Moscow")
_DESCRIPTION = re.compile(  # "a nurse", "his mother", "Oxfam's Asia director"
    r"^(?:(?:a|an|the|his|her|its|their|one|[a-z][\w-]*)\b"
    r"|[A-Z][\w.-]*['’]s?\s+(?:[A-Z][\w.-]*\s+){0,2}[a-z])"
)


def _describes(np: str) -> bool:
    """A short descriptive phrase (some lower-case words, no finite verb): an appositive."""
    return (
        bool(np)
        and not _is_name(np)
        and len(np.split()) <= 12
        and any(t[:1].islower() for t in np.split())
        and not _VERBISH.search(" " + np)
    )


def _is_name(np: str) -> bool:
    tokens = np.split()
    return bool(tokens) and all(t[:1].isupper() or t in {"de", "van", "bin", "al"} for t in tokens)


_TITLE_LEAD = re.compile(r"^(?:(?:Senior|Executive|Deputy|Vice|Chief|Assistant|Acting)\s+)*(\w+)")


def _is_title_phrase(np: str) -> bool:
    """A capitalised job title opening a phrase: "President Ascom North America", "Senior
    Vice President of Sales" (after a name, it describes that person)."""
    lead = _TITLE_LEAD.match(np)
    return bool(lead) and len(np.split()) >= 2 and role_gender(lead.group(1).lower(), "role")[0]


def _is_description(np: str) -> bool:
    return bool(_DESCRIPTION.match(np)) and not np.lower().startswith(("who ", "which "))


def _final_np(piece: str) -> str:
    """The last noun phrase of a clause: "... alerted by an anonymous letter" -> "an anonymous
    letter" (the antecedent of a following ", which said")."""
    starts = list(re.finditer(r"\b(?:a|an|the|his|her|its|their)\s", piece))
    agent = list(re.finditer(r"\bby\s+(?=\w)", piece))
    if agent and (not starts or agent[-1].end() > starts[-1].start()):
        return piece[agent[-1].end() :].strip()  # "criticised by other scientists, who say"
    if starts:
        return piece[starts[-1].start() :].strip()
    name = _NAME_RUN_END.search(piece.strip())
    return name.group(1) if name else piece.strip()


_DETERMINER_LIKE = re.compile(
    rf"^(?:{lexicon.alternation('determiner_like.txt')}|\w+ly)$",
    re.IGNORECASE,
)
_PAST = re.compile(r"^[a-z][a-z-]+ed$")
_PRESENT = re.compile(r"^[a-z][a-z-]+[^s']s$")  # "continues", "insists"; not "class", "its'"
_ARTICLES = frozenset({"the", "a", "an"})


def _cut_verb(np: str) -> str:
    """ "DHS fired back" -> "DHS"; "officials who reviewed the letter" -> "officials"."""
    tokens = np.split()
    for i in range(1, len(tokens)):
        if _names_next(tokens, i):
            continue  # "A website called Daily Buzz Now": the name, not a verb
        if _PAST.match(tokens[i]) and not _DETERMINER_LIKE.match(tokens[i - 1]):
            head = tokens[:i]
            while head and head[-1].lower() in {"who", "which", "that"}:
                head = head[:-1]
            return " ".join(head)
    return np


def _names_next(tokens: list[str], i: int) -> bool:
    """tokens[i] gives the capitalised name after it (naming_words.txt: "called", "named")."""
    following = tokens[i + 1 : i + 2]
    naming = tokens[i].lower() in lexicon.words("naming_words.txt")
    return naming and bool(following) and following[0][:1].isupper()


# Sentence adverbs that end a subject chunk ("He also, however, pointed out").
_TRAILING_ADVERBS = lexicon.words("trailing_adverbs.txt")
# Conjunctions and adverbs that open a subject without being part of it ("But Hunter said").
_SUBJECT_OPENERS = lexicon.words("subject_openers.tsv")


# A time phrase opening a subject without a comma: "On Tuesday Mark Oberholtzer told …",
# "Earlier this week police said …", "Last month Interior Minister Jan Novak told …"
_LEAD_TIME = re.compile(
    rf"^(?:(?:(?:on|in|during|late|early|earlier|later|at)\s+(?:(?:this|last|that|the|next)\s+)?"
    rf"|(?:this|last|next)\s+)"
    rf"(?:{_WEEKDAYS}|{_MONTHS}|(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.|week(?:end)?|month|"
    rf"year|morning|afternoon|evening|night|day|time|today|\d{{4}})"
    rf"|(?:{_WEEKDAYS}|today|yesterday))"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?(?:\s+(?:{_DAY_PARTS}))?\s+(?=\S)",
    re.IGNORECASE,
)


def _strip_openers(np: str) -> str:
    timed = _LEAD_TIME.match(np)
    if timed and np[timed.end() :].split()[0][:1].isalpha():
        np = np[timed.end() :]
    tokens = np.split()
    while len(tokens) > 1 and tokens[-1].lower().strip(",") in _TRAILING_ADVERBS:
        tokens = tokens[:-1]
    while len(tokens) > 1 and tokens[0].lower().strip(",") in _SUBJECT_OPENERS:
        tokens = tokens[1:]
    return " ".join(tokens)


_ADVERBIAL = re.compile(
    rf"(?:{lexicon.alternation('adverbial_chunks.txt')}|(?:on\s+)?(?:{_WEEKDAYS})|{_LY})"
)


def _is_adverbial(chunk: str) -> bool:
    low = chunk.lower()
    if _NAME_IN_LY.fullmatch(chunk) and not is_dictionary_word(low):
        return False  # "Stridely rejected the claim": a name, not an adverb like "Separately"
    return bool(_ADVERBIAL.fullmatch(low))


_NAME_IN_LY = re.compile(r"[A-Z][a-z]+ly")  # one capitalised word ending in "ly"


def _chunks(left: str) -> list[tuple[str, int]]:
    """Comma-separated chunks with their offsets, ignoring commas inside parentheses."""
    out: list[tuple[str, int]] = []
    depth, last = 0, 0
    for i, ch in enumerate(left):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and i and re.match(r"\d,\d{3}(?!\d)", left[i - 1 : i + 5]):
            continue  # "964,000 people": a thousands separator
        elif (ch in ",;:—–" or ch == "-" and left[i - 1 : i + 2] == " - ") and depth == 0:
            out.append((left[last:i], last))
            last = i + 1
    out.append((left[last:], last))
    return out


# A verb of saying whose clause opens without "that", before its subject: "The paper said |
# the club had denied …", "A report noted | Kurdish fighters had rejected …"
_ZERO_THAT = re.compile(
    rf"^(?:.*\s)?(?:{'|'.join(sorted(_SAY_FAMILY - {'say'}))})\s+"
    r"(?=(?:the|a|an|his|her|its|their)\s|[A-Z])"
)


def _clause_tail(chunk: str, offset: int) -> tuple[str, int]:
    """The part of a chunk after its last clause word ("... said that X" -> "X"), or after a
    verb of saying whose clause opens without one ("The paper said the club" -> "the club")."""
    cuts = [found.end() for found in _CLAUSE_CUT.finditer(chunk)]
    cuts += [found.end() for found in _THAN_CUT.finditer(chunk)]
    cuts += [found.end() for found in _ZERO_THAT.finditer(chunk)]
    if not cuts:
        return chunk, offset
    return chunk[max(cuts) :], offset + max(cuts)


def from_parse(
    text: str, start: int, end: int, parsed: ParsedAttribution, quotes: list[Quote]
) -> Found | None:
    """A parse's attribution in text[start:end] (offsets of `parsed` relative to `start`) as a
    `Found`, held to the same conditions as the pattern rules (`_not_an_attribution`, a
    complement for a "needs-complement" cue, no passive for an active-only one, speech)."""
    cue = parsed.cue
    cue_start, cue_end = start + parsed.cue_start, start + parsed.cue_end
    speaker_start = start + parsed.speaker_start
    if any(q.open_at < cue_start < q.close_at for q in quotes):
        return None  # a verb inside a quotation is what is said, not who says it
    after = text[cue_end:end]
    if _not_an_attribution(cue, text, start, end, cue_start, cue_end, parsed.finite):
        return None
    if cue in _NEEDS_COMPLEMENT and not _speech_complement(cue, text, cue_end, end):
        return None
    if _wrong_subject(cue, parsed.speaker):
        return None
    if cue in _PASSIVE_ONLY and not parsed.passive and not _CLAIM_OBJECT.match(_after_lead(after)):
        return None  # "made the decision to tell people"; not "made similar allegations"
    if parsed.passive:
        if cue in _ACTIVE_ONLY:
            return None
        content = (start, cue_start)
        return Found(cue, cue_start, cue_end, "passive", parsed.speaker, speaker_start, *content)
    speaker = (parsed.speaker, speaker_start)
    if speaker_start > cue_end:  # "..., said X" after what was said
        q = _quote_before(quotes, start, cue_start)
        content = (start, q.close_at if q else cue_start)
        return Found(cue, cue_start, cue_end, "inverted", *speaker, *content, q)
    q = _quote_before(quotes, start, speaker_start) if speaker_start > start else None
    closes_quote = q is not None and not text[q.close_at : speaker_start].strip(" ,\"'”’")
    if speaker_start > start and (not after.strip(" .\"'”’") or closes_quote):
        # '"...," X said.' and '"...," X told staff in an email': what was said is the quote
        content = (start, q.close_at if q and closes_quote else speaker_start)
        return Found(cue, cue_start, cue_end, "trailing", *speaker, *content, q)
    q = _quote_in(quotes, cue_end, end)
    found = Found(cue, cue_start, cue_end, "forward", *speaker, cue_end, end, q)
    return None if _says_nothing(found, text, end) else found
