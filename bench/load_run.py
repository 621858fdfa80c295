"""The 200-update run of issue 13, timed: the real bot process against the fake Bot API, 50
chats (40 private, 10 groups), 50 links then 150 questions in waves (tests/load_run.py).

Usage: python -m bench.load_run [--runs N]
Prints, per run: links answered, questions answered once, leaks, seconds from the first update
to the last answer, and the bot's peak RSS (VmHWM).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

from bot.fake_telegram import FakeTelegram
from tests.bot_process import BotProcess
from tests.helpers import TOKEN
from tests.load_run import run_load
from tests.slow_site import slow_site


async def one_run() -> str:
    with tempfile.TemporaryDirectory() as workdir:
        async with FakeTelegram(
            TOKEN, username="counterclaim_bot", can_read_all_group_messages=True
        ) as fake:
            bot = BotProcess(fake, Path(workdir))
            try:
                with slow_site() as site:
                    result = await run_load(fake, bot, site)
                    code = await bot.stop()
            finally:
                await bot.close()
    return (
        f"{result.updates} updates: links {result.links_answered}/{result.links}, "
        f"questions answered once {result.questions_answered_once}/{result.questions}, "
        f"leaks {len(result.leaks)}, errors {len(result.errors)}, exit {code}, "
        f"{result.seconds:.1f} s, peak RSS {result.peak_rss_mb:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for run in range(1, args.runs + 1):
        print(f"run {run}: {asyncio.run(one_run())}", flush=True)


if __name__ == "__main__":
    main()
