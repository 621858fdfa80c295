"""Words of a text as the stages compare them: lower case, stopwords dropped, possessives bare."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import snowballstemmer

from bot.text import lexicon
from bot.text.lemmas import is_dictionary_word, verb_lemma

__all__ = [
    "as_one_word",
    "compound_parts",
    "content_words",
    "opposites",
    "stem",
    "stem_key",
    "stopwords",
]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*'?")
_POSSESSIVE = re.compile(r"['’]s?$")


@cache
def stopwords() -> frozenset[str]:
    """Words left out of keywords and topic matching."""
    return frozenset(row[0] for row in lexicon.rows("stopwords.txt"))


def _bare(word: str) -> str:
    """A word without a possessive or trailing apostrophe: "tiger's" → "tiger"."""
    return _POSSESSIVE.sub("", word) if word not in stopwords() else word


def _words(text: str) -> list[str]:
    """The words of `text`, lower case, curly apostrophes straightened."""
    return [m.group().lower().replace("’", "'") for m in _WORD.finditer(text)]


def content_words(text: str) -> list[str]:
    """Lower-case content words of `text`: stopwords and one-letter words dropped, in order."""
    seen: list[str] = []
    for token in _words(text):
        word = _bare(token)
        stop = word in stopwords() or token in stopwords()
        if len(word) > 1 and not stop and word not in seen:
            seen.append(word)
    return seen


_STEMMER = snowballstemmer.stemmer("english")
STEM_KEY = 5  # letters of a stem compared: "suspended" and "suspension" share "suspe"


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's Snowball (Porter2) stem: "beheading" → "behead", "leaked" → "leak"; an
    irregular verb's of its base form: "paid" → "pay", as "paying"."""
    return str(_STEMMER.stemWord(verb_lemma(word.lower())))


def stem_key(word: str) -> str:
    """What two words must share to count as one: the first letters of their stems, so that
    inflections ("leak" / "leaked", "ban" / "banned") and derivations ("suspended" /
    "suspension", "paying" / "payment") meet."""
    return underived(stem(word))[:STEM_KEY]


MIN_UNDERIVED = 3  # letters a stem keeps when a derivation ending is dropped ("pay")


def underived(stemmed: str) -> str:
    """The stem without a noun-making ending (derivation_endings.txt): "payment" → "pay"."""
    for ending in lexicon.words("derivation_endings.txt"):
        if stemmed.endswith(ending) and len(stemmed) - len(ending) >= MIN_UNDERIVED:
            return stemmed[: -len(ending)]
    return stemmed


@cache
def _same_acts() -> dict[str, tuple[str, ...]]:
    """Stem → the other verbs for the same act (event_synonyms.tsv)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in lexicon.rows("event_synonyms.tsv"):
        for word in row:
            out[stem(word)] = tuple(other for other in row if other != word)
    return out


def same_act(word: str) -> tuple[str, ...]:
    """The other verbs for the act a word names ("detained" → arrest; event_synonyms.tsv), so
    that "was anyone arrested?" finds "nobody had been detained"."""
    return _same_acts().get(stem(word), ())


@cache
def opposites() -> dict[str, frozenset[str]]:
    """Word -> its opposites (antonyms.tsv: "alive" / "died", "banned" / "allowed")."""
    pairs = ((row[0].lower(), row[1].lower()) for row in lexicon.rows("antonyms.tsv"))
    return lexicon.related(pairs)


@cache
def _phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"\b{re.escape(row[0])}\b", re.IGNORECASE), row[1])
        for row in lexicon.rows("word_phrases.tsv")
    )


def as_one_word(text: str) -> str:
    """`text` with the phrases that say what one word says read as that word (word_phrases.tsv:
    "he had passed away" as "he had died")."""
    for phrase, word in _phrases():
        text = phrase.sub(word, text)
    return text


COMPOUND_MIN = 7  # letters of a word looked at as two words written as one
COMPOUND_PART = 3  # letters each of its two words needs


@lru_cache(maxsize=4096)
def compound_parts(word: str) -> tuple[str, ...]:
    """The two English words a compound is made of ("ceasefire": cease, fire; "handgun": hand,
    gun), the longest first part first; () for a word that is no such pair. What a story
    writes "cease-fire" is searched for by its parts."""
    low = word.lower()
    if len(low) < COMPOUND_MIN or not low.isalpha():
        return ()
    for cut in range(len(low) - COMPOUND_PART, COMPOUND_PART - 1, -1):
        left, right = low[:cut], low[cut:]
        if is_dictionary_word(left) and is_dictionary_word(right):
            return (left, right)
    return ()
