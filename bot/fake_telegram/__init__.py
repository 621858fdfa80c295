"""A fake Telegram Bot API on 127.0.0.1, for `counterclaim chat` and the tests. It imports
nothing of the project."""
