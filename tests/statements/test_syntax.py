"""Attributions found by the dependency parse, for the shapes the pattern rules miss."""

from __future__ import annotations

import pytest

from bot.statements.extractor import extract_statements
from bot.statements.syntax import mentions_a_cue, parse_attributions


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        # a long appositive with a relative clause between the name and the verb
        (
            "Lena Ortiz, a neighbour of the family who was walking her dog at the time, said "
            "the van drove off without lights.",
            "Lena Ortiz, a neighbour of the family",
            "said",
        ),
        # the cue hangs on another verb and shares its subject
        (
            "The singer took to Instagram to deny rumours that she had quit the band.",
            "The singer",
            "deny",
        ),
        # two verbs joined by "and" share one subject
        (
            "Sound engineer Pia Holm examined the tape and said she heard six shots.",
            "Sound engineer Pia Holm",
            "said",
        ),
        # an inflection not listed as a cue, read by its lemma
        ("Mr. Dale recalls that the mill closed in 1998.", "Mr. Dale", "said"),
    ],
)
def test_speaker_and_cue(sentence: str, speaker: str, cue: str) -> None:
    [found] = parse_attributions([sentence])
    assert any(a.speaker == speaker and a.cue == cue for a in found)


def test_nobody_named_is_no_attribution() -> None:
    [found] = parse_attributions(["It was reported that the mill closed."])
    assert found == []


def test_the_cheap_test_reads_inflections() -> None:
    assert mentions_a_cue("Mr. Dale recalls that the mill closed.")
    assert mentions_a_cue("denying the merger")
    assert not mentions_a_cue("The mill closed in 1998 after a long strike.")


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Ivo Marsh, a driver who saw the crash from his cab, said the lorry ran a red light.",
            "Ivo Marsh",
            "claim",
        ),
        (
            "The singer took to Instagram to deny rumours that she had quit the band.",
            None,
            "denial",
        ),
        (
            "Denying that a merger was planned, the bank's spokesman termed the reports "
            "“false” and “misleading.”",
            None,
            "denial",
        ),
        ("Supporters of the group rejected the report.", None, "denial"),
        # a finite verb after a noun that often heads a compound ("media reports") is a verb
        ("Local media say the singer was arrested on Friday.", "Local media", "claim"),
        ("“We did nothing wrong,” Ortega told the BBC.", "Ortega", "denial"),
        ("“The neighbours are lying,” he said.", None, "denial"),
    ],
)
def test_statements_found_by_grammar_or_rules(text: str, speaker: str | None, kind: str) -> None:
    [statement] = extract_statements(text)
    assert statement.kind == kind
    if speaker is not None:
        assert statement.speaker == speaker
    assert statement.sentence in text


@pytest.mark.parametrize(
    "text",
    [
        "Primaries in March will be contested by three candidates from the north.",  # a race
        "The vote is expected to be the most hotly contested since 1994.",  # an adjective
        "He was denied bail by the magistrate.",  # a person is denied something, not a claim
    ],
)
def test_a_denial_verb_about_a_race_or_a_person_is_no_denial(text: str) -> None:
    assert all(s.kind != "denial" for s in extract_statements(text))


@pytest.mark.parametrize(
    "text",
    [
        "His account was contested by two witnesses.",
        "The allegations were disputed by his lawyer.",
        "The report was denied by the Kremlin.",
    ],
)
def test_a_claim_denied_in_the_passive_is_a_denial(text: str) -> None:
    assert [s.kind for s in extract_statements(text)] == ["denial"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "There have been conflicting accounts of the arrest, with a police official denying "
            "on Monday that the suspect had been released.",
            "police official",
        ),
        ("The ministry issued a statement denying that the minister had resigned.", "ministry"),
        ("The club released a statement on Friday rejecting the claims.", "club"),
    ],
)
def test_a_participle_speaks_for_its_noun_or_for_whoever_issued_it(text: str, speaker: str) -> None:
    [statement] = extract_statements(text)
    assert (statement.kind, statement.speaker) == ("denial", speaker)


def test_a_participle_on_a_thing_names_no_speaker() -> None:
    assert extract_statements("A video showing the crash denying gravity went viral.") == []
