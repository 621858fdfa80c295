"""The Telegram-HTML pieces every reply is made of: escaped text, who said it, what to quote."""

from __future__ import annotations

import html

from bot.models import Statement
from bot.text import lexicon

__all__ = ["esc", "verbatim", "who"]


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def who(statement: Statement) -> str:
    """The speaker, then role and org when not in the name: "Dmitry Peskov (spokesman, Kremlin)"."""
    name = statement.speaker or statement.speaker_norm or statement.org or "an unnamed source"
    org = statement.org
    words = name.split()
    owned = org and org != name  # "his office" with no one found for "his" is just that
    if owned and len(words) > 1 and words[0].lower() in lexicon.words("possessive_determiners.txt"):
        name, org = f"{org}’s {' '.join(words[1:])}", None  # "His representative" of Tom Brandt
    extras: list[str] = []
    for part in (_shown(statement.role), org):
        if part and part.casefold() not in name.casefold() and part not in extras:
            extras.append(part)
    return f"{name} ({', '.join(extras)})" if extras else name


def _shown(role: str | None) -> str | None:
    """A role as readers write it: an abbreviation in capitals ("MP", "CEO";
    role_abbreviations.txt), other roles in lower case as kept."""
    if role and role.lower() in lexicon.words("role_abbreviations.txt"):
        return role.upper()
    return role


def verbatim(statement: Statement, longest: int | None = None) -> str:
    """What to show in quotation marks: the sentence, or the speaker's whole quote when the
    quote runs over several sentences or (with `longest`) the sentence is longer than that;
    both are verbatim spans of the article."""
    if statement.quote and statement.quote not in statement.sentence:
        return statement.quote
    if longest is not None and len(statement.sentence) > longest and statement.quote:
        return statement.quote
    return statement.sentence
