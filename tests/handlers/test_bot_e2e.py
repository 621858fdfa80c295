"""The real bot end to end: build_application() polling the fake Bot API over HTTP, fetching
fixture pages from a server on 127.0.0.1, storing in a real SQLite file. Nothing mocked."""

from __future__ import annotations

import socket
from dataclasses import replace
from pathlib import Path

import httpx

from bot.config import Settings
from bot.fake_telegram import FakeTelegram
from tests.helpers import (
    BOTH_BACKENDS,
    TOKEN,
    PageServer,
    bot_process,
    fixture_text,
    is_card,
    running_bot,
    stop,
)


@BOTH_BACKENDS
async def test_link_in_private_chat_becomes_a_card_and_this_is_answered(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    async with running_bot(fake, settings):
        link = fake.user_says(chat, anna, "look " + site.url("/world/putin-feelers.html"))
        [card] = await fake.wait_for_sent(is_card, chat=chat, timeout=10)
        assert card.versions[0].text.startswith("Reading 127.0.0.1")
        assert card.reply_to == link["message_id"]
        assert "Is Vladimir Putin" in card.text and "Hindustan Times" in card.text
        assert "Dmitry Peskov" in card.text and "wrong report" in card.text
        assert card.link_preview_options and card.link_preview_options.get("is_disabled")
        assert all(len(b.get("callback_data", "").encode()) <= 64 for b in card.buttons())
        assert any(a.get("action") == "typing" for a in fake.actions)
        fake.user_says(chat, anna, "did the Kremlin deny this?", reply_to=card.message_id)
        [reply] = await fake.wait_for_sent(lambda m: m.text.startswith("Yes"), chat=chat)
        assert "Peskov" in reply.text and "wrong report" in reply.text
        fake.user_says(chat, anna, "/stats")
        [stats] = await fake.wait_for_sent(lambda m: "shared here" in m.text, chat=chat)
        assert stats.text.startswith("1 story shared here: 2 claims, 3 denials,")


async def test_a_question_while_its_story_is_being_read(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    """Asked before the card arrives, the bot says it is still reading, not "I don't know"."""
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    async with running_bot(fake, settings):
        fake.user_says(chat, anna, site.url("/slow.html"))
        await fake.wait_for_sent(lambda m: m.text.startswith("Reading"), chat=chat, timeout=5)
        fake.user_says(chat, anna, "did the kremlin deny the bloomberg report?")
        [early] = await fake.wait_for_sent(lambda m: "still reading" in m.text, chat=chat)
        assert early.text.startswith("I'm still reading a link")
        [card] = await fake.wait_for_sent(is_card, chat=chat, timeout=15)
        fake.user_says(chat, anna, "did the kremlin deny the bloomberg report?")
        [late] = await fake.wait_for_sent(lambda m: m.text.startswith("Yes"), chat=chat)
        assert "Peskov" in late.text
        fake.user_says(chat, anna, "did apple deny it will buy netflix?")
        [unknown] = await fake.wait_for_sent(lambda m: m.text.startswith("I don't know"), chat=chat)
        assert "still reading" not in unknown.text
        del card


@BOTH_BACKENDS
async def test_two_links_the_same_link_again_and_a_failing_link(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    async with running_bot(fake, settings):
        fake.user_says(
            chat,
            anna,
            f"{site.url('/ledger/putin-talks.html')} and {site.url('/world/putin-feelers.html')}",
        )
        cards = await fake.wait_for_sent(lambda m: is_card(m), chat=chat, timeout=10)
        cards = await fake.wait_for_sent(2, chat=chat, timeout=10)
        await fake.wait_until(lambda: len([m for m in fake.sent(chat) if is_card(m)]) == 2, 10)
        denies = [
            m
            for m in fake.sent(chat)
            if "Denies a claim you shared" in m.text or "Denied in a story you shared" in m.text
        ]
        assert denies, [m.text for m in fake.sent(chat)]
        fake.user_says(chat, anna, site.url("/world/putin-feelers.html?utm_source=x"))
        [again] = await fake.wait_for_sent(
            lambda m: "Already shared here" in m.text, chat=chat, timeout=10
        )
        assert site.hits["/world/putin-feelers.html"] == 1
        fake.user_says(chat, anna, site.url("/report.pdf"))
        [failed] = await fake.wait_for_sent(
            lambda m: m.text.startswith("Couldn't read"), chat=chat, timeout=10
        )
        assert "application/pdf" in failed.text and not failed.buttons()
        del cards, again


async def test_forwarded_channel_posts(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    channel = fake.channel("Harbour News", username="harbournews")
    story = fixture_text("plain_story.txt")
    async with running_bot(fake, settings):
        fake.user_says(chat, anna, story, forward_origin=fake.origin_channel(channel, 42))
        [card] = await fake.wait_for_sent(is_card, chat=chat, timeout=10)
        assert "Harbour authority denies plan" in card.text and "Harbour News" in card.text
        sources = [b for b in card.buttons() if b.get("url")]
        assert sources and sources[0]["url"] == "https://t.me/harbournews/42"
        fake.user_says(
            chat,
            anna,
            "via " + site.url("/ledger/putin-talks.html"),
            forward_origin=fake.origin_channel(channel, 43),
        )
        await fake.wait_for_sent(
            lambda m: is_card(m) and "Daily Ledger" in m.text, chat=chat, timeout=10
        )


async def test_small_talk_and_unknown(fake: FakeTelegram, settings: Settings) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    async with running_bot(fake, settings):
        fake.user_says(chat, anna, "thanks!")
        [help_reply] = await fake.wait_for_sent(1, chat=chat)
        assert "who claimed what" in help_reply.text
        fake.user_says(chat, anna, "did Apple deny it will buy Netflix?")
        replies = await fake.wait_for_sent(2, chat=chat)
        assert "I don't know" in replies[1].text
        fake.user_says(chat, anna, "🙂🙂")
        replies = await fake.wait_for_sent(3, chat=chat)
        assert "who claimed what" in replies[2].text  # the short help, not "I don't know"
        fake.user_says(chat, anna, "Good morning!")
        replies = await fake.wait_for_sent(4, chat=chat)
        assert "who claimed what" in replies[3].text


@BOTH_BACKENDS
async def test_group_with_privacy_on_and_isolation(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    anna, ben = fake.user("Anna"), fake.user("Ben")
    group = fake.group("Newsroom")
    private = fake.private_chat(ben)
    async with running_bot(fake, settings):
        fake.bot_added_to_group(group, anna)
        [hello] = await fake.wait_for_sent(1, chat=group)
        assert "/add" in hello.text and "privacy" in hello.text
        fake.user_says(group, anna, "/add " + site.url("/world/putin-feelers.html"))
        [card] = await fake.wait_for_sent(is_card, chat=group, timeout=10)
        fake.user_says(group, ben, "@counterclaim_bot did the Kremlin deny the Bloomberg report?")
        await fake.wait_for_sent(lambda m: m.text.startswith("Yes"), chat=group)
        fake.user_says(group, ben, "did Zelensky deny this?", reply_to=card.message_id)
        await fake.wait_for_sent(lambda m: m.text.startswith("No"), chat=group)
        # the private chat never saw the group's story
        fake.user_says(private, ben, "did the Kremlin deny the Bloomberg report?")
        [answer] = await fake.wait_for_sent(1, chat=private)
        assert "I don't know" in answer.text


async def test_a_429_is_retried(fake: FakeTelegram, settings: Settings) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    async with running_bot(fake, settings):
        fake.fail_next("sendMessage", 429, retry_after=1)
        fake.user_says(chat, anna, "/help")
        [reply] = await fake.wait_for_sent(1, chat=chat, timeout=10)
        assert "Counterclaim" in reply.text


async def test_allowed_chats(fake: FakeTelegram, settings: Settings) -> None:
    anna, ben = fake.user("Anna"), fake.user("Ben")
    async with running_bot(fake, replace(settings, allowed_chats=frozenset({anna.id}))):
        fake.user_says(fake.private_chat(ben), ben, "/help")
        fake.user_says(fake.private_chat(anna), anna, "/help")
        await fake.wait_for_sent(1, timeout=5)
        assert [m.chat_id for m in fake.sent()] == [anna.id]


async def test_a_slow_site_does_not_hold_up_answers(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    slow = replace(settings, fetch=replace(settings.fetch, timeout_s=1.5))
    async with running_bot(fake, slow):
        fake.user_says(chat, anna, site.url("/slow.html"))
        await fake.wait_for_sent(1, chat=chat)  # "Reading 127.0.0.1…"
        fake.user_says(chat, anna, "hello")
        [hello] = await fake.wait_for_sent(lambda m: "Send me a link" in m.text, chat=chat)
        reading = fake.sent(chat)[0]
        assert not reading.edits  # the help came while the slow page was still loading
        await fake.wait_for_sent(lambda m: "timed out" in m.text, chat=chat, timeout=10)
        assert hello.seq > reading.seq


@BOTH_BACKENDS
async def test_buttons_edits_forget_and_topics(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    forum = fake.supergroup("Desk", forum=True)
    fake.set_admins(forum, [anna])
    async with running_bot(fake, settings):
        first = fake.user_says(chat, anna, "reading this later")
        fake.user_says(
            chat, anna, "now: " + site.url("/world/putin-feelers.html"), edit_of=first["message_id"]
        )
        [card] = await fake.wait_for_sent(is_card, chat=chat, timeout=10)
        fake.user_presses(
            chat,
            anna,
            card.message_id,
            next(
                b["callback_data"]
                for b in card.buttons()
                if b.get("callback_data", "").startswith("w:")
            ),
        )
        [who] = await fake.wait_for_sent(
            lambda m: "Denied" in m.text and not m.buttons(), chat=chat
        )
        assert "Peskov" in who.text
        fake.user_says(chat, anna, "/forget")
        await fake.wait_for_sent(lambda m: m.text.startswith("Forgotten"), chat=chat)
        fake.user_says(chat, anna, "did the Kremlin deny the Bloomberg report?")
        await fake.wait_for_sent(lambda m: "I don't know" in m.text, chat=chat)
        # in a forum topic, replies stay in the topic
        fake.user_says(forum, anna, "/add " + site.url("/ledger/putin-talks.html"), thread_id=77)
        [topic_card] = await fake.wait_for_sent(is_card, chat=forum, timeout=10)
        assert topic_card.thread_id == 77


@BOTH_BACKENDS
async def test_links_accepted_before_a_restart_are_finished(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    from storage import Repository

    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    async with await Repository.open(settings.db_path) as repo:
        await repo.accept(chat.id, site.url("/world/putin-feelers.html"))
    async with running_bot(fake, settings):
        [card] = await fake.wait_for_sent(is_card, chat=chat, timeout=10)
        assert "Peskov" in card.text


async def test_counterclaim_run_as_a_process_stops_cleanly_on_sigterm(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with bot_process(fake, tmp_path) as process:
        anna = fake.user("Anna")
        chat = fake.private_chat(anna)
        fake.user_says(chat, anna, "/start")
        [reply] = await fake.wait_for_sent(1, chat=chat, timeout=30)
        assert "Counterclaim" in reply.text
        assert fake.commands  # set_my_commands ran in post_init
        assert await stop(process) == 0
    assert fake.pending_updates == []  # the /start update was confirmed before exit


async def test_group_without_privacy_reads_links_quietly_and_forget_is_for_admins(
    tmp_path: Path, site: PageServer
) -> None:
    async with FakeTelegram(
        TOKEN, username="counterclaim_bot", can_read_all_group_messages=True
    ) as open_fake:
        settings = Settings(
            db_path=str(tmp_path / "open.db"),
            telegram_token=TOKEN,
            telegram_api_base_url=open_fake.base_url,
            allow_private_urls=True,
        )
        anna, ben = open_fake.user("Anna"), open_fake.user("Ben")
        group = open_fake.supergroup("Open newsroom")
        open_fake.set_admins(group, [anna])
        async with running_bot(open_fake, settings):
            open_fake.bot_added_to_group(group, anna)
            [hello] = await open_fake.wait_for_sent(1, chat=group)
            assert "privacy" not in hello.text
            open_fake.user_says(group, ben, "interesting: " + site.url("/world/putin-feelers.html"))
            assert await open_fake.wait_until(lambda: bool(open_fake.reactions), 10)
            assert len(open_fake.sent(group)) == 1  # the greeting only: no wall of text
            open_fake.user_says(group, ben, "did the Kremlin deny it?")  # not addressed
            open_fake.user_says(group, ben, "/forget all")
            await open_fake.wait_for_sent(lambda m: "Only group admins" in m.text, chat=group)
            open_fake.user_says(group, anna, "/forget all")
            await open_fake.wait_for_sent(
                lambda m: m.text == "Forgot all 1 story shared here.", chat=group
            )
            assert len(open_fake.sent(group)) == 3
            open_fake.user_says(group, anna, "/forget")
            await open_fake.wait_for_sent(
                lambda m: m.text == "Nothing to forget: no stories have been shared here.",
                chat=group,
            )


async def test_counterclaim_run_serves_a_webhook(fake: FakeTelegram, tmp_path: Path) -> None:
    with socket.socket() as probe:  # a free port for the webhook server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    hook = f"http://127.0.0.1:{port}/telegram-hook"
    options = ("--webhook-url", hook, "--listen", "127.0.0.1", "--port", str(port))
    async with bot_process(fake, tmp_path, *options, "--secret-token", "s3cret") as process:
        assert await fake.wait_until(lambda: fake.webhook is not None, 30)
        assert fake.webhook == {"url": hook, "secret_token": "s3cret"}
        anna = fake.user("Anna")
        chat = fake.private_chat(anna)
        fake.user_says(chat, anna, "/help")
        [reply] = await fake.wait_for_sent(1, chat=chat, timeout=15)
        assert "Counterclaim" in reply.text
        assert fake.webhook_deliveries[-1][1] == 200
        async with httpx.AsyncClient() as client:  # a forged update without the secret
            forged = await client.post(
                hook,
                json={"update_id": 1, "message": {}},
                headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"},
            )
        assert forged.status_code == 403
        assert await stop(process) == 0


async def test_the_story_just_shared_answers_pronouns_and_its_people(
    fake: FakeTelegram, settings: Settings
) -> None:
    """Right after a story is shared, "she" and "it" are that story's people and claim, the
    accused answers for the described denier, and no quote gets doubled quotation marks."""
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    channel = fake.channel("Millbrook News", username="millbrooknews")
    story = fixture_text("bakery_story.txt")
    async with running_bot(fake, settings):
        fake.user_says(chat, anna, story, forward_origin=fake.origin_channel(channel, 7))
        [card] = await fake.wait_for_sent(is_card, chat=chat, timeout=10)
        assert "Baker accused" in card.text
        fake.user_says(chat, anna, "did she deny insulting them?")
        replies = await fake.wait_for_sent(2, chat=chat)
        she = replies[1].text
        assert "None of the reports I have read covers this story" not in she
        assert "rejects" in she and ("Denied by" in she or she.startswith("Yes"))
        fake.user_says(chat, anna, "did jones deny it?")
        replies = await fake.wait_for_sent(3, chat=chat)
        assert replies[2].text.startswith("Yes"), replies[2].text
        assert "didn't do anything to insult them" in replies[2].text  # her own words, quoted
        fake.user_says(chat, anna, "who denied the discrimination claim?")  # words of its text
        replies = await fake.wait_for_sent(4, chat=chat)
        assert replies[3].text.startswith("Denied by"), replies[3].text
        fake.user_says(chat, anna, "is she lying?")  # "she": the story's baker, not "lying"
        replies = await fake.wait_for_sent(5, chat=chat)
        assert "None of the reports I have read covers this story" not in replies[4].text
        assert "Jones" in replies[4].text, replies[4].text
        fake.user_says(chat, anna, "what did jones say?")
        replies = await fake.wait_for_sent(6, chat=chat)
        for message in (card, *replies):
            assert "““" not in message.text and "””" not in message.text


async def test_a_question_sent_right_after_a_pasted_story_waits_for_it(
    fake: FakeTelegram, settings: Settings
) -> None:
    """The story and the question arrive in one batch of updates: the question is answered
    from the story, after its card, never "I don't know"; another chat is not held up."""
    anna, ben = fake.user("Anna"), fake.user("Ben")
    chat, other = fake.private_chat(anna), fake.private_chat(ben)
    fake.user_says(chat, anna, "/add " + fixture_text("bakery_story.txt"))
    fake.user_says(chat, anna, "did jones deny it?")
    fake.user_says(other, ben, "/help")
    async with running_bot(fake, settings):
        card, answer = await fake.wait_for_sent(2, chat=chat, timeout=10)
        await fake.wait_for_sent(1, chat=other)
    assert "Baker accused" in card.text
    assert answer.text.startswith("Yes"), answer.text
    # a question in words the story does not use: "I don't know", naming the latest story
    fake.user_says(chat, anna, "did anyone confirm the transfer?")
    async with running_bot(fake, settings):
        [*_, unknown] = await fake.wait_for_sent(3, chat=chat)
    assert unknown.text.startswith("I don't know"), unknown.text
    assert "The latest story here is Baker accused" in unknown.text


async def test_the_story_just_shared_answers_the_who_him_and_open_questions(
    fake: FakeTelegram, settings: Settings
) -> None:
    """ "the WHO" is the organisation, not the question's "who"; an open question cites the
    remark that names its topic."""
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    async with running_bot(fake, settings):
        fake.user_says(chat, anna, fixture_text("flu_factcheck_story.txt"))
        await fake.wait_for_sent(is_card, chat=chat, timeout=10)
        fake.user_says(chat, anna, "did the who say 5g spreads the flu?")
        replies = await fake.wait_for_sent(2, chat=chat)
        assert replies[1].text.startswith("No"), replies[1].text
        assert "Jasarevic" in replies[1].text and "post said so" not in replies[1].text
        fake.user_says(chat, anna, "was anyone hurt?")
        replies = await fake.wait_for_sent(3, chat=chat)
        assert "Nobody was hurt" in replies[2].text, replies[2].text


async def test_an_unknown_command_is_named_in_private_and_ignored_in_a_group(
    fake: FakeTelegram, settings: Settings
) -> None:
    anna = fake.user("Anna")
    private, group = fake.private_chat(anna), fake.group("Newsroom")
    async with running_bot(fake, settings):
        fake.user_says(private, anna, "/frobnicate now")
        [reply] = await fake.wait_for_sent(1, chat=private)
        assert reply.text == "I don't have a /frobnicate command. /help lists what I can do."
        fake.user_says(group, anna, "/frobnicate")  # maybe another bot's: no reply
        fake.user_says(group, anna, "/help")
        [help_reply] = await fake.wait_for_sent(1, chat=group)
        assert "Counterclaim" in help_reply.text or "Send me a link" in help_reply.text
        assert len(fake.sent(chat=group)) == 1
