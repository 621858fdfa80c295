"""/start and /help texts and handlers."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from handlers.common import is_private

HELP_SHORT = (
    "Send me a link to a news story (or forward a post) and I will keep who claimed what and "
    "who denied it. Then ask, e.g. <i>did the Kremlin deny this?</i> — /help for more."
)

HELP = """<b>Counterclaim</b> remembers who claimed what in the news, and who denied it.

<b>Share</b> a link (paste or forward it), or paste a story's whole text — I read it and \
answer with a card: summary, the claims and who denied them.
<b>Ask</b> in your own words, replying to a story to mean "this":
• did the Kremlin deny this?
• who denied the Bloomberg report?
• what did Peskov say about NATO?

/add URL — read a link (or /add followed by a story's text)
/ask QUESTION — ask (in groups: or mention me, or reply to me)
/list — recent stories here · /stats — counts
/digest — a digest now; /digest daily 09:00 Europe/Berlin schedules one
/timeline — a claim's steps so far (reply to a story, or: what happened with the Bloomberg \
report?)
/forget — forget the last story; /forget URL; /forget all

I answer only from what was shared in this chat, and say so when I don't know."""

GROUP_NOTE = (
    "\n\nIn this group I read links only when I can see them: with privacy mode on, use "
    "/add URL, mention me, or reply to me (or turn privacy off in @BotFather and add me again)."
)


INLINE_START = (
    "Send me a link to a news story here (or forward a post) and I will read it. Then type my "
    "@username and a question in any chat, e.g. <i>did the Kremlin deny the Bloomberg "
    "report</i>, and pick the answer to post it there."
)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start; "/start inline" comes from the inline "share a link first" button."""
    if update.effective_message is None:
        return
    if context.args == ["inline"] and is_private(update):
        await update.effective_message.reply_text(INLINE_START)
        return
    await update.effective_message.reply_text(HELP if is_private(update) else HELP_SHORT)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not have, in a private chat: say so (in a group it may be
    another bot's, so stay quiet)."""
    message = update.effective_message
    if message is None or not message.text or not is_private(update):
        return
    command = message.text.split()[0].split("@")[0]
    await message.reply_text(f"I don't have a {command} command. /help lists what I can do.")


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message:
        await update.effective_message.reply_text(HELP)
