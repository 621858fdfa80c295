"""Full-text search of statements, side by side: FTS5 + bm25 on SQLite, and on PostgreSQL the
same words (a tsvector with a GIN index) ranked by the same bm25, so both find the same rows."""

from __future__ import annotations

import json
import math
import re
import unicodedata

MATCH_BUDGET = 4000  # rows a question's full-text query may match before common words drop out
# A word of the question no statement holds may be a typo ("peskow"): the stored words most like
# it stand in for it. Alike means pg_trgm's trigram similarity (computed the same way on SQLite)
# of at least TYPO_MIN, the same first letter (a typo rarely starts a word), TYPO_TERMS at most.
TYPO_MIN = 0.4
TYPO_TERMS = 2
TYPO_MIN_LEN = 4  # shorter unknown words are left out, not guessed at
K1, B = 1.2, 0.75  # FTS5's bm25 constants
_TOKEN = re.compile(r"\w+")
_INDEXED = re.compile(r"[^\W_]+")  # unicode61: letters and digits; the rest separates words


def _plain(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def fts_tokens(words: list[str]) -> list[str]:
    """Words as the FTS5 tokenizer sees them: lower case, split on punctuation, no accents."""
    tokens: list[str] = []
    for word in words:
        tokens.extend(t for t in _TOKEN.findall(_plain(word)) if t not in tokens)
    return tokens


def statement_terms(*columns: str | None) -> list[str]:
    """Every word of a statement's searched columns, in order, as FTS5's unicode61 tokenizer
    (remove_diacritics 2) cuts them: what PostgreSQL stores, so both count the same words."""
    return [t for column in columns if column for t in _INDEXED.findall(_plain(column))]


def statement_words(*columns: str | None) -> str:
    """SQLite's `words` of a statement: its distinct `statement_terms`, a JSON array."""
    return json.dumps(list(dict.fromkeys(statement_terms(*columns))), ensure_ascii=False)


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one lower-case word: padded with two blanks before, one after."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def trigram_similarity(a: str, b: str) -> float:
    """pg_trgm's similarity(): shared trigrams over all trigrams of the two words."""
    mine, theirs = trigrams(a), trigrams(b)
    return len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0


def alike(word: str, terms: list[str]) -> list[str]:
    """The terms most like `word` (see TYPO_MIN), best first, ties in alphabetical order."""
    scored = [(trigram_similarity(word, t), t) for t in terms if t != word and t[:1] == word[:1]]
    kept = sorted((s, t) for s, t in scored if s >= TYPO_MIN)
    return [t for _, t in sorted(kept, key=lambda st: (-st[0], st[1]))][:TYPO_TERMS]


def selective(frequencies: dict[str, int], budget: int = MATCH_BUDGET) -> list[str]:
    """The rarest words whose matches fit in `budget` rows (always the rarest one): common
    words add little to ranking and cost the most to rank."""
    chosen: list[str] = []
    total = 0
    for word, count in sorted(frequencies.items(), key=lambda item: item[1]):
        if count == 0:
            continue
        if chosen and total + count > budget:
            break
        chosen.append(word)
        total += count
    return chosen


def fts_query(words: list[str]) -> str:
    """An FTS5 MATCH expression that ORs quoted words (quotes make any word safe)."""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words if w.strip()]
    return " OR ".join(quoted)


def ts_query(words: list[str]) -> str:
    """The same OR of words for PostgreSQL's to_tsquery('simple', …), each word quoted."""
    quoted = ["'" + w.replace("\\", "\\\\").replace("'", "''") + "'" for w in words if w.strip()]
    return " | ".join(quoted)


def bm25_sql(
    words: list[str], frequencies: dict[str, int], rows: int, tokens: int
) -> tuple[str, str, list[str]]:
    """PostgreSQL's form of FTS5's bm25 (higher is better) for the statement `st`: a LATERAL
    subquery counting each word in st.terms once, the score over its columns, and the
    subquery's parameters (the words). The constants are exact float8 literals: idf from the
    vocabulary, k1, b and the average length as FTS5 computes them."""
    avgdl = tokens / rows if rows else 1.0
    length = "cardinality(st.terms)::float8"
    # as fts5_aux.c sums it: score += idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + b * D / avgdl)))
    # where the last term is the same double for every word of a row: computed once
    counts = [f"{_f(K1)} * ({_f(1 - B)} + {_f(B)} * {length} / {_f(avgdl)}) AS k"]
    parts = []
    for i, word in enumerate(words):
        hits = frequencies.get(word, 0)
        idf = max(math.log((rows - hits + 0.5) / (hits + 0.5)), 0.0) or 1e-6
        counts.append(f"cardinality(array_positions(st.terms, ?::text))::float8 AS t{i}")
        parts.append(f"({_f(idf)} * ((w.t{i} * {_f(K1 + 1.0)}) / (w.t{i} + w.k)))")
    lateral = f"CROSS JOIN LATERAL (SELECT {', '.join(counts)}) w"
    return lateral, "(0.0::float8 + " + " + ".join(parts) + ")", list(words)


def _f(value: float) -> str:
    """A float8 literal that reads back as exactly `value` (repr round-trips)."""
    return f"'{value!r}'::float8"
