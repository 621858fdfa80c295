"""Who speaks: parse a speaker phrase into name, role, organisation and anonymity, and tie
"Peskov", "the spokesman", "he" to the nearest compatible actor seen earlier in the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from bot.statements.first_names import first_name_gender, is_first_name
from bot.statements.syntax import is_common_plural
from bot.text import lexicon
from bot.text.lemmas import is_dictionary_word
from bot.text.words import stopwords

# Subject pronoun -> gender ("m", "f" or None).
PRONOUNS = {
    row[0].lower(): row[1] if len(row) > 1 else None for row in lexicon.rows("pronouns.tsv")
}
_DETERMINERS = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_HANDLE = re.compile(r"\s*@\w+")
_NAME_TOKEN = re.compile(r"^(?:[A-Z0-9][\w'’.\-]*|[a-z]+[A-Z][\w'’\-]*|@\w+)$")
_CONNECTORS = lexicon.words("name_connectors.txt")  # "Bank of England", "von der Leyen"
# Nouns for a text that speaks ("the report said"); those of an outlet name it ("the Bloomberg
# report").
_REPORT_NOUNS = lexicon.words("report_heads.tsv")
_OUTLET_TEXTS = frozenset(
    r[0].lower() for r in lexicon.rows("report_heads.tsv") if "outlet" in r[1:]
)
_PAREN = re.compile(r"\s*\([^)]*\)")
_PREFIX = re.compile(r"\b(?:then|ex)-(?=[A-Z])")
# "But Hunter, a member of ...": an opening conjunction is no part of the speaker.
_OPENERS = "|".join(
    re.escape(r[0]) for r in lexicon.rows("subject_openers.tsv") if "actor" in r[1:]
)
_LEADING_CONJUNCTION = re.compile(rf"^(?:{_OPENERS})\s+(?=\S)", re.IGNORECASE)
# "spokesman for the ministry": a role linked to its organisation.
_ROLE_LINKS = "|".join(re.escape(r[0]) for r in lexicon.rows("org_links.tsv") if "role" in r[1:])
_LINK = re.compile(rf"\s+(?:{_ROLE_LINKS})\s+(?:the\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Actor:
    """A parsed speaker phrase."""

    speaker: str
    kind: str  # person | org | outlet | group | pronoun | ref
    org: str | None = None
    role: str | None = None
    anonymous: bool = False
    gender: str | None = None
    surface: str = ""

    @property
    def norm(self) -> str:
        return normalise(self.speaker)


def normalise(name: str) -> str:
    """Lower-cased canonical key: no article, no possessive, single spaces."""
    key = _DETERMINERS.sub("", name.strip()).lower().replace("’", "'")
    return re.sub(r"\s+", " ", key)


@cache
def _roles() -> dict[str, tuple[str, str | None]]:
    table: dict[str, tuple[str, str | None]] = {}
    for row in lexicon.rows("roles.txt"):
        gender = row[2] if len(row) > 2 else None
        table.setdefault(f"{row[1]}:{row[0]}", (row[1], gender))
    return table


def role_gender(word: str, kind: str) -> tuple[bool, str | None]:
    """Whether `word` (lower case) is listed with `kind` (role|title), and its gender."""
    hit = _roles().get(f"{kind}:{word}")
    return (hit is not None, hit[1] if hit else None)


@cache
def _outlets() -> dict[str, str]:
    return {row[0].lower(): row[0] for row in lexicon.rows("outlets.txt")}


def is_outlet(name: str) -> bool:
    """A known outlet, or a capitalised name ending or opening with an outlet word ("Religion
    News Service", "the Daily Flash")."""
    clean = _DETERMINERS.sub("", name.strip())
    if clean.lower() in _outlets():
        return True
    tokens = clean.split()
    return (
        len(tokens) >= 2
        and all(_NAME_TOKEN.match(t) or t in _CONNECTORS for t in tokens)
        and (
            _ending(tokens, 1) in lexicon.words("outlet_suffixes.txt")
            or _ending(tokens, 2) in lexicon.words("outlet_suffixes.txt")
            or tokens[0].lower() in lexicon.words("outlet_prefixes.txt")
        )
    )


def _ending(tokens: list[str], size: int) -> str:
    """The last `size` words, lower-cased ("news agency")."""
    return " ".join(tokens[-size:]).lower()


def is_anonymous(phrase: str) -> bool:
    return lexicon.first_match("anonymous_sources.txt", phrase) is not None


def _org_name_after_and(tokens: list[str], at: int) -> bool:
    """The capitalised words after the "and" at `at` close the phrase and end an
    organisation's name ("Devon and Cornwall Police"): one name, not two speakers ("Mark and
    Jane Cole")."""
    rest = tokens[at + 1 :]
    return bool(rest) and all(_NAME_TOKEN.match(t) for t in rest) and _is_org_name(rest[-1:])


_POSSESSIVE_END = re.compile(r"['’]s?$")  # "Council's", "Airways'"


def _is_org_name(tokens: list[str]) -> bool:
    words = lexicon.words("org_words.txt")
    if any(_POSSESSIVE_END.sub("", t.lower().strip(".,")) in words for t in tokens):
        return True
    if all(_is_acronym(t) for t in tokens):
        return True  # "CBS DFW": a run of acronyms never names a person
    return len(tokens) == 1 and _has_inner_capital(tokens[0])


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) >= 2 and letters.isupper()


def _has_inner_capital(token: str) -> bool:
    return token[:1].isupper() and any(c.isupper() for c in token[1:]) and "." not in token


def _capital_runs(tokens: list[str]) -> list[tuple[int, int]]:
    """Index ranges of capitalised runs, connectors allowed between capitalised words."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not _NAME_TOKEN.match(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if _NAME_TOKEN.match(tokens[j]):
                j += 1
            elif (
                tokens[j].lower() in _CONNECTORS
                and j + 1 < len(tokens)
                and _NAME_TOKEN.match(tokens[j + 1])
            ):
                j += 2
            elif tokens[j] == "and" and _org_name_after_and(tokens, j):
                j += 2  # "Devon and Cornwall Police", "the Food and Drug Administration"
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _strip_titles(tokens: list[str]) -> tuple[list[str], str | None]:
    gender = None
    while len(tokens) > 1:
        listed, g = role_gender(tokens[0].lower(), "title")
        if not (listed and tokens[0][:1].isupper()):
            break
        gender = gender or g
        tokens = tokens[1:]
    return tokens, gender


_PORTFOLIO_NOUNS = frozenset({"secretary", "minister"})  # the roles a portfolio comes before


def _role_start(tokens: list[str], at: int) -> int:
    """Where the role whose noun is tokens[at] starts: with a government portfolio before
    "secretary" or "minister" ("Transport Secretary", portfolios.txt), then the modifiers that
    belong to it ("deputy press secretary", role_modifiers.txt)."""
    noun = tokens[at].lower().strip(".,'’") if 0 <= at < len(tokens) else ""
    portfolios = lexicon.words("portfolios.txt")
    if at > 0 and noun in _PORTFOLIO_NOUNS and tokens[at - 1].lower() in portfolios:
        at -= 1
    while at > 0 and tokens[at - 1].lower() in lexicon.words("role_modifiers.txt"):
        at -= 1
    return at


def _last_role(tokens: list[str]) -> tuple[int, str | None, str | None]:
    """Index, words and gender of the last role noun among `tokens` (-1 when none), with a
    modifier before it that belongs to it ("press secretary")."""
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].lower().strip(".,'’")
        listed, gender = role_gender(word, "role")
        if listed:
            job = _job_before_rank(tokens, i)
            if job is not None:  # "ministry spokesman Colonel Petr Marek": the spokesman
                return job
            start = _role_start(tokens, i)  # "Transport Secretary", "chief technology officer"
            word = " ".join([*(t.lower() for t in tokens[start:i]), word])
            return i, word, gender
    return -1, None, None


def _job_before_rank(tokens: list[str], i: int) -> tuple[int, str, str | None] | None:
    """A role in lower case before a capitalised one written as a rank before the name
    ("spokesman" of "ministry spokesman Colonel Petr Marek"): the job, the rank a title."""
    if not tokens[i][:1].isupper():
        return None
    for j in range(i - 1, -1, -1):
        word = tokens[j].strip(".,'’")
        listed, gender = role_gender(word.lower(), "role")
        if listed and word.islower():
            return j, word, gender
    return None


_PAPER_TITLE = re.compile(r"^[Tt]he\s+([A-Z][a-z]+)$")  # "The Courier": a paper by its title


def _without_handle(phrase: str) -> str:
    """The phrase without a social-media handle beside a name ("Donald Trump @realDonaldTrump"),
    but with the handle when it is the only name there is ("an account called @StormWatchTX")."""
    bare = _HANDLE.sub("", phrase)
    return bare if re.search(r"[A-Z]", bare) else phrase


# "A statement from the ministry", "a letter signed by 40 doctors": what the speaker issued
_ISSUED_BY = re.compile(
    r"^(?:a|an|the)\s+(?:(?:joint|written|brief|short|separate|new|later)\s+)?(?P<medium>[a-z-]+)"
    r"\s+(?:from|by|issued\s+by|released\s+by|signed\s+by|on\s+behalf\s+of)\s+(?P<who>\S.*)$",
    re.IGNORECASE,
)


def parse_actor(phrase: str) -> Actor:
    """Parse a speaker phrase such as "Kremlin spokesman Dmitry Peskov" or "a source"."""
    surface = phrase.strip(" ,.;:")
    clean = _PAREN.sub("", _without_handle(surface)).strip().lstrip("-–—•*· ")  # a list bullet
    clean = _PREFIX.sub("", clean)
    clean = _LEADING_CONJUNCTION.sub("", clean)  # "But Hunter, a member of ..."
    issued = _ISSUED_BY.match(clean)
    if issued and issued.group("medium").lower() in lexicon.words("statement_media.txt"):
        clean = issued.group("who")  # "A statement from Norway's foreign ministry": the ministry
    words = clean.split()
    if len(words) > 1 and words[-1].lower() in lexicon.words("reflexive_pronouns.txt"):
        clean = " ".join(words[:-1])  # "Alves himself"
    last = clean.split()[-1].lower() if clean.split() else ""
    if last in PRONOUNS and len(clean.split()) > 1:
        clean = clean.split()[-1]
    low = clean.lower()
    if low in PRONOUNS:
        return Actor(clean, "pronoun", gender=PRONOUNS[low], surface=surface)
    title = _PAPER_TITLE.match(surface)
    if title and title.group(1).lower() in lexicon.words("outlet_titles.txt"):
        return Actor(title.group(1), "outlet", title.group(1), None, False, None, surface)
    related = _related_to(clean, surface)
    if related is not None:
        return related
    named = _named_with_description(clean, surface) or _described_then_named(clean, surface)
    if named is not None:
        return named
    trade = _org_by_trade(clean)
    if trade is not None:
        return Actor(trade, "org", trade, None, False, None, surface)
    outlet_name = _outlet_by_trade(clean)
    if outlet_name is not None:
        return Actor(outlet_name, "outlet", outlet_name, None, False, None, surface)
    anonymous = is_anonymous(clean)
    body = _DETERMINERS.sub("", clean)
    tokens = body.split()
    outlet = _report_outlet(tokens)
    if outlet:
        return Actor(outlet, "outlet", anonymous=False, surface=surface)
    speaking_for = None if anonymous else _speaking_for(tokens, surface)
    if speaking_for is not None:
        return speaking_for
    tokens = _counted_head(tokens)
    role_at, role, gender = _last_role(tokens)
    person = None if anonymous else _person_after(tokens, role_at)
    if person:
        name, title_gender = person
        org = _org_after_name(tokens, role_at) or _org_before(tokens, role_at)
        known = gender or title_gender or first_name_gender(name)
        return Actor(name, "person", org, role, False, known, surface)
    described = None if anonymous or role else _described_person(tokens)
    if described:
        return Actor(described, "person", None, None, False, first_name_gender(described), surface)
    tail_org = None if anonymous else _tail_org(tokens)
    if tail_org and role is None:
        return Actor(tail_org, "org", tail_org, None, anonymous, None, surface)
    kind = "group" if anonymous else _kind_without_person(tokens, clean, role)
    org = _org_in(tokens, role_at) if kind != "outlet" else body
    if kind == "org":
        org = body
    speaker = body if kind in {"org", "outlet"} else strip_article(clean)
    return Actor(speaker, kind, org, role, anonymous, gender, surface)


def _speaking_for(tokens: list[str], surface: str) -> Actor | None:
    """ "A spokesman for actor Tom Hanks", "Representatives for pop singer Lila Moreau": one
    who speaks for a person the phrase describes and names is the speaker, not that person
    (whose role and name close the phrase)."""
    at = next((i for i, t in enumerate(tokens) if t.lower() == "for"), None)
    if at is None or not 0 < at <= 2 or at == len(tokens) - 1:
        return None
    _, role, gender = _last_role(tokens[:at])
    if role is None or not speaks_for_others(role.split()[-1].lower()):
        return None
    principal = parse_actor(" ".join(tokens[at + 1 :]))
    head = " ".join(tokens[:at])
    if _a_role_alone(principal) and principal.surface.islower():  # hers, not the minister's
        return Actor(f"{head} for {principal.surface}", "group", None, role, False, gender, surface)
    if principal.kind != "person":
        return None
    return Actor(
        f"{head} for {principal.speaker}", "group", principal.speaker, role, False, gender, surface
    )


_HEAD_ENDS = frozenset({"in", "for", "at", "from", "on", "with"})  # not "of": "one of the sources"


def _counted_head(tokens: list[str]) -> list[str]:
    """A phrase opening with a count up to its first preposition ("Both candidates" of "Both
    candidates in the race for mayor"): the mayor is the race's, not the candidates' role."""
    if not tokens or tokens[0].lower() not in lexicon.words("count_words.txt"):
        return tokens
    end = next((i for i, t in enumerate(tokens) if i > 1 and t.lower() in _HEAD_ENDS), None)
    return tokens if end is None else tokens[:end]


def _a_role_alone(actor: Actor) -> bool:
    """ "the prime minister", "the mayor": one person named by a role alone, no name, no
    organisation, not a plural ("the officials"). "A spokeswoman for the prime minister" is the
    spokeswoman, not a prime minister."""
    role = (actor.role or "").split()
    return (
        actor.kind == "group"
        and actor.org is None
        and bool(role)
        and actor.speaker.lower() == " ".join(role).lower()
        and not _plural_role(actor.role)
    )


_ONE_OF = re.compile(r"^one\s+of\b", re.IGNORECASE)  # "one of his friends": one person
_INITIAL = re.compile(r"^[A-Z]\.$")
MAX_NAME_TOKENS = 4  # "Sonya A. Zoghlin", "Jean-Noël de la Croix" at most


_RELATED = re.compile(
    r"^(?:the|a|an|his|her|their|its)?\s*(?P<head>(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*))"
    r"\s+of\s+(?P<owner>.+)$",
    re.IGNORECASE,
)


@cache
def kin_nouns() -> frozenset[str]:
    """Nouns of those related to someone else: kin_nouns.txt, and the "relational" words of
    actor_words.tsv (family, friends, supporters)."""
    rows = lexicon.rows("actor_words.tsv")
    return lexicon.words("kin_nouns.txt") | {r[0] for r in rows if r[1] == "relational"}


@cache
def _relational_nouns() -> frozenset[str]:
    """`kin_nouns`, and those who speak for someone (spokesperson_roles.txt: "the agent of
    striker Diego Ruiz")."""
    return kin_nouns() | lexicon.words("spokesperson_roles.txt")


def _related_to(clean: str, surface: str) -> Actor | None:
    """ "The family of veteran actor Frank Doyle", "the agent of striker Diego Ruiz": the family
    or the agent speaks, not the person the phrase names after its "of"."""
    found = _RELATED.match(clean)
    if found is None or found.group("noun").lower() not in _relational_nouns():
        return None
    owner = parse_actor(found.group("owner"))
    if owner.kind != "person":
        return None
    noun = found.group("noun").lower()
    gender = role_gender(noun, "role")[1]  # "the brother of …" is a man
    speaker = f"{found.group('head')} of {owner.speaker}"
    return Actor(speaker, "group", owner.speaker, noun, False, gender, surface)


def _described_person(tokens: list[str]) -> str | None:
    """A person's full name right after a noun of a description in lower case that names no
    known role ("Tour de France stage winner Luca Bellini", "Olympic champion Sara Lind"): the
    name, when its first word is a first name."""
    for size in (2, 3):
        at = len(tokens) - size - 1
        before = tokens[at] if at >= 0 else ""
        if not (before[:1].islower() or (at == 0 and _names_a_doer(before))):
            continue  # "Sprinter Kemi Adeyemi" opening a headline is lower case in a sentence
        if before.lower() in stopwords():
            continue  # "a neighbour of John Smith" is not John Smith
        name = tokens[-size:]
        known = first_name_gender(" ".join(name)) is not None
        if _looks_like_a_name(name) and (known or (size == 2 and _names_a_doer(before))):
            return " ".join(name)
    return None


def _names_a_doer(word: str) -> bool:
    """A noun of what a person does ("sprinter", "novelist"; person_noun_endings.txt) or a
    person noun ("champion"; person_nouns.txt), not a company's trade ("retailer")."""
    low = word.lower()
    if low in lexicon.words("org_descriptors.txt") or not low.isalpha():
        return False
    endings = lexicon.words("person_noun_endings.txt")
    doer = any(low.endswith(e) and len(low) > len(e) + 2 for e in endings)
    return doer or low in lexicon.words("person_nouns.txt")


def _looks_like_a_name(tokens: list[str]) -> bool:
    """Two to four capitalised words or initials that name no organisation, outlet or role:
    "Rob Goldman", "Sonya A. Zoghlin"."""
    if not 2 <= len(tokens) <= MAX_NAME_TOKENS:
        return False
    if not all((_NAME_TOKEN.match(t) and t[0].isalpha()) or t in _CONNECTORS for t in tokens):
        return False
    if _is_org_name(tokens) or is_outlet(" ".join(tokens)) or _INITIAL.match(tokens[-1]):
        return False
    return _last_role(tokens)[1] is None


def _named_with_description(clean: str, surface: str) -> Actor | None:
    """ "Name, description" ("Rob Goldman, President Ascom North America"; "Sonya A. Zoghlin,
    Carlineo's attorney"): the person is the name; the description gives role and org."""
    head, comma, rest = clean.partition(",")
    rest = rest.strip(" ,")
    if not comma or not rest or not _looks_like_a_name(head.split()):
        return None
    described = parse_actor(rest)
    org = described.org if described.kind in {"person", "group", "org"} else None
    role = described.role
    return Actor(head.strip(), "person", org, role, False, described.gender, surface)


MAX_NAMING_DESCRIPTION = 4  # words of "a satirical news website" before "called"


@cache
def _naming() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon.words("naming_words.txt"), key=len))
    return re.compile(
        rf"^(?P<desc>(?i:a|an|the)\s+[^,]+?)\s+(?:{words})\s+(?P<name>(?:[A-Z]|@\w).*)$"
    )


def _described_then_named(clean: str, surface: str) -> Actor | None:
    """ "A website called Daily Buzz Now", "a man named John Smith": the actor is the name, a
    person when the description is a person noun or a role, else an organisation."""
    found = _naming().match(clean)
    if found is None or len(found.group("desc").split()) > MAX_NAMING_DESCRIPTION:
        return None
    name = strip_article(found.group("name").strip())
    described = _DETERMINERS.sub("", found.group("desc")).split()
    _, role, gender = _last_role(described)
    if role is not None or described[-1].lower() in lexicon.words("person_nouns.txt"):
        return Actor(name, "person", None, role, False, gender, surface)
    if described[-1].lower() in lexicon.words("outlet_descriptors.txt"):
        return Actor(name, "outlet", name, None, False, None, surface)  # "a website called …"
    return Actor(name, "org", name, None, False, None, surface)


def _is_name(tokens: list[str]) -> bool:
    """A few capitalised words, particles between them: "Holtmann Motors", "Corriere dello
    Sport"."""
    return (
        0 < len(tokens) <= MAX_NAME_TOKENS
        and all(_NAME_TOKEN.match(t) or t in _CONNECTORS for t in tokens)
        and _NAME_TOKEN.match(tokens[-1]) is not None
    )


def _org_by_trade(clean: str) -> str | None:
    """The name after a trade that describes an organisation ("Carmaker Holtmann Motors",
    "tech giant Apple"; org_descriptors.txt), when the rest is capitalised like a name."""
    tokens = _DETERMINERS.sub("", clean).split()
    for i, token in enumerate(tokens[:2]):
        if i and not token.islower():
            continue  # "the Health Service Executive": a word of a name
        if token.lower() in lexicon.words("org_descriptors.txt"):
            name = tokens[i + 1 :]
            return " ".join(name) if _is_name(name) else None
    return None


MAX_OUTLET_DESCRIPTION = 3  # words up to the trade: "the US news website Vox"


def _outlet_by_trade(clean: str) -> str | None:
    """The name after a word that describes a news outlet, written in lower case ("Italian
    newspaper La Gazzetta", "Spanish daily El Pais"; outlet_descriptors.txt)."""
    tokens = _DETERMINERS.sub("", clean).split()
    for i, token in enumerate(tokens[:MAX_OUTLET_DESCRIPTION]):
        if token in lexicon.words("outlet_descriptors.txt"):
            name = tokens[i + 1 :]
            return " ".join(name) if _is_name(name) else None
    return None


def is_report_phrase(phrase: str) -> bool:
    """ "A report from Vancouver", "the Bloomberg story": a speaker phrase headed by a report."""
    tokens = [t.lower().strip(",.") for t in _DETERMINERS.sub("", phrase.strip()).split()]
    nouns = _OUTLET_TEXTS  # "the letter said" is a letter, not a report
    if not tokens:
        return False
    if tokens[0] in nouns or (len(tokens) <= 4 and tokens[-1] in nouns):
        return True
    # "an exclusive report in the Daily Mirror": the noun before the phrase's first preposition
    head = next((i for i, t in enumerate(tokens) if t in _REPORT_PREPOSITIONS), None)
    return head is not None and 0 < head <= 3 and tokens[head - 1] in nouns


_REPORT_PREPOSITIONS = frozenset({"in", "from", "by", "on", "at"})


def _report_outlet(tokens: list[str]) -> str | None:
    """ "The Bloomberg report" / "a report from Benzinga" -> the outlet's name."""
    low = [t.lower().strip(",.") for t in tokens]
    hits = [i for i, t in enumerate(low) if t in _OUTLET_TEXTS]
    if not hits:
        return None
    at = hits[0]
    before = tokens[:at]
    named = before and all(_NAME_TOKEN.match(t) for t in before) and not _last_role(before)[1]
    owner = _POSSESSIVE_END.sub("", " ".join(before))  # "The Ledger's report": the Ledger
    if named and (not _plural_text(low[at]) or is_outlet(owner)):
        return owner  # "Bloomberg reports said", not "Some reports said"
    after = tokens[at + 1 :]
    if len(after) >= 2 and low[at + 1] in {"from", "in", "by", "on"}:
        name = " ".join(t for t in after[1:] if t.lower() != "the").strip(",.")
        # "a report by The Information": whoever wrote it, by name; "from Vancouver" is a place
        written_by = low[at + 1] == "by" and all(_NAME_TOKEN.match(t) for t in after[1:])
        if name and (is_outlet(name) or written_by):
            return name
    return None


def _plural_text(noun: str) -> bool:
    """ "reports", "stories": many texts, whose capitalised first word ("Some", "Media") is
    seldom an outlet's name."""
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    return noun.endswith("s") and singular in _OUTLET_TEXTS


def _person_after(tokens: list[str], role_at: int) -> tuple[str, str | None] | None:
    """A person's name right after the role word ("spokesman Dmitry Peskov"), or the whole
    phrase when it is a name ("Rear Adm. John Kirby"); "at CIBC" style tails are allowed."""
    tail = tokens[role_at + 1 :]
    if role_at < 0:
        while tail and tail[0].lower() in {"former", "late", "the"}:
            tail = tail[1:]
    field = 1 if role_at >= 0 and tail and tail[0].lower() == "of" else 0
    while field and field < len(tail) and tail[field][:1].islower():
        if tail[field].lower() in stopwords():
            field = 0  # "The leader of the Red Band": an organisation after "of the"
            break
        field += 1  # "Director of communications Jane Doe": the name after the field
    if field > 1 and len(tail) - field >= 2:
        tail = tail[field:]
    link = next((i for i, t in enumerate(tail) if t.lower() in _NAME_LINKS), None)
    if link is not None and link > 0:
        tail = tail[:link]
    owner = _owner_before_name(tail) if role_at < 0 else None
    if owner is not None:
        tail = tail[owner[1] :]  # "Apple's Tim Cook": the person after the owner
    if not tail or not all(_NAME_TOKEN.match(t) or t.lower() in _CONNECTORS for t in tail):
        return None
    name_tokens, gender = _strip_titles(tail)
    if not _NAME_TOKEN.match(name_tokens[0]) or _is_org_name(name_tokens):
        return None
    if is_outlet(" ".join(name_tokens)) or len(name_tokens) > 5:
        return None
    if len(name_tokens) == 1 and role_at < 0 and len(tail) == 1 and len(tokens) > 1:
        return None
    if len(tokens) == 1 and role_at < 0 and is_common_plural(tokens[0]):
        return None  # "Witnesses said": people, not a surname
    if role_at < 0 and len(name_tokens) == 3 and _describes_by_a_doer(name_tokens[0]):
        name_tokens = name_tokens[1:]  # "Sprinter Kemi Adeyemi" opening a headline
    return " ".join(name_tokens), gender


def _describes_by_a_doer(word: str) -> bool:
    """A capitalised first word that is a noun of what a person does and no first name
    ("Sprinter", not "Hunter" or "Taylor")."""
    return _names_a_doer(word) and not is_first_name(word)


_NAME_LINKS = frozenset({"at", "of", "for", "with", "from"})  # "Sara Bell of Unite"
MAX_ORG_AFTER = 6  # words of an organisation's name after a person's ("of the Red Cross")


def _owner_before_name(tokens: list[str]) -> tuple[str, int] | None:
    """ "Apple's Tim Cook", "Goldman Sachs's Lloyd Blankfein": the capitalised owner before a
    full name of two to four words, and where the name starts."""
    at = next((i for i, t in enumerate(tokens) if _POSSESSIVE_END.search(t)), None)
    if at is None or not 2 <= len(tokens) - at - 1 <= MAX_NAME_TOKENS:
        return None
    owner = [*tokens[:at], _POSSESSIVE_END.sub("", tokens[at])]
    if not all(_NAME_TOKEN.match(t) for t in owner) or not _looks_like_a_name(tokens[at + 1 :]):
        return None
    return " ".join(owner), at + 1


def _org_after_name(tokens: list[str], role_at: int) -> str | None:
    """The organisation named right after a person's name: "Sara Bell of Unite", "Ravi Shah
    from the World Bank", "Peter Hall with the Red Cross"; or before it as its owner ("Apple's
    Tim Cook")."""
    tail = tokens[role_at + 1 :]
    owner = _owner_before_name(tail) if role_at < 0 else None
    if owner is not None:
        return owner[0]
    link = next((i for i, t in enumerate(tail) if t.lower() in _NAME_LINKS), None)
    if link is None or link == 0:
        return None
    rest = tail[link + 1 :]
    if rest and rest[0].lower() == "the":
        rest = rest[1:]
    if not 0 < len(rest) <= MAX_ORG_AFTER or not rest[0][:1].isupper():
        return None
    if not all(_NAME_TOKEN.match(t) or t.lower() in _CONNECTORS for t in rest):
        return None
    return " ".join(rest)


_WHERE_PREPOSITIONS = frozenset({"on", "via", "through", "across", "over", "onto", "into"})


def _tail_org(tokens: list[str]) -> str | None:
    """ "The government watchdog group Judicial Watch" -> "Judicial Watch"; a name right after an
    organisation noun is an organisation's ("the watchdog group Open Ledger")."""
    runs = _capital_runs(tokens)
    if not runs or runs[-1][1] != len(tokens) or runs[-1][0] == 0:
        return None
    name = tokens[runs[-1][0] :]
    before = tokens[runs[-1][0] - 1].lower()
    if before in _WHERE_PREPOSITIONS:  # "a message circulating on WhatsApp": where, not who
        return None
    described = before in lexicon.words("generic_org_nouns.txt")
    if not _is_org_name(name) and not is_outlet(" ".join(name)) and not described:
        return None
    links = lexicon.words("org_links.tsv")
    if any(t.lower() in links for t in tokens[: runs[-1][0]]):
        return None
    return " ".join(name)


def _org_before(tokens: list[str], role_at: int) -> str | None:
    role_at = _role_start(tokens, role_at)  # "Prime Minister", "Home Secretary": the role's
    if role_at <= 0:
        return None
    runs = [r for r in _capital_runs(tokens[:role_at])]
    if not runs:  # "zoo director", "company spokeswoman": the organisation by its common
        noun = tokens[role_at - 1]  # noun, for the article to name
        owner = _POSSESSIVE_END.sub("", noun) if _POSSESSIVE_END.search(noun) else None
        if owner and (owner in org_nouns() or noun.endswith(("s'", "s’"))):
            return owner  # "the army's spokesman", "the rebels' spokesman": whose voice
        return noun if noun in org_nouns() else None
    start, end = runs[-1]
    if tokens[start].lower() in lexicon.words("possessive_determiners.txt"):
        start += 1  # "Its sports editor": a pronoun's, not an organisation's
    not_names = lexicon.words("tenure_words.txt") | lexicon.words("role_modifiers.txt")
    while start < end and tokens[start].lower() in not_names:
        start += 1  # "Former health minister", "Acting police chief": no organisation
    if end - start == 1 and tokens[start].lower() in lexicon.words("count_words.txt"):
        return None  # "One source", "One of the officials": a count, not "Three Rivers Council"
    if _sentence_case(tokens, start, end, role_at):
        return " ".join(tokens[start:role_at])  # "Student union president": the union
    if _field_of_expertise(tokens, start, end, role_at):
        return None  # "Security researcher Tom Hale": what he knows, not whom he works for
    owner = next((i for i in range(start, end - 1) if _POSSESSIVE_END.search(tokens[i])), None)
    if owner is not None:
        end = owner + 1  # "Oxfam's Asia director": Oxfam's, its region no organisation
    name = " ".join(tokens[start:end]).removesuffix("'s").removesuffix("’s")
    if role_gender(name.lower(), "role")[0]:
        return None  # a headline's "Striker's agent": whose agent is told by a role, no name
    return name or None


@cache
def _expertise() -> dict[str, str]:
    """Word → "field" or "expert" (expertise_fields.tsv)."""
    return {row[0]: row[1] for row in lexicon.rows("expertise_fields.tsv")}


def _field_of_expertise(tokens: list[str], start: int, end: int, role_at: int) -> bool:
    """A field (expertise_fields.tsv) opening the phrase, capitalised only as its first word,
    lower-case words up to a role of expertise or one holding a portfolio: "Security
    researcher", "Data protection lawyer", "Human rights lawyer", "Transport minister"."""
    kinds = _expertise()
    return (
        start == 0
        and end == 1
        and kinds.get(tokens[0].lower()) == "field"
        and all(t[:1].islower() for t in tokens[end:role_at])
        and kinds.get(tokens[role_at].lower()) in {"expert", "portfolio"}
    )


def _sentence_case(tokens: list[str], start: int, end: int, role_at: int) -> bool:
    """An English word opening the phrase, capitalised only as its first, before a noun of
    an organisation in lower case ("Student union president Omar Said"): the organisation is
    the phrase up to the role, not the capitalised word alone ("Student")."""
    word = tokens[start].lower()
    between = [t.lower() for t in tokens[end:role_at]]
    return (
        start == 0
        and end == 1
        and bool(between)
        and all(t[:1].islower() for t in tokens[end:role_at])
        and any(t in org_nouns() for t in between)
        and is_dictionary_word(word)
    )


def _org_in(tokens: list[str], role_at: int) -> str | None:
    text = " ".join(tokens)
    link = _LINK.search(text)
    if role_at >= 0 and link:
        tail = text[link.end() :].split()
        runs = _capital_runs(tail)
        if runs and runs[0][0] == 0:
            end = runs[0][1]
            while end < len(tail) and tail[end].lower().strip(",.") in org_nouns():
                end += 1  # "a spokesman for the French army": the army, not "French"
            return " ".join(tail[:end]).strip(",.")
    return _org_before(tokens, role_at) if role_at > 0 else None


def _kind_without_person(tokens: list[str], clean: str, role: str | None) -> str:
    if is_outlet(clean):
        return "outlet"
    if role is None and tokens and all(_NAME_TOKEN.match(t) or t in _CONNECTORS for t in tokens):
        if _is_org_name(tokens) or len(tokens) >= 2 or tokens[0].isupper():
            return "org"
        return "group" if is_common_plural(tokens[0]) else "person"
    if tokens and tokens[-1].lower() in lexicon.words("org_words.txt") and role is None:
        return "org"
    return "group"


# A comma that separates phrases, not one inside a number ("964,000 people").
_APPOSITIVE_COMMA = re.compile(r",(?!(?<=\d,)\d{3}(?!\d))")


def appositive_parts(phrase: str) -> list[str]:
    """ "Jane Roe, a nurse" -> ["Jane Roe", " a nurse"]; "964,000 people" stays whole."""
    return _APPOSITIVE_COMMA.split(phrase)


def strip_article(phrase: str) -> str:
    """The phrase without a leading "the", "a" or "an" (unnamed actors keep their description
    so)."""
    return _DETERMINERS.sub("", phrase)


@cache
def _mention_regex() -> re.Pattern[str]:
    roles = sorted((k.split(":", 1)[1] for k in _roles() if k.startswith("role:")), key=len)
    alternation = "|".join(re.escape(r) for r in reversed(roles))
    name = r"[A-Z][\w'’\-]+"
    org_word = (
        r"[A-Z][\w'’\-]*(?:(?:\.[A-Z])+\.?)?"  # "Kremlin", "U.S." — not "Spain." ending a sentence
    )
    space = r"[^\S\n]+"  # within one line: a mention never spans paragraphs
    start = r"(?<![\w'’-])"  # a word from its first letter: not "man" of "fisherman"
    modifiers = "|".join(re.escape(m) for m in sorted(lexicon.words("role_modifiers.txt")))
    return re.compile(  # "Nimbus chief technology officer Omar Haddad": the modifiers too
        rf"{start}(?:{org_word}{space}){{0,3}}{start}(?i:(?:(?:{modifiers}){space})*"
        rf"(?:{alternation})){space}(?:{name}{space}){{0,2}}{name}\b"
    )


def named_mentions(text: str) -> list[str]:
    """ "Org role First Last" phrases anywhere in the text, e.g. "Kremlin spokesman Dmitry
    Peskov", used to seed coreference for people who never speak under their full name."""
    return [phrase for _, phrase in named_mention_spans(text)]


def named_mention_spans(text: str) -> list[tuple[int, str]]:
    """`named_mentions` with the offset where each starts."""
    found = []
    for match in _mention_regex().finditer(text):
        phrase = match.group(0)
        tokens = phrase.split()
        if len(tokens) >= 3 and tokens[-1][:1].isupper() and tokens[-2][:1].isupper():
            found.append((match.start(), phrase))
    return found


# looked for at every capital, so "Cyclist Tom Baird" yields "Tom Baird" after "Cyclist Tom"
_FULL_NAME = re.compile(r"\b(?=([A-Z][a-z]+[^\S\n]+[A-Z][\w'’-]*[a-z]\b))")


def person_name_spans(text: str) -> list[tuple[int, str]]:
    """ "First Last" names whose first word is a known first name ("Paul Rudd"), with the
    offset where each starts: people the text names, whether or not they speak."""
    found: list[tuple[int, str]] = []
    for match in _FULL_NAME.finditer(text):
        name = re.sub(r"['’]s$", "", match.group(1))  # "Anna Berg's lawyer": Anna Berg
        inside = found and match.start() < found[-1][0] + len(found[-1][1])
        first = name.split()[0]
        # "Paul Rudd", and "Sam Reed" of a name given to either sex; never "The Times"
        named = first_name_gender(name) is not None or (
            is_first_name(first) and first.lower() not in stopwords()
        )
        if not inside and named:
            found.append((match.start(), name))
    return found


_ORG_NAME = r"[A-Z][\w&'’-]*(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w&'’-]*){0,3}"


def sentence_subjects(
    text: str,
    spans: list[tuple[int, int]],
    people: list[tuple[int, str]],
    quoted: Sequence[tuple[int, int]] = (),
) -> dict[int, str]:
    """Sentence start -> the person (a "First Last" name of `people`, or its surname once
    named in full) the sentence before it opens with, in the same paragraph; not a possessive
    ("Moreno's agent said"). A sentence inside a quote that opened sentences before (the
    `quoted` spans, from opening to closing mark) takes the person before the quote opened:
    `Ramos was asked about it. "I am happy here. My focus is the league," he said.`"""
    subjects: dict[int, str] = {}
    for (start, end), (following, _) in zip(spans, spans[1:], strict=False):
        name = _opening_person(text, start, end, people)
        if name and "\n" not in text[end:following]:
            subjects[following] = name
    for start, _ in spans:
        opened = next((o for o, c in quoted if o < start < c), None)
        if opened is not None and start not in subjects:
            first = max((s for s, _ in spans if s <= opened), default=None)
            if first is not None and first in subjects:
                subjects[start] = subjects[first]
    return subjects


def sentence_openers(
    text: str, spans: list[tuple[int, int]], people: list[tuple[int, str]]
) -> dict[int, str]:
    """Sentence start -> the person that sentence opens with, as `sentence_subjects` reads it
    ("Brandt did not respond, but he posted …": "he" is Brandt)."""
    found = {start: _opening_person(text, start, end, people) for start, end in spans}
    return {start: name for start, name in found.items() if name}


def _opening_person(text: str, start: int, end: int, people: list[tuple[int, str]]) -> str | None:
    """The person the sentence `text[start:end]` opens with, by name or by a role and then the
    name; None when it opens otherwise."""
    opener = None
    for at, name in people:
        if start < at < end and _described_before(text[start:at], name):
            return name  # "Opposition councillor Hugh Barnes called on …"
        if at > start:
            break
        words = [name] if at == start else ([name.split()[-1]] if at < start else [])
        for word in words:
            rest = text[start + len(word) : start + len(word) + 2]
            if text.startswith(word, start) and not re.match(r"['’]s\b|[\w'’-]", rest):
                opener = name
    return opener


MAX_DESCRIPTION_WORDS = 4  # words of a role before the name a sentence opens with


def _described_before(before: str, name: str) -> bool:
    """A sentence opening with a role and then the name ("Opposition councillor Hugh
    Barnes"): a few words, nothing between them but spaces, that describe the person."""
    words = before.split()
    if not words or len(words) > MAX_DESCRIPTION_WORDS or not before.endswith(" "):
        return False
    if any(not w.isalpha() for w in words):
        return False
    return parse_actor(f"{before}{name}").speaker == name


@cache
def _described_org_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """ "the research group Open Watch" (a noun for an organisation, then its name),
    "Homeway, the home goods retailer" (the name, then the noun) and "the Islamic State group"
    (the name before a common noun of generic_org_nouns.txt)."""
    nouns = sorted(
        lexicon.words("generic_org_nouns.txt")
        | lexicon.words("org_descriptors.txt")
        | lexicon.words("outlet_descriptors.txt")
    )
    noun = "|".join(re.escape(n) for n in nouns)
    before = re.compile(  # "the research group Open Watch", "a website called Daily Buzz Now"
        rf"(?<![\w'’-])(?P<noun>{noun})(?:[^\S\n]+(?:called|named)(?:[^\S\n]+the)?)?[^\S\n]+(?P<name>{_ORG_NAME})\b"
    )
    after = re.compile(
        rf"(?P<name>{_ORG_NAME}),[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?"
        rf"(?P<noun>{noun})\b(?!['’]s)"  # not "Dana Reyes, the company's chief executive"
    )
    generic = "|".join(re.escape(n) for n in sorted(lexicon.words("generic_org_nouns.txt")))
    named = re.compile(  # "the Islamic State group", "the Wagner group": lower case, its kind
        rf"(?<![\w'’-])(?:[Tt]he)[^\S\n]+(?P<name>{_ORG_NAME})[^\S\n]+(?P<noun>{generic})\b"
    )
    return before, after, named


@cache
def _org_name_ending() -> re.Pattern[str]:
    """ "Lumen Bank", "Eastfield Zoo", "Westbury City Council": one to three capitalised words,
    then a common noun of organisations (`org_nouns`) capitalised as part of the name (not "The
    Bank of England")."""
    nouns = sorted(n for n in org_nouns() if " " not in n)
    titled = "|".join(re.escape(n.title()) for n in nouns)
    return re.compile(
        rf"(?<![\w'’-])(?!(?:The|A|An)\s)"
        rf"(?P<name>(?:[A-Z][\w&'’-]*[^\S\n]+){{1,3}}(?P<noun>{titled}))\b(?!['’]|\s+of\b)"
    )


def org_names_by_noun(text: str) -> dict[str, frozenset[str]]:
    """The organisations the text names with a noun as the last word of the name ("Lumen
    Bank"): noun ("bank") -> the names, for a "bank spokeswoman" to speak for."""
    found: dict[str, set[str]] = {}
    for match in _org_name_ending().finditer(text):
        found.setdefault(match.group("noun").lower(), set()).add(match.group("name"))
    return {noun: frozenset(names) for noun, names in found.items()}


def described_org_spans(text: str) -> list[tuple[int, str, str]]:
    """Organisations the text names beside a noun for what they are, whether or not they speak
    ("… published by the research group Open Watch", "Homeway, the home goods retailer, was
    hacked"): (offset, name, the noun), so that a later "the group" or "the company" is
    them. A sentence's opening word ("However, the company …") is no name."""
    found = []
    for pattern in _described_org_patterns():
        for match in pattern.finditer(text):
            name = match.group("name")
            if " " not in name and name.lower() in lexicon.words("stopwords.txt"):
                continue
            if first_name_gender(name):
                continue  # a person: "Dana Reyes, the company's …"
            opening = " " not in name and _opens_sentence(text, match.start("name"))
            if opening and is_dictionary_word(name):
                continue  # "Yesterday, the company …"; "Homeway, the retailer" is a name
            found.append((match.start(), name, match.group("noun")))
    return sorted(found)


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in '.!?\n"“”'


@dataclass
class Entity:
    """One actor of an article, with every name it went by."""

    actor: Actor
    names: list[str] = field(default_factory=list)
    last: int = 0
    seen_at: int = -1  # for an actor seeded from the text: where it is first named


@cache
def _rank_orgs() -> dict[str, str]:
    """Rank → the organisation noun it belongs to (rank_orgs.tsv)."""
    return {row[0].lower(): row[1].lower() for row in lexicon.rows("rank_orgs.tsv")}


# A sentence opening with one person described, not named: "A young woman at the stop saw
# it", "One witness, a retired teacher, stayed"; a few words before the noun, which ends the
# phrase (no possessive, no compound "a man-made")
_DESCRIBED_OPENING = re.compile(r"(?:A|An|One)\s+((?:[a-z][a-z-]*\s+){0,3}[a-z]+)\b(?![-'’])")


def described_subjects(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """Sentence start -> the one person, described rather than named, the sentence before it
    opens with in the same paragraph ("A young woman waiting at the bus stop saw the whole
    thing. "He just drove off," she said."): "a young woman"."""
    subjects: dict[int, str] = {}
    for (start, end), (following, _) in zip(spans, spans[1:], strict=False):
        if "\n" in text[end:following]:
            continue
        found = _DESCRIBED_OPENING.match(text, start, end)
        words = found.group(1).split() if found else []
        noun = next((i for i, w in enumerate(words) if w in _person_role_nouns()), None)
        if noun is not None:
            article = "a" if text.startswith("One", start) else text[start : text.find(" ", start)]
            subjects[following] = " ".join([article, *words[: noun + 1]])
    return subjects


@cache
def _person_role_nouns() -> frozenset[str]:
    """The singular role nouns of one person ("woman", "witness", "teacher"; roles.txt)."""
    return frozenset(row[0].lower() for row in lexicon.rows("roles.txt") if row[1] == "role")


# "the group's director", "the company's spokesman": an organisation's common noun owning
# the role
_OWNER_NOUN = re.compile(r"\bthe\s+([a-z]+)['’]s\s", re.IGNORECASE)
# "Portuguese club", "Lisbon club", "Seoul-based firm": a place's word before a common noun in
# lower case, a description of an organisation (a name capitalises its noun: "Lisbon Club")
_PLACE_AND_NOUN = re.compile(r"([A-Z][a-z]+)(?:-based)?\s+([a-z]+)")


class Resolver:
    """Coreference over one article: later mentions resolve to earlier actors."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.clock = 0
        self.at = 0  # where in the text the mention being resolved stands
        self.named_at = 0  # … its own words, when known: it may follow a name in its sentence
        self.people: list[tuple[int, str]] = []  # "First Last" names in the text, by offset
        self.org_names: dict[str, frozenset[str]] = {}  # "bank" -> {"Lumen Bank"}
        # sentence start -> the person named first in the sentence just before it, in the
        # same paragraph ("Moreno, 24, scored 22 goals. He said …": "he" is Moreno)
        self.subjects: dict[int, str] = {}
        # sentence start -> the person the sentence itself opens with: a "he" further on in
        # it ("Brandt did not respond, but he posted …") is them
        self.openers: dict[int, str] = {}
        # … and the one person it opens with described, not named ("A young woman at the
        # stop saw it. "He drove off," she said.": "she" is the young woman)
        self.described: dict[int, str] = {}
        self.org_nouns: dict[str, str] = {}  # organisation -> the noun it was described by

    def seed(self, actor: Actor, at: int = 0) -> None:
        """Register a named actor met outside any statement ("Kremlin spokesman Dmitry Peskov
        was asked ..."), named at offset `at`, so later surnames resolve to it without it
        counting as recent."""
        if actor.kind == "person" and self._find_person(actor) is None:
            self.entities.append(Entity(actor, [actor.surface, actor.speaker], 0, at))

    def seed_org(self, name: str, noun: str, at: int) -> None:
        """Register an organisation the text describes at offset `at` by a noun ("the research
        group Open Watch"), for a later "the group" to resolve to."""
        if not any(normalise(name) == e.actor.norm for e in self.entities):
            kind = "outlet" if noun in lexicon.words("outlet_descriptors.txt") else "org"
            self.entities.append(Entity(Actor(name, kind, name, surface=name), [name], 0, at))
            self.org_nouns[normalise(name)] = noun

    def resolve(
        self, actor: Actor, at: int | None = None, named_at: int | None = None
    ) -> tuple[Actor, Entity]:
        """The actor to report for this mention (in the sentence at offset `at` of the text,
        its own words at `named_at`, when known), and the entity it belongs to."""
        self.clock += 1
        if at is not None:
            self.at = at
        self.named_at = named_at if named_at is not None else self.at
        owner = _OWNER_NOUN.search(actor.surface) if actor.org is None and actor.role else None
        if owner and owner.group(1).lower() in org_nouns():  # "the group's director, X"
            actor = replace(actor, org=owner.group(1).lower())
        placed = self._described_by_place(actor.org) if actor.org else None
        if placed is not None:  # "a spokesman for the Portuguese club": Benfica, named before
            actor = replace(actor, org=placed.actor.speaker)
        by_noun = actor.role is not None and actor.org in org_nouns()
        named_org = self.org_by_noun(actor.org) if by_noun else None
        if named_org:  # "ministry spokeswoman": the ministry met so far, not one named later
            actor = replace(actor, org=named_org)
        actor = self._named_for_outlet_noun(actor)
        entity = self._find(actor)
        if entity is None:
            actor = self._full_name(actor)
            entity = Entity(actor)
            self.entities.append(entity)
        elif _better(actor, entity.actor):
            entity.actor = _merge(actor, entity.actor)
        elif entity.last == 0 and actor.kind == entity.actor.kind == "person":
            entity.actor = _merge(entity.actor, actor)  # first heard: "his spokeswoman, …"
        elif _adds_org(actor, entity.actor):  # "zoo director Marta Kowalski", "the agent of
            entity.actor = replace(entity.actor, org=actor.org)  # Diego Ruiz" for his agent
        for name in (actor.surface, actor.speaker):
            if name and name not in entity.names:
                entity.names.append(name)
        entity.last = self.clock
        return entity.actor, entity

    def resolve_by_name(self, actor: Actor) -> tuple[Actor, Entity]:
        """`resolve` for an actor that is only ever itself (the outlet's own voice): the entity
        already called by its name, else a new one; never the latest outlet met ("the
        article" is not the Facebook post it writes about)."""
        generic = actor.norm in _REPORT_NOUNS or actor.norm in lexicon.words(
            "outlet_descriptors.txt"
        )
        named = next(
            (
                e
                for e in self._recent()
                if actor.norm == e.actor.norm
                or not generic  # "the article" another outlet's was called is not this one
                and actor.norm in {normalise(n) for n in e.names}
            ),
            None,
        )
        self.clock += 1
        if named is None:
            named = Entity(actor)
            self.entities.append(named)
        for name in (actor.surface, actor.speaker):
            if name and name not in named.names:
                named.names.append(name)
        named.last = self.clock
        return named.actor, named

    def _full_name(self, actor: Actor) -> Actor:
        """A person first heard by surname ("Obi, 24, took to Instagram"), whom the text named
        in full before ("Nigerian sprinter Amara Obi had been banned"): that full name."""
        if actor.kind != "person" or " " in actor.speaker:
            return actor
        named = [n for at, n in self.people if at < self.at and n.split()[-1] == actor.speaker]
        if len(set(named)) != 1:
            return actor  # nobody, or two of that surname
        gender = actor.gender or first_name_gender(named[-1])
        return replace(actor, speaker=named[-1], gender=gender)

    def aliases(self, entity: Entity) -> tuple[str, ...]:
        out: list[str] = []
        main = normalise(entity.actor.speaker)
        extra = [entity.actor.org] if entity.actor.org else []
        for name in [*entity.names, *extra]:
            clean = _HANDLE.sub("", name).strip()
            if not clean or normalise(clean) == main or normalise(clean) in PRONOUNS:
                continue
            if normalise(clean) in lexicon.words("determiner_like.txt"):
                continue  # "Her" left over from "Her solicitor, Priya Natt"
            if normalise(clean) not in {normalise(o) for o in out}:
                out.append(clean)
        if entity.actor.kind == "person" and " " in entity.actor.speaker:
            surname = entity.actor.speaker.split()[-1]
            if normalise(surname) not in {normalise(o) for o in out}:
                out.append(surname)
        return tuple(out)

    def principal(self, actor: Actor, at: int) -> str | None:
        """Whom one speaking for somebody else speaks for, when the phrase says so only by a
        possessive ("his agent", "the actor's reps"): the person "he"/"she" stands for here,
        or the one person the article gave that role ("the actor Paul Rudd"). `at`: where
        the phrase stands in the text."""
        self.at = at
        role = (actor.role or "").lower()
        owned = _OWNED_BODY.match(actor.surface)
        if owned and owned.group(2).lower() in lexicon.words("owned_bodies.txt"):
            return self._latest_person("m" if owned.group(1).lower() == "his" else "f", actor)
        if actor.org or actor.kind not in {"group", "person"} or not speaks_for_others(role):
            return None
        pair = _PAIR.search(actor.surface)
        if pair and (pair.group(1) or pair.group(2)).lower() in lexicon.words("pair_nouns.txt"):
            return self._named_pair()  # "Representatives for the couple"
        # "his agent Paul Dunne": the role and its owner, the name aside
        described = actor.surface.replace(actor.speaker, "") if actor.kind == "person" else ""
        parts = appositive_parts(actor.surface) + [described.strip(" ,")]
        owners = (_POSSESSOR.match(part.strip()) for part in parts)
        owner = next((found for found in owners if found), None)
        if owner is None:
            return None
        word = owner.group(1).lower()
        others = [e for e in self.entities if e.actor.norm != actor.norm]
        if word in {"his", "her"}:  # the latest person met of that gender, not a role
            return self._latest_person("m" if word == "his" else "f", actor)
        people = {
            e.actor.speaker
            for e in others
            if e.actor.kind == "person" and (e.actor.role or "").split()[-1:] == [word]
        }
        if not people and word in lexicon.words("roles.txt"):
            if word in lexicon.words("person_nouns.txt"):
                return None  # "the man's attorney": a man the story may never name
            return self._story_person()
        return people.pop() if len(people) == 1 else None

    def _latest_person(self, gender: str, actor: Actor) -> str | None:
        """Whom "his"/"her" stands for: the latest person of that gender met before here,
        else the latest named before here by a first name of that gender."""
        others = [e.actor for e in self._antecedents() if e.actor.norm != actor.norm]
        people = [a for a in others if a.kind == "person" and a.gender != _other(gender)]
        # one known to be of that gender first: "her spokesman" after "Senator Ruth Calder"
        # and "The Capital Ledger reported" is Calder's, not the paper's taken for a name
        found = next((a for a in people if a.gender == gender), None) or next(iter(people), None)
        return found.speaker if found else self._named_before(gender, actor)

    def _named_pair(self) -> str | None:
        """The two people named last before here, as "A and B" ("Pop star Mira Dane and actor
        Leo Hart" for "the couple"); None when fewer than two were named."""
        named = list(dict.fromkeys(name for at, name in reversed(self.people) if at < self.at))
        return f"{named[1]} and {named[0]}" if len(named) >= 2 else None

    def _named_before(self, gender: str, actor: Actor) -> str | None:
        """The latest person of that gender named before here by a first name ("Pop star Mia
        Laurent … her publicist"), who never spoke."""
        named = [
            name
            for at, name in self.people
            if at < self.at and first_name_gender(name) == gender and name != actor.speaker
        ]
        return named[-1] if named else None

    def _story_person(self) -> str | None:
        """Whom a role nobody was given ("the actor's reps") stands for: the person the text
        named most often before it, the latest of those ("… is not actually Paul Rudd. …
        the actor's reps")."""
        named = [name for at, name in self.people if at < self.at]
        counts = Counter(named)
        return max(reversed(named), key=counts.__getitem__) if named else None

    def employer(self, actor: Actor) -> str | None:
        """The organisation a spokesperson named only by its common noun speaks for ("a
        ministry spokeswoman", "a spokesman for the company"): the latest organisation the
        article named with that noun ("The health ministry"); the organisation of a rank
        ("Chief Inspector Dana Brooks": the police; rank_orgs.tsv)."""
        role = (actor.role or "").lower()
        rank_of = _rank_orgs().get(role.split()[-1]) if role and not actor.org else None
        if rank_of:  # "Chief Inspector Dana Brooks" speaks for the police
            named = [e for e in self._named_with(rank_of) if e.actor.kind in {"org", "group"}]
            return named[0].actor.speaker if named else rank_of.capitalize()
        if actor.org or not role or role not in lexicon.words("spokesperson_roles.txt"):
            return None
        found = [w for w in re.findall(r"[a-z]+", actor.surface) if w in org_nouns()]
        for word in found:
            for entity in self._named_with(word):
                if entity.actor.kind in {"org", "outlet"}:
                    return entity.actor.speaker
        if any(w in _ANY_BUSINESS for w in found):  # "a company spokesman": the one business
            business = self._the_only_business()  # the story described by its trade
            if business:
                return business
        if any(w in lexicon.words("generic_org_nouns.txt") for w in found):
            return self._the_only_org()
        return None

    def _the_only_business(self) -> str | None:
        """The one organisation met so far that the text described by its trade ("Software
        maker Nordlight"), when a news website it quotes is an organisation too."""
        known = [e for e in self.entities if e.last > 0 or 0 <= e.seen_at < self.at]
        described = {e.actor.speaker for e in known if self._described_by_trade(e)}
        return described.pop() if len(described) == 1 else None

    def _described_by_trade(self, entity: Entity) -> bool:
        noun = self.org_nouns.get(entity.actor.norm)
        return noun is not None and noun in lexicon.words("org_descriptors.txt")

    def _the_only_org(self) -> str | None:
        """The one organisation met so far ("a company spokesperson" where Apple alone has
        spoken), else None."""
        orgs = {e.actor.speaker for e in self._antecedents() if _may_be_an_org(e.actor)}
        return orgs.pop() if len(orgs) == 1 else None

    def _named_with(self, word: str) -> list[Entity]:
        """The actors the article named with `word` ("ministry" of "The health ministry"),
        the latest first."""
        return [
            e
            for e in self._recent()
            if any(word in n.lower().split() for n in [*e.names, e.actor.speaker])
        ]

    def _recent(self) -> list[Entity]:
        return sorted(self.entities, key=lambda e: e.last, reverse=True)

    def _find(self, actor: Actor) -> Entity | None:
        if actor.kind == "pronoun":
            return self._find_pronoun(actor)
        if _AGE.fullmatch(actor.speaker):  # "The 17-year-old" (no name, though it looks like one)
            return self._find_by_age(actor.speaker)
        key = actor.norm
        if key in _OUTLET_TEXTS or key in lexicon.words("outlet_descriptors.txt"):
            # "The report, citing people familiar …", "The tabloid said": the latest outlet
            # ("the statement", "the letter" are the latest speaker's: _find_definite)
            # … unless a speaker met is one by that noun ("a Western intelligence report said")
            told = [e for e in self._recent() if _told_as(e.actor.speaker, key)]
            outlet = told[0] if told else self._find_outlet()  # not an earlier "…, report says"
            if outlet is not None:
                return outlet
        for entity in self._recent():
            if key in {normalise(n) for n in entity.names} or key == entity.actor.norm:
                return entity
            if actor.kind == "person" and " " not in actor.speaker and _same_person(actor, entity):
                return entity  # a bare surname is the latest person of that surname
        if actor.kind == "person":
            return self._find_person(actor)
        if actor.kind == "group" and actor.role is None and " " not in actor.speaker:
            named = self._find_surname(actor.speaker)  # "Alves" is no plural of a noun
            if named is not None:
                return named
        if actor.kind == "org" and actor.speaker.lower() in lexicon.words("generic_org_nouns.txt"):
            return self._find_named_org(actor)
        placed = self._described_by_place(actor.speaker) if actor.kind == "org" else None
        if placed is not None:  # "The Lisbon club said"
            return placed
        if actor.kind in {"org", "outlet"}:
            return self._find_org(actor)
        if actor.speaker.lower() in lexicon.words("outlet_descriptors.txt"):
            return self._find_outlet()
        return self._find_kin(actor) or self._find_definite(actor)

    def _described_by_place(self, name: str) -> Entity | None:
        """ "the Portuguese club", "the Lisbon club", "the Seoul-based firm": an organisation
        named before, described by where it is and a common noun (generic_org_nouns.txt): the
        one whose name holds the place's word ("the Kiev club" of Dynamo Kiev), else the latest
        organisation met; None when the phrase names one itself or none was met."""
        found = _PLACE_AND_NOUN.fullmatch(name)
        nouns = lexicon.words("generic_org_nouns.txt")
        if found is None or found.group(2) not in nouns or self._named_with(found.group(0)):
            return None
        place = found.group(1).lower()
        orgs = [e for e in self._antecedents() if e.last > 0 and may_be_an_org_name(e.actor)]
        named = [e for e in orgs if place in " ".join([e.actor.speaker, *e.names]).lower().split()]
        return (named or orgs or [None])[0]

    def _find_outlet(self) -> Entity | None:
        """ "The newspaper, citing people familiar with the matter, said": the latest outlet
        met before it ("The Wall Street Journal reported …"), else None."""
        return next((e for e in self._antecedents() if e.actor.kind == "outlet"), None)

    def _antecedents(self) -> list[Entity]:
        """Who a pronoun may stand for, latest first: the actors already met, then those
        seeded from the text and named before the pronoun, the nearest first (a person named
        only further on is never "he")."""
        met = [e for e in self._recent() if e.last > 0]
        seeded = [e for e in self.entities if e.last == 0 and 0 <= e.seen_at < self.at]
        return met + sorted(seeded, key=lambda e: e.seen_at, reverse=True)

    def _find_pronoun(self, actor: Actor) -> Entity | None:
        word = actor.speaker.lower()
        subject = self._sentence_subject(actor) if word in {"he", "she"} else None
        if subject is not None:
            return subject
        for entity in self._antecedents():
            other = entity.actor
            if word in {"he", "she"}:
                one = _ONE_OF.match(other.speaker) is not None  # "one of his friends"
                if other.kind != "person" and not (other.kind == "group" and (other.role or one)):
                    continue
                if other.kind == "group" and not one and _plural_role(other.role):
                    continue  # "Officials said …" is never "she"
                if other.gender and actor.gender and other.gender != actor.gender:
                    continue
                return entity
            if word in {"it", "they"} and other.kind in {"org", "outlet", "group"}:
                return entity
        return self._named_person(actor) if word in {"he", "she"} else None

    def _sentence_subject(self, actor: Actor) -> Entity | None:
        """The person the pronoun's own sentence opens with, else the one the sentence before
        opens with, when the pronoun may be them (news style: "Moreno, 24, scored 22 goals
        last season. He said …" is Moreno, not the club that declined to comment a
        paragraph before)."""
        own = self.openers.get(self.at) if self.named_at > self.at else None
        name = own or self.subjects.get(self.at)
        if name is None:
            return self._described_subject(actor)
        if actor.gender and first_name_gender(name) not in {None, actor.gender}:
            return None
        found = self._find_person(parse_actor(name))
        if found is None:
            found = Entity(parse_actor(name), [name], 0, self.at)
            self.entities.append(found)
        return found

    def _described_subject(self, actor: Actor) -> Entity | None:
        """The person, described rather than named, the sentence before opens with ("A young
        woman at the stop saw it."), when the pronoun may be them: an entity of its own."""
        phrase = self.described.get(self.at)
        if phrase is None:
            return None
        described = parse_actor(phrase)
        if actor.gender and described.gender not in {None, actor.gender}:
            return None
        found = next((e for e in self.entities if e.actor.norm == described.norm), None)
        if found is None:
            found = Entity(described, [phrase], 0, self.at)
            self.entities.append(found)
        return found

    def _named_person(self, actor: Actor) -> Entity | None:
        """ "He" before anyone has spoken or been described: the latest person of that gender
        the text named by first and last name before it ("… that Ali Rezaei had visited Iran.
        He said …"), as an entity of its own."""
        name = self._named_before(actor.gender or "m", actor) if actor.gender else None
        if name is None:
            return None
        entity = Entity(replace(parse_actor(name), gender=actor.gender), [name], 0, self.at)
        self.entities.append(entity)
        return entity

    def _find_surname(self, word: str) -> Entity | None:
        """The latest person whose full name ends with `word` ("Diego Alves" for "Alves")."""
        for entity in self._recent():
            name = entity.actor.speaker.split()
            if entity.actor.kind == "person" and len(name) > 1 and name[-1] == word:
                return entity
        return None

    def _find_person(self, actor: Actor) -> Entity | None:
        return next((e for e in self._recent() if _same_person(actor, e)), None)

    def _find_org(self, actor: Actor) -> Entity | None:
        mine = actor.norm
        for entity in self._recent():
            other = entity.actor
            if other.kind == "person" or other.anonymous:
                continue  # "The Kremlin" is not Peskov, though he speaks for it; "the Mirror"
                # is not "a source said by The Mirror to be close to him"
            names = [other.norm, *(normalise(n) for n in entity.names)]
            if other.org and other.role is None:  # "MedEquip" is not its sales director
                names.append(normalise(other.org))
            if any(_same_org(mine, n) for n in names):
                return entity
        return None

    def _named_for_outlet_noun(self, actor: Actor) -> Actor:
        """ "The agency" where the text names one organisation ending in that noun, and it is
        no outlet ("the Environment Agency"): that organisation, not the latest outlet."""
        noun = actor.speaker.lower()
        if actor.kind != "org" or noun not in lexicon.words("outlet_descriptors.txt"):
            return actor
        named = [n for n in self.org_names.get(noun, frozenset()) if not is_outlet(n)]
        if len(named) != 1:
            return actor
        return replace(actor, speaker=named[0], org=named[0])

    def org_by_noun(self, org: str | None) -> str | None:
        """An organisation given by its common noun ("zoo" of "zoo director Marta Kowalski"):
        the latest organisation the article named with that word ("Eastfield Zoo", "the zoo"),
        else None: an organisation never named is nobody's to name."""
        if org is None or org not in org_nouns():
            return org
        named_with = self._named_with(org)
        # "Police in Brookdale" before the "police watchdog": the noun as the name's head
        named_with.sort(key=lambda e: _modifies_a_noun(org, [e.actor.speaker, *e.names]))
        for entity in named_with:
            actor = entity.actor
            if actor.kind == "group" and not _headed_by(org, actor.speaker):
                continue  # "senior U.S. military official" is no "military"
            if actor.kind == "person" and " " in actor.speaker:
                continue  # a headline's "Zoo" is no person, "Marta Kowalski" is
            return actor.speaker
        named = self.org_names.get(org, frozenset())
        if named:  # "bank" of "A bank spokeswoman" where the text names Lumen Bank; of two
            return next(iter(named)) if len(named) == 1 else None  # banks, neither for sure
        business = self._the_only_business() if org in _ANY_BUSINESS else None
        if business:
            return business  # "company" of "Software maker Nordlight"
        if org in lexicon.words("generic_org_nouns.txt"):
            return self._the_only_org()  # "company" of a story where Apple alone speaks
        return None

    def _find_named_org(self, actor: Actor) -> Entity | None:
        """ "the company": the latest organisation the article described with that noun ("The
        company that runs the awards, Dick Clark Productions")."""
        word = actor.speaker.lower()
        known = [e for e in self._recent() if e.last > 0 or 0 <= e.seen_at < self.named_at]
        orgs = [e for e in known if e.actor.kind == "org" or _described_as_org(e)]
        described = [
            e
            for e in orgs
            if any(word in n.lower().split() for n in e.names) or self._described_by(e, word)
        ]
        if not described and word in _ANY_BUSINESS:  # "The company" of "Homeway, the retailer"
            described = [e for e in orgs if _described_as_org(e)]
        if not described and word in lexicon.words("generic_org_nouns.txt"):
            employer = self._the_only_employer(word, known)  # "The club" of "Rovers manager Holt"
            definite = actor.surface.lower().startswith("the ")  # not a headline's "Hospital"
            return employer or (self._the_only_named(word) if definite else None)
        return described[0] if described else None

    def _the_only_named(self, word: str) -> Entity | None:
        """The one organisation the text names with the noun ("Westcoast Bank" for "the bank",
        named before as whose customers were hit), as an entity; None when it names none or
        several."""
        named = self.org_names.get(word, frozenset())
        if len(named) != 1:
            return None
        return self._seeded(next(iter(named)), word)

    def _the_only_employer(self, word: str, known: list[Entity]) -> Entity | None:
        """The one organisation the people who spoke so far speak for, none an outlet or a
        person ("Rovers" of "Rovers manager Dean Holt", not "Ortega" of "Ortega's agent"), as
        an entity a later "the club" is: None when there are none or several."""
        people = [e for e in known if e.actor.kind == "person" and e.last > 0]
        persons = [e for e in self.entities if e.actor.kind == "person"]
        names = {w for e in persons for w in e.actor.speaker.split()}
        employers = {
            e.actor.org
            for e in people
            if e.actor.org
            and e.actor.org.lower() not in org_nouns()
            and not is_outlet(e.actor.org)
            and not set(e.actor.org.split()) & names
        }
        if len(employers) != 1:
            return None
        return self._seeded(employers.pop(), word)

    def _seeded(self, name: str, word: str) -> Entity:
        """The organisation `name`, met as "the `word`" just before here, as an entity."""
        self.seed_org(name, word, max(self.named_at - 1, 0))
        return next(e for e in self.entities if e.actor.norm == normalise(name))

    def _described_by(self, entity: Entity, word: str) -> bool:
        """The text described the organisation by `word` ("the research group Open Watch" for
        "the group"), or by a trade, when `word` stands for any business ("Homeway, the home
        goods retailer" for "the company")."""
        noun = self.org_nouns.get(entity.actor.norm)
        trade = noun in lexicon.words("org_descriptors.txt") and word in _ANY_BUSINESS
        return noun is not None and (noun == word or trade)

    def _find_kin(self, actor: Actor) -> Entity | None:
        """ "The brother of James Foley": the one other person of that surname the article
        names ("Michael Foley"); None when there is none or more than one."""
        relative = (actor.org or "").split()
        if actor.role not in lexicon.words("kin_nouns.txt") or len(relative) < 2:
            return None
        surname, named = relative[-1].lower(), normalise(" ".join(relative))
        kin = [
            e
            for e in self.entities
            if e.actor.kind == "person"
            and len(e.actor.speaker.split()) >= 2
            and e.actor.speaker.split()[-1].lower() == surname
            and e.actor.norm != named
        ]
        return kin[0] if len(kin) == 1 else None

    def _find_by_age(self, head: str) -> Entity | None:
        """ "The 17-year-old" or "the teenager": the latest person described with that age."""
        age = _AGE.fullmatch(head)
        if age is None and head not in _TEEN_NOUNS:
            return None
        for entity in self._recent():
            ages = _ages(entity)
            if age is not None and int(age.group(1)) in ages or age is None and ages & set(_TEENS):
                return entity
        return None

    def _find_definite(self, actor: Actor) -> Entity | None:
        surface = actor.surface.lower()
        if not surface.startswith("the ") or actor.anonymous and actor.role in {"sources"}:
            return None
        head = surface.split()[-1]
        if head in _REPORT_NOUNS and head not in _OUTLET_TEXTS:  # "the statement", "the letter"
            return self._recent()[0] if self.entities else None
        if head in _REPORT_NOUNS:
            hits = [e for e in self._recent() if e.actor.kind == "outlet"]
            return hits[0] if hits else None
        aged = self._find_by_age(head)
        if aged is not None:
            return aged
        word = (actor.role or head).split()[-1]  # "prime minister" is a minister
        for entity in self._recent():
            other = entity.actor
            names = " ".join(entity.names).lower()
            their = (other.role or "").split()[-1:]
            if _unnamed_elsewhere(actor, entity):
                continue  # "The police spokesman" is not "a spokesman for the ministry"
            if their == [word] or re.search(rf"\b{re.escape(word)}\b", names):
                return entity
        same_job = _role_synonyms().get(word, frozenset())
        for entity in self._recent():  # "the CEO" for "the chief executive"
            their = (entity.actor.role or "").split()[-1:]
            if entity.actor.kind == "person" and their and their[0] in same_job:
                return entity
        for entity in self._recent():  # "the surgeon" for "an Italian neurosurgeon"
            if entity.actor.kind == "person" and any(
                _related(word, w) for w in re.findall(r"[a-z]+", " ".join(entity.names).lower())
            ):
                return entity
        return None


# "Representatives for the couple", "the pair's publicist": whom a role speaks for, by a noun
_PAIR = re.compile(r"\b(?:for|of)\s+the\s+(\w+)\s*$|^(?:the\s+)?(\w+)['’]s\s+\w+$", re.IGNORECASE)
# "his agent", "the actor's reps", "one of his friends": a possessive owner before the role
# "his office", "her campaign": a body of people working for the person "his"/"her" stands for
_OWNED_BODY = re.compile(r"^(his|her)\s+([a-z]+)$", re.IGNORECASE)
_POSSESSOR = re.compile(
    r"^(?:one\s+of\s+)?(?:the\s+)?(his|her|[a-z]+(?=['’]s\s))(?:['’]s)?\s+(?:[\w-]+\s+)?\w+$",
    re.IGNORECASE,
)  # "his agent", "her campaign manager", "the actor's longtime publicist"


def _told_as(speaker: str, noun: str) -> bool:
    """A speaker described by the noun and more ("Western intelligence report" of "report"),
    not the bare noun of a headline's "…, report says"."""
    words = speaker.lower().split()
    return len(words) > 1 and words[-1] == noun


def _plural_role(role: str | None) -> bool:
    """A role held by several ("officials", "sources"), not one ("boss", "actress")."""
    head = (role or "").split()[-1:]
    return bool(head) and head[0].endswith("s") and not head[0].endswith("ss")


def _qualifiers(role: str | None, phrases: list[str]) -> set[str]:
    """The words that say whose a role-holder is ("police", "governor", "ministry" in "a
    spokesman for the ministry"): not the role's own words, not function words."""
    found = re.findall(r"[^\W\d_]+(?:['’]s)?", " ".join(phrases).lower())
    words = {re.sub(r"['’]s$", "", w) for w in found} - _function_words()
    return words - set((role or "").split())


@cache
def _function_words() -> frozenset[str]:
    """Stop words and determiner-like words: never what says whose a role-holder is."""
    return stopwords() | lexicon.words("determiner_like.txt")


def _unnamed_elsewhere(actor: Actor, entity: Entity) -> bool:
    """Two unnamed holders of a role whose qualifiers differ ("The police spokesman" after "a
    spokesman for the ministry"): different people. A named person may be described anew
    ("Dmitry Peskov, Putin's spokesman" … "the Kremlin spokesman"), so is never excluded."""
    if entity.actor.kind != "group" or not actor.role or not entity.actor.role:
        return False
    if actor.anonymous or entity.actor.anonymous:
        return False  # "the Mirror's source" is the source the Mirror said was close to her
    mine = _qualifiers(actor.role, [actor.surface])
    theirs = _qualifiers(entity.actor.role, [entity.actor.surface, *entity.names])
    return bool(mine and theirs and not mine & theirs)


def may_be_an_org_name(actor: Actor) -> bool:
    """An organisation, or a name read as a person's that no first name, role or pronoun
    makes one ("Benfica", "Dynamo Kiev")."""
    if actor.kind == "org":
        return True
    first = actor.speaker.split()[0]
    return (
        actor.kind == "person"
        and actor.role is None
        and actor.gender is None
        and first_name_gender(first) is None
    )


def _may_be_an_org(actor: Actor) -> bool:
    """An organisation, or a one-word name with no role that is no known first name, which
    may be one ("Apple says …")."""
    if actor.kind == "org":
        return True
    one_word = actor.kind == "person" and " " not in actor.speaker and actor.role is None
    return one_word and first_name_gender(actor.speaker) is None


def _other(gender: str) -> str:
    return "f" if gender == "m" else "m"


def speaks_for_others(role: str) -> bool:
    """A role of those who speak for a person (functionary_roles.txt: agent, lawyer, rep, …),
    in the singular or plural."""
    listed = lexicon.words("functionary_roles.txt")
    return bool(role) and (role in listed or role.endswith("s") and role[:-1] in listed)


_AGE = re.compile(r"\b(\d{1,3})-year-old\b")
_TEEN_NOUNS = frozenset({"teenager", "teen"})
_TEENS = range(13, 20)


def _ages(entity: Entity) -> set[int]:
    """The ages an entity's descriptions give ("a 17-year-old student")."""
    return {int(n) for name in entity.names for n in _AGE.findall(name)}


def _same_person(actor: Actor, entity: Entity) -> bool:
    """True when the person `actor` names can be the entity's: same surname (or a lone first
    name), no clash of gender or of two different full names."""
    other = entity.actor
    if other.kind != "person":
        return False
    if _run_together(actor.speaker) == _run_together(other.speaker):
        return True  # "Rashad abdelQader" is "Rashad Abdel Qader"
    mine, theirs = actor.speaker.split(), other.speaker.split()
    if mine[-1] != theirs[-1] and not (len(mine) == 1 and mine[0] == theirs[0]):
        return False
    if actor.gender and other.gender and actor.gender != other.gender:
        return False
    return not (len(mine) > 1 and len(theirs) > 1 and mine != theirs)


def same_role(word: str, role: str | None) -> bool:
    """`word` names the role `role`, or a job of its group in role_synonyms.tsv ("rep" for
    "representative")."""
    word = word.lower()
    return role is not None and (word == role or word in _role_synonyms().get(role, frozenset()))


@cache
def _role_synonyms() -> dict[str, frozenset[str]]:
    """Role noun → the other nouns of its group in role_synonyms.tsv."""
    return lexicon.related(lexicon.groups("role_synonyms.tsv"))


RELATED_STEM = 5  # letters two description words share at the start to be one ("youtube")


def _related(word: str, other: str) -> bool:
    """One description word for another: a compound ending in it ("neurosurgeon" for
    "surgeon"), or one form of it ("YouTube star" for "YouTuber", "bakery" for "baker")."""
    if len(word) < RELATED_STEM or len(other) < RELATED_STEM:
        return False
    if other.endswith(word) or word.endswith(other):
        return True
    shared = word[:RELATED_STEM] == other[:RELATED_STEM]
    return shared and abs(len(word) - len(other)) <= 2 and (word in other or other in word)


def _run_together(name: str) -> str:
    """A name's letters in lower case without spaces or marks: how a name spaced another way
    is known to be the same."""
    return "".join(ch for ch in name.casefold() if ch.isalpha())


def _same_org(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and re.search(rf"\b{re.escape(short)}$", long):
        return True
    if short in org_nouns() and long.startswith(f"{short} of "):
        return True  # "the ministry" of the "Ministry of Defence", "the bank" of "Bank of …"
    initials = "".join(w[0] for w in long.split() if w not in _CONNECTORS)
    return short.replace(".", "") == initials and len(short) >= 2


def _better(new: Actor, old: Actor) -> bool:
    """A full name beats a surname (a paper's too: "Financial Courier" over "Courier"), a name
    beats a description or pronoun. A name known to be an organisation's stays one when it
    recurs looking like a person's ("Big Machine")."""
    rank = {"person": 3, "org": 2, "outlet": 2, "group": 1, "ref": 0, "pronoun": 0}
    if old.kind in {"org", "outlet"} and new.kind == "person" and new.norm == old.norm:
        return False
    if _head_noun_of(new, old):
        return False  # "The post" after "A viral Facebook post": the same post, less said
    if rank[new.kind] != rank[old.kind]:
        return rank[new.kind] > rank[old.kind]
    longer = len(new.speaker.split()) > len(old.speaker.split())
    outlet = new.kind == old.kind == "outlet"  # "the Financial Courier" of "The Courier"
    return longer and (
        new.kind == "person" or outlet or names_the_noun(new, old) or _owned(new, old)
    )


# Nouns that stand for any business: "the company" is the retailer the story named
_ANY_BUSINESS = frozenset({"company", "firm"})


def _described_as_org(entity: Entity) -> bool:
    """An entity one of whose names ends in a word for an organisation or a trade ("Homeway,
    the home goods retailer")."""
    nouns = lexicon.words("generic_org_nouns.txt") | lexicon.words("org_descriptors.txt")
    return any(
        name.lower().split()[-1:] and name.lower().split()[-1] in nouns for name in entity.names
    )


def _head_noun_of(new: Actor, old: Actor) -> bool:
    """The new mention is one lower-case noun that ends the old description ("post" of
    "viral Facebook post")."""
    word = new.speaker
    return word.islower() and " " not in word and old.speaker.lower().split()[-1:] == [word]


def _adds_org(new: Actor, old: Actor) -> bool:
    """A later mention of a person tells whom they work for: by name, or by the role they
    hold for someone ("the agent of Diego Ruiz" for "agent Luis Ortega"); a later "his office"
    tells whose office a headline's was."""
    if _OWNED_BODY.match(old.speaker) and old.org in {None, old.speaker}:
        return bool(new.org) and new.org != new.speaker  # "his office": now known whose
    if old.kind != "person" or old.org is not None or not new.org:
        return False
    return new.kind == "person" or (new.role is not None and new.role == old.role)


def _owned(new: Actor, old: Actor) -> bool:
    """A bare noun ("family", of a headline's "says family") is better told with whose it is
    ("family of Frank Doyle")."""
    return new.kind == old.kind == "group" and new.speaker.lower().split()[0] == old.speaker


def names_the_noun(new: Actor, old: Actor) -> bool:
    """An organisation first given by its common noun alone ("Ministry denies pay freeze") is
    better named by the name that ends in that noun ("the Finance Ministry said …")."""
    noun = old.speaker.lower()
    return (
        new.kind == old.kind == "org"
        and noun in org_nouns()
        and new.speaker.lower().split()[-1] == noun
    )


def _headed_by(noun: str, name: str) -> bool:
    """The name is the noun, or the noun placed by a preposition ("Police in Brookdale")."""
    words = name.lower().split()
    return words == [noun] or (len(words) > 2 and words[0] == noun and words[1] in stopwords())


def _modifies_a_noun(noun: str, names: list[str]) -> bool:
    """In every name that holds it, `noun` stands before another noun in lower case ("police"
    of "the state's independent police watchdog"): it says what the organisation watches,
    not what it is."""
    found = [n.lower().split() for n in names if noun in n.lower().split()]
    return bool(found) and all(
        words.index(noun) + 1 < len(words)
        and words[words.index(noun) + 1].isalpha()
        and words[words.index(noun) + 1] not in stopwords()
        for words in found
    )


@cache
def org_nouns() -> frozenset[str]:
    """Common nouns of organisations: "ministry", "company", "club" (two word lists)."""
    return lexicon.words("generic_org_nouns.txt") | lexicon.words("org_words.txt")


def kept_role(first: str | None, other: str | None) -> str | None:
    """Of two roles told of one person, the one they speak in: a spokesperson's over a rank
    ("An army spokesman, Colonel Idris Bako"), else the first known."""
    spokes = lexicon.words("spokesperson_roles.txt")
    return other if other in spokes and first not in spokes else first or other


def _merge(new: Actor, old: Actor) -> Actor:
    """`new`, with what `old` knows that it does not (`kept_role` of their roles)."""
    return replace(
        new,
        org=new.org or old.org,
        role=kept_role(new.role, old.role),
        gender=new.gender or old.gender,
        anonymous=new.anonymous and old.anonymous,
    )
