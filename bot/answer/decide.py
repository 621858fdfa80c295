"""Decide yes / no / unknown for a parsed question over candidate statements, and word the reply.

Pure: the caller fetches the candidates (full-text search on the keywords, the context article);
`bot.ranking` scores them.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from bot.answer.question import Question
from bot.answer.ranking import (
    ACTOR_MIN,
    ALL_KINDS,
    TOPIC_MIN,
    WANTED_KINDS,
    Candidate,
    Scored,
    cite,
    score_all,
)
from bot.render.html import esc, verbatim, who

SHOWN_CITATIONS = 3  # of the cited statements, the reply text quotes this many
MAX_QUOTE_CHARS = 400  # longer sentences are replaced by their direct quote when there is one

_VERB = {"denial": "denied it", "confirmation": "confirmed it", "claim": "said so"}
_NOUN = {"denial": "denial", "confirmation": "confirmation", "claim": "such statement"}
_WHO_HEAD = {"denial": "Denied by", "confirmation": "Confirmed by", "claim": "Reported by"}


@dataclass(frozen=True)
class Citation:
    """A statement quoted in an answer."""

    sentence: str
    speaker: str | None
    kind: str
    article_id: int
    url: str | None
    score: float
    site: str | None = None  # the outlet, the article's date and the claim answered, if any
    published: str | None = None
    answers: str | None = None


@dataclass(frozen=True)
class Answer:
    """The verdict ("yes" | "no" | "unknown"), the Telegram-HTML reply and what it cites."""

    answer: str
    text: str
    citations: list[Citation]


# ---- wording ------------------------------------------------------------------------------


def _link(candidate: Candidate) -> str:
    url = candidate.url or ""
    if not url.startswith(("http://", "https://")):
        return ""
    label = candidate.title or candidate.site or "source"
    return f'<a href="{html.escape(url, quote=True)}">{esc(label)}</a>'


def _block(candidate: Candidate) -> str:
    """One cited statement: who, outlet and date, the verbatim sentence, the claim, the link."""
    st = candidate.statement
    source = ", ".join(p for p in (candidate.site, (candidate.published or "")[:10]) if p)
    lines = [f"• <b>{esc(who(st))}</b>" + (f" — {esc(source)}" if source else "")]
    lines.append(f"<i>“{esc(verbatim(st, MAX_QUOTE_CHARS))}”</i>")
    claim = candidate.answers
    if claim is not None and claim.sentence != st.sentence:
        lines.append(f"In answer to: <i>“{esc(verbatim(claim, MAX_QUOTE_CHARS))}”</i>")
    link = _link(candidate)
    if link:
        lines.append(link)
    return "\n".join(lines)


def _citation(item: Scored) -> Citation:
    c = item.candidate
    speaker = c.statement.speaker or c.statement.org
    claim = c.answers.sentence if c.answers is not None else None
    return Citation(
        c.statement.sentence, speaker, c.statement.kind, c.article_id, c.url, item.score,
        c.site, c.published, claim,
    )  # fmt: skip


def _reply(headline: str, cited: list[Scored], answer: str) -> Answer:
    """The reply shows the best few distinct quotes; `citations` keeps every cited sentence."""
    blocks = list(dict.fromkeys(_block(item.candidate) for item in cited))[:SHOWN_CITATIONS]
    text = "\n\n".join([headline, *blocks])
    return Answer(answer, text, [_citation(item) for item in cited])


def _names(cited: list[Scored]) -> str:
    names: list[str] = []
    for item in cited:
        name = who(item.candidate.statement)
        if name not in names:
            names.append(name)
    escaped = [esc(n) for n in names]
    if len(escaped) == 2:
        return " and ".join(escaped)
    return "; ".join(escaped)


def _actor_name(asked: str, cited: list[Scored]) -> str:
    """The name to head an answer with: the speaker's own when every citation is theirs
    ("taylor swift" → "Taylor Swift"), else the words of the question."""
    names = {item.candidate.statement.speaker for item in cited}
    return names.pop() or asked if len(names) == 1 else asked


def _wanted_kind(question: Question) -> str:
    kinds = WANTED_KINDS[question.intent]
    return next(iter(kinds)) if len(kinds) < len(ALL_KINDS) else "statement"


# ---- the decision -------------------------------------------------------------------------


def _yes(question: Question, relevant: list[Scored]) -> Answer:
    cited = cite(relevant)
    kind = _wanted_kind(question)
    names = _names(cited)
    if question.intent.startswith("who_") or (question.actor is None and kind in _WHO_HEAD):
        headline = f"<b>{_WHO_HEAD[kind]}:</b> {names}."
    elif kind in _VERB:
        verb = "took it back" if question.retraction else _VERB[kind]
        headline = f"<b>Yes.</b> {names} {verb}."
    elif question.actor:
        headline = f"<b>What {esc(_actor_name(question.actor, cited))} said:</b>"
    else:
        headline = "<b>Here is what I have:</b>"
    return _reply(headline, cited, "yes")


def _after_denials(scored: list[Scored], own: list[Scored]) -> list[Scored]:
    """The actor's statements made after the last denial in their article: what they said
    once their claim was disputed (standing by it, when they did not take it back)."""
    last: dict[int, int] = {}
    for s in scored:
        if s.candidate.statement.kind == "denial":
            aid = s.candidate.article_id
            last[aid] = max(last.get(aid, -1), s.candidate.statement.position)
    return [
        s
        for s in own
        if s.candidate.article_id in last
        and s.candidate.statement.position > last[s.candidate.article_id]
    ]


def _no(question: Question, scored: list[Scored]) -> Answer:
    """The story is known but nothing answers: say so, and show what the actor did say."""
    on_topic = [s for s in scored if s.topic >= TOPIC_MIN]
    kind = _wanted_kind(question)
    noun = _NOUN.get(kind, "statement")
    if question.actor is None:  # show what was claimed, the thing nobody answered
        headline = f"<b>No.</b> I have reports on this story, but no {noun} in them."
        return _reply(
            headline, cite([s for s in on_topic if s.candidate.statement.kind == "claim"]), "no"
        )
    actor = esc(question.actor)
    own = [s for s in on_topic if s.actor >= ACTOR_MIN]
    after = _after_denials(scored, own) if question.retraction else []
    if after:  # all they said once disputed, whatever its words
        headline = f"<b>No.</b> {actor} did not take it back. What {actor} said after the denial:"
        return _reply(headline, cite(after, by_topic=False), "no")
    if own:
        headline = f"<b>No.</b> I have no {noun} by {actor} on this story. What {actor} did say:"
        return _reply(headline, cite(own), "no")
    others = [s for s in on_topic if s.kind > 0]
    headline = f"<b>No.</b> I have nothing from {actor} in the reports on this story."
    if others and kind in _WHO_HEAD:
        headline += f" {_WHO_HEAD[kind]}: {_names(cite(others))}."
    return _reply(headline, cite(others), "no")


def _unknown(question: Question, candidates: list[Candidate]) -> Answer:
    if question.refers_to_context and not any(c.in_context for c in candidates):
        text = (
            "<b>I don't know.</b> I have not read the article you mean. "
            "Reply to a message with its link, or tell me what the story is about."
        )
    else:
        text = (
            "<b>I don't know.</b> None of the reports I have read covers this story. "
            "Send me a link to an article about it and I will read it."
        )
    return Answer("unknown", text, [])


def decide(question: Question, candidates: list[Candidate], story_known: bool) -> Answer:
    """Yes when a relevant statement clears the thresholds; no when the story is known but
    nothing answers; unknown when the story is not known."""
    scored = score_all(question, candidates)
    relevant = [s for s in scored if s.relevant]
    if relevant:
        return _yes(question, relevant)
    if story_known or any(c.in_context for c in candidates):
        return _no(question, scored)
    return _unknown(question, candidates)
