-- 001: articles, chats, shares, statements (+ FTS5), claim-denial links, the ingest queue.

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    url          TEXT UNIQUE,                 -- canonical URL; NULL for a text story without one
    title        TEXT,
    site         TEXT,
    author       TEXT,
    published    TEXT,                        -- ISO 8601 with the page's own offset
    language     TEXT,
    text         TEXT NOT NULL,
    summary      TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    fetched_at   TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);

CREATE TABLE chats (
    id         INTEGER PRIMARY KEY,          -- Telegram chat id; 0 is the CLI's local chat
    kind       TEXT NOT NULL DEFAULT 'private',
    title      TEXT,
    settings   TEXT NOT NULL DEFAULT '{}',   -- JSON object
    created_at TEXT NOT NULL
);

CREATE TABLE shares (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    message_id INTEGER,
    user_id    INTEGER,
    shared_at  TEXT NOT NULL,
    UNIQUE (chat_id, article_id)
);
CREATE INDEX shares_article ON shares (article_id);
CREATE INDEX shares_chat_time ON shares (chat_id, shared_at);

CREATE TABLE statements (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('claim', 'denial', 'confirmation', 'statement')),
    speaker      TEXT,
    speaker_norm TEXT,
    org          TEXT,
    role         TEXT,
    cue          TEXT,
    sentence     TEXT NOT NULL,
    quote        TEXT,
    quote_start  INTEGER,
    quote_end    INTEGER,
    proposition  TEXT,
    anonymous    INTEGER NOT NULL DEFAULT 0,
    aliases      TEXT NOT NULL DEFAULT '',    -- every name seen for the speaker, "|"-separated
    target_position INTEGER,                  -- the claim this answers, in the same article
    UNIQUE (article_id, position)
);

CREATE VIRTUAL TABLE statements_fts USING fts5 (
    sentence, proposition, speaker, org, aliases,
    content = 'statements', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, sentence, proposition, speaker, org, aliases)
    VALUES (new.id, new.sentence, new.proposition, new.speaker, new.org, new.aliases);
END;
CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, sentence, proposition, speaker, org, aliases)
    VALUES ('delete', old.id, old.sentence, old.proposition, old.speaker, old.org, old.aliases);
END;
CREATE TRIGGER statements_au AFTER UPDATE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, sentence, proposition, speaker, org, aliases)
    VALUES ('delete', old.id, old.sentence, old.proposition, old.speaker, old.org, old.aliases);
    INSERT INTO statements_fts (rowid, sentence, proposition, speaker, org, aliases)
    VALUES (new.id, new.sentence, new.proposition, new.speaker, new.org, new.aliases);
END;

-- A denial or confirmation answering a claim in another article, as seen from one chat.
CREATE TABLE links (
    chat_id    INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    answer_id  INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    claim_id   INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    score      REAL NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (chat_id, answer_id, claim_id)
);

CREATE TABLE ingest_queue (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL,
    source     TEXT NOT NULL,                 -- the link (or file) exactly as given
    message_id INTEGER,
    user_id    INTEGER,
    state      TEXT NOT NULL DEFAULT 'pending'
               CHECK (state IN ('pending', 'running', 'done', 'failed')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ingest_queue_state ON ingest_queue (state, id);
