"""The ingest pipeline: source -> document -> article -> store, one article per transaction."""

from __future__ import annotations

import asyncio
import os
import re
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.clean.article import article_from_html, article_from_text
from bot.clean.canonical import clean_url
from bot.config import Settings
from bot.errors import NoArticleError, SourceError
from bot.fetch.sources import Document, is_url, read_source
from bot.models import Article, Statement
from bot.statements.extractor import extract_statements
from bot.statements.linking import ANSWER_KINDS, best_links, content_words
from bot.text.sentences import split_paragraph_sentences
from storage import Repository, SaveResult, StoredStatement
from storage.records import QueueItem

LINK_CANDIDATES = 30  # statements fetched by full-text search per statement to link

MIN_ARTICLE_WORDS = 8  # fewer words than this on a web page is navigation debris, not a story
MIN_SENTENCE_WORDS = 4  # plain text (a post, a .txt file): one sentence this long is a story
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
MAX_ANALYZED_CHARS = 120_000  # about 20,000 words: statements are read from this much text
MAX_ATTEMPTS = 3  # a link whose reading was cut short by a crash this often is given up


@dataclass(frozen=True)
class Ingested:
    """One source stored: the cleaned article and what the repository did with it."""

    source: str
    article: Article
    statements: list[Statement]
    saved: SaveResult
    new_links: int


def is_story_text(text: str) -> bool:
    """Plain text is a story when it holds one whole sentence or more: "The third breast
    story is a hoax." is one, "good morning" is not."""
    words = len(text.split())
    return words >= MIN_ARTICLE_WORDS or (
        words >= MIN_SENTENCE_WORDS and bool(_SENTENCE_END.search(text))
    )


PASTED_STORY_SENTENCES = 3  # sentences from which text pasted in a private chat is a story


def is_pasted_story(text: str) -> bool:
    """Text pasted into a private chat (not forwarded) reads as a story to keep rather than a
    question when it runs over paragraphs and sentences: three sentences or more on two lines
    or more, not ending in a question mark ("did she deny it?" stays a question)."""
    stripped = text.strip()
    paragraphs = [line for line in stripped.splitlines() if line.strip()]
    sentences = len(split_paragraph_sentences(stripped))
    return (
        len(paragraphs) >= 2
        and sentences >= PASTED_STORY_SENTENCES
        and not stripped.endswith("?")
        and is_story_text(stripped)
    )


def build_article(doc: Document) -> Article:
    """Clean a document into an article; refuse one with no article text."""
    if doc.is_html:
        article = article_from_html(doc.body, doc.url)
        if len(article.text.split()) < MIN_ARTICLE_WORDS:
            raise NoArticleError("no article text found on the page")
        return article
    article = article_from_text(doc.body, doc.url)
    if not is_story_text(article.text):
        raise NoArticleError("no story in the text: not even one whole sentence")
    return article


async def load_article(source: str, settings: Settings, url: str | None = None) -> Article:
    """Read and clean one source, storing nothing (the `extract` command). The cleaning runs
    in a worker thread so that a heavy page never stalls the bot's event loop."""
    document = await read_source(source, settings, url)
    return await asyncio.to_thread(build_article, document)


def statements_of(article: Article) -> list[Statement]:
    """The article's statements, read from its first MAX_ANALYZED_CHARS (cut between
    paragraphs): a live blog of megabytes is not a story, and the rules are not linear."""
    text = article.text
    if len(text) > MAX_ANALYZED_CHARS:
        cut = text.rfind("\n", 0, MAX_ANALYZED_CHARS)
        text = text[: cut if cut > 0 else MAX_ANALYZED_CHARS]
    return extract_statements(text, outlet=outlet_of(article))


UNNAMED_OUTLET = "the article"  # who speaks in a story's own voice when it names no site


def outlet_of(article: Article) -> str:
    """Who speaks in the article's own voice: its site, else its host, else "the article"."""
    if article.site:
        return article.site
    host = urlsplit(article.url).hostname if article.url else None
    return host.removeprefix("www.") if host else UNNAMED_OUTLET


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
    """Fetch or read, clean and store one source for a chat (the command line's way: the
    caller prints the result, so the job counts as delivered when it returns or fails).

    A link is recorded in the ingest queue before any work, so an accepted link is never lost;
    the article, its statements and the share are written in one transaction.
    """
    if is_url(source):
        known = await reuse_known(repo, source, chat_id, message_id, user_id)
        if known is not None:
            return known
        item_id, _ = await repo.accept(
            chat_id, source, message_id, user_id, reply="none", owner=_owner(), lease_seconds=600
        )  # leased: a bot worker sweeping the queue leaves it to this process
        try:
            return await work_item(repo, item_id, settings)
        finally:
            await repo.deliver_item(item_id)
    return await _store(repo, source, settings, chat_id, url, message_id, user_id)


def _owner() -> str:
    """This process on a queue lease, named as a worker is (host:pid:…), so a bot restarting
    on this host takes the link over at once should this process die."""
    return f"{socket.gethostname()}:{os.getpid()}:cli"


async def reuse_known(
    repo: Repository, link: str, chat_id: int, message_id: int | None, user_id: int | None
) -> Ingested | None:
    """A link whose story is already stored (from any chat) is shared without a new fetch."""
    stored = await repo.article_for_link(link, clean_url(link))
    if stored is None:
        return None
    share, already = await repo.add_share(chat_id, stored.id, message_id, user_id)
    statements = [s.statement for s in await repo.statements_for(stored.id)]
    saved = SaveResult(stored.id, False, share, already)
    new_links = await link_article(repo, chat_id, stored.id)
    return Ingested(link, stored.as_article(), statements, saved, new_links)


async def work_item(repo: Repository, item_id: int, settings: Settings) -> Ingested:
    """What a queued link came to: read and stored now, or earlier (a job resumed after a
    restart between storing and delivering), or the failure recorded for it."""
    item = await repo.queue_item(item_id)
    if item is None:
        raise SourceError(f"no queued link {item_id}")
    if item.state == "failed":
        raise SourceError(item.last_error or "could not be read")
    if item.state == "done" and item.article_id is not None:
        stored = await _stored_item(repo, item)
        if stored is not None:
            return stored
    if item.attempts >= MAX_ATTEMPTS:  # each attempt ended in a crash: do not try forever
        reason = f"reading it stopped the bot {item.attempts} times"
        await repo.fail_item(item_id, reason)
        raise SourceError(reason)
    return await process_item(repo, item_id, settings)


async def _stored_item(repo: Repository, item: QueueItem) -> Ingested | None:
    """The stored story of a job that was read before a restart but not yet delivered."""
    assert item.article_id is not None
    stored = await repo.article(item.article_id)
    share = await repo.share(item.chat_id, item.article_id)
    if stored is None or share is None:  # forgotten meanwhile: read it again
        return None
    statements = [s.statement for s in await repo.statements_for(stored.id)]
    already = share.message_id is not None and share.message_id != item.message_id
    saved = SaveResult(stored.id, False, share, already)
    return Ingested(item.source, stored.as_article(), statements, saved, 0)


async def process_item(repo: Repository, item_id: int, settings: Settings) -> Ingested:
    """Read one queued link: stored with its article, or failed with the one-line reason.
    Delivering its card is the caller's part; only that finishes the job."""
    item = await repo.queue_item(item_id)
    if item is None:
        raise SourceError(f"no queued link {item_id}")
    await repo.start_item(item_id)
    try:
        done = await reuse_known(repo, item.source, item.chat_id, item.message_id, item.user_id)
        if done is None:
            done = await _store(
                repo, item.source, settings, item.chat_id, None, item.message_id, item.user_id
            )
    except SourceError as exc:
        await repo.fail_item(item_id, str(exc))
        raise
    await repo.finish_item(item_id, done.saved.article_id)
    return done


async def ingest_text(
    repo: Repository,
    text: str,
    *,
    chat_id: int,
    url: str | None = None,
    site: str | None = None,
    message_id: int | None = None,
    user_id: int | None = None,
) -> Ingested:
    """Store a story pasted or forwarded as text, through the same cleaning as a file."""
    article = article_from_text(text, url, site)
    if not is_story_text(article.text):
        raise NoArticleError("too little text to be a story")
    return await _store_article(repo, "text", article, chat_id, message_id, user_id)


async def _store(
    repo: Repository,
    source: str,
    settings: Settings,
    chat_id: int,
    url: str | None,
    message_id: int | None,
    user_id: int | None,
) -> Ingested:
    article = await load_article(source, settings, url)
    return await _store_article(repo, source, article, chat_id, message_id, user_id)


async def _store_article(
    repo: Repository,
    source: str,
    article: Article,
    chat_id: int,
    message_id: int | None,
    user_id: int | None,
) -> Ingested:
    statements = await asyncio.to_thread(statements_of, article)
    saved = await repo.save_article(
        article, statements, chat_id=chat_id, message_id=message_id, user_id=user_id
    )
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
