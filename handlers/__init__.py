"""The Telegram adapter: python-telegram-bot types stop here. `application` wires the bot
(build_application, register); each other module turns updates into calls of the core and
results into messages; `scheduling` holds the digest jobs, their delivery and chat migration."""
