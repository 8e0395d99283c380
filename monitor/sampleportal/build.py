"""Assemble the sample portal: plan the posts, place them, render every page.

One seeded ``random.Random`` drives everything, consumed in a fixed order,
so two builds give byte-identical pages.
"""
from __future__ import annotations

import datetime
import random

from monitor.sampleportal import asp, jcms, trs
from monitor.sampleportal.attachments import render_attachments
from monitor.sampleportal.brokenlinks import plant_links
from monitor.sampleportal.columns import Columns, make_columns
from monitor.sampleportal.home import not_found_page, render_home
from monitor.sampleportal.identities import assign, plant_externals
from monitor.sampleportal.media import build_media
from monitor.sampleportal.model import Page, SamplePortal, TruthColumn, TruthPost
from monitor.sampleportal.plan import plan_counts
from monitor.sampleportal.posts import Post, PostMaker, make_posts
from monitor.sampleportal.publish import Makings
from monitor.sampleportal.problems import BLANK_PAGE, HUGE_PAGE, huge_page, plant
from monitor.sampleportal.texts import Writer
from monitor.sampleportal.unitpages import menu, render_directories, render_unit
from monitor.sampleportal.units import load_plan, load_units

PINNED = {"jcms": 6, "trs": 3}  # columns with a pinned post, per style
PIN_BEFORE = datetime.datetime(2024, 1, 1)
ARTICLE = {"trs": trs.render_article, "jcms": jcms.render_article, "asp": asp.render_article}


def _plant_pins(columns: Columns, rng: random.Random) -> None:
    """置顶: an old post on top of the first page of a few of the longest lists."""
    for style, count in PINNED.items():
        owned = [c for c in columns.all() if c.owner is not None and c.style == style]
        longest = sorted(owned, key=lambda c: len(c.posts), reverse=True)[: count * 3]
        for col in rng.sample(longest, count):
            col.pinned = [rng.choice([p for p in col.posts if p.when < PIN_BEFORE])]
    notice = columns.county_notice
    notice.pinned = rng.sample([p for p in notice.posts if p.when < PIN_BEFORE], 2)


def _render(columns: Columns, posts: list[Post], units, rng: random.Random) -> dict[str, Page]:
    pages: dict[str, Page] = {}
    pages.update(render_home(columns.county_news, columns.county_notice, units))
    pages.update(render_directories(units))
    for unit in units:
        roles = columns.by_unit[unit.name]
        pages.update(render_unit(unit, roles, rng))
        side = menu(unit, roles)
        for col in roles.values():
            pages.update(trs.render_column(col, side) if col.style == "trs" else jcms.render_column(col))
    pages.update(jcms.render_column(columns.county_news))
    pages.update(asp.render_column(columns.county_notice))
    for post in posts:
        if not post.external:
            pages.update(ARTICLE[post.home.style](post))
            pages.update(render_attachments(post))
    return pages


def _truth(post: Post) -> TruthPost:
    return TruthPost(
        path=post.path, title=post.title, unit=post.unit.name if post.unit else None,
        pub_date=post.when.date(), columns=tuple(c.first for c in post.columns),
        external_url=post.path if post.external else None,
    )


def _truth_column(col, pinned: bool) -> TruthColumn:
    newest = max((p.when.date() for p in col.posts), default=None)
    return TruthColumn(col.first, col.name, col.owner.name if col.owner else None, newest,
                       col.category if pinned else None)


def build_site() -> SamplePortal:
    """Generate the whole site and its ground truth (deterministic)."""
    units, plan = load_units(), load_plan()
    rng = random.Random(plan.seed)
    columns = make_columns(units, rng)
    counts = plan_counts(units, plan, rng)
    writer = Writer(rng, [v for u in units for v in u.villages])
    posts = assign(make_posts(PostMaker(rng, writer, columns, plan), units, counts), units, rng)
    plant_externals(posts, rng)
    for post in posts:
        for col in post.columns:
            col.posts.append(post)
    _plant_pins(columns, rng)
    planting = plant(posts)
    links = plant_links(posts)  # broken links and their truth (brokenlinks.py)
    pages = _render(columns, posts, units, rng)
    pages[HUGE_PAGE] = Page(huge_page(), "text/html; charset=utf-8")
    pages[BLANK_PAGE] = Page(b"  \r\n  ", "text/html; charset=utf-8")
    pages.update(links.pages)
    media_pages, media = build_media(units, plan.seed)  # its own random stream: the rest stays as it was
    pages.update(media_pages)
    county = tuple((c.first, c.name, c.category) for c in (columns.county_news, columns.county_notice))
    county_ones = (columns.county_news, columns.county_notice)
    truth_columns = tuple(_truth_column(c, c in county_ones) for c in columns.all())
    return SamplePortal(pages=pages, truth=[_truth(p) for p in posts], units=units,
                        county_columns=county, not_found=not_found_page(), planting=planting, links=links,
                        columns=truth_columns, makings=Makings(columns, posts), media=media)
