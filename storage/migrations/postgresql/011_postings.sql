-- 011: full-text ranking from a table of postings, the same SQL on both backends (storage/
-- search.py): each (word, statement) pair is a row keyed by word, count and statement length,
-- so the best statements of a word come first in its index. Ranking every statement holding
-- a question's rarest word read them all (68,000 rows, 45,000 heap blocks at 1M statements).
-- The statement-level trigger of 010 keeps the postings too, after the totals and the words.
-- The vocabulary's trigram index (a typo's look-alikes) takes new entries straight into its
-- tree: with GIN's pending list every look-up read the list whole (475 pages, 10 ms at
-- 100,000 statements, until a vacuum); its rows leave room for counts updated in place.
CREATE TABLE statements_postings (
    term         TEXT NOT NULL,
    tf           INTEGER NOT NULL,  -- times the word occurs in the statement
    length       INTEGER NOT NULL,  -- words in the statement
    statement_id BIGINT NOT NULL
);
INSERT INTO statements_postings (term, tf, length, statement_id)
SELECT term, count(*), cardinality(st.terms), st.id
  FROM statements st, unnest(st.terms) AS term
 GROUP BY st.id, term;
ALTER TABLE statements_postings ADD PRIMARY KEY (term, tf, length, statement_id);  -- sorted once

CREATE OR REPLACE FUNCTION statements_count_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN  -- an UPDATE: its old words out, its new words in
        UPDATE statements_totals t SET rows = t.rows - c.n, tokens = t.tokens - c.words
          FROM (SELECT count(*) AS n, COALESCE(sum(cardinality(terms)), 0) AS words
                  FROM removed) c;
        UPDATE statements_vocab v SET doc = v.doc - w.n
          FROM (SELECT term, count(*) AS n
                  FROM (SELECT DISTINCT id, term FROM removed, unnest(terms) AS term) d
                 GROUP BY term ORDER BY term) w
         WHERE v.term = w.term;
        DELETE FROM statements_vocab
         WHERE doc <= 0 AND term IN (SELECT unnest(terms) FROM removed);
        DELETE FROM statements_postings p
         USING (SELECT term, count(*) AS tf, cardinality(terms) AS length, id
                  FROM removed, unnest(terms) AS term GROUP BY id, term, cardinality(terms)) r
         WHERE p.term = r.term AND p.tf = r.tf AND p.length = r.length
           AND p.statement_id = r.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE statements_totals t SET rows = t.rows + c.n, tokens = t.tokens + c.words
          FROM (SELECT count(*) AS n, COALESCE(sum(cardinality(terms)), 0) AS words
                  FROM added) c;
        INSERT INTO statements_vocab AS v (term, doc)
        SELECT term, count(*)
          FROM (SELECT DISTINCT id, term FROM added, unnest(terms) AS term) d
         GROUP BY term ORDER BY term
        ON CONFLICT (term) DO UPDATE SET doc = v.doc + excluded.doc;
        INSERT INTO statements_postings (term, tf, length, statement_id)
        SELECT term, count(*), cardinality(terms), id
          FROM added, unnest(terms) AS term GROUP BY id, term, cardinality(terms);
    END IF;
    RETURN NULL;
END
$$;

ALTER INDEX statements_vocab_trgm SET (fastupdate = off);
SELECT gin_clean_pending_list('statements_vocab_trgm'::regclass);
ALTER TABLE statements_vocab SET (fillfactor = 70);
