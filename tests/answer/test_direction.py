"""The direction of a claim: a denial answers the proposition asked, not its opposite."""

from __future__ import annotations

import pytest

from bot.answer.direction import (
    confirmed_instead,
    confirmed_part,
    is_opposite,
    negations,
    only_around,
    said_besides_denying,
    says_asked,
    says_it_plainly,
)


@pytest.mark.parametrize(
    ("asked", "denied", "claim"),
    [
        ("he is alive", "His spokesman denied that he had died.", None),
        ("the singer is still alive", "His agent denied reports of his death.", None),
        ("he is alive", "the report was made up", "the singer was killed in a car crash"),
        ("the guard survived", "denied it", "a guard was killed in the attack"),
        ("No, Obama did not ban the pledge", "denied it", "Obama banned the pledge in schools"),
        ("Judd Nelson is not dead", "the report is false", "Judd Nelson was found dead"),
        ("pumpkin spice condoms aren't a thing", "denied it", "Durex makes pumpkin spice condoms"),
        ("the video was a hoax", "denied it", "the video is a true story"),
        ("the mayor shoots down the plan", "denied it", "the mayor backs the plan"),
        ("the photo is real", "the agency denied the photo is fake", None),
        ("drones are allowed over the stadium", "denied drones were banned there", None),
        (
            "reports the mayor resigned are 'incorrect', says city hall",
            "denied it",
            "the mayor resigned",
        ),
        ("officials refute reports of a second gunman", "denied it", "there was a second gunman"),
        ("police dismiss rumours of a curfew", "denied it", "a curfew was declared"),
        ("officials shoot down the senator's claims of a leak", "denied it", "there was a leak"),
        ("golfer retracts claims the star was suspended", "denied it", "the star was suspended"),
        ("scientists cast doubt on the diver's shark story", "denied it", "a shark bit the diver"),
        ("satirical site behind the viral story of a ban", "denied it", "the city banned dogs"),
        ("reports of his death are exaggerated", "denied it", "he died on Monday"),
        ("rumor put to rest: the star is not quitting", "denied it", "the star is quitting"),
        ("NASA questions whether a meteorite made the crater", "denied it", "a meteorite hit"),
        ("the teen trader made it all up", "denied it", "the teen made $72 million trading"),
        ("police put the rumours to rest", "denied it", "a lion escaped from the zoo"),
        ("the couple are together", "the couple have not split up", None),
        ("they are still together", "denied it", "the pair had quietly separated"),
        ("the asteroid will miss earth", "denied it", "an asteroid will hit earth in March"),
        ("the striker is staying", "denied it", "the striker is leaving the club"),
        ("he is alive", "denied it", "a page posted that he had passed away in his sleep"),
        ("she is alive", "denied it", "the fans heard she lost her life in the crash"),
        ("the vintage car is safe", "denied it", "the vintage car was stolen from the museum"),
        ("the glowing cat is a figment of the imagination", "denied it", "a cat glows at night"),
    ],
)
def test_a_denial_of_the_opposite(asked: str, denied: str, claim: str | None) -> None:
    assert is_opposite(asked, denied, claim)


@pytest.mark.parametrize(
    ("asked", "denied", "claim"),
    [
        ("he died", "His spokesman denied that he had died.", None),
        ("the singer is dead", "His agent said reports he was dead were false.", None),
        ("the video was fake", "denied it", "the video was fake"),
        ("he faked the video", "He denied faking the video.", "the video was staged"),
        ("not only the mayor but also the council backed the plan", "denied it", None),
        ("drones are banned over the stadium", "denied drones were banned there", None),
        ("inmate badly hurt in attack, may never walk again", "denied it", "he was attacked"),
        ("You'll never guess how a homeless man spent $100", "denied it", "he spent it on food"),
        ("You won't believe what this dog did", "denied it", "the dog saved a boy"),
        # "dismissed" or "rejected" alone is what happened to someone, no verdict on a claim
        ("dismissed", "he had not been told anything", "Berg was told of the decision"),
        ("his application was rejected", "denied it", "he applied for the post"),
    ],
)
def test_a_denial_of_the_proposition_asked(asked: str, denied: str, claim: str | None) -> None:
    assert not is_opposite(asked, denied, claim)


def test_a_leading_no_answers_and_does_not_negate() -> None:
    assert negations("No, the minister did not resign") == 1
    assert negations("No comment from the minister") == 1  # "no" not followed by a comma negates


def test_several_negations_in_one_headline_are_emphasis() -> None:
    asked = "Macaulay Culkin NOT dead: death hoax goes viral"
    assert is_opposite(asked, "his reps denied it", "Macaulay Culkin was found dead")


def test_a_headline_reporting_a_rebuttal_asks_the_opposite() -> None:
    asked = "Nelson rebuffs rumours that he died of an overdose"
    assert is_opposite(asked, "his agent denied the report", "Nelson died of an overdose")


def test_an_untrue_word_shared_with_what_was_denied_is_the_proposition() -> None:
    assert not is_opposite("he faked the video", "faking any part of the video", None)
    assert not is_opposite("the video was fake", "faking any part of the video", None)


@pytest.mark.parametrize(
    ("asked", "denied"),
    [
        ("seven pupils fell pregnant on a school trip", "The thing is not made up."),
        ("the busker was given a flat by a stranger", "Lin maintains the video was not staged."),
    ],
)
def test_a_denial_that_the_story_is_fake_stands_by_it(asked: str, denied: str) -> None:
    """Denying that a story is made up is no denial of the story."""
    assert is_opposite(asked, denied)


def test_a_denial_that_it_was_staged_answers_a_question_about_staging() -> None:
    assert not is_opposite("the video was staged", "Lin maintains the video was not staged.")


def test_staging_and_faking_are_one_deceit() -> None:
    """ "Did anyone deny the video was staged?" is answered by a denial of faking it."""
    assert not is_opposite("the video was staged", "Lin denied faking any part of the video")


def test_what_a_denier_asserts_beside_the_denial_is_not_denied() -> None:
    from bot.answer.direction import asserted_instead

    quote = "There was no leak at all. The hull is intact and we checked it twice."
    denied, claim = "There was no leak at all", "a tanker leaked diesel into the harbour"
    assert asserted_instead("the hull was intact", denied, claim, quote)
    assert not asserted_instead("the tanker leaked diesel", denied, claim, quote)
    assert not asserted_instead("the hull was intact", denied, claim, None)
    negated = "There was no leak at all. The hull is not damaged."
    assert not asserted_instead("the hull was damaged", denied, claim, negated)


def test_a_clause_asserted_beside_a_negated_one_in_the_same_sentence_is_not_denied() -> None:
    from bot.answer.direction import asserted_instead

    quote = "Daniel has not spoken to Madrid and he is happy at Everton"
    claim = "striker Daniel Okafor had agreed personal terms with Real Madrid"
    assert asserted_instead("okafor is happy at everton", quote, claim, quote)
    assert not asserted_instead("okafor spoke to madrid", quote, claim, quote)


def test_names_shared_by_both_sides_do_not_decide_what_is_asserted() -> None:
    from bot.answer.direction import asserted_instead

    quote = "Diego is not going anywhere. He has three years left and he is happy here"
    denied = "Diego is not going anywhere"
    claim = "Rovers striker Diego Alves had agreed to join a Spanish club"
    assert asserted_instead("alves is happy at rovers", denied, claim, quote)
    assert not asserted_instead("alves agreed to join a spanish club", denied, claim, quote)


@pytest.mark.parametrize(
    ("asked", "says", "runs_the_asked_way"),
    [
        # an antonym: "he is alive" answers "he died" and agrees with "he is not dead"
        ("the singer died in a crash", "the singer is alive and well", False),
        ("the singer is not dead", "the singer is alive and well", True),
        ("the singer's death was a hoax", "he is very much alive", True),
        # a negation that reaches an asked word
        ("the hostage was freed", "the hostage was not freed", False),
        ("the mayor resigned", "the mayor has not resigned", False),
        ("the mayor did not resign", "the mayor has not resigned", True),
        # a negation of something else does not turn it around
        ("the actor is not dead", "he has not spoken yet, but photos show he is alive", True),
        ("the actor is dead", "he has not spoken yet, but photos show he is alive", False),
        # "not a hoax" stands by the story
        ("the photo is a fake", "the photo is not fake", False),
        # "fake" is the antonym of "real" and an untrue word: one turn, not two
        ("the video is real", "the video is fake", False),
        ("the quote is genuine", "the quote is fabricated", False),
        ("the video is fake", "the video is fake", True),
    ],
)
def test_what_a_denier_says_in_their_own_words_has_a_direction(
    asked: str, says: str, runs_the_asked_way: bool
) -> None:
    assert says_asked(asked, says) is runs_the_asked_way


@pytest.mark.parametrize(
    ("asked", "says"),
    [
        ("the club signed the striker", "we are not in talks with anyone"),
        ("the minister resigned", "the minister is at work today"),
    ],
)
def test_no_tie_between_what_is_said_and_what_is_asked_leaves_the_direction_open(
    asked: str, says: str
) -> None:
    assert says_asked(asked, says) is None


@pytest.mark.parametrize(
    ("asked", "denied", "around"),
    [
        # the asked words are only the time of what is denied
        (
            "the flight was cancelled",
            "pilots had been drinking before the flight was cancelled",
            True,
        ),
        ("the match ended", "he was shouting at the referee when the match ended", True),
        ("there was a vote", "the minister resigned after the vote", True),
        # what is denied itself
        (
            "the pilots were drinking",
            "pilots had been drinking before the flight was cancelled",
            False,
        ),
        ("he resigned after the vote", "the minister resigned after the vote", False),
        # no background clause at all
        ("the flight was cancelled", "the flight was cancelled", False),
        # the background ends where "and that" goes on with what is said
        (
            "contractors had access to names",
            "recordings were made only after users said the wake word and that contractors"
            ' "never" had access to names',
            False,
        ),
    ],
)
def test_a_denial_names_some_things_only_as_the_background_of_what_it_denies(
    asked: str, denied: str, around: bool
) -> None:
    assert only_around(asked, denied) is around


SPLIT = (
    "Northgate Bank confirmed that hackers had accessed the details of 40,000 customers, "
    "but denied reports that money had been taken from any accounts."
)


INVERTED = (
    "Shoppers' data was stolen from Brightcart in a cyber attack last month, the company "
    "confirmed on Monday, but it said reports that 12 million customers were affected were "
    '"wildly exaggerated."'
)


@pytest.mark.parametrize(
    ("asked", "sentence", "confirmed"),
    [
        ("hackers accessed customer details", SPLIT, True),
        ("money was taken from accounts", SPLIT, False),  # what it denies
        ("the breach", "Bank confirms data breach but denies money was stolen", True),
        ("the breach", "The bank denied any breach", False),  # nothing confirmed at all
        # what is confirmed told first, its verb after it
        ("the cyber attack", INVERTED, True),
        ("12 million customers were affected", INVERTED, False),
    ],
)
def test_what_a_sentence_confirms_before_it_denies_something_else(
    asked: str, sentence: str, confirmed: bool
) -> None:
    assert confirmed_instead(asked, sentence) is confirmed


def test_a_particle_between_two_capitalised_words_is_part_of_the_name() -> None:
    from bot.answer.direction import names_in

    found = names_in(["The coach Erik ten Hag met Ursula von der Leyen.", "Then he left."])
    assert {"erik", "ten", "hag", "von", "der", "leyen"} <= found
    assert "then" not in found and "the" not in found


@pytest.mark.parametrize(
    ("asked", "says", "plainly"),
    [
        ("she was misquoted", "she was misquoted on pension age", True),
        ("the study was misreported", "Study linking coffee to memory loss misreported", True),
        # a negation or an antonym on either side, or an asked word missing, is no plain saying
        ("she was misquoted", "she was not misquoted", False),
        ("he is alive", "he died on Monday", False),
        ("she was misquoted on tax", "she was misquoted on pension age", False),
    ],
)
def test_a_denier_who_says_the_asked_words_plainly_said_it(
    asked: str, says: str, plainly: bool
) -> None:
    """ "did Cole say she was misquoted?" of a denial that "says she was misquoted": she said
    it, whatever her denial rejects."""
    assert says_it_plainly(asked, says) is plainly


@pytest.mark.parametrize(
    ("said", "besides"),
    [
        ("Lemons are healthy, but they are not a medicine for cancer", ["Lemons are healthy"]),
        # a second verb after "and", not negated
        ("her brother did not own a gun and had his hands raised", ["had his hands raised"]),
        ("he did not own a gun and had never fired one", []),
        # no comma before "but"
        (
            "talks had taken place but no agreement had been reached",
            ["talks had taken place"],
        ),
        (
            "its forces had struck a command post and denied hitting homes",
            ["its forces had struck a command post"],
        ),
        ("he never took a penny and that the payments were loans", ["the payments were loans"]),
        # both sides negated, or neither: no concession
        ("It is not a cure, but it is not harmful either", []),
        ("The team played well, but the result was fair", []),
        # going on with a plain verb of saying
        (
            'the reports as "nonsense" and said relations between them were "excellent',
            ['relations between them were "excellent'],
        ),
        ("the report and added that the deal was never signed", []),  # negated: still denying
        ("pilots were drunk, says crew passed tests", ["crew passed tests"]),  # a headline's
    ],
)
def test_what_a_denier_says_besides_the_denial(said: str, besides: list[str]) -> None:
    assert said_besides_denying(said) == besides


@pytest.mark.parametrize(
    ("sentence", "confirmed"),
    [
        (
            "In a filing to the London Stock Exchange later on Tuesday, Kelvo confirmed it had "
            'received "a preliminary approach" but said no offer had been made.',
            'it had received "a preliminary approach"',
        ),
        (
            "Data was stolen in a cyber attack, the company confirmed on Monday, but it said no "
            "cards were taken.",
            "Data was stolen in a cyber attack",
        ),
        ("Northgate Bank confirmed the breach but denied money was taken.", "the breach"),
    ],
)
def test_what_a_sentence_confirms_beside_what_it_denies(sentence: str, confirmed: str) -> None:
    """An opening phrase before the confirming verb ("In a filing …, Kelvo confirmed …") is
    not what is confirmed; a clause set off before "…, the company confirmed on Monday, but"
    is."""
    assert confirmed_part(sentence) == confirmed
