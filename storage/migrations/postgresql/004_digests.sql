-- 004: digests per chat — the schedule in the chat's zone, the last period sent (so a period is
-- never sent twice, also across a restart), when the last digest went out (where the next one's
-- content starts), and whether the chat blocked or removed the bot (then it is not scheduled).
CREATE TABLE digests (
    chat_id     BIGINT PRIMARY KEY REFERENCES chats (id) ON DELETE CASCADE,
    frequency   TEXT NOT NULL DEFAULT 'off' CHECK (frequency IN ('off', 'daily', 'weekly')),
    weekday     INTEGER CHECK (weekday BETWEEN 0 AND 6),   -- 0 = Monday, weekly only
    hour        INTEGER NOT NULL DEFAULT 9 CHECK (hour BETWEEN 0 AND 23),
    minute      INTEGER NOT NULL DEFAULT 0 CHECK (minute BETWEEN 0 AND 59),
    zone        TEXT NOT NULL DEFAULT 'UTC',                -- IANA name, remembered when off
    last_period TEXT,                                       -- UTC ISO: last run instant claimed
    last_sent   TEXT,                                       -- UTC ISO: end of the last digest
    blocked     INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL
);
CREATE INDEX digests_active ON digests (frequency, blocked);
