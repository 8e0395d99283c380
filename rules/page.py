"""What the rules read of one page or attachment, computed once and shared.

The crawler builds a :class:`PageContent` from the page it already parsed
(:class:`crawler.parsing.page.ParsedPage`), or from an attachment's extracted
text. Derived forms (the normalised text the term matchers scan, the DOM the
hidden-link rule reads) are cached properties, so ten rules cost one pass.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime

    import lxml.html

    from crawler.parsing.page import ParsedPage
    from rules.normalize import NormalText


@dataclass(frozen=True)
class Link:
    url: str  # absolute
    text: str


@dataclass
class PageContent:
    url: str
    title: str
    body: str
    root: "lxml.html.HtmlElement | None" = None  # None for attachments
    trail: tuple[str, ...] = ()  # breadcrumb and column names: what kind of page this is
    kind: str = "page"  # page | attachment
    date: "datetime.date | None" = None  # publication date, when the page has one
    head: str = ""  # the <title> element's text
    _cache: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_parsed(cls, parsed: "ParsedPage", title: str, trail: tuple[str, ...] = (),
                    date: "datetime.date | None" = None) -> "PageContent":
        return cls(parsed.url, title, parsed.text, parsed.root, trail, date=date, head=parsed.title_tag)

    @classmethod
    def attachment(cls, url: str, name: str, text: str, date: "datetime.date | None" = None) -> "PageContent":
        return cls(url, name, text, kind="attachment", date=date)

    @cached_property
    def attachment_names(self) -> tuple[Link, ...]:
        """Attachments linked from the page, with the names shown for them."""
        from rules.links import attachment_links

        return attachment_links(self.root, self.url) if self.root is not None else ()

    @property
    def body_place(self) -> str:
        return "attachment" if self.kind == "attachment" else "body"

    @cached_property
    def normal(self) -> "NormalText":
        """The body folded for matching (full-width, traditional, inserted separators)."""
        from rules.normalize import NormalText

        return NormalText(self.body)

    @cached_property
    def normal_title(self) -> "NormalText":
        from rules.normalize import NormalText

        return NormalText(self.title)

    @cached_property
    def head_title(self) -> "NormalText | None":
        """The ``<title>`` element when it is not the article title: hacks inject spam there."""
        from rules.normalize import NormalText

        return NormalText(self.head) if self.head and self.head != self.title else None

    def texts(self):
        """(place, text, normal) for each place the term checks scan."""
        if self.kind == "page":
            yield "title", self.title, self.normal_title
            if self.head_title is not None:
                yield "title", self.head_title.text, self.head_title
        yield self.body_place, self.body, self.normal
