-- 006: a queued link is finished only once its answer reached the chat (see SQLite's 006).
-- On PostgreSQL the same link of the same message is unique, so two processes accepting it at
-- once keep one job.
ALTER TABLE ingest_queue ADD COLUMN reply TEXT NOT NULL DEFAULT 'card'
    CHECK (reply IN ('card', 'quiet', 'none'));
ALTER TABLE ingest_queue ADD COLUMN status_message_id BIGINT;
ALTER TABLE ingest_queue ADD COLUMN delivered_at TEXT;
UPDATE ingest_queue SET delivered_at = updated_at WHERE state IN ('done', 'failed');
CREATE INDEX ingest_queue_undelivered ON ingest_queue (id) WHERE delivered_at IS NULL;
CREATE UNIQUE INDEX ingest_queue_message ON ingest_queue (chat_id, message_id, source);
