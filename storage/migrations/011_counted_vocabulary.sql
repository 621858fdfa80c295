-- 011: each word's statement count kept in a table, as PostgreSQL keeps it, in place of the
-- fts5vocab table (which counts a word's statements by reading all of them: "the" took 4 ms at
-- 100,000 statements, ten times that at 1M, on every question). Each statement keeps its
-- distinct searched words as a JSON array (`words`, cut by storage.search.statement_terms as
-- FTS5 cuts them, written on INSERT); triggers count them in and out. The stored statements
-- get theirs from statement_words(), which the connection registers (storage/sqlite.py).
ALTER TABLE statements ADD COLUMN words TEXT;
UPDATE statements SET words = statement_words(sentence, proposition, speaker, org, aliases);
DROP TABLE statements_vocab;
CREATE TABLE statements_vocab (
    term TEXT PRIMARY KEY,
    doc  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO statements_vocab (term, doc)
SELECT w.value, count(*) FROM statements st, json_each(st.words) w GROUP BY w.value;
CREATE TRIGGER statements_words_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_vocab (term, doc) SELECT value, 1 FROM json_each(new.words) WHERE true
    ON CONFLICT (term) DO UPDATE SET doc = doc + 1;
END;
CREATE TRIGGER statements_words_ad AFTER DELETE ON statements BEGIN
    UPDATE statements_vocab SET doc = doc - 1 WHERE term IN (SELECT value FROM json_each(old.words));
    DELETE FROM statements_vocab
     WHERE doc <= 0 AND term IN (SELECT value FROM json_each(old.words));
END;
CREATE TRIGGER statements_words_au AFTER UPDATE OF words ON statements BEGIN
    UPDATE statements_vocab SET doc = doc - 1 WHERE term IN (SELECT value FROM json_each(old.words));
    DELETE FROM statements_vocab
     WHERE doc <= 0 AND term IN (SELECT value FROM json_each(old.words));
    INSERT INTO statements_vocab (term, doc) SELECT value, 1 FROM json_each(new.words) WHERE true
    ON CONFLICT (term) DO UPDATE SET doc = doc + 1;
END;
