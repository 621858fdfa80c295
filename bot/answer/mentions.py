"""Someone a story names who says nothing in it: the sentences naming them, shown under "I have
nothing from them" ("what did the UN say?" of "The United Nations called for an inquiry.")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer.actors import actor_score
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
        for sentence in split_paragraph_sentences(text):
            said = sentence.text.strip()
            if said != title.strip() and _names(actor, said):
                found.append(Mention(said, title))
                if len(found) == MAX_MENTIONS:
                    return found
    return found


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


__all__ = ["MAX_MENTIONS", "Mention", "mentions", "mentions_reply"]
