"""Actor matching: articles, possessives, typos, roles, aliases, acronyms, relational names."""

from __future__ import annotations

import dataclasses

import pytest

from bot.answer.actors import (
    accused_score,
    actor_score,
    appositive_aliases,
    bridged_aliases,
    full_name_aliases,
    is_person,
    name_mentions,
    role_aliases,
    stem,
    synonym_words,
    the_one_org_meant,
    token_similarity,
    words,
    written_out_roles,
)
from bot.models import Statement


def said(**fields: object) -> Statement:
    return Statement(position=0, kind="denial", sentence="…", **fields)  # type: ignore[arg-type]


PESKOV = said(speaker="Dmitry Peskov", org="Kremlin", role="spokesman", aliases=("Peskov",))


@pytest.mark.parametrize(
    ("actor", "statement"),
    [
        ("the kremlin", said(org="Kremlin")),
        ("the Kremlin", PESKOV),
        ("Peskov", said(speaker="Dmitry Peskov")),
        ("apple", said(speaker="Apple spokesman Tom Neumayr")),
        ("marnies", said(speaker="U.S. Marine Corps")),
        ("the marines", said(org="U.S. Marine Corps")),
        ("the NHL commissioner", said(speaker="Gary Bettman", role="commissioner", org="NHL")),
        ("DHS", said(speaker="Department of Homeland Security")),
        ("the FAA", said(speaker="A spokesman for the Federal Aviation Administration")),
        ("homland security", said(speaker="Department of Homeland Security")),
        ("the ministry", said(speaker="Foreign Ministry")),
        ("tiger's agent", said(speaker="Mark Steinberg", aliases=("Tiger Woods' agent",))),
        ("THE GOVERNMENT", said(speaker="U.S. government")),
        ("Renée Dubois", said(speaker="Renee Dubois")),
        ("the government", said(speaker="A spokeswoman for the Transport Ministry")),
        ("the Lindqvist administration", said(speaker="Department of Fisheries spokesman")),
        ("moscow", said(speaker="Dmitry Peskov", org="Kremlin")),
        ("Duncan Hale", said(speaker="Joe Kasper", org="Hale", role="spokesman")),
        ("Beijing", said(speaker="Chinese foreign ministry")),
        ("the caa", said(speaker="UK Civil Aviation Authority")),  # its acronym, country aside
        ("faa", said(speaker="U.S. Federal Aviation Administration")),
        ("the ico", said(speaker="Britain's Information Commissioner's Office")),  # owner aside
        ("the CEO", said(speaker="Mark Duval", role="chief executive", org="Veltron")),
        ("the mp", said(speaker="Jane Holt", role="member of parliament")),
    ],
)
def test_matches(actor: str, statement: Statement) -> None:
    assert actor_score(actor, statement) >= 80


@pytest.mark.parametrize(
    ("actor", "statement"),
    [
        ("Zelensky", PESKOV),
        ("Apple", said(speaker="Applebee's")),
        ("the Pentagon spokesman", said(speaker="White House spokesman")),
        ("the ferry operator", said(speaker="harbour police")),
        ("the", PESKOV),
        ("the government", said(speaker="Harbour Workers Union")),
        ("the administration", said(speaker="Ola Berg", org="Nordic Salmon AS")),
        ("Moscow", said(speaker="Ukrainian foreign ministry")),
        ("Duncan Hale", said(speaker="Joe Kasper", org="Ridge Party", role="spokesman")),
    ],
)
def test_mismatches(actor: str, statement: Statement) -> None:
    assert actor_score(actor, statement) < 50


def test_supporters_of_x_are_not_x() -> None:
    supporters = said(speaker="supporters of the Kurdish militia")
    militia = said(speaker="Kurdish militia")
    assert actor_score("the Kurdish militia", supporters) < 75
    assert actor_score("the Kurdish militia", militia) == 100
    assert actor_score("the militia's supporters", supporters) == 100


def test_a_relation_asked_in_another_number_is_still_asked() -> None:
    friends = said(speaker="One of his friends")
    assert actor_score("his friend", friends) >= 95  # "did his friend deny it?"
    assert actor_score("his friends", said(speaker="a friend")) >= 95
    assert actor_score("his brother", friends) < 75


def test_relatives_are_not_the_person() -> None:
    brother = said(speaker="Paul Novak", aliases=("brother of Anna Novak",))
    assert actor_score("Anna Novak", brother) < 75


def test_score_is_bounded() -> None:
    assert 0 <= actor_score("the Kremlin", PESKOV) <= 100
    assert actor_score("the Kremlin", said()) == 0


def test_speaker_norm_and_aliases_are_used() -> None:
    assert actor_score("Jo Smith", said(speaker_norm="jo smith")) == 100
    assert (
        actor_score("the mayor's office", said(speaker="Lee Park", aliases=("mayor's office",)))
        == 100
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [("homland", "homeland"), ("suspention", "suspension"), ("beheaded", "beheading")],
)
def test_token_similarity_tolerates_typos_and_inflection(a: str, b: str) -> None:
    assert token_similarity(a, b) >= 80


@pytest.mark.parametrize(("a", "b"), [("pope", "people"), ("heaven", "have"), ("nsc", "nsa")])
def test_token_similarity_rejects_look_alikes(a: str, b: str) -> None:
    assert token_similarity(a, b) < 80


def test_words_fold_case_accents_possessives_and_dotted_acronyms() -> None:
    assert words("The U.S. Navy's Renée") == ["the", "us", "navy", "renee"]


def test_an_owner_without_apostrophe_needs_naming_in_the_sentence() -> None:
    agent = Statement(
        position=0,
        kind="denial",
        sentence="Nora Vance did not withdraw from the race, her agent said on Sunday.",
        speaker="her agent",
    )
    assert actor_score("nora vance agent", agent) >= 80
    elsewhere = dataclasses.replace(agent, sentence="The claims are false, her agent said.")
    assert actor_score("nora vance agent", elsewhere) < 75


def test_a_qualified_role_does_not_match_another_organisation() -> None:
    other = said(speaker="Lars Holm", role="spokesman", org="Navy")
    other = dataclasses.replace(other, sentence="Lars Holm said the harbour report was wrong.")
    assert actor_score("the Kremlin spokesman", other) < 75


def test_full_names_of_speakers_quoted_by_surname() -> None:
    text = (
        "Priya Raman, a 16-year-old junior at Hillcrest High, built the app. "
        "But Raman said the sales figures were wrong. In Raman's view, it was a misunderstanding."
    )
    assert full_name_aliases(text, ["Raman"]) == {"Raman": {"Priya Raman"}}
    assert full_name_aliases("But Raman said so. The Raman family agreed.", ["Raman"]) == {}


def test_appositive_descriptions_become_aliases() -> None:
    text = (
        "Tomas Okafor, the TikTok personality who posted the clip, insists it is real. "
        "Kenya's chief of police, Inspector General Ruth Mwangi, disputed the account."
    )
    found = appositive_aliases(text, [("Tomas Okafor", ()), ("Ruth Mwangi", ())])
    assert found == {
        "Tomas Okafor": {"the TikTok personality"},
        "Ruth Mwangi": {"Kenya's chief of police"},
    }
    okafor = said(speaker="Tomas Okafor", aliases=("the TikTok personality",))
    assert actor_score("the tiktoker", okafor) >= 75  # "tiktoker" is close to "TikTok"
    mwangi = said(speaker="Ruth Mwangi", aliases=("Kenya's chief of police",))
    assert actor_score("Kenya's police chief", mwangi) >= 75
    assert actor_score("the ugandan police chief", mwangi) < 75  # another country's


def test_vague_person_nouns_count_little_in_an_actor() -> None:
    student = said(speaker="Priya Raman", aliases=("a 16-year-old junior at Hillcrest High",))
    assert actor_score("the hillcrest kid", student) >= 75
    assert actor_score("the hillcrest principal", student) < 75


def test_role_aliases_resolve_the_role_noun_to_the_last_speaker() -> None:
    text = (
        "Mayor Ines Brandt rejected the report on Monday.\n\n"
        "But the mayor said the budget would be reviewed."
    )
    assert role_aliases(text, [("Ines Brandt", ("Brandt",))]) == {"Ines Brandt": {"the mayor"}}


@pytest.mark.parametrize(
    "text",
    [
        'Ines Brandt spoke. "We told the mayor nothing," she added.',  # inside a quote
        "Ines Brandt spoke. Her spokesman replied. Then the spokeswoman said more.",  # between
        "Ines Brandt spoke. The commissioner, Olaf Berg, said more.",  # named right after
        # her own sentence names someone else's job
        "Ines Brandt, a council spokeswoman, said the mayor had flown to Rome.",
    ],
)
def test_role_aliases_leave_other_people_alone(text: str) -> None:
    assert role_aliases(text, [("Ines Brandt", ())]) == {}


def test_bridged_aliases_name_the_described_speaker_of_the_sentence_before() -> None:
    text = (
        "The harbour board spokeswoman rejected the report on Friday.\n\n"
        '"The report is wrong," said Ada Quist.'
    )
    described = Statement(
        kind="denial",
        position=0,
        sentence="The harbour board spokeswoman rejected the report on Friday.",
        speaker="harbour board spokeswoman",
        role="spokeswoman",
        org="harbour board",
    )
    named = Statement(
        kind="denial",
        position=1,
        sentence='"The report is wrong," said Ada Quist.',
        speaker="Ada Quist",
    )
    found = bridged_aliases(text, [described, named])
    assert found == {1: ("harbour board spokeswoman", "harbour board")}
    other_kind = dataclasses.replace(named, kind="claim")
    assert bridged_aliases(text, [described, other_kind]) == {}
    apart = text.replace("\n\n", "\n\nThe board met twice.\n\n")
    assert bridged_aliases(apart, [described, named]) == {}
    known = "Ada Quist, a harbour pilot, found the wreck.\n\n" + text  # named before: herself
    assert bridged_aliases(known, [described, named]) == {}


def test_bridged_aliases_skip_speakers_with_their_own_role() -> None:
    text = "His agent denied it.\n\nLeo Brand, a league official, said it was false."
    agent = Statement(
        kind="denial",
        position=0,
        sentence="His agent denied it.",
        speaker="His agent",
        role="agent",
    )
    official = Statement(
        kind="denial",
        position=1,
        sentence="Leo Brand, a league official, said it was false.",
        speaker="Leo Brand",
        role="official",
    )
    assert bridged_aliases(text, [agent, official]) == {}


def test_possessed_actor_is_not_its_owner() -> None:
    owner = Statement(position=0, kind="claim", sentence="x", speaker="Nadia Osei")
    aide = Statement(
        position=1, kind="claim", sentence="x", speaker="Kofi Mensah", role="spokesman", org="Osei"
    )
    assert actor_score("Osei's office", owner) < 75
    assert actor_score("Osei's office", aide) >= 75
    assert actor_score("Nadia Osei", owner) >= 75


def test_one_persons_publicist_is_not_anothers() -> None:
    """ "Lila Moreau's publicist" is not Nadia Vale's publicist; an organisation speaking for
    a person may be asked by the person's name ("Putin's spokesman" of the Kremlin's)."""
    vales = said(speaker="Tom Reyes", role="publicist", org="Nadia Vale")
    moreaus = said(speaker="Ana Ruiz", role="publicist", org="Lila Moreau")
    assert actor_score("lila moreau's publicist", vales) < 75
    assert actor_score("lila moreau's publicist", moreaus) >= 75
    peskov = said(speaker="Dmitry Peskov", role="spokesman", org="Kremlin")
    assert actor_score("putin's spokesman", peskov) >= 75


def test_an_umbrella_matches_its_bodies_below_a_direct_match() -> None:
    body = said(speaker="Department of Fisheries spokesman")
    direct = said(speaker="Lindqvist administration")
    umbrella = actor_score("the Lindqvist administration", body)
    assert 75 <= umbrella < actor_score("the Lindqvist administration", direct)


def test_a_described_denier_answers_for_the_one_the_claim_accuses() -> None:
    claim = Statement(
        0, "claim", "Two customers said the owner, Maggie Jones, insulted them.", "Priya Nand",
        proposition="the owner, Maggie Jones, insulted them",
    )  # fmt: skip
    denial = Statement(
        1, "denial", "A baker has been accused of insulting them, a charge she rejects.", "Baker",
        target=0,
    )  # fmt: skip
    assert accused_score("jones", denial, claim) >= 75.0
    assert accused_score("nand", denial, claim) == 0.0  # the accuser is not the accused
    named = Statement(1, "denial", "Kremlin spokesman rejects it.", "Kremlin", target=0)
    assert accused_score("jones", named, claim) == 0.0  # a named speaker is who they are
    spokesman = Statement(
        1, "denial", "A spokesman for Harbour Records rejects it.", "spokesman for Harbour Records",
        org="Harbour Records", target=0,
    )  # fmt: skip
    assert accused_score("jones", spokesman, claim) == 0.0  # speaks for the label, not for her


def test_word_forms_share_a_stem() -> None:
    """Snowball stems: a question's "homophobe" finds a story's "homophobic"."""
    assert stem("homophobe") == stem("homophobic")
    assert stem("beheading") == stem("beheaded") == "behead"
    assert stem("airport") != stem("airline")


def test_an_acronym_takes_its_appositive_description() -> None:
    text = "ZBC, Zembla's state-run broadcaster, wants viewers to pick better names."
    assert appositive_aliases(text, [("ZBC", ())]) == {"ZBC": {"Zembla's state-run broadcaster"}}
    assert appositive_aliases("Lin, a friend, said so.", [("Lin", ())]) == {}  # a bare surname


@pytest.mark.parametrize(
    ("actor", "statement"),
    [
        ("Chinese state TV", said(speaker="CCTV", aliases=("China's state-run broadcaster",))),
        ("the Kenyan police", said(speaker="Kenya's police")),
        ("the actor's lawyer", said(speaker="Dana Cole", role="attorney", org="the actor")),
        # countries, demonyms and capitals from countryinfo, not typed in for each
        ("Ghana", said(speaker="Ghanaian police")),
        ("the Malian army", said(speaker="Mali's army")),
        ("any denial from Nairobi", said(speaker="Kenyan interior ministry")),
        ("Hanoi", said(speaker="Vietnamese foreign ministry")),
        ("the Kurds", said(speaker="Kurdish resistance")),
        ("the Obama administration", said(speaker="government", org="government")),
        # a handle, or a name spaced another way
        ("@PawanDurani", said(speaker="Pawan Durani")),
        ("Rashad Abdel Qader", said(speaker="Rashad abdelQader")),
    ],
)
def test_synonyms_and_demonyms_name_the_same_speaker(actor: str, statement: Statement) -> None:
    assert actor_score(actor, statement) >= 75


@pytest.mark.parametrize(
    ("actor", "statement"),
    [
        ("Lima", said(speaker="Peruvian foreign ministry")),  # a surname too: not taken for Peru
        ("Ghana", said(speaker="Ghislaine police")),
    ],
)
def test_capitals_that_are_names_and_other_words_name_nobody(
    actor: str, statement: Statement
) -> None:
    assert actor_score(actor, statement) < 75


@pytest.mark.parametrize(
    ("actor", "speaker", "matches"),
    [
        ("paul rud", "Paul Rudd", True),  # a letter left out of a short surname
        ("jon smith", "John Smith", True),
        ("tim cook", "Tom Cook", False),  # a letter changed: another person
        ("rud", "Paul Rudd", False),  # a short word alone is no name
    ],
)
def test_a_short_part_of_a_full_name_may_miss_a_letter(
    actor: str, speaker: str, matches: bool
) -> None:
    assert (actor_score(actor, said(speaker=speaker)) >= 75) == matches


@pytest.mark.parametrize("actor", ["the governmnet", "the goverment", "Mosocw"])
def test_an_umbrella_asked_with_a_typo_is_still_the_umbrella(actor: str) -> None:
    body = said(speaker="finance ministry", org="finance ministry", aliases=("Kremlin",))
    assert actor_score(actor, body) >= 75


@pytest.mark.parametrize(
    ("before", "role", "after", "speaker"),
    [
        # a "which" makes Sky Sports a thing, not Apple's spokesperson named
        (
            "An Apple spokesperson said the company does not comment on rumours.",
            "spokesperson",
            'Sky Sports, which holds the UK rights, said it was "confident" in the deal.',
            "Sky Sports",
        ),
        # "The" makes the United Nations an organisation by its name, no doctor
        (
            "A local doctor said he could not confirm how they had been injured.",
            "doctor",
            "The United Nations said it was trying to verify the reports.",
            "United Nations",
        ),
    ],
)
def test_bridged_aliases_skip_a_name_the_sentence_makes_a_thing(
    before: str, role: str, after: str, speaker: str
) -> None:
    described = Statement(
        kind="statement", position=0, sentence=before, speaker=f"the {role}", role=role
    )
    named = Statement(kind="statement", position=1, sentence=after, speaker=speaker)
    assert bridged_aliases(f"{before}\n\n{after}", [described, named]) == {}
    person = dataclasses.replace(named, sentence="Ada Quist said it.", speaker="Ada Quist")
    bridged = bridged_aliases(f"{before}\n\nAda Quist said it.", [described, person])
    assert bridged == {1: (f"the {role}",)}


def test_initials_of_a_name_inside_a_description_name_it() -> None:
    """ "the EU observers" of "Observers from the European Union"."""
    observers = Statement(
        position=0, kind="statement", sentence="x", speaker="Observers from the European Union"
    )
    assert actor_score("the eu observers", observers) >= 75
    assert actor_score("the un", observers) == 0


def test_a_police_rank_is_the_police() -> None:
    """ "what did the police say?" of "Detective Inspector Laura Grant said …"."""
    grant = Statement(
        position=0, kind="claim", sentence="x", speaker="Laura Grant", role="detective inspector"
    )
    assert actor_score("the police", grant) >= 75


def test_a_relative_described_inside_a_sentence_is_an_alias() -> None:
    """ "said the nephew, Daniel Osei, had been hired": "what did the nephew say?" finds him."""
    text = "Councillor Ruth Amari said the nephew, Daniel Osei, had been hired without a test."
    assert appositive_aliases(text, [("Daniel Osei", ())]) == {"Daniel Osei": {"the nephew"}}


@pytest.mark.parametrize(
    "text",
    [
        "He spoke to the press, Anna Lind said.",  # no apposition closed after her
        "Police found the car, Anna Lind told the court, in a lake.",  # "the car" is no person
    ],
)
def test_a_noun_before_a_name_inside_a_sentence_is_no_alias_unless_set_off(text: str) -> None:
    assert appositive_aliases(text, [("Anna Lind", ())]) == {}


def test_his_publicist_is_not_the_publicist_of_a_woman() -> None:
    hers = said(speaker="Ana Ruiz", org="Lila Moreau", role="publicist")
    his = said(speaker="Nora Vance", org="Ben Harlow", role="publicist")
    assert actor_score("his publicist", hers) == 0.0
    assert actor_score("his publicist", his) > 0.0
    assert actor_score("her publicist", hers) > 0.0
    # whom nobody can tell the gender of: either
    unknown = said(speaker="Sam Lee", org="Kim Park", role="publicist")
    assert actor_score("his publicist", unknown) > 0.0


def test_name_mentions_finds_whole_names_longest_first() -> None:
    text = "Anna Berg spoke. Bergman did not. Berg, later: Anna Berg again; ZBerg no."
    found = name_mentions(text, [("Anna Berg", ["Berg"])])
    assert [text[start:end] for start, end, _ in found] == [
        "Anna Berg",  # not "Berg" inside it
        "Berg",  # "Bergman" and "ZBerg" are other words
        "Anna Berg",
    ]
    assert {speaker for _, _, speaker in found} == {"Anna Berg"}


def test_name_mentions_gives_each_owner_of_a_shared_name() -> None:
    found = name_mentions("Said Novak.", [("Ivan Novak", ["Novak"]), ("Eva Novak", ["Novak"])])
    assert sorted(speaker for _, _, speaker in found) == ["Eva Novak", "Ivan Novak"]


def test_name_mentions_keeps_short_names_out_when_asked() -> None:
    text = "Berg and NASA said so; Anna Berg agreed."
    found = name_mentions(text, [("Anna Berg", ["Berg"]), ("NASA", [])], min_words=2)
    assert [text[start:end] for start, end, _ in found] == ["NASA", "Anna Berg"]


@pytest.mark.parametrize(
    ("statement", "person"),
    [
        (said(speaker="Nina Sahl", role="researcher"), True),
        (said(speaker="Stridely"), True),  # a single unknown name may be a person's
        (said(speaker="Stridely", org="Stridely"), False),  # the story named it an app
        (said(speaker="Dmitry Peskov", org="Kremlin"), True),
    ],
)
def test_an_organisation_speaking_as_itself_is_no_he_or_she(
    statement: Statement, person: bool
) -> None:
    """ "what did she say?" after a story where the app Stridely speaks: not Stridely."""
    assert is_person(statement) is person


def test_a_role_noun_introducing_a_newly_named_person_aliases_nobody_before_it() -> None:
    """ "The photographer who took the original picture, Sam Ortiz, posted …" after the club
    declined to comment: "the photographer" is Ortiz, not the club."""
    text = (
        "Price's club, Westbrook FC, declined to comment.\n\n"
        "The photographer who took the original picture, Sam Ortiz, posted both versions."
    )
    assert role_aliases(text, [("Westbrook FC", ()), ("Sam Ortiz", ())]) == {}
    told = 'Sam Ortiz posted both versions. "There was no ring," the photographer said.'
    assert role_aliases(told, [("Sam Ortiz", ())]) == {"Sam Ortiz": {"the photographer"}}


@pytest.mark.parametrize(
    ("speaker", "asked"),
    [
        ("pro-Kremlin blogger", "the kremlin"),
        ("anti-government protesters", "the government"),
    ],
)
def test_one_for_or_against_an_actor_is_not_that_actor(speaker: str, asked: str) -> None:
    """A "pro-Kremlin blogger" is not the Kremlin, as "supporters of X" are not X."""
    assert actor_score(asked, said(speaker=speaker)) < 75
    assert actor_score(speaker, said(speaker=speaker)) >= 75


def test_the_company_is_the_one_organisation_that_speaks() -> None:
    """ "did the company deny …?" where no speaker is called "the company": the one
    organisation speaking, not when two do, nor for a person's noun."""
    ferry = Statement(
        position=0,
        kind="denial",
        sentence="Kerran Lines denied it.",
        speaker="Kerran Lines",
        org="Kerran Lines",
    )
    engineer = Statement(
        position=1, kind="claim", sentence="A former engineer said so.", speaker="former engineer"
    )
    rival = Statement(
        position=2,
        kind="claim",
        sentence="Sea Lines said so.",
        speaker="Sea Lines",
        org="Sea Lines",
    )
    assert the_one_org_meant("the company", [ferry, engineer]) == "Kerran Lines"
    assert the_one_org_meant("the company", [ferry, engineer, rival]) is None
    assert the_one_org_meant("the engineer", [ferry, engineer]) is None


def test_an_abbreviated_role_is_searched_written_out() -> None:
    """ "what did the CEO say?" must find a story that only writes "chief executive"."""
    assert written_out_roles("the CEO") == ["chief", "executive"]
    assert written_out_roles("the company") == []


def test_an_actor_is_searched_by_its_synonyms_too() -> None:
    assert synonym_words("the Lib Dems") == ["liberal", "democrats"]
