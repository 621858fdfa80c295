-- 006: a queued link is finished only once its answer reached the chat, so a crash between
-- storing a story and sending its card loses nothing. `reply` is how the link is answered
-- ('card': its "Reading…" message is edited into the card or one failure line; 'quiet': a 👍
-- reaction in a group; 'none': the command line printed it), `status_message_id` is that
-- "Reading…" message, and `delivered_at` is set when the answer was delivered.
ALTER TABLE ingest_queue ADD COLUMN reply TEXT NOT NULL DEFAULT 'card'
    CHECK (reply IN ('card', 'quiet', 'none'));
ALTER TABLE ingest_queue ADD COLUMN status_message_id INTEGER;
ALTER TABLE ingest_queue ADD COLUMN delivered_at TEXT;
UPDATE ingest_queue SET delivered_at = updated_at WHERE state IN ('done', 'failed');
CREATE INDEX ingest_queue_undelivered ON ingest_queue (id) WHERE delivered_at IS NULL;
CREATE INDEX ingest_queue_message ON ingest_queue (chat_id, message_id, source);
