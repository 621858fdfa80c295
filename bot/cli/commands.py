"""The command line: `counterclaim [--db PATH|URL] COMMAND ...` (also `python -m bot`)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from bot.answer.ask import answer_question
from bot.answer.decide import Answer
from bot.clean.canonical import clean_url
from bot.config import Settings, load_settings
from bot.digest.compose import nothing_new
from bot.digest.load import build_digest
from bot.digest.schedule import ScheduleError, parse_duration, since_label
from bot.errors import SourceError, UnreadableError
from bot.fetch.sources import is_url
from bot.ingest import Ingested, ingest, load_article, statements_of
from bot.models import Article, Statement
from bot.render.plain import html_to_text
from bot.timeline.load import timeline_for, timeline_topic
from bot.timeline.text import NO_TIMELINE, timeline_fields, timeline_html
from storage import Repository, SchemaTooNewError, StoredArticle, is_postgres_url
from storage.copy import TargetNotEmptyError, copy_database

LOCAL_CHAT = 0

NO_TOKEN_HELP = """\
Counterclaim needs a Telegram bot token to run as a bot, and none is set.
Get one from @BotFather in Telegram (send /newbot, pick a name, copy the token), then put
TELEGRAM_BOT_TOKEN=<token> in a file named .env here (see .env.example) and run `make run`
again. Without a token you can try everything locally:
  .venv/bin/counterclaim chat                      # the real bot against a local fake Telegram
  .venv/bin/counterclaim ingest URL_OR_FILE        # read a story (.html or .txt file, or a link)
  .venv/bin/counterclaim ask "did the Kremlin deny this?"
"""
NO_TOKEN_EXIT = 3  # `make run` treats this as "explained", not as a failure


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counterclaim",
        description="Remember who claimed what in the news, and who denied it.",
    )
    parser.add_argument(
        "--db",
        help="SQLite file or postgresql://user:pass@host:port/db URL "
        "(env COUNTERCLAIM_DB; default counterclaim.db)",
    )
    db_after = argparse.ArgumentParser(add_help=False)
    db_after.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", parents=[db_after], help="run the Telegram bot")
    run.add_argument("--webhook-url", help="serve a webhook at this public URL instead of polling")
    run.add_argument("--listen", default="127.0.0.1", help="webhook listen address")
    run.add_argument("--port", type=int, default=8443, help="webhook port")
    run.add_argument("--secret-token", help="webhook secret token Telegram must send")
    run.set_defaults(handler=cmd_run)

    chat = commands.add_parser("chat", parents=[db_after], help="try the bot locally, no token")
    chat.set_defaults(handler=cmd_chat)

    ing = commands.add_parser("ingest", parents=[db_after], help="fetch, clean and store sources")
    ing.add_argument("sources", nargs="+", metavar="SOURCE", help="http(s) URL, HTML or text file")
    ing.add_argument("--url", help="the article's URL, for a single file SOURCE")
    ing.add_argument("--chat", type=int, default=LOCAL_CHAT, help="chat id (default 0, local)")
    ing.add_argument("--jsonl", action="store_true", help="one JSON object per SOURCE")
    ing.set_defaults(handler=cmd_ingest)

    ext = commands.add_parser("extract", parents=[db_after], help="clean files, store nothing")
    ext.add_argument("files", nargs="+", metavar="FILE")
    ext.add_argument("--url", help="the article's URL, for a single FILE")
    ext.add_argument("--jsonl", action="store_true", help="one JSON object per FILE")
    ext.set_defaults(handler=cmd_extract)

    ana = commands.add_parser("analyze", parents=[db_after], help="article + statements, no store")
    ana.add_argument("files", nargs="+", metavar="FILE")
    ana.add_argument("--url", help="the article's URL, for a single FILE")
    ana.add_argument("--jsonl", action="store_true", help="one JSON object per FILE")
    ana.set_defaults(handler=cmd_analyze)

    ask = commands.add_parser("ask", parents=[db_after], help="ask about stored statements")
    ask.add_argument("question", nargs="?", metavar="QUESTION")
    ask.add_argument("--chat", type=int, default=LOCAL_CHAT, help="chat id (default 0, local)")
    ask.add_argument("--about", metavar="ARTICLE", help="the article meant by 'this' (id or URL)")
    ask.add_argument("--json", action="store_true", help="the answer as one JSON object")
    ask.add_argument("--batch", metavar="FILE.jsonl", help='{"q": ..., "about": ...} per line')
    ask.set_defaults(handler=cmd_ask)

    lst = commands.add_parser("list", parents=[db_after], help="articles shared in a chat")
    lst.add_argument("--chat", type=int, default=LOCAL_CHAT)
    lst.add_argument("--limit", type=int, default=50)
    lst.set_defaults(handler=cmd_list)

    show = commands.add_parser("show", parents=[db_after], help="one stored article")
    show.add_argument("article", metavar="ARTICLE", help="article id or URL")
    show.add_argument("--json", action="store_true", help="the article as one JSON object")
    show.add_argument("--chat", type=int, default=LOCAL_CHAT, help="whose links to show")
    show.set_defaults(handler=cmd_show)

    dig = commands.add_parser("digest", parents=[db_after], help="a chat's digest, as plain text")
    dig.add_argument("--chat", type=int, default=LOCAL_CHAT, help="chat id (default 0, local)")
    dig.add_argument("--since", default="24h", help="how far back: 90m, 24h, 7d, 2w (default 24h)")
    dig.set_defaults(handler=cmd_digest)

    tl = commands.add_parser("timeline", parents=[db_after], help="a claim's steps and status")
    tl.add_argument("target", metavar="QUESTION|ARTICLE", help="a question, or an article id/URL")
    tl.add_argument("--chat", type=int, default=LOCAL_CHAT, help="chat id (default 0, local)")
    tl.add_argument("--json", action="store_true", help="steps and status as one JSON object")
    tl.set_defaults(handler=cmd_timeline)

    mig = commands.add_parser(
        "migrate-db", parents=[db_after], help="copy the SQLite --db into an empty PostgreSQL"
    )
    mig.add_argument("--to", required=True, metavar="URL", help="postgresql://user:pass@host/db")
    mig.set_defaults(handler=cmd_migrate_db)
    return parser


def article_fields(article: Article | StoredArticle) -> dict[str, Any]:
    """The JSON fields every command prints for an article."""
    return {
        "url": article.url,
        "title": article.title,
        "site": article.site,
        "author": article.author,
        "published": article.published,
        "language": article.language,
        "summary": article.summary,
        "text": article.text,
    }


def statement_fields(statement: Statement, target: Any) -> dict[str, Any]:
    """The JSON fields of one statement; `target` is an index or {"article_id", "index"}."""
    return {
        "sentence": statement.sentence,
        "kind": statement.kind,
        "speaker": statement.speaker,
        "org": statement.org,
        "role": statement.role,
        "cue": statement.cue,
        "quote": statement.quote,
        "proposition": statement.proposition,
        "anonymous": statement.anonymous,
        "target": target,
    }


def _local_target(statement: Statement) -> int | None:
    answers = statement.kind in ("denial", "confirmation")
    return statement.target if answers else None


def _emit(record: dict[str, Any], out: TextIO = sys.stdout) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def _error(source: str, reason: str) -> None:
    print(f"{source}: {reason}", file=sys.stderr)


async def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    if args.url and len(args.sources) != 1:
        _error("--url", "needs exactly one SOURCE")
        return 2
    failures = 0
    async with await Repository.open(settings.db_path) as repo:
        for source in args.sources:
            try:
                done = await ingest(repo, source, settings, chat_id=args.chat, url=args.url)
            except SourceError as exc:
                failures += 1
                _error(source, str(exc))
                if args.jsonl:
                    _emit(
                        {
                            "source": source,
                            "article_id": None,
                            **_empty(),
                            "statements": [],
                            "error": str(exc),
                        }
                    )
                continue
            article_id = done.saved.article_id
            if args.jsonl:
                statements, _ = await _stored_statements(repo, args.chat, article_id)
                fields = article_fields(done.article)
                _emit(
                    {
                        "source": source,
                        "article_id": article_id,
                        **fields,
                        "statements": statements,
                        "error": None,
                    }
                )
                print(f"{source}: stored as article {article_id}", file=sys.stderr)
            else:
                print(_ingest_line(article_id, done))
    return 1 if failures else 0


async def _stored_statements(
    repo: Repository, chat_id: int, article_id: int
) -> tuple[list[dict[str, Any]], dict[int, str]]:
    """JSON statements of a stored article with targets as {"article_id", "index"}, and a
    line per statement position describing its cross-article pairs in this chat."""
    stored = await repo.statements_for(article_id)
    links = await repo.links_for_article(chat_id, article_id)
    records, pairs = [], {}
    for item in stored:
        st = item.statement
        local = _local_target(st)
        target = {"article_id": article_id, "index": local} if local is not None else None
        answered = [lk for lk in links if lk.answer_id == item.id]
        if target is None and answered:
            target = {"article_id": answered[0].claim_article, "index": answered[0].claim_position}
        records.append(statement_fields(st, target))
        notes = [f"answers #{lk.claim_article} [{lk.claim_position}]" for lk in answered]
        notes += [
            f"answered by #{lk.answer_article} [{lk.answer_position}]"
            for lk in links
            if lk.claim_id == item.id
        ]
        if notes:
            pairs[st.position] = "; ".join(notes)
    return records, pairs


def _empty() -> dict[str, Any]:
    return {key: None for key in article_fields(_BLANK)} | {"text": ""}


_BLANK = Article(None, None, None, None, None, None, "", "", "")


def _ingest_line(article_id: int, done: Ingested) -> str:
    state = "already stored for this chat" if done.saved.already_shared else "stored"
    article = done.article
    where = article.site or article.url or "text"
    counts = ", ".join(
        f"{sum(s.kind == kind for s in done.statements)} {kind}s"
        for kind in ("claim", "denial", "confirmation", "statement")
    )
    linked = f", {done.new_links} new link(s) to other stories" if done.new_links else ""
    return f"#{article_id} {state}: {article.title or '(untitled)'} — {where} ({counts}{linked})"


async def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    return await _clean_files(args, settings, with_statements=False)


async def cmd_analyze(args: argparse.Namespace, settings: Settings) -> int:
    return await _clean_files(args, settings, with_statements=True)


async def _clean_files(args: argparse.Namespace, settings: Settings, with_statements: bool) -> int:
    """`extract` and `analyze`: clean each file (and find its statements), store nothing."""
    if args.url and len(args.files) != 1:
        _error("--url", "needs exactly one FILE")
        return 2
    unreadable = 0
    for source in args.files:
        try:
            article = await load_article(source, settings, args.url)
        except SourceError as exc:
            unreadable += isinstance(exc, UnreadableError)
            _error(source, str(exc))
            if args.jsonl:
                extra = {"statements": []} if with_statements else {}
                _emit({"source": source, **_empty(), **extra, "error": str(exc)})
            continue
        statements = statements_of(article) if with_statements else []
        if args.jsonl:
            record = {"source": source, **article_fields(article)}
            if with_statements:
                record["statements"] = [statement_fields(s, _local_target(s)) for s in statements]
            _emit(record | {"error": None})
        else:
            print(_article_text(article))
            if with_statements:
                print("\n" + _statements_text(statements, {}))
    return 1 if unreadable else 0


def _statements_text(statements: list[Statement], pairs: dict[int, str]) -> str:
    """Statements as numbered lines, each denial with the claim it answers."""
    if not statements:
        return "No attributed statements found."
    lines = [f"Statements ({len(statements)}):"]
    for s in statements:
        who = s.speaker or "?"
        if s.org and s.org not in who:
            who += f" ({s.org})"
        lines.append(f"  [{s.position}] {s.kind.upper()} by {who}: {s.sentence}")
        local = _local_target(s)
        if local is not None:
            lines.append(f"      answers [{local}]")
        if s.position in pairs:
            lines.append(f"      {pairs[s.position]}")
    return "\n".join(lines)


def _article_text(article: Article | StoredArticle) -> str:
    head = [article.title or "(untitled)"]
    byline = " · ".join(x for x in (article.site, article.author, article.published) if x)
    if byline:
        head.append(byline)
    if article.url:
        head.append(article.url)
    return "\n".join([*head, "", "Summary: " + (article.summary or "(none)"), "", article.text])


async def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    async with await Repository.open(settings.db_path) as repo:
        articles = await repo.list_articles(args.chat, args.limit)
    if not articles:
        print(f"No articles shared in chat {args.chat} yet. Try: counterclaim ingest URL")
    for a in articles:
        date = (a.published or a.fetched_at)[:10]
        print(f"#{a.id}\t{date}\t{a.site or '-'}\t{a.title or '(untitled)'}")
    return 0


async def _find_article(repo: Repository, ref: str) -> StoredArticle | None:
    if ref.isdigit():
        return await repo.article(int(ref))
    return await repo.article_by_url(clean_url(ref))


async def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    async with await Repository.open(settings.db_path) as repo:
        article = await _find_article(repo, args.article)
        if article is None:
            _error(args.article, "no such article (give an article id or URL from `list`)")
            return 1
        records, pairs = await _stored_statements(repo, args.chat, article.id)
        statements = [s.statement for s in await repo.statements_for(article.id)]
    if args.json:
        _emit({"article_id": article.id, **article_fields(article), "statements": records})
    else:
        print(f"#{article.id} " + _article_text(article))
        print("\n" + _statements_text(statements, pairs))
    return 0


def answer_fields(question: str, answer: Answer) -> dict[str, Any]:
    """The JSON form of an answer, as `ask --json` and `ask --batch` print it."""
    return {
        "q": question,
        "answer": answer.answer,
        "text": answer.text,
        "citations": [
            {
                "sentence": c.sentence,
                "speaker": c.speaker,
                "kind": c.kind,
                "article_id": c.article_id,
                "url": c.url,
                "score": round(c.score, 2),
            }
            for c in answer.citations
        ],
    }


async def _about_id(repo: Repository, ref: object) -> tuple[int | None, str | None]:
    """An `--about` / batch "about" value as an article id, or a one-line reason it is not."""
    if ref is None or ref == "":
        return None, None
    article = await _find_article(repo, str(ref))
    if article is None:
        return None, f"no such article: {ref}"
    return article.id, None


async def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    if bool(args.batch) == bool(args.question):
        _error("ask", "give either a QUESTION or --batch FILE.jsonl")
        return 2
    async with await Repository.open(settings.db_path) as repo:
        if args.batch:
            return await _ask_batch(repo, args.batch, args.chat)
        about, problem = await _about_id(repo, args.about)
        if problem:
            _error("--about", problem)
            return 1
        answer = await answer_question(repo, args.chat, args.question, about)
    if args.json:
        _emit(answer_fields(args.question, answer))
    else:
        print(html_to_text(answer.text))
    return 0


async def _ask_batch(repo: Repository, path: str, chat_id: int) -> int:
    """One JSON answer per input line, in order; a bad line gets an answer with an error."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        _error(path, f"cannot read the file: {exc.strerror or exc}")
        return 1
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            question = str(item["q"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            _error(f"{path}:{number}", f'not a {{"q": ...}} object ({exc})')
            _emit(
                {
                    "q": None,
                    "answer": "unknown",
                    "text": "",
                    "citations": [],
                    "error": "bad input line",
                }
            )
            continue
        about, problem = await _about_id(repo, item.get("about"))
        if problem:
            _error(f"{path}:{number}", problem)
        answer = await answer_question(repo, chat_id, question, about)
        _emit(answer_fields(question, answer))
    return 0


async def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    """The digest the bot would send for what a chat shared in the last --since, as text."""
    try:
        back = parse_duration(args.since)
    except ScheduleError as exc:
        _error("--since", str(exc))
        return 2
    until = datetime.now(UTC)
    async with await Repository.open(settings.db_path) as repo:
        digest = await build_digest(repo, args.chat, until - back, until)
    if not digest.messages:
        print(nothing_new(since_label(until - back, until, "UTC")))
    print("\n\n".join(html_to_text(m) for m in digest.messages))
    return 0


async def cmd_timeline(args: argparse.Namespace, settings: Settings) -> int:
    """A claim's timeline in a chat: named by a question, or an article's main claim."""
    target = args.target.strip()
    async with await Repository.open(settings.db_path) as repo:
        if target.isdigit() or is_url(target):
            article = await _find_article(repo, target)
            if article is None or await repo.share(args.chat, article.id) is None:
                _error(target, f"no such article shared in chat {args.chat}")
                return 1
            timeline = await timeline_for(repo, args.chat, about=article.id)
        else:
            topic = timeline_topic(target)
            timeline = await timeline_for(repo, args.chat, target if topic is None else topic)
    if timeline is None:
        if args.json:
            _emit({"claim": None, "steps": [], "status": None, "status_line": None})
        else:
            print(html_to_text(NO_TIMELINE))
        return 1
    if args.json:
        _emit(timeline_fields(timeline))
    else:
        print(html_to_text(timeline_html(timeline)))
    return 0


async def cmd_migrate_db(args: argparse.Namespace, settings: Settings) -> int:
    """Copy everything of the SQLite database into an empty PostgreSQL one, ids kept."""
    if is_postgres_url(settings.db_path) or not is_postgres_url(args.to):
        print("counterclaim: migrate-db copies a SQLite --db to a postgresql:// URL (--to)",
              file=sys.stderr)  # fmt: skip
        return 2
    if not Path(settings.db_path).is_file():
        print(f"counterclaim: no SQLite database at {settings.db_path}", file=sys.stderr)
        return 1
    async with (
        await Repository.open(settings.db_path) as source,
        await Repository.open(args.to) as target,
    ):
        try:
            copied = await copy_database(source, target)
        except TargetNotEmptyError as exc:
            print(f"counterclaim: {exc}", file=sys.stderr)
            return 1
    for table, count in copied.items():
        print(f"{table}: {count}")
    print(f"copied {sum(copied.values())} rows from {settings.db_path} to PostgreSQL")
    return 0


async def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    """A console against the built-in fake Bot API: type as a Telegram user."""
    from bot.cli.console import run_console  # lazy: python-telegram-bot only for `chat`

    logging.basicConfig(level=logging.WARNING)
    return await run_console(settings)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """The Telegram bot: long polling, or a webhook with --webhook-url; stops on SIGTERM/^C."""
    if not settings.telegram_token:
        print(NO_TOKEN_HELP, end="")
        return NO_TOKEN_EXIT
    from handlers.application import run  # lazy: python-telegram-bot only for `run`

    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a line per job run otherwise
    run(
        settings,
        webhook_url=args.webhook_url,
        listen=args.listen,
        port=args.port,
        secret_token=args.secret_token,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings()
    if args.db:
        settings = replace(settings, db_path=args.db)
    try:
        if args.handler is cmd_run:
            return cmd_run(args, settings)
        return asyncio.run(args.handler(args, settings))
    except SchemaTooNewError as exc:
        print(f"counterclaim: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # "counterclaim list | head": the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return 0
