"""What the repository returns: stored articles and statements with their ids, and the rows of
shares, links, the ingest queue and digests. Plain frozen dataclasses; only bot.models inside."""

from __future__ import annotations

from dataclasses import dataclass, fields

from bot.models import Article, ArticleFields, StoredStatement

__all__ = [
    "DigestDelivery",
    "DigestRow",
    "Link",
    "QueueItem",
    "SaveResult",
    "Share",
    "StoredArticle",
    "StoredStatement",  # defined with the models: the digest composes from it too
]


@dataclass(frozen=True)
class StoredArticle(ArticleFields):
    """An article as stored, with its id and when it was fetched."""

    id: int
    fetched_at: str

    def as_article(self) -> Article:
        """The pipeline's view of this stored article."""
        return Article(**{f.name: getattr(self, f.name) for f in fields(ArticleFields)})


@dataclass(frozen=True)
class Share:
    chat_id: int
    article_id: int
    message_id: int | None
    user_id: int | None
    shared_at: str


@dataclass(frozen=True)
class SaveResult:
    """What `save_article` did: the article's id, whether it was new, and this chat's share."""

    article_id: int
    created: bool
    share: Share
    already_shared: bool


@dataclass(frozen=True)
class Link:
    """A denial or confirmation (`answer`) linked to the claim it answers, in one chat."""

    answer_id: int
    claim_id: int
    score: float
    created_at: str
    answer_article: int
    claim_article: int
    answer_position: int
    claim_position: int


@dataclass(frozen=True)
class QueueItem:
    id: int
    chat_id: int
    source: str
    message_id: int | None
    user_id: int | None
    state: str
    attempts: int
    last_error: str | None
    article_id: int | None
    reply: str = "card"  # 'card' | 'quiet' | 'none': how the chat is answered
    status_message_id: int | None = None  # the "Reading…" message that becomes the card
    delivered_at: str | None = None  # when the card or failure line reached the chat


@dataclass(frozen=True)
class DigestRow:
    """A chat's digest state as stored (times are UTC ISO strings)."""

    chat_id: int
    frequency: str
    weekday: int | None
    hour: int
    minute: int
    zone: str
    last_period: str | None
    last_sent: str | None
    blocked: int
    thread_id: int | None = None  # the forum topic digests go to


@dataclass(frozen=True)
class DigestDelivery:
    """A scheduled digest being delivered: its period, the window it covers, how far it got."""

    chat_id: int
    period: str
    since: str
    until: str
    parts_sent: int
    attempts: int
    retry_at: str | None
    last_error: str | None
