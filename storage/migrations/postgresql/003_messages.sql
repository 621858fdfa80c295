-- 003: which article a Telegram message is about (the user's link or the bot's story card),
-- so that a reply to either means "this story".
CREATE TABLE messages (
    chat_id    BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (chat_id, message_id)
);
