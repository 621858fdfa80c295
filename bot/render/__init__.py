"""Telegram HTML shared by the bot, the CLI and the console: `html` (esc, who, verbatim),
`cards` (story cards, message splitting), `plain` (HTML replies as plain text)."""
