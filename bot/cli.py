"""The command line: `counterclaim [--db PATH] COMMAND ...` (also `python -m bot`)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TextIO

from bot.canonical import clean_url
from bot.config import Settings, load_settings
from bot.ingest import ingest, load_article
from bot.models import Article
from bot.sources import SourceError, UnreadableError
from storage import Repository, SchemaTooNewError, StoredArticle

LOCAL_CHAT = 0

NO_TOKEN_HELP = """\
Counterclaim needs a Telegram bot token to run as a bot, and none is set.
Get one from @BotFather in Telegram (send /newbot, pick a name, copy the token), then put
TELEGRAM_BOT_TOKEN=<token> in a file named .env here (see .env.example) and run `make run`
again. Without a token you can try everything locally with the command line:
  .venv/bin/counterclaim ingest https://example.com/story.html   # or a saved .html/.txt file
  .venv/bin/counterclaim list
  .venv/bin/counterclaim show 1
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counterclaim",
        description="Remember who claimed what in the news, and who denied it.",
    )
    parser.add_argument(
        "--db", help="SQLite database (env COUNTERCLAIM_DB; default counterclaim.db)"
    )
    db_after = argparse.ArgumentParser(add_help=False)
    db_after.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", parents=[db_after], help="run the Telegram bot")
    run.set_defaults(handler=cmd_run)

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

    lst = commands.add_parser("list", parents=[db_after], help="articles shared in a chat")
    lst.add_argument("--chat", type=int, default=LOCAL_CHAT)
    lst.add_argument("--limit", type=int, default=50)
    lst.set_defaults(handler=cmd_list)

    show = commands.add_parser("show", parents=[db_after], help="one stored article")
    show.add_argument("article", metavar="ARTICLE", help="article id or URL")
    show.add_argument("--json", action="store_true", help="the article as one JSON object")
    show.set_defaults(handler=cmd_show)
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
                    _emit({"source": source, "article_id": None, **_empty(), "error": str(exc)})
                continue
            saved = done.saved
            if args.jsonl:
                fields = article_fields(done.article)
                _emit({"source": source, "article_id": saved.article_id, **fields, "error": None})
            else:
                print(_ingest_line(saved.article_id, done.article, saved.already_shared))
            if args.jsonl:
                print(f"{source}: stored as article {saved.article_id}", file=sys.stderr)
    return 1 if failures else 0


def _empty() -> dict[str, Any]:
    return {key: None for key in article_fields(_BLANK)} | {"text": ""}


_BLANK = Article(None, None, None, None, None, None, "", "", "")


def _ingest_line(article_id: int, article: Article, already: bool) -> str:
    state = "already stored for this chat" if already else "stored"
    where = article.site or article.url or "text"
    return f"#{article_id} {state}: {article.title or '(untitled)'} — {where}"


async def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
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
                _emit({"source": source, **_empty(), "error": str(exc)})
            continue
        if args.jsonl:
            _emit({"source": source, **article_fields(article), "error": None})
        else:
            print(_article_text(article))
    return 1 if unreadable else 0


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
    if args.json:
        _emit({"article_id": article.id, **article_fields(article)})
    else:
        print(f"#{article.id} " + _article_text(article))
    return 0


async def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.telegram_token:
        print(NO_TOKEN_HELP, end="")
        return 2
    print("The Telegram bot is not wired up yet; use the command line meanwhile.", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings()
    if args.db:
        settings = replace(settings, db_path=args.db)
    try:
        return asyncio.run(args.handler(args, settings))
    except SchemaTooNewError as exc:
        print(f"counterclaim: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
