"""The command line (`counterclaim`, `python -m bot`): `commands` (ingest, analyze, ask,
digest, run …) and `console` (`counterclaim chat`). The composition root of the core:
python-telegram-bot and the handlers are loaded lazily, only by `run` and `chat`."""

from bot.cli.commands import main

__all__ = ["main"]
