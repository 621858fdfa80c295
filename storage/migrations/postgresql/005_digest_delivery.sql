-- 005: a digest goes to the forum topic it was scheduled in (thread_id; NULL is the chat itself
-- or a forum's General topic), and a scheduled digest is kept until it is delivered: a failed
-- send is retried, also after a restart, and the period counts as sent only once it went out.
ALTER TABLE digests ADD COLUMN thread_id BIGINT;

CREATE TABLE digest_deliveries (
    chat_id    BIGINT PRIMARY KEY REFERENCES chats (id) ON DELETE CASCADE,
    period     TEXT NOT NULL,                -- UTC ISO: the scheduled run being delivered
    since      TEXT NOT NULL,                -- UTC ISO: the digest covers (since, until] …
    until      TEXT NOT NULL,                -- … fixed at the first attempt, so a retry is the same
    parts_sent INTEGER NOT NULL DEFAULT 0,   -- messages of it delivered so far
    attempts   INTEGER NOT NULL DEFAULT 0,   -- failed attempts so far
    retry_at   TEXT,                         -- UTC ISO: next attempt; NULL while one is running
    last_error TEXT,
    created_at TEXT NOT NULL
);
