"""The digest of what a chat shared: disputed claims first, then the other stories, grouped.

`compose_digest` is pure: it takes plain values (`DigestInput`) and returns Telegram-HTML
messages, split between entries to stay within Telegram's 4,096 characters. Articles about the
same story from several outlets become one entry: they are clustered by title/lead similarity
(rapidfuzz) and by claim-denial links between them. `bot.digest.load` gathers the values from
the repository for the bot and the command line.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bot.models import Statement
from bot.models import StoredStatement as DigestStatement  # a statement, its id and article
from bot.render.cards import MAX_MESSAGE, fit, headline, plural, voices_first
from bot.render.html import esc, who
from bot.text import lexicon
from bot.text.sentences import split_sentences

SAME_TITLE = 72.0  # token_set_ratio of two titles' content words from which it is one story
SAME_LEAD = 62.0  # token_sort_ratio of title + lead content words, a second look
MIN_SHARED_WORDS = 3  # content words two titles (or leads) must share before similarity counts
SAME_NAMES = 6  # names (capitalised words) title + summary must share to be one story …
SAME_NAMES_SHARE = 0.3  # … being at least this share of the smaller article's names
LINK_SURE = 80.0  # a claim-denial link this strong makes two articles one story by itself
LINK_NAMES = 5  # a weaker link counts only between articles sharing this many names
LEAD_CHARS = 300  # how much of the summary counts as the lead
ONE_LINE = 200  # the one line shown per story, in characters
TITLE_CHARS = 110  # a title made from the first sentence is cut here
SHORT_QUOTE = 160  # a verbatim quote in the digest is cut (with "…") at about this length
CLAIMS_PER_STORY = 2  # disputed claims shown per story
ANSWERS_PER_CLAIM = 2  # denials / confirmations shown per claim
UNPAIRED_PER_STORY = 2  # denials answering no stored claim, shown when a story has no pairs
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NAME = re.compile(r"\b[A-Z][\w'’.-]*\w")
_CALENDAR = lexicon.words("weekdays.txt") | lexicon.words("months.txt")


# --------------------------------------------------------------------------- input values


@dataclass(frozen=True)
class DigestArticle:
    """An article as the digest needs it; `new` is False for one shared before the window
    (shown only as the source of a claim a new story denies)."""

    id: int
    url: str | None
    title: str | None
    site: str | None
    summary: str
    new: bool = True


@dataclass(frozen=True)
class DigestLink:
    """A denial or confirmation (`answer_id`) linked to a claim in another article."""

    answer_id: int
    claim_id: int
    score: float = 100.0


@dataclass(frozen=True)
class DigestInput:
    """Everything one digest is made of: the articles, their statements plus any claim or
    answer their links lead to, and the links between articles."""

    articles: tuple[DigestArticle, ...]
    statements: tuple[DigestStatement, ...] = ()
    links: tuple[DigestLink, ...] = ()
    changed: tuple[tuple[int, str], ...] = ()  # claim id, "newly denied" (bot.timeline.changes)


@dataclass(frozen=True)
class Digest:
    """A composed digest: counts and the messages to send (empty when nothing is new)."""

    stories: int
    disputed: int
    messages: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- clustering


def content_words(text: str) -> list[str]:
    stop = lexicon.words("stopwords.txt")
    return [w for w in _WORD.findall(text.casefold()) if len(w) > 1 and w not in stop]


def display_title(article: DigestArticle) -> str:
    """The title, or for an untitled text story its first sentence (cut)."""
    return article.title or _cut(headline(article), TITLE_CHARS)


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in split_sentences(text) if s.text.strip()]


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _lead(article: DigestArticle) -> str:
    return f"{display_title(article)} {article.summary[:LEAD_CHARS]}"


def names(article: DigestArticle) -> frozenset[str]:
    """Capitalised words of the title and summary (people, places, organisations), folded;
    function words, weekdays and months left out."""
    stop = lexicon.words("stopwords.txt")
    found = _NAME.findall(f"{article.title or ''} {article.summary}")
    return frozenset(
        w.casefold() for w in found if w.casefold() not in stop and w.casefold() not in _CALENDAR
    )


def shared_names(a: DigestArticle, b: DigestArticle) -> int:
    return len(names(a) & names(b))


def same_story(a: DigestArticle, b: DigestArticle) -> bool:
    """Whether two articles tell the same story: similar titles, similar leads, or many
    names in common."""
    title_a, title_b = content_words(display_title(a)), content_words(display_title(b))
    shared_title = len(set(title_a) & set(title_b)) >= MIN_SHARED_WORDS
    if shared_title and fuzz.token_set_ratio(" ".join(title_a), " ".join(title_b)) >= SAME_TITLE:
        return True
    lead_a, lead_b = content_words(_lead(a)), content_words(_lead(b))
    if len(set(lead_a) & set(lead_b)) >= MIN_SHARED_WORDS and (
        fuzz.token_sort_ratio(" ".join(lead_a), " ".join(lead_b)) >= SAME_LEAD
    ):
        return True
    names_a, names_b = names(a), names(b)
    common = len(names_a & names_b)
    smaller = min(len(names_a), len(names_b)) or 1
    return common >= SAME_NAMES and common / smaller >= SAME_NAMES_SHARE


def trusted_links(data: DigestInput) -> list[DigestLink]:
    """The links the digest believes: strong ones, and weaker ones between articles that
    share enough names to plausibly be about the same thing."""
    by_id = {s.id: s for s in data.statements}
    articles = {a.id: a for a in data.articles}
    kept = []
    for link in data.links:
        answer, claim = by_id.get(link.answer_id), by_id.get(link.claim_id)
        if answer is None or claim is None:
            continue
        a, b = articles.get(answer.article_id), articles.get(claim.article_id)
        if a is None or b is None:
            continue
        if link.score >= LINK_SURE or shared_names(a, b) >= LINK_NAMES:
            kept.append(link)
    return kept


def cluster(
    articles: Sequence[DigestArticle], linked: Sequence[tuple[int, int]] = ()
) -> list[list[DigestArticle]]:
    """Articles grouped by story, in order of each story's first article. `linked` pairs of
    article ids (a denial in one answering a claim in the other) are always one story."""
    parent = {a.id: a.id for a in articles}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(x: int, y: int) -> None:
        if x in parent and y in parent:
            parent[root(y)] = root(x)

    for x, y in linked:
        join(x, y)
    for i, a in enumerate(articles):
        for b in articles[i + 1 :]:
            if root(a.id) != root(b.id) and same_story(a, b):
                join(a.id, b.id)
    groups: dict[int, list[DigestArticle]] = defaultdict(list)
    for a in articles:
        groups[root(a.id)].append(a)
    return list(groups.values())


# --------------------------------------------------------------------------- disputes


@dataclass
class _Dispute:
    """A claim (None: a denial that answers no stored claim) and its answers."""

    claim: DigestStatement | None
    answers: list[DigestStatement]


def _disputes(data: DigestInput, links: Sequence[DigestLink]) -> list[_Dispute]:
    """Claims answered by denials or confirmations (in the same article or across articles),
    where the claim or an answer is new; then new denials answering no stored claim."""
    by_id = {s.id: s for s in data.statements}
    by_position = {(s.article_id, s.statement.position): s for s in data.statements}
    new = {a.id for a in data.articles if a.new}
    answers: dict[int, list[DigestStatement]] = defaultdict(list)
    answered: set[int] = set()
    for s in data.statements:
        st = s.statement
        if st.kind in ("denial", "confirmation") and st.target is not None:
            claim = by_position.get((s.article_id, st.target))
            if claim is not None and claim.id != s.id:
                answers[claim.id].append(s)
                answered.add(s.id)
    for link in links:
        if link.answer_id in by_id and link.claim_id in by_id:
            answers[link.claim_id].append(by_id[link.answer_id])
            answered.add(link.answer_id)
    found = []
    for claim_id, replies in answers.items():
        claim = by_id[claim_id]
        if claim.article_id in new or any(r.article_id in new for r in replies):
            ordered = sorted(replies, key=_answer_order)
            voiced = [ordered[i] for i in voices_first([r.statement for r in ordered])]
            found.append(_Dispute(claim, _distinct(voiced)))
    for s in data.statements:
        if s.statement.kind == "denial" and s.id not in answered and s.article_id in new:
            found.append(_Dispute(None, [s]))
    return found


def _distinct(answers: list[DigestStatement]) -> list[DigestStatement]:
    """Answers without repeats: one per statement, one per sentence, and one per voice (a
    speaker's headline, lead and quote are one answer to a digest's reader)."""
    seen: set[object] = set()
    kept = []
    for answer in answers:
        st = answer.statement
        voice = ("voice", answer.article_id, st.speaker_norm or st.speaker, st.kind)
        keys = {answer.id, st.sentence, voice}
        if not keys & seen:
            kept.append(answer)
        seen |= keys
    return kept


def _answer_order(s: DigestStatement) -> tuple[int, int, int]:
    return (0 if s.statement.kind == "denial" else 1, s.article_id, s.statement.position)


def _is_denied(dispute: _Dispute) -> bool:
    return any(a.statement.kind == "denial" for a in dispute.answers)


# --------------------------------------------------------------------------- wording


def short_quote(statement: Statement, limit: int = SHORT_QUOTE, answers: str = "") -> str:
    """A short verbatim quote: the speaker's direct words (four words or more, and not just
    repeating the claim it `answers`), else the sentence, cut at a word boundary with "…"."""
    text = statement.sentence
    words = statement.quote or ""
    own = len(words.split()) >= 4 and words.casefold() not in answers.casefold()
    if own and len(words) <= limit:
        text = words
    if len(text) > limit:
        text = _cut(text, limit)
    return f"“{esc(text)}”"


def _linked_title(article: DigestArticle) -> str:
    title = esc(display_title(article))
    if article.url and article.url.startswith(("http://", "https://")):
        return f'<b><a href="{html.escape(article.url)}">{title}</a></b>'
    return f"<b>{title}</b>"


def _outlet(article: DigestArticle) -> str:
    """The site, linked to the article when it has a URL (for sources other than the title)."""
    name = esc(article.site or f"“{_cut(display_title(article), 40)}”")
    if article.url and article.url.startswith(("http://", "https://")):
        return f'<a href="{html.escape(article.url)}">{name}</a>'
    return name


def _head_line(story: Sequence[DigestArticle]) -> str:
    first = story[0]
    line = _linked_title(first)
    if first.site:
        line += f" — {esc(first.site)}"
    others = [a for a in story[1:]]
    if others:
        line += " · also " + ", ".join(_outlet(a) for a in others)
    return line


def one_line(story: Sequence[DigestArticle]) -> str:
    """One line about the story: the first sentence of the summary not used as its title."""
    first = story[0]
    sentences = _sentences(first.summary)
    if not first.title and sentences:
        sentences = sentences[1:]
    return esc(_cut(sentences[0], ONE_LINE)) if sentences else ""


def _dispute_lines(
    dispute: _Dispute, articles: dict[int, DigestArticle], story: set[int], label: str = ""
) -> str:
    lines = []
    several = len(story) > 1
    claimed = dispute.claim.statement.sentence if dispute.claim else ""
    if dispute.claim is not None:
        claim = dispute.claim
        where = articles.get(claim.article_id)
        source = f" in {_outlet(where)}" if where and (several or where.id not in story) else ""
        mark = f" <b>({esc(label)})</b>" if label else ""
        lines.append(
            f"  Claim{mark} — <b>{esc(who(claim.statement))}</b>{source}: "
            + short_quote(claim.statement)
        )
    for answer in dispute.answers[:ANSWERS_PER_CLAIM]:
        st = answer.statement
        mark = "✗ Denied by" if st.kind == "denial" else "✓ Confirmed by"
        where = articles.get(answer.article_id)
        source = f" in {_outlet(where)}" if where and (several or where.id not in story) else ""
        quote = short_quote(st, answers=claimed)
        lines.append(f"  {mark} <b>{esc(who(st))}</b>{source}: {quote}")
    more = len(dispute.answers) - ANSWERS_PER_CLAIM
    if more > 0:
        lines.append(f"  <i>and {more} more</i>")
    return "\n".join(lines)


def _story_of(dispute: _Dispute, article_story: dict[int, int], new: set[int]) -> int | None:
    """Which story (index) a dispute belongs to: its claim's, else its first new answer's."""
    if dispute.claim is not None and dispute.claim.article_id in article_story:
        return article_story[dispute.claim.article_id]
    for answer in dispute.answers:
        if answer.article_id in new:
            return article_story.get(answer.article_id)
    return None


def compose_digest(data: DigestInput, period: str = "", limit: int = MAX_MESSAGE) -> Digest:
    """The digest messages for `data`: a headline count, **Disputed** (claims and who denied
    them), **Confirmed**, then the other stories, one entry per story. No new article → no
    messages. `period` (e.g. "since Mon 26 Jan 09:00") is added to the headline."""
    new_articles = [a for a in data.articles if a.new]
    if not new_articles:
        return Digest(0, 0, [])
    articles = {a.id: a for a in data.articles}
    by_id = {s.id: s for s in data.statements}
    links = trusted_links(data)
    linked = [(by_id[k.answer_id].article_id, by_id[k.claim_id].article_id) for k in links]
    stories = cluster(new_articles, linked)
    article_story = {a.id: i for i, story in enumerate(stories) for a in story}
    new = set(article_story)
    per_story: dict[int, list[_Dispute]] = defaultdict(list)
    for dispute in _disputes(data, links):
        index = _story_of(dispute, article_story, new)
        if index is not None:
            per_story[index].append(dispute)
    disputed = [i for i in range(len(stories)) if any(map(_is_denied, per_story[i]))]
    confirmed = [i for i in range(len(stories)) if i not in disputed and per_story[i]]
    others = [i for i in range(len(stories)) if i not in disputed and i not in confirmed]

    def entry(index: int, with_disputes: bool) -> str:
        story = stories[index]
        lines = [f"• {_head_line(story)}"]
        if with_disputes:
            ids = {a.id for a in story}
            shown = _pick_disputes(per_story[index])
            changed = dict(data.changed)
            lines.extend(
                _dispute_lines(d, articles, ids, changed.get(d.claim.id, "") if d.claim else "")
                for d in shown
            )
        else:
            line = one_line(story)
            if line:
                lines.append(f"  {line}")
        return "\n".join(lines)

    sections = [
        ("<b>Disputed</b>", [entry(i, True) for i in disputed]),
        ("<b>Confirmed</b>", [entry(i, True) for i in confirmed]),
        ("<b>Other stories</b>" if disputed or confirmed else "<b>Stories</b>", []),
    ]
    sections[2][1].extend(entry(i, False) for i in others)
    count = f"{plural(len(stories), 'story', 'stories')}, {len(disputed)} disputed"
    head = f"<b>Digest</b>{' ' + esc(period) if period else ''}: {count}"
    return Digest(len(stories), len(disputed), split_digest(head, sections, limit))


def _pick_disputes(disputes: list[_Dispute]) -> list[_Dispute]:
    """Paired claims first (denied before confirmed), then a few unpaired denials."""
    paired = sorted((d for d in disputes if d.claim is not None), key=_dispute_order)
    if paired:
        return paired[:CLAIMS_PER_STORY]
    return [d for d in disputes if d.claim is None][:UNPAIRED_PER_STORY]


def _dispute_order(dispute: _Dispute) -> tuple[bool, int, int]:
    claim = dispute.claim
    where = (claim.article_id, claim.statement.position) if claim else (0, 0)
    return (not _is_denied(dispute), *where)


def split_digest(
    head: str, sections: Sequence[tuple[str, Sequence[str]]], limit: int = MAX_MESSAGE
) -> list[str]:
    """Join entries under section titles into messages of at most `limit` characters,
    splitting only between entries; a section continued in the next message repeats its
    title with "(cont.)". An entry too long for any message is cut at a line boundary."""
    messages: list[str] = []
    current = head
    for title, entries in sections:
        room = limit - len(head) - len(title) - len(" (cont.)") - 3  # any entry fits alone
        for number, raw in enumerate(entries):
            label = title if number == 0 else f"{title} (cont.)"
            entry = fit(raw, room)
            piece = f"\n{title}\n{entry}" if number == 0 else f"\n{entry}"
            if len(current) + len(piece) > limit:
                messages.append(current)
                current = f"{label}\n{entry}"
            else:
                current += piece
    messages.append(current)
    return messages


def nothing_new(since: str | None) -> str:
    """The one line for /digest when nothing was shared in the window ("since Tue 27 Jan")."""
    return f"Nothing new shared here {since}." if since else "Nothing new shared here."
