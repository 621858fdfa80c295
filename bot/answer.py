"""Decide yes / no / unknown for a parsed question over candidate statements, and word the reply.

Pure: the caller fetches the candidates (full-text search on the keywords, the context article).
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass

from bot import lexicon
from bot.actors import GENERIC_WEIGHT, SHORT_WORD, actor_score, best_similarity, coverage, words
from bot.models import Statement
from bot.question import Question, stopwords, verb_words

# Thresholds, 0–100. Chosen on hand-made stories; re-tune on the whole dev set when integrating.
ACTOR_MIN = 75.0  # actor_score from which a statement counts as the question's actor's
TOPIC_MIN = 40.0  # share of the topic's content words a relevant statement must cover
STORY_MIN = 45.0  # story_match from which the caller should treat the story as known
ARTICLE_TOPIC_WEIGHT = 0.85  # a statement inherits this share of its article's best topic match
CONTEXT_TOPIC_BOOST = 20.0  # topic points added for statements of the article replied to
CONTEXT_BONUS = 10.0  # ranking points for statements of the article replied to
KIND_BONUS = 10.0  # ranking points times the kind's weight for the intent
RETRACTION_PENALTY = 8.0  # ranking points off a speaker taking back their own claim, unless asked
QUOTE_BONUS = 2.0  # ranking points for a statement with a direct quote (the speaker's own words)
SHORT_WORD_WEIGHT = 0.5  # topic words of SHORT_WORD letters or fewer ("boy", "go") count less
# Citations: every relevant statement close to the best, up to MAX_CITATIONS. Chosen on the
# dev set (cap 3–8, margin 5–20, share 0.1–0.8): a larger cap gains recall but loses precision;
# a larger share gains precision but loses the replies that do not repeat the claim's words.
MAX_CITATIONS = 5  # statements an answer cites (Answer.citations), best first
SHOWN_CITATIONS = 3  # of which the reply text quotes this many
CITATION_MARGIN = 10.0  # a statement is cited only when it ranks within this of the best
OWN_TOPIC_SHARE = 0.25  # … and covers the topic in its own words this share as well as the best
SHORT_STATEMENT_WORDS = 4  # a statement of this few content words borrows its article's topic
MIN_STORY_WORDS = 2  # distinct topic words an article must share to count as the same story
MAX_QUOTE_CHARS = 400  # longer sentences are replaced by their direct quote when there is one
MIN_ORG_CHARS = 4  # an org name this long that ends another org's name is the same org

_ALL_KINDS = {"claim": 1.0, "denial": 1.0, "confirmation": 1.0, "statement": 1.0}
_CLAIM_KINDS = {"claim": 1.0, "statement": 0.8}
WANTED_KINDS: dict[str, dict[str, float]] = {
    "did_deny": {"denial": 1.0},
    "who_denied": {"denial": 1.0},
    "did_confirm": {"confirmation": 1.0},
    "who_confirmed": {"confirmation": 1.0},
    "did_claim": _CLAIM_KINDS,
    "who_claimed": _CLAIM_KINDS,
    "what_said": _ALL_KINDS,
    "search": _ALL_KINDS,
}
_VERB = {"denial": "denied it", "confirmation": "confirmed it", "claim": "said so"}
_NOUN = {"denial": "denial", "confirmation": "confirmation", "claim": "such statement"}
_WHO_HEAD = {"denial": "Denied by", "confirmation": "Confirmed by", "claim": "Reported by"}


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
    in_context: bool = False  # it belongs to the article the question refers to


@dataclass(frozen=True)
class Citation:
    """A statement quoted in an answer."""

    sentence: str
    speaker: str | None
    kind: str
    article_id: int
    url: str | None
    score: float


@dataclass(frozen=True)
class Answer:
    """The verdict ("yes" | "no" | "unknown"), the Telegram-HTML reply and what it cites."""

    answer: str
    text: str
    citations: list[Citation]


@dataclass(frozen=True)
class _Scored:
    candidate: Candidate
    topic: float
    own: float  # the topic match of the statement's own words, not lifted by its article
    actor: float
    kind: float  # the kind's weight for the intent; 0 when the intent does not want it
    score: float
    relevant: bool


# ---- scoring ------------------------------------------------------------------------------


def _topic_weight(word: str) -> float:
    if word in verb_words():
        return GENERIC_WEIGHT
    return SHORT_WORD_WEIGHT if len(word) <= SHORT_WORD else 1.0


def _topic_words(question: Question) -> list[tuple[str, float]]:
    """The topic's content words, weighted: verbs of saying and very short words count less."""
    found: dict[str, float] = {}
    for word in words(question.topic):
        if len(word) > 1 and word not in stopwords():
            found.setdefault(word, _topic_weight(word))
    return list(found.items())


def _statement_words(candidate: Candidate) -> set[str]:
    """The words a statement can be found by: its own, and for a reply those of the claim it
    answers with the claimant's name ("DHS denied Judicial Watch's warning")."""
    texts = [candidate.statement, candidate.answers]
    found: set[str] = set()
    for st in (s for s in texts if s is not None):
        for text in (st.sentence, st.proposition, st.quote):
            found.update(words(text or ""))
    if candidate.answers is not None:
        found.update(words(candidate.answers.speaker or ""))
    return found


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


def _raw_topics(question: Question, candidates: list[Candidate]) -> list[float] | None:
    wanted = _topic_words(question)
    if not wanted:
        return None
    return [coverage(wanted, _statement_words(c)) for c in candidates]


def _article_topics(question: Question, candidates: list[Candidate]) -> dict[int, float]:
    """Topic match per article: the topic's words looked up in all its statements together."""
    wanted = _topic_words(question)
    pooled: dict[int, set[str]] = defaultdict(set)
    for c in candidates:
        pooled[c.article_id] |= _statement_words(c)
    return {aid: coverage(wanted, found) if wanted else 0.0 for aid, found in pooled.items()}


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
    claimant = _claimant(candidate)
    return main is None or claimant is None or claimant == main


def _topic_scores(question: Question, candidates: list[Candidate]) -> list[tuple[float, float]]:
    """Topic match per candidate: (lifted, own). Lifted by its article's best match and by the
    context, it decides relevance; its own words alone decide which of them are cited."""
    raw = _raw_topics(question, candidates)
    if raw is None:
        if question.refers_to_context:
            main = _main_claimant([c for c in candidates if c.in_context])
            return [
                (100.0, 100.0 if _on_main_dispute(c, main) else 0.0) if c.in_context else (0, 0)
                for c in candidates
            ]
        return [(100.0, 100.0)] * len(candidates)
    best = _article_topics(question, candidates)
    best_own: dict[int, float] = defaultdict(float)
    for c, score in zip(candidates, raw, strict=True):
        best_own[c.article_id] = max(best_own[c.article_id], score)
    scores = []
    for c, score in zip(candidates, raw, strict=True):
        lifted = max(score, ARTICLE_TOPIC_WEIGHT * best[c.article_id])
        if c.in_context:
            lifted = 100.0 if question.refers_to_context else lifted + CONTEXT_TOPIC_BOOST
        borrows = c.answers is None and _is_short(c.statement)
        own = max(score, best_own[c.article_id]) if borrows else score
        scores.append((min(lifted, 100.0), own))
    return _shared_by_replies(candidates, scores)


def _shared_by_replies(
    candidates: list[Candidate], scores: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Replies to one claim are about one thing: each takes the best own topic match among
    the replies to its claim ("There is no truth to these claims" beside
    "Woods is not serving a suspension")."""
    best: dict[str, float] = defaultdict(float)
    for c, (_, own) in zip(candidates, scores, strict=True):
        if c.answers is not None:
            best[c.answers.sentence] = max(best[c.answers.sentence], own)
    return [
        (lifted, max(own, best[c.answers.sentence])) if c.answers is not None else (lifted, own)
        for c, (lifted, own) in zip(candidates, scores, strict=True)
    ]


def _actor(question: Question, statement: Statement | None) -> float:
    if question.actor is None:
        return 100.0
    return actor_score(question.actor, statement) if statement is not None else 0.0


def _retraction_ok(question: Question, candidate: Candidate) -> bool:
    """A retraction answers the actor's own claim, not somebody else's."""
    if not question.retraction or candidate.answers is None or question.actor is None:
        return True
    return _actor(question, candidate.answers) >= ACTOR_MIN


def _retracts(candidate: Candidate) -> bool:
    """A denial of the speaker's own claim: taking it back, not disputing somebody else."""
    claim = candidate.answers
    st = candidate.statement
    return st.kind == "denial" and claim is not None and claim.speaker_norm == st.speaker_norm


def _score(
    question: Question, candidate: Candidate, topics: tuple[float, float], actor: float
) -> _Scored:
    topic, own = topics
    kind = WANTED_KINDS[question.intent].get(candidate.statement.kind, 0.0)
    rank = 0.5 * topic + 0.5 * actor + KIND_BONUS * kind
    rank += CONTEXT_BONUS if candidate.in_context else 0.0
    rank += QUOTE_BONUS if candidate.statement.quote else 0.0
    rank -= RETRACTION_PENALTY if _retracts(candidate) and not question.retraction else 0.0
    relevant = (
        kind > 0
        and actor >= ACTOR_MIN
        and topic >= TOPIC_MIN
        and _retraction_ok(question, candidate)
    )
    return _Scored(candidate, topic, own, actor, kind, rank, relevant)


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
        linked = [(c.article_id, _name_key(alias)) for alias in c.statement.aliases]
        linked = [key for key in linked if key in speakers]
        if c.statement.org:  # "Homeland Security" is the "Department of Homeland Security"
            org = _name_key(c.statement.org)
            linked += [
                speaker
                for (aid, name), speaker in orgs.items()
                if aid == c.article_id and len(org) >= MIN_ORG_CHARS and name.endswith(" " + org)
            ]
        for other in linked:
            if root(other) != mine:
                parent[root(other)] = mine
    return [
        root((c.article_id, _name_key(c.statement.speaker))) if c.statement.speaker else None
        for c in candidates
    ]


def _speaker_actors(question: Question, candidates: list[Candidate]) -> list[float]:
    """Actor match per candidate, shared by every statement of one speaker in one article:
    "the NHL commissioner" is named beside one of Gary Bettman's statements, and the others
    are his too."""
    own = [_actor(question, c.statement) for c in candidates]
    keys = _speaker_groups(candidates)
    best: dict[tuple[int, str], float] = {}
    for key, score in zip(keys, own, strict=True):
        if key is not None:
            best[key] = max(best.get(key, 0.0), score)
    return [
        max(score, best[key]) if key is not None else score
        for key, score in zip(keys, own, strict=True)
    ]


def _score_all(question: Question, candidates: list[Candidate]) -> list[_Scored]:
    topics = _topic_scores(question, candidates)
    actors = _speaker_actors(question, candidates)
    scored = [_score(question, c, t, a) for c, t, a in zip(candidates, topics, actors, strict=True)]
    return sorted(scored, key=lambda s: (-s.score, s.candidate.statement.position))


def _distinct_hits(question: Question, candidates: list[Candidate]) -> dict[int, int]:
    """Per article: how many of the topic's full-weight words its statements contain, plus one
    when the actor asked about speaks in it."""
    wanted = [word for word, weight in _topic_words(question) if weight == 1.0]
    pooled: dict[int, set[str]] = defaultdict(set)
    actor_present: set[int] = set()
    for c in candidates:
        pooled[c.article_id] |= _statement_words(c)
        if question.actor and _actor(question, c.statement) >= ACTOR_MIN:
            actor_present.add(c.article_id)
    return {
        aid: sum(1 for word in wanted if best_similarity(word, found)) + (aid in actor_present)
        for aid, found in pooled.items()
    }


def story_match(question: Question, candidates: list[Candidate]) -> float:
    """0–100: the best topic match against stored statements (compare with STORY_MIN).

    One shared word is coincidence when the topic has two or more: "drone strike" is not the
    story of a "drone startup" (the actor asked about, speaking in the article, counts as one).
    """
    wanted = sum(1 for _, weight in _topic_words(question) if weight == 1.0)
    needed = min(wanted, MIN_STORY_WORDS)
    hits = _distinct_hits(question, candidates)
    topics = _article_topics(question, candidates)
    return max((t for aid, t in topics.items() if hits.get(aid, 0) >= needed), default=0.0)


# ---- wording ------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def who(statement: Statement) -> str:
    """The speaker, then role and org when not in the name: "Dmitry Peskov (spokesman, Kremlin)"."""
    name = statement.speaker or statement.speaker_norm or statement.org or "an unnamed source"
    extras: list[str] = []
    for part in (statement.role, statement.org):
        if part and part.casefold() not in name.casefold() and part not in extras:
            extras.append(part)
    return f"{name} ({', '.join(extras)})" if extras else name


def _verbatim(statement: Statement) -> str:
    """The words to quote: the sentence; the speaker's whole quote when it runs over several
    sentences or the sentence is very long (both verbatim spans of the article)."""
    if statement.quote and statement.quote not in statement.sentence:
        return statement.quote
    if len(statement.sentence) > MAX_QUOTE_CHARS and statement.quote:
        return statement.quote
    return statement.sentence


def _link(candidate: Candidate) -> str:
    url = candidate.url or ""
    if not url.startswith(("http://", "https://")):
        return ""
    label = candidate.title or candidate.site or "source"
    return f'<a href="{html.escape(url, quote=True)}">{_esc(label)}</a>'


def _block(candidate: Candidate) -> str:
    """One cited statement: who, outlet and date, the verbatim sentence, the claim, the link."""
    st = candidate.statement
    source = ", ".join(p for p in (candidate.site, (candidate.published or "")[:10]) if p)
    lines = [f"• <b>{_esc(who(st))}</b>" + (f" — {_esc(source)}" if source else "")]
    lines.append(f"<i>“{_esc(_verbatim(st))}”</i>")
    claim = candidate.answers
    if claim is not None and claim.sentence != st.sentence:
        lines.append(f"In answer to: <i>“{_esc(_verbatim(claim))}”</i>")
    link = _link(candidate)
    if link:
        lines.append(link)
    return "\n".join(lines)


def _dedupe(scored: list[_Scored]) -> list[_Scored]:
    """The statements to cite: distinct sentences ranking within CITATION_MARGIN of the best
    that cover the topic in their own words at least OWN_TOPIC_SHARE as well as the
    best-covering statement does (the first cited one too)."""
    if not scored:
        return []
    best_own = max(s.own for s in scored)
    best_kind = max(s.kind for s in scored)
    covering = [s for s in scored if s.own >= OWN_TOPIC_SHARE * best_own and s.kind >= best_kind]
    seen: set[str] = set()
    kept: list[_Scored] = []
    for item in covering:
        key = " ".join(item.candidate.statement.sentence.casefold().split())
        if key in seen or (kept and item.score < kept[0].score - CITATION_MARGIN):
            continue
        seen.add(key)
        kept.append(item)
    return kept[:MAX_CITATIONS]


def _citation(item: _Scored) -> Citation:
    c = item.candidate
    speaker = c.statement.speaker or c.statement.org
    return Citation(
        c.statement.sentence, speaker, c.statement.kind, c.article_id, c.url, item.score
    )


def _reply(headline: str, cited: list[_Scored], answer: str) -> Answer:
    """The reply shows the best few distinct quotes; `citations` keeps every cited sentence."""
    blocks = list(dict.fromkeys(_block(item.candidate) for item in cited))[:SHOWN_CITATIONS]
    text = "\n\n".join([headline, *blocks])
    return Answer(answer, text, [_citation(item) for item in cited])


def _names(cited: list[_Scored]) -> str:
    names: list[str] = []
    for item in cited:
        name = who(item.candidate.statement)
        if name not in names:
            names.append(name)
    escaped = [_esc(n) for n in names]
    if len(escaped) == 2:
        return " and ".join(escaped)
    return "; ".join(escaped)


def _actor_name(asked: str, cited: list[_Scored]) -> str:
    """The name to head an answer with: the speaker's own when every citation is theirs
    ("taylor swift" → "Taylor Swift"), else the words of the question."""
    names = {item.candidate.statement.speaker for item in cited}
    return names.pop() or asked if len(names) == 1 else asked


def _wanted_kind(question: Question) -> str:
    kinds = WANTED_KINDS[question.intent]
    return next(iter(kinds)) if len(kinds) < len(_ALL_KINDS) else "statement"


# ---- the decision -------------------------------------------------------------------------


def _yes(question: Question, relevant: list[_Scored]) -> Answer:
    cited = _dedupe(relevant)
    kind = _wanted_kind(question)
    names = _names(cited)
    if question.intent.startswith("who_") or (question.actor is None and kind in _WHO_HEAD):
        headline = f"<b>{_WHO_HEAD[kind]}:</b> {names}."
    elif kind in _VERB:
        verb = "took it back" if question.retraction else _VERB[kind]
        headline = f"<b>Yes.</b> {names} {verb}."
    elif question.actor:
        headline = f"<b>What {_esc(_actor_name(question.actor, cited))} said:</b>"
    else:
        headline = "<b>Here is what I have:</b>"
    return _reply(headline, cited, "yes")


def _after_denials(scored: list[_Scored], own: list[_Scored]) -> list[_Scored]:
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


def _no(question: Question, scored: list[_Scored]) -> Answer:
    """The story is known but nothing answers: say so, and show what the actor did say."""
    on_topic = [s for s in scored if s.topic >= TOPIC_MIN]
    kind = _wanted_kind(question)
    noun = _NOUN.get(kind, "statement")
    if question.actor is None:
        headline = f"<b>No.</b> I have reports on this story, but no {noun} in them."
        return _reply(headline, _dedupe(on_topic), "no")
    actor = _esc(question.actor)
    own = [s for s in on_topic if s.actor >= ACTOR_MIN]
    if question.retraction:
        own = _after_denials(scored, own) or own
    if own:
        headline = f"<b>No.</b> I have no {noun} by {actor} on this story. What {actor} did say:"
        return _reply(headline, _dedupe(own), "no")
    others = [s for s in on_topic if s.kind > 0]
    headline = f"<b>No.</b> I have nothing from {actor} in the reports on this story."
    if others and kind in _WHO_HEAD:
        headline += f" {_WHO_HEAD[kind]}: {_names(_dedupe(others))}."
    return _reply(headline, _dedupe(others), "no")


def _unknown(question: Question, candidates: list[Candidate]) -> Answer:
    if question.refers_to_context and not any(c.in_context for c in candidates):
        text = (
            "<b>I don't know.</b> I have not read the article you mean. "
            "Reply to a message with its link, or tell me what the story is about."
        )
    else:
        text = (
            "<b>I don't know.</b> None of the reports I have read covers this story. "
            "Send me a link to an article about it and I will read it."
        )
    return Answer("unknown", text, [])


def decide(question: Question, candidates: list[Candidate], story_known: bool) -> Answer:
    """Yes when a relevant statement clears the thresholds; no when the story is known but
    nothing answers; unknown when the story is not known."""
    scored = _score_all(question, candidates)
    relevant = [s for s in scored if s.relevant]
    if relevant:
        return _yes(question, relevant)
    if story_known or any(c.in_context for c in candidates):
        return _no(question, scored)
    return _unknown(question, candidates)
