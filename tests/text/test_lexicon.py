"""The statement lexicons load, one entry per line, comments stripped."""

from __future__ import annotations

from importlib import resources

from bot.statements import kinds
from bot.text import lexicon


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


def _flags(name: str) -> set[str]:
    return {flag for row in lexicon.rows(name) for flag in row[1:]}


def test_flagged_lists_use_known_flags() -> None:
    """A misspelt flag would silently drop a word from its rule."""
    assert _flags("cue_roles.tsv") == {
        "say-family",
        "never-inverted",
        "also-noun",
        "participle",
        "bare-inverted",
        "plural-noun",
        "experience",
        "infinitive",
        "retraction",
    }
    assert _flags("past_tense.tsv") == {"irregular", "not-participle"}
    assert _flags("subject_openers.tsv") == {"actor"}
    assert _flags("report_heads.tsv") == {"outlet"}
    assert _flags("org_links.tsv") == {"role"}
    assert _flags("pronouns.tsv") == {"m", "f"}


def test_cue_roles_are_reporting_verbs() -> None:
    """Only listed cues are ever matched; of the participles only "saying" is one so far."""
    cues = {row[0] for row in lexicon.rows("reporting_verbs.tsv")}
    roles = lexicon.rows("cue_roles.tsv")
    assert {row[0] for row in roles if row[1:] != ("participle",)} <= cues


def test_moved_word_lists_drive_their_rules() -> None:
    from bot.digest import compose as digest
    from bot.statements import speakers
    from bot.statements.attribution import subject_before

    assert speakers.PRONOUNS["she"] == "f" and speakers.PRONOUNS["they"] is None
    assert {"monday", "may", "december"} <= digest._CALENDAR
    text = "The ministry last week denied"
    assert subject_before(text, 0, text.index("denied")) == ("The ministry", 0)
    assert speakers.parse_actor("But Hunter").speaker == "Hunter"
    assert speakers.is_report_phrase("the Bloomberg report")
    assert not speakers.is_report_phrase("the letter")
