-- 008: several bot workers on one database. `updates_seen` notes each Telegram update a worker
-- took (Telegram delivers a webhook update again after a failed or timed-out delivery, maybe to
-- another worker); rows older than a few days are pruned. A queued link is leased by the worker
-- reading it (`lease_owner`: host:pid:random, `lease_until`: UTC ISO time, renewed while the
-- worker lives); a lease that ran out is taken over by another worker.
CREATE TABLE updates_seen (
    update_id INTEGER PRIMARY KEY,
    seen_at   TEXT NOT NULL
);
CREATE INDEX updates_seen_at ON updates_seen (seen_at);
ALTER TABLE ingest_queue ADD COLUMN lease_owner TEXT;
ALTER TABLE ingest_queue ADD COLUMN lease_until TEXT;
CREATE INDEX ingest_queue_lease ON ingest_queue (lease_until, id) WHERE delivered_at IS NULL;
