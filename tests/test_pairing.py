"""Denial -> claim targeting inside one article, on statements written for these tests."""

from __future__ import annotations

from bot.models import Statement
from bot.pairing import assign_targets


def st(position: int, kind: str, speaker: str, sentence: str) -> Statement:
    return Statement(
        position=position,
        kind=kind,
        sentence=sentence,
        speaker=speaker,
        speaker_norm=speaker.lower(),
        proposition=sentence,
    )


def test_named_report_wins() -> None:
    statements = [
        st(0, "claim", "Gazette", "The Gazette reported the zoo will close."),
        st(1, "claim", "Tom Ash", "Tom Ash said the zoo will close next spring."),
        st(2, "denial", "City Hall", "City Hall denied the Gazette report."),
    ]
    assert assign_targets(statements)[2].target == 0


def test_similar_wording_wins() -> None:
    statements = [
        st(0, "claim", "Ann Lee", "Ann Lee said the bakery poisoned customers."),
        st(1, "claim", "Bo Park", "Bo Park said the parade moved to Sunday."),
        st(2, "denial", "The bakery", "The bakery said it never poisoned customers."),
    ]
    assert assign_targets(statements)[2].target == 0


def test_no_claims_no_target() -> None:
    statements = [st(0, "denial", "X", "X denied it.")]
    assert assign_targets(statements)[0].target is None
