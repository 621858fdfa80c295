-- 008: several bot workers on one database (see SQLite's 008). `updates_seen` notes each
-- Telegram update a worker took; a queued link is leased by the worker reading it, and a lease
-- that ran out is taken over by another worker (claimed with FOR UPDATE SKIP LOCKED).
CREATE TABLE updates_seen (
    update_id BIGINT PRIMARY KEY,
    seen_at   TEXT NOT NULL
);
CREATE INDEX updates_seen_at ON updates_seen (seen_at);
ALTER TABLE ingest_queue ADD COLUMN lease_owner TEXT;
ALTER TABLE ingest_queue ADD COLUMN lease_until TEXT;
CREATE INDEX ingest_queue_lease ON ingest_queue (lease_until, id) WHERE delivered_at IS NULL;
