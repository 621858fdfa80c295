"""The language a story is written in when its page does not say: English by its function
words, else py3langid's guess (its model loads only for a text that does not read as English)."""

from __future__ import annotations

import re

from bot.text import lexicon
from bot.text.words import stopwords

ENGLISH = "en"
ENGLISH_SHARE = 0.2  # of a text's words, English function words ("the", "of", "said") in English
MIN_WORDS = 8  # fewer words say too little to tell a language by
SAMPLE = 3000  # characters of the text a guess reads
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def detected_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language ("en", "de"); None when it is too short to tell."""
    found = [w.lower() for w in _WORD.findall(text[:SAMPLE])]
    if len(found) < MIN_WORDS:
        return None
    english = sum(1 for w in found if w in stopwords())
    if english >= ENGLISH_SHARE * len(found):
        return ENGLISH
    return _classify(text[:SAMPLE])


def reads_english(language: str | None) -> bool:
    """True for English and for a language nobody stated ("en-GB", None)."""
    return language is None or language.split("-")[0].lower() == ENGLISH


def _classify(text: str) -> str:
    import py3langid  # its model loads on the first guess: only a text not read as English

    return str(py3langid.classify(text)[0])


def language_name(code: str) -> str:
    """ "German" for "de" (language_names.tsv); the code itself when not listed."""
    names = {row[0]: row[1] for row in lexicon.rows("language_names.tsv")}
    return names.get(code.split("-")[0].lower(), code)


def foreign_note(language: str | None) -> str | None:
    """The reply's reason for finding nothing in a story not written in English, else None."""
    if reads_english(language):
        return None
    return (
        f"The story is in {language_name(language or '')}, and I read statements in English only."
    )
