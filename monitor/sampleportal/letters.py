"""The 互动交流 letter boxes of the sample portal (县长信箱, 咨询投诉), with their truth.

``letters.toml`` gives every letter's dates, printed state and answering
unit, so its standing as of 2024-06-30 (answered in time or late, pending
within the limit or overdue) is planned there; only times of day, senders and
greetings are drawn. The two boxes come from two systems (letterpages.py) so
a reader cannot be tuned to one markup. Their pages carry no publication-date
label: a portal crawl that reaches them must not take a letter for a post.
"""
from __future__ import annotations

import datetime
import random
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from monitor.sampleportal import letterpages
from monitor.sampleportal.model import Page, TruthLetter
from monitor.sampleportal.units import Unit

RENDER = {"table": letterpages.table_box, "dl": letterpages.dl_box}


@dataclass(frozen=True)
class Letter:
    """One letter and everything its pages show."""

    number: str  # 信件编号
    path: str  # detail page, as the truth names it (root-relative)
    title: str
    sender: str  # masked, as portals print it: 陈**
    received: datetime.datetime
    answered: datetime.datetime | None
    state: str
    by: str | None  # the answering unit as printed
    ask: str
    reply: str


@lru_cache(maxsize=1)
def load() -> dict:
    return tomllib.loads(resources.files("monitor.sampleportal").joinpath("letters.toml").read_text("utf-8"))


def boxes() -> tuple[tuple[str, str], ...]:
    """(name, first list page) of every box, as the home page and the profile link them."""
    return tuple((box["name"], box["first"]) for box in load()["box"])


def _at(day: datetime.date, rng: random.Random) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(rng.randint(8, 21), rng.randrange(60), rng.randrange(60)))


def _path(box: dict, number: int, received: datetime.date) -> str:
    folder = box["first"].rsplit("/", 1)[0]
    if box["style"] == "table":
        return f"{folder}/{received:%Y%m}/t{received:%Y%m%d}_{number}.html"
    return f"{folder}/show.jsp?id={number}"


def _letter(box: dict, index: int, raw: dict, rng: random.Random) -> Letter:
    data, number = load(), box["first_id"] + index
    received = _at(raw["received"], rng)
    answered = _at(raw["answered"], rng) if "answered" in raw else None
    sender = rng.choice(data["surnames"]) + "**"
    reply = data["reply"].format(greeting=rng.choice(data["greetings"]), fix=raw["fix"]) if answered else ""
    return Letter(f"{box['prefix']}{received:%Y%m%d}{index + 1:03d}", _path(box, number, received.date()),
                  raw["title"], sender, received, answered, raw["state"], raw.get("by"), raw["ask"], reply)


def _truth(box: dict, letter: Letter, units: dict[str, str]) -> TruthLetter:
    return TruthLetter(letter.path, box["name"], letter.title, letter.received.date(),
                       letter.answered.date() if letter.answered else None, letter.state, letter.by,
                       units.get(letter.by) if letter.by else None)


def make_letters(units: tuple[Unit, ...], rng: random.Random
                 ) -> tuple[dict[str, Page], tuple[tuple[str, str], ...], tuple[TruthLetter, ...]]:
    """Every page of the boxes, (name, first page) per box, and the letters' truth."""
    forms = {form: unit.name for unit in units for form in unit.signatures()}
    pages: dict[str, Page] = {}
    truth: list[TruthLetter] = []
    for box in load()["box"]:
        letters = [_letter(box, i, raw, rng) for i, raw in enumerate(box["letter"])]
        pages.update(RENDER[box["style"]](box, letters))
        truth += [_truth(box, letter, forms) for letter in letters]
    return pages, boxes(), tuple(truth)
