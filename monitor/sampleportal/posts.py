"""The posts of the sample portal: who signs them, when, and where they are listed.

Attribution is decided here and the site is rendered from it, so the ground
truth follows the profile's rule by construction: the signature (发布机构 /
来源) names the unit, or names none and the owning column decides.
"""
from __future__ import annotations

import calendar
import datetime
import random
from dataclasses import dataclass, field

from monitor.sampleportal.columns import Column, Columns
from monitor.sampleportal.plan import Counts
from monitor.sampleportal.texts import Writer
from monitor.sampleportal.units import Plan, Unit

HOUSE_SHARE = 0.03  # unit-column posts signed 本网 or blank
CROSS_TO_COUNTY = 0.05  # 工作动态 posts also listed in 政务要闻
CROSS_IN_UNIT = 0.04  # 通知公告/政策文件 posts listed in both
REPOST_SHARE = 0.3  # reposted unit's policy posts homed in another department
UNATTRIBUTED = {"county_news": 30, "county_notice": 18, "house": 12}


@dataclass(eq=False)
class Post:
    """One article (or external link) and everything its pages show."""

    unit: Unit | None  # attribution in the ground truth
    source: str  # the signature as printed
    when: datetime.datetime
    kind: str  # body kind: news | notice | policy | key_area | county_news
    home: Column  # the column whose CMS publishes it (its URL style)
    also: list[Column] = field(default_factory=list)
    title: str = ""
    body: list[str] = field(default_factory=list)
    path: str = ""
    external: bool = False
    written: datetime.date | None = None  # 成文日期
    url_day: datetime.date | None = None
    doc_no: str = ""
    index_no: str = ""
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (file, label)
    with_meta: bool = True  # national meta tags in the head (TRS, JCMS)
    cn_date: bool = False  # ASP: 日期 as 2024年2月5日 rather than 2024/2/5
    views: int = 0
    raw_html: str = ""  # markup after the body, unescaped: planted hidden links
    files: dict[str, bytes] = field(default_factory=dict)  # attachment bytes other than the stock ones

    @property
    def columns(self) -> list[Column]:
        return [self.home, *self.also]


def random_time(rng: random.Random, year: int, month: int) -> datetime.datetime:
    """Office hours of a day in the month, weekends rarer."""
    days = calendar.monthrange(year, month)[1]
    day = datetime.date(year, month, rng.randint(1, days))
    for _ in range(3):
        if day.weekday() < 5 or rng.random() < 0.25:
            break
        day = datetime.date(year, month, rng.randint(1, days))
    return datetime.datetime(year, month, day.day, rng.randint(8, 18), rng.randint(0, 59))


class PostMaker:
    """Turns planned counts into placed, signed, titled posts."""

    def __init__(self, rng: random.Random, writer: Writer, columns: Columns, plan: Plan):
        self.rng, self.writer, self.columns, self.plan = rng, writer, columns, plan

    def _role(self, unit: Unit) -> str:
        group = unit.placement or ("township" if unit.is_township else "department")
        roles = self.plan.placement[group]
        own = self.columns.by_unit[unit.name]
        names = [r for r in roles if r in own or r.startswith("county_")]
        return self.rng.choices(names, [roles[r] for r in names])[0]

    def _home(self, unit: Unit, role: str) -> Column:
        if role == "county_news":
            return self.columns.county_news
        if role == "county_notice":
            return self.columns.county_notice
        if role == "policy" and unit.name == self.plan.reposted_unit and self.rng.random() < REPOST_SHARE:
            return self.rng.choice([roles["policy"] for roles in self.columns.by_unit.values()
                                    if roles["policy"].owner not in (unit, None)
                                    and roles["policy"].owner.kind == "department"])
        return self.columns.by_unit[unit.name][role]

    def _also(self, unit: Unit, role: str, home: Column) -> list[Column]:
        own, roll = self.columns.by_unit[unit.name], self.rng.random()
        if role == "news" and roll < CROSS_TO_COUNTY:
            return [self.columns.county_news]
        if role in ("notice", "policy") and home.owner is unit and roll < CROSS_IN_UNIT:
            return [own["policy" if role == "notice" else "notice"]]
        return []

    def _source(self, unit: Unit, home: Column) -> str:
        """Units sign with any of their forms; a few own-column posts say 本网 or nothing."""
        if home.owner is unit and self.rng.random() < HOUSE_SHARE:
            return "" if home.style == "trs" else self.rng.choice(["本网", ""])
        return self.rng.choice(unit.signatures())

    def unit_post(self, unit: Unit, year: int, month: int) -> Post:
        role = self._role(unit)
        home = self._home(unit, role)
        when = random_time(self.rng, year, month)
        kind = "notice" if role == "county_notice" else role
        post = Post(unit, self._source(unit, home), when, kind, home, self._also(unit, role, home))
        values = self.writer.values(unit, when.date())
        post.title = self.writer.title(self.writer.templates(role, unit), values)
        values["title_quoted"] = post.title.split("《")[-1].split("》")[0]
        body_kind = "news" if kind == "county_news" and unit.placement != "media" else kind
        post.body = self.writer.body(body_kind, values)
        return post

    def unattributed_post(self, group: str) -> Post:
        """Signed by a non-unit (新华社 …) or by the house, in a county column."""
        where = self.rng.choice(["county_news", "county_notice"]) if group == "house" else group
        source = self.rng.choice(self.writer.data["sources"][group])
        templates = self.writer.source_templates(group)
        when = random_time(self.rng, *self.rng.choice(self.plan.months()))
        home = getattr(self.columns, where)
        kind = "county_news" if where == "county_news" else "notice"
        post = Post(None, source, when, kind, home)
        values = self.writer.values(None, when.date())
        post.title = self.writer.title(templates, values)
        post.body = self.writer.body(kind, values)
        return post


def make_posts(maker: PostMaker, units: tuple[Unit, ...], counts: Counts) -> list[Post]:
    """All posts: the planned unit posts, then the unattributed ones."""
    posts = []
    for unit in units:
        for (year, month), count in counts[unit.name].items():
            posts.extend(maker.unit_post(unit, year, month) for _ in range(count))
    for group, count in UNATTRIBUTED.items():
        posts.extend(maker.unattributed_post(group) for _ in range(count))
    return posts
