"""Delayed identification: a news lead describes its subject and names them later ("A Leeds
bakery owner has denied …" … "Maria Jones" … "Jones said"); the description is that person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.statements.speakers import Actor, Entity
from bot.text import lexicon
from bot.text.words import stopwords

_DETERMINER = re.compile(r"^(?:a|an|the)\s", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """An actor met at `offset` of the text, with the entity it resolved to."""

    offset: int
    actor: Actor
    entity: Entity
    speaks: bool  # the mention is a statement's speaker, not a name inside what is said
    described: str = ""  # a description set off before the name ("The army chief, Ada Obi")


def _head(actor: Actor) -> str:
    """The description's head noun: its role, else its last word before "of"/"who"/…"""
    if actor.role:
        return actor.role.split()[-1].lower()
    words = re.split(r"\s+(?:of|for|from|at|in|who|that|with)\s", actor.speaker, maxsplit=1)
    return words[0].split()[-1].lower() if words[0].split() else ""


def is_description(actor: Actor) -> bool:
    """A singular description of one person ("A Leeds bakery owner", "The leader of Boko
    Haram"): not a name, not a group, not an anonymous source, not someone who speaks for
    others and is often never named (functionary_roles.txt), not a thing ("the report"), not
    an outlet ("The newspaper, citing people familiar with the matter, said")."""
    if actor.kind != "group" or actor.anonymous:
        return False
    if not (_DETERMINER.match(actor.surface) or actor.role):
        return False
    head = _head(actor)
    if not head or head.endswith("s") and not head.endswith("ss"):
        return False  # "Residents", "two officials": more than one person
    not_a_person = (
        "report_nouns.txt",
        "claim_nouns.txt",
        "org_words.txt",
        "said_objects.txt",
        "outlet_descriptors.txt",
        "collective_nouns.txt",
        "statement_media.txt",
    )
    if any(head in lexicon.words(name) for name in not_a_person):
        return False  # "The report", "the company", "the post", "the newspaper", "the family",
        # "A video viewed two million times" (a thing someone made, not its maker)
    return head not in lexicon.words("functionary_roles.txt")


def named_later(description: Mention, mentions: Sequence[Mention]) -> Entity | None:
    """The person a lead's description stands for: the first person named after it, when no
    person is named before it, that person also speaks in the article, and has no role of
    their own other than the description's ("Abubakar Shekau, the group's leader")."""
    head = _head(description.actor)
    if any(
        m.actor.kind == "person"
        and m.offset < description.offset
        and m.actor.speaker.lower() != head  # a headline's "Baker denies …" is this baker
        for m in mentions
    ):
        return None
    later = sorted(
        (m for m in mentions if m.actor.kind == "person" and m.offset > description.offset),
        key=lambda m: m.offset,
    )
    if not later:
        return None
    first = later[0].entity
    if not any(m.speaks and m.entity is first for m in mentions):
        return None
    role = (first.actor.role or "").split()[-1:]
    descriptions = [*first.names, *(m.described for m in mentions if m.entity is first)]
    if role and role != [head] or _described_otherwise(descriptions, head):
        return None
    gender = description.actor.gender
    if gender and first.actor.gender and gender != first.actor.gender:
        return None
    return first


def named_by_role(description: Mention, mentions: Sequence[Mention]) -> Entity | None:
    """The person a speaker given only by a role stands for ("…, says agent" in a headline,
    "a Kremlin spokesman said"): the one person the article names with that role ("His agent,
    Carla Mendes"), wherever they are named; None when none or several are, or when the
    role's organisation or gender is not theirs."""
    actor = description.actor
    if actor.kind != "group" or actor.anonymous or not actor.role:
        return None
    head = actor.role.split()[-1].lower()
    if head.endswith("s") and not head.endswith("ss"):
        return None  # "officials": more than one person
    people: dict[int, Entity] = {}
    for m in mentions:
        theirs = (m.entity.actor.role or "").lower().split()[-1:]
        if m.entity.actor.kind == "person" and theirs == [head]:
            people[id(m.entity)] = m.entity
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    if not any(m.speaks and m.entity is person for m in mentions):
        return None  # "fellow teacher Anna Berg", only mentioned, is not "a retired teacher"
    if not _qualifiers_fit(actor, person):
        return None  # "a ministry spokesman" is not "Police spokesman John Amos"
    gender = actor.gender
    if gender and person.actor.gender and gender != person.actor.gender:
        return None
    return person


def _qualifiers_fit(actor: Actor, person: Entity) -> bool:
    """Every word qualifying the role ("Kremlin" in "a Kremlin spokesman", "Foley's" in
    "Foley's mother") is among the person's names and organisation, when they have one
    ("the spokesman, John Kirby" has none to disagree with)."""
    if not person.actor.org:
        return True
    role = set(actor.role.lower().split()) if actor.role else set()
    theirs = " ".join([*person.names, person.actor.org or "", person.actor.speaker]).lower()
    known = set(re.findall(r"[^\W\d_]+", theirs))
    for word in re.findall(r"[^\W\d_]+(?:['’]s)?", actor.speaker.lower()):
        word = re.sub(r"['’]s$", "", word)
        if word in role or word in stopwords() or word in lexicon.words("determiner_like.txt"):
            continue
        if word not in known:
            return False
    return True


def _described_otherwise(names: list[str], head: str) -> bool:
    """The person came with a description of their own that is not this one: "Nigeria's
    chief of defense staff, Air Chief Marshal Alex Badeh" is no "leader of Boko Haram"."""
    connectors = lexicon.words("name_connectors.txt")
    pronouns = lexicon.words("pronouns.tsv")
    for name in names:
        if name.lower() in pronouns:
            continue  # "she", a name the resolver gave her, describes nothing
        words = re.findall(r"[\w'’-]+", name)
        if any(w[0].islower() and w not in connectors for w in words) and head not in words:
            return True
    return False


__all__ = ["Mention", "is_description", "named_by_role", "named_later"]
