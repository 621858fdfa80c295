"""Inline answers (`@bot did the kremlin deny …` in any chat): what to offer one user, drawn
only from the stories that user shared in their private chat with the bot (its id is theirs)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from bot.answer.ask import answer_question
from bot.answer.decide import Answer, Citation
from bot.render.cards import fit, headline, plural, quoted, short_date, story_card
from bot.render.html import esc
from storage import Repository

MIN_QUERY_CHARS = 3  # a shorter query shows the user's latest stories instead of an answer
LATEST_STORIES = 10  # stories offered for an empty query
MAX_RESULTS = 10  # results offered for a question: the answer, then other cited statements
TITLE_CHARS = 100  # a result's title is cut here …
DESCRIPTION_CHARS = 160  # … and its description here
_TAG = re.compile(r"<[^>]+>")

SHARE_FIRST = "Share a link with me first"  # the button that opens the private chat
SHARE_FIRST_TEXT = (
    "I answer from the news links you send me in our private chat, and you have not sent me "
    "any yet. Open the chat with me, send a link to a story, then ask again."
)
NO_STORY_TEXT = (
    "None of the stories you sent me covers this. Send me a link to an article about it in "
    "our private chat, then ask again."
)


@dataclass(frozen=True)
class InlineItem:
    """One inline result: its id, what the list shows, and the message (HTML) it posts."""

    id: str
    title: str
    description: str
    text: str


@dataclass(frozen=True)
class InlineReply:
    """The results for one query, and whether to offer the "share a link first" button."""

    items: list[InlineItem]
    share_button: bool = False


def plain(text: str) -> str:
    """Telegram HTML as the one-line plain text a result list shows."""
    return " ".join(html.unescape(_TAG.sub("", text)).split())


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _source(citation: Citation) -> str:
    when = short_date(citation.published) if citation.published else None
    return ", ".join(p for p in (citation.site, when) if p)


def _description(citation: Citation) -> str:
    who = citation.speaker or "an unnamed source"
    where = _source(citation)
    tail = f" — {who}" + (f", {where}" if where else "")
    return _cut(f"“{citation.sentence}”{tail}", DESCRIPTION_CHARS)


def _link(citation: Citation) -> str:
    if not citation.url or not citation.url.startswith(("http://", "https://")):
        return ""
    return f'<a href="{html.escape(citation.url, quote=True)}">{esc(citation.site or "Source")}</a>'


def citation_html(citation: Citation) -> str:
    """One cited statement as a message: who, outlet and date, the quote, its claim, a link."""
    where = _source(citation)
    lines = [
        f"<b>{esc(citation.speaker or 'An unnamed source')}</b>"
        + (f" — {esc(where)}" if where else "")
    ]
    lines.append(f"<i>{quoted(citation.sentence, 600)}</i>")
    if citation.answers and citation.answers != citation.sentence:
        lines.append(f"In answer to: <i>{quoted(citation.answers, 300)}</i>")
    link = _link(citation)
    if link:
        lines.append(link)
    return "\n".join(lines)


def answer_items(query: str, answer: Answer) -> list[InlineItem]:
    """The answer first (its headline, best quote and who said it), then each other cited
    statement, once per sentence."""
    headline = plain(answer.text.split("\n", 1)[0])
    asked = f"❓ <i>{esc(_cut(query, 200))}</i>\n\n"
    best = answer.citations[0] if answer.citations else None
    items = [
        InlineItem(
            "answer",
            _cut(headline, TITLE_CHARS),
            _description(best) if best else _cut(plain(answer.text), DESCRIPTION_CHARS),
            fit(asked + answer.text),
        )
    ]
    seen: set[tuple[str | None, str]] = set()  # one result per speaker and kind
    for number, citation in enumerate(answer.citations[1:], start=1):
        key = (citation.speaker, citation.kind)
        if citation.sentence == (best.sentence if best else None) or key in seen:
            continue
        if len(items) >= MAX_RESULTS:
            break
        seen.add(key)
        kind = {"denial": "denial", "confirmation": "confirmation", "claim": "claim"}
        title = f"{citation.speaker or 'Unnamed source'} — {kind.get(citation.kind, 'statement')}"
        items.append(
            InlineItem(
                f"cite-{number}",
                _cut(title, TITLE_CHARS),
                _description(citation),
                fit(asked + citation_html(citation)),
            )
        )
    return items


async def _latest_items(repo: Repository, user_id: int) -> list[InlineItem]:
    items = []
    for article in await repo.list_articles(user_id, LATEST_STORIES):
        statements = [s.statement for s in await repo.statements_for(article.id)]
        counts = {k: sum(s.kind == k for s in statements) for k in ("claim", "denial")}
        byline = ", ".join(p for p in (article.site, short_date(article.published)) if p)
        described = f"{plural(counts['claim'], 'claim', 'claims')}, " + plural(
            counts["denial"], "denial", "denials"
        )
        items.append(
            InlineItem(
                f"story-{article.id}",
                _cut(headline(article), TITLE_CHARS),
                _cut(f"{byline} · {described}" if byline else described, DESCRIPTION_CHARS),
                story_card(article, statements, []),
            )
        )
    return items


def _share_first() -> InlineReply:
    item = InlineItem(
        "share-first", SHARE_FIRST, "Send me a news link in our chat", SHARE_FIRST_TEXT
    )
    return InlineReply([item], share_button=True)


async def inline_reply(repo: Repository, user_id: int, query: str) -> InlineReply:
    """Results for `query` from `user_id`'s own stories: the latest stories for an empty or
    very short query; the answer and its quotes; or one result saying what to do."""
    query = query.strip()
    if len(query) < MIN_QUERY_CHARS:
        latest = await _latest_items(repo, user_id)
        return InlineReply(latest) if latest else _share_first()
    answer = await answer_question(repo, user_id, query)
    if answer.answer == "unknown":
        if not await repo.list_articles(user_id, 1):
            return _share_first()
        item = InlineItem(
            "no-story",
            "I don't know — no story of yours covers this",
            _cut(NO_STORY_TEXT, DESCRIPTION_CHARS),
            NO_STORY_TEXT,
        )
        return InlineReply([item], share_button=True)
    return InlineReply(answer_items(query, answer))
