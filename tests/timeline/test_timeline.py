"""The pure timeline: step kinds, order, repeats, the status line, status at an instant, and
recognising a timeline question."""

from __future__ import annotations

from bot.models import Statement
from bot.timeline.load import timeline_topic
from bot.timeline.steps import Source, build_timeline, status_known_by
from bot.timeline.text import timeline_fields, timeline_html


def source(
    sid: int,
    article: int,
    kind: str,
    speaker: str,
    sentence: str,
    published: str,
    shared: str = "2026-01-01T00:00:00+00:00",
) -> Source:
    statement = Statement(position=sid, kind=kind, sentence=sentence, speaker=speaker)
    return Source(
        sid, article, statement, f"https://news.example/{article}", f"Story {article}",
        f"Outlet {article}", published, shared,
    )  # fmt: skip


CLAIM = source(1, 1, "claim", "Bloomberg", "Putin is putting out feelers.", "2024-01-25T21:10Z")
DENIAL = source(2, 2, "denial", "Kremlin", "The Kremlin denied the report.", "2024-01-26T10:00Z")


def test_steps_oldest_first_whatever_order_they_come_in() -> None:
    timeline = build_timeline(CLAIM, [], [DENIAL], [])
    assert [(s.date, s.kind, s.speaker) for s in timeline.steps] == [
        ("2024-01-25", "reported", "Bloomberg"),
        ("2024-01-26", "denied", "Kremlin"),
    ]
    assert timeline.status == "denied"
    assert timeline.line == "Denied by Kremlin; not confirmed by anyone since."


def test_a_later_confirmation_decides_and_says_what_came_before() -> None:
    confirm = source(3, 3, "confirmation", "US officials", "Officials confirmed it.", "2024-02-01")
    timeline = build_timeline(CLAIM, [], [confirm, DENIAL], [])
    assert [s.kind for s in timeline.steps] == ["reported", "denied", "confirmed"]
    assert timeline.status == "confirmed"
    assert (
        timeline.line == "Confirmed by US officials on 1 Feb 2024, after it was denied by Kremlin."
    )


def test_a_denial_by_the_claimant_is_a_retraction_and_declines_are_noted() -> None:
    back = source(4, 4, "denial", "Bloomberg", "Bloomberg withdrew its report.", "2024-01-28")
    quiet = source(5, 1, "statement", "White House", "The White House declined to comment.", "")
    quiet = Source(**{**quiet.__dict__, "published": CLAIM.published})  # in the claim's story
    timeline = build_timeline(CLAIM, [], [DENIAL, back], [quiet])
    kinds = [s.kind for s in timeline.steps]
    assert kinds == ["reported", "declined to comment", "denied", "retracted"]
    assert timeline.status == "retracted"
    assert timeline.line == (
        "Retracted by Bloomberg on 28 Jan 2024. White House declined to comment."
    )


def test_a_claimants_repeat_and_a_speakers_second_sentence_show_once() -> None:
    repeat = source(6, 2, "claim", "Bloomberg", "The Bloomberg report said so.", "2024-01-26")
    again = source(7, 2, "denial", "Kremlin", "It does not correspond to reality.", "2024-01-26")
    timeline = build_timeline(CLAIM, [repeat], [DENIAL, again], [])
    assert [(s.kind, s.speaker) for s in timeline.steps] == [
        ("reported", "Bloomberg"),
        ("denied", "Kremlin"),
    ]


def test_only_reported_so_far() -> None:
    timeline = build_timeline(CLAIM, [], [], [])
    assert timeline.status == "reported"
    assert timeline.line == "Reported by Bloomberg; nobody has denied or confirmed it since."


def test_status_as_the_chat_knew_it_at_an_instant() -> None:
    claim = source(1, 1, "claim", "Bloomberg", "Putin is putting out feelers.", "2024-01-25", "T1")
    claim = Source(**{**claim.__dict__, "shared_at": "2026-01-01T10:00:00+00:00"})
    denial = Source(**{**DENIAL.__dict__, "shared_at": "2026-01-02T10:00:00+00:00"})
    timeline = build_timeline(claim, [], [denial], [])
    assert status_known_by(timeline, "2025-12-31T00:00:00+00:00") is None
    assert status_known_by(timeline, "2026-01-01T12:00:00+00:00") == "reported"
    assert status_known_by(timeline, "2026-01-03T00:00:00+00:00") == "denied"


def test_json_and_html() -> None:
    timeline = build_timeline(CLAIM, [], [DENIAL], [])
    fields = timeline_fields(timeline)
    assert fields["status"] == "denied"
    assert fields["steps"][1] == {
        "date": "2024-01-26",
        "kind": "denied",
        "speaker": "Kremlin",
        "sentence": "The Kremlin denied the report.",
        "article_id": 2,
        "url": "https://news.example/2",
    }
    text = timeline_html(timeline)
    assert "26 Jan 2024 · ✗ Denied by <b>Kremlin</b>" in text
    assert '<a href="https://news.example/2">Outlet 2</a>' in text
    assert text.endswith("<b>Now:</b> Denied by Kremlin; not confirmed by anyone since.")


def test_timeline_questions() -> None:
    assert timeline_topic("what happened with the bloomberg report?") == "the bloomberg report?"
    assert timeline_topic("Status of the putin feelers story?") == "the putin feelers story?"
    assert timeline_topic("so what's happened to the feelers story") == "the feelers story"
    assert timeline_topic("any update on the bloomberg report") == "the bloomberg report"
    assert timeline_topic("did the kremlin deny the bloomberg report?") is None
    assert timeline_topic("what did Peskov say about NATO?") is None
