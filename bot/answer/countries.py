"""Countries, their demonyms and capitals (from countryinfo), for matching actors: "the
Ghanaian government" is Ghana's ministry, and "any denial from Nairobi?" means Kenya's."""

from __future__ import annotations

from functools import cache

from countryinfo import CountryInfo

from bot.text import lexicon


def _single_words(field: object) -> list[str]:
    """The one-word names in a countryinfo field ("Antiguan,Barbudan" → two), lower case."""
    text = field if isinstance(field, str) else ""  # missing, or a list for one entry
    parts = [p.strip().lower() for p in text.split(",")]
    return [p for p in parts if p and " " not in p and "-" not in p]


@cache
def country_synonyms() -> tuple[tuple[str, ...], ...]:
    """Groups of words naming one country: its one-word name and demonyms ("ghana",
    "ghanaian"). Countries with a name of several words are left to actor_synonyms.tsv."""
    groups = []
    for name, info in CountryInfo.all().items():
        names = _single_words(name) + _single_words(info.get("demonym"))
        if len(names) > 1 and " " not in name:
            groups.append(tuple(dict.fromkeys(names)))
    return tuple(groups)


@cache
def capital_umbrellas() -> dict[str, tuple[str, ...]]:
    """One-word capital → the country's name and demonyms: a capital stands for its
    government ("Nairobi" for "Kenya's interior ministry"). Capitals that are also common
    words or names (capital_exclusions.txt) are left out."""
    excluded = lexicon.words("capital_exclusions.txt")
    found: dict[str, tuple[str, ...]] = {}
    for name, info in CountryInfo.all().items():
        capital = _single_words(info.get("capital"))
        members = tuple(dict.fromkeys([name.lower(), *_single_words(info.get("demonym"))]))
        if len(capital) == 1 and capital[0] not in excluded and capital[0] != name.lower():
            found.setdefault(capital[0], members)
    return found


__all__ = ["capital_umbrellas", "country_synonyms"]
