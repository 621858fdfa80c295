"""The 12-link crash run of issue 13, repeated: the real bot process, 12 links in quick
succession to pages that take 1.5 s each, SIGKILL once 2 cards have arrived, then a restart on
the same database (tests/handlers/test_crash.py holds the same run as a test).

Usage: python -m bench.crash_run [--runs N]
Prints, per run: cards before the kill, cards and failure lines after the restart, links lost
(no card, no failure line), duplicated answers, "Reading…" messages never edited, and SQLite's
integrity check.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

from bot.fake_telegram import FakeTelegram
from tests.bot_process import BotProcess
from tests.helpers import TOKEN
from tests.slow_site import slow_site

LINKS = 12


async def one_run() -> str:
    with tempfile.TemporaryDirectory() as workdir:
        async with FakeTelegram(TOKEN, username="counterclaim_bot") as fake:
            bot = BotProcess(fake, Path(workdir))
            anna = fake.user("Anna")
            chat = fake.private_chat(anna)
            try:
                with slow_site(delay=1.5) as site:
                    await bot.start()
                    sent = [
                        fake.user_says(chat, anna, site.url(n))["message_id"]
                        for n in range(1, LINKS + 1)
                    ]

                    def cards() -> int:
                        return sum(bool(m.buttons()) for m in fake.sent(chat))

                    await fake.wait_until(lambda: cards() >= 2, 60)
                    await bot.kill()
                    before = cards()
                    await bot.start()
                    await fake.wait_until(lambda: cards() == LINKS, 60)
                    await bot.settled(30)
                    await bot.stop()
            finally:
                await bot.close()
            answers = {mid: [m for m in fake.sent(chat) if m.reply_to == mid] for mid in sent}
            carded = sum(1 for found in answers.values() if any(m.buttons() for m in found))
            failed = sum(
                1
                for found in answers.values()
                if any(m.text.startswith("Couldn't read") for m in found)
            )
            duplicated = sum(max(len(found) - 1, 0) for found in answers.values())
            unedited = sum(1 for m in fake.sent(chat) if m.text.startswith("Reading"))
            return (
                f"cards before the kill {before}, after the restart {carded}/{LINKS} "
                f"(failure lines {failed}), lost {LINKS - carded - failed}, "
                f"duplicated {duplicated}, 'Reading…' never edited {unedited}, "
                f"integrity {bot.integrity()}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for run in range(1, args.runs + 1):
        print(f"run {run}: {asyncio.run(one_run())}", flush=True)


if __name__ == "__main__":
    main()
