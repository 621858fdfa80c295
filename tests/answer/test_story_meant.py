"""Which story a question means when it replies to none: pronouns and named actors pick among
the stories a chat holds, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

from bot.answer.ask import answer_question
from bot.ingest import ingest_text
from storage import Repository

TRANSFER = (
    "Agent rejects report that Okafor has agreed Madrid move\n\n"
    "Spanish newspaper Marca reported on Tuesday that Nigerian striker Daniel Okafor had agreed "
    "personal terms with Real Madrid and would sign a five-year contract next week.\n\n"
    'Okafor\'s agent, Paulo Mendes, told the BBC the report was "pure fantasy". "Daniel has not '
    'spoken to Madrid and he is happy at Everton," Mendes said.\n'
)

BRIBES = (
    "Mayor denies taking bribes from developer\n\n"
    "Prosecutors said on Monday that Mayor Alan Harlow had taken $50,000 from a property "
    "developer in exchange for a zoning change.\n\n"
    '"I did not take any money from anyone," Harlow told reporters outside City Hall.\n\n'
    "Ridgeway Homes declined to comment.\n"
)


async def test_him_is_of_the_story_that_names_the_actor_asked_about(tmp_path: Path) -> None:
    async with await Repository.open(str(tmp_path / "meant.db")) as repo:
        await ingest_text(repo, TRANSFER, chat_id=5)
        await ingest_text(repo, BRIBES, chat_id=5)  # the latest story
        everton = await answer_question(repo, 5, "did everton deny selling him?")
        assert everton.answer == "no"
        assert "Harlow" not in everton.text and "Mendes" in everton.text
        ridgeway = await answer_question(repo, 5, "did ridgeway deny paying him?")
        assert ridgeway.answer == "no" and "declined to comment" in ridgeway.text
        assert "None of the reports" not in ridgeway.text


FACT_CHECK = (
    "Fact check: No, the WHO did not say 5G spreads the flu\n\n"
    "A post shared thousands of times on Facebook claims that the World Health Organization "
    "warned that 5G mobile networks spread influenza.\n\n"
    'A WHO spokesperson, Tarik Jasarevic, told us the claim was "completely false."\n'
)


async def test_a_question_naming_what_a_held_story_names_is_about_that_story(
    tmp_path: Path,
) -> None:
    async with await Repository.open(str(tmp_path / "named.db")) as repo:
        await ingest_text(repo, FACT_CHECK, chat_id=8)
        safe = await answer_question(repo, 8, "did anyone deny that 5g is safe?")
        assert safe.answer == "no"  # nobody denied that, in the story it holds
        assert "None of the reports" not in safe.text
        # a story the chat never shared is still unknown, even with a word the held one has
        other = await answer_question(repo, 8, "did anyone deny that the flu vaccine is safe?")
        assert other.answer == "unknown" and "None of the reports" in other.text
        # … and so is a story whose actor the held one never names
        absent = await answer_question(repo, 8, "did Nokia deny that 5g is safe?")
        assert absent.answer == "unknown"


AIRLINE = (
    "Airline denies pilots were drunk before cancelled flight\n\n"
    "SkyLink Airways on Wednesday denied a report in the Daily Star that two of its pilots had "
    "been drinking before a flight from Manchester to Malaga was cancelled on Monday.\n\n"
    "According to the Daily Star, passengers saw the pilots in an airport bar two hours before "
    "departure.\n\n"
    '"Both pilots passed routine alcohol tests and the flight was cancelled because of a '
    'technical fault," a SkyLink spokeswoman said. "The report is wrong."\n'
)


async def test_what_a_denial_tells_only_as_background_is_not_denied(tmp_path: Path) -> None:
    async with await Repository.open(str(tmp_path / "airline.db")) as repo:
        await ingest_text(repo, AIRLINE, chat_id=9)
        drinking = await answer_question(repo, 9, "did anyone deny the pilots were drinking?")
        assert drinking.answer == "yes" and "SkyLink" in drinking.text
        # every denial here answers the Daily Star, none the spokeswoman's own account
        assert {c.answers for c in drinking.citations} == {
            "According to the Daily Star, passengers saw the pilots in an airport bar two hours "
            "before departure."
        }
        cancelled = await answer_question(repo, 9, "did anyone deny that the flight was cancelled?")
        assert cancelled.answer == "no"
        assert "technical fault" in cancelled.text  # what was said of it instead


RESIGNATION = (
    "Minister will not resign, Downing Street says\n\n"
    "Downing Street has dismissed reports that Health Secretary Anna Webb is about to resign.\n\n"
    "The Sunday Times reported that Webb had told friends she would quit within weeks.\n\n"
    '"The Health Secretary has the full confidence of the prime minister," a Number 10 '
    'spokesman said. "These reports are simply untrue."\n'
)


async def test_what_a_denier_says_beside_the_denial_is_not_denied(tmp_path: Path) -> None:
    async with await Repository.open(str(tmp_path / "webb.db")) as repo:
        await ingest_text(repo, RESIGNATION, chat_id=4)
        quit_ = await answer_question(repo, 4, "did anyone deny that she would quit?")
        assert quit_.answer == "yes"
        trusted = await answer_question(
            repo, 4, "did anyone deny that she has the confidence of the prime minister?"
        )
        assert trusted.answer == "no"
        assert "said so, while denying something else" in trusted.text
        assert "full confidence" in trusted.text  # in the spokesman's own words


BREACH = (
    "Bank confirms data breach but denies customer money was stolen\n\n"
    "Northgate Bank confirmed on Tuesday that hackers had accessed the personal details of "
    "about 40,000 customers, but denied reports that money had been taken from any accounts.\n\n"
    "The tech website ByteWire first reported the breach on Monday, saying the attackers had "
    'also stolen "millions" from savings accounts.\n'
)


async def test_a_sentence_confirming_one_thing_and_denying_another(tmp_path: Path) -> None:
    async with await Repository.open(str(tmp_path / "breach.db")) as repo:
        await ingest_text(repo, BREACH, chat_id=6)
        confirmed = await answer_question(repo, 6, "did the bank confirm the breach?")
        assert confirmed.answer == "yes" and "confirmed it" in confirmed.text
        stolen = await answer_question(repo, 6, "did the bank deny that money was stolen?")
        assert stolen.answer == "yes" and "denied it" in stolen.text
        hacked = await answer_question(
            repo, 6, "did anyone deny that hackers accessed customer details?"
        )
        assert hacked.answer == "no"  # confirmed, not denied


HOAX = (
    "Tom Reyes is alive, despite viral death hoax\n\n"
    "The post, which appeared on a fake news page on Sunday, said Reyes, 67, had been killed "
    "on a highway in Arizona.\n\n"
    'Reyes himself posted a video on Instagram on Monday, saying: "Reports of my death have been '
    'greatly exaggerated."\n'
)


async def test_what_a_denier_says_after_saying_and_a_colon_is_what_is_denied(
    tmp_path: Path,
) -> None:
    """ "posted a video …, saying: "Reports of my death …"": the quote is what he said, so the
    denial runs against "he died", not against "he is alive"."""
    async with await Repository.open(str(tmp_path / "hoax.db")) as repo:
        await ingest_text(repo, HOAX, chat_id=5)
        died = await answer_question(repo, 5, "did anyone deny that he died?")
        assert died.answer == "yes" and "Reyes" in died.text
        alive = await answer_question(repo, 5, "did anyone deny that he is alive?")
        assert alive.answer == "no" and "denied the opposite" in alive.text
