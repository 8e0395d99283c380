"""What the portal spider yields: an article's metadata, one page of a column's
list, a page or attachment's content to check, or a notice of what it could not check."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from crawler.parsing.article import ArticleMeta
from rules.base import Finding
from rules.page import PageContent


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


@dataclass
class ContentItem:
    """A page or attachment for the content checks (crawler.pipelines.CheckPipeline)."""

    content: PageContent
    page_url: str  # where a visitor sees it: the page itself, or the page linking the attachment


@dataclass
class FindingsItem:
    """The checks' verdict on one page or attachment: its findings, possibly none."""

    url: str
    page_url: str
    title: str
    findings: list[Finding] = field(default_factory=list)


@dataclass
class NoticeItem:
    url: str
    kind: str  # attachment | page | fetch | blocked
    message: str  # one line, plain Chinese
