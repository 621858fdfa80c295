"""The ingest pipeline: source -> document -> article -> store, one article per transaction."""

from __future__ import annotations

from dataclasses import dataclass

from bot.article import article_from_html, article_from_text
from bot.config import Settings
from bot.linking import ANSWER_KINDS, best_links, content_words
from bot.models import Article, Statement
from bot.sources import Document, SourceError, is_url, read_source
from bot.statements import extract_statements
from storage import Repository, SaveResult, StoredStatement

LINK_CANDIDATES = 30  # statements fetched by full-text search per statement to link

MIN_ARTICLE_WORDS = 8  # fewer words than this is navigation debris, not a story


class NoArticleError(SourceError):
    """The source was read but holds no article text."""


@dataclass(frozen=True)
class Ingested:
    """One source stored: the cleaned article and what the repository did with it."""

    source: str
    article: Article
    statements: list[Statement]
    saved: SaveResult
    new_links: int


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
        statements = extract_statements(article.text)
        saved = await repo.save_article(
            article, statements, chat_id=chat_id, message_id=message_id, user_id=user_id
        )
    except SourceError as exc:
        if item_id is not None:
            await repo.fail_item(item_id, str(exc))
        raise
    if item_id is not None:
        await repo.finish_item(item_id, saved.article_id)
    new_links = await link_article(repo, chat_id, saved.article_id)
    return Ingested(source, article, statements, saved, new_links)


def _answered(stored: StoredStatement, article: list[StoredStatement]) -> Statement | None:
    """The claim a denial or confirmation targets inside its own article, if any."""
    target = stored.statement.target
    return next((s.statement for s in article if s.statement.position == target), None)


async def link_article(repo: Repository, chat_id: int, article_id: int) -> int:
    """Link this article's denials and claims to their counterparts in the chat's other
    articles (both directions); returns how many links are new. Links never cross chats."""
    own = await repo.statements_for(article_id)
    others: dict[int, list[StoredStatement]] = {}
    links: list[tuple[int, int, float]] = []
    for stored in own:
        st = stored.statement
        if st.kind in ANSWER_KINDS:
            answered = _answered(stored, own)
            words = content_words(
                " ".join(filter(None, [st.sentence, answered and answered.sentence]))
            )
            claims = await repo.search_statements(
                chat_id, words, LINK_CANDIDATES, kinds=("claim",), exclude_article=article_id
            )
            links += best_links([(stored.id, st, answered)], [(c.id, c.statement) for c in claims])
        elif st.kind == "claim":
            words = content_words(st.proposition or st.sentence)
            answers = await repo.search_statements(
                chat_id, words, LINK_CANDIDATES, kinds=ANSWER_KINDS, exclude_article=article_id
            )
            for answer in answers:
                if answer.article_id not in others:
                    others[answer.article_id] = await repo.statements_for(answer.article_id)
                answered = _answered(answer, others[answer.article_id])
                links += best_links([(answer.id, answer.statement, answered)], [(stored.id, st)])
    return await repo.add_links(chat_id, links)
