"""Attributed statements of an article: who claimed, denied or confirmed what, in text order.

Pure text in, `Statement`s out: sentences, quote spans, attributions, speakers, kinds, targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot import lexicon
from bot.attribution import ELIDED, Found, find_attributions
from bot.kinds import classify, cue_kinds, is_negated
from bot.models import Statement
from bot.pairing import assign_targets, similarity
from bot.quotes import Quote, find_quotes
from bot.sentences import Sentence, split_paragraph_sentences
from bot.speakers import Actor, Entity, Resolver, named_mentions, parse_actor

_RANK = {"denial": 3, "confirmation": 2, "claim": 1, "statement": 0}
_CAPTION = re.compile(r"^[A-Z][\w'’.\-]*(?:\s+[\w'’.\-]+){0,3}:\s+[A-Z\"“'‘]")
_CREDIT = re.compile(r"\((?:AFP|AP|Reuters|Getty(?: Images)?|EPA|File)\)\s*$")
_REPORT_THAT = re.compile(
    r"\b(?:report|claims?|allegations?|suggestion|rumou?rs?|story|reports)\s+(that\b.*)",
    re.IGNORECASE | re.DOTALL,
)
_COORDINATED = re.compile(r"^(.+?)\s+and\s+((?:a|an|the|his|her|their|its)\s+.+|[A-Z].+)$")


@dataclass
class _Draft:
    sentence: Sentence
    found: Found
    actor: Actor
    entity: Entity
    kind: str
    cue: str
    proposition: str | None


def extract_statements(text: str) -> list[Statement]:
    """Every attributed statement in `text`, in text order, with positions 0..n-1."""
    quotes = find_quotes(text)
    resolver = Resolver()
    for mention in named_mentions(text):
        resolver.seed(parse_actor(mention))
    drafts: list[_Draft] = []
    for sentence in split_paragraph_sentences(text):
        if _is_caption(text, sentence):
            continue
        found = find_attributions(text, sentence.start, sentence.end, quotes)
        for main, extra in _select(found):
            drafts.append(_draft(text, sentence, main, extra, resolver))
    statements = [_statement(i, d, text, quotes, resolver) for i, d in enumerate(drafts)]
    statements = _topic_denials(statements)
    return assign_targets(statements)


def _is_caption(text: str, sentence: Sentence) -> bool:
    line_start = text.rfind("\n", 0, sentence.start) + 1
    paragraph = text[line_start : text.find("\n", line_start) % (len(text) + 1)]
    if _CREDIT.search(paragraph):
        return True
    label = _CAPTION.match(paragraph)
    if not label:
        return False
    head = paragraph[: label.end()].lower()
    return not any(re.search(rf"\b{re.escape(c)}\b", head) for c in cue_kinds())


def _select(found: list[Found]) -> list[tuple[Found, list[Found]]]:
    """Main attributions of a sentence, each with the verbs that share its subject."""
    if not found:
        return []
    main = _main(found)
    if main is None:
        return []
    extra: list[Found] = []
    separate: list[Found] = []
    for other in found:
        if other is main:
            continue
        if other.speaker == ELIDED and other.cue_start > main.cue_start:
            extra.append(other)
        elif other.mode == "passive" and _differs(other, main):
            separate.append(other)
        elif (
            main.mode != "passive"
            and other.mode in {"forward", "trailing"}
            and _is_relay(main)
            and cue_kinds().get(other.cue) in {"denial", "confirmation"}
        ):
            main, extra = other, []
        elif other.mode != "according" and not _differs(other, main):
            extra.append(other)
    out = [(m, extra) for m in _split_coordinated(main)]
    out += [(s, []) for s in separate]
    return sorted(out, key=lambda pair: pair[0].cue_start)


def _main(found: list[Found]) -> Found | None:
    named = [f for f in found if f.speaker != ELIDED]
    for modes in (("inverted", "trailing"), ("forward", "cited"), ("according", "passive")):
        hits = [f for f in named if f.mode in modes]
        if hits:
            return hits[0]
    return None


def _differs(a: Found, b: Found) -> bool:
    return a.speaker.lower().strip() != b.speaker.lower().strip()


def _is_relay(found: Found) -> bool:
    actor = parse_actor(found.speaker.split(",")[0])
    return actor.kind == "outlet"


def _split_coordinated(found: Found) -> list[Found]:
    match = _COORDINATED.match(found.speaker)
    if not match or "," in found.speaker:
        return [found]
    left, right = match.group(1), match.group(2)
    if len(left.split()) < 2 or len(right.split()) < 2:
        return [found]
    if parse_actor(right).kind == "person" and parse_actor(left).kind != "person":
        return [found]  # "Another journalist and Kurdish supporter Pawan Durani"
    offset = found.speaker_start + found.speaker.index(right, len(left))
    return [replace(found, speaker=left), replace(found, speaker=right, speaker_start=offset)]


def _actor(phrase: str) -> Actor:
    """Parse "Name, description" appositives: the name speaks, the description adds role/org."""
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    actors = [parse_actor(p) for p in parts]
    main = next((a for a in actors if a.kind == "person"), actors[0])
    for other in actors:
        if other is main:
            continue
        main = replace(main, org=main.org or other.org, role=main.role or other.role)
    return replace(main, surface=phrase)


def _draft(
    text: str, sentence: Sentence, main: Found, extra: list[Found], resolver: Resolver
) -> _Draft:
    actor, entity = resolver.resolve(_actor(main.speaker))
    for part in main.speaker.split(","):
        part = part.strip()
        if part and part not in entity.names:
            entity.names.append(part)
    kind, cue = "statement", main.cue
    best = -1
    for found in [main, *extra]:
        content = text[found.content_start : found.content_end]
        found_kind = classify(
            found.cue, content, sentence.text, actor.anonymous, actor.kind == "outlet"
        )
        if _RANK[found_kind] > best:
            best, kind, cue = _RANK[found_kind], found_kind, found.cue
    content = text[main.content_start : main.content_end]
    return _Draft(sentence, main, actor, entity, kind, cue, _proposition(content))


def _proposition(content: str) -> str | None:
    clean = content.strip(" ,.;:\"“”'‘’")
    found = _REPORT_THAT.search(clean)
    if found and found.start() < 80:
        clean = found.group(1)
    clean = re.sub(r"^that\s+", "", clean, flags=re.IGNORECASE).strip()
    if not clean:
        return None
    return clean if clean.lower().startswith("that ") else clean


def _statement(
    position: int, draft: _Draft, text: str, quotes: list[Quote], resolver: Resolver
) -> Statement:
    quote = draft.found.quote or _quote_in_sentence(quotes, draft.sentence)
    actor = draft.actor
    return Statement(
        position=position,
        kind=draft.kind,
        sentence=draft.sentence.text,
        speaker=actor.speaker,
        speaker_norm=actor.norm,
        org=actor.org,
        role=actor.role,
        cue=draft.cue,
        quote=text[quote.start : quote.end] if quote else None,
        quote_start=quote.start if quote else None,
        quote_end=quote.end if quote else None,
        proposition=draft.proposition,
        anonymous=actor.anonymous,
        aliases=resolver.aliases(draft.entity),
    )


def _quote_in_sentence(quotes: list[Quote], sentence: Sentence) -> Quote | None:
    hits = [q for q in quotes if sentence.start <= q.open_at < sentence.end and q.end > q.start]
    return max(hits, key=lambda q: q.end - q.start) if hits else None


def _topic_denials(statements: list[Statement]) -> list[Statement]:
    """A negated statement about what another actor claimed denies it ("Nobody's moving")."""
    claims = [s for s in statements if s.kind in {"claim", "denial"}]
    out: list[Statement] = []
    for statement in statements:
        if statement.kind in {"statement", "claim"} and _answers_claim(statement, claims):
            statement = replace(statement, kind="denial")
        out.append(statement)
    return out


def _answers_claim(statement: Statement, claims: list[Statement]) -> bool:
    content = statement.proposition or ""
    if (
        not content
        or not is_negated(content)
        or lexicon.first_match("not_denial_cues.tsv", statement.sentence)
    ):
        return False
    others = [c for c in claims if c.speaker_norm != statement.speaker_norm]
    return any(similarity(statement, c) >= 70 for c in others)


__all__ = ["extract_statements"]
