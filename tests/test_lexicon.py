"""The statement lexicons load, one entry per line, comments stripped."""

from __future__ import annotations

from importlib import resources

from bot import kinds, lexicon


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


def test_every_data_entry_has_a_comment() -> None:
    """Rules and word lists live in data files with a comment per entry."""
    missing = []
    for path in resources.files("bot").joinpath("data").iterdir():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if (
                line.strip()
                and not line.lstrip().startswith("#")
                and " #" not in line.replace("\t", " ")
            ):
                missing.append(f"{path.name}:{number}: {line}")
    assert not missing, "\n".join(missing[:20])


def test_word_list_regexes() -> None:
    assert lexicon.alternation("weekdays.txt").startswith("monday|tuesday")
    assert kinds.is_negated("There is no evidence") and not kinds.is_negated("not only that")
    assert kinds.is_event("Soldiers took the town") and not kinds.is_event("We are concerned")
