"""Someone a story names who says nothing in it: the sentences naming them, shown under "I have
nothing from them" ("what did the UN say?" of "The United Nations called for an inquiry.")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer.actors import actor_score, actor_words, words
from bot.models import Statement
from bot.render.html import esc
from bot.text.sentences import split_paragraph_sentences

MENTION_MIN = 75.0  # actor_score from which a name in a sentence is the actor asked about
MAX_MENTIONS = 2  # sentences shown, the first ones of the stories searched
# A run of capitalised words, particles between them: "United Nations", "Priya Shah", "UN"
_NAME_RUN = re.compile(
    r"\b[A-Z][\w'’.-]*(?:\s+(?:of|the|for|de|van|von|al|bin)?\s*[A-Z][\w'’.-]*)*"
)


@dataclass(frozen=True)
class Mention:
    """A sentence of a stored story that names the actor asked about."""

    sentence: str
    title: str


def mentions(actor: str, stories: list[tuple[str, str]]) -> list[Mention]:
    """The first sentences of the stories, given as (title, text), that name `actor`."""
    found: list[Mention] = []
    for title, text in stories:
        if not may_name(actor, text):
            continue  # most stories do not: one look at their words, not at every sentence
        for sentence in split_paragraph_sentences(text):
            said = sentence.text.strip()
            if said != title.strip() and _names(actor, said):
                found.append(Mention(said, title))
                if len(found) == MAX_MENTIONS:
                    return found
    return found


def may_name(actor: str, text: str) -> bool:
    """The text holds one of the actor's words, or a name whose initials are one ("UN" of
    "United Nations"): only then are its sentences read for the actor."""
    asked = {word for word, weight in actor_words(actor) if weight == 1.0}
    if asked & set(words(text)):
        return True
    initials = {_initials(tail) for run in _NAME_RUN.finditer(text) for tail in _tails(run.group())}
    return bool(asked & initials)


def _tails(run: str) -> list[str]:
    """A run of capitalised words and each run its later words make ("Karesh. A United
    Nations" across a sentence's end holds "United Nations")."""
    parts = run.split()
    return [" ".join(parts[i:]) for i in range(len(parts))]


def _initials(name: str) -> str:
    """ "un" of "The United Nations": the capitals of its words, "The" and "of" left out."""
    return "".join(w[0] for w in name.split() if w[0].isupper() and w.lower() not in _LEADS).lower()


_LEADS = frozenset({"the", "a", "an"})  # a capitalised article opening a sentence


def _names(actor: str, sentence: str) -> bool:
    """A name in the sentence is the actor: by its words, surname or acronym (`actor_score`)."""
    for run in _NAME_RUN.finditer(sentence):
        named = Statement(position=0, kind="statement", sentence="", speaker=run.group())
        if actor_score(actor, named) >= MENTION_MIN:
            return True
    return False


def mentions_reply(actor: str, found: list[Mention]) -> str:
    """Telegram HTML: nothing said by the actor, then where the stories name them."""
    head = f"<b>The stories here quote nothing from {esc(actor)}.</b> Named in:"
    blocks = [f"• <i>“{esc(m.sentence)}”</i>\n{esc(m.title)}" for m in found]
    return "\n\n".join([head, *blocks])


__all__ = ["MAX_MENTIONS", "Mention", "may_name", "mentions", "mentions_reply"]
