"""Scoring stored statements against a parsed question: topic, actor, kind and context.

Pure: the caller fetches the candidates (full-text search on the keywords, the context
article); `score_all` ranks them, `cite` picks the ones worth quoting, `story_match` says
whether the story is known at all. `answer.decide` turns the ranking into a reply.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.answer.actors import (
    ACTOR_MIN,
    GENERIC_WEIGHT,
    SHORT_WORD,
    TOKEN_MATCH,
    accused_score,
    actor_score,
    best_similarity,
    coverage,
    is_person,
    person_gender,
    reads_the_sentence,
    stem,
    words,
)
from bot.answer.direction import verdict_words
from bot.answer.question import Question, stopwords, verb_words
from bot.models import Statement
from bot.statements.first_names import first_name_gender
from bot.statements.speakers import speaks_for_others
from bot.text import lexicon
from bot.text.words import opposites, same_act, underived

# Thresholds, 0–100. Chosen on hand-made stories, then checked on the development set.
TOPIC_MIN = 40.0  # share of the topic's content words a relevant statement must cover
STORY_MIN = 45.0  # story_match from which the caller should treat the story as known
ARTICLE_TOPIC_WEIGHT = 0.85  # a statement inherits this share of its article's best topic match
CONTEXT_TOPIC_BOOST = 20.0  # topic points added for statements of the article replied to
CONTEXT_BONUS = 10.0  # ranking points for statements of the article replied to
KIND_BONUS = 10.0  # ranking points times the kind's weight for the intent
RETRACTION_PENALTY = 8.0  # ranking points off a speaker taking back their own claim, unless asked
TYPO_MIN_LETTERS = 4  # a topic word this short is looked for in a text as written, not as a typo
SHORT_WORD_WEIGHT = 0.5  # topic words of SHORT_WORD letters or fewer ("boy", "go") count less
MATCH_CACHE = 8192  # statements (and actor, statement pairs) whose matches are remembered
VOCABULARY_CACHE = 64  # article texts whose distinct words are remembered (texts are large)
# Citations: every relevant statement close to the best, up to MAX_CITATIONS. Chosen on the
# dev set (cap 3–10, margin 5–20, share 0.1–0.8): a larger share gains precision but loses the
# replies that do not repeat the claim's words. Cap 5 → 8 (session 15): recall 0.592 → 0.621
# on the tune half, 0.507 → 0.612 on check, precision within 0.003; 10 loses precision.
MAX_CITATIONS = 8  # statements an answer cites (Answer.citations), best first
CITATION_MARGIN = 10.0  # a statement is cited only when it ranks within this of the best
OWN_TOPIC_SHARE = 0.5  # … and covers the topic in its own words this share as well as the best
SHORT_STATEMENT_WORDS = 4  # a statement of this few content words borrows its article's topic
MIN_STORY_WORDS = 2  # distinct topic words an article must share to count as the same story
MIN_ORG_CHARS = 4  # an org name this long that ends another org's name is the same org

ALL_KINDS = {"claim": 1.0, "denial": 1.0, "confirmation": 1.0, "statement": 1.0}
# A denial of the opposite says what is asked ("reports of his death are false" for "who
# said he is alive?"); decide.judge keeps only those.
_CLAIM_KINDS = {"claim": 1.0, "statement": 0.8, "denial": 0.8}
WANTED_KINDS: dict[str, dict[str, float]] = {
    "did_deny": {"denial": 1.0},
    "who_denied": {"denial": 1.0},
    "did_confirm": {"confirmation": 1.0},
    "who_confirmed": {"confirmation": 1.0},
    "did_claim": _CLAIM_KINDS,
    "who_claimed": _CLAIM_KINDS,
    "what_said": ALL_KINDS,
    "search": {"denial": 1.0, "confirmation": 1.0, "claim": 0.9, "statement": 0.8},
}


@dataclass(frozen=True)
class Candidate:
    """A stored statement offered to `decide`, with where it was published."""

    statement: Statement
    statement_id: int
    article_id: int
    url: str | None = None
    title: str | None = None
    site: str | None = None
    published: str | None = None
    answers: Statement | None = None  # for a denial/confirmation: the claim it answers
    in_context: bool = False  # it belongs to the article the question refers to, or answers it
    linked: bool = False  # … from another article, answering a claim of that one


@dataclass(frozen=True)
class Scored:
    """A candidate with its topic, actor and kind matches, its rank and whether it answers."""

    candidate: Candidate
    topic: float
    own: float  # the topic match of the statement's own words, not lifted by its article
    actor: float
    kind: float  # the kind's weight for the intent; 0 when the intent does not want it
    score: float
    relevant: bool


def _topic_weight(word: str) -> float:
    if word in verb_words() or word in lexicon.words("generic_topic_words.txt"):
        return GENERIC_WEIGHT
    return SHORT_WORD_WEIGHT if len(word) <= SHORT_WORD else 1.0


def _topic_words(question: Question) -> list[tuple[str, float]]:
    """The topic's content words, weighted: verbs of saying and very short words count less."""
    found: dict[str, float] = {}
    for word in words(question.topic):
        if len(word) > 1 and word not in stopwords() and not _misspelt_stopword(word):
            found.setdefault(word, _topic_weight(word))
    return list(found.items())


# TOKEN_MATCH as rapidfuzz's cutoff, a point lower: given exactly 0.8 it drops a similarity of
# 0.8 (one letter off in five); a word's similarities are multiples of one over its length
_TYPO_CUTOFF = TOKEN_MATCH / 100 - 0.01


@lru_cache(maxsize=MATCH_CACHE)
def _misspelt_stopword(word: str) -> bool:
    """A typo of a long stopword ("cllim" for "claim"): no more a topic word than the word it
    stands for, and as close to it in every story that says "claim"."""
    if len(word) <= TYPO_MIN_LETTERS:
        return False
    close = process.extractOne(
        word, _long_stopwords(), scorer=OSA.normalized_similarity, score_cutoff=_TYPO_CUTOFF
    )
    return close is not None and close[0][0] == word[0]


@lru_cache(maxsize=1)
def _long_stopwords() -> tuple[str, ...]:
    return tuple(w for w in stopwords() if len(w) > TYPO_MIN_LETTERS)


def _statement_words(candidate: Candidate) -> frozenset[str]:
    """The words a statement can be found by: its own, and for a reply those of the claim it
    answers with the claimant's name ("DHS denied Judicial Watch's warning")."""
    return _words_of(candidate.statement, candidate.answers)


@lru_cache(maxsize=MATCH_CACHE)
def _words_of(statement: Statement, answers: Statement | None) -> frozenset[str]:
    """`_statement_words`, remembered: a question reads each candidate's words several times."""
    texts = [statement, answers]
    found: set[str] = set()
    for st in (s for s in texts if s is not None):
        for text in (st.sentence, st.proposition, st.quote):
            found.update(words(text or ""))
    if answers is not None:
        found.update(words(answers.speaker or ""))
    if statement.kind == "denial":  # "insisted he was innocent" is about his guilt
        table = opposites()
        own = words(f"{statement.sentence} {statement.quote or ''}")
        found.update(o for w in own for o in table.get(w, ()) if " " not in o)
    # "nobody had been detained" answers "was anyone arrested?": an act negated in other words
    # (as event_synonyms.tsv pairs a claim and its denial); an act told in other words ("the
    # aide had left his job") is no answer to "is Voss going to resign?"
    negated = words(" ".join(_NEGATED_SPAN.findall(statement.sentence)))
    found.update(o for w in negated for o in same_act(w))
    return frozenset(found)


# the words a negation covers: "nobody had been detained", "was not arrested"
_NEGATED_SPAN = re.compile(
    r"(?:\b(?:not|no|never|nobody|none|nothing|neither)|n['’]t)\s+((?:\S+\s+){0,5}\S+)", re.I
)


@lru_cache(maxsize=MATCH_CACHE)
def _is_short(statement: Statement) -> bool:
    """A reply too short to name its subject, pointing back to it ("These claims are false",
    "They are dangerous"), or a non-answer ("declined to comment"): it speaks about what its
    article is about."""
    if lexicon.first_match("no_comment_cues.tsv", statement.sentence):
        return True
    text = statement.quote or statement.sentence
    found = set(words(text))
    content = {w for w in found if len(w) > 1 and w not in stopwords()}
    refers_back = bool(lexicon.words("back_references.txt") & found)
    return refers_back and len(content) <= SHORT_STATEMENT_WORDS


def _raw_topics(
    question: Question, candidates: list[Candidate], rarity: bool = False
) -> list[float] | None:
    """Each candidate's coverage of the topic's words; with `rarity`, a word most of the
    candidates hold (the story's own subject, "voss" in every reply to the claim about him)
    counts less than one few of them hold ("resign")."""
    wanted = _topic_words(question)
    if not wanted:
        return None
    shared = _shared_sentences(candidates)
    written = _as_written(wanted, candidates)
    pools = [
        _part_words(c) if _sentence_key(c) in shared else _statement_words(c) for c in candidates
    ]
    if rarity and len(pools) >= RARITY_MIN_CANDIDATES:
        wanted = _by_rarity(wanted, pools)
    return [_coverage(wanted, found, written) for found in pools]


RARITY_MIN_CANDIDATES = 4  # candidates from which how many hold a word says how common it is
RARITY_SPREAD = 0.5  # a word every candidate holds weighs 1 - this share of a word none holds


def _by_rarity(
    wanted: list[tuple[str, float]], pools: list[frozenset[str]]
) -> list[tuple[str, float]]:
    """The topic's word weights, each lowered by the share of candidates holding the word."""
    out = []
    for word, weight in wanted:
        held = sum(1 for found in pools if _best(word, found) >= TOKEN_MATCH) / len(pools)
        out.append((word, weight * (1.0 - RARITY_SPREAD * held)))
    return out


def _as_written(wanted: list[tuple[str, float]], candidates: list[Candidate]) -> frozenset[str]:
    """The asked words that the statements read use as they are: no typo of another word
    ("contaminated" asked of a story that says it is not found in "contained")."""
    pools = [_statement_words(c) for c in candidates]
    return frozenset(word for word, _ in wanted if any(word in pool for pool in pools))


def _sentence_key(candidate: Candidate) -> tuple[int, str]:
    return candidate.article_id, candidate.statement.sentence


def _shared_sentences(candidates: list[Candidate]) -> set[tuple[int, str]]:
    """Sentences holding statements of two speakers ("Army says it repelled attack; rebels
    claim they captured it"): each of them is found by its own part only."""
    speakers: dict[tuple[int, str], set[str | None]] = defaultdict(set)
    for c in candidates:
        speakers[_sentence_key(c)].add(c.statement.speaker_norm)
    return {key for key, names in speakers.items() if len(names) > 1}


def _part_words(candidate: Candidate) -> frozenset[str]:
    """The words of a statement's own part of a shared sentence: what it says, its quote,
    and the claim it answers."""
    statement, claim = candidate.statement, candidate.answers
    if not statement.proposition:
        return _statement_words(candidate)
    found = set(words(f"{statement.proposition} {statement.quote or ''}"))
    if claim is not None:
        found.update(_words_of(claim, None))
    return frozenset(found)


def _article_topics(
    question: Question, candidates: list[Candidate], present: bool = False
) -> dict[int, float]:
    """Topic match per article: the topic's words looked up in all its statements together.
    `present`: a word found at all counts in full, a typo of it as much as the word itself
    ("lenoo" for "Lenovo"): whether the article is the story, not how well it is worded."""
    wanted = _topic_words(question)
    pooled: dict[int, set[str]] = defaultdict(set)
    for c in candidates:
        pooled[c.article_id] |= _statement_words(c)
    cover = _presence if present else _coverage
    return {
        aid: cover(wanted, frozenset(found)) if wanted else 0.0 for aid, found in pooled.items()
    }


def _presence(wanted: list[tuple[str, float]], found: frozenset[str]) -> float:
    """`_coverage` counting each word found (above TOKEN_MATCH) as found in full."""
    total = sum(weight for _, weight in wanted)
    if not total or not found:
        return 0.0
    return 100.0 * sum(weight for word, weight in wanted if _best(word, found)) / total


@lru_cache(maxsize=4 * MATCH_CACHE)
def _best(word: str, found: frozenset[str]) -> float:
    """`best_similarity`, remembered: story_match and score_all look the topic's words up in
    the same statements' and articles' words."""
    return best_similarity(word, found)


def _coverage(
    wanted: list[tuple[str, float]], found: frozenset[str], written: frozenset[str] = frozenset()
) -> float:
    """`coverage` (the same sums in the same order), each word's best match remembered; a
    word in `written` matches only its own forms (`_best_form`)."""
    total = sum(weight for _, weight in wanted)
    if not total or not found:
        return 0.0
    return (
        sum(
            weight * (_best_form(word, found) if word in written else _best(word, found))
            for word, weight in wanted
        )
        / total
    )


@lru_cache(maxsize=4 * MATCH_CACHE)
def _best_form(word: str, found: frozenset[str]) -> float:
    """`_best` among the word's own forms only, one stem the start of the other ("married",
    "marriage"), not another word a letter away ("contaminated", "contained")."""
    if word in found:
        return 100.0
    own = stem(word)
    # a word starts with its stem but for the stem's last letter ("fly", "fli"): forms share
    # the first letters
    head = own[: min(3, max(1, len(own) - 1))]
    forms = [
        c
        for c in found
        if c.startswith(head) and (stem(c).startswith(own) or own.startswith(stem(c)))
    ]
    return best_similarity(word, forms)


def _claimant(candidate: Candidate) -> str | None:
    claim = candidate.answers
    return (claim.speaker_norm or claim.speaker) if claim is not None else None


def _main_claimant(candidates: list[Candidate]) -> str | None:
    """The speaker whose claims draw the most replies in an article, when one does: what
    "did DHS deny it?" is about when the article also covers a second, smaller dispute."""
    counts: dict[str, int] = defaultdict(int)
    for c in candidates:
        claimant = _claimant(c)
        if claimant:
            counts[claimant] += 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=lambda k: counts[k])


def _on_main_dispute(candidate: Candidate, main: str | None) -> bool:
    """A reply to the main claimant's claim, a claim of theirs, or a statement of neither."""
    st = candidate.statement
    own_claim = st.kind == "claim" and candidate.answers is None
    claimant = (st.speaker_norm or st.speaker) if own_claim else _claimant(candidate)
    return main is None or claimant is None or claimant == main


def _topic_scores(question: Question, candidates: list[Candidate]) -> list[tuple[float, float]]:
    """Topic match per candidate: (lifted, own). Lifted by its article's best match and by the
    context, it decides relevance; its own words alone decide which of them are cited."""
    raw = _raw_topics(question, candidates)
    # what a search cites first: the statements holding its rarer words
    rare = _raw_topics(question, candidates, rarity=True) if question.intent == "search" else raw
    if raw is None or rare is None:
        if question.refers_to_context:
            main = _main_claimant([c for c in candidates if c.in_context])
            return [
                (100.0, 100.0 if _on_main_dispute(c, main) else 0.0) if c.in_context else (0, 0)
                for c in candidates
            ]
        return [(100.0, 100.0)] * len(candidates)
    best = _article_topics(question, candidates)
    scores = []
    for c, score, own_score in zip(candidates, raw, rare, strict=True):
        lifted = max(score, ARTICLE_TOPIC_WEIGHT * best[c.article_id])
        if c.in_context:
            lifted = 100.0 if question.refers_to_context else lifted + CONTEXT_TOPIC_BOOST
        # a short reply borrows its article's topic, except when asked what someone said
        # about it: "That is what bothers me" names nothing (dev citations P up both halves);
        # nor does a claim asked who claimed something: "we stand by them" is no leak's size
        # (tune citations P 0.653 → 0.667, check unchanged)
        borrows = (
            c.answers is None
            and question.intent not in {"what_said", "search"}
            and not (
                question.intent in {"who_claimed", "did_claim"} and c.statement.kind == "claim"
            )
            and _is_short(c.statement)
        )
        own = max(score, _told_before(c, candidates, raw)) if borrows else own_score
        scores.append((min(lifted, 100.0), own))
    return _shared_by_replies(candidates, scores)


def _told_before(reply: Candidate, candidates: list[Candidate], raw: list[float]) -> float:
    """The best topic match of what a short reply may point back to ("They are genuine",
    "That is simply untrue"): a statement of its article told before it, not one told after
    ("the committee on which the mayor does not sit" is no subject of an editor's earlier
    words)."""
    position = reply.statement.position
    return max(
        (
            score
            for c, score in zip(candidates, raw, strict=True)
            if c.article_id == reply.article_id and c.statement.position < position
        ),
        default=0.0,
    )


def _shared_by_replies(
    candidates: list[Candidate], scores: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Replies of one kind to one claim are about one thing: each takes the best own topic
    match among them ("There is no truth to these claims" beside "Woods is not serving a
    suspension"); a denial is not thereby about what a confirmation of another side of the
    claim names ("police confirmed they were called but said no one was arrested")."""
    best: dict[tuple[str, str], float] = defaultdict(float)
    claimed: dict[tuple[int, str], float] = defaultdict(float)
    for c, (_, own) in zip(candidates, scores, strict=True):
        if c.answers is not None:
            key = (c.answers.sentence, c.statement.kind)
            best[key] = max(best[key], own)
        st = c.statement
        if st.kind == "claim":
            key = (c.article_id, st.speaker_norm or st.speaker or "")
            claimed[key] = max(claimed[key], own)
    out = []
    for c, (lifted, own) in zip(candidates, scores, strict=True):
        if c.answers is not None:
            claimant = (c.article_id, c.answers.speaker_norm or c.answers.speaker or "")
            own = max(own, best[(c.answers.sentence, c.statement.kind)], claimed[claimant])
        out.append((lifted, own))
    return out


def _actor(question: Question, statement: Statement | None) -> float:
    if question.actor is None and question.person:  # "did he deny it?": its people only
        if statement is None or not is_person(statement):
            return 0.0
        gender = person_gender(statement)  # "she" is not the spokesman
        return 0.0 if gender and question.gender and gender != question.gender else 100.0
    if question.actor is None:
        return 100.0
    if statement is not None and question.in_person:
        gender = person_gender(statement) if is_person(statement) else None
        if gender and question.gender and gender != question.gender:
            return 0.0  # "did doyle himself deny it?" is not his daughter Siobhan Doyle
        statement = _in_person(statement)
    return _actor_score(question.actor, statement) if statement is not None else 0.0


def _in_person(statement: Statement) -> Statement:
    """The statement's speaker alone, without whom they speak for: "did Torres herself deny
    it?" is not answered by "Carla Nunez (representative, Maya Torres)"."""
    org = (statement.org or "").lower()
    aliases = tuple(a for a in statement.aliases if not org or org not in a.lower())
    speaker = statement.speaker or ""
    # "Ames's office", "Representatives for Nadia Vale" are not Ames or Vale in person
    owned = _POSSESSED_SPEAKER.match(speaker) or _SPEAKING_FOR.match(speaker)
    return replace(
        statement,
        speaker=owned.group("head") if owned else speaker,
        speaker_norm=owned.group("head").lower() if owned else statement.speaker_norm,
        org=None,
        role=None,
        aliases=tuple(a for a in aliases if not _speaks_for_another(a)),
    )


def _speaks_for_another(alias: str) -> bool:
    """ "Ames's office", "Representatives for Nadia Vale", "The agent of Swedish striker Tomas
    Lindqvist" (functionary_roles.txt): a name for one who speaks for somebody else, not that
    somebody in person."""
    return bool(
        _POSSESSED_SPEAKER.match(alias)
        or _SPEAKING_FOR.match(alias)
        or bool((found := _ROLE_OF.match(alias)) and speaks_for_others(found["role"].lower()))
    )


# A speaker named as someone's ("Ames's office", "the singer's reps"): the head is who speaks
_POSSESSED_SPEAKER = re.compile(r"^.+?['’]s?\s+(?P<head>[a-z][\w -]*)$")
# A speaker named as speaking for someone ("Representatives for Nadia Vale", "A spokesman for
# the club"): the head before "for" is who speaks
_SPEAKING_FOR = re.compile(r"^(?:(?:a|an|the)\s+)?(?P<head>[A-Za-z][a-z -]*?)\s+for\s+\S")


# … or by the job of speaking for someone and whose ("The agent of … Tomas Lindqvist")
_ROLE_OF = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?P<role>[a-z]+)\s+(?:of|to)\s+\S", re.I)


def _actor_score(actor: str, statement: Statement) -> float:
    """`actor_score`, remembered: `story_match` and `score_all` ask it of the same statements,
    and of many statements by the same speaker, scored alike unless their sentences count."""
    if reads_the_sentence(actor):
        return _actor_score_of(actor, statement)
    names = (statement.speaker, statement.speaker_norm, statement.org, statement.role)
    return _actor_score_by_names(actor, *names, statement.aliases)


@lru_cache(maxsize=MATCH_CACHE)
def _actor_score_of(actor: str, statement: Statement) -> float:
    return actor_score(actor, statement)


@lru_cache(maxsize=MATCH_CACHE)
def _actor_score_by_names(
    actor: str,
    speaker: str | None,
    speaker_norm: str | None,
    org: str | None,
    role: str | None,
    aliases: tuple[str, ...],
) -> float:
    """`actor_score` of any statement by a speaker of these names."""
    named = Statement(0, "statement", "", speaker, speaker_norm, org, role, aliases=aliases)
    return actor_score(actor, named)


def _accused(question: Question, candidate: Candidate) -> float:
    if question.actor is None:
        return 0.0
    return accused_score(question.actor, candidate.statement, candidate.answers)


def _retraction_ok(question: Question, candidate: Candidate) -> bool:
    """A retraction answers the actor's own claim, not somebody else's; asked of "she" ("did
    she apologise?"), a denial of her own claim, not of the report about her."""
    if not question.retraction or candidate.answers is None:
        return True
    if question.actor is None:
        return _retracts(candidate)
    return _actor(question, candidate.answers) >= ACTOR_MIN


def _retracts(candidate: Candidate) -> bool:
    """A denial of the speaker's own claim: taking it back, not disputing somebody else."""
    claim = candidate.answers
    st = candidate.statement
    return st.kind == "denial" and claim is not None and claim.speaker_norm == st.speaker_norm


def _score(
    question: Question, candidate: Candidate, topics: tuple[float, float], actor: float
) -> Scored:
    topic, own = topics
    kind = WANTED_KINDS[question.intent].get(candidate.statement.kind, 0.0)
    rank = 0.5 * topic + 0.5 * actor + KIND_BONUS * kind
    rank += CONTEXT_BONUS if candidate.in_context else 0.0
    rank -= RETRACTION_PENALTY if _retracts(candidate) and not question.retraction else 0.0
    relevant = (
        kind > 0
        and actor >= ACTOR_MIN
        and topic >= TOPIC_MIN
        and _retraction_ok(question, candidate)
    )
    return Scored(candidate, topic, own, actor, kind, rank, relevant)


def _name_key(name: str) -> str:
    return " ".join(words(name))


def _speaker_groups(candidates: list[Candidate]) -> list[tuple[int, str] | None]:
    """Per candidate: one key for all the names of one speaker in one article. A speaker goes
    with every other speaker of the article that one of its aliases names ("Marsha Catron",
    alias "The DHS spokeswoman", is that spokeswoman)."""
    parent: dict[tuple[int, str], tuple[int, str]] = {}

    def root(key: tuple[int, str]) -> tuple[int, str]:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    speakers = {
        (c.article_id, _name_key(c.statement.speaker))
        for c in candidates
        if c.statement.speaker and _name_key(c.statement.speaker)
    }
    orgs: dict[tuple[int, str], tuple[int, str]] = {}  # an org's name → a speaker of it
    for c in candidates:
        if c.statement.speaker and c.statement.org and _name_key(c.statement.org):
            key = (c.article_id, _name_key(c.statement.org))
            orgs.setdefault(key, (c.article_id, _name_key(c.statement.speaker)))
    for c in candidates:
        if not c.statement.speaker:
            continue
        mine = root((c.article_id, _name_key(c.statement.speaker)))
        # not by the organisation it speaks for ("Chelsea" of the Chelsea manager): its other
        # people (the club's spokesman) are not this speaker
        org_key = _name_key(c.statement.org or "")
        aliases = [_name_key(alias) for alias in c.statement.aliases]
        linked = [(c.article_id, a) for a in aliases if a != org_key]
        linked = [key for key in linked if key in speakers]
        if c.statement.org:  # "Homeland Security" is the "Department of Homeland Security"
            org = _name_key(c.statement.org)
            linked += [
                speaker
                for (aid, name), speaker in orgs.items()
                if aid == c.article_id
                and len(org) >= MIN_ORG_CHARS
                and name.endswith(" " + org)
                and not _two_people(speaker[1], _name_key(c.statement.speaker))
            ]
        for other in linked:
            if root(other) != mine:
                parent[root(other)] = mine
    return [
        root((c.article_id, _name_key(c.statement.speaker))) if c.statement.speaker else None
        for c in candidates
    ]


def _two_people(one: str, other: str) -> bool:
    """Two speakers named as two different people ("phil moran" and "emma dalton", the agent and
    the daughter of Ray Dalton): speaking for the same person does not make them one."""
    return one != other and all(first_name_gender(name.title()) for name in (one, other))


def _speaker_actors(question: Question, candidates: list[Candidate]) -> list[float]:
    """Actor match per candidate, shared by every statement of one speaker in one article:
    "the NHL commissioner" is named beside one of Gary Bettman's statements, and the others
    are his too."""
    own = [max(_actor(question, c.statement), _accused(question, c)) for c in candidates]
    if question.in_person:  # "did Torres herself …": her own statements, not her people's
        return own
    keys = _speaker_groups(candidates)
    orgs = {(c.article_id, _name_key(c.statement.org)) for c in candidates if c.statement.org}
    voices = [  # "Rovers dismissed the report": Rovers is the org of a person of the article
        _org_voice(c.statement) or (c.article_id, _name_key(c.statement.speaker or "")) in orgs
        for c in candidates
    ]
    # Two pools per speaker: what everybody of it matched, read by its people, and what its
    # organisation-wide statements matched, read by those (a person's name is not theirs).
    best: dict[tuple[int, str, bool], float] = {}
    for key, voice, score in zip(keys, voices, own, strict=True):
        if key is not None:
            for pool in {False, voice}:
                best[(*key, pool)] = max(best.get((*key, pool), 0.0), score)
    return [
        max(score, best[(*key, voice)]) if key is not None else score
        for key, voice, score in zip(keys, voices, own, strict=True)
    ]


def _org_voice(statement: Statement) -> bool:
    """True for a statement an organisation makes as a whole ("The Kremlin denied …"): what
    its spokesman says is not thereby the organisation's own words, and the other way round
    "what did Peskov say?" is not answered by the Kremlin's statement."""
    speaker, org = statement.speaker or "", statement.org or ""
    return bool(org) and _name_key(speaker) == _name_key(org)


def score_all(question: Question, candidates: list[Candidate]) -> list[Scored]:
    topics = _topic_scores(question, candidates)
    actors = _speaker_actors(question, candidates)
    scored = [_score(question, c, t, a) for c, t, a in zip(candidates, topics, actors, strict=True)]
    return sorted(
        scored,
        key=lambda s: (-s.score, _through_others(question, s), s.candidate.statement.position),
    )


def speaks_in_person(actor: str, statement: Statement) -> bool:
    """The statement's speaker is the actor itself, not one speaking for it ("Northline declined
    to comment", not "Gavin Price, a lobbyist for the rail operator Northline")."""
    return _actor_score(actor, _in_person(statement)) >= ACTOR_MIN


def _through_others(question: Question, item: Scored) -> bool:
    """Asked what someone said, the statement answers for them only through one who speaks
    for them ("Mensah's agent" for "what did mensah say?"): of two alike, their own comes
    first. (For every question, a true citation on the dev set's checking half was lost.)"""
    if question.actor is None or question.intent != "what_said" or item.actor < ACTOR_MIN:
        return False
    return not speaks_in_person(question.actor, item.candidate.statement)


def _distinct_hits(question: Question, candidates: list[Candidate]) -> dict[int, int]:
    """Per article: how many of the topic's full-weight words its statements contain, plus one
    when the actor asked about speaks in it."""
    wanted = [word for word, weight in _topic_words(question) if weight == 1.0]
    pooled: dict[int, set[str]] = defaultdict(set)
    actor_present: set[int] = set()
    for c in candidates:
        pooled[c.article_id] |= _statement_words(c)
        if c.article_id in actor_present or not question.actor:
            continue
        if _actor(question, c.statement) >= ACTOR_MIN:
            actor_present.add(c.article_id)
    pools = {aid: frozenset(found) for aid, found in pooled.items()}
    return {
        aid: sum(1 for word in wanted if _best(word, found)) + (aid in actor_present)
        for aid, found in pools.items()
    }


def story_match(question: Question, candidates: list[Candidate]) -> float:
    """0–100: the best topic match against stored statements (compare with STORY_MIN).

    One shared word is coincidence when the topic has two or more: "drone strike" is not the
    story of a "drone startup" (the actor asked about, speaking in the article, counts as one).
    """
    wanted = sum(1 for _, weight in _topic_words(question) if weight == 1.0)
    needed = min(wanted, MIN_STORY_WORDS)
    hits = _distinct_hits(question, candidates)
    topics = _article_topics(question, candidates, present=True)
    return max((t for aid, t in topics.items() if hits.get(aid, 0) >= needed), default=0.0)


def headline_match(question: Question, headline: str) -> float:
    """0–100: the topic matched against an article's title and summary, for a story whose
    statements do not say what it is about ("who said Stadia is not great?" of a review with
    one statement). Like `story_match`, it needs two distinct topic words when there are two."""
    wanted = _topic_words(question)
    found = set(words(headline))
    full = [word for word, weight in wanted if weight == 1.0]
    hits = sum(1 for word in full if best_similarity(word, found))
    if not wanted or hits < min(len(full), MIN_STORY_WORDS):
        return 0.0
    return coverage(wanted, found)


def text_match(question: Question, text: str) -> float:
    """0–100: the topic matched against an article's whole text by word stems, a topic word the
    text lacks looked up once among its distinct words as a typo (`_in_text`); two distinct
    topic words when there are two, like `headline_match`."""
    vocabulary = _vocabulary(text)
    found = {stem(word) for word in vocabulary}
    wanted = [
        (_in_text(stem(word), word, found, vocabulary), weight)
        for word, weight in _topic_words(question)
    ]
    full = {word for word, weight in wanted if weight == 1.0}
    total = sum(weight for _, weight in wanted)
    if not total or len(full & found) < min(len(full), MIN_STORY_WORDS):
        return 0.0
    return 100.0 * sum(weight for word, weight in wanted if word in found) / total


def uncovered(question: Question, texts: list[str]) -> tuple[str, ...]:
    """The topic's words none of the stories uses, when the stories use none of what the topic
    says beyond the names they share with it ("pregnant" of "is Lena Marsh pregnant?" asked
    of stories that name her but never say so); empty when they name nothing asked, or the
    topic has nothing beyond names."""
    if not texts:
        return ()
    named = frozenset().union(*(_written_as_names(text) for text in texts))
    asked = _asked_words(question)
    said = [word for word in asked if word not in named]
    if not said or len(said) == len(asked):
        return ()
    return () if any(_used_in(word, texts) for word in said) else tuple(said)


def none_said(question: Question, texts: list[str]) -> tuple[str, ...]:
    """The topic's words when the stories use none of them ("quit" of "did she quit?" asked
    of the story just shared, which never says so); empty when they use any."""
    asked = _asked_words(question)
    return () if any(_used_in(word, texts) for word in asked) else tuple(asked)


def unsaid(question: Question, texts: list[str]) -> tuple[str, ...]:
    """The topic's words none of the stories uses, when the stories use at least as many of
    the others ("safe" of "is the dam safe?" asked of a story about the dam that never says
    so); empty when they use all of them, or fewer than half ("the flu vaccine" is not the
    story of 5G said to spread the flu). The people asked of are no word it must use ("fans"
    of "will fans get refunds?", when the story says "ticket holders": people_asked_of.txt)."""
    asked = _asked_words(question)
    people = lexicon.words("people_asked_of.txt")
    missing = tuple(w for w in asked if w not in people and not _used_in(w, texts))
    return missing if missing and 2 * len(missing) <= len(asked) else ()


def _asked_words(question: Question) -> list[str]:
    """The topic's words, but verbs of saying and verdicts: "did Marca get it wrong?": "wrong"
    judges the story, which need not say it; so does a word of truth, the opposite of a
    verdict ("real" of "is the photo real?", opposite "fake")."""
    verdict = verdict_words(question.topic)
    return [
        w
        for w, _ in _topic_words(question)
        if w not in verb_words() and w not in verdict and not _of_truth(w)
    ]


def _of_truth(word: str) -> bool:
    """ "real", "true", "genuine": a word whose opposite calls something untrue (antonyms.tsv)."""
    return any(verdict_words(other) for other in opposites().get(word, ()))


def _used_in(word: str, texts: list[str]) -> bool:
    """A form of `word` (or of its family, or a verb for the same act: "shelved" of "cancel")
    is a word of one of the texts."""
    acts = {stem(w) for w in same_act(word)}
    for text in texts:
        vocabulary = _vocabulary(text)
        found = {stem(w) for w in vocabulary}
        if {_in_text(stem(word), word, found, vocabulary), *_family(word), *acts} & found:
            return True
        if underived(stem(word)) in {underived(s) for s in found}:
            return True  # "forged" of a story that says "forgeries"
    return False


@cache
def _families() -> dict[str, frozenset[str]]:
    """Stem → the stems of its family in word_families.tsv ("dead" → die, death)."""
    out: dict[str, frozenset[str]] = {}
    for row in lexicon.rows("word_families.tsv"):
        stems = frozenset(stem(word) for word in row)
        for one in stems:
            out[one] = stems
    return out


def _family(word: str) -> frozenset[str]:
    """The stems of the word's family ("died" and "death" for "dead"), its own among them."""
    return _families().get(stem(word), frozenset({stem(word)}))


@lru_cache(maxsize=VOCABULARY_CACHE)
def _vocabulary(text: str) -> tuple[str, ...]:
    """The distinct folded words of a text, remembered: a chat's latest stories are read for
    every question that finds no statement."""
    return tuple(dict.fromkeys(words(text)))


def _in_text(stemmed: str, word: str, found: set[str], vocabulary: tuple[str, ...]) -> str:
    """The stem of a topic word as the text has it: its own, or that of the text's word it is a
    typo of ("guideliens" for "guidelines"), found once among the text's distinct words."""
    if stemmed in found or len(word) <= TYPO_MIN_LETTERS:
        return stemmed
    kin = _family(word) & found  # "injuries" of "injured" (word_families.tsv)
    if kin:
        return next(iter(kin))
    close = process.extractOne(
        word, vocabulary, scorer=OSA.normalized_similarity, score_cutoff=_TYPO_CUTOFF
    )
    return stem(close[0]) if close else stemmed


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘(]\s*|\n\s*)$")


def _written_as_name(token: str, before: str) -> bool:
    """The token, with the few characters `before` it, is written as a name: with a digit or
    a capital inside ("5G", "StarBuzz", "WHO"), or capitalised mid-sentence ("Jasarevic")."""
    if token.islower():
        return False
    if any(c.isdigit() for c in token) or any(c.isupper() for c in token[1:]):
        return True
    return not _SENTENCE_START.search(before)


def _written_as_names(text: str) -> frozenset[str]:
    """The lower-case words a text only ever writes as names (`_written_as_name`): "Jasarevic",
    not "Police" when the text also says "police"."""
    lower: set[str] = set()
    named: set[str] = set()
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.islower():
            lower.add(token)
        elif _written_as_name(token, text[max(0, match.start() - 3) : match.start()]):
            named.add(token.lower())
    return frozenset(named - lower)


def names_match(question: Question, text: str) -> bool:
    """The topic names something the story names ("is 5G safe?" of a story about 5G, whatever
    its other words), and the actor asked about, if any, is named in it too: the question is
    about that story, not one the chat has never shared. With no topic ("did F1 comment?"),
    the actor written as a name in the story is enough."""
    named = _written_as_names(text)
    actor = set(words(question.actor or "")) - stopwords()
    topic = _topic_words(question)
    if not topic:  # "did F1 comment?": the actor, written as a name in the story, is enough
        return bool(actor) and actor <= named
    if not any(word in named for word, _ in topic):
        return False
    return actor <= set(words(text))


# ---- citations ----------------------------------------------------------------------------


def cite(scored: list[Scored], *, by_topic: bool = True, kind_first: bool = True) -> list[Scored]:
    """The statements to cite: distinct sentences ranking within CITATION_MARGIN of the best
    that cover the topic in their own words at least OWN_TOPIC_SHARE as well as the
    best-covering statement does (the first cited one too), unless not `by_topic`. Of the
    kind asked for first, unless not `kind_first` (an open question: "was anyone hurt?" cites
    "nobody was hurt" before denials that do not say "hurt")."""
    if not scored:
        return []
    share = OWN_TOPIC_SHARE if by_topic else 0.0
    best_own = max(s.own for s in scored)
    pool = scored if kind_first else [s for s in scored if s.own >= share * best_own]
    best_kind = max(s.kind for s in pool) if kind_first else 0.0
    covering = [s for s in pool if s.own >= share * best_own and s.kind >= best_kind]
    if not covering:  # the kind asked for covers less of the topic than another: the best of it
        wanted = [s for s in scored if s.kind >= best_kind]
        best_wanted = max(s.own for s in wanted)
        covering = [s for s in wanted if s.own >= share * best_wanted]
    if not kind_first:  # an open question: what tells more of it in its own words first
        covering = sorted(covering, key=lambda s: -s.own)
    seen: set[str] = set()
    kept: list[Scored] = []
    for item in covering:
        key = " ".join(item.candidate.statement.sentence.casefold().split())
        if key in seen or (kept and item.score < kept[0].score - CITATION_MARGIN):
            continue
        seen.add(key)
        kept.append(item)
    return kept[:MAX_CITATIONS]
