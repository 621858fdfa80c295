"""Attributed statements of an article: who claimed, denied or confirmed what, in text order.

Pure text in, `Statement`s out: sentences, quote spans, attributions, speakers, kinds, targets.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from bot.models import Statement
from bot.statements.attribution import (
    ELIDED,
    Found,
    added_by_participle,
    find_attributions,
    from_parse,
    lay_group,
    named_before_colon,
)
from bot.statements.described import Mention, is_description, named_by_role, named_later
from bot.statements.kinds import (
    asserts_fact,
    classify,
    continuation_cues,
    cue_kinds,
    denial_if_accused,
    in_first_person,
    is_negated,
    object_first_cues,
    owns_an_error,
    stance_opening,
    sworn_denial,
    unquoted,
    without_assurance,
)
from bot.statements.pairing import assign_targets, similarity
from bot.statements.quotes import Quote, find_quotes
from bot.statements.speakers import (
    Actor,
    Entity,
    Resolver,
    appositive_parts,
    described_org_spans,
    described_subjects,
    is_outlet,
    is_report_phrase,
    kept_role,
    kin_nouns,
    may_be_an_org_name,
    named_mention_spans,
    names_the_noun,
    org_names_by_noun,
    org_nouns,
    parse_actor,
    person_name_spans,
    same_role,
    sentence_openers,
    sentence_subjects,
    speaks_for_others,
    strip_article,
)
from bot.statements.syntax import CLAUSE_PRONOUNS, mentions_a_cue, parse_attributions
from bot.statements.verdict import (
    OWN_VOICE_CUE,
    is_claim_label,
    is_correction,
    is_rating_line,
    is_verdict,
)
from bot.text import lexicon
from bot.text.lemmas import is_dictionary_word, verb_lemma
from bot.text.sentences import Sentence, split_paragraph_sentences
from bot.text.words import content_words, opposites, stem_key

_RANK = {"denial": 3, "confirmation": 2, "claim": 1, "statement": 0}
_CAPTION = re.compile(r"^[A-Z][\w'’.\-]*(?:\s+[\w'’.\-]+){0,3}:\s+[A-Z\"“'‘]")
_CREDIT = re.compile(rf"\((?:{lexicon.alternation('photo_credits.txt')})\)\s*$")
_REPORT_THAT = re.compile(
    rf"\b(?:{lexicon.alternation('report_nouns.txt')})\s+(that\b.*)", re.IGNORECASE | re.DOTALL
)
# A phrase of time, place or channel before the content clause: "on Monday that", "in a
# statement on Friday that" (up to LEAD_PHRASE_WORDS words, no punctuation inside).
LEAD_PHRASE_WORDS = 7
_LEAD_PHRASE = re.compile(
    rf"^(?:{lexicon.alternation('content_lead_prepositions.txt')})\b"
    rf"(?:\s+[^\s,;:\"“”]+){{1,{LEAD_PHRASE_WORDS}}}?\s+(?=that\s)",
    re.IGNORECASE,
)
# The same phrase before a colon and a quotation ("said on Instagram: "I have never …""): the
# quotation is what was said.
_LEAD_COLON = re.compile(
    rf"^(?:{lexicon.alternation('content_lead_prepositions.txt')})\b"
    rf"(?:\s+[^\s,;:\"“”]+){{1,{LEAD_PHRASE_WORDS}}}?\s*:\s*(?=[\"“‘])",
    re.IGNORECASE,
)
# Who was told, before the "that" clause ("told the newspaper that …", "told Sky News on
# Monday that …"): not what was said
_HEARER = re.compile(
    rf"^(?:(?!(?:{lexicon.alternation('finite_auxiliaries.txt')}|it|there|not|true)\b)"
    r"[^\s,;:\"“”]+\s+){1,5}?(?P<last>[^\s,;:\"“”]+)\s+that\s+(?=\S)",
    re.IGNORECASE,
)
# Who was told when no "that" follows ("told reporters he had not resigned", "told Reuters in
# an interview there was no deal"): up to six words, none of them "of" ("told the story of a
# man he met" tells no hearer), before a word that opens a clause
_BARE_HEARER = re.compile(
    r"^(?!(?:he|she|it|they|we|i|there|to|not)\b)"
    r"(?:(?!of\b)[^\s,;:\"“”]+\s+){0,5}?"
    rf"(?!(?:{lexicon.alternation('clause_starts.txt')}|{lexicon.alternation('np_function_words.txt')})\s)"
    r"[^\s,;:\"“”]+\s+"
    rf"(?=(?:{lexicon.alternation('clause_starts.txt')})\s)",
    re.IGNORECASE,
)
_HEARER_COLON = re.compile(r"^(?:[^\s,;:\"“”]+\s+){0,6}?[^\s,;:\"“”]+\s*:\s*(?=[\"“‘])")
# A bare day before the "that" clause ("announced Sunday that …", "said Friday night that …").
_LEAD_DAY = re.compile(
    rf"^(?:{lexicon.alternation('weekdays.txt')})(?:\s+(?:{lexicon.alternation('day_parts.txt')}))?"
    r"\s+(?=that\s)",
    re.IGNORECASE,
)
# A related-stories teaser; a lone lower-case letter before it is a leftover icon glyph.
_RELATED = re.compile(r"^[a-z]?(?:Related|RELATED)\b(?!\s+(?:to|with)\b)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
_COORDINATED = re.compile(r"^(.+?)\s+and\s+((?:a|an|the|his|her|their|its)\s+.+|[A-Z].+)$")


@dataclass
class _Draft:
    sentence: Sentence
    found: Found
    actor: Actor
    entity: Entity
    kind: str
    cue: str
    proposition: str | None


def extract_statements(text: str, outlet: str | None = None) -> list[Statement]:
    """Every attributed statement in `text`, in text order, with positions 0..n-1. Given the
    `outlet` that published the text, its verdicts in its own voice ("The story is a hoax.")
    are denials by that outlet."""
    quotes = find_quotes(text)
    resolver = Resolver()
    for at, mention in named_mention_spans(text):
        resolver.seed(parse_actor(mention), at)
    for at, name, noun in described_org_spans(text):
        resolver.seed_org(name, noun, at)
    resolver.people = person_name_spans(text)
    resolver.org_names = org_names_by_noun(text)
    sentences = [s for s in split_paragraph_sentences(text) if not _is_caption(text, s)]
    spans = [(s.start, s.end) for s in sentences]
    quoted = [(q.open_at, q.close_at) for q in quotes]
    resolver.subjects = sentence_subjects(text, spans, resolver.people, quoted)
    resolver.openers = sentence_openers(text, spans, resolver.people)
    resolver.described = described_subjects(text, spans)
    found = _by_grammar(
        text,
        sentences,
        [find_attributions(text, s.start, s.end, quotes) for s in sentences],
        quotes,
    )
    per_sentence = [
        [_draft(text, sentence, m, x, resolver) for m, x in _select(hits, text)]
        for sentence, hits in zip(sentences, found, strict=True)
    ]
    _continue_quotes(text, sentences, per_sentence, quotes)
    _interview_answers(text, sentences, per_sentence, resolver)
    if outlet:
        _own_verdicts(text, outlet, sentences, per_sentence, quotes, resolver)
    drafts = [d for group in per_sentence for d in group]
    drafts = _with_reports_named(text, drafts, resolver)
    _identify_described(text, drafts, resolver)
    _described_org_named_later(drafts, resolver)
    _spokespeople_of(drafts)
    _headline_by_lead(text, sentences, drafts)
    _headline_noun_in_lead(sentences, drafts)
    _trade_nouns_named(drafts)
    _headline_report(sentences, drafts)
    for draft in drafts:  # "Ministry denies …" over the story of "the Finance Ministry"
        fuller = _fuller_title(draft) or _owner_told_later(draft)
        if names_the_noun(draft.entity.actor, draft.actor) or fuller:
            draft.actor = draft.entity.actor
        draft.actor = _org_in_full(draft.actor, resolver)
    statements = _topic_denials(
        [_statement(i, d, text, quotes, resolver) for i, d in enumerate(drafts)],
        _headline_told(sentences, drafts),
    )
    return _answerers_state(assign_targets(_negations_in_denying_quotes(statements)))


def _negations_in_denying_quotes(statements: list[Statement]) -> list[Statement]:
    """A sentence negating a fact, or telling a thing sound, inside a quote that denies in
    another of its sentences is part of that denial: '"No aircraft were lost. This is typical
    propaganda," he said'; '"There is no evidence of it. His family have all tested
    negative"'."""
    denying = {
        (s.speaker_norm, s.quote)
        for s in statements
        if s.kind == "denial" and s.quote and s.quote not in s.sentence
    }
    return [
        replace(s, kind="denial")
        if s.kind in {"claim", "statement"}
        and s.quote
        and (s.speaker_norm, s.quote) in denying
        and (_negated_answer(s) or _tells_it_sound(s))
        else s
        for s in statements
    ]


def _tells_it_sound(statement: Statement) -> bool:
    """The statement tells that conduct was proper or a thing sound ("His family members have
    all tested negative"; proper_conduct.tsv, sound_state.tsv)."""
    said = statement.proposition or ""
    return any(
        lexicon.first_match(name, said) for name in ("proper_conduct.tsv", "sound_state.tsv")
    )


def _org_in_full(actor: Actor, resolver: Resolver) -> Actor:
    """ "Ministry spokesman Arman Belov" works for the one organisation the story names by that
    noun ("the Health Ministry of Veloria", "the Finance Ministry"), not for "Ministry"."""
    noun = (actor.org or "").lower()
    if actor.kind != "person" or noun not in org_nouns():
        return actor
    named = {
        e.actor.speaker
        for e in resolver.entities
        if e.actor.kind == "org" and _head_noun(e.actor.speaker) == noun
    }
    return replace(actor, org=named.pop()) if len(named) == 1 else actor


def _owner_told_later(draft: _Draft) -> bool:
    """A headline's "his office" whose owner the story tells further on ("A quote attributed
    to Senator Thomas Hale is fabricated, his office said")."""
    full, short = draft.entity.actor, draft.actor
    unowned = short.org in {None, short.speaker}
    return full.norm == short.norm and unowned and full.org not in {None, full.speaker}


def _head_noun(name: str) -> str:
    """ "Health Ministry of Veloria" -> "ministry"; "Finance Ministry" -> "ministry"."""
    words = re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)[0].split()
    return words[-1].lower() if len(words) > 1 else ""


def _fuller_title(draft: _Draft) -> bool:
    """The paper a draft names by its short title ("The Courier said") is named in full
    elsewhere in the story ("a report in the Financial Courier")."""
    full, short = draft.entity.actor, draft.actor
    return full.kind == short.kind == "outlet" and len(full.speaker) > len(short.speaker)


# "denied a Bloomberg report that …", "rejected claims by the opposition that …": a report a
# denial names, by its source, and what it says.
_REPORT_NOUN = rf"(?:{lexicon.alternation('report_nouns.txt')})"
_SOURCE = r"(?P<source>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
_NAMED_REPORT = (
    re.compile(rf"\b(?:a|an|the)\s+{_SOURCE}(?:'s|’s)?\s+{_REPORT_NOUN}\s+that\s+(?P<said>.+)$"),
    re.compile(rf"\b{_REPORT_NOUN}\s+(?:by|in|from)\s+{_SOURCE}\s+that\s+(?P<said>.+)$"),
)


def _with_reports_named(text: str, drafts: list[_Draft], resolver: Resolver) -> list[_Draft]:
    """A report that a denial or confirmation names by its source ("The Kremlin denied a
    Bloomberg report that …") is that source's claim, a row of its own right after the answer,
    unless the source tells it in its own words elsewhere in the story (`_told_by`)."""
    speaking = {id(d.entity) for d in drafts}
    out: list[_Draft] = []
    for draft in drafts:
        out.append(draft)
        if draft.kind not in _STANCES:
            continue
        after = text[draft.found.cue_end : draft.sentence.end]
        found = next((m for p in _NAMED_REPORT if (m := p.search(after))), None)
        if found is None:
            continue
        source = re.sub(r"['’]s$", "", found.group("source"))
        actor, entity = resolver.resolve(parse_actor(source))
        if actor.kind in {"pronoun", "ref"}:
            continue
        said = _proposition(found.group("said"))
        if id(entity) in speaking and _told_by(entity, said or "", drafts):
            continue
        at = draft.found.cue_end
        where = Found(
            "reported",
            at + found.start(),
            at + found.end(),
            "named",
            found.group("source"),
            at + found.start("source"),
            at + found.start("said"),
            draft.sentence.end,
        )
        out.append(_Draft(draft.sentence, where, actor, entity, "claim", "reported", said))
        speaking.add(id(entity))
    return out


TOLD_SHARED = 2  # content stems the source's own sentence shares with a report to tell it


def _told_by(entity: Entity, said: str, drafts: list[_Draft]) -> bool:
    """The source speaks in the story of what the report says: one of its sentences shares
    some of its words ("The Bloomberg report said Putin was 'testing the waters' … talks" for
    a report that Putin was "putting out feelers" … for talks); not when it speaks of
    something else ("Reuters reported … a 'super bad feeling' about the economy" for a report
    of job cuts)."""
    wanted = {stem_key(w) for w in content_words(said)}
    return any(
        len(wanted & {stem_key(w) for w in content_words(d.sentence.text)}) >= TOLD_SHARED
        for d in drafts
        if d.entity is entity
    )


def _identify_described(text: str, drafts: list[_Draft], resolver: Resolver) -> None:
    """A speaker given by role ("…, says agent") becomes the one person named with that role,
    and a lead's described speaker ("A Leeds bakery owner has denied …") the person the story
    names next and hears from ("Jones said"); the description is kept as an alias."""
    mentions = [Mention(e.seen_at, e.actor, e, False) for e in resolver.entities if e.seen_at >= 0]
    mentions += [
        Mention(d.found.speaker_start, d.actor, d.entity, True, _description_before(text, d.found))
        for d in drafts
    ]
    mentions += _speakers_named_aside(text, drafts)
    for draft in drafts:
        here = Mention(draft.found.speaker_start, draft.actor, draft.entity, True)
        person = _named_in_clause(text, draft, resolver) or named_by_role(here, mentions)
        if (
            person is None
            and is_description(draft.actor)
            and not _named_before_in(draft, resolver.people)
        ):
            person = named_later(here, _outside(draft.sentence, here, mentions))
        if person is None or person is draft.entity:
            continue
        described = draft.entity
        for name in described.names:
            if name not in person.names:
                person.names.append(name)
        actor = replace(
            person.actor,
            role=person.actor.role or draft.actor.role,
            org=person.actor.org or draft.actor.org,  # "the agent of … Diego Ruiz": his agent
        )
        for other in drafts:
            if other.entity is described:
                other.actor, other.entity = actor, person
            elif other.entity is person and other.actor.org is None:
                other.actor = replace(other.actor, org=actor.org)


LEAD_SENTENCES = 3  # sentences of a story's opening that may describe an actor named later


def _described_org_named_later(drafts: list[_Draft], resolver: Resolver) -> None:
    """A lead's organisation given only by what it is ("A small software company has accused
    …") is the one the story names next with that noun ("Brightnest Labs, a software company
    based in Leeds, said …"), when that one speaks too; the description stays an alias."""
    lead = sorted({d.sentence.start for d in drafts})[:LEAD_SENTENCES]  # sentences speaking
    for draft in drafts:
        actor = draft.actor
        words = actor.speaker.split()
        if (
            draft.sentence.start not in lead
            or actor.kind != "org"
            or not re.match(r"(?i:a|an)\s", actor.surface)
            or any(w[:1].isupper() for w in words)
        ):
            continue
        noun = words[-1].lower()
        later = sorted(
            (
                e
                for e in resolver.entities
                if resolver.org_nouns.get(e.actor.norm) == noun
                and e.seen_at > draft.found.speaker_start
            ),
            key=lambda e: e.seen_at,
        )
        named = next((e for e in later if any(d.entity is e for d in drafts)), None)
        if named is None:
            continue
        described = draft.entity
        for name in described.names:
            if name not in named.names:
                named.names.append(name)
        for other in drafts:
            if other.entity is described:
                other.actor, other.entity = named.actor, named


# The name a naming clause gives: capitalised words up to the clause's end
_CLAUSE_NAME = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=\s*[,;.]|\s+(?:said|told|says)\b)"
)


def _named_in_clause(text: str, draft: _Draft, resolver: Resolver) -> Entity | None:
    """A described speaker whose name a clause right after them gives ("A rebel commander,
    who gave his name as Abu Tariq, said …"; "The account …, which calls itself Patriot
    Truth, did not respond"; naming_clauses.txt): the one so named."""
    if draft.actor.kind != "group" or draft.actor.anonymous:
        return None
    after = draft.found.speaker_start + len(draft.found.speaker)
    clause = next(
        (m for p in lexicon.patterns("naming_clauses.txt") if (m := p.match(text, after))), None
    )
    name = _CLAUSE_NAME.match(text, clause.end()) if clause else None
    if name is None:
        return None
    return resolver.resolve(parse_actor(name.group(0)), name.start())[1]


def _unnamed_by_request(text: str, found: Found) -> bool:
    """A clause between the speaker and the verb that keeps them anonymous ("A former engineer,
    who spoke on condition of anonymity, told Reuters …"): an anonymous source, whose account
    is a claim."""
    between = text[found.speaker_start + len(found.speaker) : found.cue_start]
    if found.mode != "forward" or not _SET_OFF_CLAUSE.match(between):
        return False
    return lexicon.first_match("anonymous_sources.txt", between) is not None


# A clause set off by commas between a subject and its verb, within the sentence
_SET_OFF_CLAUSE = re.compile(r"^\s*,[^.!?;:\"“”]{1,120},\s*$")


def _speakers_named_aside(text: str, drafts: list[_Draft]) -> list[Mention]:
    """Where the text names a person who speaks by first name and surname, in a sentence that
    attributes nothing to them ("In a new video, Abubakar Shekau dashed hopes …" before
    "Shekau in August announced …"): mentions of that speaker."""
    out = []
    speakers = {id(d.entity): d.entity for d in drafts if d.actor.kind == "person"}
    for entity in speakers.values():
        surname = entity.actor.speaker.split()[-1]
        if not surname[:1].isupper():
            continue
        for found in re.finditer(rf"\b[A-Z][\w'’-]+\s+{re.escape(surname)}\b", text):
            out.append(Mention(found.start(), entity.actor, entity, False))
    return out


def _named_before_in(draft: _Draft, people: list[tuple[int, str]]) -> bool:
    """A person is named in the description's own sentence before it ("Tom Baird has been
    accused by a former teammate …"): the one described is somebody else, not the next named."""
    return any(draft.sentence.start <= at < draft.found.speaker_start for at, _ in people)


def _spokespeople_of(drafts: list[_Draft]) -> None:
    """A spokesperson or an executive named for no organisation speaks for the organisation
    that spoke in the statement just before ("UNICEF said it had never issued such advice.
    'This is a fake message,' said spokeswoman Charlotte Gornitzka."): the organisation
    becomes theirs. Only where they are first heard: "Berg declined to say …" after a union
    spoke is still the bank's chief executive, heard before."""
    heard: set[int] = set()
    for before, draft in pairwise(drafts):
        heard.add(id(before.entity))
        role = (draft.actor.role or "").lower()
        speaks_for = role.startswith("spokes") or role in lexicon.words("org_voice_roles.txt")
        if not speaks_for or draft.actor.org or before.actor.kind != "org":
            continue
        if id(draft.entity) in heard:
            continue
        org = before.actor.speaker
        draft.actor = replace(draft.actor, org=org)
        if draft.entity.actor.org is None:
            draft.entity.actor = replace(draft.entity.actor, org=org)


HEADLINE_LEAD = 4  # statements after a headline in which the lead tells its act again
_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")


def _headline(sentences: list[Sentence], drafts: list[_Draft]) -> _Draft | None:
    """The statement the story's first sentence (its headline, when it has one) makes."""
    if not drafts or not sentences or drafts[0].sentence is not sentences[0]:
        return None
    return drafts[0]


def _headline_noun_in_lead(sentences: list[Sentence], drafts: list[_Draft]) -> None:
    """A headline's speaker given by one common noun ("Cyclist vows to clear his name …")
    that a named person of the lead's statements is described by ("Olympic cyclist Marco
    Bellini has denied …"), whatever either says: that person (a headline's noun is no
    speaker a reader can place)."""
    headline = _headline(sentences, drafts)
    if headline is None or headline.sentence.text.rstrip().endswith("."):
        return
    noun = headline.actor.speaker
    if " " in noun or not noun.isalpha() or not is_dictionary_word(noun.lower()):
        return  # one English word ("Cyclist"), not a name ("Bellini")
    described = (
        d
        for d in drafts[1 : 1 + HEADLINE_LEAD]
        if d.actor.kind == "person" and noun.lower() in d.actor.surface.lower().split()[:-1]
    )
    lead = next(described, None)
    if lead is not None:
        headline.actor, headline.entity = lead.actor, lead.entity


def _headline_by_lead(text: str, sentences: list[Sentence], drafts: list[_Draft]) -> None:
    """A headline's speaker given by a common noun ("Cyclist denies doping …", "Carmaker
    dismisses report …", "Hacker group claims breach …") is the named actor of the lead's
    first statement of the same kind
    ("Luca Bellini … denied taking …"), when the story never writes the headline's words with
    a capital again (as it would a name: "Apple denies …"); the noun is kept as an alias. A
    bare noun in lower case ("…, says family") is the lead's speaker headed by it ("The family
    of veteran actor Frank Doyle")."""
    headline = _headline(sentences, drafts)
    if headline is None:
        return
    if headline.kind not in {*_STANCES, "claim"} or headline.sentence.text.rstrip().endswith("."):
        return
    window = drafts[1 : 1 + HEADLINE_LEAD]
    lead = next(
        (d for d in window if d.kind == headline.kind or _denied_in_short(headline, d)), None
    )
    if lead is None or _another_trade(headline.actor.speaker, lead.actor):
        return
    noun = headline.actor.speaker
    head = lead.actor.speaker.lower().split()[:1]  # "Family disputes …" / "The family of …"
    opening = headline.sentence.text.lstrip().startswith(noun) and " " not in noun
    holders = {id(d.entity) for d in drafts[1:] if same_role(noun, d.actor.role)}
    # "rep" for "her representative", when only one person of the story has that job
    known = noun.lower() in head or (same_role(noun, lead.actor.role) and len(holders) == 1)
    # "Zoo denies …" over "Westbury Zoo has denied …": the noun ends the lead's name
    known = known or (opening and lead.actor.speaker.lower().split()[-1:] == [noun.lower()])
    # "…, club insists" over "Dynamo Kiev have dismissed …": a common noun for any
    # organisation, over one by its name
    generic = noun.islower() and noun in lexicon.words("generic_org_nouns.txt")
    known = known or (generic and may_be_an_org_name(lead.actor))
    # "Ferry operator denies …" over "Ferry operator Kerran Lines has denied …": the noun
    # describes the name right after it
    described = rf"\b{re.escape(noun)}\s+{re.escape(lead.actor.speaker)}\b"
    if re.search(described, text[headline.sentence.end :], re.IGNORECASE):
        noun, known = noun.lower(), True
    if not ((noun.islower() or opening) and known):
        body = text[headline.sentence.end :]
        words = _CAPITALISED.findall(noun.replace("'s", "").replace("’s", ""))
        if not words or any(re.search(rf"\b{re.escape(w)}\b", body) for w in words):
            return
        named = lead.actor.kind in {"person", "org", "outlet"} or lead.actor.org is not None
        if not named and not _a_name(lead, text):
            return  # "Representatives for Lila Moreau" speak for one named
        if not all(w[:1].isupper() for w in lead.actor.speaker.split()[:1]):
            return
    if headline.actor.speaker not in lead.entity.names:
        lead.entity.names.append(headline.actor.speaker)
    kind = headline.kind if _denial_told_plainly(headline, lead) else lead.kind
    for draft in drafts[1:]:  # "the company said" after "Chipmaker denies …": Novatek too
        if draft.entity is headline.entity and draft.actor.kind == headline.actor.kind:
            draft.actor, draft.entity = lead.actor, lead.entity
    headline.actor, headline.entity, headline.kind = lead.actor, lead.entity, kind


def _trade_nouns_named(drafts: list[_Draft]) -> None:
    """ "the airline said" is the organisation a headline called by that noun ("Airline
    denies …" over "SkyWest Air has rejected …"), known only once the headline took the lead's
    name; so is the organisation of one who speaks for "the club" ("club president Igor
    Surkis" under "…, club insists" over "Dynamo Kiev have dismissed …")."""
    nouns = lexicon.words("generic_org_nouns.txt")
    for i, draft in enumerate(drafts):
        noun = draft.actor.speaker.lower()
        bare = {strip_article(n).lower() for n in draft.entity.names} <= {noun}
        if draft.actor.kind == "org" and noun in nouns and bare:  # only "the airline"
            found = _called_by(noun, draft, drafts[:i])
            if found is not None:
                draft.actor, draft.entity = found.actor, found.entity
        org = (draft.actor.org or "").lower()
        if draft.actor.kind != "org" and org in nouns and draft.actor.org == org:
            found = _called_by(org, draft, drafts[:i])
            if found is not None:
                draft.actor = replace(draft.actor, org=found.actor.speaker)


def _called_by(noun: str, draft: _Draft, before: list[_Draft]) -> _Draft | None:
    """The earlier organisation the story called by `noun` (its entity holds the noun as a
    name), other than the draft's own."""
    named = (
        d
        for d in before
        if d.entity is not draft.entity
        and may_be_an_org_name(d.actor)
        and noun in {n.lower() for n in d.entity.names}
    )
    return next(named, None)


def _a_name(draft: _Draft, text: str) -> bool:
    """A one-word plural speaker that is a name ("Rovers said …"): the story never writes it
    in lower case, as it would "residents"."""
    word = draft.actor.speaker
    return (
        " " not in word
        and word[:1].isupper()
        and re.search(rf"\b{re.escape(word.lower())}\b", text) is None
    )


def _another_trade(noun: str, lead: Actor) -> bool:
    """The headline's noun names an organisation by its trade ("App maker says …") and the
    lead's speaker is a person in a role ("A security researcher said …"): another actor, not
    the lead's. (Two words for one person's job, "Coach" over "manager Ana Ortiz", may be
    one.)"""
    last = noun.split()[-1].lower() if noun.split() else ""
    trades = org_nouns() | lexicon.words("org_descriptors.txt")
    return lead.role is not None and last in trades and not same_role(last, lead.role)


def _denied_in_short(headline: _Draft, lead: _Draft) -> bool:
    """A headline's plain "says" of a negated act ("Club says coach was not sacked") is the
    lead's denial of that act in short ("Rovers said … Berg had not been fired"); a headline's
    denial ("Footballer denies taking banned drug") is the lead's plain account of not doing it
    ("Baxter said he had never taken a banned substance")."""
    said_no = _negated_stems(headline.proposition or "")
    # what the lead negates, or what its verb of denying rejects ("Supermarket says no recall"
    # over "A supermarket chain has dismissed a post claiming its milk had been recalled")
    rejected = _negated_stems(lead.proposition or "")
    if cue_kinds().get((lead.cue or "").lower()) == "denial":
        rejected |= _predicate_stems(lead.proposition or "")
    return (
        headline.kind == "claim" and lead.kind == "denial" and bool(said_no & rejected)
    ) or _denial_told_plainly(headline, lead)


def _denial_told_plainly(headline: _Draft, lead: _Draft) -> bool:
    """The headline denies what the lead's plain "said" negates, in two words of the act
    ("taking banned drug" / "never taken a banned substance"): one shared word ("had not
    been told of any test") may be a side of the story."""
    negated = _negated_stems(lead.proposition or "")
    denied = _predicate_stems(headline.proposition or "")
    return (
        headline.kind == "denial"
        and lead.kind in {"claim", "statement"}
        and len(negated & denied) >= 2
    )


def _headline_report(sentences: list[Sentence], drafts: list[_Draft]) -> None:
    """A headline's bare "…, report says" or "…, tabloid claims" is the outlet whose report
    the lead tells ("according to a report in the Financial Times"): the lead's first claim
    by an outlet."""
    headline = _headline(sentences, drafts)
    if headline is None:
        return
    if headline.kind != "claim" or headline.actor.speaker.lower() not in _REPORT_HEADS:
        return
    lead = next(
        (
            d
            for d in drafts[1 : 1 + HEADLINE_LEAD]
            if d.kind == "claim" and d.actor.kind == "outlet"
        ),
        None,
    )
    if lead is None:
        return
    if headline.actor.speaker not in lead.entity.names:
        lead.entity.names.append(headline.actor.speaker)
    headline.actor, headline.entity = lead.actor, lead.entity


# "report", "story", "article" …, and the words for an outlet: "…, tabloid claims"
_REPORT_HEADS = lexicon.words("report_heads.tsv") | lexicon.words("outlet_descriptors.txt")


def _outside(sentence: Sentence, here: Mention, mentions: list[Mention]) -> list[Mention]:
    """The mentions a description may stand for by being named later: not those later in its
    own sentence ("The mayor denied it, after reporter Tom Hale said …" is not Tom Hale)."""
    return [m for m in mentions if m.offset <= here.offset or m.offset >= sentence.end]


def _own_voice(outlet: str) -> Actor:
    """The outlet as the speaker of its own voice: a name without its article ("The Courier"
    is the Courier), a description as written ("the article")."""
    parsed = parse_actor(outlet)
    speaker = outlet if parsed.kind == "group" else parsed.speaker
    return replace(parsed, kind="outlet", speaker=speaker)


FACT_CHECKER = "fact-checker"  # what a site that rates claims is also called

_QUOTE_EDGE = " \t\"'“”‘’«»„″,.;:!?…—–-"


def _continue_quotes(
    text: str, sentences: list[Sentence], per_sentence: list[list[_Draft]], quotes: list[Quote]
) -> None:
    """A sentence that lies wholly inside a multi-sentence quote and names no speaker of its own
    ('"No, this is a wrong report. It ... reality," Peskov said.') is said by whoever the
    sentence carrying the quote's attribution names, the nearest one first (next before
    previous). Its kind rests on its own words; its `quote` stays the whole quote.

    A quotation that follows a quoted remark in the same paragraph with no attribution of its
    own ("'We took it as a threat,' she said. 'Three times he intimidated us.'") goes on with
    the same speaker."""
    for i, sentence in enumerate(sentences):
        if per_sentence[i]:
            continue
        quote = _enclosing_quote(text, quotes, sentence)
        if quote is None:
            continue
        around = [j for j in range(len(sentences)) if j != i and _overlaps(quote, sentences[j])]
        for j in sorted(around, key=lambda j: (abs(j - i), j < i)):
            source = next((d for d in per_sentence[j] if d.found.quote == quote), None)
            if source is not None:
                per_sentence[i].append(_continuation(text, sentence, source, quote))
                break
        else:
            source = _quoted_before(text, sentences, per_sentence, i)
            source = source or _quoted_after(text, sentences, per_sentence, quote)
            if source is not None:
                per_sentence[i].append(_continuation(text, sentence, source, quote))


def _quoted_after(
    text: str, sentences: list[Sentence], per_sentence: list[list[_Draft]], quote: Quote
) -> _Draft | None:
    """The attributed quotation opening the next paragraph, when `quote` is left open at its
    paragraph's end (news style: '“These reports are false.' then '“He is happy here,” the
    director said.'): the speaker of both."""
    if quote.close_at >= len(text) or text[quote.close_at] not in "\n":
        return None  # closed by a mark: a quotation of its own
    after = [j for j, s in enumerate(sentences) if s.start > quote.close_at]
    if not after or not _opens_with_quote(text, sentences[after[0]]):
        return None
    nxt = after[0]
    return next((d for d in per_sentence[nxt] if d.found.quote is not None), None)


def _quoted_before(
    text: str, sentences: list[Sentence], per_sentence: list[list[_Draft]], i: int
) -> _Draft | None:
    """The remark just before sentence `i` that it goes on: a quoted one in its paragraph or
    ending the paragraph before inside a quotation left open (news style: a quote that runs
    over paragraphs opens each of them with a mark and closes only at its end), or any remark
    just before when sentence `i` opens with a quotation, in its paragraph or opening the next."""
    if i == 0:
        return None
    source = next((d for d in per_sentence[i - 1] if d.found.quote is not None), None)
    if source is None or source.found.quote is None:
        said = per_sentence[i - 1][-1] if per_sentence[i - 1] else None
        same_paragraph = "\n" not in text[sentences[i - 1].end : sentences[i].start]
        opens = text[sentences[i].start] in _OPENING_MARKS  # 'Quill said … "We were told …'
        goes_on = _opens_with_quote(text, sentences[i]) or opens and same_paragraph
        return said if said is not None and goes_on else None
    if "\n" not in text[sentences[i - 1].end : sentences[i].start]:
        return source
    close_at = source.found.quote.close_at
    if close_at >= len(text) or text[close_at] == "\n":
        return source
    return source if _opens_with_quote(text, sentences[i]) else None


_OPENING_MARKS = "\"“‘'«„"


def _opens_with_quote(text: str, sentence: Sentence) -> bool:
    """The sentence opens its paragraph with a quotation mark: news style for more words of
    the speaker quoted at the end of the paragraph before."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    return not text[line_start : sentence.start].strip() and text[sentence.start] in _OPENING_MARKS


# An interview set out as questions and answers: "Q: Did you ask to leave?" / "A: No. …"
_QA_LINE = re.compile(r"^[^\S\n]*(?P<who>Q|A|Question|Answer)[^\S\n]*:[^\S\n]*", re.MULTILINE)


def _interview_answers(
    text: str, sentences: list[Sentence], per_sentence: list[list[_Draft]], resolver: Resolver
) -> None:
    """In a question-and-answer interview ("Q: Did you ask to leave the club?" / "A: No. I
    never asked to leave."), every sentence of an answer is said by the one interviewed: the
    person the text named most often before the first question (the latest of those). The
    questions are the interviewer's, no statement of the story's, but for what they report
    another saying ("Q: The Tribune reported that your campaign took $50,000. Is that
    true?")."""
    lines = [(m.start(), m.end(), m.group("who")[0]) for m in _QA_LINE.finditer(text)]
    asks = [start for start, _, who in lines if who == "Q"]
    if not asks or not any(who == "A" for *_, who in lines):
        return
    named = [name for at, name in resolver.people if at < asks[0]]
    if not named:
        return
    counts = Counter(named)
    interviewee = max(reversed(named), key=counts.__getitem__)
    for i, sentence in enumerate(sentences):
        line = next((x for x in reversed(lines) if x[0] <= sentence.start), None)
        if line is None or "\n" in text[line[1] : sentence.start].strip(" \t"):
            continue  # before the first line, or in a paragraph of its own after them
        if line[2] == "Q":
            per_sentence[i] = [d for d in per_sentence[i] if _reported_in_a_question(d)]
            continue
        start = max(sentence.start, line[1])
        content = text[start : sentence.end]
        found = Found("said", start, start, "interview", interviewee, start, start, sentence.end)
        actor, entity = resolver.resolve(parse_actor(interviewee), sentence.start, start)
        kind = classify("said", content, sentence.text, False, False)
        per_sentence[i] = [
            _Draft(sentence, found, actor, entity, kind, "said", _proposition(content))
        ]


def _reported_in_a_question(draft: _Draft) -> bool:
    """An attribution inside an interviewer's question to a named third party ("The Tribune
    reported that …"), not the question itself ("Did you say …?")."""
    asks = draft.sentence.text.rstrip("\"”’' ").endswith("?")
    return draft.actor.kind in {"org", "outlet", "person"} and not asks


def _own_verdicts(
    text: str,
    outlet: str,
    sentences: list[Sentence],
    per_sentence: list[list[_Draft]],
    quotes: list[Quote],
    resolver: Resolver,
) -> None:
    """A sentence no one is credited with, outside any quotation, that calls something false
    or a hoax is the outlet's own verdict: a denial by the outlet."""
    for i, sentence in enumerate(sentences):
        if is_rating_line(sentence.text) or is_correction(sentence.text):
            per_sentence[i] = []  # "Claim: X said ... — Rating: False" is the outlet's verdict
        elif is_claim_label(sentence.text):
            # "Claim: The agency admitted …": the wording rated, no act of the agency; but a
            # text going round or an outlet that says it ("Claim: A viral post says …") makes
            # the claim the verdict answers
            per_sentence[i] = [
                replace(d, kind="claim") for d in per_sentence[i] if _reports(d.actor)
            ]
            continue
        per_sentence[i] = [
            _we_the_outlet(d, text, outlet, quotes, resolver) for d in per_sentence[i]
        ]
        if per_sentence[i] and not _verdict_before_told_claim(text, sentence, per_sentence[i]):
            continue
        if not per_sentence[i] and not is_verdict(_outside_long_quotes(text, sentence, quotes)):
            continue  # words inside a long quotation are someone else's
        start, end = sentence.start, sentence.end
        found = Found(OWN_VOICE_CUE, start, start, "own", outlet, start, start, end)
        actor, entity = resolver.resolve_by_name(_own_voice(outlet))
        if is_rating_line(sentence.text) and FACT_CHECKER not in entity.names:
            entity.names.append(FACT_CHECKER)  # "what did the fact-checkers say?"
        proposition = _proposition(sentence.text)
        draft = _Draft(sentence, found, actor, entity, "denial", OWN_VOICE_CUE, proposition)
        per_sentence[i].append(draft)


# The end of a main clause's words before a subordinate clause that tells a claim: "The hoax
# has finally been dispelled after a satirical site wrote a story claiming …"
_BEFORE_SUBORDINATE = re.compile(
    r"\b(?:after|when|since|because|once)\b[^,;:\"“”]*$", re.IGNORECASE
)


def _verdict_before_told_claim(text: str, sentence: Sentence, drafts: list[_Draft]) -> bool:
    """The sentence's main clause, in the outlet's voice, calls something a hoax or false, and
    its attributions all stand in a subordinate clause after it telling whose claim that was
    ("The latest major hoax has finally been dispelled after the site Huzlers wrote a story
    claiming …"): the verdict is the outlet's, beside the claim it answers."""
    if not all(d.found.mode == "forward" for d in drafts):
        return False
    first = min(min(d.found.speaker_start, d.found.cue_start) for d in drafts)
    head = text[sentence.start : first]
    subordinate = _BEFORE_SUBORDINATE.search(head)
    if any(mark in head for mark in '"“”‘’«»') or subordinate is None:
        return False
    return is_verdict(head[: subordinate.start()])


def _we_the_outlet(
    draft: _Draft, text: str, outlet: str, quotes: list[Quote], resolver: Resolver
) -> _Draft:
    """ "We rate this claim FALSE", "We contacted the agency": "we" outside any quotation is
    the outlet writing."""
    if draft.found.speaker.strip().lower() != "we":
        return draft  # (the resolver may have given "we" to the last group named already)
    at = draft.found.speaker_start
    if any(q.open_at <= at < q.close_at for q in quotes):
        return draft  # a speaker's own "we" inside their quotation
    actor, entity = resolver.resolve_by_name(_own_voice(outlet))
    return replace(draft, actor=actor, entity=entity)


_LONG_QUOTE = 40  # characters: a quotation this long is someone's words, not a title


def _outside_long_quotes(text: str, sentence: Sentence, quotes: list[Quote]) -> str:
    """The sentence with its long quotations blanked out: "The 'teacher filmed with student'
    story is fake" keeps its verdict, a quoted "It is a hoax," he wrote does not."""
    out = list(sentence.text)
    for quote in quotes:
        if quote.end - quote.start > _LONG_QUOTE and _overlaps(quote, sentence):
            for at in range(max(quote.start, sentence.start), min(quote.end, sentence.end)):
                out[at - sentence.start] = " "
    return "".join(out)


def _by_grammar(
    text: str, sentences: list[Sentence], found: list[list[Found]], quotes: list[Quote]
) -> list[list[Found]]:
    """`found`, with the attributions a dependency parse finds in the sentences where the
    pattern rules found none (only sentences with a possible reporting verb are parsed), or
    only a pronoun in a relative clause (`_pronoun_in_clause`), when the parse names it."""
    todo = [
        i
        for i, (sentence, hits) in enumerate(zip(sentences, found, strict=True))
        if (not _select(hits, text) and mentions_a_cue(sentence.text))
        or any(_pronoun_in_clause(text, hit) for hit in hits)
    ]
    parsed = parse_attributions(sentences[i].text for i in todo)
    out = list(found)
    for i, attributions in zip(todo, parsed, strict=True):
        sentence = sentences[i]
        hits = [from_parse(text, sentence.start, sentence.end, a, quotes) for a in attributions]
        named = [h for h in hits if h is not None]
        kept = _select(found[i], text)  # a pronoun's sentence: the same hits, named
        out[i] = [_named_by(hit, named) for hit in found[i]] if kept else named
    return out


def _named_by(hit: Found, parsed: list[Found]) -> Found:
    """The hit, its pronoun speaker replaced by whom the parse of the same verb names
    (`_pronoun_in_clause`)."""
    if hit.speaker.lower() not in CLAUSE_PRONOUNS:
        return hit
    same = [p for p in parsed if p.cue_start == hit.cue_start]
    named = [p for p in same if p.speaker.lower() not in CLAUSE_PRONOUNS]
    if not named:
        return hit
    return replace(hit, speaker=named[0].speaker, speaker_start=named[0].speaker_start)


_WORD_BEFORE = re.compile(r"[^\W\d]\s+$")


def _pronoun_in_clause(text: str, hit: Found) -> bool:
    """The speaker found is a pronoun right after a word, opening a relative clause with no
    "that" ("published photos it said showed a bump"): whom it stands for is the subject of
    the sentence's verb, which the parse finds."""
    before = text[max(0, hit.speaker_start - 20) : hit.speaker_start]
    return hit.speaker.lower() in CLAUSE_PRONOUNS and _WORD_BEFORE.search(before) is not None


def _enclosing_quote(text: str, quotes: list[Quote], sentence: Sentence) -> Quote | None:
    for quote in quotes:
        if not _overlaps(quote, sentence):
            continue
        before = text[sentence.start : max(sentence.start, quote.open_at)]
        after = text[min(sentence.end, quote.close_at + 1) : sentence.end]
        if not (before + after).strip(_QUOTE_EDGE):
            return quote
    return None


def _overlaps(quote: Quote, sentence: Sentence) -> bool:
    return quote.open_at < sentence.end and quote.close_at >= sentence.start


def _continuation(text: str, sentence: Sentence, source: _Draft, quote: Quote) -> _Draft:
    start, end = max(sentence.start, quote.start), min(sentence.end, quote.end)
    content = text[start:end] if end > start else sentence.text
    actor = source.actor
    kind = classify(source.cue, content, sentence.text, actor.anonymous, _reports(actor))
    found = replace(source.found, content_start=start, content_end=max(start, end), quote=quote)
    proposition = _proposition(content)
    return _Draft(sentence, found, actor, source.entity, kind, source.cue, proposition)


def _is_caption(text: str, sentence: Sentence) -> bool:
    line_start = text.rfind("\n", 0, sentence.start) + 1
    paragraph = text[line_start : text.find("\n", line_start) % (len(text) + 1)]
    if _CREDIT.search(paragraph) or _in_related_block(text, line_start, paragraph):
        return True
    label = _CAPTION.match(paragraph)
    if not label or is_rating_line(paragraph):  # "Our ruling: False." is the verdict
        return False
    head = paragraph[: label.end()].lower()
    if head.split(":")[0].split()[0] in lexicon.words("text_labels.txt"):
        return False  # "Update: a spokesman said ...", "Correction 9 May:": the article's text
    if line_start == 0 and (
        _QUOTE_AFTER_COLON.match(paragraph) or named_before_colon(paragraph, 0, len(paragraph))
    ):
        return False  # a headline's "Minister: 'I never met the lobbyist'": someone's words
    place = paragraph.split(":")[0]
    dateline = place.isupper() and place.lower() not in lexicon.words("kicker_labels.txt")
    if dateline and _SENTENCE_CLOSE.search(paragraph):
        return False  # a dateline: "NEW DELHI: The government said on Monday …"
    return not any(re.search(rf"\b{re.escape(c)}\b", head) for c in cue_kinds())


# A paragraph closing as a sentence does, not as a caption or a subhead
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’']?\s*$")
# A short name, a colon and a quotation: a headline's speaker and their words
_QUOTE_AFTER_COLON = re.compile(r"^[^:\"“”]{1,60}:\s*[\"“‘'«]\s*\w")


def _in_related_block(text: str, line_start: int, paragraph: str) -> bool:
    """A line of a related-stories box: a "Related ..." teaser (its icon sometimes survives as a
    stray letter, "lRelated") and the unpunctuated headline lines below it, up to a blank line."""
    if _SENTENCE_END.search(paragraph.rstrip()):
        return False
    lines = text[:line_start].split("\n")[:-1]
    block = [paragraph]
    for line in reversed(lines):
        if not line.strip():
            break
        block.append(line)
    return any(_RELATED.match(line.strip()) for line in block)


def _select(found: list[Found], sentence_text: str) -> list[tuple[Found, list[Found]]]:
    """Main attributions of a sentence, each with the verbs that share its subject."""
    found = [f for f in found if not any(_cue_in_speaker(f, o) for o in found)]
    # a verb ending the sentence with nothing said after it ("… despite Madrid reports")
    found = [f for f in found if f.mode != "forward" or f.content_end > f.content_start]
    found = [f for f in found if not _noun_after_a_phrase(f)]
    appended = [f for f in found if _appended_stance(f, found, sentence_text)]
    found = [f for f in found if f not in appended]
    if not found:
        return []
    main = _main(found)
    if main is None:
        return []
    after = _after_relative(main, found, sentence_text)
    if after is not None:  # "The woman, who reported the attack, said …": "said" is the act
        found = [f for f in found if f is not main]
        main = after
    extra: list[Found] = []
    separate: list[Found] = []
    for other in found:
        if other is main:
            continue
        if other.speaker == ELIDED and other.cue_start > main.cue_start:
            if not _inside_reported_clause(other, main, sentence_text):
                extra.append(other)
        elif other.mode == "passive" and _differs(other, main):
            if not _reported_within(other, main):
                separate.append(other)
        elif _report_beside(other, main, sentence_text):
            separate.append(other)
        elif _after_semicolon(other, main, sentence_text):
            separate.append(other)  # "Army says it repelled attack; rebels claim they …"
            main = replace(main, content_end=sentence_text.rindex(";", 0, other.speaker_start))
        elif (
            main.mode != "passive"
            and other.mode in {"forward", "trailing"}
            and _is_relay(main)
            and cue_kinds().get(other.cue) in {"denial", "confirmation"}
        ):
            main, extra = other, []
        elif other.mode != "according" and not _differs(other, main):
            extra.append(other)
    out = [(m, extra) for m in _split_coordinated(main)]
    out += [(s, []) for s in separate]
    out += [(s, []) for s in appended]
    return sorted(out, key=lambda pair: pair[0].cue_start)


# ", a claim the army quickly rejected", "…, something her lawyer disputes": a stance on what
# the main clause says, set off after it
_STANCE_APPOSITIVE = re.compile(
    rf"^,\s+(?:(?:a|an|the)\s+)?(?:{lexicon.alternation('claim_nouns.txt')}|something)s?\s+"
    r"(?:that\s+|which\s+)?$",
    re.IGNORECASE,
)


def _appended_stance(hit: Found, found: list[Found], text: str) -> bool:
    """A denial or confirmation told after the sentence's own attribution, on what it says
    ("The rebels said they had taken the town, a claim the army quickly rejected"): a row of
    its own beside the attribution, which stays the sentence's main act."""
    if hit.mode != "trailing" or cue_kinds().get(hit.cue.lower()) not in _STANCES:
        return False
    if not _STANCE_APPOSITIVE.match(text[hit.content_end : hit.speaker_start]):
        return False
    return any(f.mode == "forward" and f.cue_end <= hit.content_end for f in found)


# A "speaker" opening with a preposition is the end of a phrase before a noun that looks like
# a verb: "because of a pay dispute" has no speaker "of a pay"
_PREPOSITION_FIRST = re.compile(
    r"(?:of|for|in|on|at|to|with|from|about|over|into)\s", re.IGNORECASE
)
_ALSO_NOUNS = frozenset(r[0].lower() for r in lexicon.rows("cue_roles.tsv") if "also-noun" in r[1:])


def _noun_after_a_phrase(hit: Found) -> bool:
    """A cue that is also a noun, whose "speaker" opens with a preposition: the noun closing a
    phrase ("because of a pay dispute"), not a verb with a subject."""
    return hit.cue.lower() in _ALSO_NOUNS and _PREPOSITION_FIRST.match(hit.speaker) is not None


def _cue_in_speaker(hit: Found, other: Found) -> bool:
    """The hit's verb is a word of another hit's speaker: "reports" in "Some reports said …"
    is the speaker's noun, not a verb whose speaker is "Some"."""
    end = other.speaker_start + len(other.speaker)
    return (
        other is not hit
        and hit.cue.lower() in _REPORT_HEADS
        and other.speaker_start <= hit.cue_start
        and hit.cue_end == end
    )


# "... that plague cases need to be carefully investigated and verified": a participle or an
# infinitive joined by "and" to another inside what is said belongs to that clause, not to the
# speaker.
_PASSIVE_CHAIN = re.compile(
    r"\b(?:(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?[a-z]+ed|to\s+[a-z]+)\s+(?:and|or)\s+$"
)


# What lies between a denial's verb and a report it tells beside what it denies: a comma or a
# background word ("denied doping, a day after La Gazzetta reported that he had failed a test").
_BESIDE = re.compile(
    rf"(?:,|\b(?:{lexicon.alternation('background_clauses.txt')}|following|since|as)\b)",
    re.IGNORECASE,
)


def _report_beside(other: Found, main: Found, text: str) -> bool:
    """A named source's report told after a denial or confirmation, set off from what is
    denied: its own claim, a row of its own. "denied that the minister said …" stays the
    denial's: what it denies is that he said it."""
    if main.mode not in {"forward", "trailing", "inverted"} or other.mode != "forward":
        return False
    if cue_kinds().get(main.cue.lower()) not in _STANCES or other.speaker == ELIDED:
        return False
    if cue_kinds().get(other.cue.lower(), "neutral") in _STANCES or not _differs(other, main):
        return False
    if not main.cue_end <= other.speaker_start or not _named(other.speaker):
        return False
    return bool(_BESIDE.search(text[main.cue_end : other.speaker_start]))


def _after_semicolon(other: Found, main: Found, text: str) -> bool:
    """Another speaker's own clause after a semicolon ("Army says it repelled attack; rebels
    claim they captured it"): a statement of its own, and the end of what the first said."""
    if main.mode != "forward" or other.mode != "forward" or other.speaker == ELIDED:
        return False
    if not main.cue_end <= other.speaker_start or not _differs(other, main):
        return False
    return re.search(r";\s*$", text[main.cue_end : other.speaker_start]) is not None


def _named(phrase: str) -> bool:
    return any(word[:1].isupper() for word in phrase.split())


# What stands between a subject and a verb inside its relative clause, and after that verb up
# to the clause's closing comma: ", who" … and " the attack,"
_RELATIVE_OPEN = re.compile(r"^\s*,\s*(?:who|which)\b[^,;:\"“”]*$", re.IGNORECASE)
_RELATIVE_CLOSE = re.compile(r"^[^;:\"“”]*,\s*$")


def _after_relative(main: Found, found: list[Found], text: str) -> Found | None:
    """The verb of a subject whose first verb stands in a relative clause on it ("The woman,
    who reported the attack, said she had not seen his face"; "Lopez, who announced his
    retirement in May, said …"): the verb after the clause is the main act."""
    if main.mode != "forward":
        return None
    subject_end = main.speaker_start + len(main.speaker)
    if not _RELATIVE_OPEN.match(text[subject_end : main.cue_start]):
        return None
    return next(
        (
            f
            for f in found
            if f.cue_start > main.cue_end
            and f.mode == "forward"
            and f.speaker in {main.speaker, ELIDED}
            and _RELATIVE_CLOSE.match(text[main.cue_end : f.cue_start])
        ),
        None,
    )


def _inside_reported_clause(other: Found, main: Found, text: str) -> bool:
    if not main.content_start <= other.cue_start < main.content_end:
        return False
    inside = text[main.content_start : other.cue_start]
    return bool(_PASSIVE_CHAIN.search(inside))


def _reported_within(other: Found, main: Found) -> bool:
    """A plain passive report inside what the main speaker says ("Hunter's office replied by
    saying Hunter was told by a senior official that ...") is part of that speaker's account,
    not a statement of the article's own; a stance ("a claim disputed by ...") still counts,
    unless no one takes it ("a positive test was usually confirmed by a second sample")."""
    inside = main.content_start <= other.cue_start < main.content_end
    stance = cue_kinds().get(other.cue.lower(), "neutral") in _STANCES
    return inside and (not stance or lay_group(other.speaker))


def _main(found: list[Found]) -> Found | None:
    named = [f for f in found if f.speaker != ELIDED]
    # "According to the government, the country had admitted 1.4 million refugees": a verb
    # inside what an opening "according to" reports is part of the account, not the source.
    opening = [f for f in named if f.mode == "according" and f.content_start > f.cue_start]
    named = [
        f
        for f in named
        if not any(o is not f and o.content_start <= f.cue_start < o.content_end for o in opening)
    ]
    named = [f for f in named if not any(_crosses(f, o) for o in named)]
    for modes in (("inverted", "trailing"), ("forward", "cited"), ("according", "passive")):
        hits = [f for f in named if f.mode in modes]
        if hits:
            return hits[0]
    return None


def _crosses(trailing: Found, forward: Found) -> bool:
    """A trailing reading whose speaker stands inside what a forward verb reports and whose
    content runs back over that verb: "The post, which shows a photo of Hale, claims that the
    senator said it": the senator's "said" is what the post claims, not a trailing attribution."""
    return (
        trailing.mode == "trailing"
        and forward.mode == "forward"
        and forward.content_start <= trailing.speaker_start < forward.content_end
        and trailing.content_start < forward.cue_start
        and (
            trailing.speaker_start <= forward.cue_end + 1
            or trailing.speaker.lower().startswith("that ")
        )  # the subject of the clause right after the forward verb, not a closing "X said"
    )


def _differs(a: Found, b: Found) -> bool:
    """Two different speakers: not one name, nor one the start of the other ("the Ministry"
    and "the Ministry of Transport, which said")."""
    x, y = (" ".join(f.speaker.lower().split()) for f in (a, b))
    return x != y and not (x.startswith(y + " ") or y.startswith(x + " "))


def _is_relay(found: Found) -> bool:
    """The speaker is an outlet or a report ("Reuters", "the newspaper", "a local paper", "A
    Mirror report"), which relays what others say."""
    return _reports(parse_actor(appositive_parts(found.speaker)[0]))


# A name begun inside a prepositional phrase ("… for the Texas Parks"): an "and" after it
# joins the name's own words
_NAME_IN_PHRASE = re.compile(
    r"\b(?:for|of|at|from|with)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$"
)


_QUANTIFIER = re.compile(r"^(?:some|many|several|other|most|few|both|all)\s+", re.IGNORECASE)


def _split_coordinated(found: Found) -> list[Found]:
    match = _COORDINATED.match(found.speaker)
    if not match or "," in found.speaker:
        return [found]
    left, right = match.group(1), match.group(2)
    if len(left.split()) < 2 or len(right.split()) < 2:
        return [found]
    if len(strip_article(left).split()) < 2:
        return [found]  # "the Russian and Syrian defense ministries": one head noun, shared
    rest = _QUANTIFIER.sub("", strip_article(left)).split()
    if len(rest) < 2 and rest[0][:1].isupper():
        return [found]  # "Some Japanese and Chinese outlets": an adjective, the noun shared
    if _NAME_IN_PHRASE.search(left) and right[:1].isupper():
        return [found]  # "a spokesman for the Texas Parks and Wildlife Department": one name
    if found.mode == "according":
        # "according to those officials and the letter": the sources of one account, so one
        # statement, credited to the first-named source.
        return [replace(found, speaker=left)]
    if parse_actor(right).kind == "person" and parse_actor(left).kind != "person":
        return [found]  # "Another journalist and Kurdish supporter Pawan Durani"
    offset = found.speaker_start + found.speaker.index(right, len(left))
    return [replace(found, speaker=left), replace(found, speaker=right, speaker_start=offset)]


def _actor(phrase: str, before: str = "") -> Actor:
    """Parse "Name, description" appositives: the name speaks (an outlet's report named first,
    else a person's, else an organisation's: "a gossip site, StarBuzz"), the description adds
    role/org.
    A description headed by an organisation noun, in the phrase or `before` it ("The group
    that owns her music, Big Machine, says"), makes the name an organisation, though it looks
    like a person's."""
    if phrase.startswith("by ") and _REPORT_BY.search(f"{before}, by "):
        phrase = f"{before} {phrase}"  # "A second report, by The Information, said"
    phrase = _REPORT_BY.sub(r"\1 by ", phrase)
    parts = [p.strip() for p in appositive_parts(phrase) if p.strip()]
    actors = [parse_actor(p) for p in parts]
    named = (a for a in actors if a.kind in {"org", "outlet"} and a.speaker[:1].isupper())
    person = next((a for a in actors if a.kind == "person"), None)
    main = actors[0] if actors[0].kind == "outlet" else person or next(named, actors[0])
    for other in actors:
        if other is main:
            continue
        main = replace(main, org=main.org or other.org, role=kept_role(main.role, other.role))
    described = [*parts, before] if before else parts
    if main.kind == "person" and not main.role and any(map(_names_an_org, described)):
        main = replace(main, kind="org", org=main.speaker, gender=None)
    return replace(main, surface=phrase)


_REPORT_BY = re.compile(r"\b(report|story|article|study|survey),\s+by\s+", re.IGNORECASE)


def _description_before(text: str, found: Found) -> str:
    """The appositive description just before a speaker's name, if any: "The company that
    runs the awards" in "The company that runs the awards, Dick Clark Productions, denies"."""
    lead = text[max(0, found.speaker_start - 200) : found.speaker_start].rstrip()
    if found.mode != "forward" or not lead.endswith(","):
        return ""
    description = re.split(r"[.;:!?\n,]", lead[:-1])[-1].strip()
    short = len(description.split()) <= MAX_DESCRIPTION_WORDS
    return description if short and not re.search(r"[\"“”]", description) else ""


def _with_role_before(actor: Actor, before: str) -> Actor:
    """A person named after a role set off before the name ("But Adusei's agent, Samuel
    Okafor, told …") has that role, and its owner for an organisation when none is known."""
    if not before or actor.kind != "person" or actor.role:
        return actor
    described = parse_actor(before)
    if described.kind != "group" or not described.role:
        return actor
    return replace(actor, role=described.role, org=actor.org or described.org)


def _description_after(text: str, found: Found, end: int) -> str:
    """The description set off by a comma right after a speaker's name, up to the next comma
    or the sentence's end: "president of the Riverside Residents Association" in "said Ben
    Ford, president of the Riverside Residents Association." and "who heads the Northern
    Regional Council" in "Mark Ruiz, who heads the Northern Regional Council, said"."""
    if found.speaker == ELIDED:
        return ""
    at = text.find(found.speaker, found.speaker_start, end)
    after = _SET_OFF_AFTER.match(text, at + len(found.speaker), end) if at >= 0 else None
    return after.group(1) if after else ""


# ", <description>," or ", <description>." after a name: no quotation, no clause break inside
# (an age set off first is passed over: "Nina Cole, 52, of the Teachers Union, said")
_SET_OFF_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?([^,.;:!?\"“”()\n]{2,100}?)\s*(?:[,.;!?]|$)")


@cache
def _membership_clause() -> re.Pattern[str]:
    """ "who heads (the) <Name>", "who runs the cybersecurity firm <Name>": a relative clause
    naming whom the person speaks for, by a name after at most three words saying what it is."""
    verbs = lexicon.alternation("membership_clauses.txt").replace(r"\ ", r"\s+")
    return re.compile(
        rf"^who\s+(?:{verbs})\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<org>[A-Z].*)$"
    )


_RELATIVE_OPENING = re.compile(r"(?:who|whom|whose|which)\b", re.IGNORECASE)
# "of the Teachers Union" set off after a name: the organisation, named with "the"
_LINKED_ORG = re.compile(r"^(?:of|from|at|with)\s+the\s+(?P<org>[A-Z].*)$")


def _with_org_after(actor: Actor, after: str) -> Actor:
    """A person named before a description of whom they work for ("said Ben Ford, president
    of the Riverside Residents Association"; "Kim Lee, who works for Oxfam, said") speaks
    for that organisation when the phrase gave none."""
    if not after or actor.kind != "person" or actor.org:
        return actor
    member = _membership_clause().match(after) or _LINKED_ORG.match(after)
    if member is not None:
        org = parse_actor(member.group("org"))
        return replace(actor, org=org.speaker) if org.kind in {"org", "outlet", "person"} else actor
    if _RELATIVE_OPENING.match(after):
        return actor  # "who won 54 percent of the vote": an act, no role or employer
    described = parse_actor(after)
    if described.kind != "group" or not described.role or not described.org:
        return actor
    return replace(actor, role=actor.role or described.role, org=described.org)


def _describes(description: str) -> bool:
    """A description set off before a name, opening with an article or an owner ("The woman
    in the video", "His mother"), not an adverbial ("But in an interview posted on …")."""
    return bool(re.match(r"(?i:the|a|an|his|her|their|its|another)\s|\S+['’]s\s", description))


def _names_an_org(description: str) -> bool:
    """True for a description whose head noun is an organisation's: "the company that runs
    the awards", "the world's largest record label"."""
    head = _DESCRIPTION_HEAD.match(description)
    return bool(head) and head.group(1).lower() in lexicon.words("org_words.txt")


MAX_DESCRIPTION_WORDS = 12  # a longer stretch before "…, Name, said" is a clause, not a description
# The head noun of a lower-case description: its last word before a relative pronoun or a
# preposition ("The group that owns …" → group, "Bellini's team" → team).
_DESCRIPTION_HEAD = re.compile(
    r"^(?:(?i:the|a|an)|\S+['’]s)\s+(?:[a-z][\w'’-]*\s+){0,4}?([a-z][\w-]*)(?=\s+(?:that|which|who|of|for|in|at|with|behind)\b|$)"
)


def _draft(
    text: str, sentence: Sentence, main: Found, extra: list[Found], resolver: Resolver
) -> _Draft:
    before = _description_before(text, main)
    parsed = _with_role_before(_actor(main.speaker, before), before)
    parsed = _with_org_after(parsed, _description_after(text, main, sentence.end))
    principal = resolver.principal(parsed, main.speaker_start) or resolver.employer(parsed)
    if principal:  # "his agent" speaks for the singer, "a ministry spokeswoman" for the ministry
        parsed = replace(parsed, org=principal)
    actor, entity = resolver.resolve(parsed, sentence.start, main.speaker_start)
    if entity.actor.gender is None and main.mode == "forward":
        gender = _own_pronoun_gender(entity.actor, text[main.content_start : main.content_end])
        entity.actor = replace(entity.actor, gender=gender)
    described = _describes(before) or _names_an_org(before)  # "The woman in the video, Ana …"
    for part in [*appositive_parts(main.speaker), *([before] if described else [])]:
        part = part.strip()
        if part and part not in entity.names:
            entity.names.append(part)
    kind, cue = "statement", main.cue
    best = -1
    anonymous = actor.anonymous or _unnamed_by_request(text, main)
    for found in [main, *extra]:
        content = _after_hearer(found.cue, text[found.content_start : found.content_end])
        found_kind = classify(found.cue, content, sentence.text, anonymous, _reports(actor))
        if _RANK[found_kind] > best:
            best, kind, cue = _RANK[found_kind], found_kind, found.cue
    added = _added_after(text, main, sentence)
    if added is not None:  # the sentence's main act is the weightiest of the two it tells
        added_kind = classify(
            added.group("cue"), added.group("said"), sentence.text, anonymous, _reports(actor)
        )
        if _RANK[added_kind] > best:
            kind = added_kind
    content = text[main.content_start : main.content_end]
    hearer_first = cue.lower() in object_first_cues()
    colon = _HEARER_COLON.match(content.lstrip()) if hearer_first else None
    if colon:  # "told the BBC: "…"": the quotation is what was said
        content = content.lstrip()[colon.end() :]
    said = _proposition(content)
    if said and hearer_first and not colon and main.content_start >= main.cue_end:
        said = _without_hearer(said)  # "the newspaper that Okoro …", not a quote before
    return _Draft(sentence, main, actor, entity, kind, cue, said)


def _after_hearer(cue: str, content: str) -> str:
    """What was said, after the hearer a cue names first and a colon ("told reporters outside
    her home: "No."": "No.")."""
    if cue.lower() not in object_first_cues():
        return content
    colon = _HEARER_COLON.match(content.lstrip())
    return content.lstrip()[colon.end() :] if colon else content


def _added_after(text: str, main: Found, sentence: Sentence) -> re.Match[str] | None:
    """What a participle after a trailing attribution adds to the quotation before it."""
    if main.mode != "trailing" or main.cue_end >= sentence.end:
        return None
    return added_by_participle(text, main.cue_end, sentence.end)


# "says she …", "said that he …": a pronoun opening what was said, outside any quotation
_OPENING_PRONOUN = re.compile(r"^\s*(?:that\s+)?(?P<word>he|she)\b", re.IGNORECASE)


def _own_pronoun_gender(actor: Actor, content: str) -> str | None:
    """The gender of one who speaks of someone as "he" or "she" right after the verb
    ("Minister says she never met lobbyist"): themself, unless they speak for somebody else
    ("his publicist said she was fine"); None when nothing tells."""
    found = _OPENING_PRONOUN.match(content)
    if found is None or actor.kind not in {"person", "group"}:
        return None
    if speaks_for_others((actor.role or "").lower()):
        return None
    return "f" if found.group("word").lower() == "she" else "m"


# A participle or a preposition after the head noun: "a viral post | shared 40,000 times"
_MODIFIER_AFTER_HEAD = re.compile(r"\s+(?=(?:[a-z]+(?:ed|en)|on|in|from|by|with|about)\b)")


def _reports(actor: Actor) -> bool:
    """An outlet, named or not ("A tabloid said …"; outlet_nouns.txt), a report itself
    speaking ("A report from Vancouver said ...") or a text going round ("The message says the
    advice comes from UNICEF"; claim_texts.txt): what it says is a claim whatever its tense."""
    words = _MODIFIER_AFTER_HEAD.split(actor.speaker.lower(), maxsplit=1)[0].split()
    texts = lexicon.words("claim_texts.txt") | lexicon.words("outlet_nouns.txt")
    claim_text = bool(words) and words[-1] in texts
    return actor.kind == "outlet" or is_report_phrase(actor.surface) or claim_text


# A colon and a quotation after what a verb takes: the speaker's own words, told beside it
# ('denies split rumours: "They are very much together"' denies no togetherness).
_COLON_QUOTE = re.compile(r"\S\s*:\s*[\"“‘]")
# A semicolon before another voice's "says" or "said" ("Police say shot man was armed; family
# says he held a phone"): what follows is somebody else's
_OTHER_VOICE = re.compile(r";\s+(?=(?:[\w'’-]+\s+){1,4}(?:says|say|said)\b)", re.IGNORECASE)


# A participle of saying before a colon: what follows is what was said ("posted a video on
# Monday, saying: "Reports of my death have been greatly exaggerated"")
_SAYING_COLON = re.compile(
    r",\s*(?:saying|adding|writing|declaring|stating|insisting|explaining)\s*:\s*", re.IGNORECASE
)


def _without_hearer(said: str) -> str:
    """What was told, without who it was told to ("the newspaper that Okoro punched him"),
    unless the "that" clause belongs to a report or claim ("Reuters the report that …")."""
    found = _HEARER.match(said)
    if found is None:
        bare = _BARE_HEARER.match(said)
        return said[bare.end() :] if bare else said
    last = found.group("last").lower()
    if last in lexicon.words("report_nouns.txt") | lexicon.words("claim_nouns.txt"):
        return said
    return said[found.end() :]


def _proposition(content: str) -> str | None:
    clean = without_assurance(content).strip(" ,.;:\"“”'‘’")
    saying = _SAYING_COLON.search(clean)
    if saying:
        clean = clean[saying.end() :].strip(" ,.;:\"“”'‘’")
    lead = _LEAD_COLON.match(clean)
    if lead:  # "on Instagram: "I have never …"": what was said is the quotation
        clean = clean[lead.end() :].strip(" ,.;:\"“”'‘’")
    beside = _COLON_QUOTE.search(clean)
    if beside:
        clean = clean[: beside.start() + 1]
    other = _OTHER_VOICE.search(clean)
    if other:  # "shot man was armed; family says he held a phone": the family's is not said
        clean = clean[: other.start()]
    found = _REPORT_THAT.search(clean)
    if found and found.start() < 80:
        clean = found.group(1)
    lead = _LEAD_PHRASE.match(clean) or _LEAD_DAY.match(clean)
    if lead:  # "on Instagram that he had never …": the clause after "that"
        clean = clean[lead.end() :]
    clean = re.sub(r"^that\s+", "", clean, flags=re.IGNORECASE).strip()
    if not clean:
        return None
    return clean if clean.lower().startswith("that ") else clean


def _statement(
    position: int, draft: _Draft, text: str, quotes: list[Quote], resolver: Resolver
) -> Statement:
    quote = draft.found.quote or _quote_in_sentence(quotes, draft.sentence)
    actor = draft.actor
    return Statement(
        position=position,
        kind=draft.kind,
        sentence=draft.sentence.text,
        speaker=actor.speaker,
        speaker_norm=actor.norm,
        org=resolver.org_by_noun(actor.org),
        role=actor.role,
        cue=draft.cue,
        quote=text[quote.start : quote.end] if quote else None,
        quote_start=quote.start if quote else None,
        quote_end=quote.end if quote else None,
        proposition=draft.proposition,
        anonymous=actor.anonymous,
        aliases=resolver.aliases(draft.entity),
    )


def _quote_in_sentence(quotes: list[Quote], sentence: Sentence) -> Quote | None:
    hits = [q for q in quotes if sentence.start <= q.open_at < sentence.end and q.end > q.start]
    return max(hits, key=lambda q: q.end - q.start) if hits else None


def _headline_told(sentences: list[Sentence], drafts: list[_Draft]) -> Statement | None:
    """A headline that tells the story's claim in the outlet's own words ("Rebels seized
    Marines' weapons at airport"), as an unattributed claim a negated statement may answer; a
    headline is a first line without a full stop, and attributes nothing."""
    if not sentences or (drafts and drafts[0].sentence is sentences[0]):
        return None
    first = sentences[0].text.strip()
    if not first or first[-1] in '.!?:"”’':
        return None
    return Statement(-1, "claim", first, proposition=first, speaker_norm="\0headline")


def _topic_denials(
    statements: list[Statement], headline: Statement | None = None
) -> list[Statement]:
    """A negated statement that contradicts what another actor claimed denies it ("Nobody's
    moving"; "X is not doing Y, his agent said" against "X is doing Y"), and a negated
    continuation ("He added that ...", "The statement continued: ...") keeps the stance of the
    speaker's latest denial.

    An answer comes after what it answers: only the claims told before it count, except in the
    lead sentence, which states the dispute before the article tells the claim."""
    claims = [s for s in statements if s.kind in {"claim", "denial"}]
    lead = statements[0].sentence if statements else None
    out: list[Statement] = []
    for statement in statements:
        answerable = [
            c for c in claims if c.position < statement.position or statement.sentence == lead
        ]
        if (
            statement.kind in {"statement", "claim"}
            and cue_kinds().get((statement.cue or "").lower(), "neutral") == "neutral"
            and (
                _negated_answer(statement)
                and (
                    _answers_claim(statement, answerable)
                    or headline is not None
                    and _contradicts(statement, headline)
                    and asserts_fact(statement.proposition or "")
                    or _continues_denial(statement, out)
                    or _also_denies(statement, out)
                    or _repeats_a_denial(statement, out)
                    or _answers_own_relative(statement)
                    or _headline_of_own_denial(statement, statements)
                )
                or _says_the_opposite(
                    statement, [c for c in claims if c.position < statement.position]
                )
                or _well_after_harm(statement, answerable)
                or _staying_after_leaving(statement, answerable)
                or _insists_when_accused(statement, answerable)
                or _sworn_unprompted(statement, answerable)
                or _retracts_own_claim(statement, answerable)
            )
        ):
            statement = replace(statement, kind="denial")
        out.append(statement)
    return out


_ALSO = re.compile(r"\b(?:also|too|likewise|similarly)\b", re.IGNORECASE)
_ALSO_BACK = 2  # statements back that the denial "also" joins may stand


def _also_denies(statement: Statement, earlier: list[Statement]) -> bool:
    """A negated remark that "also" joins another speaker's denial just before it ("The World
    Health Organization has also said that hot drinks do not prevent infection", after a
    doctor's "There is no evidence that hot water protects against the virus")."""
    said = statement.proposition or ""
    before = statement.sentence.split(said)[0] if said and said in statement.sentence else ""
    if not _ALSO.search(before):
        return False
    recent = [s for s in earlier[-_ALSO_BACK:] if s.speaker_norm != statement.speaker_norm]
    return any(s.kind == "denial" for s in recent)


def _headline_of_own_denial(statement: Statement, statements: list[Statement]) -> bool:
    """A negated headline ("Agent: Striker Tomas Lindqvist is not joining Real Sociedad")
    whose speaker denies in the lead, about what it names ("The agent … has rejected reports
    that the player has agreed a move to Real Sociedad"): the lead's denial in short."""
    if statement.position != 0 or statement.sentence.rstrip().endswith("."):
        return False
    said = _named_words(statement.proposition or "") | _predicate_stems(statement.proposition or "")
    return any(
        s.kind == "denial"
        and s.speaker_norm == statement.speaker_norm
        and said & (_named_words(s.sentence) | _predicate_stems(s.proposition or ""))
        for s in statements[1 : 1 + HEADLINE_LEAD]
    )


def _named_words(text: str) -> set[str]:
    """The capitalised words of `text` after its first (a headline's or sentence's opening
    word is capitalised whatever it is)."""
    return {w for w in _words(text)[1:] if w[:1].isupper()}


OPPOSITE_SHORT = 6  # content words: a counter-assertion this short is about the claim's subject


def _says_the_opposite(statement: Statement, claims: list[Statement]) -> bool:
    """An account that affirms the opposite of a word another speaker's claim affirms
    (antonyms.tsv): "His family said he was unarmed" after "Police said Omar Reyes was armed";
    "Leo and Kira are very happy together" after a site claimed the couple had separated. It
    must name what the claim names or be short enough to be about nothing else."""
    said = statement.proposition or ""
    if not said or is_negated(said) or stance_opening(said):
        return False
    mine = {w.lower() for w in _words(said) if w[:1].islower()}
    table = opposites()
    opposed = {o for w in mine for o in table.get(w, ())}
    if not opposed:
        return False
    short = len(content_words(said)) <= OPPOSITE_SHORT
    for claim in claims:
        if claim.kind != "claim" or claim.speaker_norm == statement.speaker_norm:
            continue
        claimed = claim.proposition or claim.sentence
        theirs = {w.lower() for w in _words(claimed)} - _negated_words(claimed)
        if opposed & theirs and (short or _shares_a_name(said, claimed)):
            return True
    return False


def _negated_words(text: str) -> set[str]:
    """Words a negation covers in the text ("was not armed": armed)."""
    return {w.lower() for w in _words(" ".join(_NEGATED_SPAN.findall(text)))}


_NEGATED_SPAN = re.compile(r"\b(?:not|never|no|n['’]t)\s+((?:\S+\s+){0,3}\S+)", re.IGNORECASE)


def _shares_a_name(said: str, claimed: str) -> bool:
    """Both name someone by the same capitalised word ("Reyes")."""
    names = {w for w in _words(said) if w[:1].isupper()} - {"I", "We", "He", "She", "They", "It"}
    return bool(names & {w for w in _words(claimed) if w[:1].isupper()})


def _retracts_own_claim(statement: Statement, claims: list[Statement]) -> bool:
    """ "Sahl said she had "made a mistake"", by the one who made a claim earlier in the
    story: a retraction of it, which the labelling guide counts as a denial. Owning an error
    one is accused of is an admission, no denial."""
    if not owns_an_error(statement.proposition or ""):
        return False
    return any(c.kind == "claim" and c.speaker_norm == statement.speaker_norm for c in claims)


def _sworn_unprompted(statement: Statement, claims: list[Statement]) -> bool:
    """ "I have never taken a banned drug in my life," the sprinter said: one swearing they
    never did something denies an accusation the story need not tell (sworn_negations.txt);
    not when a claim the story tells is of that act by someone else ("the mayor sold the
    stadium" beside a fan's "I never sold a stadium in my life")."""
    if not sworn_denial(statement.proposition or ""):
        return False
    return not any(_contradicts(statement, c) for c in claims if c.kind == "claim")


# A relative clause on the subject that puts a claim on it ("Smith, who was accused of taking
# bribes, said …"), ending before the reporting verb
_ACCUSED_RELATIVE = re.compile(
    r"^[^,;:]{1,60},\s+(?:who|whom|which)\b[^,;:]{0,80}?"
    rf"\b(?:{lexicon.alternation('accused_relatives.txt')})\b[^,;:]*,",
    re.IGNORECASE,
)


def _insists_when_accused(statement: Statement, claims: list[Statement]) -> bool:
    """ "The airline insisted that all its planes were flying", "The firm said it had always
    complied with the law", "Nutrio said the product was safe": insisting, or telling one's
    conduct was proper or one's thing sound, by one whom an
    earlier claim by someone else names ("A rival team accused the club of tapping up the
    player"), answers that claim."""
    insists = (statement.cue or "").lower() in denial_if_accused()
    if not insists and not _tells_it_sound(statement):
        return False
    return any(
        c.kind == "claim"
        and c.speaker_norm != statement.speaker_norm
        and not _of_its_side(statement, c)
        and _names_by_name(c, statement)
        for c in claims
    )


def _of_its_side(statement: Statement, claim: Statement) -> bool:
    """The statement's organisation is the claim's speaker ("The Observer's editor" of a claim
    by "The Dunmore Observer"): vouching for one's own report answers no claim against it."""
    org = set(_words((statement.org or "").lower())) - lexicon.words("stopwords.txt")
    theirs = {w for n in (claim.speaker, claim.org) if n for w in _words(n.lower())}
    return _speaks_for(statement, claim) or (bool(org) and org <= theirs)


def _answers_own_relative(statement: Statement) -> bool:
    """A negated account by a speaker whose relative clause tells the claim put on them
    ("Mehta, who the post names as the sponsor of the plan, told us he had never proposed
    it"): the claim and its denial in one sentence."""
    found = _ACCUSED_RELATIVE.match(statement.sentence)
    cue = statement.sentence.find(statement.cue or "\0")
    return (
        found is not None
        and 0 <= found.end() <= cue
        and bool(_negated_stems(statement.proposition or ""))
    )


def _repeats_a_denial(statement: Statement, earlier: list[Statement]) -> bool:
    """A negated account that negates what an earlier denial negates, in its words or in
    other words for the same act, is that denial told again ("Rovers said Berg had not been
    fired" … "Nobody has been sacked," Ruiz said), whoever tells it."""
    mine = _negated_stems(statement.proposition or "")
    return bool(mine) and any(
        mine & (_negated_stems(s.proposition or "") | _denied_by_verb(s))
        for s in earlier
        if s.kind == "denial"
    )


def _denied_by_verb(denial: Statement) -> set[str]:
    """What a denial by its verb ("disputed the police account that he had pointed a gun"), or
    the claim it names and tells ("rejecting a report that it would close its base"), rejects,
    as predicate stems, without the words for a claim itself ("account")."""
    named = _CLAIM_THAT.search(denial.sentence)  # "rejecting a report … that it would close"
    clause = _predicate_stems(named.group("said")) - _CLAIM_WORD_STEMS if named else set()
    if cue_kinds().get((denial.cue or "").lower()) != "denial":
        return clause
    return (_predicate_stems(denial.proposition or "") - _CLAIM_WORD_STEMS) | clause


# A claim a denial names and tells: "rejecting a report in Expresso that it would close its
# base" (what it rejects, whatever its verb)
_CLAIM_THAT = re.compile(
    rf"\b(?:{lexicon.alternation('claim_nouns.txt')})s?\b[^.;:]{{0,60}}?\bthat\s+(?P<said>[^.;:]+)",
    re.IGNORECASE,
)


# "report", "claim", "account" …: what names a claim, not what it says
_CLAIM_WORD_STEMS = {
    word[:5] for word in lexicon.words("claim_nouns.txt") | lexicon.words("report_nouns.txt")
}


def _well_after_harm(statement: Statement, claims: list[Statement]) -> bool:
    """ "Tom is fine," his publicist said, after a post said Tom Reyes had been killed: saying
    that the person another speaker claimed dead, hurt or ill is well denies it (`_state_after`
    says of whom)."""
    return _state_after(statement, claims, "wellbeing_phrases.txt", "harm_words.txt")


def _staying_after_leaving(statement: Statement, claims: list[Statement]) -> bool:
    """ "Helen isn't going anywhere," an MP said, after a paper reported the minister would
    step down: saying that the person another speaker claimed is leaving stays denies it."""
    return _state_after(statement, claims, "staying_phrases.txt", "leaving_words.txt")


def _state_after(
    statement: Statement, claims: list[Statement], phrases: str, claimed_words: str
) -> bool:
    """The statement tells a person's state (a pattern of `phrases`, naming them as "who")
    that answers what another speaker's claim told of them (a word of `claimed_words`). The
    person is named in that claim, is the one the speaker speaks for ("Dad is fine", by the
    daughter of the man), or is "he"/"she" told by one speaking for nobody named ("She's
    fine," her rep said); "I'm safe", tweeted by an MP nobody said was hurt, denies nothing."""
    said = [unquoted(part) for part in (statement.proposition, statement.quote) if part]
    found = [
        m
        for p in lexicon.patterns(phrases)
        for part in said
        if (m := p.search(part)) and not stance_opening(part)
    ]  # "We want Jim to come home … to know he's okay": a wish, no word on how he is
    if not found:
        return False
    who = found[0].group("who").lower()
    client = {w.lower() for w in _words(statement.org or "")}  # whom a publicist speaks for
    person = client if who in _PRONOUN_WHO or who in client else {who}
    anyone = False  # "She's fine," her rep said, of nobody named: whoever a claim told was hurt
    if who in _PRONOUN_WHO - _FIRST_PERSON_WHO:
        anyone = not client
        person = client or {w.lower() for w in _words(statement.speaker or "")}
    if who in _FIRST_PERSON_WHO:  # "I'm fine", "Still here": the speaker, or whom they speak for
        person = client or {w.lower() for w in _words(statement.speaker or "")}
    if who in kin_nouns():  # "Dad is fine": the one they speak for, or of their family name
        person = client or {w.lower() for w in _words(statement.speaker or "")[-1:]}
    for claim in claims:  # a claim, or one a denial tells ("rejected claims that X …")
        told = f"{claim.sentence} {claim.proposition or ''}"  # "Rumours that Ray Dalton had …"
        named = {w.lower() for w in _words(told)}
        if (
            claim.kind in {"claim", "denial"}
            and claim.speaker_norm != statement.speaker_norm
            and lexicon.first_match(claimed_words, told) is not None
            and (anyone or person & named)
        ):
            return True
    return False


_PRONOUN_WHO = frozenset(
    {"he", "she", "they", "i", "we", "client"}
)  # "client": whom they speak for
_FIRST_PERSON_WHO = frozenset({"i", "we", ""})  # "" for a bare "Still here"


_STANCES = {"denial", "confirmation"}
_ABOUT_ME = re.compile(r"\b(?:me|myself)\b", re.IGNORECASE)
# Content that asserts nothing: a condition or a question ("if it ever does, ...", "How would
# he trust ...?").
_HYPOTHETICAL = re.compile(
    rf"^\W*(?:{lexicon.alternation('hypothetical_openers.txt')})\b", re.IGNORECASE
)


def _answerers_state(statements: list[Statement]) -> list[Statement]:
    """An actor who denies someone else's claim is answering it: what else that actor asserts
    with a plain "said" after the denial is a statement, not a new claim of the story. A
    retraction (denying one's own claim) does not count, nor does an actor whose own claims
    someone else denies (an accuser's account stays a claim), nor what the actor said before
    the denial, nor an outlet (what it says is a report); explicit cues ("claimed",
    "reported") keep their kind."""
    by_position = {s.position: s for s in statements}
    answers = [
        (s, by_position[s.target])
        for s in statements
        if s.kind == "denial"
        and s.target is not None
        and by_position[s.target].speaker_norm != s.speaker_norm
    ]
    accusers = {claim.speaker_norm for _, claim in answers}
    first_answer: dict[str | None, int] = {}
    for denial, _ in answers:
        if denial.speaker_norm not in accusers and not is_outlet(denial.speaker or ""):
            first_answer.setdefault(denial.speaker_norm, denial.position)
    out: list[Statement] = []
    for statement in statements:
        neutral = cue_kinds().get((statement.cue or "").lower(), "neutral") == "neutral"
        # theirs, or that of the denier they speak for ("zoo director" of the zoo)
        answers_at = [first_answer.get(statement.speaker_norm)]
        answers_at.append(first_answer.get(statement.org.lower()) if statement.org else None)
        answered_at = min((a for a in answers_at if a is not None), default=None)
        if (
            statement.kind == "claim"
            and neutral
            and answered_at is not None
            and statement.position > answered_at
        ):
            statement = replace(statement, kind="statement")
        out.append(statement)
    return out


def _negated_answer(statement: Statement) -> bool:
    content = statement.proposition or ""
    return bool(
        content
        and is_negated(content)
        and not _HYPOTHETICAL.match(content)
        and not lexicon.first_match("not_denial_cues.tsv", statement.sentence)
    )


def _answers_claim(statement: Statement, claims: list[Statement]) -> bool:
    """The statement negates what another speaker claimed, or a word of a claim about its
    own speaker. Merely sounding alike is not enough: "she did not think a severe sentence
    would help" shares words with "his sentencing is scheduled" but contradicts nothing."""
    others = [c for c in claims if c.speaker_norm != statement.speaker_norm]
    if _about_oneself(statement):  # "I never experienced this": only a claim about them
        others = [c for c in others if _names_speaker_of(statement, c)]
    return any(
        _contradicts(statement, c)
        or _names_by_name(c, statement)
        and (
            _negates_word_of(statement, c)
            or _denies_own_act(statement)
            or _DOING_IT.search(unquoted(statement.proposition or "")) is not None
        )
        for c in others
        if c.kind == "claim"
    )


# "he had never laid a hand on any player", "she has never had plastic surgery", "I would never
# fake a performance", "I categorically did not take any money": the speaker (a pronoun) says
# they never did something
_OWN_ACT_NEGATED = re.compile(
    r"^\W*(?:that\s+)?(?:he|she|they|we|i|it)(?:'ve|'d|'s)?\s+"
    r"(?:(?P<never>(?:had|has|have|did|would)?\s*never(?!\s+have\b)|(?:categorically|absolutely|certainly"
    r"|definitely|simply|just)\s+(?:did|had|have|has)\s*(?:not\b|n't\b))"
    r"|(?:had|has|have|did)\s*(?:not\b|n't\b))"
    r"\s*(?:ever\s+|once\s+|even\s+)?(?P<verb>[a-z]+)(?P<rest>[^,;:.]*)",
    re.IGNORECASE,
)


def _denies_own_act(statement: Statement) -> bool:
    """The content says its speaker never did something ("he had never laid a hand on any
    player"): a denial when a claim by someone else names them. A plain "I haven't slept
    well" is no such denial, nor "it had not cut any jobs" (false denials on the FNC checking
    half)."""
    found = _OWN_ACT_NEGATED.match(unquoted(statement.proposition or "").replace("’", "'"))
    if found is None or _is_opinion([found.group("verb")]):
        return False
    if found.group("verb").lower() == "been" and not found.group("rest").startswith(" to "):
        return False  # "I have never been happier"; "never been to Iran" is an act
    if _DEGREE.search(found.group("rest")):
        return False  # "I had never seen anything like it", "never felt so proud"
    return bool(found.group("never"))


# Not doing "it", what the claim says they did, told by pointing back, in the first person:
# "We did not do it", "Nobody at this company would do such a thing", "I never said that"
# (not "it looks like they didn't do it", of others)
_DOING_IT = re.compile(
    r"\b(?:(?:i|we)\s+(?:(?:did|do|would|could)(?:\s*(?:not|n['’]t)|\s+never)|never)"
    r"|(?:no\s?one|nobody)\b[^.;]{0,40}?\b(?:would|could|did))\s+(?:\w+ly\s+)?(?:do|done|say|said)\s+"
    r"(?:it|that|this|so|such\s+a\s+thing|anything\s+(?:like\s+(?:that|this|it)|of\s+the\s+(?:sort|kind)))\b",
    re.IGNORECASE,
)


# How much, not whether: "never seen anything like it", "never felt so proud", "never played
# better"
_DEGREE = re.compile(
    r"\b(?:like\s+(?:it|this|that)|so|such|more|less|better|worse|\w+er\s+than)\b",
    re.IGNORECASE,
)


_SHORT_NAME = 4  # words: a longer "speaker" is a clause taken for a name ("We found no record of")


def _names_by_name(claim: Statement, answer: Statement) -> bool:
    """The claim names the answer's speaker, whose name is a short one (a clause mistaken for
    a speaker names no one)."""
    short = len((answer.speaker or "").split()) <= _SHORT_NAME
    return short and _names_speaker_of(answer, claim)


def _negates_word_of(answer: Statement, claim: Statement) -> bool:
    """The answer's negation covers a word the claim affirms: enough when the claim is about
    the answering actor ("Smith sold the club to an investor ..." and Smith: "I haven't sold
    anything"), who needs to share no more of its words to deny it."""
    claimed = claim.proposition or claim.sentence
    theirs = _predicate_stems(claimed) - _negated_stems(claimed)
    return bool(_negated_stems(answer.proposition or "") & theirs)


def _about_oneself(statement: Statement) -> bool:
    """The negated content speaks of the speaker ("I never experienced this pollution", "It
    doesn't affect me"), not of what somebody else claimed."""
    content = statement.proposition or ""
    if _DID_NOT_SHOW.match(content.replace("’", "'")):
        return False  # "We did not show that coffee causes memory loss": of the clause
    return in_first_person(content) or _ABOUT_ME.search(content) is not None


def _denied_stems(content: str) -> set[str]:
    """The stems a negation covers, with the whole clause of a negated verb of showing or
    saying ("We did not show that coffee causes memory loss": coffee, causes, memory, loss)."""
    shown = _DID_NOT_SHOW.match(content.replace("’", "'"))
    clause = _predicate_stems(content[shown.end() :]) if shown else set()
    return _negated_stems(content) | clause


# "We did not show that …", "I never said that …": a negated verb of showing or saying before
# what it did not show or say
_DID_NOT_SHOW = re.compile(
    r"^\W*(?:i|we)\s+(?:did\s+not|didn't|never|have\s+not|haven't|do\s+not|don't|had\s+not"
    rf"|hadn't)\s+(?:ever\s+)?(?:{lexicon.alternation('showing_verbs.txt')})\s+that\b",
    re.IGNORECASE,
)


def _names_speaker_of(answer: Statement, claim: Statement) -> bool:
    """The claim names the answer's speaker (a name, surname, org or alias of theirs)."""
    names = [answer.speaker, answer.org, *answer.aliases]
    text = f"{claim.sentence} {claim.proposition or ''}".lower()
    parts = {w for n in names if n for w in n.lower().split() if len(w) > 2 and w[0].isalpha()}
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in parts)


def _contradicts(answer: Statement, claim: Statement) -> bool:
    """The answer negates one of the claim's predicate words ("is not serving a suspension"
    against "he's suspended"; "None of them were 'handed over'" against "handed over some"), and
    the two share enough besides: two predicate words, or one that is half the claim's own, or
    one plus a loose overall likeness. Shared names alone never count."""
    claimed = claim.proposition or claim.sentence
    # Only what the claim affirms can be contradicted ("don't get this" is no claim of "get";
    # "made no commitment to Britain joining the air strikes" claims no strikes).
    theirs = _predicate_stems(claimed) - _negated_stems(claimed, _CLAIM_NEGATION_SCOPE)
    if _denies_existence(answer.proposition or "", claimed):
        return True
    negated = _denied_stems(answer.proposition or "") & theirs
    if not negated:
        return False
    shared = _predicate_stems(answer.proposition or "") & theirs
    if len(shared) >= 2:
        return True
    return 2 * len(shared) >= len(theirs) or similarity(answer, claim) >= 45


_NEGATION_SCOPE = 5  # words after "not" / "no" / "never" that the negation is taken to cover
_CLAIM_NEGATION_SCOPE = 12  # … in a claim: what it does not affirm, to its clause's end


def _denies_existence(content: str, claimed: str) -> bool:
    """The content says that a thing the claim affirms never happened or does not exist
    ("There was no leak at all" against "a tanker leaked diesel"; "No deal was signed"): the
    thing and the claim's word compared by stem, so "leak" meets "leaked"."""
    text = content.replace("’", "'").strip()
    found = next(
        (m for p in lexicon.patterns("existence_denials.txt") if (m := p.match(text))), None
    )
    if found is None:
        return False
    negated = _negated_stems(claimed)
    affirmed = {stem_key(w) for w in _words(claimed) if w[0].islower() and w[:5] not in negated}
    return stem_key(found.group("thing")) in affirmed


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w'-]*", text.replace("’", "'"))


def _predicate_stems(text: str) -> set[str]:
    """Five-letter stems of the lower-case content words: "suspended" and "suspension" meet;
    capitalised names and contractions are left out, so a shared subject never decides. (Stem
    keys, which also join "named" and "names", made more false denials on the FNC bodies.)"""
    stop = lexicon.words("stopwords.txt")
    same = _same_event()
    return {
        same.get(stem, stem)  # "left" meets "quit" (event_synonyms.tsv)
        for stem in (
            verb_lemma(w)[:5]  # "did not take" meets "had taken", "never met" meets "meet"
            for w in _words(text)
            if w[0].islower() and len(w) > 2 and "'" not in w and w not in stop
            if not is_negated(w)
        )
    }


@cache
def _same_event() -> dict[str, str]:
    """Five-letter stem of a verb -> the stem of the first verb of its group in
    event_synonyms.tsv ("leave" -> "quit"), or of its family in word_families.tsv
    ("marriage" -> "marry", "death" -> "die")."""
    rows = (*lexicon.rows("event_synonyms.tsv"), *lexicon.rows("word_families.tsv"))
    return {form[:5]: row[0][:5] for row in rows for word in row for form in _regular_forms(word)}


def _regular_forms(verb: str) -> set[str]:
    """The regular forms of a base form ("sack": sacks, sacked, sacking; "ban": banned;
    "quit": quitting)."""
    if verb.endswith("e"):
        return {verb, verb + "s", verb + "d", verb[:-1] + "ing"}
    if re.search(r"(?:qu|[^aeiou])[aeiou][bdgmnprt]$", verb):
        verb_ = verb + verb[-1]  # "banned", "quitting"
        return {verb, verb + "s", verb_ + "ed", verb_ + "ing"}
    return {verb, verb + "s", verb + "ed", verb + "ing"}


# A clause that sets a condition or a contrast ("While scientists have not yet detected liquid
# water, we've found ..."; "if you didn't want ..."): a negation in it is not what is asserted.
_SUBORDINATE = re.compile(
    rf"\b(?:{lexicon.alternation('subordinators.txt')})\b[^,;:.]*",
    re.IGNORECASE,
)
# A relative or complement clause inside the content ("… that is not possible elsewhere",
# "surprised that he did not call"): a negation in it is not what the speaker denies.
_RELATIVE = re.compile(r"(?<=\w)\s+(?:that|which|who)\b[^,;:.]*", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(rf"[,;:—–()]|\b(?:{lexicon.alternation('clause_breaks.txt')})\b")
_NEGATION_LEAD = lexicon.words("negation_lead_words.txt")  # "I do not really think"


def _negated_stems(text: str, scope: int = _NEGATION_SCOPE) -> set[str]:
    """Predicate stems a main-clause negation covers, `scope` words on (to the clause's end at
    most). A negated verb of opinion ("did not think", "I do not really see") states a view,
    and covers nothing."""
    out: set[str] = set()
    main = _RELATIVE.sub(",", _SUBORDINATE.sub(",", text.replace("’", "'")))
    for clause in _CLAUSE_BREAK.split(main):
        words = _words(clause or "")
        for i, word in enumerate(words):
            if not is_negated(word):
                continue
            if _is_opinion(words[i + 1 : i + 4]) or _is_intention(words[max(0, i - 2) : i]):
                break  # a view or a choice ("don't mean X shouldn't be"): the rest is its content
            if _GENERIC_YOU.search(" ".join(words[max(0, i - 2) : i + 1])):
                break  # "you can't send information there": how things are, no event denied
            covered = " ".join(words[i + 1 : i + 1 + scope])
            if not any(p.match(covered) for p in lexicon.patterns("emphatic_negations.txt")):
                out |= _predicate_stems(covered)
    return out


# "you can't", "you could not", "you do not": the generic "you" of a rule or a habit
_GENERIC_YOU = re.compile(
    r"\byou\s+(?:(?:can|could|do|will|would|should)\s+not|cannot|can't|couldn't|don't|won't"
    r"|wouldn't|shouldn't)$",
    re.IGNORECASE,
)


def _is_intention(preceding: list[str]) -> bool:
    """ "The agency chose not to provide ...": a decision stated, not a claim contradicted."""
    return any(w.lower() in lexicon.words("intention_verbs.txt") for w in preceding)


def _is_opinion(following: list[str]) -> bool:
    rest = [w.lower() for w in following if w.lower() not in _NEGATION_LEAD]
    return bool(rest) and any(rest[0].startswith(v) for v in lexicon.words("opinion_verbs.txt"))


def _speaks_for(statement: Statement, denier: Statement) -> bool:
    """The statement's speaker is the denier, one of its executives, or a spokesperson who
    names no one else ("a spokesman", "a ministry spokeswoman" after "the Interior Ministry")."""
    if statement.speaker_norm == denier.speaker_norm:
        return True
    role = (statement.role or "").lower()
    if role in lexicon.words("org_voice_roles.txt") and statement.org:
        # "chief executive Paul Renner" of the bank that denied it
        return statement.org.lower() in {(n or "").lower() for n in (denier.speaker, denier.org)}
    if role not in lexicon.words("spokesperson_roles.txt"):
        return False
    theirs = {
        w for n in (denier.speaker, denier.org, *denier.aliases) if n for w in _words(n.lower())
    }
    mine = {w for w in _words((statement.speaker or "").lower()) if w != role}
    mine -= lexicon.words("stopwords.txt")
    return mine <= theirs or _serves(statement, role, theirs)


def _serves(statement: Statement, role: str, theirs: set[str]) -> bool:
    """A named spokesperson described as the denier's ("port spokeswoman Karin Dahl" after
    "The Port of Dunmore denied …"): the organisation before the role, or the statement's
    org, is named in the denier's names."""
    owners = [statement.org or ""]
    for alias in statement.aliases:
        words = _words(alias.lower())
        if role in words:
            owners.append(" ".join(words[: words.index(role)]))
    for owner in owners:
        found = set(_words(owner.lower())) - lexicon.words("stopwords.txt")
        if found and found <= theirs:
            return True
    return False


_RUN = 3  # statements back that a speaker's run of remarks is searched for their denial


def _same_voice_run(statement: Statement, earlier: list[Statement]) -> list[Statement]:
    """The statements just before this one, back to the first by someone else (at most
    `_RUN`): "'We deny it,' he said. 'We are proud of our work. We broke no law.'"."""
    run: list[Statement] = []
    skipped = False
    told_inside = {s.sentence for s in earlier if s.kind in _STANCES}
    for before in reversed(earlier[-_RUN:]):
        if before.kind == "claim" and before.sentence in told_inside:
            continue  # a report named inside a denial ("denied a report by X that …")
        if not _speaks_for(statement, before):
            if skipped or run or before.kind != "claim":
                break
            # the claim restated between the denial and the quote ("The Port denied the
            # report. / The Herald had reported a leak. / 'There was no spill,' she said.")
            skipped = True
            continue
        run.append(before)
    return run


def _negates_a_claim(statement: Statement, earlier: list[Statement]) -> bool:
    """The statement's negation covers a word that another actor's claim affirms."""
    return any(
        claim.kind == "claim"
        and not _speaks_for(statement, claim)
        and _negates_word_of(statement, claim)
        for claim in earlier
    )


def _denies_by_cue(statement: Statement) -> bool:
    """A denial by its verb alone ("The group denied the claim.")."""
    return cue_kinds().get((statement.cue or "").lower()) in {"denial", "denial-if-content"}


def _continues_denial(statement: Statement, earlier: list[Statement]) -> bool:
    """A negated remark carrying on the speaker's denial: "He added that ...", or a quoted
    remark in the run of remarks after it by the same speaker or their spokesperson ('"... is
    wrong," he said. "We're not in a position to expand."'; "The group denied the claim.
    'We were not there,' a spokesman said.")."""
    run = _same_voice_run(statement, earlier)
    denials = [i for i, s in enumerate(run) if s.kind == "denial"]
    # Right after the denial it goes on with it; further on, it must negate something another
    # actor claimed ("there is no going back" negates nothing claimed).
    if (
        statement.quote is not None
        and denials
        and (denials[0] == 0 or _negates_a_claim(statement, earlier))
    ):
        return True
    if (run and run[0].kind == "denial" and _denies_by_cue(run[0])) or (
        _denies_a_thing(statement) and _side_denied_by_verb(statement, earlier)
    ):
        # "The ministry denied the report. It said no troops took part."; not a view ("it did
        # not expect sales to fall"), whose negation covers no fact
        return bool(_negated_stems(statement.proposition or ""))
    if _own_account_after_denying(statement, earlier):
        return True
    if (statement.cue or "") not in continuation_cues():
        return False
    mine = [s for s in earlier if s.speaker_norm == statement.speaker_norm]
    stances = [s for s in mine if s.kind in {"denial", "confirmation"}]
    return bool(stances) and stances[-1].kind == "denial"


def _denies_a_thing(statement: Statement) -> bool:
    """The statement says that a thing did not happen or does not exist ("There was no air
    strike", "No deal was signed"), not what the speaker plans ("We have no plans to …")."""
    text = (statement.quote or statement.proposition or "").replace("’", "'").strip(' "“”')
    return any(p.match(text) for p in lexicon.patterns("existence_denials.txt"))


def _side_denied_by_verb(statement: Statement, earlier: list[Statement]) -> bool:
    """The speaker's side denied by a verb of denying a few statements before, with only the
    claim it answers and the speaker's own remarks between ("The ministry rejected the group's
    figures. / The group said a missile hit the hospital. / Its spokesman said three people
    died. / "There was no air strike," he said.")."""
    for before in reversed(earlier[-(_RUN + 1) :]):
        if _speaks_for(statement, before):
            if before.kind == "denial" and _denies_by_cue(before):
                return True
        elif before.kind != "claim":
            return False
    return False


def _own_account_after_denying(statement: Statement, earlier: list[Statement]) -> bool:
    """One who denied something by a verb of denying ("Footballer denies assault claims"),
    telling later in the first person what they did not do ("I have never hit anyone"): their
    account is the denial told again, however far from it. A view ("I don't think …") denies
    nothing."""
    said = statement.quote or statement.proposition or ""
    if not in_first_person(said):
        return False
    denied = any(
        s.kind == "denial" and _denies_by_cue(s) and _speaks_for(statement, s) for s in earlier
    )
    return denied and _NEVER.search(said) is not None and bool(_negated_stems(said))


_NEVER = re.compile(r"\bnever\b", re.IGNORECASE)  # "I have never hit anyone": categorical


__all__ = ["extract_statements"]
