"""Finding the claim a timeline is about (by question words, or an article's main dispute) in
one chat, and loading its steps from the repository: only stories shared in that chat count."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from bot.models import StoredStatement
from bot.text import lexicon
from bot.text.words import content_words
from bot.timeline.steps import Source, Timeline, build_timeline, declines
from storage import Repository

SEARCH_LIMIT = 60  # statements fetched by full-text search for a timeline question
MAX_ARTICLES = 12  # stories one timeline gathers, following claim-denial links
WORD_MATCH = 85.0  # rapidfuzz ratio from which a question word matches a claim word (typos)
CLAIM_MIN = 0.5  # share of the question's words a claim must pass to be the one asked about
ANSWERED_BONUS = 0.25  # a claim somebody answered is more likely the story asked about


@cache
def _openings() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"^\W*(?:{row[0]})\s*", re.IGNORECASE)
        for row in lexicon.rows("timeline_phrases.txt")
    )


def timeline_topic(text: str) -> str | None:
    """The claim named by a timeline question ("what happened with the bloomberg report?" →
    "the bloomberg report?"), None when the text is not one (bot/data/timeline_phrases.txt)."""
    for pattern in _openings():
        match = pattern.match(text)
        if match:
            return text[match.end() :].strip()
    return None


@dataclass
class _Chat:
    """Statements, articles and links of one chat, loaded once per timeline."""

    repo: Repository
    chat_id: int
    statements: dict[int, list[StoredStatement]]
    sources: dict[int, Source]

    async def of(self, article_id: int) -> list[StoredStatement]:
        if article_id not in self.statements:
            self.statements[article_id] = await self.repo.statements_for(article_id)
        return self.statements[article_id]

    async def source(self, stored: StoredStatement) -> Source:
        if stored.id not in self.sources:
            article = await self.repo.article(stored.article_id)
            share = await self.repo.share(self.chat_id, stored.article_id)
            self.sources[stored.id] = Source(
                stored.id,
                stored.article_id,
                stored.statement,
                article.url if article else None,
                article.title if article else None,
                article.site if article else None,
                article.published if article else None,
                share.shared_at if share else None,
            )
        return self.sources[stored.id]


async def _answer_edges(chat: _Chat, article_id: int) -> list[tuple[int, int, int, int]]:
    """(answer id, claim id, answer article, claim article) touching an article: its
    in-article targets and the chat's links."""
    own = await chat.of(article_id)
    by_position = {s.statement.position: s.id for s in own}
    edges = [
        (s.id, by_position[s.statement.target], article_id, article_id)
        for s in own
        if s.statement.target is not None and s.statement.target in by_position
    ]
    links = await chat.repo.links_for_article(chat.chat_id, article_id)
    return edges + [(k.answer_id, k.claim_id, k.answer_article, k.claim_article) for k in links]


async def _component(chat: _Chat, claim: StoredStatement) -> tuple[set[int], set[int], set[int]]:
    """The claims saying the same as `claim` (answered by the same denials), their answers,
    and the articles read, following links across at most MAX_ARTICLES stories."""
    claims, answers = {claim.id}, set()
    edges: set[tuple[int, int, int, int]] = set()
    articles: set[int] = set()
    todo = [claim.article_id]
    while todo and len(articles) < MAX_ARTICLES:
        article_id = todo.pop(0)
        if article_id in articles:
            continue
        articles.add(article_id)
        edges.update(await _answer_edges(chat, article_id))
        grown = True
        while grown:
            grown = False
            for answer_id, claim_id, answer_article, claim_article in edges:
                if claim_id in claims and answer_id not in answers:
                    answers.add(answer_id)
                    todo.append(answer_article)
                    grown = True
                elif answer_id in answers and claim_id not in claims:
                    claims.add(claim_id)
                    todo.append(claim_article)
                    grown = True
    return claims, answers, articles


async def load_timeline(repo: Repository, chat_id: int, claim_id: int) -> Timeline | None:
    """The timeline of a stored claim as one chat knows it."""
    claim = await repo.statement(claim_id)
    if claim is None or await repo.share(chat_id, claim.article_id) is None:
        return None
    chat = _Chat(repo, chat_id, {}, {})
    claim_ids, answer_ids, articles = await _component(chat, claim)
    by_id = {s.id: s for aid in articles for s in await chat.of(aid)}
    shared = {aid for aid in articles if await repo.share(chat_id, aid) is not None}

    async def sources(ids: set[int]) -> list[Source]:
        found = [by_id[i] for i in sorted(ids) if i in by_id and by_id[i].article_id in shared]
        return [await chat.source(s) for s in found]

    others = {s.id for s in by_id.values() if declines(s.statement)}
    return build_timeline(
        await chat.source(claim),
        await sources(claim_ids - {claim.id}),
        await sources(answer_ids),
        await sources(others - claim_ids - answer_ids),
    )


async def main_claim(repo: Repository, chat_id: int, article_id: int) -> int | None:
    """An article's main claim: the one answered most (in the story or across the chat's
    stories), else the claim its denials answer, else its first claim."""
    chat = _Chat(repo, chat_id, {}, {})
    own = await chat.of(article_id)
    kinds = {s.id: s.statement.kind for s in own}
    counts: dict[int, int] = {}
    for answer_id, claim_id, _, _ in await _answer_edges(chat, article_id):
        if answer_id in kinds or claim_id in kinds:
            counts[claim_id] = counts.get(claim_id, 0) + 1
    if counts:
        position = {s.id: s.statement.position for s in own}
        return max(counts, key=lambda c: (counts[c], c in position, -position.get(c, 10**6)))
    return next((s.id for s in own if s.statement.kind == "claim"), None)


def _claim_words(stored: StoredStatement) -> set[str]:
    st = stored.statement
    text = " ".join(filter(None, [st.sentence, st.speaker, st.org, *st.aliases]))
    return set(content_words(text))


def _coverage(wanted: list[str], found: set[str]) -> float:
    if not wanted:
        return 0.0
    hits = sum(
        1 for w in wanted if w in found or any(fuzz.ratio(w, f) >= WORD_MATCH for f in found)
    )
    return hits / len(wanted)


async def find_claim(repo: Repository, chat_id: int, topic: str) -> int | None:
    """The chat's claim a topic names: claims found by full-text search (or answered by
    statements found), scored by how many topic words they hold, answered ones first."""
    wanted = content_words(topic)
    if not wanted:
        return None
    hits = await repo.search_statements(chat_id, wanted, SEARCH_LIMIT)
    chat = _Chat(repo, chat_id, {}, {})
    scored: dict[int, float] = {}
    answered: dict[int, set[int]] = {}
    for article_id in dict.fromkeys(h.article_id for h in hits):
        for answer_id, claim_id, _, _ in await _answer_edges(chat, article_id):
            answered.setdefault(claim_id, set()).add(answer_id)
    by_id = {h.id: h for h in hits}
    for claim_id in answered:
        if claim_id not in by_id:
            stored = await repo.statement(claim_id)
            if stored is not None:
                by_id[claim_id] = stored
    for stored in by_id.values():
        if stored.statement.kind != "claim":
            continue
        words = _claim_words(stored)
        for answer_id in answered.get(stored.id, ()):
            answer = by_id.get(answer_id) or await repo.statement(answer_id)
            if answer is not None:
                words |= _claim_words(answer)
        score = _coverage(wanted, words)
        if score > CLAIM_MIN:
            scored[stored.id] = score + (ANSWERED_BONUS if stored.id in answered else 0.0)
    if not scored:
        return None
    return max(scored, key=lambda c: (scored[c], -c))


async def timeline_for(
    repo: Repository, chat_id: int, topic: str = "", about: int | None = None
) -> Timeline | None:
    """The timeline a chat asks for: of the claim `topic` names, else of the main claim of
    the article `about` (a replied-to card), else of the chat's latest story."""
    claim_id = await find_claim(repo, chat_id, topic) if topic.strip() else None
    if claim_id is None and not content_words(topic):
        if about is None or await repo.share(chat_id, about) is None:
            latest = await repo.list_articles(chat_id, 1)
            about = latest[0].id if latest else None
        claim_id = await main_claim(repo, chat_id, about) if about is not None else None
    if claim_id is None:
        return None
    return await load_timeline(repo, chat_id, claim_id)
