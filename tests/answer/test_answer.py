"""The decision (yes / no / unknown) and the Telegram-HTML reply, on hand-made stories."""

from __future__ import annotations

import dataclasses

import pytest

from bot.answer.decide import SHOWN_CITATIONS, Answer, decide
from bot.answer.question import parse_question
from bot.answer.ranking import (
    MAX_CITATIONS,
    STORY_MIN,
    Candidate,
    names_match,
    story_match,
    uncovered,
)
from bot.models import Statement
from bot.render.html import who

URL = "https://news.example/kremlin-denies?id=7&src=feed"

CLAIM = Statement(
    position=1,
    kind="claim",
    sentence='The Bloomberg report said Putin was "testing the waters" for a ceasefire '
    "along the current front lines.",
    speaker="Bloomberg",
    org="Bloomberg",
    proposition="Putin is exploring a ceasefire on the current front lines",
)
PESKOV = Statement(
    position=3,
    kind="denial",
    sentence='"No, this is a wrong report. It absolutely does not correspond to reality," '
    "Peskov said.",
    speaker="Dmitry Peskov",
    speaker_norm="dmitry peskov",
    org="Kremlin",
    role="spokesman",
    cue="said",
    quote="No, this is a wrong report. It absolutely does not correspond to reality",
    aliases=("Peskov", "Kremlin spokesman Dmitry Peskov"),
    target=1,
)
KREMLIN = Statement(
    position=0,
    kind="denial",
    sentence="The Kremlin on Friday denied a Bloomberg report that President Vladimir Putin "
    'was "putting out feelers" to Washington about a ceasefire.',
    speaker="Kremlin",
    org="Kremlin",
    target=1,
)
ZELENSKY_OFFICE = Statement(
    position=5,
    kind="statement",
    sentence="Zelensky's office declined to comment.",
    speaker="Zelensky's office",
    org="Ukrainian presidential office",
)


def candidate(statement: Statement, ident: int, **fields: object) -> Candidate:
    base: dict[str, object] = {
        "statement": statement,
        "statement_id": ident,
        "article_id": 7,
        "url": URL,
        "title": "Kremlin denies Bloomberg ceasefire report",
        "site": "Reuters",
        "published": "2024-05-24T10:15:00+00:00",
        "answers": CLAIM if statement.target == 1 else None,
        "in_context": True,
    }
    base.update(fields)
    return Candidate(**base)  # type: ignore[arg-type]


def seed(in_context: bool = True) -> list[Candidate]:
    statements = [CLAIM, PESKOV, KREMLIN, ZELENSKY_OFFICE]
    return [candidate(s, i, in_context=in_context) for i, s in enumerate(statements, 1)]


def ask(text: str, candidates: list[Candidate], story_known: bool = True) -> Answer:
    return decide(parse_question(text), candidates, story_known)


def test_did_the_kremlin_deny_this_quotes_peskov() -> None:
    answer = ask("did the Kremlin deny this?", seed())
    assert answer.answer == "yes"
    assert answer.citations[0].speaker == "Dmitry Peskov"
    assert answer.citations[0].sentence == PESKOV.sentence
    assert {c.kind for c in answer.citations} == {"denial"}
    assert "Dmitry Peskov" in answer.text and "Reuters" in answer.text
    assert "2024-05-24" in answer.text


def test_reply_quotes_verbatim_and_names_the_answered_claim() -> None:
    text = ask("did the Kremlin deny this?", seed()).text
    assert "No, this is a wrong report. It absolutely does not correspond to reality" in text
    assert "testing the waters" in text  # the claim it answers, verbatim
    assert CLAIM.proposition not in text  # never a paraphrase
    assert '<a href="https://news.example/kremlin-denies?id=7&amp;src=feed">' in text


def test_who_denied_the_bloomberg_story() -> None:
    candidates = seed(in_context=False)
    question = parse_question("who denied the bloomberg story?")
    assert story_match(question, candidates) >= STORY_MIN
    answer = decide(question, candidates, story_known=True)
    assert answer.answer == "yes"
    assert {c.speaker for c in answer.citations} == {"Dmitry Peskov", "Kremlin"}
    assert answer.text.startswith("<b>Denied by:</b>")


def test_actor_absent_from_the_story_is_no() -> None:
    candidates = seed()[:3]
    answer = ask("did Zelensky deny this?", candidates)
    assert answer.answer == "no"
    assert "nothing from Zelensky" in answer.text
    assert "Dmitry Peskov" in answer.text  # who did deny it


def test_actor_absent_cites_no_denials_from_stories_not_asked_about() -> None:
    """Without a story replied to, other people's denials found by shared words may be about
    another story: the answer names nobody in the actor's place."""
    answer = ask("did Zelensky deny the ceasefire report?", seed(in_context=False)[:3])
    assert answer.answer == "no"
    assert "nothing from Zelensky" in answer.text
    assert answer.citations == []


def test_declined_to_comment_is_no_and_says_so() -> None:
    answer = ask("did Zelensky's office deny this?", seed())
    assert answer.answer == "no"
    assert [c.sentence for c in answer.citations] == [ZELENSKY_OFFICE.sentence]
    assert "declined to comment" in answer.text


def test_a_description_named_inside_the_reply_loses_its_capital() -> None:
    friend = Statement(
        position=7,
        kind="claim",
        sentence="One of his friends told the Post that Putin was ready to talk.",
        speaker="One of his friends",
        cue="told",
    )
    answer = ask("did his friend deny it?", [*seed(), candidate(friend, 9)])
    assert answer.answer == "no"
    assert "no denial by one of his friends on this story" in answer.text
    assert answer.citations[0].sentence == friend.sentence


def test_a_description_opening_the_reply_takes_a_capital() -> None:
    spokeswoman = Statement(
        position=7,
        kind="denial",
        sentence="A Kremlin spokeswoman said the report was false.",
        speaker="spokeswoman",
        org="Kremlin",
        role="spokeswoman",
        target=1,
    )
    answer = ask("did the kremlin deny it?", [seed()[0], candidate(spokeswoman, 9)])
    assert answer.text.startswith("<b>Yes.</b> Spokeswoman"), answer.text


def test_the_name_asked_in_lower_case_heads_the_reply_as_the_story_writes_it() -> None:
    """Two speakers cited for "what did the kremlin say?": the heading names the Kremlin as
    the statements write it, not as typed."""
    answer = ask("what did the kremlin say?", seed())
    assert answer.text.startswith("<b>What the Kremlin said:</b>"), answer.text


_SOURCE = Statement(
    position=6,
    kind="claim",
    sentence='"He will never agree to a ceasefire," said a source close to Vladimir Putin.',
    speaker="source close to Vladimir Putin",
    org="Vladimir Putin",
    role="source",
    cue="said",
    quote="He will never agree to a ceasefire",
    anonymous=True,
    aliases=("Vladimir Putin",),
)


def test_an_anonymous_source_close_to_the_actor_is_not_quoted_as_the_actor() -> None:
    candidates = [*seed()[:3], candidate(_SOURCE, 9)]
    answer = ask("did Putin deny the ceasefire report?", candidates)
    assert answer.answer == "no"
    assert _SOURCE.sentence not in [c.sentence for c in answer.citations]
    assert "What" not in answer.text  # no "What Putin did say:" over a source's words
    asked = ask("did the source close to Putin deny the ceasefire report?", candidates)
    assert _SOURCE.sentence in [c.sentence for c in asked.citations]


def test_an_open_question_cites_what_names_its_topic_before_denials_that_do_not() -> None:
    posts = Statement(
        position=0,
        kind="claim",
        sentence="Posts on social media claimed that police had arrested twelve students.",
        speaker="Posts",
        cue="claimed",
        proposition="police had arrested twelve students",
    )
    denial = Statement(
        position=1,
        kind="denial",
        sentence="A police spokesman said no arrests had been made.",
        speaker="police spokesman",
        cue="said",
        proposition="no arrests had been made",
        target=0,
    )
    unhurt = Statement(
        position=2,
        kind="statement",
        sentence='"Nobody was hurt during the protest," he said.',
        speaker="police spokesman",
        cue="said",
        quote="Nobody was hurt during the protest",
    )
    short = Statement(
        position=3,
        kind="statement",
        sentence="The university said it was reviewing footage.",
        speaker="university",
        cue="said",
        proposition="it was reviewing footage",
    )
    candidates = [
        candidate(st, i, answers=posts if st.target == 0 else None)
        for i, st in enumerate([posts, denial, unhurt, short], 1)
    ]
    answer = ask("was anyone hurt?", candidates)
    assert [c.sentence for c in answer.citations] == [unhurt.sentence]


def test_an_open_question_cites_a_claim_that_names_its_topic_before_a_denial_of_less() -> None:
    rights = Statement(
        position=0,
        kind="claim",
        sentence="A rights group said 42 civilians were killed in the strike.",
        speaker="rights group",
        cue="said",
        proposition="42 civilians were killed in the strike",
    )
    figures = Statement(
        position=1,
        kind="claim",
        sentence="A ministry spokesman said only three people had died in the fire.",
        speaker="ministry spokesman",
        cue="said",
        proposition="only three people had died in the fire",
    )
    invented = Statement(
        position=2,
        kind="denial",
        sentence='"These numbers are invented by people who hate us," he said.',
        speaker="ministry spokesman",
        cue="said",
        quote="These numbers are invented by people who hate us",
        target=0,
    )
    candidates = [
        candidate(st, i, answers=rights if st.target == 0 else None)
        for i, st in enumerate([rights, figures, invented], 1)
    ]
    answer = ask("how many people died?", candidates)
    assert answer.citations[0].sentence == figures.sentence  # not only the denial
    assert not answer.text.startswith("<b>Disputed")  # an open question: what was said


_HOAX_POST = Statement(
    position=0,
    kind="claim",
    sentence="A Facebook page posted that the actor Ray Dalton had passed away.",
    speaker="page",
    cue="posted",
    proposition="the actor Ray Dalton had passed away",
)
_AGENT = Statement(
    position=1,
    kind="denial",
    sentence="His agent, Phil Moran, called the post a hoax and asked Facebook to remove the page.",
    speaker="Phil Moran",
    org="Ray Dalton",
    aliases=("His agent", "Ray Dalton"),
    cue="called",
    target=0,
)
_DAUGHTER = Statement(
    position=2,
    kind="denial",
    sentence='His daughter, Emma Dalton, said her father was "alive and well".',
    speaker="Emma Dalton",
    org="Dalton",
    aliases=("His daughter", "Dalton"),
    cue="said",
    target=0,
)
_FACEBOOK = Statement(
    position=3,
    kind="claim",
    sentence="Facebook said it had taken the page down for violating its rules.",
    speaker="Facebook",
    cue="said",
    proposition="it had taken the page down for violating its rules",
)


def _hoax_story() -> list[Candidate]:
    return [
        candidate(st, i, answers=_HOAX_POST if st.target == 0 else None)
        for i, st in enumerate([_HOAX_POST, _AGENT, _DAUGHTER, _FACEBOOK], 1)
    ]


def test_two_people_speaking_for_one_man_are_two_speakers() -> None:
    answer = ask("what did phil moran say?", _hoax_story())
    assert [c.speaker for c in answer.citations] == ["Phil Moran"]


def test_asked_whether_someone_did_something_their_own_account_answers() -> None:
    answer = ask("did facebook remove the page?", _hoax_story())
    assert answer.citations[0].sentence == _FACEBOOK.sentence
    assert "Disputed" not in answer.text  # the agent's denial is of the death, not of this


_LABELLED = Statement(
    position=4,
    kind="denial",
    sentence="Facebook said it had labelled the post as false after a review.",
    speaker="Facebook",
    cue="said",
    proposition="it had labelled the post as false after a review",
    target=0,
)


def test_a_denial_telling_the_very_act_asked_of_its_speaker_answers_yes() -> None:
    """ "did facebook label the post false?": Facebook's "it had labelled the post as false"
    denies the post, and tells, unnegated, the act asked of Facebook: yes, not "disputed"."""
    story = [*_hoax_story(), candidate(_LABELLED, 5, answers=_HOAX_POST)]
    answer = ask("did facebook label the post false?", story)
    assert answer.answer == "yes"
    assert _LABELLED.sentence in [c.sentence for c in answer.citations]
    assert "Disputed" not in answer.text


def test_story_not_stored_is_unknown() -> None:
    question = parse_question("did Apple deny it will buy Netflix?")
    candidates = seed(in_context=False)
    assert story_match(question, candidates) < STORY_MIN
    answer = decide(question, candidates, story_known=False)
    assert answer == Answer("unknown", answer.text, [], case="unknown")
    assert "I don't know" in answer.text


def test_unknown_when_no_candidates_at_all() -> None:
    assert ask("did Apple deny it will buy Netflix?", [], story_known=False).answer == "unknown"


def test_this_without_a_context_article_is_unknown() -> None:
    answer = ask("did the Kremlin deny this?", seed(in_context=False), story_known=False)
    assert answer.answer == "unknown"
    assert "not read the article" in answer.text


def test_confirmation_wanted_but_only_denials_is_no() -> None:
    answer = ask("did the Kremlin confirm it?", seed())
    assert answer.answer == "no"
    assert answer.citations[0].kind == "denial"  # what the Kremlin did say


def test_did_claim_and_what_said() -> None:
    claim = ask("did Bloomberg report that Putin was testing the waters?", seed(False))
    assert claim.answer == "yes" and claim.citations[0].sentence == CLAIM.sentence
    said = ask("what did peskov say about the ceasefire report?", seed(False))
    assert said.answer == "yes" and said.citations[0].speaker == "Dmitry Peskov"
    assert said.text.startswith("<b>What Dmitry Peskov said:</b>")  # his name, not the typing


def test_what_said_about_a_topic_skips_his_remarks_that_do_not_name_it() -> None:
    """ "That is what bothers me" points back at whatever the article is about; asked what he
    said about the ceasefire, only what names it is quoted (a reply to a denial question
    may still borrow its article's topic: "These claims are false")."""
    aside = Statement(
        position=4,
        kind="statement",
        sentence='"That is what bothers me," Peskov said.',
        speaker="Dmitry Peskov",
        speaker_norm="dmitry peskov",
        quote="That is what bothers me",
    )
    candidates = [*seed(False), candidate(aside, 5, in_context=False)]
    said = ask("what did peskov say about the ceasefire report?", candidates)
    assert said.answer == "yes"
    assert [c.sentence for c in said.citations] == [PESKOV.sentence]


def test_typo_question_still_answers() -> None:
    answer = ask("did teh kremlim dney the bloomberg ceasfire story", seed(False))
    assert answer.answer == "yes"


def test_html_is_escaped() -> None:
    tricky = dataclasses.replace(
        PESKOV, sentence='Peskov said the <b>report</b> was "wrong" & false.', quote=None
    )
    candidates = [candidate(tricky, 1, title="A <script> & title")]
    text = ask("did Peskov deny this?", candidates).text
    assert "&lt;b&gt;report&lt;/b&gt;" in text and "&amp; false" in text
    assert "<script>" not in text and "A &lt;script&gt; &amp; title" in text


def test_unsafe_url_is_not_linked() -> None:
    candidates = [candidate(PESKOV, 1, url="javascript:alert(1)")]
    assert "href" not in ask("did Peskov deny this?", candidates).text


def test_at_most_max_citations_best_first_and_the_best_shown() -> None:
    denials = [
        dataclasses.replace(
            PESKOV, position=i, sentence=f"Peskov said report {i} was wrong.", quote=None
        )
        for i in range(MAX_CITATIONS + 2)
    ]
    answer = ask("did Peskov deny this?", [candidate(d, i) for i, d in enumerate(denials)])
    assert answer.answer == "yes"
    assert len(answer.citations) == MAX_CITATIONS
    scores = [c.score for c in answer.citations]
    assert scores == sorted(scores, reverse=True)
    assert answer.text.count("• ") == SHOWN_CITATIONS


def test_statements_off_the_topic_in_their_own_words_are_not_cited() -> None:
    on_topic = dataclasses.replace(
        PESKOV, sentence="Peskov said the ceasefire report was wrong.", target=None, quote=None
    )
    aside = dataclasses.replace(
        PESKOV,
        position=4,
        sentence="Peskov said the weather in Moscow was fine.",
        target=None,
        quote=None,
    )
    candidates = [
        candidate(on_topic, 1, answers=None, in_context=False),
        candidate(aside, 2, answers=None, in_context=False),
    ]
    answer = ask("did Peskov deny the ceasefire report?", candidates)
    assert [c.sentence for c in answer.citations] == [on_topic.sentence]


def test_duplicate_sentences_are_cited_once() -> None:
    candidates = [candidate(PESKOV, 1), candidate(PESKOV, 2, article_id=8)]
    assert len(ask("did Peskov deny this?", candidates).citations) == 1


def test_retraction_must_answer_the_actors_own_claim() -> None:
    own_claim = Statement(
        position=0, kind="claim", sentence="Olsen said the golfer was banned.", speaker="Dan Olsen"
    )
    retraction = Statement(
        position=1,
        kind="denial",
        speaker="Dan Olsen",
        sentence="Olsen later said his remarks about the ban were only opinion.",
    )
    rebuttal = dataclasses.replace(
        retraction, sentence="Olsen said the league's ban denial was false."
    )
    league = Statement(
        position=2, kind="claim", sentence="The league said there was no ban.", speaker="the league"
    )
    question = "did Dan Olsen take back his claim about the ban?"
    yes = ask(question, [candidate(retraction, 1, answers=own_claim)])
    no = ask(question, [candidate(rebuttal, 1, answers=league)])
    assert (yes.answer, no.answer) == ("yes", "no")


def test_who_formats_name_role_and_org() -> None:
    assert who(PESKOV) == "Dmitry Peskov (spokesman, Kremlin)"
    assert who(KREMLIN) == "Kremlin"
    assert who(Statement(position=0, kind="claim", sentence="…")) == "an unnamed source"


@pytest.mark.parametrize("text", ["who denied this?", "was this denied by anyone?"])
def test_anyone_denied_this(text: str) -> None:
    answer = ask(text, seed())
    assert answer.answer == "yes"
    assert "Dmitry Peskov" in answer.text


def test_every_statement_of_a_speaker_shares_the_actor_match() -> None:
    named = Statement(
        position=0,
        kind="denial",
        sentence="Ravi Menon, the port authority chairman, denied the port will close.",
        speaker="Ravi Menon",
        role="chairman",
        org="port authority",
        aliases=("Menon",),
    )
    later = Statement(
        position=1,
        kind="denial",
        sentence='"Nobody is closing anything," said Menon.',
        speaker="Ravi Menon",
        aliases=("Menon",),
        quote="Nobody is closing anything",
    )
    found = ask("did the port authority deny this?", [candidate(named, 1), candidate(later, 2)])
    assert found.answer == "yes"
    assert {c.sentence for c in found.citations} == {named.sentence, later.sentence}


def test_a_bare_named_speaker_is_the_described_one_it_is_an_alias_of() -> None:
    described = Statement(
        position=0,
        kind="denial",
        sentence="The harbour board spokeswoman rejected the report on Friday.",
        speaker="harbour board spokeswoman",
        role="spokeswoman",
        org="harbour board",
    )
    named = Statement(
        position=1,
        kind="denial",
        sentence='"The report is wrong," said Ada Quist.',
        speaker="Ada Quist",
        aliases=("Quist", "harbour board spokeswoman"),
        quote="The report is wrong",
    )
    found = ask("did the harbour board deny this?", [candidate(described, 1), candidate(named, 2)])
    assert named.sentence in {c.sentence for c in found.citations}


def test_the_first_citation_also_covers_the_topic_in_its_own_words() -> None:
    vague = Statement(
        position=0,
        kind="statement",
        sentence="Lina Ortiz said the season had been long.",
        speaker="Lina Ortiz",
    )
    on_topic = Statement(
        position=5,
        kind="statement",
        sentence="Ortiz said the orchestra is not leaving Vienna.",
        speaker="Lina Ortiz",
    )
    found = ask(
        "what did Lina Ortiz say about the orchestra leaving vienna?",
        [candidate(vague, 1, in_context=False), candidate(on_topic, 2, in_context=False)],
    )
    assert found.answer == "yes"
    assert [c.sentence for c in found.citations] == [on_topic.sentence]


def test_short_reply_is_cited_with_its_articles_topic() -> None:
    long_denial = Statement(
        position=1,
        kind="denial",
        sentence="The ministry denied that the harbour tunnel would close for two years.",
        speaker="Transport ministry",
    )
    short_denial = Statement(
        position=2,
        kind="denial",
        sentence='"That is simply untrue," the minister said.',
        speaker="Transport ministry",
        quote="That is simply untrue",
    )
    candidates = [candidate(long_denial, 1, in_context=False)]
    candidates.append(candidate(short_denial, 2, in_context=False))
    answer = ask("did the transport ministry deny the harbour tunnel closure?", candidates)
    assert answer.answer == "yes"
    assert {c.sentence for c in answer.citations} == {long_denial.sentence, short_denial.sentence}


def test_no_retraction_cites_what_the_actor_said_after_the_denial() -> None:
    claim = Statement(
        position=0,
        kind="claim",
        sentence="Senator Moss said the dam inspection reports had been falsified.",
        speaker="Senator Moss",
    )
    denial = Statement(
        position=1,
        kind="denial",
        sentence="The water board rejected the senator's claim about the dam inspection reports.",
        speaker="water board",
    )
    stood_by = Statement(
        position=2,
        kind="claim",
        sentence="Moss said on Friday that he still had evidence the dam reports were falsified.",
        speaker="Senator Moss",
    )
    candidates = [
        candidate(s, i, in_context=False) for i, s in enumerate([claim, denial, stood_by])
    ]
    answer = ask(
        "did Senator Moss take back his claim about the dam inspection reports?", candidates
    )
    assert answer.answer == "no"
    assert [c.sentence for c in answer.citations] == [stood_by.sentence]


BERG_CLAIM = Statement(
    position=0,
    kind="claim",
    sentence="Ola Berg said the reservoir was poisoned by the plant.",
    speaker="Ola Berg",
    speaker_norm="ola berg",
)
PLANT_DENIAL = Statement(
    position=2,
    kind="denial",
    sentence="The plant denied poisoning the reservoir.",
    speaker="The plant",
    speaker_norm="the plant",
    target=0,
)


def test_a_retraction_ranks_below_disputes_unless_asked() -> None:
    claim = BERG_CLAIM
    retraction = Statement(
        position=1,
        kind="denial",
        sentence="Ola Berg later said the reservoir was never poisoned by the plant.",
        speaker="Ola Berg",
        speaker_norm="ola berg",
        target=0,
    )
    dispute = PLANT_DENIAL
    found = [candidate(s, i, answers=claim) for i, s in enumerate([retraction, dispute], 1)]
    who = ask("Who denied the reservoir was poisoned?", found)
    assert [c.speaker for c in who.citations][0] == "The plant"
    back = ask("Did Ola Berg take back the reservoir claim?", found)
    assert back.answer == "yes" and back.citations[0].speaker == "Ola Berg"


def _quay_story() -> tuple[Statement, Statement, list[Candidate]]:
    """A hand-made story with a main dispute (three replies to the harbour board's claim) and a
    side one (one reply to a union's claim)."""
    board = Statement(
        position=0,
        kind="claim",
        sentence="The harbour board said the old quay would be demolished in March.",
        speaker="harbour board",
        speaker_norm="harbour board",
    )
    union = Statement(
        position=4,
        kind="claim",
        sentence="The dockers' union claimed that night shifts would be cut.",
        speaker="dockers' union",
        speaker_norm="dockers' union",
    )
    replies = [
        Statement(
            position=1,
            kind="denial",
            sentence="The city council flatly denied that the old quay would be demolished.",
            speaker="city council",
            speaker_norm="city council",
            target=0,
        ),
        Statement(
            position=2,
            kind="denial",
            sentence='"There is no truth whatsoever to these claims," the council said.',
            speaker="city council",
            speaker_norm="city council",
            quote="There is no truth whatsoever to these claims",
            target=0,
        ),
        Statement(
            position=3,
            kind="denial",
            sentence="Mayor Ines Falk also rejected the report at a meeting on Monday.",
            speaker="Ines Falk",
            speaker_norm="ines falk",
            org="city council",
            target=0,
        ),
        Statement(
            position=5,
            kind="denial",
            sentence="The council also rejected that in a letter to the union.",
            speaker="city council",
            speaker_norm="city council",
            target=4,
        ),
        Statement(
            position=6,
            kind="statement",
            sentence="The port operator declined to comment.",
            speaker="port operator",
            speaker_norm="port operator",
        ),
    ]
    found = [
        candidate(st, i, answers=board if st.target == 0 else union if st.target == 4 else None)
        for i, st in enumerate(replies, 1)
    ]
    found += [candidate(board, 10), candidate(union, 11)]
    return board, union, found


def test_this_means_the_main_dispute_of_the_article() -> None:
    _, _, found = _quay_story()
    answer = ask("did the council deny it?", found)
    assert answer.answer == "yes"
    cited = [c.sentence for c in answer.citations]
    assert "The council also rejected that in a letter to the union." not in cited
    assert len(cited) == 3


def test_a_named_claimant_picks_the_replies_to_their_claim() -> None:
    _, _, found = _quay_story()
    answer = ask("did the council deny the dockers' union claim about night shifts?", found)
    assert [c.sentence for c in answer.citations] == [
        "The council also rejected that in a letter to the union."
    ]


def test_replies_to_one_claim_share_its_topic() -> None:
    _, _, found = _quay_story()
    answer = ask("who denied that the old quay would be demolished?", found)
    cited = {c.sentence for c in answer.citations}
    assert "Mayor Ines Falk also rejected the report at a meeting on Monday." in cited
    assert "The council also rejected that in a letter to the union." not in cited


def test_a_non_answer_is_what_the_actor_said_on_the_story() -> None:
    _, _, found = _quay_story()
    answer = ask("did the port operator deny the quay demolition report?", found)
    assert answer.answer == "no"
    assert [c.sentence for c in answer.citations] == ["The port operator declined to comment."]


def test_who_claimed_cites_claims_before_other_statements() -> None:
    claim = dataclasses.replace(CLAIM, position=0)
    aside = Statement(
        position=2,
        kind="statement",
        sentence="Bloomberg said Putin was in Minsk on the day of the ceasefire talks.",
        speaker="Bloomberg",
        org="Bloomberg",
    )
    found = [candidate(claim, 1, answers=None), candidate(aside, 2)]
    answer = ask("who reported that Putin was exploring a ceasefire?", found)
    assert [c.kind for c in answer.citations] == ["claim"]


def test_what_a_spokesman_said_is_not_what_his_organisation_said() -> None:
    """Peskov speaks for the Kremlin (an alias of his), so "did the Kremlin deny this?" finds
    his words; but "what did Peskov say?" does not quote the Kremlin's own statement."""
    peskov = dataclasses.replace(PESKOV, aliases=("Peskov", "Kremlin"))
    candidates = [candidate(s, i) for i, s in enumerate([CLAIM, peskov, KREMLIN], 1)]
    said = ask("what did peskov say about the report?", candidates)
    assert [c.speaker for c in said.citations] == ["Dmitry Peskov"]
    denied = ask("did the Kremlin deny this?", candidates)
    assert {c.speaker for c in denied.citations} == {"Dmitry Peskov", "Kremlin"}


def _denied_then_stood_by(
    claim: Statement, denial: Statement, stands: Statement
) -> list[Candidate]:
    """A claim, its denial, then what its side said after the denial."""
    return [
        candidate(claim, 1, answers=None),
        candidate(denial, 2, answers=claim),
        candidate(stands, 3, answers=None),
    ]


def test_not_taken_back_quotes_what_the_claimant_said_after_the_denial() -> None:
    claim = BERG_CLAIM
    dispute = dataclasses.replace(PLANT_DENIAL, position=1)
    stands = Statement(
        position=2,
        kind="statement",
        sentence='"We stand by every word," said Berg spokesman Karl Ek.',
        speaker="Karl Ek",
        speaker_norm="karl ek",
        org="Berg",
        role="spokesman",
        quote="We stand by every word",
    )
    found = _denied_then_stood_by(claim, dispute, stands)
    answer = ask("Did Ola Berg take back his claim about the reservoir?", found)
    assert answer.answer == "no"
    assert [c.speaker for c in answer.citations] == ["Karl Ek"]  # his spokesman, after it
    assert "did not take it back" in answer.text
    answer = ask("did ek take it back?", found)
    assert answer.text.startswith("<b>No.</b> Karl Ek did not take it back.")  # his own name


def test_nobody_denied_shows_what_was_claimed_not_asides() -> None:
    aside = Statement(
        position=4,
        kind="statement",
        sentence="Bloomberg said Putin was in Minsk on the day of the ceasefire talks.",
        speaker="Bloomberg",
        org="Bloomberg",
    )
    found = [candidate(CLAIM, 1, answers=None), candidate(aside, 2, answers=None)]
    answer = ask("did anyone deny this?", found)
    assert answer.answer == "no"
    assert [c.kind for c in answer.citations] == ["claim"]


DEATH_CLAIM = Statement(
    position=0,
    kind="claim",
    sentence="A gossip site reported on Sunday that the actor Tom Vale had died in his sleep.",
    speaker="gossip site",
    proposition="the actor Tom Vale had died in his sleep",
)
DEATH_DENIAL = Statement(
    position=1,
    kind="denial",
    sentence="His spokesman denied that Tom Vale had died, calling the report cruel.",
    speaker="His spokesman",
    role="spokesman",
    proposition="Tom Vale had died",
    target=0,
)


def test_a_denial_of_the_opposite_answers_no_and_says_what_was_denied() -> None:
    story = [candidate(DEATH_CLAIM, 1), candidate(DEATH_DENIAL, 2, answers=DEATH_CLAIM)]
    alive = decide(parse_question("did anyone deny that Tom Vale is alive?"), story, True)
    assert alive.answer == "no"
    assert "denied the opposite" in alive.text and "denied that Tom Vale had died" in alive.text
    died = decide(parse_question("did anyone deny that Tom Vale died?"), story, True)
    assert died.answer == "yes"


def test_a_no_headline_flips_the_question() -> None:
    story = [candidate(DEATH_CLAIM, 1), candidate(DEATH_DENIAL, 2, answers=DEATH_CLAIM)]
    asked = "did anyone deny that No, Tom Vale did not die in his sleep?"
    assert decide(parse_question(asked), story, True).answer == "no"


def test_a_quote_that_brings_its_own_quotation_marks_is_not_wrapped_again() -> None:
    quoted = dataclasses.replace(
        PESKOV, quote=None, sentence="“It absolutely does not correspond to reality,” Peskov said."
    )
    reply = decide(parse_question("did Peskov deny it?"), [candidate(quoted, 1)], True)
    assert "““" not in reply.text and "”””" not in reply.text
    assert "“It absolutely does not correspond to reality,” Peskov said." in reply.text


def test_the_story_replied_to_answers_before_other_stories() -> None:
    elsewhere = dataclasses.replace(
        KREMLIN,
        sentence="The Kremlin denied that Putin is exploring a ceasefire.",
        speaker_norm="kremlin",
    )
    story = [
        candidate(CLAIM, 1, in_context=True),
        candidate(PESKOV, 2, in_context=True),
        candidate(elsewhere, 3, in_context=False, article_id=8, answers=CLAIM),
    ]
    reply = ask("did anyone deny that Putin is exploring a ceasefire?", story)
    assert reply.answer == "yes"
    assert {c.article_id for c in reply.citations} == {7}


def test_a_yes_no_question_without_a_named_actor_is_answered_yes() -> None:
    """ "did anyone deny it?" (or "did she …" after a share) gets "Yes.", not a list head."""
    candidates = seed(in_context=True)
    answer = decide(parse_question("did anyone deny the bloomberg story?"), candidates, True)
    assert answer.answer == "yes"
    assert answer.text.startswith("<b>Yes.</b>")


LEAK_CLAIM = Statement(
    position=1,
    kind="claim",
    sentence="The Dunmore Herald reported that a tanker leaked diesel into the harbour.",
    speaker="Dunmore Herald",
    org="Dunmore Herald",
    cue="reported",
    proposition="a tanker leaked diesel into the harbour",
)
LEAK_DENIAL = Statement(
    position=2,
    kind="denial",
    sentence='"There was no leak at all.',
    speaker="Karin Dahl",
    role="spokeswoman",
    cue="said",
    proposition="There was no leak at all",
    quote="There was no leak at all. The hull is intact and we checked it twice.",
    target=1,
)


def test_a_denier_who_says_what_is_asked_did_not_deny_it() -> None:
    """The spokeswoman denies the leak and says the hull is intact: asked whether anyone denied
    the hull was intact, the answer is no, and says who said so."""
    story = [candidate(LEAK_CLAIM, 1), candidate(LEAK_DENIAL, 2, answers=LEAK_CLAIM)]
    hull = decide(parse_question("did anyone deny that the hull was intact?"), story, True)
    assert hull.answer == "no"
    assert "Karin Dahl" in hull.text and "said so" in hull.text
    leak = decide(parse_question("did anyone deny that the tanker leaked diesel?"), story, True)
    assert leak.answer == "yes"


def test_a_headline_denial_on_the_same_side_does_not_deny_what_its_side_says() -> None:
    headline = Statement(
        position=0,
        kind="denial",
        sentence="Harbour authority denies fuel leak report",
        speaker="Harbour authority",
        cue="denies",
        target=1,
    )
    story = [
        candidate(headline, 0, answers=LEAK_CLAIM),
        candidate(LEAK_CLAIM, 1),
        candidate(LEAK_DENIAL, 2, answers=LEAK_CLAIM),
    ]
    hull = decide(parse_question("did anyone deny that the hull was intact?"), story, True)
    assert hull.answer == "no"
    assert [c.speaker for c in hull.citations] == ["Karin Dahl"]  # who said it, in their words
    leak = decide(parse_question("did the harbour authority deny the leak?"), story, True)
    assert leak.answer == "yes"


def test_who_denied_the_opposite_is_answered_nobody() -> None:
    story = [candidate(DEATH_CLAIM, 1), candidate(DEATH_DENIAL, 2, answers=DEATH_CLAIM)]
    reply = decide(parse_question("who denied that Tom Vale is alive?"), story, True)
    assert reply.answer == "no"
    assert reply.text.startswith("<b>Nobody</b> —") and "denied the opposite" in reply.text


def test_a_club_speaking_as_a_whole_is_not_its_player() -> None:
    """ "Rovers" speaks as the club its player belongs to: asked about the player, the club's
    own denial is not his, though his description names the club."""
    claim = dataclasses.replace(LEAK_CLAIM, sentence="The Courier reported that Alves will leave.")
    club = Statement(2, "denial", "Rovers dismissed the report.", speaker="Rovers", target=1)
    player = Statement(
        3,
        "denial",
        "Alves posted that he had never spoken to any other club.",
        speaker="Diego Alves",
        org="Rovers",
        role="striker",
        aliases=("Rovers striker Diego Alves", "Alves", "Rovers"),
        target=1,
    )
    story = [
        candidate(claim, 1),
        candidate(club, 2, answers=claim),
        candidate(player, 3, answers=claim),
    ]
    reply = decide(parse_question("did alves deny it?"), story, True)
    assert reply.answer == "yes"
    assert [c.speaker for c in reply.citations] == ["Diego Alves"]


def test_he_or_she_asks_about_the_people_of_the_story_not_its_organisations() -> None:
    claim = dataclasses.replace(LEAK_CLAIM, sentence="The Courier reported that Alves will leave.")
    club = Statement(2, "denial", "Rovers dismissed the report.", speaker="Rovers", target=1)
    manager = Statement(
        3, "denial", '"Diego is not going anywhere."', speaker="Paula Grant", role="manager"
    )
    story = [
        candidate(claim, 1, in_context=True),
        candidate(club, 2, answers=claim, in_context=True),
        candidate(manager, 3, answers=claim, in_context=True),
    ]
    she = decide(parse_question("did she deny it?"), story, True)
    assert she.answer == "yes" and [c.speaker for c in she.citations] == ["Paula Grant"]
    they = decide(parse_question("did they deny it?"), story, True)
    assert {c.speaker for c in they.citations} == {"Rovers", "Paula Grant"}


def test_he_and_she_are_persons_they_and_it_are_not() -> None:
    assert parse_question("did he deny it?").person
    assert parse_question("did she deny insulting them?").person
    assert not parse_question("did they deny it?").person
    assert not parse_question("did the club deny it?").person


def test_she_is_not_a_spokesman() -> None:
    claim = dataclasses.replace(LEAK_CLAIM, sentence="The Courier reported that the port leaked.")
    spokesman = Statement(
        2, "denial", '"Nothing leaked," he said.', speaker="Ivo Berg", role="spokesman", target=1
    )
    aliases = ("port spokeswoman Karin Dahl",)
    her = Statement(3, "denial", '"No leak."', speaker="Karin Dahl", aliases=aliases, target=1)
    story = [
        candidate(claim, 1, in_context=True),
        candidate(spokesman, 2, answers=claim, in_context=True),
        candidate(her, 3, answers=claim, in_context=True),
    ]
    she = decide(parse_question("did she deny it?"), story, True)
    assert [c.speaker for c in she.citations] == ["Karin Dahl"]
    he = decide(parse_question("did he deny it?"), story, True)
    assert [c.speaker for c in he.citations] == ["Ivo Berg"]


ALIVE_DENIAL = Statement(
    position=2,
    kind="denial",
    sentence="His agent cleared up the rumours and issued a statement saying that Tom Vale "
    "is still alive.",
    speaker="agent",
    cue="saying",
    proposition="Tom Vale is still alive",
)


def test_a_denial_in_the_deniers_own_words_follows_their_words_direction() -> None:
    """ "saying that he is still alive" denies a death, and says what "he is not dead" asks."""
    story = [candidate(ALIVE_DENIAL, 1)]
    died = decide(parse_question("did anyone deny that Tom Vale died?"), story, True)
    assert died.answer == "yes"
    not_dead = decide(parse_question("did anyone deny that Tom Vale is not dead?"), story, True)
    assert not_dead.answer == "no"


def test_the_story_asked_about_answers_in_its_own_words_before_stories_linked_to_it() -> None:
    """Replying to a story whose spokesman says "A lie," its own denial is the answer, though a
    later story's fuller denial of the same claim is linked to it."""
    short = dataclasses.replace(
        PESKOV, sentence="“A lie,” Peskov said.", quote="A lie", proposition=None
    )
    fuller = dataclasses.replace(
        KREMLIN,
        sentence="The Kremlin denied that Putin is exploring a ceasefire on the front lines.",
        speaker_norm="kremlin",
    )
    story = [
        candidate(CLAIM, 1),
        candidate(short, 2, answers=CLAIM),
        candidate(fuller, 3, article_id=8, answers=CLAIM, linked=True),
    ]
    reply = ask("did anyone deny that Putin is exploring a ceasefire?", story)
    assert reply.answer == "yes"
    assert [c.sentence for c in reply.citations] == ["“A lie,” Peskov said."]


def test_every_sentence_of_a_denying_quote_answers_with_it() -> None:
    """ "This is real." alone would deny the opposite of "faking"; in the quote that denies
    faking, it runs the same way and is cited with it."""
    claim = Statement(
        position=1,
        kind="claim",
        sentence="A witness said the man knew he was being filmed.",
        speaker="witness",
        proposition="the man knew he was being filmed",
    )
    quote = "There is no way we made any of this up. This is real."
    first = Statement(
        position=2,
        kind="denial",
        sentence="Lin denied faking the video, telling the site, “There is no way we made any "
        "of this up.",
        speaker="Josh Lin",
        aliases=("Lin",),
        cue="denied",
        quote=quote,
        proposition="faking the video",
        target=1,
    )
    second = dataclasses.replace(
        first, position=3, sentence="This is real.”", proposition="This is real"
    )
    story = [
        candidate(claim, 1),
        *(candidate(s, i, answers=claim) for i, s in ((2, first), (3, second))),
    ]
    reply = ask("did Josh Lin deny faking the video?", story)
    assert reply.answer == "yes"
    assert {c.sentence for c in reply.citations} == {first.sentence, second.sentence}


def test_an_answer_always_quotes_what_it_found() -> None:
    """ "who said he died?" where the claim says "killed" and only the denials say "died": the
    claim is still quoted, not an empty "Reported by: ." """
    claim = Statement(
        position=1,
        kind="claim",
        sentence="A website claimed that Tom Vale had been killed in a car crash.",
        speaker="website",
        proposition="Tom Vale had been killed in a car crash",
    )
    denial = Statement(
        position=2,
        kind="denial",
        sentence="A false report that Tom Vale had died spread on Sunday.",
        speaker="article",
        cue="verdict",
        target=1,
    )
    aside = Statement(
        position=3,
        kind="statement",
        sentence="A fan said she cried when she read that he died.",
        speaker="fan",
    )
    story = [candidate(claim, 1), candidate(denial, 2, answers=claim), candidate(aside, 3)]
    reply = ask("who said he died?", story)
    assert reply.citations and reply.citations[0].sentence == claim.sentence
    assert "website" in reply.text.split("\n")[0]


def test_every_sentence_of_a_quote_that_stands_by_the_story_stands_by_it() -> None:
    """ "The thing is not made up. These kids were just not properly informed.": the second
    sentence, a denial by its own negation, stands by the report like the first."""
    claim = Statement(
        position=1,
        kind="claim",
        sentence="Local media reported that seven girls got pregnant on a school trip.",
        speaker="Local media",
        proposition="seven girls got pregnant on a school trip",
    )
    quote = "The thing is not made up. These kids were just not properly informed."
    second = Statement(
        position=2,
        kind="denial",
        sentence="These kids were just not properly informed.”",
        speaker="Nenad Babic",
        cue="asserted",
        quote=quote,
        proposition="These kids were just not properly informed",
        target=1,
    )
    story = [candidate(claim, 1), candidate(second, 2, answers=claim)]
    reply = ask("did anyone deny that seven girls got pregnant on a school trip?", story)
    assert reply.answer == "no"


def test_a_denial_silent_on_the_direction_runs_with_the_others_of_its_story() -> None:
    """The publicist says she is alive against the report that she was killed; her own "Still
    here" answers a neighbour claim with no word of life or death. Asked whether anyone denied
    that she is alive, neither is a yes; asked whether anyone denied she died, both are."""
    killed = Statement(
        1, "claim", "A post claimed that Lena Hart had been killed in a crash.", speaker="post"
    )
    rumour = Statement(
        3, "claim", "Friends began calling her in the middle of the night.", speaker="Mark Bellamy"
    )
    alive = Statement(
        2,
        "denial",
        '"Lena is alive and well," said Mark Bellamy.',
        speaker="Mark Bellamy",
        quote="Lena is alive and well,",
        target=1,
    )
    here = Statement(
        4,
        "denial",
        "Hart herself denied the reports: 'Still here.'",
        speaker="Lena Hart",
        cue="denied",
        target=3,
    )
    candidates = [
        candidate(killed, 1),
        candidate(alive, 2, answers=killed),
        candidate(rumour, 3),
        candidate(here, 4, answers=rumour),
    ]
    assert ask("did anyone deny that she is alive?", candidates).answer == "no"
    assert ask("did anyone deny that she died?", candidates).answer == "yes"


@pytest.mark.parametrize(
    ("question", "text", "named"),
    [
        ("did anyone deny that 5g is safe?", "Posts say 5G spreads flu.", True),
        ("did anyone deny starbuzz took the photos?", "The site, StarBuzz, apologised.", True),
        ("did anyone deny that jasarevic quit?", "A spokesman, Tarik Jasarevic, said no.", True),
        # written in lower case too: a common word, not a name of this story
        ("did anyone deny police were called?", "Police said the police were not called.", False),
        # capitalised only because it opens the sentence
        ("did anyone deny that flights were cancelled?", "Flights resumed. We are fine.", False),
        # the actor asked about is not in the story
        ("did Nokia deny that 5g is safe?", "Posts say 5G spreads flu.", False),
    ],
)
def test_names_match_needs_a_name_the_story_writes_as_one(
    question: str, text: str, named: bool
) -> None:
    assert names_match(parse_question(question), text) is named


def test_asked_of_a_person_in_person_her_representatives_denial_is_not_hers() -> None:
    rumour = Statement(
        position=0,
        kind="claim",
        sentence="Rumours that Maya Torres is expecting her first child spread online.",
        speaker="StarBuzz",
    )
    rep = Statement(
        position=1,
        kind="denial",
        sentence='"Maya is not expecting," Nunez said.',
        speaker="Carla Nunez",
        org="Maya Torres",
        role="representative",
        quote="Maya is not expecting",
        aliases=("Nunez", "Maya Torres"),
        target=0,
    )
    candidates = [candidate(rumour, 1, in_context=True), candidate(rep, 2, in_context=True)]
    for_her = decide(parse_question("did torres deny it?"), candidates, story_known=True)
    assert for_her.answer == "yes"  # her representative speaks for her
    herself = decide(parse_question("did torres herself deny it?"), candidates, story_known=True)
    assert herself.answer == "no" and "Carla Nunez" in herself.text
    # nor when she speaks too, so that her representative's alias names her
    own = Statement(
        position=2, kind="statement", sentence="Torres thanked her fans.", speaker="Maya Torres"
    )
    both = [*candidates, candidate(own, 3, in_context=True)]
    assert decide(parse_question("did torres herself deny it?"), both, True).answer == "no"
    assert parse_question("did the militia itself deny it?").in_person is False
    # nor is her office, named as hers
    office = Statement(
        position=3,
        kind="denial",
        sentence="Torres's office said she was not expecting.",
        speaker="Torres's office",
        speaker_norm="torres's office",
        org="Torres's office",
        target=0,
    )
    by_office = [candidate(rumour, 1, in_context=True), candidate(office, 4, in_context=True)]
    assert decide(parse_question("did torres deny it?"), by_office, True).answer == "yes"
    assert decide(parse_question("did torres herself deny it?"), by_office, True).answer == "no"


def test_a_search_for_who_did_something_or_what_a_denier_did_is_not_disputed() -> None:
    """ "who proposed a joint investigation?" asks who did it; "did North Korea praise the
    attack?" asks what the denier did: neither answer opens "Disputed" for their denial."""
    fbi = Statement(
        position=1,
        kind="claim",
        sentence="The FBI said North Korea was responsible for the attack on Sony.",
        speaker="FBI",
    )
    korea = Statement(
        position=2,
        kind="denial",
        sentence='North Korea denied hacking Sony, but praised the attack as a "righteous deed".',
        speaker="North Korea",
        target=1,
    )
    ministry = Statement(
        position=3,
        kind="denial",
        sentence="A ministry spokesman called the allegation slander and proposed a joint inquiry.",
        speaker="ministry spokesman",
        org="North Korea",
        target=1,
    )
    story = [
        candidate(fbi, 1, in_context=True),
        candidate(korea, 2, answers=fbi, in_context=True),
        candidate(ministry, 3, answers=fbi, in_context=True),
    ]
    who = ask("who proposed a joint inquiry?", story)
    assert not who.text.startswith("<b>Disputed")
    assert ministry.sentence in [c.sentence for c in who.citations]
    praised = ask("did north korea praise the attack?", story)
    assert not praised.text.startswith("<b>Disputed")
    assert korea.sentence in [c.sentence for c in praised.citations]
    assert ask("is it true that north korea hacked sony?", story).text.startswith(
        "<b>Disputed.</b>"
    )
    # asked whether the denier did what it denies, it is disputed
    assert ask("did north korea hack sony?", story).text.startswith("<b>Disputed.</b>")


def test_is_it_true_says_first_that_the_story_is_disputed_and_by_whom() -> None:
    answer = ask("is it true that putin is exploring a ceasefire?", seed())
    assert answer.text.startswith("<b>Disputed.</b> Denied by: ")
    assert "Dmitry Peskov" in answer.text.split("\n")[0]
    assert "Bloomberg" not in answer.text.split("\n")[0]  # the claimant is not a denier


def test_a_search_that_finds_no_denial_only_shows_what_was_said() -> None:
    answer = ask("is it true that putin is exploring a ceasefire?", seed()[:1])
    assert answer.text.startswith("<b>Here is what I have:</b>")


def test_himself_asks_for_a_man_of_that_name_not_his_daughter() -> None:
    rumour = Statement(
        position=0,
        kind="claim",
        sentence="A website claimed that the actor Frank Doyle had died.",
        speaker="website",
    )
    daughter = Statement(
        position=1,
        kind="denial",
        sentence='"Dad is very much alive," his daughter Siobhan Doyle wrote.',
        speaker="Siobhan Doyle",
        role="daughter",
        quote="Dad is very much alive",
        aliases=("Doyle",),
        target=0,
    )
    candidates = [candidate(rumour, 1, in_context=True), candidate(daughter, 2, in_context=True)]
    assert parse_question("did doyle himself deny it?").gender == "m"
    himself = decide(parse_question("did doyle himself deny it?"), candidates, story_known=True)
    assert himself.answer == "no"
    herself = decide(parse_question("did doyle herself deny it?"), candidates, story_known=True)
    assert herself.answer == "yes"


def test_quotes_of_one_side_joined_stay_apart_as_sentences() -> None:
    """The agent's "… and he is happy at Everton" and the headline's "There is no truth in
    it", joined as the side's words, are two sentences: the second's "no" does not make the
    first a negation, so "happy at Everton" is what the side asserts, not what it denies."""
    claim = Statement(
        position=1,
        kind="claim",
        sentence="Marca reported that Ruiz had undergone a medical in Madrid.",
        speaker="Marca",
    )
    agent = Statement(
        position=2,
        kind="denial",
        sentence='"Diego has not spoken to Madrid and he is happy at Everton," Ortega said.',
        speaker="Luis Ortega",
        quote="Diego has not spoken to Madrid and he is happy at Everton",
        target=1,
    )
    headline = Statement(
        position=0,
        kind="denial",
        sentence='Agent rubbishes Madrid move: "There is no truth in it"',
        speaker="Luis Ortega",
        quote="There is no truth in it",
        target=1,
    )
    story = [
        candidate(agent, 2, answers=claim, in_context=False),
        candidate(headline, 3, answers=claim, in_context=False),
    ]
    answer = ask("did anyone deny that ruiz is happy at everton?", story)
    assert answer.answer == "no"


def test_a_spokeswoman_beside_a_denial_says_what_the_denying_side_asserts() -> None:
    """ "The mayor's office denies it. 'The mayor is at his desk and working as usual,' a
    spokeswoman said.": nobody denied that the mayor is working; the office's side said so."""
    office = Statement(
        position=0,
        kind="denial",
        sentence="The mayor's office denies it.",
        speaker="mayor's office",
        proposition="it",
    )
    spokeswoman = Statement(
        position=1,
        kind="statement",
        sentence='"The mayor is at his desk and working as usual," a spokeswoman said.',
        speaker="spokeswoman",
        role="spokeswoman",
        quote="The mayor is at his desk and working as usual",
    )
    story = [candidate(office, 1), candidate(spokeswoman, 2)]
    answer = ask("did anyone deny that the mayor is working?", story)
    assert answer.answer == "no"
    assert [c.speaker for c in answer.citations] == ["spokeswoman"]


def test_a_statement_saying_what_is_asked_beside_denials_of_something_else() -> None:
    """ "did the police deny that footage would be released?": the chief denied a witness's
    account, and said footage would be released. Her denial names nothing of the footage, so
    it answers something else; what she said about the footage is the answer: No."""
    witness = Statement(
        position=1,
        kind="claim",
        sentence="Tom Reyes told local TV that officers opened fire without warning.",
        speaker="Tom Reyes",
    )
    chief = Statement(
        position=2,
        kind="denial",
        sentence='"That is simply not what happened," police chief Maria Gonzalez said.',
        speaker="Maria Gonzalez",
        org="police",
        quote="That is simply not what happened",
        target=1,
    )
    footage = Statement(
        position=3,
        kind="statement",
        sentence="She said body camera footage would be released within 48 hours.",
        speaker="Maria Gonzalez",
        org="police",
    )
    story = [
        candidate(witness, 1, in_context=True),
        candidate(chief, 2, answers=witness, in_context=True),
        candidate(footage, 3, in_context=True),
    ]
    answer = ask("did the police deny that footage would be released?", story)
    assert answer.answer == "no"
    assert [c.sentence for c in answer.citations] == [footage.sentence]
    # two of three asked words said are enough ("soon" is not in her sentence)
    assert ask("did the police deny that footage would be released soon?", story).answer == "no"
    # what the denial does answer is still answered by it
    fired = ask("did anyone deny that officers opened fire without warning?", story)
    assert fired.answer == "yes"
    assert fired.citations[0].sentence == chief.sentence
    # a statement naming only part of what is asked leaves the denial as the answer
    part = ask("did the police deny that footage of the shooting exists?", story)
    assert part.answer == "yes"


def test_a_side_calling_him_by_his_first_name_says_what_is_asked() -> None:
    """The club source's "Erik has the full backing of the board. Nobody is talking about
    replacing him." denies the talk of replacing him and says he has the board's backing;
    the question says "ten hag", the quote "Erik": names decide nothing either way. The club's
    headline, answering no claim and quoting nothing, goes the way of its side."""
    sun = Statement(
        position=1,
        kind="claim",
        sentence="The Sun claimed that the owners had drawn up a shortlist of replacements.",
        speaker="Sun",
    )
    headline = Statement(
        position=0,
        kind="denial",
        sentence="United dismiss Ten Hag sack reports",
        speaker="United",
    )
    club = Statement(
        position=2,
        kind="denial",
        sentence="Manchester United dismissed reports that Erik ten Hag will be sacked.",
        speaker="Manchester United",
        proposition="Erik ten Hag will be sacked",
        target=1,
    )
    backing = Statement(
        position=3,
        kind="claim",
        sentence='A club source said: "Erik has the full backing of the board.',
        speaker="club source",
        quote="Erik has the full backing of the board.",
    )
    nobody = Statement(
        position=4,
        kind="denial",
        sentence='Nobody is talking about replacing him."',
        speaker="club source",
        quote="Nobody is talking about replacing him.",
        target=1,
    )
    story = [
        candidate(headline, 1, in_context=True),
        candidate(sun, 2, in_context=True),
        candidate(club, 3, answers=sun, in_context=True),
        candidate(backing, 4, in_context=True),
        candidate(nobody, 5, answers=sun, in_context=True),
    ]
    answer = ask("did anyone deny that ten hag has the backing of the board?", story)
    assert answer.answer == "no"
    assert [c.sentence for c in answer.citations] == [backing.sentence]
    assert ask("did anyone deny that ten hag will be sacked?", story).answer == "yes"


def test_what_a_denier_goes_on_to_say_is_said_not_denied() -> None:
    """ "His family disputes that account, saying he was holding his phone": the family says
    he was on the phone; "did anyone deny that he was holding his phone?" is No, while the
    knife they deny is still denied."""
    police = Statement(
        position=0,
        kind="claim",
        sentence="Police said the man was carrying a knife when officers shot him.",
        speaker="Police",
    )
    family = Statement(
        position=1,
        kind="denial",
        sentence="His family disputes that account, saying he was holding his phone.",
        speaker="His family",
        proposition="that account, saying he was holding his phone",
        target=0,
    )
    cousin = Statement(
        position=2,
        kind="denial",
        sentence='"Marcus never carried a knife in his life," Reed said.',
        speaker="Alicia Reed",
        quote="Marcus never carried a knife in his life",
        target=0,
    )
    story = [
        candidate(police, 1, in_context=True),
        candidate(family, 2, answers=police, in_context=True),
        candidate(cousin, 3, answers=police, in_context=True),
    ]
    phone = ask("did anyone deny that he was holding his phone?", story)
    assert phone.answer == "no"
    knife = ask("did anyone deny that he was carrying a knife?", story)
    assert knife.answer == "yes"


def test_is_x_so_answered_by_what_was_said_of_it_beside_denials_of_something_else() -> None:
    """ "is ten hag worried?": the club's denial of the sack reports names him but nothing of
    worry; he told reporters he was not worried. That is the answer, not "Disputed"."""
    sun = Statement(
        position=0,
        kind="claim",
        sentence="The Sun claimed that the owners had drawn up a shortlist of replacements.",
        speaker="Sun",
    )
    club = Statement(
        position=1,
        kind="denial",
        sentence="Manchester United dismissed reports that Erik ten Hag will be sacked.",
        speaker="Manchester United",
        proposition="Erik ten Hag will be sacked",
        target=0,
    )
    coach = Statement(
        position=2,
        kind="statement",
        sentence="Ten Hag told reporters on Friday that he was not worried about his job.",
        speaker="Erik ten Hag",
    )
    story = [
        candidate(sun, 1, in_context=True),
        candidate(club, 2, answers=sun, in_context=True),
        candidate(coach, 3, in_context=True),
    ]
    worried = ask("is ten hag worried?", story)
    assert not worried.text.startswith("<b>Disputed")
    assert [c.sentence for c in worried.citations] == [coach.sentence]
    assert ask("will ten hag be sacked?", story).text.startswith("<b>Disputed.</b>")


def test_who_said_it_answered_by_a_denial_is_said_not_reported() -> None:
    """ "who said he is alive?" answered by his representative's denial of the death hoax:
    "Said by", since a denial reports nothing."""
    hoax = Statement(
        position=0,
        kind="claim",
        sentence="A fake news site claimed the actor had been found dead.",
        speaker="fake news site",
    )
    rep = Statement(
        position=1,
        kind="denial",
        sentence='His representative said: "Tom is alive and well."',
        speaker="representative",
        quote="Tom is alive and well.",
        target=0,
    )
    story = [candidate(hoax, 1, in_context=True), candidate(rep, 2, answers=hoax, in_context=True)]
    alive = ask("who said he is alive?", story)
    assert alive.text.startswith("<b>Said by:</b> representative")
    dead = ask("who said he was found dead?", story)
    assert dead.text.startswith("<b>Reported by:</b> fake news site")


def test_words_claimed_with_their_negation_are_asked_as_said() -> None:
    """ "who said she does not do that kind of wedding?" quotes the couple's claim, which says
    those very words; "what did she say?" names whom it quotes."""
    couple = Statement(
        position=0,
        kind="claim",
        sentence='The couple said Collins told them she "does not do that kind of wedding".',
        speaker="Tom and Ben Hart",
    )
    baker = Statement(
        position=1,
        kind="denial",
        sentence="Sarah Collins denied refusing the order.",
        speaker="Sarah Collins",
        target=0,
    )
    story = [
        candidate(couple, 1, in_context=True),
        candidate(baker, 2, answers=couple, in_context=True),
    ]
    said = ask("who said she does not do that kind of wedding?", story)
    assert said.answer == "yes"
    assert said.citations[0].speaker == "Tom and Ben Hart"
    # a negation nobody said in those words still asks for the denial
    assert ask("who said she never refused the order?", story).citations[0].speaker == (
        "Sarah Collins"
    )
    what = ask("what did she say?", story)
    assert what.text.startswith("<b>What ")


def test_words_claimed_with_their_untrue_word_are_asked_as_said() -> None:
    """ "who said the video was fake?" quotes the witness who said so in those words, not the
    maker who denied faking it."""
    witness = Statement(
        position=0,
        kind="claim",
        sentence="A witness said the video was a fake and the man was paid to act.",
        speaker="witness",
    )
    maker = Statement(
        position=1,
        kind="denial",
        sentence="Josh Lin denied faking the video.",
        speaker="Josh Lin",
        target=0,
    )
    story = [
        candidate(witness, 1, in_context=True),
        candidate(maker, 2, answers=witness, in_context=True),
    ]
    said = ask("who said the video was fake?", story)
    assert said.answer == "yes"
    assert [c.speaker for c in said.citations] == ["witness"]


def test_a_denial_taken_back_is_the_deniers_later_confirmation() -> None:
    report = Statement(
        position=1, kind="claim", sentence="Variety reported the layoffs.", speaker="Variety"
    )
    denial = Statement(
        position=2,
        kind="denial",
        sentence='Streamflix had dismissed the Variety story as "speculation".',
        speaker="Streamflix",
        target=1,
    )
    confirmation = Statement(
        position=0,
        kind="confirmation",
        sentence="Streamflix confirms 300 job cuts first reported by Variety",
        speaker="Streamflix",
        target=1,
    )
    story = [candidate(report, 1), candidate(denial, 2, answers=report)]
    kept = ask("did streamflix take back its denial?", story)
    assert kept.answer == "no" and "taking it back" in kept.text
    assert [c.sentence for c in kept.citations] == [denial.sentence]
    later = [*story, candidate(confirmation, 3, answers=report)]
    taken = ask("did streamflix take back its denial?", later)
    assert taken.answer == "yes" and "took it back" in taken.text
    assert [c.sentence for c in taken.citations] == [confirmation.sentence]


def test_a_retraction_not_made_says_so_in_those_words() -> None:
    report = Statement(
        position=0,
        kind="claim",
        sentence="ByteWire reported that millions were stolen.",
        speaker="ByteWire",
    )
    answer = ask("did bytewire correct its story?", [candidate(report, 1)])
    assert answer.answer == "no"
    assert "no retraction by ByteWire" in answer.text


def test_a_story_that_says_nothing_of_what_is_asked_is_known_but_unknown() -> None:
    """ "is Putin ill?" of the seed story: the story is held, so no other story is suggested
    under the "I don't know" (Answer.case), and nothing is cited."""
    question = parse_question("is putin ill?")
    answer = decide(question, seed(in_context=False), story_known=True, uncovered=("ill",))
    assert (answer.answer, answer.citations, answer.case) == ("unknown", [], "uncovered")
    assert "say nothing of “ill”" in answer.text


def test_a_short_claim_pointing_back_is_not_cited_as_saying_what_is_asked() -> None:
    """ "Our figures were verified and we stand by them" borrows no topic when asked who said
    the leak was larger: a claim is cited for what it says itself, not for its article."""
    report = Statement(
        position=1,
        kind="claim",
        sentence="Blue Waters said in a report that the leak was five times larger than disclosed.",
        speaker="Blue Waters",
    )
    lind = Statement(
        position=2,
        kind="claim",
        sentence='"Our figures were verified and we stand by them," Maria Lind said.',
        speaker="Maria Lind",
        quote="Our figures were verified and we stand by them",
    )
    candidates = [candidate(s, i, answers=None) for i, s in enumerate([report, lind], 1)]
    answer = ask("who said the leak was five times larger?", candidates)
    assert [c.speaker for c in answer.citations] == ["Blue Waters"]


def test_representatives_of_a_couple_answer_for_each_of_the_two() -> None:
    split = Statement(
        position=1,
        kind="claim",
        sentence="Pop star Mira Dane and actor Leo Hart have split, the Daily Flash reported.",
        speaker="Daily Flash",
    )
    reps = Statement(
        position=2,
        kind="denial",
        sentence='Representatives for the couple dismissed the report as "pure fiction".',
        speaker="Representatives for the couple",
        org="Mira Dane and Leo Hart",
        role="representatives",
        target=1,
    )
    candidates = [candidate(split, 1, answers=None), candidate(reps, 2, answers=split)]
    for asked in ("did leo hart deny it?", "did mira dane deny the split?"):
        answer = ask(asked, candidates)
        assert answer.answer == "yes"
        assert [c.speaker for c in answer.citations] == ["Representatives for the couple"]


def test_what_a_story_never_says_is_found_in_any_form_of_its_word() -> None:
    """ "dead" is said by "had died"; "pregnant" by nothing: only that is uncovered."""
    text = "Actor Ray Quinn is alive, his agent said, after a website reported that he had died."
    assert uncovered(parse_question("is ray quinn dead?"), [text]) == ()
    assert uncovered(parse_question("is ray quinn pregnant?"), [text]) == ("pregnant",)
    assert uncovered(parse_question("is tom roe pregnant?"), [text]) == ()  # names nobody here


def test_a_misspelt_topic_word_knows_the_story_as_well_as_the_word_itself() -> None:
    """ "lenoo" finds the Lenovo story as surely as "lenovo": whether a story is the one asked
    about counts the words found, not how closely they were typed."""
    said = Statement(
        position=1,
        kind="claim",
        sentence="Reuters reported that Lenovo had approached BlackBerry about a takeover.",
        speaker="Reuters",
    )
    candidates = [candidate(said, 1, answers=None)]
    typed = story_match(parse_question("did blackberry deny the lenovo takeover?"), candidates)
    typo = story_match(parse_question("did blackberry deny the lenoo takeover?"), candidates)
    assert typo == typed >= STORY_MIN


def test_the_manager_of_a_club_is_not_its_spokesman() -> None:
    """ "did Maresca deny it?": the Chelsea spokesman's denial is not the Chelsea manager's,
    though both speak for Chelsea; "did Chelsea deny it?" finds the spokesman's."""
    report = Statement(position=0, kind="claim", sentence="Marca reported a deal.", speaker="Marca")
    spokesman = Statement(
        position=1,
        kind="denial",
        sentence='A Chelsea spokesman said: "There is no agreement for any player."',
        speaker="Chelsea spokesman",
        org="Chelsea",
        role="spokesman",
        aliases=("Chelsea",),
        target=0,
    )
    manager = Statement(
        position=2,
        kind="statement",
        sentence="Chelsea manager Enzo Maresca said he was happy with his squad.",
        speaker="Enzo Maresca",
        org="Chelsea",
        role="manager",
        aliases=("Chelsea manager Enzo Maresca", "Chelsea", "Maresca"),
    )
    club = Statement(
        position=3,
        kind="denial",
        sentence="Chelsea denied the report.",
        speaker="Chelsea",
        target=0,
    )
    candidates = [
        candidate(report, 1, answers=None),
        candidate(spokesman, 2, answers=report),
        candidate(manager, 3, answers=None),
        candidate(club, 4, answers=report),
    ]
    assert ask("did maresca deny it?", candidates).answer == "no"
    assert ask("did chelsea deny it?", candidates).answer == "yes"


def test_a_headline_denying_in_its_own_words_runs_its_own_way_when_the_claim_says_nothing() -> None:
    post = Statement(
        position=1,
        kind="claim",
        sentence='A page called "RIP Legends" posted that the actor Ray Dalton had been cremated.',
        speaker="page",
        cue="posted",
        proposition="the actor Ray Dalton had been cremated",
    )
    headline = Statement(
        position=0,
        kind="denial",
        sentence="No, actor Ray Dalton has not died, his family says",
        speaker="his family",
        cue="says",
        proposition="No, actor Ray Dalton has not died",
        target=1,
    )
    candidates = [candidate(st, i, answers=post) for i, st in enumerate([headline], 1)]
    candidates.insert(0, candidate(post, 9))
    assert ask("did anyone deny that ray dalton is alive?", candidates).answer == "no"
    assert ask("did anyone deny that ray dalton died?", candidates).answer == "yes"


def test_asked_whether_someone_did_what_they_denied_their_denial_answers() -> None:
    accusation = Statement(
        position=0,
        kind="claim",
        sentence="The party said Maria Delgado used public money to pay for her rallies.",
        speaker="party",
        cue="said",
        proposition="Maria Delgado used public money to pay for her rallies",
    )
    denial = Statement(
        position=1,
        kind="denial",
        sentence="Maria Delgado denied using public money to pay for her rallies.",
        speaker="Maria Delgado",
        aliases=("Delgado",),
        cue="denied",
        proposition="using public money to pay for her rallies",
        target=0,
    )
    account = Statement(
        position=2,
        kind="statement",
        sentence='"The money for my rallies came from donations," Delgado said.',
        speaker="Maria Delgado",
        aliases=("Delgado",),
        cue="said",
        quote="The money for my rallies came from donations",
    )
    candidates = [
        candidate(st, i, answers=accusation if st.target == 0 else None)
        for i, st in enumerate([accusation, denial, account], 1)
    ]
    answer = ask("did delgado use public money for her rallies?", candidates)
    assert "Disputed" in answer.text


def test_the_story_asked_about_answers_though_another_names_whom_it_asks_of() -> None:
    elsewhere = Statement(
        position=0,
        kind="denial",
        sentence="Ray Dalton's agent denied that the actor had died.",
        speaker="agent",
        cue="denied",
        proposition="that the actor had died",
    )
    asked_about = Statement(
        position=0,
        kind="denial",
        sentence="His agent denied that the veteran actor had died in his sleep at home.",
        speaker="agent",
        cue="denied",
        proposition="that the veteran actor had died in his sleep at home",
    )
    candidates = [
        candidate(elsewhere, 1, article_id=8, in_context=False),
        candidate(asked_about, 2, article_id=9, in_context=True),
    ]
    answer = ask("did anyone deny that ray dalton died in his sleep at home?", candidates)
    assert asked_about.sentence in [c.sentence for c in answer.citations]


def test_asked_whether_someone_said_what_others_say_they_said_it_is_disputed() -> None:
    """ "did senator hale say poor people should be grateful?" of a story where a post claims
    he said it and his office calls the quote fabricated: never "nothing from him", but the
    claim and its denial."""
    post = Statement(
        position=0,
        kind="claim",
        sentence="The post claims Senator Hale said poor people should be grateful for any job.",
        speaker="post",
        cue="claims",
        proposition="Senator Hale said poor people should be grateful for any job",
    )
    office = Statement(
        position=1,
        kind="denial",
        sentence="The quote is fabricated, his office said.",
        speaker="his office",
        org="Thomas Hale",
        cue="said",
        proposition="The quote is fabricated",
        target=0,
    )
    story = [candidate(post, 1), candidate(office, 2, answers=post)]
    answer = ask("did senator hale say poor people should be grateful?", story)
    assert answer.answer == "no"  # his office, speaking for him, said the opposite
    assert office.sentence in [c.sentence for c in answer.citations]
    unowned = dataclasses.replace(
        office, speaker="A spokeswoman", org=None, sentence="It is fake, she said."
    )
    story = [candidate(post, 1), candidate(unowned, 2, answers=post)]
    answer = ask("did senator hale say poor people should be grateful?", story)
    assert answer.text.startswith("<b>Disputed.</b> Nothing quotes senator hale")
    assert [c.sentence for c in answer.citations] == [post.sentence, unowned.sentence]


@pytest.mark.parametrize(
    "question",
    [
        "did peskov call the report wrong?",
        "did the kremlin say it was a wrong report?",
        "is the bloomberg report accurate?",
    ],
)
def test_the_deniers_own_verdict_word_asked_back_is_their_denial(question: str) -> None:
    """ "No, this is a wrong report": asked whether Peskov called it wrong, the word "wrong"
    is his verdict, not something he asserts while denying something else."""
    answer = ask(question, seed())
    assert answer.text.startswith(("<b>Yes.</b>", "<b>Disputed.</b>"))
    assert "Dmitry Peskov" in {c.speaker for c in answer.citations}


def test_asked_whether_what_a_denial_says_is_so_the_answer_is_yes_by_the_denier() -> None:
    """ "is Lena Hart alive?" of her publicist's denial that she died: yes, say the deniers;
    "is she dead?" is disputed; "where is she?" is an open question, no verdict first."""
    post = Statement(
        position=0,
        kind="claim",
        sentence="A fake news site reported that the singer Lena Hart had died in a crash.",
        speaker="fake news site",
        cue="reported",
        proposition="the singer Lena Hart had died in a crash",
    )
    publicist = Statement(
        position=1,
        kind="denial",
        sentence='"Lena is alive and well," her publicist Mark Bellamy said.',
        speaker="Mark Bellamy",
        org="Lena Hart",
        cue="said",
        quote="Lena is alive and well",
        proposition="Lena is alive and well",
        target=0,
    )
    story = [candidate(post, 1), candidate(publicist, 2, answers=post)]
    assert ask("is lena hart alive?", story).text.startswith("<b>Yes</b>, say Mark Bellamy")
    assert ask("is lena hart dead?", story).text.startswith("<b>Disputed.</b>")
    assert ask("where is lena hart?", story).text.startswith("<b>Here is what I have:</b>")


def test_a_denial_in_the_opposite_word_is_about_what_is_asked() -> None:
    """ "did the family deny the man's guilt?" of "The man's family insisted he was innocent":
    "innocent" answers "guilt" (its opposite), so the story is known and the denial found."""
    arrest = Statement(
        position=0,
        kind="claim",
        sentence="Police said the man had been detained near the scene within minutes.",
        speaker="Police",
        cue="said",
        proposition="the man had been detained near the scene within minutes",
    )
    family = Statement(
        position=1,
        kind="denial",
        sentence="The man's family insisted he was innocent.",
        speaker="family",
        cue="insisted",
        proposition="he was innocent",
        target=0,
    )
    story = [candidate(arrest, 1), candidate(family, 2, answers=arrest)]
    answer = ask("did the family deny the man's guilt?", story)
    assert answer.answer == "yes"
    assert answer.citations[0].sentence == family.sentence


def test_replies_to_the_claim_asked_of_answer_though_one_names_it_in_passing() -> None:
    """ "did kovacs deny using the car for holidays?": his "no intention of resigning, after
    … claims that he used a government car" names the car only in passing, but his "I have
    done nothing wrong" answers the paper's report of the trips: yes ("nothing wrong" is a
    deed denied, not a report called untrue)."""
    report = Statement(
        position=0,
        kind="claim",
        sentence="The Daily Chronicle reported that Kovacs had used the car for private trips.",
        speaker="Daily Chronicle",
        cue="reported",
        proposition="Kovacs had used the car for private trips",
    )
    passing = Statement(
        position=1,
        kind="denial",
        sentence="Kovacs said he had no intention of resigning, after claims that he used a "
        "government car for family holidays.",
        speaker="Peter Kovacs",
        cue="said",
        proposition="he had no intention of resigning, after claims that he used a government "
        "car for family holidays",
        target=0,
    )
    own = Statement(
        position=2,
        kind="denial",
        sentence='"I have done nothing wrong and every journey was declared," Kovacs said.',
        speaker="Peter Kovacs",
        cue="said",
        quote="I have done nothing wrong and every journey was declared",
        proposition="I have done nothing wrong and every journey was declared",
        target=0,
    )
    story = [
        candidate(report, 1),
        candidate(passing, 2, answers=report),
        candidate(own, 3, answers=report),
    ]
    answer = ask("did kovacs deny using the car for holidays?", story)
    assert answer.answer == "yes"
    assert own.sentence in [c.sentence for c in answer.citations]


def test_asked_of_someones_coach_the_coachs_own_account_answers_first() -> None:
    """ "did obi's coach know about the test?": the coach's "he had known about the test",
    not her lawyer's denial that she knowingly took anything."""
    ban = Statement(
        position=0,
        kind="claim",
        sentence="The unit said sprinter Amara Obi had been banned after a positive test.",
        speaker="unit",
        cue="said",
        proposition="sprinter Amara Obi had been banned after a positive test",
    )
    lawyer = Statement(
        position=1,
        kind="denial",
        sentence='"My client has never knowingly taken a banned substance," Reyes said.',
        speaker="Daniel Reyes",
        org="Obi",
        role="lawyer",
        cue="said",
        quote="My client has never knowingly taken a banned substance",
        target=0,
    )
    coach = Statement(
        position=2,
        kind="claim",
        sentence="Her coach, Femi Adeyemi, told Reuters he had known about the test since August.",
        speaker="Femi Adeyemi",
        role="coach",
        aliases=("Her coach", "Adeyemi"),
        cue="told",
        proposition="he had known about the test since August",
    )
    story = [candidate(ban, 1), candidate(lawyer, 2, answers=ban), candidate(coach, 3)]
    answer = ask("did obi's coach know about the test?", story)
    assert answer.citations[0].sentence == coach.sentence


def test_asked_who_gave_a_number_only_those_giving_it_answer() -> None:
    """ "who said 19 civilians were killed?": the aid group's 19, not the army's 12 fighters."""
    army = Statement(
        position=0,
        kind="claim",
        sentence="The army said its jets destroyed a depot in Karesh, killing 12 fighters.",
        speaker="army",
        cue="said",
        proposition="its jets destroyed a depot in Karesh, killing 12 fighters",
    )
    aid = Statement(
        position=1,
        kind="claim",
        sentence="The aid group said 19 civilians had been killed in Karesh.",
        speaker="aid group",
        cue="said",
        proposition="19 civilians had been killed in Karesh",
    )
    answer = ask("who said 19 civilians were killed?", [candidate(army, 1), candidate(aid, 2)])
    assert [c.sentence for c in answer.citations] == [aid.sentence]


def test_asked_whether_someone_did_what_they_say_they_did_not_and_nobody_said_they_did() -> None:
    """ "did sevilla receive an offer?" of "Sevilla said it had received no offer", answering
    a report of talks: "No, says Sevilla", not a dispute nobody started."""
    talks = Statement(
        position=0,
        kind="claim",
        sentence="Sources close to the player told ESPN that talks had taken place in January.",
        speaker="Sources close to the player",
        cue="told",
        proposition="talks had taken place in January",
    )
    club = Statement(
        position=1,
        kind="denial",
        sentence="His club, Sevilla, said it had received no offer for the player.",
        speaker="Sevilla",
        cue="said",
        proposition="it had received no offer for the player",
        target=0,
    )
    answer = ask(
        "did sevilla receive an offer?", [candidate(talks, 1), candidate(club, 2, answers=talks)]
    )
    assert answer.text.startswith("<b>No</b>, says Sevilla")
    assert answer.citations[0].sentence == club.sentence


def test_an_outlet_opening_a_sentence_of_the_answer_is_capitalised() -> None:
    claim = Statement(
        position=0,
        kind="claim",
        sentence="The Herald alleged that the minister had dined with a lobbyist.",
        speaker="Herald",
        speaker_norm="herald",
        cue="alleged",
    )
    denial = Statement(
        position=1,
        kind="denial",
        sentence='"I have never met him," the minister said.',
        speaker="minister",
        speaker_norm="minister",
        quote="I have never met him",
    )
    stands = Statement(
        position=2,
        kind="claim",
        sentence="The Herald said it stood by its story.",
        speaker="Herald",
        speaker_norm="herald",
    )
    answer = ask("did the herald retract the story?", _denied_then_stood_by(claim, denial, stands))
    assert answer.text.startswith("<b>No.</b> The Herald did not take it back.")


def test_a_quote_over_two_sentences_shows_once() -> None:
    """ "Lila is not pregnant. She was visiting a friend," her publicist said: both sentences
    are cited, the quote they share is shown once."""
    quote = "Lila is not pregnant. She was visiting a friend"
    first = Statement(
        position=0,
        kind="denial",
        sentence="“Lila is not pregnant.",
        speaker="Ana Ruiz",
        speaker_norm="ana ruiz",
        quote=quote,
    )
    second = dataclasses.replace(
        first,
        position=1,
        kind="statement",
        sentence="She was visiting a friend,” her publicist, Ana Ruiz, said.",
    )
    claim = Statement(
        position=2,
        kind="claim",
        sentence="StarPulse published photos of Moreau, claiming she was pregnant.",
        speaker="StarPulse",
        speaker_norm="starpulse",
    )
    found = [candidate(first, 1, answers=claim), candidate(second, 2), candidate(claim, 3)]
    answer = ask("what did ana ruiz say?", found)
    assert len([c for c in answer.citations if c.speaker == "Ana Ruiz"]) == 2
    assert answer.text.count("visiting a friend") == 1
