"""The digest text: disputes first, stories clustered, split between entries; and the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli.commands import main
from bot.digest.compose import (
    DigestArticle,
    DigestInput,
    DigestLink,
    DigestStatement,
    cluster,
    compose_digest,
    same_story,
    split_digest,
)
from bot.models import Statement
from bot.render.cards import MAX_MESSAGE
from tests.helpers import FIXTURES

LEDGER = DigestArticle(
    1,
    "https://ledger.example/putin",
    "Putin signals openness to US talks on Ukraine, report says",
    "The Daily Ledger",
    "Russian President Vladimir Putin has been putting out feelers to the United States.",
)
TIMES = DigestArticle(
    2,
    "https://times.example/kremlin",
    "Kremlin denies Putin is putting out feelers to US on Ukraine talks",
    "Hindustan Times",
    "The Kremlin on Friday denied a Bloomberg report about Putin and Ukraine talks.",
)
PIER = DigestArticle(
    3,
    None,
    "Harbour authority denies plan to close the old ferry pier",
    None,
    "The Port of Eastwick authority denied a report in the Coastal Herald. More follows.",
)
BAKERY = DigestArticle(
    4,
    "https://town.example/bakery",
    "New bakery opens on Mill Street",
    "Town Crier",
    "A family bakery opened on Mill Street on Saturday. Queues formed early.",
)
CLAIM = Statement(
    0, "claim", "Putin is putting out feelers to the US, Bloomberg reported.", "Bloomberg"
)
DENIAL = Statement(
    3,
    "denial",
    'Peskov said: "No, this is a wrong report, it does not correspond to reality."',
    "Dmitry Peskov",
    role="spokesman",
    org="Kremlin",
    quote="No, this is a wrong report, it does not correspond to reality.",
)
PIER_CLAIM = Statement(1, "claim", "The Herald reported the pier would close.", "Herald")
PIER_DENIAL = Statement(2, "denial", "The authority denied the report.", "Port authority", target=1)


def pier_statements() -> tuple[DigestStatement, ...]:
    return (DigestStatement(30, 3, PIER_CLAIM), DigestStatement(31, 3, PIER_DENIAL))


def test_nothing_new_means_no_message() -> None:
    assert compose_digest(DigestInput(())).messages == []
    old = DigestArticle(9, None, "Old", None, "Old story.", new=False)
    assert compose_digest(DigestInput((old,))).messages == []


def test_disputed_first_with_source_and_who_denied_it() -> None:
    data = DigestInput(
        (LEDGER, TIMES, PIER, BAKERY),
        (DigestStatement(10, 1, CLAIM), DigestStatement(20, 2, DENIAL), *pier_statements()),
        (DigestLink(20, 10, 85.0),),
    )
    digest = compose_digest(data, "since Tue 27 Jan 09:00")
    [text] = digest.messages
    assert text.startswith("<b>Digest</b> since Tue 27 Jan 09:00: 3 stories, 2 disputed")
    assert (digest.stories, digest.disputed) == (3, 2)
    assert text.index("<b>Disputed</b>") < text.index("<b>Other stories</b>")
    # Ledger and Times are one story (linked, similar titles): one entry, both outlets
    assert text.count("Putin signals openness") == 1
    assert 'also <a href="https://times.example/kremlin">Hindustan Times</a>' in text
    assert "Claim — <b>Bloomberg</b> in " in text
    assert "✗ Denied by <b>Dmitry Peskov (spokesman, Kremlin)</b>" in text
    assert "“No, this is a wrong report, it does not correspond to reality.”" in text
    # the in-article pair of the pier story, and the bakery as an "other story" with one line
    assert "Claim — <b>Herald</b>: “The Herald reported the pier would close.”" in text
    other = text.split("<b>Other stories</b>")[1]
    assert '<a href="https://town.example/bakery">New bakery opens on Mill Street</a>' in other
    assert "Town Crier" in other and "A family bakery opened on Mill Street" in other


def test_confirmations_likewise() -> None:
    confirmation = Statement(2, "confirmation", "Orbit Labs confirmed the talks.", "Orbit Labs")
    data = DigestInput(
        (PIER,),
        (DigestStatement(30, 3, replace_kind(PIER_CLAIM)), DigestStatement(32, 3, confirmation)),
        (DigestLink(32, 30),),
    )
    text = compose_digest(data).messages[0]
    assert "1 story, 0 disputed" in text
    assert "<b>Confirmed</b>" in text and "✓ Confirmed by <b>Orbit Labs</b>" in text


def replace_kind(statement: Statement) -> Statement:
    return Statement(statement.position, "claim", statement.sentence, statement.speaker)


def test_a_denial_of_a_claim_shared_earlier_names_the_old_story() -> None:
    old = DigestArticle(1, LEDGER.url, LEDGER.title, LEDGER.site, LEDGER.summary, new=False)
    data = DigestInput(
        (TIMES, old),
        (DigestStatement(10, 1, CLAIM), DigestStatement(20, 2, DENIAL)),
        (DigestLink(20, 10, 90.0),),
    )
    text = compose_digest(data).messages[0]
    assert "1 story, 1 disputed" in text
    assert 'Claim — <b>Bloomberg</b> in <a href="https://ledger.example/putin">' in text


def test_clustering_by_title_and_names_not_by_weak_links() -> None:
    copy = DigestArticle(
        5,
        "https://other.example/bakery",
        "Bakery opens on Mill Street to queues",
        "Other Paper",
        "Queues at a new family bakery on Mill Street.",
    )
    assert same_story(BAKERY, copy)
    assert not same_story(BAKERY, PIER)
    groups = cluster([BAKERY, PIER, copy])
    assert [[a.id for a in g] for g in groups] == [[4, 5], [3]]
    assert [[a.id for a in g] for g in cluster([BAKERY, PIER], [(3, 4)])] == [[4, 3]]
    # a weak link between unrelated stories neither joins them nor shows as a dispute
    data = DigestInput(
        (BAKERY, PIER),
        (DigestStatement(40, 4, CLAIM), DigestStatement(31, 3, PIER_DENIAL)),
        (DigestLink(31, 40, 62.0),),
    )
    assert compose_digest(data).stories == 2


def test_long_digests_split_between_entries_within_the_limit() -> None:
    articles = tuple(
        DigestArticle(
            i,
            f"https://site{i}.example/story",
            f"Story number {i}: " + " ".join(f"w{i}x{j}" for j in range(15)),
            f"Site {i}",
            " ".join(f"lead{i}y{j}" for j in range(25)) + ".",
        )
        for i in range(1, 80)
    )
    digest = compose_digest(DigestInput(articles))
    assert len(digest.messages) > 1
    assert all(len(m) <= MAX_MESSAGE for m in digest.messages)
    assert digest.messages[1].startswith("<b>Stories</b> (cont.)")
    entries = [e for m in digest.messages for e in m.split("\n• ")[1:]]
    assert len(entries) == 79  # every story whole, in one message
    numbers = [int(re.search(r"Story number (\d+)", e).group(1)) for e in entries]  # type: ignore[union-attr]
    assert numbers == list(range(1, 80))


def test_split_digest_puts_section_titles_with_their_entries() -> None:
    messages = split_digest("HEAD", [("A", ["a" * 40, "b" * 40]), ("B", ["c" * 40])], limit=60)
    assert messages == ["HEAD\nA\n" + "a" * 40, "A (cont.)\n" + "b" * 40, "B\n" + "c" * 40]


def test_cli_digest_of_the_fixtures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "d.db")
    sources = [str(FIXTURES / n) for n in ("bloomberg_claim.html", "seed_story.html")]
    sources += [str(FIXTURES / "plain_story.txt"), str(FIXTURES / "takeover_story.txt")]
    assert main(["--db", db, "ingest", *sources]) == 0
    capsys.readouterr()
    assert main(["--db", db, "digest", "--since", "24h"]) == 0
    out = capsys.readouterr().out
    assert re.match(r"Digest since \w{3} \d+ \w{3} \d\d:\d\d: 3 stories, 2 disputed", out)
    assert "<b>" not in out and "Disputed\n" in out and "Confirmed\n" in out
    assert "Dmitry Peskov (spokesman, Kremlin)" in out and "wrong report" in out
    assert "Harbour authority denies plan to close the old ferry pier" in out
    assert main(["--db", db, "digest", "--chat", "42"]) == 0
    assert capsys.readouterr().out.startswith("Nothing new shared here since ")
    assert main(["--db", db, "digest", "--since", "soon"]) == 2


def test_each_voice_is_shown_before_a_voice_repeats_itself() -> None:
    """The pier story's headline and lead both carry the authority's denial: the digest shows
    the authority once and the harbour master next, not the authority twice."""
    headline = Statement(0, "denial", "Authority denies pier closure", "Port authority", target=1)
    master = Statement(
        3,
        "denial",
        '"The pier stays open," said harbour master Ed Lowe.',
        "Ed Lowe",
        role="harbour master",
        quote="The pier stays open,",
        target=1,
    )
    statements = (
        DigestStatement(29, 3, headline),
        *pier_statements(),
        DigestStatement(33, 3, master),
    )
    text = compose_digest(DigestInput((PIER,), statements)).messages[0]
    assert "Ed Lowe" in text
    assert text.count("✗ Denied by <b>Port authority</b>") == 1


def test_one_voice_answering_in_headline_lead_and_quote_is_one_line() -> None:
    """The agent's headline, lead and quote all deny the same claim: one line for him, and no
    "and 2 more" that would only repeat him."""
    headline = Statement(0, "denial", "Agent denies pier closure", "Port authority", target=1)
    quote = Statement(
        3,
        "denial",
        '"There is no truth in it," the authority said.',
        "Port authority",
        quote="There is no truth in it,",
        target=1,
    )
    statements = (
        DigestStatement(29, 3, headline),
        *pier_statements(),
        DigestStatement(33, 3, quote),
    )
    text = compose_digest(DigestInput((PIER,), statements)).messages[0]
    assert text.count("✗ Denied by <b>Port authority</b>") == 1
    assert "more" not in text
