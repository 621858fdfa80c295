"""The 200-update run (issue 13) still holds: the real bot process, 50 chats, 50 links and
150 questions in waves — every question answered once, every link carded or acknowledged, no
chat's story in another chat's answers, and no error from the bot. Time and memory are
measured by bench/load_run.py, not asserted here."""

from __future__ import annotations

from pathlib import Path

from bot.fake_telegram import FakeTelegram
from tests.bot_process import BotProcess
from tests.helpers import TOKEN
from tests.load_run import GROUPS, PRIVATE_CHATS, run_load
from tests.slow_site import slow_site


async def test_two_hundred_updates_from_fifty_chats(tmp_path: Path) -> None:
    async with FakeTelegram(
        TOKEN, username="counterclaim_bot", can_read_all_group_messages=True
    ) as fake:
        bot = BotProcess(fake, tmp_path)
        try:
            with slow_site() as site:
                result = await run_load(fake, bot, site)
                assert await bot.stop() == 0
        finally:
            await bot.close()
    chats = PRIVATE_CHATS + GROUPS
    assert result.updates == 200 and result.links == chats and result.questions == 3 * chats
    assert result.links_answered == chats, bot.log_text()[-3000:]
    assert result.questions_answered_once == result.questions, bot.log_text()[-3000:]
    assert result.leaks == []
    assert result.errors == []
    log = bot.log_text()
    assert "Traceback" not in log and "database is locked" not in log and "ERROR" not in log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log  # the token is never logged
    assert bot.integrity() == "ok"
