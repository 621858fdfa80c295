"""Parse a user's question ("did the Kremlin deny this?") into intent, actor, topic and keywords.

Pure and table-driven: verbs, question words, context words and stopwords live in bot/data/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

from bot.answer.actors import role_nouns
from bot.statements.first_names import is_first_name
from bot.statements.speakers import org_nouns
from bot.text import lexicon
from bot.text.lemmas import is_dictionary_word
from bot.text.words import content_words, stopwords

INTENTS = (
    "did_deny",
    "did_claim",
    "did_confirm",
    "who_denied",
    "who_claimed",
    "who_confirmed",
    "what_said",
    "search",
)
FUZZY_VERB_MIN_LEN = 4  # shorter words are never taken for a misspelt verb
REAL_WORD_LEN = 6  # an English word this short is itself, never a misspelt verb ("bank")
LONG_TYPO_LEN = 8  # longer words may have two slips ("confirmmed"); a real 8-letter word is
#   two letters from another too often ("released" / "repeated")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*'?")
_POSSESSIVE = re.compile(r"['’]s?$")
_DID_INTENT = {
    "deny": "did_deny",
    "retract": "did_deny",
    "claim": "did_claim",
    "say": "did_claim",
    "confirm": "did_confirm",
    "respond": "what_said",
}
_WHO_INTENT = {
    "deny": "who_denied",
    "retract": "who_denied",
    "claim": "who_claimed",
    "say": "who_claimed",
    "confirm": "who_confirmed",
    "respond": "who_denied",
}
_WHAT_INTENT = {"deny": "did_deny", "retract": "did_deny", "confirm": "did_confirm"}
_PARTICIPLE_ENDINGS = ("ed", "en")


@dataclass(frozen=True)
class Question:
    """What a question asks: which intent, about whom (actor) and about what (topic)."""

    intent: str
    actor: str | None
    topic: str
    refers_to_context: bool
    keywords: list[str] = field(default_factory=list)
    retraction: bool = False  # "take back", "walk back": a denial of the actor's own claim
    negation_is_denial: bool = False  # "who said X never …": the topic's negation is the denial
    person: bool = False  # "did he deny it?": the actor is a person of the story, not an org
    gender: str | None = None  # "m" for "he", "f" for "she" (pronouns.tsv)
    in_person: bool = False  # "did Torres herself deny it?": her words, not her representative's
    opener: str = ""  # the question's first word: "who" proposed …, "did" X praise …, "is" it …
    response: bool = False  # "did X respond?", "did X comment?": whether they answered at all
    counting: bool = False  # "how many people were killed?": a number is asked for
    apology: bool = False  # "did the trust apologise?": a retraction asked as an apology


@dataclass(frozen=True)
class _Token:
    word: str  # lower case, curly apostrophes straightened
    start: int
    end: int
    joined: bool = False  # the second part of a hyphenated word ("contract" of "pre-contract")


# ---- data files ---------------------------------------------------------------------------


@cache
def _verbs() -> dict[tuple[str, ...], str]:
    return {tuple(row[0].split()): row[1] for row in lexicon.rows("question_verbs.tsv")}


@cache
def _single_verbs() -> dict[str, str]:
    return {phrase[0]: family for phrase, family in _verbs().items() if len(phrase) == 1}


@cache
def verb_words() -> frozenset[str]:
    """Every word of the verb lexicon ("deny", "told", "back", …): weak evidence of a topic;
    not those of the verbs that deny only a claim ("shoot down", "dismiss"), which in a topic
    tell the act asked of ("did ukraine shoot down drones?")."""
    return frozenset(word for phrase in _verbs() if phrase not in _needs_claim() for word in phrase)


@cache
def _word_classes() -> dict[str, frozenset[tuple[str, ...]]]:
    classes: dict[str, set[tuple[str, ...]]] = {}
    for row in lexicon.rows("question_words.tsv"):
        classes.setdefault(row[1], set()).add(tuple(row[0].split()))
    return {name: frozenset(phrases) for name, phrases in classes.items()}


@cache
def _words_of(kind: str) -> frozenset[str]:
    return frozenset(p[0] for p in _word_classes().get(kind, frozenset()) if len(p) == 1)


@cache
def _context_words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in lexicon.rows("context_words.txt"):
        kinds.setdefault(row[1], set()).add(row[0])
    return {kind: frozenset(words) for kind, words in kinds.items()}


# ---- tokens -------------------------------------------------------------------------------


def _tokens(text: str) -> list[_Token]:
    return [
        _Token(
            m.group().lower().replace("’", "'"),
            m.start(),
            m.end(),
            text[m.start() - 1 : m.start()] == "-",
        )
        for m in _WORD.finditer(text)
    ]


def _span(text: str, tokens: list[_Token]) -> str:
    return text[tokens[0].start : tokens[-1].end] if tokens else ""


def _starts_with(tokens: list[_Token], phrase: tuple[str, ...]) -> bool:
    return tuple(t.word for t in tokens[: len(phrase)]) == phrase


def _ends_with(tokens: list[_Token], phrase: tuple[str, ...]) -> bool:
    return len(tokens) >= len(phrase) and tuple(t.word for t in tokens[-len(phrase) :]) == phrase


def _strip_edges(tokens: list[_Token]) -> list[_Token]:
    """Drop chat filler: "so", "is it true that" in front; "or nah", "yet", "right" behind."""
    classes = _word_classes()
    lead = sorted(classes.get("lead", ()), key=len, reverse=True)
    tail = sorted(classes.get("tail", ()), key=len, reverse=True)
    changed = True
    while changed and tokens:
        changed = False
        for phrase in lead:
            if _starts_with(tokens, phrase) and len(tokens) > len(phrase):
                tokens, changed = tokens[len(phrase) :], True
                break
        for phrase in tail:
            if _ends_with(tokens, phrase) and len(tokens) > len(phrase):
                tokens, changed = tokens[: -len(phrase)], True
                break
    return tokens


# ---- verbs --------------------------------------------------------------------------------


def _verb_matches(tokens: list[_Token]) -> list[tuple[int, int, str]]:
    """Every lexicon phrase in the question, leftmost first, the longest at each place."""
    verbs = _verbs()
    longest = max(len(phrase) for phrase in verbs)
    nouns = _word_classes().get("noun-compound", frozenset())
    found = []
    for i in range(len(tokens)):
        if tuple(t.word for t in tokens[i : i + 2]) in nouns:
            continue  # "state TV": a noun, not "did X state …"
        for size in range(min(longest, len(tokens) - i), 0, -1):
            phrase = tuple(t.word for t in tokens[i : i + size])
            if phrase in verbs:
                of_a_claim = phrase not in _needs_claim() or _of_a_claim(tokens, i, i + size)
                if (phrase not in _needs_object() or _object_after(tokens, i + size)) and (
                    of_a_claim
                ):
                    found.append((i, i + size, verbs[phrase]))
                elif not of_a_claim and phrase in _else_claim() and _object_after(tokens, i + size):
                    found.append((i, i + size, "claim"))  # "did the club back Holt?"
                break
    return found


@cache
def _verbs_marked(mark: str) -> frozenset[tuple[str, ...]]:
    """The verb phrases question_verbs.tsv marks with `mark` in a column of their own."""
    return frozenset(
        tuple(row[0].split()) for row in lexicon.rows("question_verbs.tsv") if mark in row
    )


def _needs_object() -> frozenset[tuple[str, ...]]:
    """The verbs that ask of a claim only before an object ("needs-object")."""
    return _verbs_marked("needs-object")


def _needs_claim() -> frozenset[tuple[str, ...]]:
    """The verbs that deny or take back only what is said ("needs-claim"): "did Ukraine shoot
    down drones?" asks of drones, "did X shoot down the rumour?" of a claim."""
    return _verbs_marked("needs-claim")


def _else_claim() -> frozenset[tuple[str, ...]]:
    """The verbs that, before no claim, ask what the actor said of their object ("did the
    club back Holt?"; "else-claim")."""
    return _verbs_marked("else-claim")


CLAIM_OBJECT_REACH = 5  # words after the verb a claim noun may stand ("the latest wild rumour")


def _of_a_claim(tokens: list[_Token], start: int, end: int) -> bool:
    """The verb from `start` to `end` acts on a claim: what follows is "it", "this", "the
    report" (a reference to the story) or has a claim noun near ("the rumours about his
    health"), or such words came before it as the subject of a passive ("was it shot down?",
    "was the story shot down?")."""
    nouns = lexicon.words("claim_nouns.txt") | lexicon.words("report_nouns.txt")
    subject = [t for t in tokens[:start] if t.word not in _words_of("aux")]
    near = [t.word for t in subject] + [t.word for t in tokens[end : end + CLAIM_OBJECT_REACH]]
    return (
        _refers_to_context(tokens[end:])
        or _refers_to_context(subject)
        or any(word in nouns or word.removesuffix("s") in nouns for word in near)
    )


def _object_after(tokens: list[_Token], at: int) -> bool:
    """A word at `at` that may open an object: not the end, nor a preposition or particle
    ("leak into the lake", "broke down")."""
    return at < len(tokens) and tokens[at].word not in lexicon.words("verb_particles.txt")


def _agrees(tokens: list[_Token], match: tuple[int, int, str]) -> bool:
    """After "was"/"has" only a participle is the verb: "was the report denied" → "denied"."""
    head, word = tokens[0].word, tokens[match[0]].word
    participle = word.endswith(_PARTICIPLE_ENDINGS) or word in _words_of("participle")
    if head in _words_of("be"):
        return participle or word.endswith("ing")
    if head in _words_of("have"):
        return participle
    return True


def _exact_verb(tokens: list[_Token]) -> tuple[int, int, str] | None:
    """The leftmost lexicon phrase that fits the auxiliary: (start, end, family)."""
    found = _verb_matches(tokens)
    fitting = [match for match in found if _agrees(tokens, match)]
    main = [
        match
        for match in fitting
        if not _relative(tokens, match[0]) and not _after_possessive(tokens, match[0])
    ]
    if not fitting and tokens and tokens[0].word in _words_of("be"):
        return None  # "is the Bloomberg report accurate?": "report" is a noun, no verb asked
    if fitting and all(_after_possessive(tokens, m[0]) for m in fitting):
        return None  # "did anyone support Chen's report?": "report" is a noun
    return (main or fitting or found or [None])[0]


def _after_possessive(tokens: list[_Token], at: int) -> bool:
    """The word follows a possessive ("did the union's claim get denied?"): a noun."""
    return at > 0 and tokens[at - 1].word.endswith("'s")


def _relative(tokens: list[_Token], at: int) -> bool:
    """The verb opens a relative clause of the subject: "did the woman who wrote the post
    apologise?" (the question's verb is "apologise")."""
    if at < 3 or tokens[0].word not in _words_of("aux") or tokens[at - 1].word not in _RELATIVES:
        return False
    return tokens[at - 2].word not in lexicon.words("determiner_like.txt")  # not "did the who say"


_RELATIVES = frozenset({"who", "that", "which"})


def _fuzzy_verb(tokens: list[_Token]) -> tuple[int, int, str] | None:
    """The leftmost word that is a misspelt lexicon verb ("dneied", "confrim")."""
    singles = _single_verbs()
    known = stopwords() | frozenset().union(*map(_words_of, ("aux", "who", "what", "anyone")))
    for i, token in enumerate(tokens):
        word = token.word
        if len(word) < FUZZY_VERB_MIN_LEN or word in known or token.joined:
            continue  # "pre-contract" is no misspelt "contradict"
        if (word,) in _needs_object() | _needs_claim():
            continue  # spelt right, and no verb here: "did chemicals leak into the lake?"
        if _misspelt_function_word(word):
            continue  # "realy" is "really" misspelt, not "reply"
        if len(word) <= REAL_WORD_LEN and is_dictionary_word(word):
            continue  # "is lumen bank closing branches?": "bank" is spelt right, no "back"
        allowed = 1 if len(word) <= LONG_TYPO_LEN else 2  # "released" is no "repeated"
        best = extractOne(word, list(singles), scorer=OSA.distance, score_cutoff=allowed)
        if best is not None and best[0][0] == word[0]:
            return i, i + 1, singles[best[0]]
    return None


@cache
def _long_function_words() -> tuple[str, ...]:
    return tuple(w for w in stopwords() - verb_words() if len(w) >= FUZZY_VERB_MIN_LEN)


def _misspelt_function_word(word: str) -> bool:
    """A word one letter from a long function word ("realy", "actualy", "abuot"): that word
    misspelt, whatever verb it is also near."""
    found = extractOne(word, _long_function_words(), scorer=OSA.distance, score_cutoff=1)
    return found is not None and found[0][0] == word[0]


def _find_verb(tokens: list[_Token]) -> tuple[int, int, str] | None:
    """The question's verb; a misspelt one before a noun that is also a verb ("who deined the
    report …": "the report" names what was denied) is the verb, not that noun."""
    exact = _exact_verb(tokens)
    if exact is not None and _after_determiner(tokens, exact[0]):
        fuzzy = _fuzzy_verb(tokens[: exact[0]])
        if fuzzy is not None:
            return fuzzy
    if exact is not None and exact[0] > 1 and tokens[0].word in _words_of("who"):
        fuzzy = _fuzzy_verb(tokens[1:2])  # "who reportd that Plant rejected …": "reported"
        if fuzzy is not None:
            return fuzzy[0] + 1, fuzzy[1] + 1, fuzzy[2]
    return exact or _fuzzy_verb(tokens)


def _after_determiner(tokens: list[_Token], at: int) -> bool:
    """The word at `at` follows "the", "a", "his" …: a noun ("the report"), not a verb."""
    return at > 0 and tokens[at - 1].word in lexicon.words("determiner_like.txt")


# ---- the parts of a question --------------------------------------------------------------


def _trim(tokens: list[_Token], drop: frozenset[str]) -> list[_Token]:
    while tokens and tokens[0].word in drop:
        tokens = tokens[1:]
    while tokens and tokens[-1].word in drop:
        tokens = tokens[:-1]
    return tokens


def _is_passive(tokens: list[_Token], verb_at: int) -> bool:
    """True for "was this denied", "has it been denied": the subject is the story, not the actor."""
    word = tokens[verb_at].word
    before = tokens[verb_at - 1].word if verb_at else ""
    participle = word.endswith(_PARTICIPLE_ENDINGS) or word in _words_of("participle")
    return participle and (before in _words_of("passive") or tokens[0].word in _words_of("be"))


def _split(tokens: list[_Token], verb: tuple[int, int, str]) -> tuple[str, list, list]:
    """(form, actor tokens, topic tokens) where form is "who", "what" or "did"."""
    start, end, _ = verb
    head = tokens[0].word
    form = "who" if head in _words_of("who") else "what" if head in _words_of("what") else "did"
    before = tokens[1:start] if form != "did" else tokens[:start]
    after = tokens[end:]
    if form == "who":
        return form, [], after
    aux = _words_of("aux")
    subject = _trim(before, aux | _words_of("adverb"))
    if after and after[0].word == "by":
        return form, after[1:], subject
    if after and after[0].word == "from" and _actor_less(subject):
        return form, *_from_actor(after[1:])  # "any denial from Moscow on the report?"
    if form == "did" and _is_passive(tokens, start):
        return form, [], subject + after
    return form, subject, after


def _actor_less(tokens: list[_Token]) -> bool:
    """True when a subject names nobody: empty, or "any", "anyone", "somebody"."""
    return all(t.word in _words_of("anyone") | stopwords() for t in tokens)


def _from_actor(tokens: list[_Token]) -> tuple[list[_Token], list[_Token]]:
    """Split "Moscow on the report" into the actor and the topic at the first topic opener."""
    openers = _words_of("topic-opener")
    cut = next((i for i, t in enumerate(tokens) if t.word in openers), len(tokens))
    return tokens[:cut], tokens[cut:]


def _actor(text: str, tokens: list[_Token]) -> str | None:
    tokens = _trim(tokens, _words_of("adverb") | _words_of("aux") | _words_of("open"))
    clause = next((i for i, t in enumerate(tokens) if i > 1 and t.word in _RELATIVES), None)
    if clause is not None and tokens[0].word in lexicon.words("determiner_like.txt"):
        tokens = tokens[:clause]  # "the woman who wrote the post": the woman; the rest says which
    acronym = _stopword_acronym(tokens)
    if acronym:
        return acronym
    if not tokens or all(t.word in _words_of("anyone") | stopwords() for t in tokens):
        return None
    return _POSSESSIVE.sub("", _span(text, tokens)) or None


def _stopword_acronym(tokens: list[_Token]) -> str | None:
    """ "the who", "WHO", "the us" in the actor's place: the organisation whose acronym is a
    word dropped elsewhere (stopword_acronyms.tsv)."""
    words = [t.word for t in tokens if t.word != "the"]
    return _stopword_acronyms().get(words[0]) if len(words) == 1 else None


@cache
def _stopword_acronyms() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.rows("stopword_acronyms.tsv")}


@cache
def _pronouns() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.rows("pronouns.tsv") if row[0] not in {"i", "we"})


def _is_pronoun(tokens: list[_Token]) -> bool:
    """True for a subject that is only "he", "she", "they" or "it": someone of the story the
    chat holds, so the question is about that story ("did she deny insulting them?")."""
    found = [t.word for t in _trim(tokens, _words_of("aux") | _words_of("adverb"))]
    return len(found) == 1 and found[0] in _pronouns()


def _pronoun_gender(tokens: list[_Token]) -> str | None:
    """The gender of "he" or "she" (pronouns.tsv) among the tokens: a person, not an
    organisation; None for "they", "it" or a name."""
    gendered = {row[0]: row[1] for row in lexicon.rows("pronouns.tsv") if len(row) > 1 and row[1]}
    return next((gendered[t.word] for t in tokens if t.word in gendered), None)


def _in_person_gender(tokens: list[_Token]) -> str | None:
    """The gender "himself" or "herself" gives the actor asked about ("did doyle himself deny
    it?" asks for a man of that name, not his daughter)."""
    gendered = {r[0]: r[2] for r in lexicon.rows("question_words.tsv") if r[1] == "in_person"}
    return next((gendered[t.word] for t in tokens if gendered.get(t.word)), None)


def _topic_tokens(tokens: list[_Token]) -> list[_Token]:
    tokens = _trim(tokens, _words_of("adverb"))
    while tokens and tokens[0].word in _words_of("topic-opener"):
        tokens = tokens[1:]
    return tokens


def _refers_to_context(topic: list[_Token]) -> bool:
    """True when the topic is only "this", "it", "the report" … or opens with "this"/"these"."""
    if not topic:
        return False
    words = _context_words()
    if topic[0].word in words.get("lead", frozenset()):
        return True
    content = [t.word for t in topic if t.word not in stopwords() - words.get("ref", frozenset())]
    refs = words.get("ref", frozenset())
    return bool(content) and all(word in refs for word in content)


def names_only_the_story(topic: str) -> bool:
    """The topic says nothing but which story and how true ("it fake", "this a hoax", "the
    claim false"): every word of it that is no stopword is a context word."""
    refs = _context_words().get("ref", frozenset())
    words = [t.word for t in _tokens(topic)]
    content = [w for w in words if w not in stopwords() - refs]
    return bool(content) and all(w in refs for w in content)


def _someone_of_the_story(topic: list[_Token], actor: str | None) -> bool:
    """True when no actor is named and the topic's subject is "he", "she", "they" or "it"
    ("is he dead?", "did anyone deny that she quit?"): someone of the story the chat holds.
    With an actor named, the pronoun is the actor ("did Adidas deny it is moving?"), unless a
    "he" or "she" follows an organisation given by its noun ("did the network confirm she is
    staying?"): a person of the story at hand."""
    if not topic or topic[0].word not in _pronouns():
        return False
    words = (actor or "").lower().split()
    organisation = len(words) == 2 and words[0] == "the" and words[1] in org_nouns()
    return actor is None or organisation and topic[0].word in {"he", "she"}


def _names_someone_of_the_story(topic: list[_Token]) -> bool:
    """True when the topic speaks of "him", "them" or an object "her" ("did Ridgeway deny
    paying him?", "did Greenway deny paying her?"): someone of a story the chat holds, the one
    shared last unless replied to."""
    people = _context_words().get("person", frozenset())
    return any(t.word in people for t in topic) or any(
        t.word == "her" and _object_pronoun(topic, i) for i, t in enumerate(topic)
    )


def _object_pronoun(topic: list[_Token], at: int) -> bool:
    """ "her" as an object ("paying her", "paying her £40,000", "accused her of …"), not a
    possessive before its noun ("her involvement"): last, or before a stopword or a number."""
    following = topic[at + 1].word if at + 1 < len(topic) else None
    return following is None or following in stopwords() or not following.isalpha()


def _says_not(form: str, family: str, topic: list[_Token]) -> bool:
    """True for "who said X never …", "who said the video was fake": asking for a denial."""
    if family != "say" or form == "what":
        return False
    by_first = _negations_by_first_word()
    return any(
        _starts_with(topic[i:], p) for i, t in enumerate(topic) for p in by_first.get(t.word, ())
    )


@cache
def _negations_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The negation phrases of question_words.tsv by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _word_classes().get("negation", frozenset()):
        out.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in out.items()}


def _intent(form: str, family: str, topic: list[_Token]) -> str:
    if _says_not(form, family, topic):
        family = "deny"
    if form == "who":
        return _WHO_INTENT[family]
    if form == "what":
        return _WHAT_INTENT.get(family, "what_said")
    return _DID_INTENT[family]


def _keywords(topic: str, actor: str | None) -> list[str]:
    words = content_words(topic)
    for word in content_words(actor or ""):
        if word not in words:
            words.append(word)
    return words


_WHO_IS = (("who", "is"), ("who", "was"), ("who", "are"), ("who's",))
IDENTITY_MAX = 3  # words of a name or role asked "who is …?"


def _identity(text: str, tokens: list[_Token]) -> str | None:
    """ "who is Maria Jensen?", "who's the ceo?": the person asked to be told, by a name (a
    first name, or a last word that is no English word) or "the" and a job noun; None for
    "who is right?", "who is behind the attack?"."""
    lead = next((p for p in _WHO_IS if _starts_with(tokens, p)), None)
    rest = tokens[len(lead) :] if lead else []
    if rest and rest[0].word in {"the", "a", "an"}:
        named = rest[1:]
        fits = 0 < len(named) <= IDENTITY_MAX and named[-1].word in role_nouns()
    else:
        named = rest
        words = [t.word for t in named]
        fits = (
            0 < len(named) <= IDENTITY_MAX
            and not set(words) & stopwords()
            and (is_first_name(words[0]) or not is_dictionary_word(words[-1]))
        )
    return _span(text, rest) if fits else None


def parse_question(text: str) -> Question:
    """Read intent, actor, topic, context reference and search keywords from a question."""
    tokens = _strip_edges(_tokens(text))
    asked = _identity(text, tokens)
    if asked is not None:  # "who is Maria Jensen?": what she said tells who she is
        return Question("what_said", asked, "", False, content_words(asked), opener="who")
    whole = _word_classes().get("whole-story", ())
    if any(_starts_with(tokens, p) and len(tokens) == len(p) for p in whole):
        return Question("search", None, "", True, [], opener=tokens[0].word)  # "tl;dr"
    counting = _starts_with(tokens, ("how", "many")) or _starts_with(tokens, ("how", "much"))
    # "how many drones were shot down?" asks a number: "shot down" is no verb of denying
    verb = _find_verb(tokens) if tokens and not counting else None
    if verb is None:
        asked = tokens[2:] if counting else tokens  # "how many customers …": the customers
        topic_tokens = _trim(asked, _words_of("aux") | _words_of("who") | _words_of("what"))
        topic = _span(text, topic_tokens)
        context = (
            _refers_to_context(topic_tokens)
            or _someone_of_the_story(topic_tokens, None)
            or not content_words(_span(text, topic_tokens))  # "who is right?": the story at hand
        )
        opener = tokens[0].word if tokens else ""
        keywords = _keywords(topic, None)
        return Question("search", None, topic, context, keywords, opener=opener, counting=counting)
    form, actor_tokens, topic_tokens = _split(tokens, verb)
    if tokens[0].word in _words_of("open") and not actor_tokens:
        # "when could a deal be announced?": the announcing is what is asked of, no speaker's
        topic_tokens = _trim(tokens, _words_of("aux") | _words_of("open"))
        topic = _span(text, topic_tokens)
        context = _refers_to_context(topic_tokens) or _someone_of_the_story(topic_tokens, None)
        return Question(
            "search", None, topic, context, _keywords(topic, None), opener=tokens[0].word
        )
    themselves = [t for t in tokens[: verb[0]] if t.word in _words_of("in_person")]
    if topic_tokens and topic_tokens[-1].word in _words_of("in_person"):
        themselves.append(topic_tokens[-1])  # "did brandt deny it himself?"
        topic_tokens = topic_tokens[:-1]
    pronoun = _is_pronoun(actor_tokens)
    topic_tokens = _topic_tokens(topic_tokens)
    actor = _actor(text, actor_tokens)
    topic = _span(text, topic_tokens)
    says_not = _says_not(form, verb[2], topic_tokens)
    # "did Peskov say it was false?" is "did Peskov deny it?": without its "false", the topic
    # may be only "it"
    asked = [t for t in topic_tokens if t.word not in _words_of("negation")] if says_not else []
    inside = tokens[verb[0] + 1 : verb[1] - 1]  # "take it back": the story is inside the verb
    return Question(
        intent=_intent(form, verb[2], topic_tokens),
        actor=actor,
        topic=topic,
        refers_to_context=pronoun
        or _someone_of_the_story(topic_tokens, actor)
        or _names_someone_of_the_story(topic_tokens)
        or any(map(_refers_to_context, (topic_tokens, asked, inside)))
        or actor is None
        and not content_words(topic),  # "who made the claim?": the story at hand
        keywords=_keywords(topic, actor and _span(text, actor_tokens)),  # "who wrote the post"
        retraction=verb[2] == "retract",
        negation_is_denial=says_not,
        person=pronoun and _pronoun_gender(actor_tokens) is not None,
        gender=_pronoun_gender(actor_tokens) if pronoun else _in_person_gender(themselves),
        in_person=bool(themselves),
        opener=tokens[0].word,
        response=verb[2] == "respond",
        apology=tokens[verb[0]].word.startswith("apolog"),
    )
