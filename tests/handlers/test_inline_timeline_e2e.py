"""Inline answers and claim timelines end to end: the real Application polling the fake Bot API,
fixture pages over HTTP on 127.0.0.1, a real SQLite file. Nothing mocked."""

from __future__ import annotations

from dataclasses import replace

from bot.config import Settings
from bot.fake_telegram import FakeTelegram
from tests.helpers import PageServer, card_for, is_followup, running_bot

QUESTION = "did the kremlin deny the bloomberg report"


async def test_inline_answers_come_from_the_users_own_stories_only(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    fake.supports_inline_queries = True
    anna, bob = fake.user("Anna"), fake.user("Bob")
    chat = fake.private_chat(anna)
    group = fake.group("Friends")
    async with running_bot(fake, settings):
        await card_for(fake, chat, anna, site.url("/world/putin-feelers.html"))

        asked = fake.user_queries_inline(anna, QUESTION, chat_type="group")
        answer = await fake.wait_for_inline_answer(asked["id"], timeout=10)
        assert answer.is_personal and answer.cache_time is not None and answer.cache_time <= 60
        first = answer.results[0]
        assert first["title"].startswith("Yes")
        assert "Peskov" in answer.texts()[0] and "Hindustan Times" in answer.texts()[0]
        assert answer.button is None
        assert len(answer.results) > 1  # the other cited statements follow the answer

        stranger = fake.user_queries_inline(bob, QUESTION, chat_type="private")
        nothing = await fake.wait_for_inline_answer(stranger["id"], timeout=10)
        assert [r["title"] for r in nothing.results] == ["Share a link with me first"]
        assert nothing.button is not None and nothing.button["start_parameter"] == "inline"
        assert nothing.is_personal
        seen_by_bob = " ".join(nothing.texts())
        assert "Peskov" not in seen_by_bob and "Kremlin" not in seen_by_bob

        posted = fake.user_chooses_inline_result(group, anna, asked["id"], first["id"])
        [post] = fake.inline_posts
        assert post.chat_id == group.id and posted["via_bot"]["id"] == fake.bot.id
        assert post.text.startswith("❓ " + QUESTION)
        assert "Yes." in post.text and "wrong report" in post.text
        assert "In answer to:" in post.text
        assert any(e.get("url", "").startswith(site.base) for e in post.entities)

        latest = fake.user_queries_inline(anna, "")
        stories = await fake.wait_for_inline_answer(latest["id"], timeout=10)
        assert [r["title"] for r in stories.results] == [
            "Is Vladimir Putin ‘putting out feelers’ to US on Ukraine war talks?"
        ]
        unknown = fake.user_queries_inline(anna, "did apple deny it will buy netflix")
        missing = await fake.wait_for_inline_answer(unknown["id"], timeout=10)
        assert len(missing.results) == 1 and "I don't know" in missing.results[0]["title"]
        assert missing.button is not None

        # Anna's own inline answer, posted in her chat with the bot, is not read as a question
        fake.user_chooses_inline_result(chat, anna, asked["id"], first["id"])
        fake.user_says(chat, anna, "/stats")
        await fake.wait_for_sent(lambda m: "shared here" in m.text, chat=chat)
        assert not [m for m in fake.sent(chat) if m.text.startswith(("Yes", "I don't know"))]


async def test_a_claim_then_its_denial_timeline_card_update_and_digest(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    async with running_bot(fake, settings):
        claim_card = await card_for(fake, chat, anna, site.url("/ledger/putin-talks.html"))
        fake.user_says(chat, anna, "/digest")
        [first] = await fake.wait_for_sent(lambda m: m.text.startswith("Digest"), chat=chat)
        assert "newly" not in first.text

        fake.user_says(chat, anna, site.url("/world/putin-feelers.html"))
        [update] = await fake.wait_for_sent(is_followup, chat=chat, timeout=10)
        assert update.reply_to == claim_card.message_id
        assert "Denied by Kremlin" in update.text and "Peskov" in update.text
        assert "Now: Denied by" in update.text

        fake.user_says(chat, anna, "what happened with the bloomberg report?")
        [timeline] = await fake.wait_for_sent(lambda m: m.text.startswith("Timeline"), chat=chat)
        reported = timeline.text.index("25 Jan 2024 · Reported by Bloomberg")
        denied = timeline.text.index("26 Jan 2024 · ✗ Denied by Kremlin")
        assert reported < denied
        assert "wrong report" in timeline.text
        assert "Now: Denied by Kremlin and Dmitry Peskov; not confirmed by anyone since." in (
            timeline.text
        )

        # "what happened to …" naming no claim the chat holds is a question like any other
        fake.user_says(chat, anna, "what happened to the ferry in oslo?")
        [unknown] = await fake.wait_for_sent(lambda m: m.text.startswith("I don't know"), chat=chat)
        assert "no claim like that" not in unknown.text

        fake.user_says(chat, anna, "/timeline", reply_to=claim_card.message_id)
        await fake.wait_for_sent(
            lambda m: m.text.startswith("Timeline") and m.message_id != timeline.message_id,
            chat=chat,
        )
        fake.user_says(chat, anna, "/digest")
        [second] = await fake.wait_for_sent(
            lambda m: m.text.startswith("Digest") and m.message_id != first.message_id,
            chat=chat,
            timeout=10,
        )
        assert "Claim (newly denied) — Bloomberg" in second.text

        # the same denial again: "Already shared", and no second update on the earlier card
        fake.user_says(chat, anna, site.url("/world/putin-feelers.html"))
        await fake.wait_for_sent(lambda m: "Already shared here" in m.text, chat=chat, timeout=10)
        fake.user_says(chat, anna, "/stats")
        await fake.wait_for_sent(lambda m: "shared here:" in m.text, chat=chat)
        assert len([m for m in fake.sent(chat) if is_followup(m)]) == 1


async def test_in_a_group_the_earlier_link_gets_a_quiet_update(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    anna = fake.user("Anna")
    group = fake.group("Newsroom")
    fake.set_admins(group, [fake.bot, anna])  # an admin bot sees every message
    async with running_bot(fake, settings):
        claim = fake.user_says(group, anna, site.url("/ledger/putin-talks.html"))
        await fake.wait_until(lambda: len(fake.reactions) == 1, 10)
        fake.user_says(group, anna, site.url("/world/putin-feelers.html"))
        [update] = await fake.wait_for_sent(is_followup, chat=group, timeout=10)
        assert update.reply_to == claim["message_id"]
        sends = [p for m, p in fake.calls if m == "sendMessage" and p.get("chat_id") == group.id]
        assert [p.get("disable_notification") for p in sends] == [True]
        fake.user_says(group, anna, "/timeline the putin feelers story")
        [timeline] = await fake.wait_for_sent(lambda m: m.text.startswith("Timeline"), chat=group)
        assert "Reported by Bloomberg" in timeline.text and "Denied by Kremlin" in timeline.text


async def test_the_share_first_button_and_the_allow_list(
    fake: FakeTelegram, settings: Settings
) -> None:
    fake.supports_inline_queries = True
    anna, bob = fake.user("Anna"), fake.user("Bob")
    only_anna = replace(settings, allowed_chats=frozenset({anna.id}))
    async with running_bot(fake, only_anna):
        mine = fake.user_queries_inline(anna, QUESTION)
        answer = await fake.wait_for_inline_answer(mine["id"], timeout=10)
        assert answer.button is not None and answer.button["start_parameter"] == "inline"
        fake.user_says(fake.private_chat(anna), anna, "/start inline")  # the button's /start
        [hint] = await fake.wait_for_sent(lambda m: "@username" in m.text, timeout=10)
        assert hint.text.startswith("Send me a link")
        theirs = fake.user_queries_inline(bob, QUESTION)
        fake.user_says(fake.private_chat(anna), anna, "/stats")  # handled after Bob's query
        await fake.wait_for_sent(lambda m: "shared here" in m.text, timeout=10)
        assert theirs["id"] not in [a.query_id for a in fake.inline_answers]
