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
