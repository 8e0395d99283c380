"""The sample portal's next days: new posts published, a post taken down.

An incremental crawl is measured against a site that changed since the last
crawl, as a real one does overnight: :func:`publish` adds posts to existing
unit columns on a given day, :func:`remove_post` takes one down (its page
then answers 404). Each re-renders the list pages and the home page that
show the change, dates them (Last-Modified) and keeps the ground truth
exact. Both are deterministic: the same calls give the same site.
"""
from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, replace

from monitor.sampleportal import jcms, trs
from monitor.sampleportal.attachments import render_attachments
from monitor.sampleportal.columns import Column, Columns
from monitor.sampleportal.home import render_home
from monitor.sampleportal.identities import assign
from monitor.sampleportal.model import Page, SamplePortal, TruthPost
from monitor.sampleportal.posts import Post
from monitor.sampleportal.texts import Writer
from monitor.sampleportal.unitpages import menu

ARTICLE = {"trs": trs.render_article, "jcms": jcms.render_article}


@dataclass
class Makings:
    """What a build rendered the site from, kept so it can publish more."""

    columns: Columns
    posts: list[Post]


def publish(site: SamplePortal, count: int, day: datetime.date) -> list[TruthPost]:
    """``count`` new posts on ``day``, one each in as many unit columns; returns their truth."""
    makings, rng = site.makings, random.Random(f"publish {day.isoformat()} {count}")
    writer = Writer(rng, [v for u in site.units for v in u.villages])
    writer.seen = {p.title for p in makings.posts}
    places = [(unit, role, col) for unit in site.units
              for role, col in makings.columns.by_unit[unit.name].items()]
    posts = [_post(unit, role, col, day, rng, writer) for unit, role, col in rng.sample(places, count)]
    assign(posts, site.units, rng)
    taken = set(site.pages)
    assert not any(p.path in taken for p in posts), "a new post would take an existing URL"
    old = _page_paths({p.home for p in posts})
    for post in posts:
        post.home.posts.append(post)
        makings.posts.append(post)
        _stamp(site, {**ARTICLE[post.home.style](post), **render_attachments(post)}, day)
    _rerender(site, {p.home for p in posts}, old, day)
    truth = [_truth(p) for p in posts]
    site.truth.extend(truth)
    return truth


def remove_post(site: SamplePortal, path: str, day: datetime.date) -> None:
    """Take the article at ``path`` down: its page and files answer 404, lists no longer show it."""
    post = next(p for p in site.makings.posts if p.path == path and not p.external)
    old = _page_paths(set(post.columns))
    for key in [post.path, *render_attachments(post)]:
        del site.pages[key]
    for col in post.columns:
        col.posts.remove(post)
        if post in col.pinned:
            col.pinned.remove(post)
    site.makings.posts.remove(post)
    _rerender(site, set(post.columns), old, day)
    site.truth[:] = [t for t in site.truth if t.path != path]


def _post(unit, role: str, col: Column, day: datetime.date, rng: random.Random, writer: Writer) -> Post:
    when = datetime.datetime.combine(day, datetime.time(rng.randint(8, 17), rng.randint(0, 59)))
    post = Post(unit, rng.choice(unit.signatures()), when, role, col)
    values = writer.values(unit, day)
    post.title = writer.title(writer.templates(role, unit), values)
    values["title_quoted"] = post.title.split("《")[-1].split("》")[0]
    post.body = writer.body(role, values)
    return post


def _page_paths(columns: set[Column]) -> set[str]:
    return {col.page_path(i) for col in columns for i in range(len(col.pages()))}


def _rerender(site: SamplePortal, columns: set[Column], old: set[str], day: datetime.date) -> None:
    """List pages of ``columns`` (pages a shorter list no longer has answer 404) and the home page."""
    by_unit = site.makings.columns.by_unit
    pages = {}
    for col in columns:
        side = menu(col.owner, by_unit[col.owner.name])
        pages.update(trs.render_column(col, side) if col.style == "trs" else jcms.render_column(col))
    for gone in old - set(pages):
        del site.pages[gone]
    county = site.makings.columns
    home = render_home(county.county_news, county.county_notice, site.units)
    pages.update({key: home[key] for key in ("/", "/index.html")})
    _stamp(site, pages, day)
    site.columns = tuple(_newest(c, columns) for c in site.columns)


def _stamp(site: SamplePortal, pages: dict[str, Page], day: datetime.date) -> None:
    """Put pages in place; those whose bytes changed are Last-Modified on ``day``."""
    modified = datetime.datetime.combine(day, datetime.time(18))
    for key, page in pages.items():
        before = site.pages.get(key)
        changed = before is None or before.body != page.body
        site.pages[key] = replace(page, modified=modified) if changed else before


def _newest(truth_column, columns: set[Column]):
    col = next((c for c in columns if c.first == truth_column.path), None)
    if col is None:
        return truth_column
    return replace(truth_column, newest=max((p.when.date() for p in col.posts), default=None))


def _truth(post: Post) -> TruthPost:
    return TruthPost(path=post.path, title=post.title, unit=post.unit.name, pub_date=post.when.date(),
                     columns=(post.home.first,))
