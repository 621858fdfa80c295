-- 011: SQLite counts each word's statements in a table, as PostgreSQL has since 002: nothing
-- changes here.
SELECT 1;
