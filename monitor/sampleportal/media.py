"""政务新媒体 accounts and the 互动交流 letter boxes of the sample portal, with their truth.

``media.toml`` plans every account: posts per ISO week up to 2024-05-26 on
random days, then every post by date, so the planted states (one account
meeting twice a week, one lagging, one silent, one to be closed but still
posting) are read in the data file. The accounts' sources (RSS, Atom, an HTML
list page, a CSV export) and article pages live on the sample host but no
portal page links them. A random stream of its own leaves every other page of
the site as it was.
"""
from __future__ import annotations

import datetime
import random
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from monitor.sampleportal import feeds
from monitor.sampleportal.letters import make_letters
from monitor.sampleportal.model import MediaTruth, Page, TruthAccount, TruthArticle
from monitor.sampleportal.units import Unit

SEED_OFFSET = 6  # the media stream: plan seed + this
FIRST_MONDAY = datetime.date(2024, 1, 1)  # ISO week 1 of 2024
SOURCE = {"rss": "feed", "atom": "feed", "list": "list", "export": "export"}
RENDER = {"rss": feeds.rss, "atom": feeds.atom, "list": feeds.listing, "export": feeds.export}
SUMMARY_SHARE = 0.3  # feed items with a description / summary


@dataclass(frozen=True)
class Item:
    """One article as its source shows it."""

    url: str | None
    title: str
    when: datetime.datetime  # Beijing time
    summary: str = ""
    updated: datetime.datetime | None = None  # Atom <updated> when edited later


@lru_cache(maxsize=1)
def load() -> dict:
    return tomllib.loads(resources.files("monitor.sampleportal").joinpath("media.toml").read_text("utf-8"))


def _days(plan: dict, rng: random.Random) -> list[datetime.date]:
    days = []
    for week, count in enumerate(plan["weeks"]):
        monday = FIRST_MONDAY + datetime.timedelta(weeks=week)
        days += sorted(monday + datetime.timedelta(days=d) for d in rng.sample(range(7), count))
    return days + list(plan["dates"])


def _title(plan: dict, day: datetime.date, towns: list[Unit], rng: random.Random) -> str:
    town = rng.choice(towns)
    return rng.choice(plan["titles"]).format(m=day.month, d=day.day, town=town.short,
                                             village=rng.choice(town.villages))


def _item(plan: dict, index: int, day: datetime.date, towns: list[Unit], rng: random.Random) -> Item:
    when = datetime.datetime.combine(day, datetime.time(rng.randint(7, 21), rng.randrange(60)))
    title = _title(plan, day, towns, rng)
    summary = rng.choice(plan["summaries"]) if "summaries" in plan and rng.random() < SUMMARY_SHARE else ""
    updated = when + datetime.timedelta(days=1, hours=1) if day in plan.get("edited", ()) else None
    unlinked = plan.get("unlinked", {})
    if unlinked.get("date") == day:
        return Item(None, unlinked["title"], when)
    return Item(f"/xmt/{plan['slug']}/{day:%Y%m}/t{day:%Y%m%d}_{1001 + index}.html", title, when, summary, updated)


def make_items(plan: dict, towns: list[Unit], rng: random.Random) -> list[Item]:
    """The account's articles, oldest first."""
    return [_item(plan, i, day, towns, rng) for i, day in enumerate(_days(plan, rng))]


def _account(plan: dict, items: list[Item]) -> TruthAccount:
    articles = tuple(TruthArticle(i.url, i.title, i.when.date()) for i in items)
    return TruthAccount(plan["name"], plan["platform"], plan["unit"], plan["status"],
                        SOURCE[plan["format"]], plan["path"], articles)


def build_media(units: tuple[Unit, ...], seed: int) -> tuple[dict[str, Page], MediaTruth]:
    """Every page of the accounts and letter boxes, and their truth (deterministic)."""
    rng = random.Random(seed + SEED_OFFSET)
    towns = [u for u in units if u.is_town]
    pages: dict[str, Page] = {}
    accounts = []
    for plan in load()["account"]:
        items = make_items(plan, towns, rng)
        pages[plan["path"]] = RENDER[plan["format"]](plan, items)
        pages.update((i.url, feeds.article(plan, i)) for i in items if i.url)
        accounts.append(_account(plan, items))
    letter_pages, boxes, letters = make_letters(units, rng)
    pages.update(letter_pages)
    return pages, MediaTruth(tuple(accounts), boxes, letters)
