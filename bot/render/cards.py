"""Telegram-HTML texts for stories: the story card, all statements, who denied it.

Pure functions over stored values; every quote is the statement's own sentence, verbatim.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Protocol

from bot.models import Statement
from bot.render.html import esc, verbatim, who
from bot.render.quotemarks import in_quotes
from bot.text.language import foreign_note
from bot.text.sentences import quote_units, split_sentences

MAX_MESSAGE = 4096  # Telegram's limit for one message, in characters after entity parsing
KEY_STATEMENTS = 4  # statements shown on a card
MAX_QUOTE = 300  # longer sentences are cut at a word boundary and end with "…"
CARD_SUMMARY = 450  # the card shows the summary's first sentences within this many characters
MAX_TITLE = 300  # a hostile page's endless <title> is cut, so the card still fits one message
MAX_SITE = 80  # likewise the site name
MAX_LINK_URL = 2048  # a longer URL is not made the title's link

_KIND_MARK = {"denial": "✗ Denied", "confirmation": "✓ Confirmed", "claim": "Claim"}


class ArticleLike(Protocol):
    url: str | None
    title: str | None
    site: str | None
    published: str | None
    language: str | None
    summary: str


def plural(n: int, word: str, plural: str) -> str:
    """ "1 story", "3 stories"."""
    return f"{n} {word if n == 1 else plural}"


def short_date(iso: str | None) -> str | None:
    """ "2024-01-26T15:43:00+05:30" → "26 Jan 2024"."""
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).strftime("%-d %b %Y")
    except ValueError:
        return None


def shared_when(iso: str | None, now: datetime | None = None) -> str:
    """When a share happened, as people say it: "today", "yesterday", "on 25 Jan 2024"."""
    if not iso:
        return "earlier"
    try:
        then = datetime.fromisoformat(iso)
    except ValueError:
        return "earlier"
    current = now or datetime.now(then.tzinfo or UTC)
    days = (current.date() - then.astimezone(current.tzinfo).date()).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"on {then.strftime('%-d %b %Y')}"


def brief(summary: str, limit: int = CARD_SUMMARY) -> str:
    """The summary's first sentences within `limit` characters (at least one sentence); a
    quotation of several sentences is kept whole or left out, never cut open."""
    if len(summary) <= limit:
        return summary
    kept: list[str] = []
    for sentence in quote_units(summary):
        if kept and len(" ".join([*kept, sentence.text])) > limit:
            break
        kept.append(sentence.text)
    return " ".join(kept)


def clip(text: str, limit: int) -> str:
    """`text` cut at a word boundary to about `limit` characters, marked with "…"."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def quoted(sentence: str, limit: int = MAX_QUOTE) -> str:
    """A sentence in quotation marks (its own, when it has them), cut at a word boundary when
    long (marked with "…")."""
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + " …"
    return esc(in_quotes(sentence))


def headline(article: ArticleLike) -> str:
    """The title, or for a story pasted without one its first sentence, verbatim."""
    if article.title:
        return article.title
    first = [s.text.strip() for s in split_sentences(article.summary) if s.text.strip()]
    return first[0] if first else "Untitled story"


def title_line(article: ArticleLike) -> str:
    title = esc(clip(headline(article), MAX_TITLE))
    url = article.url
    if url and url.startswith(("http://", "https://")) and len(url) <= MAX_LINK_URL:
        return f'<b><a href="{html.escape(url)}">{title}</a></b>'
    return f"<b>{title}</b>"


def _byline(article: ArticleLike) -> str:
    site = esc(clip(article.site or "", MAX_SITE))
    return " · ".join(x for x in (site, short_date(article.published)) if x)


def distinct(statements: Sequence[Statement]) -> list[Statement]:
    """Statements without repeats: sentences of one multi-sentence quote show once."""
    seen: set[tuple[str | None, str]] = set()
    kept = []
    for statement in statements:
        key = (statement.speaker, verbatim(statement))
        if key not in seen:
            seen.add(key)
            kept.append(statement)
    return kept


def voices_first(statements: Sequence[Statement]) -> list[int]:
    """The indices of `statements` reordered so each speaker's best statement of each kind
    (one in their own quoted words, else the fullest sentence) comes first, then the rest,
    each part in the given order: a headline repeating the lead's denial does not fill a card."""
    best: dict[tuple[str | None, str, int | None], int] = {}
    for i, st in enumerate(statements):
        key = (st.speaker_norm or st.speaker, st.kind, st.target)
        if key not in best or _fuller(st, statements[best[key]]):
            best[key] = i
    chosen = sorted(best.values())
    return chosen + [i for i in range(len(statements)) if i not in best.values()]


def _fuller(new: Statement, old: Statement) -> bool:
    """Whether `new` shows a speaker better than `old`: own quoted words, then length."""
    if bool(new.quote) != bool(old.quote):
        return bool(new.quote)
    return not old.quote and len(new.sentence) > len(old.sentence)


def key_statements(statements: Sequence[Statement]) -> list[Statement]:
    """Denials and confirmations first (with what they answer), then claims, at most a few:
    each speaker's best of a kind (`voices_first`); "All statements" shows the rest."""
    order = {"denial": 0, "confirmation": 1, "claim": 2}
    ranked = sorted(
        (s for s in statements if s.kind in order), key=lambda s: (order[s.kind], s.position)
    )
    voices = len({(s.speaker_norm or s.speaker, s.kind, s.target) for s in ranked})
    kept = distinct([ranked[i] for i in voices_first(ranked)[:voices]])[:KEY_STATEMENTS]
    return sorted(kept, key=lambda s: (order[s.kind], s.position))


def _statement_line(statement: Statement, by_position: dict[int, Statement]) -> str:
    mark = _KIND_MARK.get(statement.kind, "Said")
    line = f"• {mark} — <b>{esc(who(statement))}</b>: {quoted(verbatim(statement))}"
    target = by_position.get(statement.target) if statement.target is not None else None
    if target is not None and statement.kind in ("denial", "confirmation"):
        line += f"\n   answers {esc(who(target))}: {quoted(verbatim(target), 160)}"
    return line


def story_card(article: ArticleLike, statements: Sequence[Statement], notes: Sequence[str]) -> str:
    """The card for a shared story: title, site and date, notes (HTML), summary, statements."""
    parts = [title_line(article)]
    byline = _byline(article)
    if byline:
        parts.append(byline)
    parts.extend(f"<i>{note}</i>" for note in notes)
    summary = brief(article.summary)
    rest = _after_title(summary, headline(article))
    if rest:
        parts.append("\n" + esc(rest))
    elif not summary:
        parts.append("\n<i>No summary: the page had little text.</i>")
    key = key_statements(statements)
    by_position = {s.position: s for s in statements}
    if key:
        parts.append("")
        parts.extend(_statement_line(s, by_position) for s in key)
    elif statements:
        counted = plural(len(statements), "attributed statement", "attributed statements")
        parts.append(f"\n{counted}, none a claim or denial.")
    else:
        parts.append(f"\n{_nothing_found(article)}")
    return fit("\n".join(parts))


def _nothing_found(article: ArticleLike) -> str:
    """ "No attributed statements found.", with the reason when the story is not in English."""
    note = foreign_note(article.language)
    return f"No attributed statements found. {note}" if note else "No attributed statements found."


def _after_title(summary: str, title: str) -> str:
    """The summary without the title it opens with (a pasted post whose first sentence is its
    title, shown once): empty when the title is all it says."""
    rest = summary[len(title) :]
    if not summary.startswith(title) or rest[:1].isalnum():
        return summary  # "Port" is no title of "Portsmouth council said …"
    return rest.lstrip(" .!?:;—–-")


def all_statements(article: ArticleLike, statements: Sequence[Statement]) -> list[str]:
    """Every statement of a story, as messages within Telegram's length limit."""
    if not statements:
        return [f"{title_line(article)}\n{_nothing_found(article)}"]
    by_position = {s.position: s for s in statements}
    lines = [_statement_line(s, by_position) for s in distinct(statements)]
    return split_messages(title_line(article), lines)


def who_denied(article: ArticleLike, statements: Sequence[Statement]) -> str:
    """Who denied (or confirmed) what in this story, or that nobody did."""
    answers = distinct([s for s in statements if s.kind in ("denial", "confirmation")])
    if not answers:
        return f"{title_line(article)}\nNobody in this story denies or confirms a claim."
    by_position = {s.position: s for s in statements}
    return fit(
        "\n".join([title_line(article), *(_statement_line(s, by_position) for s in answers)])
    )


def split_messages(head: str, entries: Sequence[str], limit: int = MAX_MESSAGE) -> list[str]:
    """Join entries under a head line into as few messages as fit, splitting between entries."""
    messages: list[str] = []
    current = head
    room = limit - len(head) - len(" (cont.)") - 1  # an entry fits under either head line
    for entry in entries:
        entry = fit(entry, room)
        if len(current) + 1 + len(entry) > limit:
            messages.append(current)
            current = head + " (cont.)\n" + entry
        else:
            current += "\n" + entry
    messages.append(current)
    return messages


def fit(text: str, limit: int = MAX_MESSAGE) -> str:
    """Cut a message to Telegram's limit at a line boundary (never inside a tag)."""
    if len(text) <= limit:
        return text
    kept = text[: limit - 2].rsplit("\n", 1)[0]
    return kept + "\n…"
