"""What the portal spider yields: an article's metadata, or one page of a column's list."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class ArticleItem:
    url: str
    title: str
    pub_date: date
    source: str | None = None
    index_no: str | None = None
    doc_no: str | None = None
    topic: str | None = None


@dataclass
class ListingItem:
    column_url: str  # the column key (all pages of the list share it)
    page_url: str
    name: str | None
    trail: tuple[str, ...]
    entries: list[tuple[str, str, date | None, bool]]  # url, title, list date, external
