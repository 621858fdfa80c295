"""The statement lexicons load, one entry per line, comments stripped."""

from __future__ import annotations

from bot import lexicon


def test_every_data_file_loads() -> None:
    for name in [
        "reporting_verbs.tsv",
        "denial_cues.tsv",
        "not_denial_cues.tsv",
        "confirmation_cues.tsv",
        "roles.txt",
        "outlets.txt",
        "outlet_suffixes.txt",
        "anonymous_sources.txt",
        "org_words.txt",
        "clause_openers.txt",
    ]:
        rows = lexicon.rows(name)
        assert rows and all("#" not in cell for row in rows for cell in row)


def test_patterns_match() -> None:
    assert lexicon.first_match("denial_cues.tsv", "This is simply not true.")
    assert lexicon.first_match("not_denial_cues.tsv", "She declined to comment.")
    assert lexicon.first_match("denial_cues.tsv", "The weather was fine.") is None
