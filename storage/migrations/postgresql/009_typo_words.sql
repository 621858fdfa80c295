-- 009: words like a question's unknown word (a typo, "peskow") found with pg_trgm's trigram
-- index on the vocabulary; the speaker-name trigram index of 001 was never used by a query.
CREATE INDEX statements_vocab_trgm ON statements_vocab USING GIN (term gin_trgm_ops);
DROP INDEX IF EXISTS statements_speaker_trgm;
