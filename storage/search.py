"""Full-text search of statements, one SQL on both backends: every statement's words in a
postings table (cut as SQLite's FTS5 cuts them), ranked by FTS5's bm25: the same rows on both."""

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
TYPO_MIN_LEN = 3  # shorter unknown words are left out, not guessed at ("rud" for "Rudd" is not)
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


def terms_json(*columns: str | None) -> str:
    """SQLite's `terms` of a statement: its `statement_terms`, a JSON array."""
    return json.dumps(statement_terms(*columns), ensure_ascii=False)


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


_FLOAT = "CAST(? AS DOUBLE PRECISION)"
# the posting's statement is shared in the chat (its id the parameter)
_IN_CHAT = (
    "EXISTS (SELECT 1 FROM statements st JOIN shares sh ON sh.article_id = st.article_id "
    "WHERE st.id = p.statement_id AND sh.chat_id = ?)"
)  # a float parameter, exactly as bound, on both backends


def ranked_sql(words: list[str], most_often: int, in_chat: bool = False) -> str:
    """Statement ids and FTS5's bm25 (higher is better) of the statements holding any of
    `words`, best first (ties: lower id first), at most a number of them: the same SQL on
    both backends, over statements_postings. Its parameters: `ranked_params`.

    One word: the statements holding it as often (1 to `most_often` times) rank by length,
    shortest first, so the best of each count come first in the postings' key, and only
    those are scored. Several words: what `selective` chose, MATCH_BUDGET rows at most, all
    scored. As fts5_aux.c sums it: score += idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + b *
    D / avgdl))), word after word, from 0.

    `in_chat`: only the statements shared in one chat (a parameter after the words), for a
    chat that holds few of all statements: ranking all chats first would read many rows to
    find its few."""
    chat = f" AND {_IN_CHAT}" if in_chat else ""
    if len(words) == 1:
        best = (
            "SELECT * FROM (SELECT statement_id, length, tf AS t0 FROM statements_postings p "
            f"WHERE term = ? AND tf = ?{chat} ORDER BY length, statement_id LIMIT ?) AS c{{}}"
        )
        source = " UNION ALL ".join(best.format(n) for n in range(max(most_often, 1)))
    else:
        counts = ", ".join(
            f"sum(CASE WHEN term = ? THEN tf ELSE 0 END) AS t{i}" for i in range(len(words))
        )
        source = (
            f"SELECT statement_id, length, {counts} FROM statements_postings p "
            f"WHERE term IN ({', '.join('?' for _ in words)}){chat} GROUP BY statement_id, length"
        )
    k = f"{_FLOAT} * ({_FLOAT} + {_FLOAT} * h.length / {_FLOAT})"
    parts = [f"{_FLOAT} * ((h.t{i} * {_FLOAT}) / (h.t{i} + {k}))" for i in range(len(words))]
    return (
        f"SELECT h.statement_id AS id, (CAST(0.0 AS DOUBLE PRECISION) + {' + '.join(parts)}) "
        f"AS score FROM ({source}) AS h ORDER BY score DESC, id LIMIT ?"
    )


def ranked_params(
    words: list[str], frequencies: dict[str, int], totals: tuple[int, int], most_often: int,
    size: int, chat_id: int | None = None,
) -> list[object]:  # fmt: skip
    """`ranked_sql`'s parameters: the best `size` statements. The constants are exact: idf
    from the vocabulary, k1, b and the average length as FTS5 computes them."""
    rows, tokens = totals
    avgdl = tokens / rows if rows else 1.0
    params: list[object] = []
    for word in words:  # the score's, first in the SQL
        hits = frequencies.get(word, 0)
        idf = max(math.log((rows - hits + 0.5) / (hits + 0.5)), 0.0) or 1e-6
        params += [idf, K1 + 1.0, K1, 1 - B, B, avgdl]
    chat = [] if chat_id is None else [chat_id]
    if len(words) == 1:
        for count in range(1, max(most_often, 1) + 1):
            params += [words[0], count, *chat, size]
    else:
        params += [*words, *words, *chat]
    return [*params, size]
