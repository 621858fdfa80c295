"""Property-based tests (hypothesis): hostile links, text and questions never crash the bot.

* URL parsing and address checks: any link is fetched or refused with a FetchError, and an
  address the check refuses is never handed to the connection (a recording transport sees
  nothing).
* Sentences and statements: any text splits without an exception, and every sentence and
  quote is a verbatim span of the text at its offsets.
* Message splitting: every part fits Telegram's 4,096 characters, and the entries come back
  whole and in order.
* Questions: any Unicode, FTS5 operators, 10,000 characters — an answer, never an exception.

Examples are bounded (the suite's budget is seconds, not minutes) and derandomized, so a
failure is reproducible from the run that found it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import tempfile
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.answer.ask import answer_question
from bot.answer.question import parse_question
from bot.config import FetchLimits
from bot.errors import FetchError
from bot.fake_telegram import parse_html
from bot.fetch.addresses import address_problem
from bot.fetch.client import fetch
from bot.models import Article
from bot.render.cards import MAX_MESSAGE, split_messages, story_card
from bot.statements.extractor import extract_statements
from bot.text.sentences import split_paragraph_sentences, split_sentences
from storage import Repository

BOUNDED = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
LIMITS = FetchLimits(timeout_s=5)

# ------------------------------------------------------------------ links and addresses

addresses = st.one_of(
    st.ip_addresses(v=4),
    st.ip_addresses(v=6),
    # the neighbourhoods that matter most: special blocks and their IPv6 disguises
    st.sampled_from(
        [
            "127.0.0.1", "10.1.2.3", "169.254.169.254", "100.100.100.200", "192.0.0.9",
            "::ffff:127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "fd00:ec2::254",
            "2001:0:4136:e378:8000:63bf:f5ff:fffe", "8.8.8.8", "2606:4700::1111",
        ]
    ).map(ipaddress.ip_address),
)  # fmt: skip


class _Page(httpx.AsyncByteStream):
    async def __aiter__(self):  # type: ignore[override]
        yield b"<html><body><p>ok</p></body></html>"


class RecordingTransport(httpx.AsyncBaseTransport):
    """The connection: records every request handed to it, answers with a tiny page."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, headers={"Content-Type": "text/html"}, stream=_Page())


def _host(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    return f"[{ip}]" if ip.version == 6 else str(ip)


async def _fetch_recorded(url: str) -> tuple[RecordingTransport, Exception | None]:
    transport = RecordingTransport()
    async with httpx.AsyncClient(transport=transport) as client:
        try:
            await fetch(url, LIMITS, allow_private=False, client=client)
        except FetchError as exc:
            return transport, exc
    return transport, None


@BOUNDED
@given(ip=addresses, path=st.text(max_size=30))
def test_a_refused_address_never_reaches_connect(ip, path: str) -> None:
    url = f"http://{_host(ip)}/{path}"
    transport, error = asyncio.run(_fetch_recorded(url))
    if address_problem(ip) is not None:
        assert transport.requests == [] and isinstance(error, FetchError)
        assert str(error).startswith(("refused:", "not a valid link"))
    for request in transport.requests:  # whatever was sent went to a checked, allowed address
        sent_to = ipaddress.ip_address(request.url.host.strip("[]"))
        assert address_problem(sent_to) is None


@BOUNDED
@given(answers=st.lists(addresses, min_size=1, max_size=4))
def test_a_name_with_any_refused_answer_is_never_connected(answers) -> None:
    """DNS answers for a name: if any one is refused, nothing is sent anywhere."""

    async def run() -> tuple[RecordingTransport, Exception | None]:
        loop = asyncio.get_running_loop()

        async def getaddrinfo(host: str, port: int, **_: object) -> list[tuple]:
            return [
                (socket.AF_INET6 if ip.version == 6 else socket.AF_INET, 1, 6, "", (str(ip), port))
                for ip in answers
            ]

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(loop, "getaddrinfo", getaddrinfo)
            return await _fetch_recorded("http://news.example/story")

    transport, error = asyncio.run(run())
    if any(address_problem(ip) for ip in answers):
        assert transport.requests == [] and isinstance(error, FetchError)
    else:
        assert error is None and len(transport.requests) == 1


@BOUNDED
@given(raw=st.text(max_size=80))
@example(raw="http://[::1")
@example(raw="http://example.com:99999/")
@example(raw="javascript:alert(1)")
@example(raw="http://\u0000/")
def test_any_link_text_is_fetched_or_refused_in_one_line(raw: str) -> None:
    transport, error = asyncio.run(_fetch_recorded(raw))
    assert transport.requests == [] or error is None
    if error is not None:
        assert "\n" not in str(error) and str(error)


@BOUNDED
@given(scheme=st.sampled_from(["http", "https"]), host=st.text(min_size=1, max_size=40))
def test_any_host_text_is_refused_cleanly(scheme: str, host: str) -> None:
    async def run() -> tuple[RecordingTransport, Exception | None]:
        loop = asyncio.get_running_loop()

        async def getaddrinfo(name: str, port: int, **_: object) -> list[tuple]:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(loop, "getaddrinfo", getaddrinfo)
            return await _fetch_recorded(f"{scheme}://{host}/")

    transport, error = asyncio.run(run())
    assert transport.requests == []  # no name resolves here, and literals are checked first
    if error is None:
        raise AssertionError("fetched without any address")


# ------------------------------------------------------------------ sentences and statements

PIECES = [
    "The ministry denied the report.", '"It is false," Peskov said.', "“No,” he said.",
    "Mr. Smith", "U.S.", "said", "denied", "claimed", "according to", "Reuters", "“", "”",
    '"', "'", "«", "»", "(", ")", ".", "!", "?", "…", ",", " ", " ", "\n", "\n\n", "Jan. 5",
    "J. K. Rowling", "Dr.", "officials said", "did not", "spokesman for the Kremlin",
    "A", "It", "Ё", "İ", "ß", "ﬁ", "\u200b", "\t", "0.5", "e.g.", "3.", "—", "-",
]  # fmt: skip
news_text = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30).map(" ".join),
)


@BOUNDED
@given(text=news_text)
def test_sentences_are_verbatim_spans(text: str) -> None:
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
    for sentence in split_paragraph_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert "\n" not in sentence.text


@BOUNDED
@given(text=news_text)
@example(text='"It is false," Peskov said. The Kremlin denied the report.')
@example(text="“No,” he said. “No.” “")
def test_statements_are_verbatim_spans(text: str) -> None:
    for statement in extract_statements(text):
        assert statement.sentence in text
        if statement.quote is not None:
            assert statement.quote_start is not None and statement.quote_end is not None
            assert text[statement.quote_start : statement.quote_end] == statement.quote


# ------------------------------------------------------------------ message splitting

entries = st.lists(st.text(min_size=0, max_size=1500).filter(lambda e: "\n" not in e), max_size=12)


@BOUNDED
@given(head=st.text(max_size=200).filter(lambda h: "\n" not in h), items=entries)
@example(head="h" * 200, items=["x" * 3890, "y" * 3890])
def test_split_messages_fit_and_keep_every_entry(head: str, items: list[str]) -> None:
    parts = split_messages(head, items)
    assert all(len(part) <= MAX_MESSAGE for part in parts)
    assert all(part.split("\n", 1)[0] in (head, head + " (cont.)") for part in parts)
    room = MAX_MESSAGE - len(head) - len(" (cont.)") - 1
    if items and all(len(item) <= room for item in items):  # nothing had to be cut
        bodies = [part.split("\n", 1)[1] for part in parts]
        assert "\n".join(bodies) == "\n".join(items)  # joined back: the original entries


@BOUNDED
@given(head=st.text(max_size=100).filter(lambda h: "\n" not in h), size=st.integers(1, 20_000))
def test_split_messages_never_exceed_the_limit(head: str, size: int) -> None:
    parts = split_messages(head, ["w " * (size // 2)])
    assert all(len(part) <= MAX_MESSAGE for part in parts)


# ------------------------------------------------------------------ questions

FTS_NOISE = ['"', "*", "NEAR(", "AND", "OR", "NOT", "^", ":", "(", ")", "-", "+", "{", "}"]
questions = st.one_of(
    st.text(max_size=200),
    st.lists(
        st.one_of(st.sampled_from(FTS_NOISE), st.sampled_from(["did", "Kremlin", "deny", "this"])),
        max_size=30,
    ).map(" ".join),
    st.integers(9_000, 10_000).map(lambda n: ('did Peskov deny NEAR("x" * ' * 400)[:n]),
)


@pytest.fixture(scope="module")
def stored_chat() -> Path:
    """A database with one story shared in chat 1, for questions to be asked against."""
    path = Path(tempfile.mkdtemp()) / "questions.db"
    text = (
        "The Bloomberg report said Putin was testing the waters on talks.\n"
        '"No, this is a wrong report," Kremlin spokesman Dmitry Peskov said.'
    )
    article = Article(
        "https://news.example/a", "Kremlin denies report", "News", None, None, "en", text, text,
        "h1",
    )  # fmt: skip

    async def store() -> None:
        async with await Repository.open(str(path)) as repo:
            await repo.save_article(article, extract_statements(text), chat_id=1)

    asyncio.run(store())
    return path


@BOUNDED
@given(text=questions)
@example(text="x" * 10_000)
@example(text='"unterminated NEAR( * OR AND NOT ^col: {a b}')
@example(text="\u0000\ud7ff\U0010ffff 🙂 deny?")
def test_any_question_gets_an_answer(stored_chat: Path, text: str) -> None:
    parse_question(text)

    async def ask() -> str:
        async with await Repository.open(str(stored_chat)) as repo:
            for chat_id, about in ((1, None), (1, 1), (2, None)):
                answer = await answer_question(repo, chat_id, text, about)
                assert answer.answer in ("yes", "no", "unknown")
                assert answer.text
        return "asked"

    assert asyncio.run(ask()) == "asked"


# ------------------------------------------------------------------ cards from hostile pages

page_text = st.text(max_size=6000)


@BOUNDED
@given(title=page_text, site=st.text(max_size=3000), summary=page_text, url=st.text(max_size=5000))
@example(title="<b>" * 2000, site="&" * 3000, summary="x" * 6000, url="https://x/" + "a" * 4990)
def test_a_card_fits_one_message_and_is_valid_html(
    title: str, site: str, summary: str, url: str
) -> None:
    """Whatever a page says its title, site and summary are, its card is one valid message."""
    article = Article("https://" + url, title, site, None, None, None, summary, summary, "h")
    card = story_card(article, [], [])
    assert len(card) <= MAX_MESSAGE
    parse_html(card)  # Telegram's HTML rules, as the fake Bot API applies them
