"""The direction of a claim: whether a denial denies the proposition asked or its opposite.

Negations, words calling a claim untrue ("hoax") and antonyms ("alive"/"dead") each flip it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from bot.answer.actors import coverage, words
from bot.statements.verdict import OWN_VOICE_CUE
from bot.text import lexicon
from bot.text.sentences import split_sentences
from bot.text.words import as_one_word, content_words, opposites, stem_key

_LEADING_NO = re.compile(r"^\W*no\s*[,.!:;—–-]\s*", re.IGNORECASE)  # "No, Obama did not …"
_NOT_ONLY = re.compile(
    r"\bnot\s+(?:only|just|merely)\b"
    r"|\byou(?:['’]ll|\s+will)?\s+(?:never|not|won['’]t)\s+(?:guess|believe)\b"
    r"|\byou\s+won['’]t\s+(?:guess|believe)\b",
    re.IGNORECASE,
)  # negates nothing: "not only …", "You'll never guess how …", "you won't believe …"


@cache
def _negations() -> frozenset[str]:
    """Words that turn what is said around. "neither" and "nor" ("it had suspended neither
    pilot") count here, in reading an answer's direction; as a cue of a denial's kind they
    cost the statements' checking half a false denial, so negation_words.txt leaves them out."""
    return lexicon.words("negation_words.txt") | {"not", "cannot", "neither", "nor"}


@cache
def _untrue_rows() -> dict[tuple[str, ...], tuple[str, str, bool]]:
    """Word or phrase → (root, kind "verdict" | "act", whether it needs a claim noun)."""
    return {
        tuple(r[0].lower().split()): (r[1], r[2], "of-claim" in r[3:])
        for r in lexicon.rows("untrue_words.tsv")
    }


@cache
def _untrue() -> dict[tuple[str, ...], tuple[str, str]]:
    """Word or phrase → (root, kind "verdict" | "act"), of every entry."""
    return {phrase: (root, kind) for phrase, (root, kind, _) in _untrue_rows().items()}


@cache
def _untrue_alone() -> dict[tuple[str, ...], tuple[str, str]]:
    """Word or phrase → (root, kind), of the entries that call something untrue without a
    claim noun beside them ("a hoax", not "dismissed")."""
    return {
        phrase: (root, kind) for phrase, (root, kind, needs) in _untrue_rows().items() if not needs
    }


def _untrue_in(found: tuple[str, ...]) -> dict[tuple[str, ...], tuple[str, str]]:
    """The entries that apply to the words `found`: those needing a claim noun only when one
    stands among them ("dismissed the reports")."""
    nouns = lexicon.words("claim_nouns.txt")
    claimed = any(w in nouns or (w.endswith("s") and w[:-1] in nouns) for w in found)
    return _untrue() if claimed else _untrue_alone()


@lru_cache(maxsize=4096)  # a question's words are read once per candidate statement
def _tokens(text: str) -> tuple[str, ...]:
    text = as_one_word(_NOT_ONLY.sub(" ", _LEADING_NO.sub("", text)))
    return tuple(w.replace("’", "'") for w in words(text))


_HEDGES = frozenset({"may", "might", "could"})  # "may never walk again": a feared outcome


def negations(text: str) -> int:
    """How many negations `text` has ("not", "never", "aren't"); a leading "No," answers. A
    negation after "may", "might" or "could" is part of what is claimed ("severely injured, may
    never walk again"), not a denial of it."""
    found = _tokens(text)
    return sum(
        1 for i, w in enumerate(found) if _is_negation(w) and not (i and found[i - 1] in _HEDGES)
    )


def _is_negation(word: str) -> bool:
    return word in _negations() or word.endswith("n't")


def untrue_roots(text: str, kinds: tuple[str, ...] = ("verdict", "act")) -> set[str]:
    """The roots of the words in `text` that call something untrue ("hoax", "shoots down") or
    name a deceit ("faking"), of the given kinds."""
    found = _tokens(text)
    grams = {tuple(found[i : i + n]) for n in (1, 2, 3) for i in range(len(found) - n + 1)}
    grams |= set(_split_phrases(found))
    roots = {
        root
        for phrase, (root, kind) in _untrue_in(found).items()
        if phrase in grams and kind in kinds
    }
    return roots


def verdict_words(text: str) -> frozenset[str]:
    """The words of `text` in a phrase that calls something untrue ("wrong" of "the report
    wrong", "fake" of "the video was fake"), not of a deed ("did nothing wrong")."""
    found = _tokens(text)
    out: set[str] = set()
    for phrase, (_, kind) in _untrue_in(found).items():
        if kind != "verdict":
            continue
        n = len(phrase)
        if any(found[i : i + n] == phrase for i in range(len(found) - n + 1)):
            out.update(phrase)
    return frozenset(out)


def _split_phrases(found: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The phrases of verb and particle with words between them ("made it all up" reads as
    "made up"); only words of phrasal_fillers.txt may stand between."""
    fillers = lexicon.words("phrasal_fillers.txt")
    for i, word in enumerate(found):
        j = i + 1
        while j < len(found) and found[j] in fillers:
            j += 1
        if j > i + 1 and j < len(found):
            yield (word, found[j])
            if j + 1 < len(found):
                yield (word, found[j], found[j + 1])


NEGATION_REACH = 3  # words after a negation that it negates ("is not even made up")


def _negated_spans(found: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The words each negation in `found` reaches ("not even made up" → "even made up")."""
    for i, word in enumerate(found):
        if _is_negation(word):
            yield found[i + 1 : i + 1 + NEGATION_REACH + 1]


def negated_untrue(text: str) -> bool:
    """`text` says that something is *not* untrue ("the thing is not made up", "maintains the
    video was not staged"): denying a claim of falsity stands by the story."""
    table = _untrue()
    for after in _negated_spans(_tokens(text)):
        grams = {tuple(after[j : j + n]) for n in (1, 2, 3) for j in range(len(after))}
        if any(gram in table for gram in grams):
            return True
    return False


def swaps(asked: str, denied: str) -> int:
    """Antonym pairs split between the two texts: "alive" asked where "died" was denied."""
    mine, theirs = set(_tokens(asked)), set(_tokens(denied))
    table = opposites()
    return sum(
        1
        for word in mine - theirs
        if word in table and any(o in theirs and o not in mine for o in table[word])
    )


def is_opposite(asked: str, denied: str, claim: str | None = None) -> bool:
    """True when a denial of `denied` (what the denial rejects, and the `claim` it answers)
    denies the opposite of `asked`: the question negates its proposition (a negation, or an
    untrue word that the claim, or for a deed the denial, does not share; several are emphasis,
    as in "not dead: a death hoax"), or an antonym stands where the denied words have its
    opposite, but not both; a denial that calls something *not* fake ("the video was not
    staged") stands by the story, the opposite of a plain question about it. The claim's own
    negations do not count: the paired claim is too often a neighbour."""
    shared = untrue_roots(claim or "") | untrue_roots(denied, ("act",))
    negative = negations(asked) > 0 or bool(untrue_roots(asked) - shared)
    stands_by = negated_untrue(denied) and not untrue_roots(asked)
    return (negative + swaps(asked, claim or denied) + stands_by) % 2 == 1


@cache
def _assertion_cues() -> frozenset[str]:
    """Cues after which a denial's words are its speaker's own assertion, not the claim it
    rejects: plain reporting verbs ("said he is still alive", reporting_verbs.tsv "neutral")
    and the outlet's own verdict ("the map is fake")."""
    plain = {r[0].lower() for r in lexicon.rows("reporting_verbs.tsv") if r[1] == "neutral"}
    return frozenset(plain | {OWN_VOICE_CUE})


def asserts(cue: str | None) -> bool:
    """True when a denial with this cue words its speaker's side, not the rejected claim."""
    return (cue or "").lower() in _assertion_cues()


def _polarity(says: str, asked: str) -> int:
    """1 when `says` negates what ties it to `asked` (`_tied`) or calls something untrue (once,
    however many times), 0 when it does neither or both ("is not a hoax" stands by the story).
    A negation elsewhere ("has not released a statement, but photos show he is alive") does
    not turn what is said around."""
    untrue = bool(untrue_roots(says)) and not _untrue_antonym(asked, says)
    return int(_negates_tied(asked, _tokens(says))) ^ int(untrue)


def _untrue_antonym(asked: str, says: str) -> bool:
    """An untrue word of `says` that is the antonym of an asked word ("fake" of "is the video
    real?"): it turns the asked way once, as the antonym, not again as a verdict."""
    mine, table = set(_tokens(asked)), opposites()
    return any(
        w in table and table[w] & mine and untrue_roots(w) for w in set(_tokens(says)) - mine
    )


def _tie_words(asked: str) -> tuple[frozenset[str], frozenset[str]]:
    """The asked words and their antonyms, and the stem keys of the asked content words."""
    mine = set(content_words(asked))
    table = opposites()
    words = mine | {o for w in mine if w in table for o in table[w]}
    return frozenset(words), frozenset(stem_key(w) for w in mine)


def _negates_tied(asked: str, theirs: tuple[str, ...]) -> bool:
    """A negation in `theirs` reaches an asked word, its antonym or its stem."""
    words, keys = _tie_words(asked)
    return any(
        w in words or stem_key(w) in keys
        for reached in _negated_spans(theirs)
        for w in reached
        if len(w) > 1
    )


def _tied(asked: str, says: str) -> bool:
    """An antonym of an asked word, an asked word of an antonym pair, the asked verdict itself
    ("deepfake", "hoax"), or an asked word that a negation in `says` reaches ties what a
    speaker says to the question's direction."""
    mine, theirs = set(_tokens(asked)), _tokens(says)
    table = opposites()
    if any(w in table and (w in mine or table[w] & mine) for w in theirs):
        return True
    if untrue_roots(asked, ("verdict",)) & untrue_roots(says, ("verdict",)):
        return True  # "is the video a deepfake?" of "Deepfake video of candidate …": one verdict
    return _negates_tied(asked, theirs)


def ties(asked: str, text: str) -> bool:
    """True when `text` says something about the asked direction: an antonym of an asked word
    ("alive" for "dead"), an asked word of an antonym pair, or a negation of an asked word."""
    return _tied(asked, text)


def says_asked(asked: str, says: str) -> bool | None:
    """For a denial in its speaker's own words (`says`: "he is still alive"): True when what
    they say runs the asked way ("is he not dead?"), so that they deny its opposite; False
    when it runs against it ("he died"); None when no antonym or negated asked word ties the
    two, and the direction is unknown."""
    if not _tied(asked, says):
        return None
    negative = negations(asked) > 0 or bool(untrue_roots(asked))  # several are emphasis
    flips = int(negative) + _polarity(says, asked) + int(swaps(asked, says) > 0)
    return flips % 2 == 0


def says_it_plainly(asked: str, says: str) -> bool:
    """True when a denier's own words (`says`: "she was misquoted on pension age") hold every
    content word of the asked proposition ("she was misquoted"), neither side negating or
    turning anything, nor calling it untrue: the denier said just that."""
    asked_stems = {stem_key(w) for w in content_words(asked)}
    said_stems = {stem_key(w) for w in content_words(says)}
    untrue = untrue_roots(says) - untrue_roots(asked)  # "reports that it collapsed are false"
    plain = not (negations(asked) or negations(says) or swaps(asked, says) or untrue)
    return plain and bool(asked_stems) and asked_stems <= said_stems


@cache
def _denying_verb() -> re.Pattern[str]:
    """ "… and denied", "but rejected": a denier turning from what they say to what they deny
    (the one-word past-tense verdicts of untrue_words.tsv)."""
    verbs = sorted(p[0] for p, (_, kind) in _untrue().items() if kind == "verdict" and len(p) == 1)
    verbs = [v for v in verbs if v.endswith("ed")]
    return re.compile(
        rf",?\s+(?:and|but)\s+(?:\w+ly\s+)?(?:{'|'.join(map(re.escape, verbs))})\s+\w",
        re.IGNORECASE,
    )


_AND_THAT = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?that\s+", re.IGNORECASE)


def said_besides_denying(said: str) -> list[str]:
    """What a denier says besides the denial: "its forces had struck a military command post
    in Varna" of "… in Varna and denied hitting residential buildings"; "the payments were
    loans from friends" of "his client 'never took a penny' and that the payments were loans
    from friends"; "Lemons are healthy" of "Lemons are healthy, but they are not a medicine";
    "had his hands raised" of "did not own a gun and had his hands raised". Empty when the words
    do not turn so."""
    found = _denying_verb().search(said)
    before = [said[: found.start()]] if found and found.start() > 0 else []
    conceded = _BUT.split(said, maxsplit=1)
    if len(conceded) == 2 and not negations(conceded[0]) and negations(conceded[1]):
        before.append(conceded[0])  # "Lemons are healthy, but they are not a medicine"
    parts = _AND_THAT.split(said)
    after = [p for p in parts[1:] if not negations(p)]
    joined = _AND.split(said, maxsplit=1)  # "did not own a gun and had his hands raised"
    if len(parts) == 1 and len(joined) == 2 and negations(joined[0]) and not negations(joined[1]):
        after.append(joined[1])
    saying = _and_saying().split(said, maxsplit=1)  # "… as "nonsense" and said relations …"
    if len(saying) == 2 and not negations(saying[1]):
        after.append(saying[1])
    return before + after


_AND = re.compile(r",?\s+and\s+(?=(?:had|has|have|was|were|is|are)\b)", re.IGNORECASE)  # a 2nd verb
_BUT = re.compile(r",?\s+but\s+", re.IGNORECASE)  # a concession, then what is denied


@cache
def _and_saying() -> re.Pattern[str]:
    """ "… and said", "and added that", ", says": a denier going on to say something else with
    a plain verb of saying ("say-family" in cue_roles.tsv)."""
    verbs = [row[0] for row in lexicon.rows("cue_roles.tsv") if "say-family" in row[1:]]
    alternation = "|".join(map(re.escape, sorted(verbs)))
    return re.compile(
        rf"(?:,?\s+and\s+(?:also\s+)?|,\s+)(?:{alternation})\s+(?:that\s+)?", re.IGNORECASE
    )  # … and a headline's "Airline denies pilots were drunk, says crew passed tests"


ASSERTED_MIN = 80.0  # topic coverage by the denier's own affirmative words that says "asserted"
DENIED_MAX = 50.0  # … when what they deny (and the claim it answers) covers less than this


def asserted_instead(
    asked: str,
    denied: str,
    claim: str | None,
    quote: str | None,
    names: frozenset[str] = frozenset(),
) -> bool:
    """True when the denier *says* what is asked rather than denying it: "did anyone deny that
    the hull was intact?" against "There was no leak at all. The hull is intact," which denies
    a leak and asserts the hull. The asked words must be found in an affirmative sentence of the
    denier's quote, and not in what the denial rejects or the claim it answers."""
    # who it is about decides nothing: the names in these words, and the story's `names`
    names = _names_in(f"{denied} {claim or ''} {quote or ''}") | names
    asked_words = dict.fromkeys(content_words(asked))
    # a verdict word asked ("did he call the report wrong?") is the denial's own: no assertion
    verdict = verdict_words(asked)
    wanted = [(w, 1.0) for w in asked_words if len(w) > 1 and w not in names | verdict]
    if not wanted or not quote:
        return False
    rejected = set(words(_rejected_part(denied))) | set(words(claim or ""))
    if coverage(wanted, rejected) >= DENIED_MAX:
        return False
    affirmative = [
        clause
        for s in split_sentences(quote)
        for clause in _clauses_said(s.text, denied)
        if not negations(clause)
    ]
    return any(coverage(wanted, set(words(text))) >= ASSERTED_MIN for text in affirmative)


def _rejected_part(denied: str) -> str:
    """What a denial rejects: its negated clauses when it joins several ("Daniel has not
    spoken to Madrid and he is happy at Everton" rejects talks, not happiness; "Erik has the
    full backing of the board. Nobody is talking about replacing him." rejects the talk of
    replacing him), else all."""
    saying = _SAYING.search(denied)
    if saying:  # "disputes that account, saying he was holding his phone": the account
        denied = denied[: saying.start()]
    clauses = [c for s in split_sentences(denied) for c in _CLAUSES.split(s.text) if c.strip()]
    negated = [c for c in clauses if negations(c)]
    return " ".join(negated) if len(clauses) > 1 and negated else denied


def said_beside(sentence: str) -> str:
    """What a stance's sentence goes on to say in a participle after a comma ("His family
    disputes that account, saying he was holding his phone"), or says before a participle of
    rejecting ("insisted that Amara is fit, dismissing reports …"): the speaker's own words
    beside what they deny, as a sentence of its own ("He was holding his phone."), or ""."""
    saying = _SAYING.search(sentence)
    said = sentence[saying.end() :] if saying else ""
    insisted = _INSISTED_BEFORE.match(sentence)
    if not said and insisted:  # "… insisted that Amara is fit, dismissing reports that …"
        said = insisted.group("said")
    return said[:1].upper() + said[1:]  # a sentence of its own when joined to others


# What a speaker says before a participle of rejecting: "City insisted that striker Joel Amara
# is fit to play, dismissing reports that he had been injured" says he is fit
_INSISTED_BEFORE = re.compile(
    r"^.*?\bthat\s+(?P<said>[^,;]+),\s+(?:dismissing|rejecting|denying|refuting|disputing"
    r"|contradicting|rebutting)\s",
    re.IGNORECASE,
)


# A participle of speech after a comma (cue_roles.tsv "participle": "saying", "adding", …)
_SAYING = re.compile(
    r",\s+(?:"
    + "|".join(r[0] for r in lexicon.rows("cue_roles.tsv") if "participle" in r[1:])
    + r")\s+(?:that\s+)?",
    re.IGNORECASE,
)


def _clauses_said(sentence: str, denied: str) -> list[str]:
    """The clauses of a quote's sentence that may assert something: all of a sentence of
    several clauses, none of a one-clause sentence that is the denial itself."""
    clauses = [c for c in _CLAUSES.split(sentence) if c.strip()]
    return [] if len(clauses) == 1 and sentence in denied else clauses


# Where a sentence of a quote joins clauses: "Daniel has not spoken to Madrid and he is happy
# at Everton" denies one thing and asserts another
_CLAUSES = re.compile(r"[;,]\s+|\s+(?:and|but)\s+(?=(?:i|we|he|she|it|they|this|that)\b)", re.I)


_BACKGROUND = re.compile(rf"\b(?:{lexicon.alternation('background_clauses.txt')})\b", re.I)


def before_background(said: str) -> str:
    """What is said up to a clause told as background ("to clear his name after positive
    test" -> "to clear his name")."""
    found = _BACKGROUND.search(said)
    return said[: found.start()] if found else said


def only_around(asked: str, denied: str) -> bool:
    """True when the asked words sit in a clause the denial tells only as background ("denied
    that two pilots had been drinking before a flight was cancelled" denies no cancellation),
    and not in what it denies; the background ends where "and that" goes on with what is
    said ("recordings were made only after users spoke and that staff never had access")."""
    found = _BACKGROUND.search(denied)
    wanted = [(w, 1.0) for w in content_words(asked) if len(w) > 1]
    if found is None or not wanted:
        return False
    denied_part, background = denied[: found.start()], denied[found.end() :]
    went_on = _AND_THAT.search(background)
    if went_on:  # "… only after users said the wake word and that contractors never …"
        denied_part += " " + background[went_on.end() :]
        background = background[: went_on.start()]
    return (
        coverage(wanted, set(words(background))) >= ASSERTED_MIN
        and coverage(wanted, set(words(denied_part))) < DENIED_MAX
    )


def _confirming_verbs() -> str:
    """The confirming verbs (reporting_verbs.tsv "confirmation"), longest first, as an
    alternation."""
    verbs = sorted(
        (r[0].lower() for r in lexicon.rows("reporting_verbs.tsv") if r[1] == "confirmation"),
        key=len,
        reverse=True,
    )
    return "|".join(map(re.escape, verbs))


@cache
def _confirmed_clause() -> re.Pattern[str]:
    """A confirming verb and what it confirms, up to a "but", a semicolon or "while":
    "confirmed that hackers had accessed …, but denied …"."""
    return re.compile(
        rf"\b(?:{_confirming_verbs()})\b(?:\s+that)?\s+(?P<what>[^;]+?)"
        r"(?=,?\s+(?:but|while|although)\s|;|$)",
        re.IGNORECASE,
    )


@cache
def _confirmed_before() -> re.Pattern[str]:
    """What is confirmed, told before its confirming verb and a "but": "Data was stolen in a
    cyber attack, the company confirmed on Monday, but it said …"."""
    return re.compile(
        rf"^(?P<what>[^;]+?),\s+(?:[\w'’.-]+\s+){{1,5}}?(?:{_confirming_verbs()})\b"
        r"(?:\s+[\w'’.-]+){0,3}?,\s+(?:but|while|although)\s",
        re.IGNORECASE,
    )  # a few words after the verb ("on Monday"), then a comma: not what it confirms itself


def confirmed_part(sentence: str) -> str | None:
    """What a sentence that confirms one thing and denies another confirms ("Northgate Bank
    confirmed that hackers had accessed the details of 40,000 customers, but denied …"), or
    None."""
    found = _confirmed_before().search(sentence) or _confirmed_clause().search(sentence)
    return found.group("what") if found else None


def confirmed_instead(asked: str, sentence: str) -> bool:
    """True when the asked words are in what the sentence confirms, not in what it denies: a
    denial that says "confirmed the breach but denied money was taken" denies no breach."""
    part = confirmed_part(sentence)
    wanted = [(w, 1.0) for w in content_words(asked) if len(w) > 1]
    if part is None or not wanted:
        return False
    rest = sentence.replace(part, " ")
    return (
        coverage(wanted, set(words(part))) >= ASSERTED_MIN
        and coverage(wanted, set(words(rest))) < DENIED_MAX
    )


NAMES_CACHE = 8192  # sentences whose names are remembered: each question reads its stories
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")  # a capitalised word inside a sentence


@lru_cache(maxsize=NAMES_CACHE)
def _names_in(text: str) -> frozenset[str]:
    """The lower-cased capitalised words of `text` that do not open a sentence, and the
    particles between two of them ("ten" of "Erik ten Hag"): the names."""
    found = {m.group(0).lower() for m in _NAME.finditer(text)}
    for m in _PARTICLE.finditer(text):
        found.update(m.group(1).lower().split())
    return frozenset(found)


def names_in(texts: list[str]) -> frozenset[str]:
    """`_names_in` over several texts (the sentences of one story)."""
    return frozenset().union(*(_names_in(t) for t in texts))


# A lower-case particle between two capitalised words of a name: "Erik ten Hag", "Ursula von
# der Leyen" (name_connectors.txt)
_PARTICLE = re.compile(
    rf"\b[A-Z][\w'’-]*((?:\s+(?:{lexicon.alternation('name_connectors.txt')}))+)(?=\s+[A-Z])"
)
