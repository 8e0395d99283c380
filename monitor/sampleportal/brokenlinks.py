"""Broken links planted in real articles of the sample portal, with their truth.

``brokenlinks.toml`` says what is cited; here it goes into articles chosen
without the site's random stream (so every other page stays as it was), and
the pages that make the near misses and the odd answers are served: a
redirect loop, a working redirect, a 200 page saying 页面不存在, a 429 and
an anti-bot challenge. The home page's own broken link (home.py) is part of
the truth too.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources

from monitor.sampleportal.home import BROKEN_LINK, not_found_page
from monitor.sampleportal.model import Page
from monitor.sampleportal.posts import Post

LOOP = ("/zwfw/jump.jsp?id=1", "/zwfw/jump.jsp?id=2")
CHALLENGE = ('<html><head><script>var _0x1=["cookie"];document[_0x1[0]]="__jsl_clearance=1;path=/";'
             'location.reload();</script></head><body></body></html>')


@dataclass(frozen=True)
class BrokenLink:
    """One (citing page, dead target) pair a link check must report exactly once."""

    source: str  # the citing page's path
    target: str  # path on the site, or an absolute URL elsewhere
    text: str  # anchor text or image alt
    place: str  # link | image | attachment | resource
    reason: str
    unit: str | None  # the source page's unit (None on the home page)
    column: str | None  # first list page of the column listing the source
    home: bool = False


@dataclass(frozen=True)
class LinkPlanting:
    broken: tuple[BrokenLink, ...]
    clean: tuple[str, ...]  # pages citing only working near misses
    uncertain: tuple[str, ...]  # targets that must be notices, not findings
    pages: dict  # path -> Page served for the plantings


def _entries() -> dict:
    return tomllib.loads(resources.files("monitor.sampleportal").joinpath("brokenlinks.toml").read_text("utf-8"))


def _hosts(posts: list[Post], count: int) -> list[Post]:
    """Attributed 2024 articles listed in one column, untouched by other plantings, spread over the site."""
    eligible = sorted((p for p in posts if p.unit and not p.external and not p.attachments and not p.raw_html
                       and p.when.year == 2024 and len(p.columns) == 1), key=lambda p: p.path)
    step = len(eligible) // (count + 1)
    return [eligible[(step * (index + 1) + 7) % len(eligible)] for index in range(count)]


def plant_links(posts: list[Post]) -> LinkPlanting:
    entries = _entries()
    broken, clean, uncertain = entries["broken"], entries["clean"], entries["uncertain"]
    hosts = iter(_hosts(posts, sum(e.get("pages", 1) for e in broken) + len(clean) + len(uncertain)))
    truth = [_home_truth()]
    for entry in broken:
        for _ in range(entry.get("pages", 1)):
            post = next(hosts)
            post.raw_html += entry["html"]
            folder = post.path.rsplit("/", 1)[0]
            truth.append(BrokenLink(post.path, entry["target"].format(folder=folder), entry["text"],
                                    entry["place"], entry["reason"], post.unit.name, post.columns[0].first))
    clean_pages = _put_all(hosts, clean)
    _put_all(hosts, uncertain)
    return LinkPlanting(tuple(truth), clean_pages, ("/api/tqyb.html", "/zwfw/yzm.html"), _served())


def _put_all(hosts, entries: list[dict]) -> tuple[str, ...]:
    paths = []
    for entry in entries:
        post = next(hosts)
        post.raw_html += entry["html"]
        paths.append(post.path)
    return tuple(paths)


def _home_truth() -> BrokenLink:
    return BrokenLink("/", BROKEN_LINK, "机构概况（旧版）", "link", "HTTP 404", None, None, home=True)


def _served() -> dict[str, Page]:
    soft = not_found_page()
    return {
        LOOP[0]: Page(b"", "text/html", 302, (("Location", LOOP[1]),)),
        LOOP[1]: Page(b"", "text/html", 302, (("Location", LOOP[0]),)),
        "/zwfw/bszn/": Page(b"", "text/html", 301, (("Location", "/hdjl/index.html"),)),
        "/xxgk/zcjd/202201/t20220110_2001.html": Page(soft.body, soft.content_type, 200),
        "/api/tqyb.html": Page(b"Too Many Requests", "text/plain", 429, (("Retry-After", "3600"),)),
        "/zwfw/yzm.html": Page(CHALLENGE.encode(), "text/html", 412),
    }
