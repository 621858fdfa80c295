"""The errors a source can end in; each str() is a one-line reason for the user.

SourceError ▸ UnreadableError (a file that cannot be read), NoArticleError (read, but no article
text). FetchError (a link the bot will not or cannot fetch) is raised by the fetcher and turned
into a SourceError by `bot.fetch.sources`."""

from __future__ import annotations

__all__ = ["FetchError", "NoArticleError", "SourceError", "UnreadableError"]


class SourceError(Exception):
    """A source that cannot be used; str() is the one-line reason."""


class UnreadableError(SourceError):
    """A file that is missing or cannot be read at all."""


class NoArticleError(SourceError):
    """The source was read but holds no article text."""


class FetchError(Exception):
    """A link the bot will not or cannot fetch; str() is a one-line reason for the user."""
