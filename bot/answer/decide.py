"""Answer a parsed question over candidate statements: rank once, decide, word the reply.

Pure: the caller fetches the candidates (full-text search on the keywords, the context article);
`ranking` scores them once, `judge` picks the verdict and what it cites, `word` writes it.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from bot.answer.actors import actor_words, initials, words
from bot.answer.direction import (
    asserted_instead,
    asserts,
    before_background,
    confirmed_instead,
    confirmed_part,
    is_opposite,
    names_in,
    negated_untrue,
    negations,
    only_around,
    said_beside,
    said_besides_denying,
    says_asked,
    says_it_plainly,
    swaps,
    ties,
    untrue_roots,
)
from bot.answer.question import Question, names_only_the_story
from bot.answer.ranking import (
    ACTOR_MIN,
    ALL_KINDS,
    TOPIC_MIN,
    WANTED_KINDS,
    Candidate,
    Scored,
    cite,
    score_all,
    speaks_in_person,
)
from bot.answer.sides import (
    as_sentence,
    beside_denial,
    by_place,
    denial_quotes,
    one_side,
    side_says,
)
from bot.models import Statement
from bot.render.html import esc, verbatim, who
from bot.render.quotemarks import in_quotes
from bot.statements.attribution import added_by_participle
from bot.statements.kinds import cue_kinds
from bot.statements.speakers import strip_article
from bot.statements.verdict import OWN_VOICE_CUE
from bot.text import lexicon
from bot.text.sentences import split_sentences
from bot.text.words import content_words, same_act, stem_key, stopwords

SHOWN_CITATIONS = 3  # of the cited statements, the reply text quotes this many
MAX_QUOTE_CHARS = 400  # longer sentences are replaced by their direct quote when there is one
NAMED_SHARE = 0.5  # of the asked words, what a reply must name itself to keep its own topic
SAID_SHARE_MAX = 0.34  # of the asked words, fewer named by a stance and its claim: about else
SAYS_SHARE_MIN = 2 / 3  # of the asked words, what a statement names to say what is asked

_VERB = {"denial": "denied it", "confirmation": "confirmed it", "claim": "said so"}
_NOUN = {"denial": "denial", "confirmation": "confirmation", "claim": "such statement"}
_WHO_HEAD = {"denial": "Denied by", "confirmation": "Confirmed by", "claim": "Reported by"}


@dataclass(frozen=True)
class Citation:
    """A statement quoted in an answer."""

    sentence: str
    speaker: str | None
    kind: str
    article_id: int
    url: str | None
    score: float
    site: str | None = None  # the outlet, the article's date and the claim answered, if any
    published: str | None = None
    answers: str | None = None


@dataclass(frozen=True)
class Verdict:
    """What the decision found: the answer, which case of it to word, and what to cite."""

    answer: str  # "yes" | "no" | "unknown"
    case: str  # which reply: one of the keys of _HEADLINES below, or "yes"
    cited: tuple[Scored, ...] = ()


@dataclass(frozen=True)
class Answer:
    """The verdict ("yes" | "no" | "unknown"), the Telegram-HTML reply and what it cites."""

    answer: str
    text: str
    citations: list[Citation]
    case: str = "yes"  # which reply it is: "yes" or a key of _HEADLINES ("unknown", "absent")


# ---- wording helpers ----------------------------------------------------------------------


def _link(candidate: Candidate) -> str:
    url = candidate.url or ""
    if not url.startswith(("http://", "https://")):
        return ""
    label = candidate.title or candidate.site or "source"
    return f'<a href="{html.escape(url, quote=True)}">{esc(label)}</a>'


def _block(candidate: Candidate) -> str:
    """One cited statement: who, outlet and date, the verbatim sentence, the claim, the link."""
    st = candidate.statement
    source = ", ".join(p for p in (candidate.site, (candidate.published or "")[:10]) if p)
    lines = [f"• <b>{esc(who(st))}</b>" + (f" — {esc(source)}" if source else "")]
    lines.append(f"<i>{esc(in_quotes(verbatim(st, MAX_QUOTE_CHARS)))}</i>")
    claim = candidate.answers
    if claim is not None and claim.sentence != st.sentence:
        lines.append(f"In answer to: <i>{esc(in_quotes(verbatim(claim, MAX_QUOTE_CHARS)))}</i>")
    link = _link(candidate)
    if link:
        lines.append(link)
    return "\n".join(lines)


def _citation(item: Scored) -> Citation:
    c = item.candidate
    speaker = c.statement.speaker or c.statement.org
    claim = c.answers.sentence if c.answers is not None else None
    return Citation(
        c.statement.sentence, speaker, c.statement.kind, c.article_id, c.url, item.score,
        c.site, c.published, claim,
    )  # fmt: skip


def _reply(headline: str, cited: list[Scored], answer: str) -> Answer:
    """The reply shows the best few distinct quotes, each once (the sentences of one quote
    show it whole: the first of them stands for all); `citations` keeps every cited
    sentence."""
    shown: dict[tuple[str | None, int, str], str] = {}
    for item in cited:
        st = item.candidate.statement
        key = (st.speaker, item.candidate.article_id, verbatim(st, MAX_QUOTE_CHARS))
        shown.setdefault(key, _block(item.candidate))
    blocks = list(dict.fromkeys(shown.values()))[:SHOWN_CITATIONS]
    text = "\n\n".join([headline, *blocks])
    return Answer(answer, text, [_citation(item) for item in cited])


def _names(cited: list[Scored]) -> str:
    names: list[str] = []
    speakers: set[str] = set()  # "Paul Hendry (mayor)" and "Paul Hendry" are named once
    for item in cited:
        name = who(item.candidate.statement)
        speaker = (item.candidate.statement.speaker or name).casefold()
        if name not in names and speaker not in speakers:
            names.append(name)
            speakers.add(speaker)
    escaped = [esc(n) for n in names]
    if len(escaped) == 2:
        return " and ".join(escaped)
    return "; ".join(escaped)


def _actor_name(asked: str, cited: list[Scored]) -> str:
    """The name to head an answer with: a cited speaker's or organisation's name that the
    question wrote in lower case ("ames's office" → "Ames's office", "the kremlin" → "the
    Kremlin" of its spokesman's words), else the speaker's own when every citation is theirs
    ("taylor swift" → "Taylor Swift"), else the question's words."""
    bare = strip_article(asked.strip())
    article = asked.strip()[: len(asked.strip()) - len(bare)]  # "the " of "the kremlin"
    written = (
        name
        for item in cited
        for name in (item.candidate.statement.speaker, item.candidate.statement.org)
        if name and name.casefold() == bare.casefold()
    )
    found = next(written, None)
    if found:  # as asked: "the Kremlin", though its spokesman alone is cited
        return f"{article}{found}"
    names = {item.candidate.statement.speaker for item in cited}
    if len(names) == 1:
        name = _in_sentence(names.pop() or asked)
        return _as_written(name, cited) if name[:1].isupper() else _with_article(name)
    return f"{article}{_as_named(bare, cited)}"


def _as_named(words: str, cited: list[Scored]) -> str:
    """The question's words with the capitals the cited names give them ("kessler" of
    "Kessler Group" and "Anna Kessler" → "Kessler")."""
    named = {
        w.casefold(): w
        for item in cited
        for n in (item.candidate.statement.speaker, item.candidate.statement.org)
        if n
        for w in n.split()
        if w[:1].isupper()
    }
    return " ".join(named.get(w.casefold(), w) for w in words.split())


def _as_written(name: str, cited: list[Scored]) -> str:
    """A name with the article the story writes before it ("the U.S. Marine Corps", "the
    Mirror"), or as it is ("Kessler Group", "John Kirby")."""
    for item in cited:
        if re.search(rf"\bthe\s+{re.escape(name)}\b", item.candidate.statement.sentence, re.I):
            return f"the {name}"
    return name


def _with_article(name: str) -> str:
    """A description as a sentence would write it: "league" → "the league", "state's privacy
    regulator" → "the state's privacy regulator"; a name ("Kessler Group") or a description
    that opens with its own word ("one of his friends", "his lawyer") as it is."""
    first = name.split(" ", 1)[0]
    possessive = first in lexicon.words("possessive_determiners.txt")  # "his lawyer"
    if not name[:1].islower() or first in stopwords() or possessive:
        return name
    return f"the {name}"


def _sentence_start(names: str) -> str:
    """Names opening a sentence: a description's first letter capitalised ("hospital
    spokeswoman said so" → "Hospital spokeswoman said so")."""
    return names[:1].upper() + names[1:] if names[:1].islower() else names


def _in_sentence(name: str) -> str:
    """A name as written inside a sentence: a description opening with a function word
    loses its capital ("One of his friends" → "one of his friends"); a name keeps it."""
    first = name.split(" ", 1)[0]
    return name[:1].lower() + name[1:] if first.lower() in stopwords() else name


def _wanted_kind(question: Question) -> str:
    kinds = WANTED_KINDS[question.intent]
    return next(iter(kinds)) if len(kinds) < len(ALL_KINDS) else "statement"


# ---- deciding -----------------------------------------------------------------------------

STANCES = ("denial", "confirmation")  # kinds whose direction must follow the question's
CLAIM_INTENTS = ("did_claim", "who_claimed")
STANCE_INTENTS = (
    "did_deny",
    "who_denied",
    "did_confirm",
    "who_confirmed",
)  # "who said he is alive?": a claim's direction


def _opposite(question: Question, item: Scored) -> bool:
    """True for a denial (or confirmation) of the opposite of what is asked: "did anyone deny
    that he is alive?" against a denial that he died. Asked who *said* something, a claim of
    its opposite ("he died" for "who said he is alive?") and a denial of it are the opposite,
    a denial of its opposite ("reports of his death are false") says it."""
    st = item.candidate.statement
    if not content_words(question.topic):  # "did Freeman say that?" of his side's denial: no
        return question.intent in CLAIM_INTENTS and st.kind == "denial"
    claim = item.candidate.answers
    denied = st.proposition or st.sentence
    claimed = (claim.proposition or claim.sentence) if claim else None
    if question.intent in CLAIM_INTENTS:
        if st.kind == "denial" and asserts(st.cue) and says_it_plainly(question.topic, denied):
            return False  # "did Cole say she was misquoted?" of "says she was misquoted"
        if st.kind == "denial":
            return not is_opposite(question.topic, denied, claimed)
        if st.kind != "claim":
            return False
        # what was said ("the incident had not affected any nuclear facility", against "did
        # the IAEA say a nuclear plant was affected?"), not who said it ("a fake news site"),
        # nor a verdict told of the claim ("…, a claim the army quickly rejected")
        said = st.proposition
        return swaps(question.topic, st.sentence) % 2 == 1 or bool(
            said and not untrue_roots(said) and says_asked(question.topic, said) is False
        )
    if st.kind not in STANCES or question.intent not in STANCE_INTENTS:
        return False  # "what did X say about …", "is she alive?": every side is an answer
    if st.quote and negated_untrue(st.quote):  # "The thing is not made up. These kids …":
        denied = st.quote  # every sentence of a quote that stands by the story stands by it
    # its own words, when the claim's say nothing of the direction and its own hold the
    # asked word's opposite ("No, Ray Dalton has not died" for "… that he is alive?", against
    # a post that he "had passed away"); not a mere negation: "the report was false and no
    # quota had been changed" would turn around
    own_words = claim is None or (
        not ties(question.topic, claimed or "") and swaps(question.topic, denied) > 0
    )
    said = says_asked(question.topic, denied) if own_words and asserts(st.cue) else None
    opposite = is_opposite(question.topic, denied, claimed) if said is None else said
    return opposite != question.negation_is_denial  # "who said X never …" asks the denial


def _counters_with_it(question: Question, item: Scored) -> bool:
    """A denial's quote, a sentence of which counters with what is asked, with no negation
    and nothing called untrue ("Our aircraft did not fly over Kessa. The video is old footage
    from another war" for "did anyone deny that the video is old?"), or what it says besides
    denying: its speaker asserts what is asked, and denies something else."""
    st = item.candidate.statement
    if st.kind != "denial" or question.intent not in STANCE_INTENTS:
        return False
    # their own words: the quote, or what a plain "said" tells ("trashed reports that …"
    # holds the claim it denies)
    plain_cue = bool(st.cue) and cue_kinds().get((st.cue or "").lower(), "neutral") == "neutral"
    own = st.quote or (st.proposition if plain_cue else None)
    said = [s.text for s in split_sentences(own or "")]
    # what they say besides denying: "the study was "deeply flawed" and that energy drinks
    # were safe" says they are safe
    said += said_besides_denying(st.proposition or "")
    return any(
        not negations(text) and not untrue_roots(text) and says_it_plainly(question.topic, text)
        for text in said
    )


def _told_only_in_denials(relevant: list[Scored], answering: list[Scored]) -> bool:
    """The asked words are told in full only by what denies them ("Reports on social media that
    the Tamar Bridge has collapsed are false"): what else the story says covers under half as
    much or less ("the bridge is closed as a precaution"), there by the story's context."""
    told = max((s.own for s in relevant), default=0.0)
    said = max((s.own for s in answering), default=0.0)
    answered = {
        (s.candidate.article_id, s.candidate.answers.position)
        for s in relevant
        if s.candidate.answers is not None
    }  # the claim a denial answers says it, in whatever words ("reported that …")
    kept = any(_is_one_of(s, answered) for s in answering)
    return told >= FULLY_TOLD and 2 * said <= told and not kept


def _is_one_of(item: Scored, claims: set[tuple[int, int]]) -> bool:
    """The item is one of `claims` (article id, position)."""
    return (item.candidate.article_id, item.candidate.statement.position) in claims


FULLY_TOLD = 80.0  # own-words coverage of the topic by which a statement tells it in full


def _around(question: Question, item: Scored) -> bool:
    """A denial or confirmation whose words name the asked thing only as background of what it
    answers (`only_around`): no answer either way to "did anyone deny the flight was
    cancelled?"."""
    st = item.candidate.statement
    if st.kind not in STANCES or question.intent not in STANCE_INTENTS:
        return False
    if st.kind == "denial" and confirmed_instead(question.topic, st.sentence):
        return True  # "confirmed the breach but denied money was taken": no breach denied
    return only_around(question.topic, st.proposition or st.sentence)


def _not_about(question: Question, relevant: list[Scored], scored: list[Scored]) -> list[Scored]:
    """The statements `_around` the asked thing, the replies to the same claim that name
    less than half of it in their own words ("The report is wrong." beside "denied the pilots
    had been drinking before the flight was cancelled"): they take their topic from those;
    and confirmations of a side of a story that others tell the asked thing of
    (`_confirms_a_side`)."""
    around = [s for s in relevant if _around(question, s)]
    claims = {s.candidate.answers.sentence for s in around if s.candidate.answers is not None}
    asked = {stem_key(w) for w in content_words(question.topic)}
    sides = [s for s in relevant if question.actor is None and _confirms_a_side(asked, s)]
    stories = {s.candidate.article_id for s in sides}
    naming = {
        s.candidate.article_id
        for s in scored
        if s.candidate.article_id in stories and _names_it(asked, s)
    }
    return [
        s
        for s in relevant
        if s in around
        or s in sides
        and s.candidate.article_id in naming
        or s.candidate.answers is not None
        and s.candidate.answers.sentence in claims
        and _share(asked, s.candidate.statement.sentence) < NAMED_SHARE
        and _share(asked, s.candidate.answers.sentence) < CLAIM_NAMES_IT
    ]


def _answering_another(
    question: Question, relevant: list[Scored], scored: list[Scored]
) -> list[Scored]:
    """Asked whether someone denied something, their denials (or confirmations) of a claim
    when neither they nor that claim name any of the asked words, and another statement of
    their story tells the asked thing plainly: "did Kamara deny that a child was injured?" is
    not answered by his denial that drones were downed, when a local official tells of the
    child."""
    if question.actor is None or question.intent not in STANCE_INTENTS:
        return []  # "did anyone deny it?": a story's debunking may answer in other words
    if names_only_the_story(question.topic):
        return []
    asked = {stem_key(w) for w in content_words(question.topic)}
    if len(asked) < 2:
        return []
    naming_nothing = [
        s
        for s in relevant
        if s.candidate.statement.kind in STANCES
        and s.candidate.answers is not None
        and _share(asked, s.candidate.statement.sentence) == 0
        and _share(asked, s.candidate.answers.sentence) == 0
    ]
    if not naming_nothing:
        return []
    told = {  # (article, speaker) of the statements telling the asked thing
        (s.candidate.article_id, s.candidate.statement.speaker)
        for s in scored
        if s.candidate.statement.kind in {"claim", "statement"}
        and _share(asked, s.candidate.statement.sentence) >= CLAIM_NAMES_IT
    }
    return [  # told by someone else: what the denier says of it is `_said_instead`
        s
        for s in naming_nothing
        if any(
            aid == s.candidate.article_id
            and speaker != s.candidate.statement.speaker
            and not (_of_the_whole_report(s) and speaker == s.candidate.answers.speaker)
            for aid, speaker in told
        )
    ]


def _of_the_whole_report(item: Scored) -> bool:
    """A denial in words of its own that repeat none of the claim it answers ("I have nothing
    to hide" after "The newspaper said the flight cost taxpayers 48,000 pounds"): it rejects
    the claimant's whole report, so what the same claimant tells in another sentence ("the
    minister used a government jet for a holiday") is denied too."""
    st, claim = item.candidate.statement, item.candidate.answers
    if claim is None:
        return False
    claimed = {stem_key(w) for w in content_words(claim.proposition or claim.sentence)}
    return not claimed & {stem_key(w) for w in content_words(st.quote or st.sentence)}


def _names_it(asked: set[str], item: Scored) -> bool:
    return _share(asked, item.candidate.statement.sentence) >= NAMED_SHARE


def _confirms_a_side(asked: set[str], item: Scored) -> bool:
    """A confirmation that names the asked thing neither in its words nor in the claim it
    answers ("the hospital confirmed it had treated two people", asked whether anyone
    confirmed rubber bullets were used), in a story whose other statements name it: it
    confirms a side of the story, not the asked thing."""
    st, claim = item.candidate.statement, item.candidate.answers
    return (
        st.kind == "confirmation"
        and not _names_it(asked, item)
        and (claim is None or _share(asked, claim.sentence) < NAMED_SHARE)
    )


# A claim naming this share of the asked words is what is asked: the replies to it answer,
# though another reply to it mentions the asked thing only in passing ("after claims that …")
CLAIM_NAMES_IT = 0.6


def _share(asked: set[str], sentence: str) -> float:
    """The share of the asked word stems that the sentence names."""
    named = {stem_key(w) for w in content_words(sentence)}
    return len(asked & named) / len(asked) if asked else 0.0


def _names_a_claim(question: Question) -> bool:
    """The topic names a claim ("who denied the discrimination claim?") rather than saying
    what is claimed: nothing the deniers say beside their denial can say it instead."""
    nouns = lexicon.words("claim_nouns.txt")
    asked = re.findall(r"[a-z]+", question.topic.lower())
    return any(w in nouns or w.rstrip("s") in nouns for w in asked)


def _silent_beside(answering: list[Scored], asserted: list[Scored]) -> list[Scored]:
    """Denials that answer no claim and quote nothing ("United dismiss Ten Hag sack reports")
    in a story whose other answers all said what is asked while denying something else: they
    deny that something else too."""
    sided = {s.candidate.article_id for s in asserted}
    told = {s.candidate.article_id for s in answering if s not in asserted and not _silent(s)}
    return [
        s
        for s in answering
        if s not in asserted and _silent(s) and s.candidate.article_id in sided - told
    ]


def _wordless_beside(
    question: Question, answering: list[Scored], asserted: list[Scored]
) -> list[Scored]:
    """Denials of the very claim a side's assertion answers, in words naming nothing asked
    ("I don't know where the story came from," beside "insisted that Amara is fit, dismissing
    reports that he was injured"): they deny what that side denies, not what is asked."""
    answered = {
        (s.candidate.article_id, s.candidate.answers.sentence)
        for s in asserted
        if s.candidate.answers is not None
    }
    asked = _asked_stems(question)
    return [
        s
        for s in answering
        if s not in asserted
        and s.candidate.answers is not None
        and (s.candidate.article_id, s.candidate.answers.sentence) in answered
        and not _share(
            asked, f"{s.candidate.statement.sentence} {s.candidate.statement.quote or ''}"
        )
    ]


def _silent(item: Scored) -> bool:
    return item.candidate.answers is None and not item.candidate.statement.quote


def _story_names(scored: list[Scored], articles: set[int]) -> dict[int, frozenset[str]]:
    """Per article of `articles`, the names its statements write ("Erik ten Hag"): a quote
    may call him "Erik" where the question says "ten hag"."""
    texts: dict[int, list[str]] = {article: [] for article in articles}
    for s in scored:
        if s.candidate.article_id in texts:
            texts[s.candidate.article_id].append(s.candidate.statement.sentence)
    return {article: names_in(found) for article, found in texts.items()}


def _asserts(
    question: Question, item: Scored, said: str, names: frozenset[str] = frozenset()
) -> bool:
    """A denial of something other than what is asked, by a side that `said` what is asked
    ("did anyone deny the hull was intact?" against "There was no leak. The hull is intact.",
    and against the headline "Port denies leak report" beside that quote)."""
    st = item.candidate.statement
    if st.kind != "denial" or question.intent not in STANCE_INTENTS:
        return False
    claim = item.candidate.answers
    claimed = (claim.proposition or claim.sentence) if claim else None
    said = " ".join(as_sentence(part) for part in (said, said_beside(st.sentence)) if part)
    return asserted_instead(question.topic, st.proposition or st.sentence, claimed, said, names)


def _says_which_way(question: Question, item: Scored) -> bool:
    """The words its direction is read from (the claim it answers, or else its own) bear on
    the asked direction (`ties`)."""
    st, claim = item.candidate.statement, item.candidate.answers
    own = st.proposition or st.sentence
    if claim is None:
        return ties(question.topic, own)
    # the claim's words, else its own: "No, Ray Dalton has not died" against a post that he
    # "had passed away" says which way it runs
    return ties(question.topic, claim.proposition or claim.sentence) or ties(question.topic, own)


def _with_their_sides(
    question: Question, relevant: list[Scored], opposite: list[bool]
) -> list[bool]:
    """Denials in one article whose words say nothing of the asked direction ("Still here,
    still sunburnt") run the way the article's other denials do when those agree ("Lena is
    alive" beside them denies the opposite of "did anyone deny that she is alive?")."""
    if question.intent not in STANCE_INTENTS:
        return opposite
    told: dict[int, set[bool]] = defaultdict(set)
    informed = [_says_which_way(question, s) for s in relevant]
    for item, flip, known in zip(relevant, opposite, informed, strict=True):
        if known and item.candidate.statement.kind == "denial":
            told[item.candidate.article_id].add(flip)
    out = []
    for item, flip, known in zip(relevant, opposite, informed, strict=True):
        sides = told.get(item.candidate.article_id, set())
        same = item.candidate.statement.kind == "denial" and not known and len(sides) == 1
        out.append(next(iter(sides)) if same else flip)
    return out


def _saying_it(
    question: Question,
    scored: list[Scored],
    asserted: list[Scored],
    names: dict[int, frozenset[str]],
) -> list[Scored]:
    """The deniers' other quoted statements that say what is asked in their own words ("The
    Health Secretary has the full confidence of the prime minister," beside "These reports
    are simply untrue")."""
    deniers = [s.candidate.statement for s in asserted]
    return [
        s
        for s in scored
        if s.candidate.statement.kind != "denial"
        and any(one_side(d, s.candidate.statement) for d in deniers)
        and asserted_instead(
            question.topic,
            "",
            None,
            s.candidate.statement.quote,
            names.get(s.candidate.article_id, frozenset()),
        )
    ]


# A refusal naming at least this share of the asked words is a refusal to say just that
REFUSAL_SHARE_MIN = 0.67


def _declined_instead(
    question: Question, answering: list[Scored], scored: list[Scored]
) -> list[Scored]:
    """The actor asked about declined to say what is asked, in more of its words than any of
    their stances says ("did the spokeswoman rule out smaller cuts?": "She declined to say
    whether smaller cuts were being considered", beside her "no plans for layoffs of that
    scale"): they would not say, and that is the answer. So too when asked whether they
    said it ("did Ukraine say how many drones it launched?": "did not say how many …")."""
    asked = _asked_stems(question)
    intents = (*STANCE_INTENTS, "did_claim")
    if question.intent not in intents or not question.actor or not asked:
        return []
    refusals = [
        s
        for s in scored
        if s.actor >= ACTOR_MIN
        and s.candidate.statement.kind not in STANCES
        and _refuses(s.candidate.statement)
        and _share(asked, s.candidate.statement.sentence) >= REFUSAL_SHARE_MIN
    ]
    if not refusals:
        return []
    best = max(_share(asked, s.candidate.statement.sentence) for s in refusals)
    own = [_share(asked, s.candidate.statement.sentence) for s in answering if s not in refusals]
    return refusals if all(share < best for share in own) else []


def _confirming_another_thing(question: Question, answering: list[Scored]) -> list[Scored]:
    """Asked whether the actor confirmed a thing, their confirmations when none says any of
    its words and nothing else answers ("did the police confirm the bribes?": "Police
    confirmed they had opened an inquiry"); none for a question naming no thing ("did she
    confirm it?")."""
    if question.intent != "did_confirm" or not question.actor or not _asked_stems(question):
        return []
    theirs = [s for s in answering if s.actor >= ACTOR_MIN]
    confirming = [s for s in theirs if s.candidate.statement.kind == "confirmation"]
    if not confirming or any(s.own > 0 for s in theirs):
        return []
    return confirming


def _saying_another_thing(question: Question, answering: list[Scored]) -> list[Scored]:
    """Asked whether the actor said a thing, what they said when none of it says any of its
    words ("did the UN blame the army?": "The United Nations said it was 'deeply alarmed' by
    the reports"); none for a question naming no thing ("did she say it?")."""
    if question.intent != "did_claim" or not question.actor or not _asked_stems(question):
        return []
    theirs = [s for s in answering if s.actor >= ACTOR_MIN]
    if not theirs or len(theirs) < len(answering) or any(s.own > 0 for s in theirs):
        return []
    return theirs


def _only_refused(question: Question, answering: list[Scored]) -> list[Scored]:
    """Asked whether the actor responded at all, all they are quoted on is a refusal or a
    silence ("did not respond to a request for comment", "declined to comment"): those, the
    actor's own before those of one speaking for it ("Northline declined to comment", not its
    lobbyist's words)."""
    if not question.response or question.opener in _WHO | _WHAT:
        return []
    theirs = [s for s in answering if s.actor >= ACTOR_MIN]
    actor = question.actor or ""
    own = [s for s in theirs if speaks_in_person(actor, s.candidate.statement)]
    theirs = own or theirs
    return theirs if theirs and all(_refuses(s.candidate.statement) for s in theirs) else []


# A refusal to say ("declined to say", "would not comment"), not a want of knowing ("said it
# had not been told of any job cuts", "had no idea whether …")
_REFUSING = re.compile(
    r"\b(?:declin|refus|would\s+not|wouldn['’]t|will\s+not|won['’]t|no\s+comment"
    r"|(?:did|has|have|had)\s+not\s+(?:respond|reply|return)|(?:did|has|have|had)n['’]t\s+"
    r"(?:respond|reply|return))",
    re.IGNORECASE,
)


def _refusing(item: Scored) -> bool:
    return _REFUSING.search(item.candidate.statement.sentence) is not None


def _refuses(statement: Statement) -> bool:
    """ "declined to say whether …", "would not comment on …": no answer either way."""
    return any(
        lexicon.first_match(name, statement.sentence)
        for name in ("no_comment_cues.tsv", "not_denial_cues.tsv")
    )


def _asked_stems(question: Question) -> set[str]:
    """The stems of what is asked, the asked actor's name left out."""
    asked = {stem_key(w) for w in content_words(question.topic)}
    return asked - {stem_key(w) for w in content_words(question.actor or "")}


def _told(item: Scored) -> str:
    """A reply's sentence with the claim it answers: what its words are about."""
    claim = item.candidate.answers
    return f"{item.candidate.statement.sentence} {claim.sentence if claim else ''}"


def _told_denied(item: Scored) -> str:
    """`_told` without what the reply says besides denying ("Airline denies pilots were drunk,
    says crew passed tests": the tests are the airline's account, not what it denies)."""
    st = item.candidate.statement
    told = _told(item)
    for part in said_besides_denying(st.proposition or ""):
        told = told.replace(part, " ")
    return told


def _names_asked(question: Question, item: Scored) -> bool:
    """The reply, with the claim it answers, names some of what is asked (`SAID_SHARE_MAX`)."""
    asked = _asked_stems(question)
    return not asked or _share(asked, _told(item)) >= SAID_SHARE_MAX


SHORT_TOPIC = 3  # asked words: a topic this short is answered only by a reply naming all


def _confirmed_plainly(question: Question, scored: list[Scored]) -> list[Scored]:
    """Asked whether anyone denied something, the confirmations that say it in their own
    words ("a company spokesman confirmed that the firm would close its office in Leeds")."""
    if question.intent not in {"did_deny", "who_denied"} or not content_words(question.topic):
        return []
    return [
        s
        for s in scored
        if s.candidate.statement.kind == "confirmation"
        and s.own >= FULLY_TOLD  # tells the topic in full: only then can it say it plainly
        and says_it_plainly(question.topic, s.candidate.statement.proposition or "")
    ]


def _names_all_asked(question: Question, item: Scored) -> bool:
    """The reply, with the claim it answers, names every word of a short topic ("did anyone
    deny that energy drinks are safe?" is not answered by a denial of a study linking energy
    drinks to memory loss, once someone said they are safe); of a longer one (a headline),
    some (`_names_asked`: all cost the FNC tuning half two denials)."""
    asked = _asked_stems(question)
    if len(asked) > SHORT_TOPIC:
        return _names_asked(question, item)
    return not asked or _share(asked, _told(item)) >= 1.0


def _says_it_themselves(question: Question, asked: set[str], scored: list[Scored]) -> bool:
    """The actor asked about tells the thing asked in a statement of their own ("did Mahmud
    deny the explosion?": "Mahmud said … an explosion of their own ammunition had caused the
    deaths"): one asked word is enough to read the question as about it."""
    return bool(question.actor) and any(
        s.actor >= ACTOR_MIN
        and s.candidate.statement.kind not in STANCES
        and _share(asked, s.candidate.statement.sentence) >= SAYS_SHARE_MIN
        for s in scored
    )


def _said_instead(
    question: Question,
    answering: list[Scored],
    scored: list[Scored],
    names: dict[int, frozenset[str]],
) -> list[Scored]:
    """Statements that say what is asked, in stories whose denials and confirmations name
    little of it, nor do the claims they answer ("did the police deny that footage would be
    released?" against the chief's "That is simply not what happened" and her "She said body
    camera footage would be released"), while the story's claims name little of it either:
    those statements answer it, the stances answer something else. Asked whether something is
    so ("is Okonjo proud of the nurses?"), names decide nothing and a negated statement says
    it too ("Ten Hag told reporters that he was not worried")."""
    search = question.intent == "search"
    if question.intent not in STANCE_INTENTS and not search:
        return []
    articles = {s.candidate.article_id for s in answering}
    asked = _asked_stems(question)
    if search:
        asked -= {stem_key(w) for a in articles for w in names.get(a, frozenset())}
    if len(asked) < (1 if search or _says_it_themselves(question, asked, scored) else 2):
        return []  # "did she deny it?", "did he deny the affair?": the story's own claim
    for item in answering:
        stance = item.candidate.statement.kind in STANCES
        if stance and _share(asked, _told_denied(item)) >= SAID_SHARE_MAX:
            return []
        if not stance and not search:
            return []
    same_story = [s for s in scored if s.candidate.article_id in articles]
    if any(
        s.candidate.statement.kind == "claim"
        and _share(asked, s.candidate.statement.sentence) >= SAID_SHARE_MAX
        for s in same_story
    ):
        return []  # what is asked is among the story's claims: the denials may well answer it
    claimants = {
        s.candidate.statement.speaker for s in same_story if s.candidate.statement.kind == "claim"
    }
    return [
        s
        for s in same_story
        if s.candidate.statement.kind == "statement"
        and s.candidate.statement.speaker not in claimants  # a claimant goes on with the claim
        and _share(asked, s.candidate.statement.sentence) >= SAYS_SHARE_MIN
        and (search or not negations(s.candidate.statement.sentence))
    ]


_NUMBER = re.compile(r"\b\d[\d,.]*\b")


def _with_the_numbers(question: Question, answering: list[Scored]) -> list[Scored]:
    """Asked of a number ("who said 19 civilians were killed?"), the statements giving that
    number, when any does; not another side's count ("killing at least 12 fighters")."""
    asked = set(_NUMBER.findall(question.topic))
    if not asked or question.intent not in {*CLAIM_INTENTS, "search"}:
        return answering  # a denial need not repeat the number it denies
    giving = [s for s in answering if asked <= set(_NUMBER.findall(s.candidate.statement.sentence))]
    if question.intent == "search":  # "did Hendry take 250,000 pounds?": and who denies it
        told = {(s.candidate.article_id, s.candidate.statement.position) for s in giving}
        giving += [s for s in answering if s not in giving and _answers_one_of(s, told)]
    return giving or answering


# a count: "34 people", "three people", "dozens killed", "no one was hurt" (count_words.txt)
_COUNT = re.compile(
    rf"\b(?:\d[\d,.]*|{lexicon.alternation('count_words.txt')}"
    r"|(?:dozen|score|hundred|thousand|million)s?)\b",
    re.IGNORECASE,
)


def _giving_a_count(question: Question, answering: list[Scored]) -> list[Scored]:
    """Asked how many ("how many people were killed?"), the statements that give a count in
    their own words, when any does: the rebels' "killing at least 34 people" and the doctor's
    "29 bodies", not the army's denials of the claim that counted them."""
    if not question.counting:
        return answering
    giving = [s for s in answering if _COUNT.search(_own_words(s.candidate.statement))]
    numbered = [s for s in giving if _NUMBER_GIVEN.search(_own_words(s.candidate.statement))]
    return numbered or giving or answering  # "12 passages" before "no evidence"


# A count in figures or number words ("12 passages", "thousands"; count_words.txt "number"),
# not a mere quantifier ("no evidence", "more pressure")
_NUMBER_WORDS = "|".join(r[0] for r in lexicon.rows("count_words.txt") if r[1:2] == ("number",))
_NUMBER_GIVEN = re.compile(
    rf"\b(?:\d[\d,.]*|{_NUMBER_WORDS}|(?:dozen|score|hundred|thousand|million|billion)s?)\b",
    re.IGNORECASE,
)


def _own_words(statement: Statement) -> str:
    """What the statement says, its speaker's own words: the quote, else the proposition."""
    return statement.quote or statement.proposition or statement.sentence


def _numbers_told(question: Question, cited: list[Scored]) -> set[tuple[int, int]]:
    """The cited claims giving the numbers asked of ("did Hendry take 250,000 pounds?" of the
    prosecutor's "had received 250,000 pounds"): a denial paired with one disputes it in
    whatever words ("never took a penny"). Without a number, words near the asked ones are no
    sign of the claim asked of ("did North Korea praise the attack?")."""
    asked = set(_NUMBER.findall(question.topic))
    return {
        (s.candidate.article_id, s.candidate.statement.position)
        for s in cited
        if asked
        and s.candidate.statement.kind == "claim"
        and asked <= set(_NUMBER.findall(s.candidate.statement.sentence))
    }


def _answers_one_of(item: Scored, claims: set[tuple[int, int]]) -> bool:
    """A denial or confirmation that answers one of `claims` (article id, position)."""
    claim = item.candidate.answers
    return claim is not None and (item.candidate.article_id, claim.position) in claims


_CLAIM_INTENTS = frozenset({"who_claimed", "did_claim"})


def _the_claims_denied(
    question: Question, answering: list[Scored], relevant: list[Scored]
) -> list[Scored]:
    """Asked who said what a denial tells in its own words better than any claim does ("who
    said soldiers crossed into Varland?" of the ministry's "rejected reports that 300
    soldiers had crossed into Varland"), the claims are those the denial answers (the Varland
    Times' report), not others sharing a name with the question (Varland's foreign minister)."""
    if question.intent not in _CLAIM_INTENTS:
        return answering
    claims = [s for s in answering if s.candidate.statement.kind == "claim"]
    best = max((s.own for s in claims), default=0.0)
    denied = {
        (s.candidate.article_id, s.candidate.answers.position)
        for s in relevant
        if s.candidate.statement.kind == "denial"
        and s.candidate.answers is not None
        and s.own > best
    }
    chosen = [
        s for s in claims if (s.candidate.article_id, s.candidate.statement.position) in denied
    ]
    if not chosen:
        return answering
    return [s for s in answering if s in chosen or s.candidate.statement.kind != "claim"]


def _quote_key(item: Scored) -> tuple[int, str] | None:
    quote = item.candidate.statement.quote
    return (item.candidate.article_id, quote) if quote else None


def _with_their_quotes(answering: list[Scored], relevant: list[Scored]) -> list[Scored]:
    """The answering statements and the other sentences of their quotes: "There is no way we
    made this up. This is real," a denial over two sentences, runs one way, though "This is
    real" alone would seem to deny the opposite of "did he deny faking it?"."""
    keys = {_quote_key(s) for s in answering} - {None}
    return [s for s in relevant if s in answering or _quote_key(s) in keys]


def _own_voice(actor: str, item: Scored) -> bool:
    """The statement is the actor's own to quote: not an anonymous source close to them ("did
    Robert Plant deny it?" is not answered by "a source close to Robert Plant"), unless the
    question asks for that source ("did the source close to Plant deny it?")."""
    st = item.candidate.statement
    return not st.anonymous or (st.role or "").lower() in actor.lower().split()


def _of_a_denial(question: Question) -> bool:
    """ "did Streamflix take back its denial?": the question is of the actor's own denial."""
    nouns = {row[0] for row in lexicon.rows("question_words.tsv") if row[1] == "denial-noun"}
    return any(word in nouns for word in re.findall(r"[a-z]+", question.topic.lower()))


def _denial_taken_back(actor: str, scored: list[Scored]) -> Verdict | None:
    """The actor's denial taken back: their confirmation in the same story ("Streamflix
    confirms 300 job cuts", once it "had dismissed the Variety story"; a headline tells the
    later act first, so text order says nothing); else their denial, not taken back; None when
    the actor denied nothing."""
    own = [s for s in scored if s.actor >= ACTOR_MIN and _own_voice(actor, s)]
    denials = [s for s in own if s.candidate.statement.kind == "denial"]
    if not denials:
        return None
    articles = {s.candidate.article_id for s in denials}
    confirmed = [
        s
        for s in own
        if s.candidate.statement.kind == "confirmation" and s.candidate.article_id in articles
    ]
    if confirmed:
        return Verdict("yes", "yes", tuple(cite(confirmed, by_topic=False)))
    return Verdict("no", "denial_kept", tuple(cite(denials, by_topic=False)))


def _said_of_them(question: Question, on_topic: list[Scored], scored: list[Scored]) -> list[Scored]:
    """Asked whether someone said something they are never quoted saying: a claim on the topic
    that names them ("The post … claims the senator said it"), then the denials answering it
    ("his office said the quote was fabricated"); none when nobody denied it."""
    if question.intent != "did_claim" or not question.actor:
        return []
    names = {w for w, weight in actor_words(question.actor) if weight == 1.0}
    claims = [
        s
        for s in on_topic
        if s.candidate.statement.kind == "claim"
        and names & set(words(s.candidate.statement.sentence))
    ]
    told = {(s.candidate.article_id, s.candidate.statement.position) for s in claims}
    denials = [
        s
        for s in scored
        if s.candidate.statement.kind == "denial"
        and (s.candidate.article_id, s.candidate.statement.target) in told
    ]
    return [*claims[:1], *denials] if denials else []


def _said_otherwise(question: Question, scored: list[Scored]) -> list[Scored]:
    """Asked what someone said about something their words never name ("what did Quinn say
    about safety?" of "Passengers deserve to know who is flying their plane"): all they said
    in the story where they speak most, in its order; the story is theirs, its topic
    words are the asker's."""
    if question.intent != "what_said" or question.actor is None:
        return []
    theirs = [s for s in scored if s.actor >= ACTOR_MIN and _own_voice(question.actor, s)]
    if not theirs:
        return []
    counts = Counter(s.candidate.article_id for s in theirs)
    article = max(counts, key=lambda aid: (counts[aid], aid))  # the later story of two
    mine = [s for s in theirs if s.candidate.article_id == article]
    return sorted(mine, key=lambda s: s.candidate.statement.position)


def _after_denials(scored: list[Scored], own: list[Scored]) -> list[Scored]:
    """The actor's statements made after the last denial in their article: what they said
    once their claim was disputed (standing by it, when they did not take it back)."""
    last: dict[int, int] = {}
    for s in scored:
        if s.candidate.statement.kind == "denial":
            aid = s.candidate.article_id
            last[aid] = max(last.get(aid, -1), s.candidate.statement.position)
    return [
        s
        for s in own
        if s.candidate.article_id in last
        and s.candidate.statement.position > last[s.candidate.article_id]
    ]


def judge(question: Question, scored: list[Scored], story_known: bool, in_context: bool) -> Verdict:
    """Yes when a relevant statement answers the question in its direction; no when only the
    opposite was denied, or the story is known but nothing answers; unknown otherwise."""
    if question.retraction and question.actor and _of_a_denial(question):
        taken_back = _denial_taken_back(question.actor, scored)
        if taken_back is not None:
            return taken_back
    relevant = _of_the_named(question, [s for s in scored if s.relevant], scored)
    aside = _not_about(question, relevant, scored) + _answering_another(question, relevant, scored)
    relevant = [s for s in relevant if s not in aside]
    opposite = _with_their_sides(question, relevant, [_opposite(question, s) for s in relevant])
    answering = [s for s, flip in zip(relevant, opposite, strict=True) if not flip]
    if question.intent in CLAIM_INTENTS and _told_only_in_denials(relevant, answering):
        answering = []  # "who said the bridge collapsed?": only its denial says those words
    answering = _with_the_numbers(question, answering)
    answering = _giving_a_count(question, answering)
    declined = _declined_instead(question, answering, scored)
    if declined:  # "did she rule out smaller cuts?": "declined to say whether smaller cuts …"
        return Verdict("no", "declined", tuple(cite(declined, by_topic=False)))
    confirmed_else = _confirming_another_thing(question, answering)
    if confirmed_else:  # "did the police confirm the bribes?": "… confirmed an inquiry"
        return Verdict("no", "confirmed_else", tuple(cite(confirmed_else, by_topic=False)))
    said_else = _saying_another_thing(question, answering)
    if said_else:  # "did the UN blame the army?": "… was 'deeply alarmed' by the reports"
        return Verdict("no", "said_otherwise", tuple(cite(said_else, by_topic=False)))
    answering = _the_claims_denied(question, answering, relevant)
    if question.intent in STANCE_INTENTS:  # a denial's quote runs one way
        answering = _with_their_quotes(answering, relevant)
    beside = not _names_a_claim(question)
    quotes = denial_quotes(scored, beside=beside)
    places = by_place(scored)
    names = _story_names(scored, {s.candidate.article_id for s in answering})
    asserted = [
        s
        for s in answering
        if _counters_with_it(question, s)
        or _asserts(
            question,
            s,
            side_says(s, quotes, beside_denial(s, places) if beside else []),
            names[s.candidate.article_id],
        )
    ]
    asserted += _silent_beside(answering, asserted)
    asserted += _wordless_beside(question, answering, asserted)
    answering = [s for s in answering if s not in asserted]
    confirmed = _confirmed_plainly(question, scored)
    if asserted or confirmed:  # one side said or confirmed what is asked: replies naming
        answering = [s for s in answering if _names_all_asked(question, s)]  # not all of it
    if confirmed and not answering:  # "did anyone deny that the Leeds office will close?"
        return Verdict("no", "confirmed_instead", tuple(cite(confirmed, by_topic=False)))
    if any(s.candidate.in_context for s in answering):  # the story asked about answers itself
        answering = [s for s in answering if s.candidate.in_context]
    if any(not s.candidate.linked for s in answering):  # in its own words, before other stories
        answering = [s for s in answering if not s.candidate.linked]
    said = _said_instead(question, answering, scored, names)
    own_no = _says_they_did_not(question, said) if question.intent == "search" else []
    if own_no:  # "was the union consulted?": "the union said it had not been consulted"
        return Verdict("no", "own_no", tuple(cite(own_no, kind_first=False)))
    if said and question.intent == "search":  # "is Okonjo proud of the nurses?"
        return Verdict("yes", "yes", tuple(cite(said, by_topic=False)))
    if said:
        return Verdict("no", "said_instead", tuple(cite(said, by_topic=False)))
    own_act = _told_by_the_named(question, answering)
    if own_act:  # "did Facebook remove the page?": what Facebook said of it answers first
        return Verdict("yes", "yes", tuple(cite(own_act, kind_first=False)))
    own_no = _says_they_did_not(question, answering) or _confirmed_not(question, answering)
    if own_no:  # "did Sevilla receive an offer?": "it had received no offer", nobody said so
        return Verdict("no", "own_no", tuple(cite(own_no, kind_first=False)))
    refused = _only_refused(question, answering)
    if refused:  # "did Country Truth respond?": "did not respond …"
        return Verdict("no", "declined", tuple(cite(refused, by_topic=False)))
    if answering:
        open_question = question.intent == "search"
        return Verdict("yes", "yes", tuple(cite(answering, kind_first=not open_question)))
    if asserted:  # the deniers said it is so: quote those who said it in their own words
        own_words = [
            s
            for s in asserted
            if _asserts(
                question,
                s,
                s.candidate.statement.quote or "",
                names.get(s.candidate.article_id, frozenset()),
            )
        ]
        sayers = _saying_it(question, scored, asserted, names)
        return Verdict("no", "asserted", tuple(cite(own_words or sayers or asserted)))
    if relevant:  # those that deny or say the opposite, not the story's other words
        flipped = [s for s, flip in zip(relevant, opposite, strict=True) if flip]
        return Verdict("no", "opposite", tuple(cite(flipped or relevant)))
    if not (story_known or in_context):
        return Verdict("unknown", "unread" if question.refers_to_context else "unknown")
    on_topic = [s for s in scored if s.topic >= TOPIC_MIN]
    theirs = [s for s in on_topic if s.actor >= ACTOR_MIN] if question.person else []
    if question.actor is None and theirs:  # "did she deny it?": what she did say
        return Verdict("no", "own", tuple(cite(theirs)))
    if question.actor is None:  # show what was claimed, the thing nobody answered
        claims = [s for s in on_topic if s.candidate.statement.kind == "claim"]
        return Verdict("no", "unanswered", tuple(cite(claims)))
    own = [s for s in on_topic if s.actor >= ACTOR_MIN and _own_voice(question.actor, s)]
    attributed = [] if own else _said_of_them(question, on_topic, scored)
    if attributed:  # "did Senator Hale say …?": a post says he did; his office denies it
        claim, denials = attributed[0], attributed[1:]
        cited = [claim, *cite(denials, by_topic=False, kind_first=False)]
        return Verdict("no", "attributed", tuple(cited))
    after = _after_denials(scored, own) if question.retraction else []
    if after:  # all they said once disputed, whatever its words
        return Verdict("no", "not_taken_back", tuple(cite(after, by_topic=False)))
    if own:
        return Verdict("no", "own", tuple(cite(own)))
    otherwise = _said_otherwise(question, scored)
    if otherwise:  # "what did Quinn say about safety?": what she said, in other words
        return Verdict("yes", "said_otherwise", tuple(cite(otherwise, by_topic=False)))
    # who did answer instead, within the story asked about: elsewhere shared words are no sign
    # of the same story (dev set: precision up on both halves, recall down 3 points on check)
    others = [s for s in on_topic if s.kind > 0 and s.candidate.in_context]
    return Verdict("no", "absent", tuple(cite(others)))


# ---- wording ------------------------------------------------------------------------------

_HEADLINES = {
    "opposite": "<b>No</b> — {names} denied the opposite:",
    "asserted": "<b>No</b> — {names} said so, while denying something else:",
    "said_instead": "<b>No</b> — {names} said so; the denials here answer something else:",
    "confirmed_instead": "<b>No</b> — {names} confirmed it:",
    "unanswered": "<b>No.</b> I have reports on this story, but no {noun} in them.",
    "unanswered_search": "<b>No.</b> I have reports on this story, but none of them says so.",
    "denial_kept": "<b>No.</b> I have nothing from {actor} taking it back. Their denial:",
    "not_taken_back": (
        "<b>No.</b> {actor} did not take it back. What {actor} said after the denial:"
    ),
    "own": "<b>No.</b> I have no {noun} by {actor} on this story. What {actor} did say:",
    "confirmed_else": "<b>No.</b> {names} confirmed something else:",
    "absent": "<b>No.</b> I have nothing from {actor} in the reports on this story.",
    "said_otherwise": "I have nothing from {actor} in those words. What {actor} said:",
    "own_no": "<b>No</b>, says {names}:",
    "declined": "<b>No</b> — {names} would not say:",
    "no_response": "<b>No</b> — {names} gave no answer:",
    "unknowing": "<b>No</b> — {names} said nothing either way:",
    "attributed": (
        "<b>Disputed.</b> Nothing quotes {actor} saying it: the report that they did, and"
        " its denials:"
    ),
    "unread": (
        "<b>I don't know.</b> I have not read the article you mean. "
        "Reply to a message with its link, or tell me what the story is about."
    ),
    "uncovered": (
        "<b>I don't know.</b> The reports I have read on this story say nothing of {words}."
    ),
    "unknown": (
        "<b>I don't know.</b> None of the reports I have read covers this story. "
        "Send me a link to an article about it and I will read it."
    ),
    "unknown_actor": (
        "<b>I don't know.</b> I have nothing from {actor} in the reports I have read. "
        "Send me a link to an article where they speak and I will read it."
    ),
}


def _retracting(question: Question) -> str:
    """What one did who took their words back, as asked: "apologised" or "took it back"."""
    return "apologised" if question.apology else "took it back"


# cases that quote the actor asked about
_OWN_CASES = ("own", "not_taken_back", "denial_kept", "said_otherwise")
_DENIED_IT = "<b>No</b> — {names} denied it:"
_SAID_OPPOSITE = "<b>No</b> — {names} said the opposite:"


def _yes_headline(question: Question, cited: list[Scored]) -> str:
    kind = _wanted_kind(question)
    names = _names(cited)
    # "did she deny it?" is answered "Yes."; "what is the dispute?" is not
    yes_no = question.intent.startswith("did_") and question.opener not in _WHAT
    if question.intent.startswith("who_") or (
        kind in _WHO_HEAD and not yes_no and (question.actor is None or question.opener in _WHAT)
    ):
        head = _WHO_HEAD[kind]
        if kind == "claim" and any(s.candidate.statement.kind != "claim" for s in cited):
            head = "Said by"  # "who said he is alive?": his representative, in a denial
        return f"<b>{head}:</b> {names}."
    if kind in _VERB:
        verb = _retracting(question) if question.retraction else _VERB[kind]
        return f"<b>Yes.</b> {_sentence_start(names)} {verb}."
    if question.actor:
        return f"<b>What {esc(_actor_name(question.actor, cited))} said:</b>"
    if question.intent == "what_said" and cited:  # "what did she say?"
        return f"<b>What {_names(cited)} said:</b>"
    deniers = [s for s in cited if s.candidate.statement.kind == "denial"]
    deniers = [s for s in deniers if not _taken_back_by_their_side(s, cited)]
    told = _numbers_told(question, cited)
    if question.opener in _ACTS_ASKED:  # "did North Korea praise the attack?": what it did
        deniers = [s for s in deniers if _denies_asked(question, s) or _answers_one_of(s, told)]
    if not names_only_the_story(question.topic):  # "is it fake?" asks of the story itself
        deniers = [s for s in deniers if _tells_enough(question, s) or _answers_one_of(s, told)]
    conceding = [s for s in deniers if _concedes_asked(question, s)]
    deniers = [s for s in deniers if s not in conceding and not _beside(question, s, conceding)]
    if conceding and not deniers and question.opener not in _WHO | _WHAT:
        return f"<b>Yes</b>, says {_names(conceding)}:"  # "Lemons are healthy, but …"
    if deniers and question.opener not in _WHO | _WHAT:  # "is it true that …?": say it first
        asked_as_denial = replace(question, intent="did_deny")
        against = [s for s in deniers if not _opposite(asked_as_denial, s)]
        if not against and names_only_the_story(question.topic):  # "is it fake?": it is
            return f"<b>Yes</b>, say {_names(deniers)}:"
        if not against:  # "is Lena Hart alive?" of denials that she died: they say she is
            return f"<b>Yes</b>, say {_names(deniers)}, denying the opposite:"
        return f"<b>Disputed.</b> Denied by: {_names(against)}."  # disputed, and by whom
    confirmers = [s for s in cited if s.candidate.statement.kind == "confirmation"]
    if confirmers and question.opener not in _WHO | _WHAT:  # "is she engaged?": her rep says so
        return f"<b>Yes.</b> Confirmed by: {_names(confirmers)}."
    own = [s for s in cited if _tells_own_act(question, s)]
    if own and question.opener in _ACTS_ASKED:  # "did Tanner file a lawsuit?": he says so
        return f"<b>Yes</b>, says {_names(own)}:"
    return "<b>Here is what I have:</b>"


def _concedes_asked(question: Question, denial: Scored) -> bool:
    """A denial that says the asked thing plainly besides what it denies ("is it true that
    lemons are healthy?" of "Lemons are healthy, but they are not a medicine for cancer")."""
    st = denial.candidate.statement
    said = {st.quote or "", st.proposition or ""} - {""}
    parts = [part for text in said for part in said_besides_denying(text)]
    # a sentence of its quote: '"The notice is not one of ours. Our milk is completely safe to
    # drink."' concedes "is the milk safe?"
    parts += [s.text for s in split_sentences(st.quote or "") if not untrue_roots(s.text)]
    return any(says_it_plainly(question.topic, part) for part in parts)


def _beside(question: Question, denial: Scored, conceding: list[Scored]) -> bool:
    """A denial of the claim a conceding denial answers, not naming every asked word itself
    ("No, lemon water does not cure cancer" beside "Lemons are healthy, but they are no
    medicine for cancer", asked whether lemons are healthy): it denies what that one denies."""
    st = denial.candidate.statement
    answered = {(c.candidate.article_id, c.candidate.statement.target) for c in conceding}
    asked = {stem_key(w) for w in content_words(question.topic)}
    return (
        st.target is not None
        and (denial.candidate.article_id, st.target) in answered
        and _share(asked, st.sentence) < 1.0
    )


def _tells_own_act(question: Question, item: Scored) -> bool:
    """A claim or statement by the one the question names, telling in plain words what it
    asks they did ("did Tanner file a lawsuit?" of "Tanner said … he had filed a lawsuit";
    "did Ribeiro pay for the trip?" of her "I paid for every kilometre of that trip")."""
    st = item.candidate.statement
    if st.kind not in {"claim", "statement"} or not _named_in(question.topic, item):
        return False
    names = _name_stems(item)
    asked = " ".join(w for w in content_words(question.topic) if stem_key(w) not in names)
    return bool(asked) and says_it_plainly(asked, st.proposition or st.sentence)


DISPUTE_OWN = 70.0  # own-words match from which a denial disputes what a search asks


def _tells_enough(question: Question, denial: Scored) -> bool:
    """A denial disputes what a search asks only when its own words tell most of it: "did
    the fish recover?" is not disputed by "denies chemical leak as fish die" (the fish, not
    the recovery), nor "did the league ban Baxter?" by his "denies taking banned drug". An
    outlet's verdict ("Rating: False") tells nothing itself: the claim it rates tells it."""
    if denial.own >= DISPUTE_OWN:
        return True
    st, claim = denial.candidate.statement, denial.candidate.answers
    if st.cue != OWN_VOICE_CUE or claim is None:
        return False
    asked = {stem_key(w) for w in content_words(question.topic)}
    return _share(asked, claim.sentence) >= CLAIM_NAMES_IT


# "had denied", "had previously denied": a denial told as what was said before the story
_EARLIER_DENIAL = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:denied|rejected|dismissed|refuted)\b", re.IGNORECASE
)


def _taken_back_by_their_side(denial: Scored, cited: list[Scored]) -> bool:
    """A denial told as said before ("Cruz had denied dating Alba as recently as March") that
    her own side now confirms ("her representative confirmed …"): no longer disputed."""
    st = denial.candidate.statement
    if not _EARLIER_DENIAL.search(st.sentence):
        return False
    return any(
        c.candidate.statement.kind == "confirmation"
        and c.candidate.article_id == denial.candidate.article_id
        and bool(_side(st) & _side(c.candidate.statement))
        for c in cited
    )


def _side(statement: Statement) -> set[str]:
    """The speaker and whom they speak for, in lower case."""
    return {name.lower() for name in (statement.speaker, statement.org) if name}


# Openers of a search that asks who did something ("who proposed a joint inquiry?"), and of
# one that asks whether someone did something ("did North Korea praise the attack?")
_WHO = frozenset(row[0] for row in lexicon.rows("question_words.tsv") if row[1] == "who")
# Openers of an open search ("how many people died?"): what was said answers, not a verdict
_WHAT = frozenset(
    row[0] for row in lexicon.rows("question_words.tsv") if row[1] in {"what", "open"}
)
_ACTS_ASKED = frozenset({"did", "does", "do", "has", "have", "was", "were"})


def _of_the_named(question: Question, relevant: list[Scored], scored: list[Scored]) -> list[Scored]:
    """Asked of someone by name ("is Ray Dalton dead?"), only the stories that name them
    answer, when some do and the others hold none of the name's words: another story's
    deaths are not his."""
    articles = {s.candidate.article_id for s in relevant}
    if len(articles) < 2 or any(s.candidate.in_context for s in relevant):
        return relevant  # the story asked about is known: it decides (`judge`)
    names = _story_names(scored, articles)
    texts: dict[int, str] = defaultdict(str)
    for s in scored:
        texts[s.candidate.article_id] += " " + s.candidate.statement.sentence.lower()
    asked = {w.lower() for w in content_words(question.topic)}
    named = {w for w in asked if any(w in names[a] for a in articles)}
    naming = {a for a in articles if named & names[a]}
    silent = {a for a in articles if not any(re.search(rf"\b{w}\b", texts[a]) for w in named)}
    if not naming or naming | silent != articles:
        return relevant
    return [s for s in relevant if s.candidate.article_id in naming]


def _says_they_did_not(question: Question, answering: list[Scored]) -> list[Scored]:
    """Asked whether someone did something, their own denial or account that they did not,
    when what it answers never said they did ("did Sevilla receive an offer?" of "Sevilla said
    it had received no offer", answering a report of talks; "The airline said it had suspended
    neither pilot"): their word is the answer, not a dispute (against an accusation that they
    did, it stays disputed: "did Delgado use public money?")."""
    if question.intent != "search" or question.opener not in _ACTS_ASKED:
        return []
    words = content_words(question.topic)
    if len(words) < 2:
        return []
    subject, act = stem_key(words[0]), {stem_key(w) for w in words[1:]}
    out = []
    for s in answering:
        st, claim = s.candidate.statement, s.candidate.answers
        if st.kind == "confirmation" or subject not in _name_stems(s):
            continue
        if not negations((st.proposition or st.sentence) if st.kind != "denial" else st.sentence):
            continue  # "The airline said it had suspended neither pilot": its own "no" too
        told = _acts_told(st.sentence)
        claimed = {stem_key(w) for w in content_words(claim.sentence)} if claim else set()
        # "Police said nobody had been detained" of "did police arrest the pilots?": nobody
        # at all, whatever else is asked
        verb = stem_key(words[1])
        if (act <= told or _NOBODY.search(st.sentence) and verb in told) and not act <= claimed:
            out.append(s)
    return out


_NOBODY = re.compile(
    r"\b(?:nobody|no\s+one|no-one|none\s+of\s+them|no\s+(?:sign|trace|evidence)\s+of)\b",
    re.IGNORECASE,
)


def _acts_told(sentence: str) -> set[str]:
    """The stems of a sentence's words, with those of other verbs for the same acts
    ("detained": arrest)."""
    said = content_words(sentence)
    return {stem_key(w) for w in said} | {stem_key(o) for w in said for o in same_act(w)}


def _confirmed_not(question: Question, answering: list[Scored]) -> list[Scored]:
    """Asked whether something happened, and what tells it in its own words is only
    confirmations, each saying that it did not ("Denver police confirmed officers had been
    called to the gate but said no one was arrested", asked "was anyone arrested?"): their
    word is "no"."""
    if question.intent != "search":
        return []
    telling = [s for s in answering if s.own >= DISPUTE_OWN]
    confirming = [s for s in telling if s.candidate.statement.kind == "confirmation"]
    if not confirming or len(confirming) < len(telling):
        return []
    saying_not = [
        s for s in confirming if says_asked(question.topic, s.candidate.statement.sentence) is False
    ]
    return saying_not if len(saying_not) == len(confirming) else []


def _told_by_the_named(question: Question, answering: list[Scored]) -> list[Scored]:
    """Asked whether someone did something ("did Facebook remove the page?"), what that one,
    the question's subject, says of it in no denial ("Facebook said it had taken the page
    down"): their own account, before others' denials of something else that name it."""
    if question.intent != "search" or question.opener not in _ACTS_ASKED:
        return []
    words = content_words(question.topic)
    owner = _OWNED_SUBJECT.match(question.topic.strip())
    if owner:  # "did obi's coach know …": the coach of Obi is asked of
        words = [w for w in words if w != owner.group(1).lower()]
    if not words:
        return []
    subject = stem_key(words[0])  # "facebook" of "facebook remove the page"
    act = {stem_key(w) for w in words[1:]}  # "remove the page": what they are asked of
    theirs = [
        s
        for s in answering
        if _named_in(question.topic, s)
        and subject in _name_stems(s) | _role_stems(s)
        and act & {stem_key(w) for w in content_words(s.candidate.statement.sentence)}
        and says_asked(question.topic, s.candidate.statement.sentence) is not False
    ]  # not "talks had taken place but nothing had been agreed" of "did Moreno agree terms?"
    denials = [s for s in theirs if s.candidate.statement.kind == "denial"]
    if any(not _tells_the_act(words[1:], s) for s in denials):
        return []  # "did Delgado use public money?": she denied it, and that answers
    if _denied_by_others(theirs, answering):
        return []  # "did the message come from a Stanford doctor?": Stanford says it did not
    return theirs


def _denied_by_others(theirs: list[Scored], answering: list[Scored]) -> bool:
    """Another speaker's denial answers one of their claims: their account is disputed."""
    claims = {
        (s.candidate.article_id, s.candidate.statement.position)
        for s in theirs
        if s.candidate.statement.kind == "claim"
    }
    return any(
        s.candidate.statement.kind == "denial"
        and s not in theirs
        and s.candidate.answers is not None
        and (s.candidate.article_id, s.candidate.answers.position) in claims
        for s in answering
    )


# "obi's coach know about the test": a subject owned by someone named first
_OWNED_SUBJECT = re.compile(r"^(\w+)['’]s\s+\w+", re.IGNORECASE)


def _role_stems(item: Scored) -> set[str]:
    return {stem_key(w) for w in content_words(item.candidate.statement.role or "")}


def _tells_the_act(asked: list[str], item: Scored) -> bool:
    """A denial that tells, unnegated, the very act asked of its speaker ("Facebook said it
    had labelled the post as false" for "did Facebook label the post false?"): what it
    denies is something else (the post)."""
    st = item.candidate.statement
    verbs = {cue_kinds().get(w) for w in re.findall(r"[a-z]+", st.sentence.lower())}
    if "denial" in verbs:
        return False  # "North Korea denied hacking Sony": the act is what it denies
    told = before_background(st.sentence)  # not "… amid withdrawal freeze rumours"
    said = {stem_key(w) for w in content_words(told)}
    return bool(asked) and not negations(told) and {stem_key(w) for w in asked} <= said


def _name_stems(item: Scored) -> set[str]:
    """The stems of the words of the speaker's names, and their initials ("fsa")."""
    st = item.candidate.statement
    names = [n for n in (st.speaker, st.org, *st.aliases) if n]
    found = {stem_key(w) for n in names for w in content_words(n)}
    return found | {short for n in names if (short := initials(n))}


def _denies_asked(question: Question, item: Scored) -> bool:
    """A denial that answers "did X do Y?": by someone else than X, or by X denying Y itself
    ("did Okonjo mislead parliament?" against her denial that she misled it; not "did North
    Korea praise the attack?" against "denied hacking Sony, but praised the attack")."""
    if not _named_in(question.topic, item):
        return True
    st = item.candidate.statement
    denied = _BUT.split(st.proposition or st.sentence)[0]
    names = {stem_key(w) for n in (st.speaker, st.org, *st.aliases) for w in content_words(n or "")}
    words = [w for w in content_words(question.topic) if stem_key(w) not in names]
    if _tells_the_act(words, item):
        return False  # "did Facebook label the post false?" of its "had labelled it as false"
    asked = {stem_key(w) for w in words}
    return bool(asked) and _share(asked, denied) >= NAMED_SHARE


_BUT = re.compile(r",?\s+but\s+", re.IGNORECASE)  # "denied hacking Sony, but praised …"


def _named_in(topic: str, item: Scored) -> bool:
    """The question names the speaker or whom they speak for ("did North Korea praise the
    attack?"): it asks what they did, so their denial does not make it disputed."""
    st = item.candidate.statement
    asked = {stem_key(w) for w in content_words(topic)}
    names = [st.speaker or "", st.org or "", *st.aliases]
    return any(
        (found := {stem_key(w) for w in content_words(name)}) and found <= asked for name in names
    )


def word(question: Question, verdict: Verdict) -> Answer:
    """The reply for a verdict: a headline, then the cited statements."""
    cited = list(verdict.cited)
    if verdict.case == "yes":
        return _reply(_yes_headline(question, cited), cited, verdict.answer)
    kind = _wanted_kind(question)
    actor = question.actor or ""
    if verdict.case in _OWN_CASES:  # what the actor said: their own name ("the Herald")
        actor = _actor_name(actor, cited)
    noun = _NOUN.get(kind, "statement")
    if question.retraction:
        noun = "apology" if question.apology else "retraction"
    case = "unknown_actor" if verdict.case == "unknown" and _only_actor(question) else verdict.case
    headline = _HEADLINES[case].format(
        names=_names(cited),
        noun=noun,
        actor=esc(actor),
    )
    if verdict.case == "opposite" and kind == "confirmation":
        headline = headline.replace("denied", "confirmed")
    if verdict.case == "opposite" and question.intent in CLAIM_INTENTS:
        headline = _SAID_OPPOSITE.format(names=_names(cited))
        if not content_words(question.topic):  # "did Freeman say that?": what was denied
            headline = _DENIED_IT.format(names=_names(cited))
    if verdict.case == "declined" and not any(_refusing(s) for s in cited):
        headline = _HEADLINES["unknowing"].format(names=_names(cited))  # "had not been told"
    elif verdict.case == "declined" and question.response:  # "did they respond?"
        headline = _HEADLINES["no_response"].format(names=_names(cited))
    if verdict.case == "unanswered" and question.intent == "search":  # no kind was asked for
        headline = _HEADLINES["unanswered_search"]
    if verdict.case == "absent" and cited and kind in _WHO_HEAD:  # who did answer instead
        headline += f" {_WHO_HEAD[kind]}: {_names(cited)}."
    if question.intent.startswith("who_"):  # "who denied that …?" — "Nobody — …"
        headline = headline.replace("<b>No</b> —", "<b>Nobody</b> —", 1)
    return _reply(_SENTENCE_THE.sub(r"\1The", headline), cited, verdict.answer)


def _only_actor(question: Question) -> bool:
    """The question names someone and nothing else ("what did the pope say?", "did the ICO
    say anything?"): not knowing is about them, not about a story."""
    named = set(re.findall(r"[\w'’-]+", (question.actor or "").lower()))
    return bool(named) and set(question.keywords) <= named


# "the Herald" opening a sentence of a headline: "No. The Herald did not take it back."
_SENTENCE_THE = re.compile(r"((?:</b>|[.!?])\s+)the\b")


def _not_covered(question: Question, missing: tuple[str, ...]) -> Answer:
    """ "I don't know": the stories read name what is asked about, but say nothing of it."""
    quoted = " or ".join(f"“{esc(word)}”" for word in missing)
    headline = _HEADLINES["uncovered"].format(words=quoted)
    return replace(_reply(headline, [], "unknown"), case="uncovered")


CONFIRM_INTENTS = ("did_confirm", "who_confirmed")


def _confirming(question: Question, candidate: Candidate) -> Candidate:
    """Asked who confirmed something, a denial that confirms it before denying something else
    ("Northgate Bank confirmed the breach but denied money was taken") is that confirmation."""
    st = candidate.statement
    if question.intent not in CONFIRM_INTENTS or st.kind != "denial":
        return candidate
    if not confirmed_instead(question.topic, st.sentence):
        return candidate
    confirmed = replace(st, kind="confirmation", proposition=confirmed_part(st.sentence))
    return replace(candidate, statement=replace(confirmed, target=None), answers=None)


def _asserting(question: Question, candidate: Candidate) -> Candidate:
    """Asked who said something, a denial that says it in its own words ('"The screenshots
    appear to have been edited," he said'), or besides denying something else ("said its
    forces had struck a military command post and denied hitting residential buildings", "said
    his client 'never took a penny' and that the payments were loans"), is that claim; so is
    a statement saying it plainly ("Her office said the car belonged to a rental company")."""
    st = candidate.statement
    if question.intent not in CLAIM_INTENTS or st.kind not in {"denial", "statement"}:
        return candidate
    if st.kind == "statement":  # "Her office said the car belonged to a rental company"
        # not what it tells as background: "Cyclist vows to clear his name after positive test"
        return _said_plainly(question, candidate, [before_background(st.proposition or "")])
    parts = said_besides_denying(st.proposition or "")
    added = added_by_participle(st.sentence)
    if added is not None and not negations(added.group("said")):
        parts.append(added.group("said"))  # '"I never cheated," he wrote, adding that …'
    if asserts(st.cue):  # '"The screenshots appear to have been edited," he said': his words
        parts.append(st.proposition or "")
    return _said_plainly(question, candidate, parts)


def _said_plainly(question: Question, candidate: Candidate, parts: list[str]) -> Candidate:
    """The candidate as the claim of the first part that says the asked thing plainly."""
    said = [p for p in parts if says_it_plainly(question.topic, p)]
    if not said:
        return candidate
    claimed = replace(candidate.statement, kind="claim", proposition=said[0], target=None)
    return replace(candidate, statement=claimed, answers=None)


_SAID_INTENT = {"who_denied": "who_claimed", "did_deny": "did_claim"}


def _said_as_asked(question: Question, candidates: list[Candidate]) -> Question:
    """ "who said she does not do that kind of wedding?" asks who said those words when a
    claim or statement says them, negation and all; only otherwise is the negation a denial
    ("who said he never met her?" of "Smith denied meeting her"). So too a word calling it
    untrue: "who said the video was fake?" of a witness's "the video was a fake"."""
    if not question.negation_is_denial or question.intent not in _SAID_INTENT:
        return question
    asked = {stem_key(w) for w in content_words(question.topic)}
    untrue = bool(untrue_roots(question.topic))  # its words, the untrue one among them
    for c in candidates:
        st = c.statement
        said = st.kind in {"claim", "statement"} and (untrue or negations(st.sentence))
        if said and asked and asked <= {stem_key(w) for w in content_words(st.sentence)}:
            intent = _SAID_INTENT[question.intent]
            return replace(question, intent=intent, negation_is_denial=False)
    return question


def decide(
    question: Question,
    candidates: list[Candidate],
    story_known: bool,
    uncovered: tuple[str, ...] = (),
) -> Answer:
    """Rank the candidates once, decide the verdict, word the reply. `uncovered`: the topic's
    words that none of the stories read uses (`ranking.uncovered`): then nothing read says
    what is asked, whatever it says of the names."""
    if uncovered:
        return _not_covered(question, uncovered)
    question = _said_as_asked(question, candidates)
    candidates = [_asserting(question, _confirming(question, c)) for c in candidates]
    scored = score_all(question, candidates)
    in_context = any(c.in_context for c in candidates)
    verdict = judge(question, scored, story_known, in_context)
    return replace(word(question, verdict), case=verdict.case)
