"""Fuzzy matching of the actor a question names ("the kremlin", "marnies") against a statement.

Also the word-level fuzzy helpers (token similarity, coverage) that topic matching shares.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from bot.answer.countries import capital_umbrellas, country_synonyms
from bot.models import Statement
from bot.statements.first_names import first_name_gender
from bot.statements.speakers import is_outlet, kin_nouns, parse_actor, role_gender, same_role
from bot.text import lexicon
from bot.text.words import stem

TOKEN_MATCH = 80.0  # a word counts as present when its best similarity reaches this (0–100)
GENERIC_WEIGHT = 0.3  # weight of role words such as "spokesman" in an actor's name
RELATIONAL_PENALTY = 0.5  # factor for a match through "supporters of X", "brother of X"
NAMED_IN_ACTOR = 90.0  # score when a statement's distinctive name lies inside the actor asked for
SPOKESPERSON_SCORE = 85.0  # score when the speaker speaks for the actor ("Hunter spokesman")
UMBRELLA_SCORE = 85.0  # score when the actor is an umbrella ("the government") of the speaker's
ACCUSED_SCORE = 80.0  # a described denier ("a baker … rejects") answering a claim naming the actor
POSSESSED_FACTOR = 0.9  # "Lena Hart's publicist": the publicist matched alone counts this much
WORDS_CACHE = 65_536  # texts whose words are remembered (a few questions' candidates)
SHORT_WORD = 3  # words this short (and acronyms) must match exactly
MISSPELT_NAME = 85.0  # a full name asked with a short part misspelt ("paul rud", "jon smith")
JOINED_NAME = 90.0  # a name written run together or apart ("@PawanDurani", "Rashad abdelQader")
JOINED_MIN = 8  # letters a run-together name needs before it is compared as one word
JOINED_MATCH = 0.9  # OSA similarity of the run-together names ("abdlqader" for "abdelqader")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*['’]?")
_POSSESSIVE = re.compile(r"['’]s?$")
_HYPHENATED = re.compile(r"\b([^\W\d_]{2,})-([^\W\d_]{2,})\b")  # "cease-fire", not "2-0"
_POSSESSED = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<head>[^'’]+)$")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
ANAPHOR_WINDOW = 600  # "the commissioner" names the speaker last mentioned this many chars before
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")  # a quotation within one paragraph
# "the commissioner said": a definite role noun not followed by who it is ("the minister, X",
# "The photographer who took the picture, Sam Ortiz,", "the singer Mia Laurent")
_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?P<role>[a-z]+)\b(?!\s*,|\s+(?:of|for|at|to|in)\b"
    r"|\s+(?:who|which|that)\b[^,.;:\n]{0,80},\s+[A-Z]|\s+[A-Z][\w'’-]+\s+[A-Z])"
)


@cache
def _actor_words() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.rows("actor_words.tsv")}


@cache
def _roles() -> frozenset[str]:
    """Job nouns ("commissioner", "agent", "spokesman") from roles.txt; not the nouns of any
    person ("the woman", person_nouns.txt), which bring in someone new as often as not."""
    people = lexicon.words("person_nouns.txt")
    return frozenset(
        row[0]
        for row in lexicon.rows("roles.txt")
        if len(row) > 1 and row[1] == "role" and row[0] not in people
    )


@cache
def role_nouns() -> frozenset[str]:
    """Nouns that say what someone is: the job nouns and the generic actor words ("office")."""
    return _roles() | {w for w, kind in _actor_words().items() if kind == "generic"}


def _fold(text: str) -> str:
    """Lower case, accents dropped, "U.S." → "us"."""
    text = _DOTTED.sub(lambda m: m.group().replace(".", ""), text).casefold()
    if text.isascii():
        return text  # nothing to decompose: the common case, and by far the cheapest
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded words of `text` with possessives removed: "Tiger Woods' agent" → tiger woods agent."""
    return list(_words(text))


@lru_cache(maxsize=WORDS_CACHE)
def _words(text: str) -> tuple[str, ...]:
    """`words`, remembered: one question reads the same statements' words several times. A
    hyphenated compound gives its parts and then the two written as one ("cease-fire": cease,
    fire, ceasefire), so "ceasefire" asked finds it."""
    folded = _fold(text)
    found = [_POSSESSIVE.sub("", w) for w in _WORD.findall(folded)]
    joined = [a + b for a, b in _HYPHENATED.findall(folded)] if "-" in folded else []
    return tuple(found + joined)


def _forms(word: str) -> set[str]:
    return {word, word.removesuffix("s"), stem(word)}


@cache
def token_similarity(a: str, b: str) -> float:
    """0–100 similarity of two folded words, tolerant of typos and inflection (OSA distance)."""
    if a == b:
        return 100.0
    if min(len(a), len(b)) <= SHORT_WORD:
        return 0.0
    if stem(a) == stem(b):
        return 95.0
    return max(100.0 * OSA.normalized_similarity(x, y) for x in _forms(a) for y in _forms(b))


def best_similarity(word: str, candidates: Iterable[str]) -> float:
    """The best similarity of `word` to any candidate; 0 below TOKEN_MATCH."""
    if isinstance(candidates, (set, frozenset)) and word in candidates:
        return 100.0  # the word itself: nothing scores higher
    best = max((token_similarity(word, c) for c in candidates), default=0.0)
    return best if best >= TOKEN_MATCH else 0.0


def coverage(wanted: list[tuple[str, float]], candidates: set[str]) -> float:
    """0–100: the weighted share of the wanted words found (fuzzily) among the candidates."""
    total = sum(weight for _, weight in wanted)
    if not total or not candidates:
        return 0.0
    found = sum(weight * best_similarity(word, candidates) for word, weight in wanted)
    return found / total


@cache
def _skip_words() -> frozenset[str]:
    return frozenset(w for w, kind in _actor_words().items() if kind == "skip")


@lru_cache(maxsize=8192)  # the same speakers and orgs are read for every question
def _acronym(text: str) -> str | None:
    """Initials of the capitalised words: "Department of Homeland Security" → "dhs"."""
    skip = _skip_words()
    found = re.findall(r"[A-Za-z][\w.’']*", text)
    parts = [w for w in found if w[0].isupper() and w.lower() not in skip]
    letters = "".join(w.replace(".", "") if "." in w else w[0] for w in parts)
    return letters.lower() if len(letters) >= 2 else None


def initials(name: str) -> str | None:
    """The initials a name may be asked by ("fsa" of "Food Standards Agency"), for names of two
    capitalised words or more; None otherwise."""
    return _acronym(name) if len(re.findall(r"\b[A-Z]", name)) >= 2 else None


@cache
def _synonyms() -> dict[str, frozenset[str]]:
    """Word → the other words of its group in actor_synonyms.tsv, and a country's name and
    demonyms (`country_synonyms`)."""
    return lexicon.related([*lexicon.groups("actor_synonyms.tsv"), *country_synonyms()])


def _role_abbreviations(found: set[str], text: str) -> set[str]:
    """The abbreviations of the roles `text` (whose words are `found`) writes out ("ceo" of
    "chief executive Mark Duval"; role_abbreviations.txt)."""
    said = None
    out = set()
    for short, written in _written_roles():
        if written[0] in found:  # most texts hold no word of any: no phrase to look for
            said = said if said is not None else f" {' '.join(words(text))} "
            if f" {' '.join(written)} " in said:
                out.add(short)
    return out


@cache
def _written_roles() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(abbreviation, the words of the role written out) of role_abbreviations.txt."""
    return tuple((row[0], tuple(words(row[1]))) for row in lexicon.rows("role_abbreviations.txt"))


def synonym_words(actor: str | None) -> list[str]:
    """The other words of the actor's words' groups in actor_synonyms.tsv, to search for them
    too: "the Lib Dems" → liberal, democrats."""
    found = [other for word in words(actor or "") for other in sorted(_synonyms().get(word, ()))]
    return list(dict.fromkeys(found))


def written_out_roles(actor: str | None) -> list[str]:
    """The words of the roles an actor abbreviates, to search for them too: "the CEO" →
    chief, executive (role_abbreviations.txt)."""
    asked = set(words(actor or ""))
    return [w for short, written in _written_roles() if short in asked for w in written]


def _field_words(text: str) -> set[str]:
    found = set(_named_words(text))
    found |= {other for w in list(found) for other in _synonyms().get(w, ())}
    acronym = _acronym(text)
    if acronym:
        found.add(acronym)
    found |= _role_abbreviations(found, text)
    for run in _CAPITAL_RUN.findall(text):  # "the EU" of "Observers from the European Union"
        inner = _acronym(run)
        if inner and len(run.split()) >= 2:
            found.add(inner)
    for prefix in (_ABBREVIATION_FIRST, _OWNER_FIRST):
        prefixed = prefix.match(text.strip())
        short = _acronym(prefixed.group(1)) if prefixed else None
        if short:  # "UK Civil Aviation Authority" is the "CAA" too
            found.add(short)
    return found


# Capitalised words in a row, "of"/"for"/"and" allowed between them: one name inside a phrase
_CAPITAL_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w’'.-]*)+")
# A name opening with an abbreviation ("UK", "U.S.", "EU"): the country it belongs to
_ABBREVIATION_FIRST = re.compile(r"^(?:the\s+)?(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})\s+([A-Z].+)$")
# A name after its owner ("Britain's Information Commissioner's Office"): the "ICO" too
_OWNER_FIRST = re.compile(r"^(?:the\s+)?[A-Z][\w.-]*['’]s\s+([A-Z].+)$")


def actor_words(actor: str) -> list[tuple[str, float]]:
    """The actor's words with weights: articles dropped, role words light."""
    table = _actor_words()
    weighted = []
    for word in words(actor):
        kind = table.get(word)
        if kind != "skip":
            weighted.append((word, GENERIC_WEIGHT if kind == "generic" else 1.0))
    return weighted


@cache
def _umbrellas() -> dict[str, tuple[str, ...]]:
    """Umbrella word → member names, from actor_umbrellas.tsv, then capitals for their
    countries (`capital_umbrellas`) where the table has no entry of its own."""
    hand = {
        row[0]: tuple(m.strip() for m in row[1].split(",") if m.strip())
        for row in lexicon.rows("actor_umbrellas.tsv")
    }
    return {**capital_umbrellas(), **hand}


@lru_cache(maxsize=4096)
def _umbrella_members(word: str) -> tuple[str, ...]:
    """The bodies an umbrella word speaks through, the word allowed a typo ("governmnet")."""
    table = _umbrellas()
    if word in table:
        return table[word]
    if len(word) <= SHORT_WORD + 2:
        return ()  # a short word is only ever itself
    close = [key for key in table if token_similarity(word, key) >= TOKEN_MATCH]
    return table[max(close, key=lambda key: token_similarity(word, key))] if close else ()


def umbrella_words(actor: str | None) -> list[str]:
    """The words of the bodies an umbrella actor speaks through, to search for them too:
    "Moscow" → kremlin, russia, russian."""
    members = [m for word in words(actor or "") for m in _umbrella_members(word)]
    return list(dict.fromkeys(w for member in members for w in member.split()))


def _umbrella_score(actor: str, statement: Statement) -> float:
    """UMBRELLA_SCORE when the actor is an umbrella ("the Obama administration") and the
    speaker is one of its bodies ("Department of Homeland Security spokeswoman")."""
    asked = words(actor)
    members = [m for word in asked for m in _umbrella_members(word)]
    if not members:
        return 0.0
    said = " " + " ".join(w for text in _fields(statement) for w in words(text)) + " "
    return UMBRELLA_SCORE if any(f" {member} " in said for member in members) else 0.0


def _named_words(text: str) -> list[str]:
    """The words of `text` that name someone, without those that never do ("the", "of";
    "skip" in actor_words.tsv)."""
    return [w for w in words(text) if _actor_words().get(w) != "skip"]


def _outlet_kind_score(actor: str, statement: Statement) -> float:
    """UMBRELLA_SCORE when the actor is an outlet by its kind alone ("the paper", "the
    newspaper"; outlet_nouns.txt) and the speaker is an outlet ("Yorkshire Post")."""
    asked = _named_words(actor)
    kinds = lexicon.words("outlet_nouns.txt")
    named_by_kind = bool(asked) and all(w in kinds for w in asked)
    return UMBRELLA_SCORE if named_by_kind and is_outlet(statement.speaker or "") else 0.0


def _fields(statement: Statement) -> list[str]:
    names = [statement.speaker, statement.speaker_norm, statement.org, statement.role]
    return [name for name in [*names, *statement.aliases] if name]


def _is_relational(text: str, wanted: list[tuple[str, float]]) -> bool:
    """True for "supporters of the militia" when the question does not ask for supporters
    (in any number: "his friend" asks for "one of his friends")."""
    asked = {stem(word) for word, _ in wanted}
    table = _actor_words()
    return any(table.get(w) == "relational" and stem(w) not in asked for w in words(text))


def _name_inside_actor(wanted: list[tuple[str, float]], statement: Statement) -> float:
    """NAMED_IN_ACTOR when all distinctive words of the speaker's name appear in the actor
    asked for: "the Coastal Herald" names the speaker "Herald"."""
    asked = {word for word, weight in wanted if weight == 1.0}
    table = _actor_words()
    name = statement.speaker or ""
    if _is_relational(name, wanted):
        return 0.0
    distinctive = [w for w in words(name) if table.get(w) is None]
    if distinctive and all(best_similarity(w, asked) for w in distinctive):
        return NAMED_IN_ACTOR
    return 0.0


def _direct_score(wanted: list[tuple[str, float]], statement: Statement) -> float:
    direct: set[str] = set()
    scores = [0.0]
    for text in _fields(statement):
        if _is_relational(text, wanted):
            scores.append(RELATIONAL_PENALTY * coverage(wanted, _field_words(text)))
        else:
            direct |= _field_words(text)
    scores.append(coverage(wanted, direct))
    return max(scores)


def reads_the_sentence(actor: str) -> bool:
    """The actor's score may depend on the statement's own sentence, not only on the names of
    its speaker (`_unmarked_owner`: "tiger woods agent", "NHL commissioner")."""
    found = _named_words(actor)
    return len(found) >= 2 and found[-1] in role_nouns()


def _unmarked_owner(actor: str, statement: Statement) -> float:
    """An owner written without "'s" before a role noun ("tiger woods agent", "NHL
    commissioner"). The role matched alone counts POSSESSED_FACTOR when the statement's own sentence
    names the owner too (a Pentagon spokesman is no "Kremlin spokesman")."""
    if not reads_the_sentence(actor):
        return 0.0
    found = _named_words(actor)
    said = set(words(statement.sentence)) | set(words(statement.proposition or ""))
    if not all(best_similarity(w, said) for w in found[:-1]):
        return 0.0
    return POSSESSED_FACTOR * _direct_score([(found[-1], 1.0)], statement)


def role_aliases(text: str, speakers: Iterable[tuple[str, Iterable[str]]]) -> dict[str, set[str]]:
    """Role nouns an article uses for its speakers: "Gary Bettman denied … But the commissioner
    said …" gives Gary Bettman the alias "the commissioner". `speakers` are (speaker, names the
    article uses for them). A definite singular role noun outside quotation marks names the
    speaker mentioned last before it, within ANAPHOR_WINDOW characters, unless another role
    noun comes between ("Hunter's spokesman pushed back … the spokesperson said")."""
    speakers = list(speakers)
    jobs = {speaker: _jobs(speaker, names) for speaker, names in speakers}
    mentions = sorted((end, speaker) for _, end, speaker in name_mentions(text, speakers))
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    found: dict[str, set[str]] = {}
    for match in _ANAPHOR.finditer(text):
        role, at = match.group("role"), match.start()
        if role not in _roles() or role.endswith("s") or any(a < at < b for a, b in quoted):
            continue
        before = [m for m in mentions if at - ANAPHOR_WINDOW <= m[0] <= at]
        if not before:
            continue
        speaker = before[-1][1]
        if jobs[speaker] and not any(same_role(role, job) for job in jobs[speaker]):
            continue  # "A spokeswoman … said the minister had flown": someone else's job
        between = words(text[before[-1][0] : at])
        if not any(word in _roles() for word in between):
            found.setdefault(speaker, set()).add(f"the {role}")
    return found


def _jobs(speaker: str, names: Iterable[str]) -> set[str]:
    """The job nouns among a speaker's names ("spokeswoman" of "spokeswoman for the
    Department for Transport")."""
    return {w for name in (speaker, *names) for w in words(name) if w in _roles()}


# ", the YouTube personality who …" / ", a 17-year-old senior at …," right after a name: what
# the article calls that person. Up to APPOSITIVE_WORDS words, cut at a clause or a quotation.
APPOSITIVE_WORDS = 8
_APPOSITIVE = re.compile(
    r",\s+(?P<desc>(?:the|a|an|[A-Z][\w.-]*[’']s)\s+[^,.;:!?“”\"()\n]{2,80}?)"
    r"(?=\s*(?:[,.;:!?()]|\s(?:who|which|that|whose|said|says|told|has|had|is|was)\b))"
)
# "Nigeria's chief of defense staff, Air Chief Marshal Alex Badeh": a description opening the
# sentence (or following a dash), then the name with up to three title words before it
_DESCRIPTION_BEFORE = re.compile(
    r"(?:^|(?<=[.!?”\"]\s)|(?<=\n)|(?<=[—–]\s))"
    r"(?P<desc>(?:The|A|An|[A-Z][\w.-]*[’']s)\s+[^,.;:!?“”\"()\n]{2,80}?),\s+"
    r"(?:[A-Z][\w.]*\s+){0,3}$"
)


# "said the nephew, Daniel Osei, had been hired": a lower-case description inside a sentence,
# then the name, set off by commas on both sides (checked after the name)
_DESCRIPTION_INSIDE = re.compile(
    r"(?<=\s)(?P<desc>(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*),"
    r"\s+(?:[A-Z][\w.]*\s+){0,3}$"
)


# a capitalised word that may start a full name: not a sentence opener ("But Lin said")
_NAME_WORD = r"[A-Z][a-z’'-]+"
MAX_FIRST_NAMES = 2  # "Josh Paler Lin" for "Paler Lin", "Mohammed Islam" for "Islam"
_FIRST_NAMES = re.compile(rf"\b((?:{_NAME_WORD}\s+){{1,{MAX_FIRST_NAMES}}})$")


def full_name_aliases(text: str, speakers: Iterable[str]) -> dict[str, set[str]]:
    """The full names an article gives speakers it quotes by surname: "Mohammed Islam" for
    "Islam" when the article writes "Mohammed Islam" somewhere. Words that open sentences or
    are common English words ("But Islam said", "The Lin family") are not first names."""
    found: dict[str, set[str]] = {}
    skip = lexicon.words("stopwords.txt") | lexicon.words("sentence_starters.txt")
    for speaker in speakers:
        if not speaker[:1].isupper() or len(speaker.split()) > 2:
            continue
        for mention in re.finditer(rf"\b{re.escape(speaker)}\b", text):
            before = _FIRST_NAMES.search(text, max(0, mention.start() - 40), mention.start())
            if before is None:
                continue
            first = before.group(1).split()
            while first and first[0].casefold() in skip:  # "But Josh Lin": "Josh"
                first.pop(0)
            if first and not any(w.casefold() in skip for w in first):
                found.setdefault(speaker, set()).add(f"{' '.join(first)} {speaker}")
    return found


def appositive_aliases(
    text: str, speakers: Iterable[tuple[str, Iterable[str]]]
) -> dict[str, set[str]]:
    """Descriptions an article gives its speakers in apposition: "Josh Paler Lin, the YouTube
    personality who uploaded the video, …" gives him "the YouTube personality"; "Nigeria's chief
    of defense staff, Alex Badeh, …" gives "Nigeria's chief of defense staff". `speakers` are
    (speaker, names the article uses for them); only names of two or more words and acronyms
    ("CCTV, China's state-run broadcaster") are looked up, a bare surname may be somebody
    else's."""
    found: dict[str, set[str]] = {}
    for start, end, speaker in name_mentions(text, speakers, min_words=2):
        for desc in _descriptions_at(text, start, end):
            found.setdefault(speaker, set()).add(desc)
    return found


def name_mentions(
    text: str, speakers: Iterable[tuple[str, Iterable[str]]], min_words: int = 1
) -> list[tuple[int, int, str]]:
    """(start, end, speaker) of every capitalised name of a speaker in the text, found in one
    pass (the longest name where several start at one place)."""
    owners: dict[str, list[str]] = {}
    for speaker, names in speakers:
        for name in {speaker, *names}:
            long_enough = len(name.split()) >= min_words or _is_acronym(name)
            if name and name[:1].isupper() and long_enough:
                owners.setdefault(name, []).append(speaker)
    if not owners:
        return []
    found = []
    taken_to = 0
    for start, name in _whole_words(text, owners):
        if start >= taken_to:  # left to right, the longest name where several start
            found.extend((start, start + len(name), speaker) for speaker in owners[name])
            taken_to = start + len(name)
    return found


def _whole_words(text: str, names: Iterable[str]) -> list[tuple[int, str]]:
    """(start, name) of each place a name stands as whole words, by start and longest first:
    plain string search, as a pattern made of one article's names would be compiled anew for
    every article read."""
    places = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            if _boundary(text, at) and _boundary(text, at + len(name)):
                places.append((at, name))
            at = text.find(name, at + 1)
    return sorted(places, key=lambda place: (place[0], -len(place[1])))


def _boundary(text: str, at: int) -> bool:
    """A word boundary (regular expressions' \\b) lies at `at`."""
    before = at > 0 and _is_word_char(text[at - 1])
    after = at < len(text) and _is_word_char(text[at])
    return before != after


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _is_acronym(name: str) -> bool:
    """ "CCTV", "NASA": one word in capitals names an organisation, not a bare surname."""
    return " " not in name and len(name) >= 2 and name.isupper()


def _descriptions_at(text: str, start: int, end: int) -> list[str]:
    """The appositive descriptions just after and just before one mention of a name."""
    out = []
    after = _APPOSITIVE.match(text, end)
    before = _DESCRIPTION_BEFORE.search(text, max(0, start - 100), start)
    inside = _DESCRIPTION_INSIDE.search(text, max(0, start - 60), start)
    if inside is not None and not (text.startswith(",", end) and _names_a_person(inside)):
        inside = None  # "spoke to the press, Anna Lind said": no apposition closed after her
    for match in (after, before, inside):
        if match is None:
            continue
        desc = " ".join(match.group("desc").split())
        if len(desc.split()) <= APPOSITIVE_WORDS:
            out.append(desc)
    return out


def _names_a_person(description: re.Match[str]) -> bool:
    """A description whose head is a relative or a role ("the nephew", "his lawyer")."""
    head = description.group("desc").split()[-1].lower()
    return head in kin_nouns() or role_gender(head, "role")[0]


@lru_cache(maxsize=8192)
def is_person(statement: Statement) -> bool:
    """The statement's speaker is a person (named, or described by a role such as "manager"),
    not an organisation, an outlet or a group: who "he" or "she" may be."""
    if not statement.speaker:
        return False
    if statement.org and statement.org.casefold() == statement.speaker.casefold():
        return False  # an organisation speaking as itself ("Stridely rejected the claim")
    kind = parse_actor(statement.speaker).kind
    return kind == "person" or (kind == "group" and statement.role is not None)


@lru_cache(maxsize=8192)
def person_gender(statement: Statement) -> str | None:
    """The gender a speaker's role or title gives ("spokeswoman", "Mrs"), else None."""
    role = (statement.role or "").split()
    if role and (gender := role_gender(role[-1].lower(), "role")[1]):
        return gender
    names = [statement.speaker, *statement.aliases]
    return next((g for n in names if n and (g := parse_actor(n).gender)), None)


def actor_score(actor: str, statement: Statement) -> float:
    """0–100: how well `actor` names the statement's speaker, org, role or one of its aliases."""
    wanted = actor_words(actor)
    if not wanted or _owner_differs(actor, statement):
        return 0.0
    score = max(
        _direct_score(wanted, statement),
        _name_inside_actor(wanted, statement),
        _unmarked_owner(actor, statement),
        _umbrella_score(actor, statement),
        _outlet_kind_score(actor, statement),
        _spokesperson_score(wanted, statement),
        _misspelt_name(wanted, statement),
        _joined_name(actor, statement),
    )
    possessed = _POSSESSED.match(actor.strip())
    if possessed:  # "Lena Hart's publicist" is first of all a publicist
        head = actor_words(possessed.group("head"))
        if head:
            head_score = _direct_score(head, statement)
            if not head_score and not _speaks_for(statement):
                score *= RELATIONAL_PENALTY  # Lena Hart herself is not her publicist
            if _owned_by_another(possessed.group("owner"), statement):
                head_score = 0.0  # "Lila Moreau's publicist" is not Nadia Vale's
            score = max(score, POSSESSED_FACTOR * head_score)
    return score


def _owned_by_another(owner: str, statement: Statement) -> bool:
    """The statement's speaker speaks for a person named (org "Nadia Vale") whom the owner
    asked about ("Lila Moreau" of "Lila Moreau's publicist") does not name. An organisation
    may speak for a person ("Putin's spokesman" of the Kremlin's Peskov)."""
    wanted = actor_words(owner)
    if not wanted or not statement.org or first_name_gender(statement.org) is None:
        return False
    return not _direct_score(
        wanted, Statement(position=0, kind="statement", sentence="", speaker=statement.org)
    )


_OWNER_GENDER = {"his": "m", "her": "f"}  # "his publicist": the publicist of a man


def _owner_differs(actor: str, statement: Statement) -> bool:
    """ "his publicist" is not the publicist of the woman a statement's speaker speaks for
    (org "Lila Moreau"), nor "her lawyer" a man's: the owner's gender against the first name
    of whom the speaker speaks for."""
    wanted = _OWNER_GENDER.get(actor.strip().split(" ", 1)[0].lower())
    owner = first_name_gender(statement.org) if wanted and statement.org else None
    return owner is not None and owner != wanted


def _misspelt_name(wanted: list[tuple[str, float]], statement: Statement) -> float:
    """MISSPELT_NAME when the actor is a person's full name with one short part off by a
    letter ("paul rud" for Paul Rudd): too short for `token_similarity`, but the other part
    matches exactly and the parts stand in the same order."""
    asked = [word for word, weight in wanted if weight == 1.0]
    if len(asked) < 2:
        return 0.0
    for name in (statement.speaker or "", *statement.aliases):
        parts = words(name)
        if len(parts) != len(asked) or not any(a == b for a, b in zip(asked, parts, strict=True)):
            continue
        if all(_close(a, b) for a, b in zip(asked, parts, strict=True)):
            return MISSPELT_NAME
    return 0.0


def _joined_name(actor: str, statement: Statement) -> float:
    """JOINED_NAME when the actor and a name of the speaker are the same letters once run
    together, allowing a letter's slip: a handle ("@PawanDurani" for Pawan Durani) or a name
    spaced another way ("Rashad abdelQader" for Rashad Abdel Qader)."""
    asked = "".join(words(actor))
    if len(asked) < JOINED_MIN:
        return 0.0
    for name in (statement.speaker or "", *statement.aliases):
        joined = "".join(words(name))
        if len(joined) >= JOINED_MIN and OSA.normalized_similarity(asked, joined) >= JOINED_MATCH:
            return JOINED_NAME
    return 0.0


def _close(asked: str, named: str) -> bool:
    """The same word, a typo `token_similarity` allows, or a short word with one letter left
    out or added that starts with the same letter ("rud"/"rudd", "jon"/"john"); a letter
    changed makes another name ("Tim" is not "Tom")."""
    if asked == named or token_similarity(asked, named) >= TOKEN_MATCH:
        return True
    short = min(len(asked), len(named)) >= SHORT_WORD and asked[0] == named[0]
    return short and abs(len(asked) - len(named)) == 1 and OSA.distance(asked, named) == 1


def _spokesperson_score(wanted: list[tuple[str, float]], statement: Statement) -> float:
    """SPOKESPERSON_SCORE for one who speaks for the actor asked about: "Hunter spokesman Joe
    Kasper" (org "Hunter") answers for "Duncan Hunter", every word of the org in the actor."""
    org = _named_words(statement.org or "")
    if not org or not _speaks_for(statement):
        return 0.0
    asked = {word for word, _ in wanted}
    return SPOKESPERSON_SCORE if all(best_similarity(w, asked) for w in org) else 0.0


def _speaks_for(statement: Statement) -> bool:
    """True when a role word such as "spokesman" or "office" describes the speaker: one who
    speaks for somebody else ("Hunter's office" is answered by "Hunter spokesman Joe Kasper")."""
    generic = {w for w, kind in _actor_words().items() if kind == "generic"}
    return any(w in generic for text in _fields(statement) for w in words(text))


def _described(statement: Statement) -> bool:
    """True when the speaker is given only by a description ending or starting in a role
    noun: "The Department of Homeland Security spokeswoman", "his agent"."""
    found = words(statement.speaker or "")
    return bool(statement.role) and bool(found) and statement.role.casefold() in found


def _bare_name(statement: Statement) -> bool:
    """True for a person introduced by name alone ("said Marsha Catron"): no role, no org, and
    not a thing the sentence goes on to describe with "which" ("Sky Sports, which holds the
    UK rights, said") nor an organisation by its name ("The United Nations said")."""
    speaker = statement.speaker or ""
    parts = speaker.split()
    named = len(parts) >= 2 and all(p[:1].isupper() for p in parts)
    if not named or statement.role or statement.org:
        return False
    at = statement.sentence.find(speaker)
    if at < 0:
        return True
    if _THE_BEFORE.search(statement.sentence, 0, at):
        return False  # "The United Nations said": an organisation by its name, not a person
    return _WHICH_AFTER.match(statement.sentence, at + len(speaker)) is None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # "The" right before the name
_WHICH_AFTER = re.compile(r",\s+which\b")  # ", which holds the UK rights," right after it


def bridged_aliases(text: str, statements: Iterable[Statement]) -> dict[int, tuple[str, ...]]:
    """Names a bare-named speaker takes from the described speaker of the sentence right
    before: "The DHS spokeswoman disputed the claim. / 'It is false,' said Marsha Catron."
    makes Marsha Catron the DHS spokeswoman. Both statements must be of one kind, and only the
    first described speaker of that sentence counts, and never for one the story named before it
    ("guitarist Leo Dunn … a spokesman said. / Dunn wrote …"). Keyed by the named statement's
    position."""
    ordered = sorted(statements, key=lambda s: s.position)
    spans: dict[int, tuple[int, int]] = {}
    for st in ordered:
        start = text.find(st.sentence)
        if start >= 0:
            spans[st.position] = (start, start + len(st.sentence))
    found: dict[int, tuple[str, ...]] = {}
    for named in ordered:
        if not _bare_name(named) or named.position not in spans:
            continue
        start = spans[named.position][0]
        before = [
            st
            for st in ordered
            if st.position in spans
            and spans[st.position][1] <= start
            and not text[spans[st.position][1] : start].strip()
        ]
        if not before or not _described(before[0]) or before[0].kind != named.kind:
            continue
        described = before[0]
        if _named_before(text, named, spans[described.position][0]):
            continue  # "guitarist Leo Dunn" earlier: Dunn is known, not the one just described
        names = [described.speaker, described.org, *described.aliases]
        found[named.position] = tuple(dict.fromkeys(n for n in names if n))
    return found


def _named_before(text: str, named: Statement, end: int) -> bool:
    """The named speaker's surname stands in the text before `end`."""
    surname = words(named.speaker or "")[-1:]
    return bool(surname) and surname[0] in words(text[:end])


def _described_in_lower_case(statement: Statement) -> bool:
    """True for a speaker the sentence gives only as a common noun ("A baker … has been
    accused …, a charge she rejects"): written in lower case where the sentence names it."""
    name = statement.speaker or ""
    at = statement.sentence.casefold().find(name.casefold()) if name else -1
    return at >= 0 and statement.sentence[at : at + len(name)].islower()


def accused_score(actor: str, statement: Statement, claim: Statement | None) -> float:
    """ACCUSED_SCORE for a denial by a speaker the article only describes ("a baker") of a
    claim that names the actor asked about ("… said Maggie Jones insulted them"): the one
    accused is the one denying. One who speaks for an organisation ("a spokesman for Harbour
    Records") answers for it, not for the one named."""
    if statement.kind != "denial" or claim is None or not _described_in_lower_case(statement):
        return 0.0
    if statement.org:
        return 0.0
    asked = [word for word, weight in actor_words(actor) if weight == 1.0]
    named = set(words(claim.proposition or claim.sentence)) - set(words(claim.speaker or ""))
    return ACCUSED_SCORE if asked and all(best_similarity(w, named) for w in asked) else 0.0


ACTOR_MIN = 75.0  # actor_score from which a statement counts as the question's actor's
_GENERIC_ORGS = lexicon.words("generic_org_nouns.txt")


def the_one_org_meant(actor: str, statements: list[Statement]) -> str | None:
    """The organisation "the company" means ("did the company deny …?") among statements none
    of whose speakers is called so: the one organisation speaking, in its own name or by a
    spokesperson (Kerran Lines, of "Ferry operator Kerran Lines has denied …"); None when
    the actor is no such noun, some speaker answers to it, or several organisations speak."""
    words_asked = actor.lower().split()
    if len(words_asked) != 2 or words_asked[0] != "the" or words_asked[1] not in _GENERIC_ORGS:
        return None
    if any(actor_score(actor, s) >= ACTOR_MIN for s in statements):
        return None
    orgs = {s.org for s in statements if s.org and not is_outlet(s.org) and _org_voice(s)}
    return orgs.pop() if len(orgs) == 1 else None


def _org_voice(statement: Statement) -> bool:
    """The organisation speaks, in its own name or by its spokesperson."""
    own = statement.speaker == statement.org
    return own or (statement.role or "") in lexicon.words("spokesperson_roles.txt")
