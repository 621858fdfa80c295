"""Answering a question from one chat's stored statements: parse, retrieve with FTS5, decide.

The only I/O is the repository; `parse_question` and `decide` are pure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from bot.answer.actors import (
    actor_score,
    appositive_aliases,
    bridged_aliases,
    full_name_aliases,
    role_aliases,
    synonym_words,
    the_one_org_meant,
    umbrella_words,
    words,
    written_out_roles,
)
from bot.answer.decide import Answer, decide
from bot.answer.mentions import Mention, may_name, mentions, mentions_reply
from bot.answer.narration import narrated, narrated_reply
from bot.answer.question import Question, parse_question
from bot.answer.ranking import (
    ACTOR_MIN,
    STORY_MIN,
    Candidate,
    headline_match,
    names_match,
    none_said,
    story_match,
    text_match,
    uncovered,
    unsaid,
)
from bot.models import Statement
from bot.render.html import esc
from bot.text.language import foreign_note
from bot.text.words import compound_parts, content_words, same_act
from storage import Repository, StoredArticle, StoredStatement

SEARCH_LIMIT = 80  # statements fetched by full-text search per question
TOP_ARTICLES = 4  # articles whose statements are all offered to `decide`
HEADLINE_LIMIT = 200  # recent articles whose headlines are read when no statement matches
HEADLINE_MIN = 75.0  # headline_match from which that article is the story asked about
RECENT_CONTEXTS = 10  # the chat's latest stories "this" may mean, when its actor speaks there
RECENT_OLDER = 50  # … and those looked through for the actor before "this" is the latest
# text_match from which the article replied to is the story asked about, whatever words its
# statements use (FNC tune half: 30–75 all gain; 50 chosen; 75 loses a third of the gain)
REPLIED_TEXT_MIN = 50.0
RECENT_NAMES = 20  # the chat's latest stories searched for a name asked of by its initials
RECENT_TEXTS = 3  # the chat's latest stories whose whole text is read when nothing else matches
ALIAS_CACHE = 1024  # articles whose speakers' role aliases are remembered


@dataclass
class _Gather:
    """Candidates collected for one question, with the articles they come from."""

    repo: Repository
    chat_id: int
    context_id: int | None
    articles: dict[int, StoredArticle]
    statements: dict[int, list[StoredStatement]]
    candidates: dict[int, Candidate]

    async def article(self, article_id: int) -> StoredArticle | None:
        if article_id not in self.articles:
            found = await self.repo.article(article_id)
            if found is None:
                return None
            self.articles[article_id] = found
        return self.articles[article_id]

    async def statements_of(self, article_id: int) -> list[StoredStatement]:
        """The article's statements, speakers given the role nouns the article calls them by."""
        if article_id not in self.statements:
            stored = await self.repo.statements_for(article_id)
            article = await self.article(article_id)
            self.statements[article_id] = _with_role_aliases(article, stored)
        return self.statements[article_id]

    async def prefetch(self, article_ids: list[int]) -> None:
        """Read these articles and their statements in two queries, for `statements_of`."""
        missing = [aid for aid in article_ids if aid not in self.statements]
        if not missing:
            return
        self.articles.update(await self.repo.articles(missing))
        stored = await self.repo.statements_of_articles(missing)
        for article_id in missing:
            article = self.articles.get(article_id)
            self.statements[article_id] = _with_role_aliases(article, stored[article_id])

    async def add(
        self,
        stored: StoredStatement,
        answers: StoredStatement | None,
        context: bool,
        linked: bool = False,
    ) -> None:
        article = await self.article(stored.article_id)
        if article is None:
            return
        previous = self.candidates.get(stored.id)
        if previous is not None and (previous.answers is not None or answers is None):
            return
        self.candidates[stored.id] = Candidate(
            statement=stored.statement,
            statement_id=stored.id,
            article_id=stored.article_id,
            url=article.url,
            title=article.title,
            site=article.site,
            published=article.published,
            answers=answers.statement if answers else None,
            in_context=context or (previous.in_context if previous else False),
            linked=linked and not (previous is not None and previous.in_context),
        )

    async def add_article(self, article_id: int) -> None:
        """Every statement of an article, each denial with the claim it answers, and the
        statements of other articles linked to it in this chat."""
        own = await self.statements_of(article_id)
        by_position = {s.statement.position: s for s in own}
        by_id = {s.id: s for s in own}
        in_context = article_id == self.context_id
        for stored in own:
            target = stored.statement.target
            answered = by_position.get(target) if target is not None else None
            await self.add(stored, answered, in_context)
        for link in await self.repo.links_for_article(self.chat_id, article_id):
            answer = await self.repo.statement(link.answer_id)
            claim = by_id.get(link.claim_id) or await self.repo.statement(link.claim_id)
            if answer is not None and claim is not None:
                linked_to_context = in_context and link.claim_article == article_id
                await self.add(answer, claim, linked_to_context, linked=linked_to_context)


def _with_role_aliases(
    article: StoredArticle | None, stored: list[StoredStatement]
) -> list[StoredStatement]:
    """Give each speaker the role nouns the article calls them by ("the commissioner said"),
    and a speaker named bare the description of the speaker just before ("The DHS spokeswoman
    disputed it. / … said Marsha Catron")."""
    if article is None:
        return stored
    named = _role_aliased(article.text, tuple(s.statement for s in stored))
    return [replace(s, statement=st) for s, st in zip(stored, named, strict=True)]


@lru_cache(maxsize=ALIAS_CACHE)
def _role_aliased(text: str, statements: tuple[Statement, ...]) -> tuple[Statement, ...]:
    """`_with_role_aliases` of an article's text and statements, remembered: the questions of
    a chat come back to the same stories."""
    speakers = {s.speaker: s.aliases for s in statements if s.speaker}
    found = full_name_aliases(text, speakers)
    named = {speaker: (*aliases, *found.get(speaker, ())) for speaker, aliases in speakers.items()}
    for speaker, roles in role_aliases(text, named.items()).items():
        found.setdefault(speaker, set()).update(roles)
    for speaker, descriptions in appositive_aliases(text, named.items()).items():
        found.setdefault(speaker, set()).update(descriptions)
    bridged = bridged_aliases(text, list(statements))
    by_speaker: dict[str, set[str]] = {}
    for s in statements:
        if s.position in bridged and s.speaker:
            by_speaker.setdefault(s.speaker, set()).update(bridged[s.position])
    out = []
    for s in statements:
        names = found.get(s.speaker or "", set()) | by_speaker.get(s.speaker or "", set())
        extra = sorted(names - set(s.aliases) - {s.speaker})
        out.append(replace(s, aliases=(*s.aliases, *extra)) if extra else s)
    return tuple(out)


def _generic_org_as_named(question: Question, candidates: list[Candidate]) -> Question:
    """ "did the company deny …?" of a story where one organisation speaks: that one."""
    statements = [c.statement for c in candidates]
    named = the_one_org_meant(question.actor or "", statements)
    return replace(question, actor=named) if named else question


async def _context_article(repo: Repository, chat_id: int, question: Question) -> int | None:
    """The story "this" means when the question replies to none: the chat's latest, unless the
    actor asked about speaks only in an earlier one ("did the Kremlin deny the report?" after a
    later story about a bakery), or is named only in an earlier one ("did Everton deny selling
    him?" of a transfer story where Everton says nothing)."""
    recent = await repo.list_articles(chat_id, RECENT_CONTEXTS)
    if not recent:
        return None
    if question.actor is not None:
        for article in recent:
            stored = await repo.statements_for(article.id)
            if any(actor_score(question.actor, s.statement) >= ACTOR_MIN for s in stored):
                return article.id
        named = set(words(question.actor))
        for article in recent:  # the actor does not speak, but the story names them
            if named and named <= set(words(article.text)):
                return article.id
        older = await _where_speaks(repo, chat_id, question.actor)
        if older is not None:  # "did the Herald withdraw the article?" of the twelfth story
            return older
    return recent[0].id


async def _where_speaks(repo: Repository, chat_id: int, actor: str) -> int | None:
    """The latest of the chat's stories older than the RECENT_CONTEXTS latest (up to
    RECENT_OLDER back) in which the actor speaks."""
    older = await repo.list_articles(chat_id, RECENT_OLDER)
    for article in older[RECENT_CONTEXTS:]:
        stored = await repo.statements_for(article.id)
        if any(actor_score(actor, s.statement) >= ACTOR_MIN for s in stored):
            return article.id
    return None


async def answer_question(
    repo: Repository, chat_id: int, text: str, about: int | None = None
) -> Answer:
    """Answer `text` in a chat; `about` is the article replied to (else "this" means the
    chat's latest article). Only articles shared in this chat are ever used."""
    question = parse_question(text)
    if about is not None and await repo.share(chat_id, about) is None:
        about = None
    if about is None and question.refers_to_context:
        about = await _context_article(repo, chat_id, question)
    gather = _Gather(repo, chat_id, about, {}, {}, {})
    relevant = await _relevant_articles(repo, chat_id, question, about)
    await gather.prefetch(relevant)
    for article_id in relevant:
        await gather.add_article(article_id)
    candidates = list(gather.candidates.values())
    unread = _foreign(gather, about)
    if unread:  # "did the Kremlin deny it?" of a story in German: it was never read
        return Answer("unknown", f"<b>I don't know.</b> {esc(unread)}", [], case="foreign")
    question = _generic_org_as_named(question, candidates)
    if about is not None and not question.refers_to_context:
        article = gather.articles.get(about)
        if article is not None and text_match(question, article.text) >= REPLIED_TEXT_MIN:
            question = replace(question, refers_to_context=True)  # the story replied to
    story_known = about is not None or story_match(question, candidates) >= STORY_MIN
    if not story_known:  # the story may be stored with few statements: look at its headline
        found = await _headline_articles(repo, chat_id, question)
        found = found or await _text_articles(repo, chat_id, question, gather.articles)
        if found:  # the story whose statements do not say what it is about: ask as of "this"
            question = replace(question, refers_to_context=True)
            gather = _Gather(repo, chat_id, found[0], {}, {}, {})
            await gather.add_article(found[0])
            story_known = True
        elif await _names_held_story(repo, chat_id, question):  # known, not in these words
            story_known = True
        candidates = list(gather.candidates.values())
    asks_the_actor = question.intent == "what_said" or not content_words(question.topic)
    if not story_known and asks_the_actor and question.actor:
        # "what did Quinn say about safety?", "what did the FEC confirm?": the story is the
        # one they speak in
        story_known = any(actor_score(question.actor, c.statement) >= ACTOR_MIN for c in candidates)
    read = {c.article_id for c in candidates}
    texts = [a.text for aid, a in gather.articles.items() if aid in read]
    # only a question that states something ("is Lena Marsh pregnant?"): one asking for a
    # denial of what the story never says is answered "no" (the dev set expects it)
    searched = story_known and question.intent == "search"
    missing = uncovered(question, texts) if searched else ()
    if searched and not missing and question.refers_to_context and question.opener in _ACTS:
        missing = none_said(question, texts)  # "did she quit?"; not "is she lying?"
    if not story_known and question.actor is None:  # "is the dam safe?" of the dam story
        missing = await _unsaid_in_held(repo, chat_id, question)
    answer = decide(question, candidates, story_known, missing)
    told, article = _narrated(question, answer, gather)
    if told and article is not None:  # "when is the trial?": no statement tells it, the report
        text = narrated_reply(told, article.title, article.url)
        return Answer("yes", text, [], case="narrated")
    if answer.case in _NOTHING_FROM and not answer.citations and question.actor:
        found = await _mentions(gather, question.actor)
        if found:  # "what did the UN say?": it says nothing, but a story names it
            return replace(answer, text=mentions_reply(question.actor, found), case="mentioned")
    return answer


def _foreign(gather: _Gather, about: int | None) -> str | None:
    """Why the story asked about says nothing: it is not in English and no statement of it
    was read; None otherwise."""
    article = gather.articles.get(about) if about is not None else None
    if article is None or gather.statements.get(about or 0):
        return None
    return foreign_note(article.language)


def _narrated(
    question: Question, answer: Answer, gather: _Gather
) -> tuple[list[str], StoredArticle | None]:
    """The sentences the story the answer cites first tells the asked fact in, in its own
    voice, when none of its statements does (`narration.narrated`), and that story."""
    if answer.case != "yes" or not answer.citations:
        return [], None
    article_id = answer.citations[0].article_id
    article = gather.articles.get(article_id)
    if article is None:
        return [], None
    said = [s.statement.sentence for s in gather.statements.get(article_id, [])]
    return narrated(question, article.text, said), article


_ACTS = frozenset({"did", "has", "have", "had"})  # openers asking whether a thing was done
_NOTHING_FROM = frozenset({"absent", "unknown", "unread"})  # replies with nothing by the actor


async def _mentions(gather: _Gather, actor: str) -> list[Mention]:
    """The sentences naming the actor in the stories the search found and the chat's latest;
    none when the actor speaks in one of them (the story asked about was not recognised, a
    typo in its words: "quote nothing from them" would be wrong)."""
    articles = dict(gather.articles)
    for article in await gather.repo.list_articles(gather.chat_id, RECENT_TEXTS):
        articles.setdefault(article.id, article)
    found = mentions(actor, [(a.title or "", a.text) for a in articles.values()])
    if not found:
        return []
    for article_id in articles:
        stored = await gather.statements_of(article_id)
        if any(actor_score(actor, s.statement) >= ACTOR_MIN for s in stored):
            return []
    return found


async def _headline_articles(repo: Repository, chat_id: int, question: Question) -> list[int]:
    """The chat's articles whose title and summary match the question's topic."""
    found = [
        (headline_match(question, headline), article_id)
        for article_id, headline in await repo.headlines(chat_id, HEADLINE_LIMIT)
    ]
    return [aid for score, aid in sorted(found, reverse=True) if score >= HEADLINE_MIN][:1]


async def _text_articles(
    repo: Repository, chat_id: int, question: Question, searched: dict[int, StoredArticle]
) -> list[int]:
    """The stories whose whole text matches the topic, among those the search found and the
    chat's latest: a story is known by words its statements do not use ("who denied the
    discrimination claim?", "the airport video" of a story whose denial says "the video")."""
    articles = dict(searched)
    for article in await repo.list_articles(chat_id, RECENT_TEXTS):
        articles.setdefault(article.id, article)
    found = [(text_match(question, a.text), a.id) for a in articles.values()]
    return [aid for score, aid in sorted(found, reverse=True) if score >= HEADLINE_MIN][:1]


async def _unsaid_in_held(repo: Repository, chat_id: int, question: Question) -> tuple[str, ...]:
    """The asked words the chat's recent stories never use, when they use the others: what
    to say the held story says nothing of, rather than that no report covers it."""
    recent = await repo.list_articles(chat_id, RECENT_TEXTS)
    return unsaid(question, [article.text for article in recent])


async def _names_held_story(repo: Repository, chat_id: int, question: Question) -> bool:
    """One of the chat's recent stories names what the topic names ("did anyone deny that 5G
    is safe?" of a story about 5G that never says "safe"): the story is held, so the answer
    is not "none of the reports covers it"."""
    recent = await repo.list_articles(chat_id, RECENT_TEXTS)
    return any(names_match(question, article.text) for article in recent)


async def _relevant_articles(
    repo: Repository, chat_id: int, question: Question, about: int | None
) -> list[int]:
    """The context article first, then the articles whose statements match the question best."""
    keywords = [*question.keywords, *umbrella_words(question.actor)]
    keywords += written_out_roles(question.actor)  # "the CEO" of "chief executive Mark Duval"
    keywords += [part for word in question.keywords for part in compound_parts(word)]
    keywords += [other for word in question.keywords for other in same_act(word)]  # "detained"
    # the articles of the best SEARCH_LIMIT statements: one more, in case `about` is one
    hits = await repo.search_articles(chat_id, keywords, SEARCH_LIMIT, TOP_ARTICLES + 1)
    synonyms = synonym_words(question.actor)
    if not hits and synonyms:  # "the Lib Dems" of "The Liberal Democrats": only when needed
        hits = await repo.search_articles(chat_id, synonyms, SEARCH_LIMIT, TOP_ARTICLES + 1)
    ordered = [about] if about is not None else []
    if not hits and _initials(question.actor):  # "the UN" of "a United Nations official"
        recent = await repo.list_articles(chat_id, RECENT_NAMES)
        hits = [a.id for a in recent if may_name(question.actor or "", a.text)]
    for article_id in hits:
        if article_id not in ordered:
            ordered.append(article_id)
    return ordered[: TOP_ARTICLES + (1 if about is not None else 0)]


def _initials(actor: str | None) -> bool:
    """An actor asked of by initials only ("the UN", "the fbi"), which full-text search cannot
    find in a story that spells the name out."""
    words = (actor or "").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return len(words) == 1 and 2 <= len(words[0].strip(".")) <= 4 and words[0].isalpha()
