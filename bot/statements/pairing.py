"""Same-article targeting: which claim a denial or confirmation answers.

A claim whose speaker the answer names ("denied a Bloomberg report") wins; an answer calling
something "a wrong report" takes the nearest outlet's report; otherwise the claim by another
speaker sharing the most word stems with the answer (its whole quote included), an earlier
one preferred. An answer sharing nothing ("These claims are false") takes what its speaker's
previous answer took, else the nearest earlier claim when it points back. `similarity` (rapidfuzz
token-set) is kept for callers that compare two statements' wording.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import cache

from rapidfuzz import fuzz

from bot.models import Statement
from bot.statements.first_names import first_name_gender
from bot.statements.kinds import cue_kinds, is_negated, owns_an_error
from bot.statements.speakers import is_outlet
from bot.statements.verdict import is_claim_label, is_correction, is_rating_line
from bot.text import lexicon
from bot.text.words import as_one_word, opposites

STEM = 5  # letters of a word compared ("suspended" and "suspension" share "suspe")
OVERLAP_FLOOR = 0.5  # shared stems a claim needs (a later one's count times LATER_WEIGHT)
LATER_WEIGHT = 0.9  # a claim after the answer counts this share (answers usually follow)
LEAD_SHARE = 0.5  # a lead's answer takes the first claim sharing this share of the best's words
_POINTER = re.compile(
    rf"\b(?:{lexicon.alternation('report_nouns.txt')}|{lexicon.alternation('pointer_words.txt')})\b",
    re.IGNORECASE,
)
_STOP = lexicon.words("pairing_stopwords.txt")
_TARGET_STOP = _STOP | lexicon.words("target_stopwords.txt")  # for choosing a claim only


def _opposite_stems() -> dict[str, frozenset[str]]:
    """Stem -> the stems of its opposites (`opposites`: "alive" / "died")."""
    table: dict[str, set[str]] = {}
    for word, others in opposites().items():
        table.setdefault(word[:STEM], set()).update(o[:STEM] for o in others)
    return {stem: frozenset(found) for stem, found in table.items()}


_OPPOSITES = _opposite_stems()
# "removed the article", "retracted": cues by which the speaker takes back their own words
_RETRACTIONS = frozenset(
    row[0].lower() for row in lexicon.rows("cue_roles.tsv") if "retraction" in row[1:]
)
_ACCUSATION = re.compile(rf"\b(?:{lexicon.alternation('accusation_words.txt')})\b", re.IGNORECASE)


def assign_targets(statements: list[Statement]) -> list[Statement]:
    """Copies of `statements` with `target` set on denials and confirmations."""
    claims = [s for s in statements if s.kind == "claim" or _accuses(s)]
    answers = [s for s in statements if s.kind in {"denial", "confirmation"}]
    disputed = set().union(*(_stems(_answer_text(_whole_quote(a))) for a in answers))
    defences = {c.position for c in claims if _beside_own_denial(c, answers)}
    out: list[Statement] = []
    previous: dict[str, int] = {}  # speaker -> the claim their last answer targeted
    last: int | None = None  # the claim the last answer of anybody targeted
    for statement in statements:
        retracts = (statement.cue or "").lower() in _RETRACTIONS or _owns_error(statement, claims)
        if is_correction(statement.sentence) or retracts:  # one takes back their own words
            own = [c for c in claims if c.speaker_norm == statement.speaker_norm]
            target = own[-1].position if own and statement.kind == "denial" else None
            out.append(replace(statement, target=target))
            continue
        if statement.kind in {"denial", "confirmation"} and claims:
            probe = _whole_quote(statement)
            target = _choose(probe, claims, disputed, defences)
            if not _names_any(probe, claims):
                report = _report_target(probe, claims)
                target = report if report is not None else target
            own_claim = _tells_its_claim(statement)  # "shot down claims that he had …"
            if target is None and not own_claim:  # what they, or the organisation they
                target = previous.get(statement.speaker_norm or "")  # speak for, answered
            if target is None and statement.org and not own_claim:
                target = previous.get(statement.org.lower())
            if target is None and is_rating_line(statement.sentence):
                target = _rated_claim(statement, claims)  # "Verdict: False." of "Claim: …"
            if target is None and _points_back(probe) and not own_claim:
                deniers = {
                    a.speaker_norm
                    for a in answers
                    if a.kind == "denial" and a.position < statement.position
                }
                earlier = _nearest_earlier(probe, claims, deniers)
                target = earlier if earlier is not None else last
            if target is None and statement.kind == "denial":
                target = _claim_about(statement, claims)
            statement = replace(statement, target=target)
            if target is not None:
                previous[statement.speaker_norm or ""] = target
                last = target
        out.append(statement)
    return _as_their_next_answer(out)


@cache
def _told_claim() -> re.Pattern[str]:
    """ "claims that he had fallen out with …", "denied that he had considered resigning": a
    claim told whole in the answer's own sentence (claim_nouns.txt)."""
    nouns = lexicon.alternation("claim_nouns.txt")
    return re.compile(
        rf"\b(?:(?:{nouns})s?|den(?:y|ies|ied|ying))\s+that\s+\S+\s+\S+", re.IGNORECASE
    )


def _tells_its_claim(answer: Statement) -> bool:
    """The answer tells what it answers in its own words: when no claim of the story shares
    them, it answers a claim the story does not tell, not the one its speaker answered
    before."""
    return _told_claim().search(answer.sentence) is not None


def _owns_error(statement: Statement, claims: list[Statement]) -> bool:
    """A denial in which its speaker says they were wrong ("she had made a mistake"), having
    made a claim before it: a retraction of that claim."""
    own = [c for c in claims if c.speaker_norm == statement.speaker_norm]
    return statement.kind == "denial" and bool(own) and owns_an_error(statement.proposition or "")


def _as_their_next_answer(statements: list[Statement]) -> list[Statement]:
    """The article's first statement, an answer that found no claim (a headline's "Candidate
    denies using state funds"), takes the claim the same speaker's next answer takes ("… has
    denied accusations by the governing party that …"): the headline tells the story's
    dispute. So does a headline that found a claim by its words ("Election commission rejects
    fraud claims in Dorvania vote" shares "vote" with monitors who said it was well run): the
    lead tells which claim. (Any answer doing so cost a right citation on the dev set's tune
    half.)"""
    if not statements:
        return statements
    first = statements[0]
    headline = not first.sentence.rstrip().endswith((".", '"', "”"))
    if first.kind not in {"denial", "confirmation"} or (first.target is not None and not headline):
        return statements
    later = (
        s
        for s in statements[1:]
        if s.kind == first.kind and s.speaker_norm == first.speaker_norm and s.target is not None
    )
    found = next(later, None)
    if found is None:
        return statements
    return [replace(first, target=found.target), *statements[1:]]


def _accuses(statement: Statement) -> bool:
    """A plain statement that carries an accusation ("posted on Twitter accusing the label of
    blocking her"): a denial may answer it as it would a claim."""
    return statement.kind == "statement" and bool(_ACCUSATION.search(statement.sentence))


def _whole_quote(statement: Statement) -> Statement:
    """A sentence of a quote that runs over several sentences answers what the whole quote
    answers: target it with the quote's words, so every sentence of it gets the same claim."""
    quote = statement.quote
    if not quote or quote in statement.sentence:
        return statement
    return replace(statement, sentence=f"{quote} {statement.sentence}", proposition=quote)


def _choose(
    answer: Statement, claims: list[Statement], disputed: set[str], defences: set[int]
) -> int | None:
    """The claim the answer names the speaker of or tells in its own sentence ("denied it, a
    day after the Courier reported that …"), else the one sharing the most content words
    with it, an earlier one preferred, never a denier's defence (`_beside_own_denial`); None
    when none shares enough. Of several claims by the speaker named
    ("Hunter's claim is false"), the one sharing most with the answer, then with what all the
    article's answers dispute, then the nearest."""
    candidates = [
        c for c in claims if c.speaker_norm != answer.speaker_norm and not _same_side(answer, c)
    ]
    if not candidates:
        return None
    named = [
        c for c in candidates if _names_speaker(answer.sentence, c) or c.sentence == answer.sentence
    ]
    if named:
        pool = [c for c in named if c.position < answer.position] or named
        words = _stems(_answer_text(answer))
        return max(
            pool, key=lambda c: (_overlap(words, c), _overlap(disputed, c), -_distance(answer, c))
        ).position
    words = _stems(_answer_text(answer))
    back = _BARE_BACK_REFERENCE.search(answer.sentence) is not None
    opposed_too = not _says_no(answer)
    scored = [
        (
            (_overlap(words, c, opposed_too) + _named_as(answer, c))
            * (1.0 if c.position < answer.position else LATER_WEIGHT),
            c,
        )
        for c in candidates
        if c.position not in defences and not (back and c.position > answer.position)
    ]
    if not scored:
        return None
    score, best = max(scored, key=lambda t: (t[0], -_distance(answer, t[1])))
    if score >= OVERLAP_FLOOR and all(c.position > answer.position for _, c in scored):
        # told before any claim (a headline, a lead: "Nimbus has denied that hackers stole
        # …"): it states the dispute, which the first claim sharing enough with it tells
        enough = max(OVERLAP_FLOOR, LEAD_SHARE * score)
        best = min((c for s, c in scored if s >= enough), key=lambda c: c.position)
    return best.position if score >= OVERLAP_FLOOR else None


# "was investigating the claim but …", "these allegations are unfounded": a claim already told,
# by a definite noun that says no more of it (no "that …", "of …", "by …" after it), so never
# one the story tells further on
_BARE_BACK_REFERENCE = re.compile(
    r"\b(?:the|these|those|this|that|such)\s+(?:claims?|allegations?|accusations?|rumou?rs?"
    r"|reports?|stor(?:y|ies))\b"
    r"(?!\s+(?:that|of|by|about|in|from|made)\b)",
    re.IGNORECASE,
)


def _same_side(answer: Statement, claim: Statement) -> bool:
    """One speaks for the other: a denier's own lawyer or agent ("His lawyer, Marco Ferri"
    for Bellini), or the person the denying spokesman speaks for."""
    mine, theirs = (answer.speaker or "").lower(), (claim.speaker or "").lower()
    return bool(mine and (claim.org or "").lower() == mine) or bool(
        theirs and _names_the_same((answer.org or "").lower(), theirs)
    )


def _names_the_same(short: str, full: str) -> bool:
    """ "observer" of "dunmore observer": the full name, or its last words (the editor of
    "The Observer" speaks for the Dunmore Observer; a "police" spokesman not for the "Police
    Federation")."""
    return bool(short) and (full == short or full.endswith(f" {short}"))


def _beside_own_denial(claim: Statement, answers: list[Statement]) -> bool:
    """The claim is a sentence of a quote that also denies, told right beside the denial: the
    denier's own account ("Both pilots passed alcohol tests. The report is wrong," she said),
    not what anybody denies."""
    return bool(claim.quote) and any(
        a.kind == "denial"
        and a.quote
        and a.speaker_norm == claim.speaker_norm
        and abs(a.position - claim.position) == 1
        for a in answers
    )


def _distance(answer: Statement, claim: Statement) -> int:
    return abs(claim.position - answer.position)


def _answer_text(answer: Statement) -> str:
    """The words of the answer that say what is answered: its proposition, without a clause of
    background after it (", after videos of a large cat were shared …"), and the quote."""
    said = answer.proposition or answer.sentence
    parts = [_BACKGROUND_AFTER.split(said, maxsplit=1)[0]]
    if answer.quote and answer.quote not in parts[0]:
        parts.append(answer.quote)
    return " ".join(parts)


_BACKGROUND_AFTER = re.compile(r",\s+(?:after|as|amid|following)\s+(?!(?:it|he|she|they)\b)")


def _stems(text: str) -> set[str]:
    """Five-letter stems of the content words: "suspended" and "suspension" meet, and the
    words of one family ("close" and "closure"; word_families.tsv) by its first word's."""
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    families = _families()
    return {families.get(t, t)[:STEM] for t in tokens if t not in _TARGET_STOP and len(t) > 2}


@cache
def _families() -> dict[str, str]:
    """Word -> the first word of its family in word_families.tsv ("closure" -> "close")."""
    return {w.lower(): row[0].lower() for row in lexicon.rows("word_families.tsv") for w in row}


def _overlap(words: set[str], claim: Statement, opposed_too: bool = True) -> float:
    """How many of the answer's stems the claim shares, a word and its opposite counted as
    shared when `opposed_too` ("her father was alive and well" answers "posted that he had
    passed away")."""
    theirs = _stems(as_one_word(f"{claim.sentence} {claim.quote or ''}"))
    opposed = {w for w in words if opposed_too and _OPPOSITES.get(w, frozenset()) & theirs}
    return float(len(words & theirs) + len(opposed - theirs))


def _says_no(answer: Statement) -> bool:
    """The answer denies by a verb of denying or negates what it says ("denies plan to close
    the plant", "There are no plans to close Leeds"): a claim holding the opposite of its words
    ("the plant would stay open") is on its side, not what it answers."""
    denies = cue_kinds().get((answer.cue or "").lower()) in {"denial", "denial-if-content"}
    return denies or is_negated(_answer_text(answer))


# A claim noun in an answer and the verb that makes a claim one: "rejected social media claims"
# names what "Posts … claimed"; "denied the allegations" what a lawsuit "alleged"
_CLAIM_NOUN_VERBS = (
    (re.compile(r"\bclaims?\b", re.IGNORECASE), ("claimed", "claims", "claim")),
    (re.compile(r"\ballegations?\b", re.IGNORECASE), ("alleged", "alleges", "allege")),
    (re.compile(r"\breports?\b", re.IGNORECASE), ("reported", "reports", "report")),
)


def _named_as(answer: Statement, claim: Statement) -> float:
    """One stem's worth when the answer names the claim by the noun of its verb ("rejected
    social media claims that …" and "Posts … claimed that …")."""
    cue = (claim.cue or "").lower()
    return float(
        any(noun.search(answer.sentence) and cue in verbs for noun, verbs in _CLAIM_NOUN_VERBS)
    )


def _names_any(answer: Statement, claims: list[Statement]) -> bool:
    return any(_names_speaker(answer.sentence, c) for c in claims)


def _report_target(answer: Statement, claims: list[Statement]) -> int | None:
    """ "This is a wrong report": the nearest claim made by an outlet's report, one told
    before the answer first."""
    if not _NAMES_A_REPORT.search(answer.sentence):
        return None
    if _TOLD_REPORT.search(answer.sentence):
        return None  # "Reports on social media that the bridge has collapsed are false": it
        # tells what it answers, which only shared words may find among the claims
    outlets = [c for c in claims if c.cue in _OUTLET_CUES or _claims_by_cue(c)]
    outlets = [c for c in outlets if _speaks_as_outlet(c)]
    outlets = [c for c in outlets if not c.anonymous and c.speaker_norm != answer.speaker_norm]
    if not outlets:
        return None
    # what an outlet "reported" first, then one told before, then the nearest
    return min(
        outlets,
        key=lambda c: (
            c.cue != "reported",
            c.position > answer.position,
            abs(c.position - answer.position),
        ),
    ).position


# what an outlet published, named: "the report", "the story", "the paper's account"
_NAMES_A_REPORT = re.compile(
    r"\b(?:reports?|stor(?:y|ies)|articles?)\b|\b(?:paper|newspaper|tabloid|magazine|website"
    r"|site|broadcaster|channel|network)['’]s\s+(?:account|claims?|allegations?|version"
    r"|reporting)\b",
    re.IGNORECASE,
)
# a report told in the answer's own sentence: "reports that …", "reports on social media of …"
_TOLD_REPORT = re.compile(
    r"\b(?:reports?|stor(?:y|ies)|articles?)\s+(?:[\w'’-]+\s+){0,4}?(?:that|of|about)\s",
    re.IGNORECASE,
)
_OUTLET_CUES = frozenset({"reported", "said", "says", "according to"})


def _claims_by_cue(claim: Statement) -> bool:
    """A claim whose verb says it is one ("alleged", "claimed")."""
    return cue_kinds().get((claim.cue or "").lower()) == "claim"


def _speaks_as_outlet(claim: Statement) -> bool:
    """The claim's speaker may be the outlet whose report is meant: one named as a report, one
    with no organisation, or an organisation speaking for itself ("The Dunmore Herald
    reported …")."""
    aliases = " ".join(claim.aliases).lower()
    return "report" in aliases or claim.org is None or claim.org == claim.speaker


def _rated_claim(verdict: Statement, claims: list[Statement]) -> int | None:
    """The claim a fact-check's rating line rates: the nearest one its "Claim:" line tells."""
    rated = [c for c in claims if is_claim_label(c.sentence)]
    if not rated:
        return None
    return min(rated, key=lambda c: _distance(verdict, c)).position


def _names_of(statement: Statement) -> set[str]:
    """The words that name a speaker ("Tom Baxter": "Baxter", not any Tom)."""
    return {
        word
        for name in (statement.speaker, *statement.aliases)
        if name
        for word in re.findall(r"[A-Z][\w'’-]{2,}", name)[1 if first_name_gender(name) else 0 :]
    }


def _claim_about(denial: Statement, claims: list[Statement]) -> int | None:
    """The nearest earlier claim by someone else that names the denier ("The Sun claimed
    that Tom Baxter had failed a drugs test" for Baxter's "he had never taken a banned
    substance"): what is said of them is what they deny."""
    names = _names_of(denial)
    about = [
        c
        for c in claims
        if c.position < denial.position
        and c.speaker_norm != denial.speaker_norm
        and not _same_side(denial, c)  # the editor's own paper's report names the paper
        and any(re.search(rf"\b{re.escape(w)}\b", c.sentence) for w in names)
    ]
    return max(about, key=lambda c: c.position).position if about else None


def _points_back(answer: Statement) -> bool:
    """The answer points back to what was said before it: "the report", "that", or a flat
    "No." (to the question just put: "Q: The Tribune reported that … Is that true?" / "A:
    No.")."""
    said = answer.proposition or answer.sentence
    return bool(_POINTER.search(said) or _FLAT_NO.match(said))


_FLAT_NO = re.compile(
    r"^\W*(?:no|nope|never|not\s+true|absolutely\s+not|of\s+course\s+not)\W*$", re.IGNORECASE
)


def _nearest_earlier(
    answer: Statement, claims: list[Statement], deniers: Collection[str | None] = ()
) -> int | None:
    """The latest claim before the answer by somebody else, one by a speaker who denied
    before it last ("It's a lie," said the captain, after the agent's "I spoke to Tom this
    morning … There is nothing to it": the captain answers the report, not the agent)."""
    earlier = [
        c for c in claims if c.position < answer.position and c.speaker_norm != answer.speaker_norm
    ]
    earlier.sort(key=lambda c: (c.speaker_norm not in deniers, c.position))
    return earlier[-1].position if earlier else None


def similarity(a: Statement, b: Statement) -> float:
    """Token-set similarity of the two propositions, stop words dropped (0..100)."""
    return fuzz.token_set_ratio(_content_words(a), _content_words(b))


def _content_words(statement: Statement) -> str:
    text = statement.proposition or statement.sentence
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    return " ".join(t for t in tokens if t not in _STOP and len(t) > 2)


# "rejected claims by a losing candidate that …": the claimant described, not named
_CLAIM_BY = re.compile(
    r"\b(?:reports?|claims?|stor(?:y|ies)|allegations?|articles?|accusations?)\s+(?:made\s+)?by"
    r"\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]+)"
    r"(?=\s+that\b|\s*[,.;]|\s*$)"
)


# "…, after a newspaper reported that …": the claimant described as it reported
_DESCRIBED_REPORTING = re.compile(
    r"\b(?:after|following)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]+)\s+"
    r"(?:had\s+)?(?:reported|claimed|alleged|suggested|published)\b"
)


# "denied a newspaper report that …", "dismissed a British tabloid's story": the claimant an
# outlet, by the noun of what it is before what it published
_OUTLET_REPORT = re.compile(
    r"\b(?:an?|the)\s+(?:[A-Za-z-]+\s+)?(?P<noun>[a-z][\w-]+?)(?:['’]s)?\s+"
    r"(?:reports?|stor(?:y|ies)|articles?)\b"
)


def _described_claimant(sentence: str, claim: Statement) -> bool:
    """The answer names the claim's speaker by a word the story described them with ("claims
    by a losing candidate" of "Independent candidate Roy Tanner told supporters …"), or an
    outlet's by what it is ("after a newspaper reported", "denied a newspaper report" of the
    Sunday Courier's report)."""
    outlet = _OUTLET_REPORT.search(sentence)
    if outlet and outlet.group("noun") in lexicon.words("outlet_nouns.txt"):
        return is_outlet(claim.speaker or "")
    found = _CLAIM_BY.search(sentence) or _DESCRIBED_REPORTING.search(sentence)
    if found is None:
        return False
    noun = found.group("noun")
    described = " ".join([claim.role or "", *claim.aliases])
    if noun in lexicon.words("outlet_nouns.txt"):
        return is_outlet(claim.speaker or "")
    return noun in re.findall(r"\b[a-z][\w-]+", described)


def _names_speaker(sentence: str, claim: Statement) -> bool:
    if _described_claimant(sentence, claim):
        return True
    names = [claim.speaker or "", *claim.aliases]
    low = sentence.lower()
    for name in names:
        key = name.lower().strip()
        if len(key) > 2 and key not in {"he", "she", "they", "it"} and key in low:
            pattern = rf"\b{re.escape(key)}(?:'s|’s)?\s+(?:report|claim|story|allegation|article)"
            if re.search(pattern, low):
                return True
    return False
