-- 010: nothing changes on SQLite (FTS5 keeps its own vocabulary); PostgreSQL's 010 counts
-- statement words once per INSERT or DELETE instead of once per row. One number on both.
SELECT 1;
