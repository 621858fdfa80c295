-- 010: the vocabulary and the totals counted once per INSERT, DELETE or UPDATE statement (over
-- its transition tables) rather than once per row: a story's statements, stored by one INSERT,
-- touch each word's row once (a row at a time made bulk loads ~1 ms a statement). The counts
-- are the same. The totals row is still locked first and words in order: no deadlock.
DROP TRIGGER statements_words ON statements;
DROP FUNCTION statements_count_words();
DROP FUNCTION statements_count(TEXT[], INTEGER);

CREATE FUNCTION statements_count_words() RETURNS trigger LANGUAGE plpgsql AS $$
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
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER statements_words_added AFTER INSERT ON statements
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION statements_count_words();
CREATE TRIGGER statements_words_removed AFTER DELETE ON statements
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION statements_count_words();
CREATE TRIGGER statements_words_changed AFTER UPDATE ON statements
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION statements_count_words();
