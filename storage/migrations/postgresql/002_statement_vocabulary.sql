-- 002: the vocabulary of statements (how many hold each word, as FTS5's fts5vocab 'row'
-- counts), so retrieval can leave out words too common to help; kept by triggers. Every
-- change first locks the one statements_totals row, so concurrent writers never deadlock
-- over the words they share.
CREATE TABLE statements_vocab (
    term TEXT PRIMARY KEY,
    doc  BIGINT NOT NULL
);

CREATE FUNCTION statements_count(words TEXT[], sign INTEGER) RETURNS void LANGUAGE sql AS $$
    UPDATE statements_totals
       SET rows = rows + sign, tokens = tokens + sign * cardinality(words);
    INSERT INTO statements_vocab AS v (term, doc)
    SELECT DISTINCT term, sign FROM unnest(words) AS term ORDER BY term
    ON CONFLICT (term) DO UPDATE SET doc = v.doc + excluded.doc;
    DELETE FROM statements_vocab WHERE doc <= 0 AND term = ANY (words);
$$;

CREATE FUNCTION statements_count_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM statements_count(OLD.terms, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM statements_count(NEW.terms, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER statements_words AFTER INSERT OR DELETE OR UPDATE OF terms ON statements
    FOR EACH ROW EXECUTE FUNCTION statements_count_words();
