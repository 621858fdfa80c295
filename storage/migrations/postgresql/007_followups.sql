-- 007: replies sent to an earlier story's card when a later story shared in the same chat
-- denied, confirmed or retracted its claim: one per (chat, earlier story, later story), so a
-- re-share or a restart never sends the same update twice.
CREATE TABLE followups (
    chat_id        BIGINT NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    claim_article  BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    answer_article BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    message_id     BIGINT,                   -- the card (or link) message replied to
    created_at     TEXT NOT NULL,
    PRIMARY KEY (chat_id, claim_article, answer_article)
);
