"""The outlet's own verdict: a sentence in the article's own voice that calls a claim false
("The third breast story is a hoax.", "Rating: FALSE") is a denial by the outlet itself."""

from __future__ import annotations

import re

from bot.text import lexicon

OWN_VOICE_CUE = "verdict"  # the `cue` of a statement made in the outlet's own voice
_QUESTION = re.compile(r"\?[\s\"'”’»)\]]*$")  # the sentence ends in a question mark


def is_verdict(sentence: str) -> bool:
    """True when the sentence, read as the outlet's own words, calls something false, fake or
    a hoax (bot/data/verdict_cues.tsv), or is a fact-check's rating line. A question ("So it's
    all fiction?") asks, it does not judge."""
    if is_rating_line(sentence) or is_correction(sentence):
        return True
    if _QUESTION.search(sentence):
        return False
    return lexicon.first_match("verdict_cues.tsv", sentence) is not None


def is_rating_line(sentence: str) -> bool:
    """A fact-check's rating of a claim ("Claim: ... — Rating: False"): the outlet's verdict
    even when the line names who made the claim (bot/data/rating_lines.tsv)."""
    return lexicon.first_match("rating_lines.tsv", sentence) is not None


# A fact-check's label for the claim it rates: "Claim:", "Claim (Facebook users):"
_CLAIM_LABEL = re.compile(r"^\W*claims?\s*(?:\([^)]{0,80}\)\s*)?:", re.IGNORECASE)


def is_claim_label(sentence: str) -> bool:
    """The line of a fact-check that tells the claim it rates ("Claim: A viral post says …")."""
    return _CLAIM_LABEL.match(sentence) is not None


def is_correction(sentence: str) -> bool:
    """A correction notice ("Correction: An earlier version of this story said ..."): the
    outlet's retraction of its own earlier words (bot/data/correction_lines.tsv)."""
    return lexicon.first_match("correction_lines.tsv", sentence) is not None


__all__ = ["OWN_VOICE_CUE", "is_claim_label", "is_correction", "is_rating_line", "is_verdict"]
