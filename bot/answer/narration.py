"""What a story tells in its own narration of a thing no statement in it tells ("The trial is
expected to begin in March." for "when is the trial?"): quoted as the report's, not a speaker's."""

from __future__ import annotations

import html

from bot.answer.question import Question
from bot.render.html import esc
from bot.render.quotemarks import in_quotes
from bot.text import lexicon
from bot.text.sentences import split_paragraph_sentences
from bot.text.words import content_words, stem_key

NARRATED_MAX = 2  # narrated sentences quoted at most
# openers of a question asking for a fact, not whether something is so ("when is the trial?")
FACT_OPENERS = frozenset({"when", "where", "what", "which", "how", "why", "was", "were"})


def narrated(question: Question, text: str, said: list[str]) -> list[str]:
    """The sentences of the story `text` that hold every content word of a question asking
    for a fact, when none of its statements (`said`) holds them all ("what happened to Veltro
    shares?" of a story whose statements are Veltro's denials); else nothing."""
    if question.intent != "search" or question.opener not in FACT_OPENERS:
        return []
    generic = lexicon.words("generic_topic_words.txt")  # "what happened to …": no fact asked
    asked = {stem_key(w) for w in content_words(question.topic) if w not in generic}
    if not asked or any(asked <= _stems(sentence) for sentence in said):
        return []  # a statement tells of it: the statements answer
    told = (s.text.strip() for s in split_paragraph_sentences(text))
    return [sentence for sentence in told if asked <= _stems(sentence)][:NARRATED_MAX]


def narrated_reply(sentences: list[str], title: str | None, url: str | None) -> str:
    """The reply quoting the report's own sentences, then the report: its title, linked when
    it came from the web."""
    quoted = "\n".join(f"<i>{esc(in_quotes(sentence))}</i>" for sentence in sentences)
    source = esc(title or "the report")
    if url and url.startswith(("http://", "https://")):
        source = f'<a href="{html.escape(url, quote=True)}">{source}</a>'
    return f"<b>Nobody is quoted on this. The report itself says:</b>\n\n{quoted}\n— {source}"


def _stems(text: str) -> set[str]:
    return {stem_key(w) for w in content_words(text)}
