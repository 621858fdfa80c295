"""Full-text search of statements, side by side: FTS5 + bm25 on SQLite, and on PostgreSQL the
same words (a tsvector with a GIN index) ranked by the same bm25, so both find the same rows."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

MATCH_BUDGET = 4000  # rows a question's full-text query may match before common words drop out
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
) -> tuple[str, list[Any]]:
    """PostgreSQL's expression for FTS5's bm25 score (higher is better) of `st`, with its
    parameters: idf from the vocabulary, term frequency and length from st.terms."""
    avgdl = tokens / rows if rows else 1.0
    parts, params = [], []
    length = "cardinality(st.terms)::float8"
    for word in words:
        hits = frequencies.get(word, 0)
        idf = math.log((rows - hits + 0.5) / (hits + 0.5))
        tf = "cardinality(array_positions(st.terms, ?::text))::float8"
        parts.append(f"(? * ({tf} * ?) / ({tf} + ? * (? + ? * {length} / ?)))")
        params += [idf if idf > 0 else 1e-6, word, K1 + 1.0, word, K1, 1 - B, B, avgdl]
    return "(0.0::float8 + " + " + ".join(parts) + ")", params
