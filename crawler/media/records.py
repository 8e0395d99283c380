"""What the readers return: articles an account published, and why a source could not be read."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class SourceError(ValueError):
    """A source that cannot be read; the message is one line of plain Chinese (the notice's text)."""


@dataclass(frozen=True)
class Article:
    url: str | None  # absolute; None for an export row without a link
    title: str
    pub_date: date
    summary: str = ""  # the feed's description as text; "" where the source has none

    @property
    def key(self) -> str:
        """The account's key for it (storage.media.AccountArticle.key): the URL, else title and date."""
        return self.url or f"{self.title}|{self.pub_date.isoformat()}"


@dataclass(frozen=True)
class SourceRead:
    """One feed, list page or export read: its dated articles and what had to be left out."""

    articles: tuple[Article, ...]
    skipped: int = 0  # entries or rows without a date (or without a title or link)
    pages: tuple[str, ...] = ()  # a list page's further pages

    @property
    def note(self) -> str | None:
        """The notice a good read still leaves: what it did not count."""
        return f"有{self.skipped}条没有发布日期或标题，未计入统计" if self.skipped else None
