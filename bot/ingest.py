"""The ingest pipeline: source -> document -> article -> store, one article per transaction."""

from __future__ import annotations

from dataclasses import dataclass

from bot.article import article_from_html, article_from_text
from bot.config import Settings
from bot.models import Article
from bot.sources import Document, SourceError, is_url, read_source
from storage import Repository, SaveResult

MIN_ARTICLE_WORDS = 8  # fewer words than this is navigation debris, not a story


class NoArticleError(SourceError):
    """The source was read but holds no article text."""


@dataclass(frozen=True)
class Ingested:
    """One source stored: the cleaned article and what the repository did with it."""

    source: str
    article: Article
    saved: SaveResult


def build_article(doc: Document) -> Article:
    """Clean a document into an article; refuse one with no article text."""
    if doc.is_html:
        article = article_from_html(doc.body, doc.url)
    else:
        article = article_from_text(doc.body, doc.url)
    if len(article.text.split()) < MIN_ARTICLE_WORDS:
        raise NoArticleError("no article text found on the page")
    return article


async def load_article(source: str, settings: Settings, url: str | None = None) -> Article:
    """Read and clean one source, storing nothing (the `extract` command)."""
    return build_article(await read_source(source, settings, url))


async def ingest(
    repo: Repository,
    source: str,
    settings: Settings,
    *,
    chat_id: int = 0,
    url: str | None = None,
    message_id: int | None = None,
    user_id: int | None = None,
) -> Ingested:
    """Fetch or read, clean and store one source for a chat.

    A link is recorded in the ingest queue before any work, so an accepted link is never lost;
    the article, its statements and the share are written in one transaction.
    """
    item_id = await repo.enqueue(chat_id, source, message_id, user_id) if is_url(source) else None
    if item_id is not None:
        await repo.start_item(item_id)
    try:
        article = await load_article(source, settings, url)
        saved = await repo.save_article(
            article, chat_id=chat_id, message_id=message_id, user_id=user_id
        )
    except SourceError as exc:
        if item_id is not None:
            await repo.fail_item(item_id, str(exc))
        raise
    if item_id is not None:
        await repo.finish_item(item_id, saved.article_id)
    return Ingested(source, article, saved)
