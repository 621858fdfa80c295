"""What a denier's side says in its own words: the quotes of the denials of one claim, and
the quoted sentences of the denier, their staff or a spokesperson right beside a denial."""

from __future__ import annotations

from bot.answer.ranking import Scored
from bot.models import Statement
from bot.statements.syntax import mentions_a_cue
from bot.text import lexicon

Places = dict[tuple[int, int], Scored]  # (article id, position) -> the scored statement there


def by_place(scored: list[Scored]) -> Places:
    """The scored statements by where they stand: article and position."""
    return {(s.candidate.article_id, s.candidate.statement.position): s for s in scored}


def denial_quotes(scored: list[Scored], beside: bool = True) -> dict[str, str]:
    """Per claim answered, the quotes of all the denials answering it, joined, with what their
    speakers said in the sentence right before or after (`beside_denial`, unless not `beside`): the
    deniers of one claim speak to one dispute ("The Health Secretary has the full confidence
    of the prime minister. These reports are simply untrue.")."""
    places = by_place(scored)
    quotes: dict[str, list[str]] = {}
    for item in scored:
        st, claim = item.candidate.statement, item.candidate.answers
        if st.kind == "denial" and claim is not None and st.quote:
            found = quotes.setdefault(claim.sentence, [])
            for quote in [st.quote, *(beside_denial(item, places) if beside else [])]:
                if quote not in found:
                    found.append(quote)
    return {claim: " ".join(map(as_sentence, found)) for claim, found in quotes.items()}


def as_sentence(quote: str) -> str:
    """A quote closed as a sentence, so quotes joined stay apart ("… at Everton" and "There is
    no truth in it" are two sentences, the second one's "no" not the first one's)."""
    quote = quote.rstrip()
    return quote if quote[-1:] in ".!?…" else f"{quote}."


def beside_denial(item: Scored, places: Places) -> list[str]:
    """The quotes of the denier's own statements right before and after the denial, unless
    they report what somebody else said ("A release on one website stated that …")."""
    st, article = item.candidate.statement, item.candidate.article_id
    near = (places.get((article, st.position + step)) for step in (-1, 1))
    return [
        quote
        for other in near
        if other is not None
        and one_side(st, other.candidate.statement)
        and (quote := other.candidate.statement.quote)
        and not mentions_a_cue(quote)
    ]


def one_side(denial: Statement, other: Statement) -> bool:
    """The other statement is the denier's side: the denier, one who works for them ("Marta
    Kowalski (director, zoo)"), or a spokesperson who names nobody else ("The mayor's office
    denies it. 'He is at his desk,' a spokeswoman said.")."""
    if other.speaker == denial.speaker:
        return True
    if other.org and other.org.lower() == (denial.speaker or "").lower():
        return True
    role = (other.role or "").lower()
    named = set((other.speaker or "").lower().split()) - {role}
    return role in lexicon.words("spokesperson_roles.txt") and not named


def side_says(item: Scored, quotes: dict[str, str], beside: list[str]) -> str:
    """What the denier's side says in its own words: the quotes of every denial of the same
    claim (`denial_quotes`), else the denial's own quote with its side's quotes `beside` it
    ("The mayor's office denies it. 'He is at his desk,' a spokeswoman said.")."""
    claim = item.candidate.answers
    found = quotes.get(claim.sentence, "") if claim is not None else ""
    own = [item.candidate.statement.quote or "", *beside]
    return found or " ".join(as_sentence(q) for q in own if q)
