"""The extractors' consensus: the text the others agree with wins, a lone outlier never does."""

from __future__ import annotations

from bot.clean.consensus import agreement, most_agreed, shingles

STORY = (
    "The council voted on Thursday to rebuild the sea wall that failed in the winter storms."
    "\nEngineers say the work will take two years and cost more than the first estimate."
)
WITH_COMMENTS = STORY + (
    "\nComments\nGreat news, finally! Posted by harbourfan at 10:02."
    "\nWho is going to pay for this? Not me. Posted by taxpayer99 at 10:15."
)
TEASER_ONLY = "The council voted on Thursday to rebuild the sea wall."


def test_shingles_are_four_word_runs_and_ignore_case() -> None:
    assert shingles("One two Three four five") == shingles("one TWO three four five")
    assert sum(shingles("one two three four five").values()) == 2
    assert sum(shingles("two words").values()) == 1
    assert shingles("") == shingles("  ")


def test_agreement_is_one_for_the_same_words_and_zero_for_none() -> None:
    assert agreement(shingles(STORY), shingles(STORY)) == 1.0
    assert agreement(shingles(STORY), shingles("Nothing alike at all here")) == 0.0
    assert agreement(shingles(""), shingles("")) == 0.0


def test_the_text_most_others_agree_with_wins() -> None:
    texts = [WITH_COMMENTS, STORY, STORY.replace("two years", "2 years"), TEASER_ONLY]
    assert most_agreed(texts) == 1


def test_an_under_extraction_loses_to_the_agreeing_full_texts() -> None:
    assert most_agreed([TEASER_ONLY, STORY, STORY]) == 1


def test_a_tie_goes_to_the_first() -> None:
    assert most_agreed([STORY, STORY]) == 0
    assert most_agreed(["", ""]) == 0
