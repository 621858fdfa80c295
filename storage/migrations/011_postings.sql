-- 011: full-text ranking from a table of postings, the same SQL on both backends (storage/
-- search.py). FTS5 ranked every statement holding a question's rarest word (68,000 at 1M
-- statements, 300 ms) and fts5vocab counted a word's statements by reading all of them (4 ms
-- for "the" at 100,000); now each (word, statement) pair is a row keyed by word, count and
-- statement length, so the best statements of a word come first in its index, and each word's
-- statement count and the totals bm25 needs are kept in tables, as PostgreSQL keeps them.
-- Each statement keeps its searched words (`terms`, a JSON array, cut by
-- storage.search.statement_terms as FTS5 cuts them; PostgreSQL's terms since 001), written on
-- INSERT; triggers count them in and out. Statements stored before 011 get theirs from
-- statement_terms(), a function the connection registers (storage/sqlite.py).
ALTER TABLE statements ADD COLUMN terms TEXT;
UPDATE statements SET terms = statement_terms(sentence, proposition, speaker, org, aliases);

CREATE TABLE statements_postings (
    term         TEXT NOT NULL,
    tf           INTEGER NOT NULL,  -- times the word occurs in the statement
    length       INTEGER NOT NULL,  -- words in the statement
    statement_id INTEGER NOT NULL,
    PRIMARY KEY (term, tf, length, statement_id)
) WITHOUT ROWID;
INSERT INTO statements_postings (term, tf, length, statement_id)  -- in key order: appended
SELECT w.value, count(*), json_array_length(st.terms), st.id
  FROM statements st, json_each(st.terms) w GROUP BY st.id, w.value ORDER BY 1, 2, 3, 4;

DROP TABLE statements_vocab;  -- fts5vocab
CREATE TABLE statements_vocab (
    term TEXT PRIMARY KEY,
    doc  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO statements_vocab (term, doc)
SELECT term, count(*) FROM statements_postings GROUP BY term;

CREATE TABLE statements_totals (
    rows   INTEGER NOT NULL,
    tokens INTEGER NOT NULL
);
INSERT INTO statements_totals (rows, tokens)
SELECT count(*), COALESCE(sum(json_array_length(terms)), 0) FROM statements;

CREATE TRIGGER statements_terms_ai AFTER INSERT ON statements BEGIN
    UPDATE statements_totals
       SET rows = rows + 1, tokens = tokens + COALESCE(json_array_length(new.terms), 0);
    INSERT INTO statements_postings (term, tf, length, statement_id)
    SELECT value, count(*), json_array_length(new.terms), new.id
      FROM json_each(new.terms) GROUP BY value;
    INSERT INTO statements_vocab (term, doc)
    SELECT DISTINCT value, 1 FROM json_each(new.terms) WHERE true
    ON CONFLICT (term) DO UPDATE SET doc = doc + 1;
END;

CREATE TRIGGER statements_terms_ad AFTER DELETE ON statements BEGIN
    UPDATE statements_totals
       SET rows = rows - 1, tokens = tokens - COALESCE(json_array_length(old.terms), 0);
    DELETE FROM statements_postings
     WHERE (term, tf, length, statement_id) IN (
           SELECT value, count(*), json_array_length(old.terms), old.id
             FROM json_each(old.terms) GROUP BY value);
    UPDATE statements_vocab SET doc = doc - 1
     WHERE term IN (SELECT value FROM json_each(old.terms));
    DELETE FROM statements_vocab
     WHERE doc <= 0 AND term IN (SELECT value FROM json_each(old.terms));
END;

CREATE TRIGGER statements_terms_au AFTER UPDATE OF terms ON statements BEGIN
    UPDATE statements_totals
       SET tokens = tokens - COALESCE(json_array_length(old.terms), 0)
                      + COALESCE(json_array_length(new.terms), 0);
    DELETE FROM statements_postings
     WHERE (term, tf, length, statement_id) IN (
           SELECT value, count(*), json_array_length(old.terms), old.id
             FROM json_each(old.terms) GROUP BY value);
    UPDATE statements_vocab SET doc = doc - 1
     WHERE term IN (SELECT value FROM json_each(old.terms));
    DELETE FROM statements_vocab
     WHERE doc <= 0 AND term IN (SELECT value FROM json_each(old.terms));
    INSERT INTO statements_postings (term, tf, length, statement_id)
    SELECT value, count(*), json_array_length(new.terms), new.id
      FROM json_each(new.terms) GROUP BY value;
    INSERT INTO statements_vocab (term, doc)
    SELECT DISTINCT value, 1 FROM json_each(new.terms) WHERE true
    ON CONFLICT (term) DO UPDATE SET doc = doc + 1;
END;
