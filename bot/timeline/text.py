"""Wording of a claim's timeline: Telegram HTML for the chat, JSON fields for the CLI, and the
note replied to an earlier story's card when a new story answers its claim. Pure."""

from __future__ import annotations

import html
from typing import Any

from bot.render.cards import fit, quoted, short_date
from bot.render.html import esc
from bot.timeline.steps import REPORTED, Step, Timeline

NO_TIMELINE = (
    "I have no claim like that in the stories shared here. Reply to a story's card with "
    "/timeline, or name the claim, e.g. <i>what happened with the Bloomberg report?</i>"
)
_VERB = {
    "reported": "Reported by",
    "denied": "✗ Denied by",
    "confirmed": "✓ Confirmed by",
    "retracted": "↩ Retracted by",
    "declined to comment": "Declined to comment:",
}


def _source_link(step: Step) -> str:
    src = step.source
    label = esc(src.site or src.title or "source")
    if src.url and src.url.startswith(("http://", "https://")):
        return f'<a href="{html.escape(src.url, quote=True)}">{label}</a>'
    return label


def step_html(step: Step) -> str:
    """ "• 26 Jan 2024 · ✗ Denied by <b>Kremlin</b> — Hindustan Times" and the quote."""
    when = short_date(step.source.published or step.source.shared_at) or "undated"
    head = f"• {esc(when)} · {_VERB[step.kind]} <b>{esc(step.speaker)}</b> — {_source_link(step)}"
    return f"{head}\n<i>{quoted(step.sentence)}</i>"


def timeline_html(timeline: Timeline) -> str:
    """The whole timeline as one message: the claim, its steps oldest first, where it stands."""
    claim = timeline.claim.statement
    parts = [f"<b>Timeline</b> of the claim {quoted(claim.sentence, 160)}", ""]
    parts.extend(step_html(step) for step in timeline.steps)
    parts += ["", f"<b>Now:</b> {esc(timeline.line)}"]
    return fit("\n".join(parts))


def update_html(timeline: Timeline, article_id: int) -> str:
    """The reply to an earlier story's card: what the new story (`article_id`) says about its
    claim, and where the claim stands now."""
    new = [s for s in timeline.steps if s.source.article_id == article_id and s.kind != REPORTED]
    lines = ["<b>Update on this story</b>"]
    lines.extend(step_html(step) for step in new[:3])
    lines.append(f"<b>Now:</b> {esc(timeline.line)}")
    lines.append("<i>Reply /timeline to this story for all its steps.</i>")
    return fit("\n".join(lines))


def timeline_fields(timeline: Timeline) -> dict[str, Any]:
    """The CLI's JSON: the claim, the steps {date, kind, speaker, sentence, article_id, url}
    oldest first, the status and its line."""
    return {
        "claim": timeline.claim.statement.sentence,
        "steps": [
            {
                "date": step.date or None,
                "kind": step.kind,
                "speaker": step.speaker,
                "sentence": step.sentence,
                "article_id": step.source.article_id,
                "url": step.source.url,
            }
            for step in timeline.steps
        ],
        "status": timeline.status,
        "status_line": timeline.line,
    }
