"""Question parsing: intents, actors, topics, context references, keywords, typos."""

from __future__ import annotations

import pytest

from bot.answer.decide import Verdict, word
from bot.answer.question import INTENTS, Question, parse_question


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("did the Kremlin deny this?", "did_deny"),
        ("who said the story was made up?", "who_denied"),  # a phrase calling it untrue
        ("did fischer reject the criticism?", "did_deny"),  # a criticism is a thing said
        ("Did Acme Corp reject the merger story?", "did_deny"),
        ("has the ministry dismissed the reports of a reshuffle", "did_deny"),
        ("did the union push back on the strike report?", "did_deny"),
        ("Did the mayor refute claims he skipped the vote?", "did_deny"),
        ("did the blogger take back what he wrote about the chef?", "did_deny"),
        ("Has the newspaper retracted its story about the senator?", "did_deny"),
        ("Is it true that the palace denied the wedding rumours?", "did_deny"),
        ("did the club confirm the transfer?", "did_confirm"),
        ("has the airline acknowledged the data breach", "did_confirm"),
        ("did Reuters report that the factory would close?", "did_claim"),
        ("did the minister say taxes would rise?", "did_claim"),
        ("did the tabloid claim the singer was ill?", "did_claim"),
        ("who denied the factory closure story?", "who_denied"),
        ("Who rejected the report about the stadium sale?", "who_denied"),
        ("who said the striker was injured?", "who_claimed"),
        ("Who reported that the bank would merge?", "who_claimed"),
        ("who claimed the bridge was unsafe", "who_claimed"),
        ("who confirmed the layoffs?", "who_confirmed"),
        ("what did the coach say about the injury?", "what_said"),
        ("What was the ministry's response?", "what_said"),
        ("tell me what the coach said about the injury", "what_said"),
        ("did the tabloid stand by its report?", "did_claim"),
        ("Has the embassy responded to the report?", "what_said"),
        ("how did the league react to the expansion story", "what_said"),
        ("strike ferry harbour", "search"),
        # "leak" and "break" ask of a claim only before an object; else they tell of things
        ("who leaked the memo?", "who_claimed"),
        ("who made the allegations?", "who_claimed"),
        ("what did the minister tweet?", "what_said"),
        ("who made the accusation against the minister?", "who_claimed"),
        ("did the minister leak the report?", "did_claim"),
        ("who broke the story?", "who_claimed"),
        ("did chemicals leak into the lake?", "search"),
        ("is it true that chemicals leaked?", "search"),
        ("did the band break up?", "search"),
        ("did the former engineer back the report?", "did_confirm"),
        ("is the president back?", "search"),
        # a long function word misspelt is that word, whatever verb it is also near
        ("was the kurdish fighter realy beheaded", "search"),  # "realy" is no "reply"
        ("did lenovo realy want to buy blackbery", "search"),
        ("who siad the video was fake", "who_denied"),  # "siad" is "said" misspelt
        ("who claimd the video was fake", "who_claimed"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert parse_question(text).intent == intent


def test_every_intent_is_declared() -> None:
    assert parse_question("did the club confirm it").intent in INTENTS
    assert len(set(INTENTS)) == 8


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("did the Kremlin deny this?", "the Kremlin"),
        ("Did Peskov deny the report?", "Peskov"),
        ("did the NHL commissioner deny this?", "the NHL commissioner"),
        ("did apple deny it?", "apple"),
        ("What was the ministry's response?", "the ministry"),
        ("did the orchestra itself officially deny the tour cancellation?", "the orchestra"),
        ("was the merger report denied by the regulator?", "the regulator"),
        ("so the kremlin denied it or nah", "the kremlin"),
        ("ferry operator deny the strike?", "ferry operator"),
        ("any denial from moscow?", "moscow"),
        ("tell me what peskov said", "peskov"),
        ("i wonder if the kremlin denied it", "the kremlin"),
        ("Did the union back up its claim?", "the union"),
        ("any response from the harbour board on the strike report?", "the harbour board"),
        ("did the analysts think the report was true?", "the analysts"),
        ("does the coach believe the story?", "the coach"),
    ],
)
def test_actor(text: str, actor: str) -> None:
    assert parse_question(text).actor == actor


@pytest.mark.parametrize(
    "text",
    ["who denied the factory story?", "was this denied by anyone?", "has it been denied?"],
)
def test_no_actor(text: str) -> None:
    assert parse_question(text).actor is None


@pytest.mark.parametrize(
    "text",
    [
        "did the Kremlin deny this?",
        "did the club deny it",
        "did the club deny the report?",
        "did the club reject that story",
        "did the club deny the story?",
        "did the club dismiss these reports?",
        "has the club denied it yet?",
        "was this denied by anyone?",
        "did the club deny this transfer report?",
        # someone of the story just shared, with no actor named
        "is he dead?",
        "who said he died?",
        "did anyone deny that she quit the band?",
        # nothing asked about but the act: the story at hand
        "who made the claim?",
        "who denied?",
        # "him", "them": someone of the story the chat holds, an actor named or not
        "did ridgeway deny paying him?",
        "did the club deny selling them?",
    ],
)
def test_refers_to_context(text: str) -> None:
    assert parse_question(text).refers_to_context


@pytest.mark.parametrize(
    "text",
    [
        "did the club deny that the striker was sold?",
        "did the club deny the transfer of the striker?",
        "who said the striker was injured?",
        "did the club deny it is selling the striker?",  # "it" is the club asked about
        "who said a 17 year old made millions on his lunch break?",  # "his": the 17-year-old
    ],
)
def test_does_not_refer_to_context(text: str) -> None:
    assert not parse_question(text).refers_to_context


def test_topic_is_the_rest_of_the_question() -> None:
    question = parse_question("Did the club deny that the striker was sold to Madrid?")
    assert question.topic == "the striker was sold to Madrid"


def test_what_said_topic_after_about() -> None:
    question = parse_question("what did the coach say about the knee injury?")
    assert (question.actor, question.topic) == ("the coach", "the knee injury")


def test_keywords_are_lower_case_content_words_of_topic_and_actor() -> None:
    question = parse_question("Did the Harbour Authority deny the ferry strike report?")
    assert question.keywords == ["ferry", "strike", "harbour", "authority"]


def test_keywords_drop_possessives_and_duplicates() -> None:
    question = parse_question("did the coach's agent deny the coach's transfer?")
    assert question.keywords == ["coach", "transfer", "agent"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("did the kremlin dney this", "did_deny"),
        ("did the club denyed the transfer", "did_deny"),
        ("has the airline confrim the breach", "did_confirm"),
        ("did the mayor rejcted the audit", "did_deny"),
        ("DID THE KREMLIN DENY THIS???", "did_deny"),
        # a misspelt verb before a noun that is also a verb ("the report") is the verb
        ("who deined the report that turkeys were infected", "who_denied"),
        ("who confrimed the story", "who_confirmed"),
        ("did denis deny the report", "did_deny"),
        ("who wrote the report", "who_claimed"),
    ],
)
def test_typos_and_case(text: str, intent: str) -> None:
    assert parse_question(text).intent == intent


def test_misspelt_actor_and_topic_are_kept_for_fuzzy_matching() -> None:
    question = parse_question("did teh coastgard deny givin there boats to the smugglers")
    assert question.intent == "did_deny"
    assert question.actor == "teh coastgard"
    assert "givin" in question.keywords and "there" not in question.keywords


def test_negated_say_is_a_denial() -> None:
    assert parse_question("Who said the minister never resigned?").intent == "who_denied"
    assert parse_question("who called the leak a complete fabrication").intent == "who_denied"


def test_retraction_is_flagged() -> None:
    assert parse_question("did the blogger walk back his allegations?").retraction
    assert not parse_question("did the blogger deny the allegations?").retraction


@pytest.mark.parametrize("text", ["did the herald take it back?", "has she walked it back"])
def test_a_pronoun_inside_a_phrasal_verb_is_the_story(text: str) -> None:
    question = parse_question(text)
    assert question.retraction and question.intent == "did_deny"
    assert question.refers_to_context


def test_passive_subject_is_the_topic() -> None:
    question = parse_question("was the merger report denied by the regulator?")
    assert question.intent == "did_deny"
    assert "merger" in question.keywords


def test_question_is_frozen() -> None:
    question = parse_question("did the club deny it?")
    assert isinstance(question, Question)
    with pytest.raises(AttributeError):
        question.intent = "search"  # type: ignore[misc]


def test_empty_question_is_a_search() -> None:
    assert parse_question("   ?").intent == "search"


def test_from_actor_leaves_the_rest_as_topic() -> None:
    question = parse_question("any response from the harbour board on the strike report?")
    assert question.intent == "what_said"
    assert question.topic == "the strike report"


@pytest.mark.parametrize(
    "text", ["did she deny insulting them?", "did he deny it?", "did they deny the claim?"]
)
def test_a_pronoun_subject_means_the_story_just_shared(text: str) -> None:
    question = parse_question(text)
    assert question.actor is None and question.refers_to_context


def test_a_named_subject_with_a_topic_is_not_the_context() -> None:
    assert not parse_question("did Jones deny insulting the couple?").refers_to_context


def test_who_said_never_asks_for_the_denial_in_its_negation() -> None:
    question = parse_question("who said the mayor never signed the order?")
    assert question.intent == "who_denied" and question.negation_is_denial
    assert not parse_question("did anyone deny that the mayor never signed it?").negation_is_denial


def test_a_fact_check_is_asked_for_as_a_denial() -> None:
    question = parse_question("did anyone fact-check this?")
    assert question.intent == "did_deny" and question.refers_to_context


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("What did Chinese state TV say about the ban?", "Chinese state TV"),
        ("what did state media say about the crash?", "state media"),
        ("Did the State Department deny the report?", "the State Department"),
    ],
)
def test_state_before_a_noun_is_no_verb(text: str, actor: str) -> None:
    """ "state TV", "state media": the verb is the "say" after them, not "state"."""
    assert parse_question(text).actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("did the who say 5g spreads the flu?", "WHO"),
        ("did WHO deny it?", "WHO"),
        ("what did the who say about it?", "WHO"),
        ("did the us deny the report?", "US"),
        ("who denied it?", None),  # the question's own "who"
        ("did anyone tell us about it?", None),
    ],
)
def test_an_acronym_that_is_a_common_word_names_the_actor(text: str, actor: str | None) -> None:
    assert parse_question(text).actor == actor


@pytest.mark.parametrize(
    "text",
    ["did the herald correct its story?", "did the site apologise?", "has the paper apologized?"],
)
def test_correcting_or_apologising_is_taking_it_back(text: str) -> None:
    question = parse_question(text)
    assert question.retraction and question.intent == "did_deny"


@pytest.mark.parametrize(
    ("text", "actor", "gender"),
    [
        ("did brandt deny it himself?", "brandt", "m"),
        ("did brandt himself deny it?", "brandt", "m"),
        ("did she deny it herself?", None, "f"),
    ],
)
def test_himself_before_or_after_the_verb_asks_for_their_own_words(
    text: str, actor: str | None, gender: str
) -> None:
    question = parse_question(text)
    assert (question.actor, question.topic) == (actor, "it")
    assert question.in_person and question.gender == gender


@pytest.mark.parametrize(
    ("text", "actor", "intent"),
    [
        ("did the woman who wrote the post apologise?", "the woman", "did_deny"),
        ("what did the man who filmed the video say?", "the man", "what_said"),
        ("did the who say 5g spreads the flu?", "WHO", "did_claim"),
    ],
)
def test_a_relative_clause_says_which_one_and_holds_no_verb_of_the_question(
    text: str, actor: str, intent: str
) -> None:
    question = parse_question(text)
    assert (question.actor, question.intent) == (actor, intent)
    assert "post" in question.keywords or "post" not in text  # its words still search


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("is the bloomberg report accurate?", "the bloomberg report"),
        ("is the report correct?", "the report"),
    ],
)
def test_a_noun_after_is_is_no_verb_and_a_truth_word_asks_of_the_story(
    text: str, topic: str
) -> None:
    question = parse_question(text)
    assert (question.intent, question.topic) == ("search", topic)


def test_the_second_part_of_a_hyphenated_word_is_no_misspelt_verb() -> None:
    """ "pre-contract" is no "contradict": the question asks whether he signed."""
    question = parse_question("is it true ruiz signed a pre-contract with sevilla?")
    assert (question.intent, question.actor) == ("search", None)


def test_a_noun_after_a_possessive_is_no_verb_of_the_question() -> None:
    question = parse_question("did the union's claim get denied?")
    assert (question.intent, question.actor) == ("did_deny", None)


def test_how_many_asks_a_number_whatever_verb_follows() -> None:
    """ "how many drones were shot down?": "shot down" is no denial asked of "many drones"."""
    question = parse_question("how many drones were shot down?")
    assert (question.intent, question.actor) == ("search", None)


def test_a_verdict_word_makes_who_said_a_question_for_the_denial() -> None:
    question = parse_question("who said the study was flawed?")
    assert question.intent == "who_denied"


def test_the_only_verb_after_a_possessive_is_a_noun() -> None:
    question = parse_question("did anyone read chen's report?")
    assert question.intent == "search"


@pytest.mark.parametrize(
    ("text", "intent", "actor", "topic"),
    [
        ("did anyone support chen's report?", "did_confirm", None, "chen's report"),
        ("did the club back the report?", "did_confirm", "the club", "the report"),
        # backing a person is no claim confirmed: what the club said of him
        ("did the club back holt?", "did_claim", "the club", "holt"),
        ("does the board support the manager?", "did_claim", "the board", "the manager"),
    ],
)
def test_backing_a_claim_confirms_it_backing_a_person_is_said(
    text: str, intent: str, actor: str | None, topic: str
) -> None:
    question = parse_question(text)
    assert (question.intent, question.actor, question.topic) == (intent, actor, topic)


def test_a_real_word_two_letters_from_a_verb_is_no_misspelling_of_it() -> None:
    """ "released" is two letters from "repeated": the question asks of the footage, it does
    not ask who repeated a claim."""
    assert parse_question("will the footage be released?").intent == "search"
    assert parse_question("has the airline confrim the breach").intent == "did_confirm"


def test_how_many_asks_of_what_is_counted() -> None:
    """ "how many customers were affected?": the customers are the topic, not "many"."""
    question = parse_question("how many customers were affected?")
    assert question.intent == "search"
    assert "many" not in question.topic
    assert "customers" in question.topic


@pytest.mark.parametrize("text", ["fake?", "real or fake?", "who is lying?", "a hoax?"])
def test_a_bare_verdict_word_asks_of_the_story_at_hand(text: str) -> None:
    """ "fake?" right after a share asks of that story, as "is it fake?" does; "is the video
    fake?" names its own topic."""
    assert parse_question(text).refers_to_context
    assert not parse_question("is the video fake?").refers_to_context


def test_every_question_keeps_its_first_word() -> None:
    """ "what is the dispute?" is answered with who denied, not with a "Yes."."""
    assert parse_question("what is the dispute?").opener == "what"
    assert parse_question("did the kremlin deny it?").opener == "did"


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        ("who reportd that robert plant rejected 500 million", "who_claimed", "robert plant"),
        ("who siad that the club denied it", "who_claimed", "the club denied it"),
    ],
)
def test_a_misspelt_verb_right_after_who_is_the_verb_asked(
    text: str, intent: str, topic: str
) -> None:
    """ "who reportd that X rejected Y?" asks who reported it, not who rejected it."""
    question = parse_question(text)
    assert question.intent == intent
    assert question.topic.startswith(topic)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("did chinese tv give advice on english names?", "none of them says so"),
        ("did the kremlin deny it?", "no denial in them"),
    ],
)
def test_a_story_nothing_answers_is_worded_for_what_was_asked(text: str, opening: str) -> None:
    """A search asks for no kind of statement: not "no statement in them"."""
    answer = word(parse_question(text), Verdict("no", "unanswered"))
    assert opening in answer.text


@pytest.mark.parametrize(
    "text", ["summary?", "tl;dr", "give me a summary", "sum it up", "summarise it", "who is right?"]
)
def test_asking_for_the_story_as_a_whole_is_of_the_story_at_hand(text: str) -> None:
    """ "tl;dr", "who is right?" name nothing to search for: the story just shared, not "none
    of the reports covers this story"."""
    question = parse_question(text)
    assert question.refers_to_context
    assert question.keywords == []


def test_she_after_an_organisation_is_a_person_of_the_story_at_hand() -> None:
    """ "did the network confirm she is staying?": "she" is no network, but the actress of the
    story just shared; "did Adidas deny it is moving?" keeps "it" as Adidas."""
    assert parse_question("did the network confirm she is staying?").refers_to_context
    assert not parse_question("did adidas deny it is moving?").refers_to_context
    assert not parse_question("did the minister deny she is resigning?").refers_to_context


def test_when_where_or_why_with_no_speaker_asks_of_what_happened() -> None:
    """ "when could a deal be announced?" asks of the announcing, not who claimed something;
    "when did peskov deny it?" still asks of Peskov's denial, and his name is the actor."""
    deal = parse_question("when could a deal be announced?")
    assert deal.intent == "search" and "announced" in deal.topic
    peskov = parse_question("when did peskov deny it?")
    assert peskov.intent == "did_deny" and peskov.actor == "peskov"


@pytest.mark.parametrize(
    "text", ["is lumen bank closing 300 branches?", "is the bank closing branches?"]
)
def test_a_short_english_word_is_never_a_misspelt_verb(text: str) -> None:
    """ "bank" is one letter from "back" (to back a claim), but it is spelt right: the
    question asks whether the bank is closing branches, of nobody in particular."""
    question = parse_question(text)
    assert (question.intent, question.actor) == ("search", None)


def test_a_misspelt_verb_is_still_read() -> None:
    assert parse_question("did the kremlin deni it").intent == "did_deny"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # an act done to things: a search for what the stories say of it
        ("did ukraine shoot down drones?", "search"),
        ("did the club dismiss the manager?", "search"),
        ("did russia withdraw its troops?", "search"),
        ("did parliament reject the bill?", "search"),
        ("was the plane shot down?", "search"),
        # the same verbs with a claim as their object, before or after them
        ("did the club shoot down the rumour?", "did_deny"),
        ("did the kremlin dismiss claims that putin is ill?", "did_deny"),
        ("did the paper withdraw the story?", "did_deny"),
        ("did they reject it?", "did_deny"),
        ("was the story shot down?", "did_deny"),
        ("was it rejected?", "did_deny"),
        ("who rejected the allegations?", "who_denied"),
    ],
)
def test_a_verb_that_denies_only_a_claim_needs_one(text: str, intent: str) -> None:
    """question_verbs.tsv "needs-claim": "shoot down", "dismiss", "reject", "withdraw" deny or
    take back what was said; done to drones, managers, bills or troops they are acts."""
    assert parse_question(text).intent == intent


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("did country truth respond?", True),
        ("has the club commented?", True),
        ("did the club deny it?", False),
        ("what did the club say?", False),
    ],
)
def test_a_question_whether_they_answered_at_all(text: str, response: bool) -> None:
    assert parse_question(text).response is response


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("did greenway deny paying her?", True),
        ("did greenway deny paying her £40,000?", True),
        ("did the council deny her involvement in the plan?", False),
    ],
)
def test_her_as_an_object_is_someone_of_the_story_at_hand(text: str, context: bool) -> None:
    """ "paying her": a person of the story just shared; "her involvement": a possessive, bound
    inside the question."""
    assert parse_question(text).refers_to_context is context


def test_blame_asks_what_someone_claimed() -> None:
    question = parse_question("did the un blame the army?")
    assert (question.intent, question.actor, question.topic) == ("did_claim", "the un", "the army")


@pytest.mark.parametrize(
    ("text", "counting"),
    [("how many people were killed?", True), ("how much was paid?", True), ("who died?", False)],
)
def test_how_many_asks_a_count(text: str, counting: bool) -> None:
    assert parse_question(text).counting is counting


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("who is maria jensen?", "maria jensen"),
        ("who is peskov?", "peskov"),
        ("who's the spokesman?", "the spokesman"),
        # no one named: a search, as before
        ("who is right?", None),
        ("who is behind the attack?", None),
        ("who is lying?", None),
    ],
)
def test_who_is_a_name_asks_what_they_said(text: str, actor: str | None) -> None:
    question = parse_question(text)
    assert question.actor == actor
    assert question.intent == ("what_said" if actor else "search")


@pytest.mark.parametrize(
    ("text", "actor", "topic"),
    [
        ("did freeman talk about black history month?", "freeman", "black history month"),
        ("did the minister speak about the strike?", "the minister", "the strike"),
        ("did she mention the payments?", None, "the payments"),
    ],
)
def test_talking_about_something_asks_what_was_said_of_it(
    text: str, actor: str | None, topic: str
) -> None:
    """ "did X talk about Y?": what X said of Y; "talk" is no word Y must be told with."""
    question = parse_question(text)
    assert question.intent == "did_claim"
    assert (question.actor, question.topic) == (actor, topic)
