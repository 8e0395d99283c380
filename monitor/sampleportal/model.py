"""What the sample portal is made of: its pages and the posts it knows it holds."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from monitor.sampleportal.units import Unit

if TYPE_CHECKING:
    from monitor.sampleportal.brokenlinks import LinkPlanting
    from monitor.sampleportal.problems import Planting
    from monitor.sampleportal.publish import Makings


@dataclass
class Page:
    """One served resource; mutable so tests can break or change the site."""

    body: bytes
    content_type: str
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()  # more response headers, e.g. a redirect's Location
    modified: datetime.datetime | None = None  # Last-Modified (UTC); None: the snapshot day


@dataclass(frozen=True)
class TruthPost:
    """One post as a perfect crawler must count it.

    ``path`` is the article path as linked (the WeChat URL itself for an
    external post), ``unit`` the profile name it is attributed to (None when
    nothing attributes it), ``columns`` the first list page of every column
    listing it.
    """

    path: str
    title: str
    unit: str | None
    pub_date: datetime.date
    columns: tuple[str, ...]
    external_url: str | None = None


@dataclass(frozen=True)
class TruthColumn:
    """One column as the freshness check must see it: its newest listed date (None: blank)."""

    path: str  # the first list page, as navigation links it
    name: str
    owner: str | None  # the unit's profile name
    newest: datetime.date | None
    pinned_category: str | None = None  # as the profile pins it (county columns only)


@dataclass(frozen=True)
class TruthArticle:
    """One article of a new-media account; ``url`` is its path on the sample host (None: an export row without one)."""

    url: str | None
    title: str
    pub_date: datetime.date


@dataclass(frozen=True)
class TruthAccount:
    """One 政务新媒体 account as the profile lists it, with every article its source shows."""

    name: str
    platform: str  # wechat | weibo | douyin | toutiao | app | website
    unit: str  # the owner's profile name
    status: str  # active | to_close
    source: str  # feed | list | export
    path: str  # the served feed, list page or export
    articles: tuple[TruthArticle, ...]


@dataclass(frozen=True)
class TruthLetter:
    """One letter as a letter box prints it (``state`` and ``answered_by`` as printed)."""

    path: str  # the detail page as its list links it, query included
    box: str
    title: str
    received: datetime.date
    answered: datetime.date | None
    state: str
    answered_by: str | None
    unit: str | None  # the profile unit ``answered_by`` names (None: none)


@dataclass(frozen=True)
class MediaTruth:
    """The accounts and letter boxes of the sample, with what a perfect reader must find."""

    accounts: tuple[TruthAccount, ...] = ()
    boxes: tuple[tuple[str, str], ...] = ()  # (box name, first list page)
    letters: tuple[TruthLetter, ...] = ()


@dataclass
class SamplePortal:
    """The generated 定南县人民政府门户网站 with its ground truth."""

    pages: dict[str, Page]
    truth: list[TruthPost]
    units: tuple[Unit, ...] = ()
    county_columns: tuple[tuple[str, str, str], ...] = ()  # (path, name, category)
    demo_period: str = "2024-06"
    planting: "Planting | None" = None  # planted content problems and what must be noticed
    links: "LinkPlanting | None" = None  # planted broken links, near misses and uncertain answers
    not_found: Page = field(default_factory=lambda: Page(b"", "text/html", 404))
    columns: tuple[TruthColumn, ...] = ()
    as_of: datetime.date = datetime.date(2024, 6, 30)  # the day the site is a snapshot of
    makings: "Makings | None" = field(default=None, repr=False, compare=False)  # to publish more (publish.py)
    media: MediaTruth = field(default_factory=MediaTruth)  # new-media accounts and letters (media.py)

    def lookup(self, path: str, query: str = "") -> Page | None:
        """The page served for ``path?query``, as the CMSs would answer.

        The exact key first, then the path alone (JCMS and ASP ignore unknown
        query strings such as ``pageNum=1``), then a directory's index.html.
        """
        keys = [f"{path}?{query}"] if query else []
        keys.append(path)
        if path.endswith("/"):
            keys.append(path + "index.html")
        for key in keys:
            if key in self.pages:
                return self.pages[key]
        return None

    def profile_toml(self, base_url: str) -> str:
        """A site profile (TOML) for this site served at ``base_url``."""
        from monitor.sampleportal.profile import profile_toml

        return profile_toml(self, base_url.rstrip("/"))
