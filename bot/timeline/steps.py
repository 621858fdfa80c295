"""A claim's timeline: its steps across a chat's stories (reported, denied, confirmed,
retracted, declined to comment), oldest first, and one line on where it stands now. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.models import Statement
from bot.render.cards import short_date
from bot.text import lexicon

REPORTED, DENIED, CONFIRMED = "reported", "denied", "confirmed"
RETRACTED, DECLINED = "retracted", "declined to comment"
ANSWER_STEPS = (DENIED, CONFIRMED, RETRACTED)  # the steps that change where a claim stands


@dataclass(frozen=True)
class Source:
    """A stored statement with what the timeline needs of its article and its share."""

    statement_id: int
    article_id: int
    statement: Statement
    url: str | None = None
    title: str | None = None
    site: str | None = None
    published: str | None = None  # the article's date, ISO
    shared_at: str | None = None  # when the chat got the article, UTC ISO


@dataclass(frozen=True)
class Step:
    """One step of a timeline: when, what kind, who, the verbatim sentence, where."""

    kind: str
    source: Source

    @property
    def statement(self) -> Statement:
        return self.source.statement

    @property
    def speaker(self) -> str:
        st = self.statement
        return st.speaker or st.speaker_norm or st.org or "an unnamed source"

    @property
    def date(self) -> str:
        """The article's date (else the share's), as YYYY-MM-DD."""
        return (self.source.published or self.source.shared_at or "")[:10]

    @property
    def sentence(self) -> str:
        """The verbatim words: the speaker's whole quote when it spans several sentences."""
        st = self.statement
        return st.quote if st.quote and st.quote not in st.sentence else st.sentence


@dataclass(frozen=True)
class Timeline:
    """The claim, its steps oldest first, its status and the one line saying so."""

    claim: Source
    steps: tuple[Step, ...]
    status: str  # reported | denied | confirmed | retracted
    line: str


def instant(iso: str | None) -> datetime:
    """An ISO time as an aware datetime (naive ones are UTC); unknown times sort first."""
    if not iso:
        return datetime.min.replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _names(statement: Statement) -> set[str]:
    return {n.casefold() for n in (statement.speaker, statement.speaker_norm) if n}


def declines(statement: Statement) -> bool:
    """ "declined to comment", "did not respond" (patterns in bot/data/no_comment_cues.tsv)."""
    return lexicon.first_match("no_comment_cues.tsv", statement.sentence) is not None


def step_kind(statement: Statement, claimants: set[str]) -> str | None:
    """What a statement does to the claim: a denial by a claimant takes it back."""
    if declines(statement):
        return DECLINED
    if statement.kind == "denial":
        return RETRACTED if _names(statement) & claimants else DENIED
    if statement.kind == "confirmation":
        return CONFIRMED
    if statement.kind == "claim":
        return REPORTED
    return None


def _order(step: Step) -> tuple[datetime, datetime, int, bool, int]:
    """Oldest story first; within one story the report before what answers it (a lead that
    says "X denied a report that …" comes before the report in the text, not in time)."""
    src = step.source
    return (
        instant(src.published or src.shared_at),
        instant(src.shared_at),
        src.article_id,
        step.kind != REPORTED,
        src.statement.position,
    )


def build_timeline(
    claim: Source, claims: Sequence[Source], answers: Sequence[Source], others: Sequence[Source]
) -> Timeline:
    """The timeline of `claim`: the claims saying the same (a speaker's repeat shows once),
    the denials and confirmations answering them, and non-answers (`others`) in their
    stories, each speaker's step once per kind and story."""
    claimants = set().union(*(_names(c.statement) for c in [claim, *claims]))
    steps: list[Step] = []
    for source in [claim, *claims, *answers, *others]:
        kind = step_kind(source.statement, claimants)
        if kind is not None and (kind != REPORTED or source in claims or source is claim):
            steps.append(Step(kind, source))
    steps.sort(key=_order)
    kept: list[Step] = []
    seen: set[tuple[object, ...]] = set()
    for step in steps:
        speaker = step.speaker.casefold()
        keys = {(step.kind, speaker, step.source.article_id), (step.kind, speaker, step.sentence)}
        if step.kind == REPORTED:
            keys.add((REPORTED, speaker))  # a claimant's report repeated later is not news
        if not keys & seen:
            kept.append(step)
        seen |= keys
    status, line = status_of(kept)
    return Timeline(claim, tuple(kept), status, line)


def _join(names: list[str]) -> str:
    unique = list(dict.fromkeys(names))
    if len(unique) <= 2:
        return " and ".join(unique)
    return ", ".join(unique[:-1]) + " and " + unique[-1]


def _who(steps: Sequence[Step], kind: str) -> list[str]:
    return [s.speaker for s in steps if s.kind == kind]


def status_of(steps: Sequence[Step]) -> tuple[str, str]:
    """Where the claim stands after `steps` (oldest first): the latest answer decides."""
    answers = [s for s in steps if s.kind in ANSWER_STEPS]
    declined = _who(steps, DECLINED)
    tail = f" {_join(declined)} declined to comment." if declined else ""
    if not answers:
        reporters = _join(_who(steps, REPORTED)) or "a source"
        return REPORTED, f"Reported by {reporters}; nobody has denied or confirmed it since.{tail}"
    latest = answers[-1]
    when = short_date(latest.source.published or latest.source.shared_at)
    on = f" on {when}" if when else ""
    if latest.kind == RETRACTED:
        return RETRACTED, f"Retracted by {_join(_who(answers, RETRACTED))}{on}.{tail}"
    opposite = CONFIRMED if latest.kind == DENIED else DENIED
    earlier = _who(answers, opposite)
    own = _join([s.speaker for s in answers if s.kind == latest.kind])
    head = f"{latest.kind.capitalize()} by {own}"
    if earlier:
        line = f"{head}{on}, after it was {opposite} by {_join(earlier)}."
    else:
        line = f"{head}; not {opposite} by anyone since."
    return latest.kind, line + tail


def status_known_by(timeline: Timeline, until: str) -> str | None:
    """The claim's status as the chat knew it at `until` (UTC ISO): only steps from stories
    shared by then count; None when the claim itself was not shared yet."""
    moment = instant(until)
    known = [s for s in timeline.steps if instant(s.source.shared_at) <= moment]
    if not any(s.kind == REPORTED for s in known):
        return None
    return status_of(known)[0]
