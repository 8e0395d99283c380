"""What the portal spider yields: an article's metadata, or one page of a column's list."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from crawler.parsing.article import ArticleMeta


@dataclass
class ArticleItem:
    url: str
    meta: ArticleMeta


@dataclass
class ListingItem:
    column_url: str  # the column key (all pages of the list share it)
    page_url: str
    name: str | None
    trail: tuple[str, ...]
    entries: list[tuple[str, str, date | None, bool]]  # url, title, list date, external
