-- 009: words like a question's unknown word (a typo) are looked up in the vocabulary. On SQLite
-- the FTS5 vocabulary is read by first letter and compared in Python (storage/search.py): no
-- schema change. PostgreSQL's 009 gives its vocabulary a trigram index.
SELECT 1;
