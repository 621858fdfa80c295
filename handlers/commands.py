"""/add, /list, /forget, /stats and /settings."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.clean.canonical import clean_url
from bot.render.cards import plural, short_date, title_line
from bot.render.html import esc
from handlers.common import core_of, is_admin, links_in
from handlers.links import read_link, read_text_story
from handlers.scheduling import digest_line

LIST_SIZE = 10


async def add(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/add URL (answered with the card, in any chat) or /add followed by a story's text."""
    message = update.effective_message
    if message is None:
        return
    links = links_in(message)
    if links:
        for link in links:
            await read_link(update, context, link)
        return
    text = (message.text or "").partition(" ")[2].strip()
    if not text:
        await message.reply_text("Usage: /add URL — or /add followed by the story's text.")
        return
    await read_text_story(update, context, text)


async def list_stories(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    core, message = core_of(context), update.effective_message
    if message is None:
        return
    articles = await core.repo.list_articles(message.chat_id, LIST_SIZE)
    if not articles:
        await message.reply_text("No stories shared here yet. Send me a link.")
        return
    lines = [f"<b>Recent stories here</b> ({len(articles)})"]
    for a in articles:
        when = short_date(a.published) or short_date(a.fetched_at) or ""
        lines.append(f"• {title_line(a)} — {esc(a.site or '')} {when}".rstrip())
    await message.reply_text("\n".join(lines))


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/forget (the last story), /forget URL, /forget all — admins only in groups."""
    core, message = core_of(context), update.effective_message
    if message is None:
        return
    if not await is_admin(update, context):
        await message.reply_text("Only group admins can make me forget stories.")
        return
    arg = " ".join(context.args or []).strip()
    if arg.lower() == "all":
        dropped = await core.repo.forget(message.chat_id)
        await message.reply_text(f"Forgot all {plural(dropped, 'story', 'stories')} shared here.")
        return
    if arg:
        stored = await core.repo.article_for_link(arg, clean_url(arg))
        article_id = stored.id if stored else None
    else:
        latest = await core.repo.list_articles(message.chat_id, 1)
        article_id = latest[0].id if latest else None
        if article_id is None:
            await message.reply_text("Nothing to forget: no stories have been shared here.")
            return
    if article_id is None or not await core.repo.forget(message.chat_id, article_id):
        await message.reply_text("Nothing to forget: that story was not shared here.")
        return
    await message.reply_text("Forgotten. I won't use that story in this chat any more.")


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    core, message = core_of(context), update.effective_message
    if message is None:
        return
    s = await core.repo.chat_stats(message.chat_id)
    await message.reply_text(
        f"{plural(s['articles'], 'story', 'stories')} shared here: "
        f"{plural(s['claim'], 'claim', 'claims')}, {plural(s['denial'], 'denial', 'denials')}, "
        f"{plural(s['confirmation'], 'confirmation', 'confirmations')}, "
        f"{plural(s['statement'], 'other statement', 'other statements')}; "
        f"{plural(s['links'], 'denial', 'denials')} linked to claims across stories."
    )


async def settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    core, message = core_of(context), update.effective_message
    if message is None:
        return
    digest = await digest_line(core.repo, message.chat_id)
    await message.reply_text(
        f"<b>Settings</b>\nChat id: <code>{message.chat_id}</code>\n{esc(digest)}"
    )
