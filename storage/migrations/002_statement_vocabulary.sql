-- 002: the FTS5 vocabulary of statements, so retrieval can leave out words too common to help.
CREATE VIRTUAL TABLE statements_vocab USING fts5vocab (statements_fts, 'row');
