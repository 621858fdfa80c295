"""Kind classification from cue and content, on sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.statements.extractor import extract_statements
from bot.statements.kinds import classify, is_event


def test_cue_decides() -> None:
    assert classify("denied", "the report", "X denied the report.", False, False) == "denial"
    assert classify("reported", "it sold", "X reported it sold.", False, False) == "claim"


def test_content_decides_for_said() -> None:
    whole = "He said the story was false."
    assert classify("said", "the story was false", whole, False, False) == "denial"
    assert classify("said", "the fire started at noon", "...", False, False) == "claim"
    assert classify("said", "we love this city", "...", False, False) == "statement"


def test_hedges_are_statements() -> None:
    whole = "The firm declined to comment on the denied permit."
    assert classify("declined", "to comment", whole, False, False) == "statement"


def test_negated_confirmation_is_not_confirmation() -> None:
    whole = "The police did not confirm the arrest."
    assert classify("confirm", "the arrest", whole, False, False) == "statement"


def test_events() -> None:
    assert is_event("the guards seized the boat")
    assert not is_event("we are proud of the team")


def test_a_negated_confirmation_in_another_form_is_no_confirmation() -> None:
    text = "The channel cannot independently verify the recording and has asked the police."
    [s] = extract_statements(text)
    assert s.kind == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "The officials said U.S. agencies have not confirmed the theft of the aircraft.",
        "The club said no official has confirmed the transfer.",
        "A spokeswoman will not confirm or deny that the man is the suspect, the paper said.",
        "A spokesman insisted the prime minister was not ruling anything out.",
        "Dr Rees said early pregnancy often leads to miscarriages and premature births.",
    ],
)
def test_not_yet_known_or_kept_open_is_no_denial(text: str) -> None:
    """A claim not (yet) confirmed, a refusal to say either way, a possibility kept open, a
    medical term: none denies anything."""
    assert [s.kind for s in extract_statements(text)] == ["statement"]


def test_calling_reports_premature_is_a_denial() -> None:
    [said] = extract_statements('"Reports of a deal are premature," the spokesman said.')
    assert said.kind == "denial"


@pytest.mark.parametrize(
    "text",
    [
        "Police said there was no evidence the attack was linked to terrorism.",
        "The ministry said the video was old and had been taken out of context.",
        "Officials have said the photos are not authentic.",
        'The embassy said the claims were "a lie."',
        'The minister said he had "no knowledge" of the deal.',
        'The firm said it "strongly refutes" the allegations.',
        '"We reject these accusations," the group said in a statement.',
        "The Pentagon said it could find no record of the operation.",
        "The company said it had nothing to do with the leak.",
        '"We were not involved in any way," the group said.',
    ],
)
def test_forms_of_denial_inside_what_was_said(text: str) -> None:
    assert [s.kind for s in extract_statements(text)] == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "Police said they had found evidence of the attack on the cameras.",
        "The museum said the painting is authentic.",
        "The minister said he had knowledge of the talks.",
        "The coach said the club had rejected an offer of 10 million pounds for the player.",
        '"We were involved from the beginning," the group said.',
    ],
)
def test_the_same_words_without_a_denial(text: str) -> None:
    assert all(s.kind != "denial" for s in extract_statements(text))


@pytest.mark.parametrize(
    "text",
    [
        '"The numbers in that article are bogus," the spokeswoman said.',
        '"There is no validity to the claim that we were hacked," the bank said.',
        '"We want to dispel the rumours once and for all," the singer said.',
        "The club's chairman tried to quash speculation that the coach would be sacked.",
        "A spokesman for the band said the statement should put the rumours to rest.",
        'The health agency described the reports of new cases as "rumour".',
        "\"It's all rumour, it's all hearsay,\" a police officer said.",
        "The company later tweeted a denial, then deleted it.",
        '"A lie," the commander said.',
        '"It\'s a lie," the ambassador told reporters.',
        '"It\'s fake," a spokesperson for the network said.',
        '"The singer was the victim of some wild misinformation," her manager said.',
        "His nephew said there was no reason to speculate about his death.",
        '"That\'s simply not what happened," she said.',
        'A ministry spokesman said reports of a deal were "wide of the mark".',
        "His daughter said the actor was alive and well and living in Spain.",
        "The senator later walked back his comments, saying he had misspoken.",
        'His agent said there was "zero truth" to the story.',
        '"This is false propaganda," the rebels said.',
        'Officials said the reports were "not a grain of truth".',
        '"I have no idea where this is coming from," the actor said.',
        '"I don\'t know where this story comes from," she said.',
        'A Treasury source said there was "zero chance" of the chancellor quitting.',
        '"There is no question of him resigning," a spokesman said.',
        'The police chief said the officers\' account "does not match the evidence."',
        'The mayor said the figures "simply do not add up."',
        'His lawyer said his client "never received a cent."',
    ],
)
def test_more_forms_of_denial(text: str) -> None:
    """Rumours quashed or put to rest, claims called bogus, misinformation, hearsay or a lie,
    no validity or zero truth, a denial tweeted, a death rumour answered, comments walked back."""
    assert [s.kind for s in extract_statements(text)] == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor said he had dismissed the police chief on Monday.",
        "The judge described the defendant as a danger to the public.",
        "Police said the woman had been travelling with a fake ID.",
        '"The lie detector test was inconclusive," the lawyer said.',
        '"We are spreading our message across the country," the group said.',
        "The doctor said the patient was in a serious condition.",
        '"There is every reason to believe the talks will succeed," the minister said.',
        "She said the rumour mill had been busy for weeks.",
        "The coach said he had put the past behind him.",
        '"I have no reason to doubt what he told me," the officer said.',
        '"Everything says the letter is his; we have no reason to believe it isn\'t," he said.',
        "The company said it had released a new phone on Tuesday.",
        "He said the band had laughed off the bad weather and played on.",
        "Police said they had no idea where the gunman came from.",
        '"There is no question it was him," the witness said.',
        "The coach said the numbers did not add up to a title challenge.",
        "ShowBeat reported that she would not return because of a pay dispute.",
    ],
)
def test_the_same_words_again_without_a_denial(text: str) -> None:
    assert all(s.kind != "denial" for s in extract_statements(text))


@pytest.mark.parametrize(
    "text",
    [
        'A spokesman for the palace described the story as "pure fiction".',
        '"There\'s nothing to it," his lawyer said of the allegations.',
        "The embassy said the photographs had been digitally altered.",
        '"I categorically did not say that," the senator said.',
        '"Absolutely not," Jones said when asked whether he planned to resign.',
        'Asked whether the report was accurate, the spokesman said: "No."',
        "The minister said the accusations were politically motivated.",
        "The team refuted suggestions that the coach had been sacked.",
    ],
)
def test_denials_by_description_flat_no_and_disowned_words(text: str) -> None:
    """A story described as fiction, "nothing to it", evidence called altered, "I did not say
    that", a flat "No", accusations called politically motivated."""
    assert [s.kind for s in extract_statements(text)] == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "The club said the contract was altered last year to include a bonus.",
        '"We did not make that decision lightly," the chairman said.',
        '"We don\'t post that kind of content," a spokeswoman said.',
        '"There is nothing to do but wait," the mayor said.',
        '"Nothing in the rules says we cannot do it," the coach said.',
        "The lawyer said the charges were filed on Monday.",
    ],
)
def test_those_words_elsewhere_are_no_denial(text: str) -> None:
    assert all(s.kind != "denial" for s in extract_statements(text))


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ('The airline said the story had been "blown out of proportion".', True),
        ('"We strongly disagree with the report\'s findings," the agency said.', True),
        ('The union said the membership figures were "grossly inflated".', True),
        ("The company said the article mischaracterized its position.", True),
        ('"At no time was the public in danger," the fire chief said.', True),
        ("The coach dismissed the idea that he would resign.", True),
        ('A spokeswoman said the memoir was "a work of fiction".', True),
        ('"We have not received any such request," the ministry said.', True),
        ("The senator said the report distorted her record.", True),
        (
            '"We disagree with each other on many things, and that is healthy," the coach said.',
            False,
        ),
        ("The minister said prices had been inflated by the drought.", False),
        ('"At no time in history has the city been so rich," the mayor said.', False),
        ("The author said the novel was a work of fiction set in Cairo.", False),
        ("The coach said he liked the idea of a second match.", False),
    ],
)
def test_disputed_findings_figures_and_framing(text: str, denial: bool) -> None:
    """Findings disagreed with, figures called inflated, a record distorted, "at no time was",
    an idea dismissed, "a work of fiction", "no such request"; the same words elsewhere."""
    assert ("denial" in [s.kind for s in extract_statements(text)]) is denial


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("The Kremlin rejected the report as false.", True),
        ("The spokesman rejected suggestions of a rift in the cabinet.", True),
        ("She dismissed the speculation about her health.", True),
        ("He dismissed it as nonsense.", True),
        ("The minister quashed rumours of a split.", True),
        ("The allegations were rejected by the company.", True),
        ("The Senate rejected the bill on Tuesday.", False),
        ("The club dismissed the coach after the defeat.", False),
        ("Rebels who apparently shot down a cargo plane last month fled the area.", False),
        ("An appeals court quashed the conviction in March.", False),
        ("The offer was rejected by the shareholders.", False),
        ('The mayor has dismissed the probe as a "hoax."', True),
        ("The senator dismissed the inquiry as a witch hunt.", True),
        ("The governor dismissed the investigation as politically motivated.", True),
        ("The Senate rejected the bill as too costly.", False),
        ("The coach dismissed the player as a liability.", False),
    ],
)
def test_rejecting_a_thing_said_not_a_thing_done(text: str, denial: bool) -> None:
    """Verbs that reject a claim ("rejected the report", "shot down the rumour") deny only
    when their object is something said: not a bill, a coach, a plane or a conviction."""
    assert ("denial" in [s.kind for s in extract_statements(text)]) is denial


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ('"These are made-up stories," he said.', True),
        ('"The whole thing was made up," the singer said.', True),
        ('"That is completely ridiculous," she said.', True),
        ('"These are unverified claims," the ministry said.', True),
        ("The senator walked back his remarks on Tuesday.", True),
        ("The agency fired back, saying the report was wrong.", True),
        ("The fleet is made up of 13 aircraft, the airline said.", False),
        ('"His mind is made up and that is that," a friend said.', False),
        ('"I am tired of these ridiculous prices," the shopper said.', False),
        ("The recording, previously unverified, was authentic, the lawyer said.", False),
        ("Witnesses said the guard was walking back to his office.", False),
        ("The studio fired back a friendly joke on Twitter.", False),
        ("The ministry said the report was false and misleading.", True),
        ("Critics accuse the minister of misleading parliament about the contract.", False),
        ("The regulator said the bank was charged with misleading investors.", False),
        ("Patel countered that the figures were out of date.", True),
        ("Ukrainian forces countered the attack, the army said.", False),
        ("The union countered with a proposal of its own, the company said.", False),
    ],
)
def test_cue_words_in_their_other_senses(text: str, denial: bool) -> None:
    """ "Made up", "ridiculous", "unverified", "walking back", "fired back", "misleading",
    "countered" deny a claim only when they are said of one: not a fleet made up of planes,
    ridiculous prices, a walk, misleading parliament (the deed accused), an attack countered."""
    assert ("denial" in [s.kind for s in extract_statements(text)]) is denial


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("“That’s a lie,” he told reporters.", True),
        ('The palace said the story was "pure fantasy".', True),
        ("“It's a smear campaign,” the senator said.", True),
        ("“This is a witch hunt,” he said.", True),
        ("“Nothing could be further from the truth,” she said.", True),
        ("She branded the claims “a pack of lies”.", True),
        ("The spokesman called the article “a hatchet job”.", True),
        ('The chief executive called the report "irresponsible speculation."', True),
        ("Analysts said speculation about a merger lifted the shares.", False),
        ("“That’s a lovely idea,” he told reporters.", False),
        ("The author said the book was pure fantasy set in a castle.", False),
        ("The nurse said a smear test takes five minutes.", False),
        ("The mayor said the festival would feature a witch costume parade.", False),
    ],
)
def test_more_names_for_a_false_account(text: str, denial: bool) -> None:
    """ "That’s a lie" with a curly apostrophe, "pure fantasy", a smear, a witch hunt, "a pack
    of lies", "a hatchet job"; the same words used of other things."""
    assert ("denial" in [s.kind for s in extract_statements(text)]) is denial


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('The minister said the figures were "plucked out of thin air".', "denial"),
        ('The school said the story was "not an accurate reflection" of what happened.', "denial"),
        ('The bank said it "does not recognise" the figures.', "denial"),
        ('The group said it had "no involvement whatsoever" in the attack.', "denial"),
        ('The ministry said the video was "old footage".', "denial"),
        ("The palace said the reports were accurate.", "confirmation"),
        ('"Yes, it is true," the singer said.', "confirmation"),
        ("The magician said the rabbit appeared out of thin air.", "statement"),
        ("The coach said the score was an accurate reflection of the game.", "statement"),
        ("The museum said the exhibition shows old footage of the harbour.", "statement"),
        ('"Yes, we are open on Sundays," the owner said.', "statement"),
    ],
)
def test_numbers_invented_involvement_denied_reports_called_accurate(text: str, kind: str) -> None:
    """Figures "plucked out of thin air", "not an accurate reflection", "does not recognise the
    figures", "no involvement", "old footage"; reports called accurate, "Yes, it is true"."""
    kinds = [s.kind for s in extract_statements(text)]
    plain = {"statement", "claim"}
    assert kinds and (kind in kinds if kind != "statement" else set(kinds) <= plain)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Post said its reporters corroborated the story with neighbours.", "confirmation"),
        ("The charity said its staff had verified the refugees' accounts.", "confirmation"),
        ("The Harbour Post said its reporters spoke with two neighbours.", "claim"),
        ("The charity said it could not verify the refugees' accounts.", "statement"),
    ],
)
def test_checking_a_story_and_finding_it_true_confirms_it(text: str, kind: str) -> None:
    assert [s.kind for s in extract_statements(text)] == [kind]


def test_a_negated_claim_restated_in_the_negative_agrees_with_it() -> None:
    """The claim's "no longer controlled" is read after "announced Sunday that", so the
    statement that says the same is no denial of it."""
    text = (
        "The government announced Sunday that it no longer controlled the capital. "
        "“The ministries are no longer under our control,” a government statement said."
    )
    found = extract_statements(text)
    assert found[0].proposition == "it no longer controlled the capital"
    assert [s.kind for s in found][1] != "denial"


def test_made_up_of_is_a_composition_not_a_verdict() -> None:
    text = "The airline's fleet is made up of 13 aircraft. The story was made up."
    kinds = {s.sentence: s.kind for s in extract_statements(text, outlet="Daily Planet")}
    assert "The airline's fleet is made up of 13 aircraft." not in kinds  # no verdict, no speaker
    assert kinds.get("The story was made up.") == "denial"
