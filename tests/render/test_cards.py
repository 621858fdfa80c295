"""Story cards: verbatim quotes, one line per quote, HTML-safe, within Telegram's limits."""

from __future__ import annotations

from dataclasses import dataclass

from bot.models import Statement
from bot.render.cards import MAX_MESSAGE, all_statements, split_messages, story_card, who_denied

TEXT = '"No, that is a false story. The pier is safe," said Ana Costa.'
QUOTE = "No, that is a false story. The pier is safe,"


@dataclass
class Story:
    url: str | None = "https://news.example/pier?a=1&b=2"
    title: str | None = "Pier <closure> & the port"
    site: str | None = "Courier"
    published: str | None = "2024-01-26T15:43:00+05:30"
    summary: str = "The port denied it would close the pier."


CLAIM = Statement(0, "claim", "The Courier reported the pier would close.", speaker="The Courier")
FIRST = Statement(
    1,
    "denial",
    '"No, that is a false story.',
    speaker="Ana Costa",
    org="Port",
    quote=QUOTE,
    quote_start=1,
    quote_end=45,
    target=0,
)
SECOND = Statement(
    2,
    "denial",
    'The pier is safe," said Ana Costa.',
    speaker="Ana Costa",
    org="Port",
    quote=QUOTE,
    quote_start=1,
    quote_end=45,
    target=0,
)


def test_a_quote_over_two_sentences_shows_once_and_whole() -> None:
    assert TEXT[FIRST.quote_start : FIRST.quote_end] == QUOTE
    card = story_card(Story(), [CLAIM, FIRST, SECOND], [])
    assert card.count("Ana Costa") == 1
    assert f"“{QUOTE}”" in card
    assert "answers The Courier" in card


def test_card_is_html_safe_and_dated() -> None:
    card = story_card(Story(), [CLAIM], ["Already shared here on 25 Jan 2024."])
    assert "Pier &lt;closure&gt; &amp; the port" in card
    assert 'href="https://news.example/pier?a=1&amp;b=2"' in card
    assert "Courier · 26 Jan 2024" in card and "<i>Already shared here" in card


def test_who_denied_and_nobody() -> None:
    assert "✗ Denied" in who_denied(Story(), [CLAIM, FIRST, SECOND])
    assert "Nobody in this story" in who_denied(Story(), [CLAIM])


def test_long_lists_split_between_entries() -> None:
    many = [
        Statement(i, "claim", f"Claim number {i} " + "word " * 55, speaker="S") for i in range(40)
    ]
    messages = all_statements(Story(), many)
    assert len(messages) > 1 and all(len(m) <= MAX_MESSAGE for m in messages)
    assert sum(m.count("• Claim") for m in messages) == 40
    parts = split_messages("head", ["a" * 3000, "b" * 3000])
    assert parts == ["head\n" + "a" * 3000, "head (cont.)\n" + "b" * 3000]


def test_share_dates_read_as_people_say_them() -> None:
    from datetime import UTC, datetime

    from bot.render.cards import shared_when

    now = datetime(2024, 1, 26, 12, 0, tzinfo=UTC)
    assert shared_when("2024-01-26T08:00:00+00:00", now) == "today"
    assert shared_when("2024-01-25T23:00:00+00:00", now) == "yesterday"
    assert shared_when("2024-01-02T08:00:00+00:00", now) == "on 2 Jan 2024"
    assert shared_when(None, now) == "earlier"


def test_the_card_summary_is_brief_and_whole_sentences() -> None:
    from bot.render.cards import CARD_SUMMARY, brief

    summary = " ".join(f"Sentence number {i} says something about the harbour." for i in range(20))
    short = brief(summary)
    assert len(short) <= CARD_SUMMARY and short.endswith("harbour.")
    assert brief("One short summary.") == "One short summary."


def test_the_card_summary_never_cuts_a_quotation_open() -> None:
    from bot.render.cards import brief

    lead = "A spokesman told reporters on Monday that the commander was alive and well. " * 5
    summary = f'{lead}"He spoke to me this morning. He is in good health," Khalil said.'
    short = brief(summary, limit=len(lead) + 40)
    assert short == lead.strip()
    assert brief(summary, limit=len(summary)) == summary


def test_a_card_counts_plain_statements_in_words() -> None:
    one = Statement(0, "statement", "The mayor said the pier was busy.", speaker="The mayor")
    two = Statement(1, "statement", "A guard said it was quiet.", speaker="A guard")
    assert "1 attributed statement, none a claim or denial." in story_card(Story(), [one], [])
    assert "2 attributed statements, none" in story_card(Story(), [one, two], [])


HEADLINE = Statement(0, "denial", "Port denies pier will close", speaker="Port", target=1)
REPORT = Statement(1, "claim", "The Courier reported the pier would close.", speaker="The Courier")
LEAD = Statement(
    2,
    "denial",
    "The port on Monday denied a report that the pier would close.",
    speaker="Port",
    target=1,
)
COSTA = Statement(
    3,
    "denial",
    '"The pier is safe," said Ana Costa.',
    speaker="Ana Costa",
    quote="The pier is safe,",
    target=1,
)
COSTA_AGAIN = Statement(
    4, "denial", "Costa said the report was wrong.", speaker="Ana Costa", target=1
)


def test_a_card_shows_each_voice_once_at_its_fullest() -> None:
    """The headline repeats the lead's denial: the card shows the port once (the fuller lead)
    and Ana Costa once (in her own quoted words); "All statements" still lists all five."""
    statements = [HEADLINE, REPORT, LEAD, COSTA, COSTA_AGAIN]
    card = story_card(Story(), statements, [])
    assert "Port denies pier will close" not in card and LEAD.sentence in card
    assert "The pier is safe" in card and COSTA_AGAIN.sentence not in card
    assert card.count("✗ Denied") == 2
    listed = "\n".join(all_statements(Story(), statements))
    assert all(st.sentence.split(",")[0] in listed for st in statements)


def test_a_story_pasted_without_a_title_is_headed_by_its_first_sentence() -> None:
    story = Story(
        url=None,
        title=None,
        summary="Local media say the mayor was arrested. His office denies it.",
    )
    card = story_card(story, [CLAIM], [])
    assert card.splitlines()[0] == "<b>Local media say the mayor was arrested.</b>"
    assert "Untitled story" not in card


def test_a_role_in_capitals_shows_as_the_article_writes_it() -> None:
    from bot.render.html import who

    mp = Statement(
        position=0,
        kind="denial",
        sentence="Conservative MP Jane Holloway has denied the claims.",
        speaker="Jane Holloway",
        role="mp",
        org="Conservative",
    )
    assert who(mp) == "Jane Holloway (MP, Conservative)"
    colonel = Statement(
        position=0,
        kind="denial",
        sentence="Colonel Petr Marek said.",
        speaker="Petr Marek",
        role="colonel",
    )
    assert who(colonel) == "Petr Marek (colonel)"


def test_a_possessive_speaker_shows_whose_they_are() -> None:
    from bot.render.html import who

    rep = Statement(
        position=0,
        kind="denial",
        sentence='His representative told People magazine: "Tom is alive and well."',
        speaker="His representative",
        role="representative",
        org="Tom Brandt",
    )
    assert who(rep) == "Tom Brandt’s representative"
    unknown = Statement(
        position=0, kind="denial", sentence="Her spokesman said.", speaker="Her spokesman"
    )
    assert who(unknown) == "Her spokesman"


def test_a_title_the_summary_opens_with_shows_once() -> None:
    """A pasted post whose first sentence is its title: the card does not say it twice."""
    story = Story(
        url=None, title="Kremlin denies Putin is ill.", summary="Kremlin denies Putin is ill."
    )
    card = story_card(story, [CLAIM], [])
    assert card.count("Kremlin denies Putin is ill.") == 1
    assert "No summary" not in card
    longer = Story(title="Port row", summary="Port row. The port denied it would close the pier.")
    assert "\nThe port denied it would close the pier." in story_card(longer, [CLAIM], [])
    word = Story(title="Port", summary="Portsmouth council denied it.")
    assert "\nPortsmouth council denied it." in story_card(word, [CLAIM], [])
