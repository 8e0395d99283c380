"""The columns (栏目) of the sample portal and where their list pages live.

Three CMS styles coexist, as on real county portals that grew over the
years: TRS WCM for disclosure (信息公开), 大汉 JCMS for news, and an old ASP
system for the county 通知公告.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from monitor.sampleportal.units import Unit

PER_PAGE = {"trs": 20, "jcms": 15, "asp": 20}
SECTION_NAMES = {"bm": "部门信息公开", "xz": "乡镇信息公开"}
TRS_NAMES = {"tzgg": "通知公告", "zcwj": "政策文件", "fdzdgknr": "法定主动公开内容"}


@dataclass(eq=False)
class Column:
    """One column: a paginated list of posts with an owner (or none)."""

    name: str
    style: str  # trs | jcms | asp
    first: str  # path of the first list page, as navigation links it
    owner: Unit | None
    trail: list[tuple[str, str]]  # breadcrumb (label, path), ending in itself
    number: int = 0  # JCMS column number
    uid: int = 0  # JCMS list module id
    category: str = "other"  # as a profile pin would class it
    posts: list = field(default_factory=list)  # every post it lists
    pinned: list = field(default_factory=list)  # 置顶: shown first, whatever their date

    @property
    def directory(self) -> str:
        return self.first.rsplit("/", 1)[0] + "/"

    def page_path(self, index: int) -> str:
        """Path (with query) of the list page ``index`` (zero-based)."""
        if index == 0:
            return self.first
        if self.style == "trs":
            return f"{self.directory}index_{index}.html"
        if self.style == "jcms":
            return f"{self.first}?uid={self.uid}&pageNum={index + 1}"
        return f"{self.first}?page={index + 1}"

    def pages(self) -> list[list]:
        """Posts per list page: pinned ones first, then newest first."""
        rest = sorted((p for p in self.posts if p not in self.pinned),
                      key=lambda p: (p.when, p.path), reverse=True)
        ordered, size = self.pinned + rest, PER_PAGE[self.style]
        return [ordered[i:i + size] for i in range(0, len(ordered), size)] or [[]]


def unit_home(unit: Unit) -> str:
    return f"/xxgk/{unit.section}/{unit.slug}/index.html"


def unit_trail(unit: Unit) -> list[tuple[str, str]]:
    """Breadcrumb down to the unit: the owner is read from it."""
    section = SECTION_NAMES[unit.section]
    return [("首页", "/"), ("信息公开", "/xxgk/index.html"),
            (section, f"/xxgk/{unit.section}/index.html"), (unit.full, unit_home(unit))]


@dataclass
class Columns:
    """Every column of the site, by role."""

    county_news: Column
    county_notice: Column
    by_unit: dict[str, dict[str, Column]]  # unit name -> role -> column

    def all(self) -> list[Column]:
        columns = [self.county_news, self.county_notice]
        for roles in self.by_unit.values():
            columns.extend(roles.values())
        return columns


def _trs(unit: Unit, slug: str, name: str, category: str) -> Column:
    first = f"/xxgk/{unit.section}/{unit.slug}/{slug}/index.html"
    return Column(name, "trs", first, unit, unit_trail(unit) + [(name, first)], category=category)


def _unit_columns(unit: Unit, number: int, uid: int) -> dict[str, Column]:
    name = "乡镇动态" if unit.is_township else "工作动态"
    first = f"/col/col{number}/index.html"
    roles = {
        "news": Column(name, "jcms", first, unit, unit_trail(unit) + [(name, first)],
                       number=number, uid=uid, category="dynamic"),
        "notice": _trs(unit, "tzgg", TRS_NAMES["tzgg"], "notice"),
        "policy": _trs(unit, unit.policy, TRS_NAMES[unit.policy], "disclosure"),
    }
    if unit.key_area:
        roles["key_area"] = _trs(unit, *unit.key_area, "key_area")
    return roles


def make_columns(units: tuple[Unit, ...], rng: random.Random) -> Columns:
    """Lay out the columns; JCMS numbers and uids look like a real install's."""
    news_first = "/col/col1/index.html"
    county_news = Column("政务要闻", "jcms", news_first, None,
                         [("首页", "/"), ("政务要闻", news_first)],
                         number=1, uid=4, category="dynamic")
    county_notice = Column("通知公告", "asp", "/tzgg/list.asp", None,
                           [("首页", "/"), ("通知公告", "/tzgg/list.asp")],
                           category="notice")
    by_unit, number = {}, 6180
    for unit in units:
        number += rng.randint(1, 9)
        by_unit[unit.name] = _unit_columns(unit, number, rng.randint(4_000_000, 4_999_999))
    return Columns(county_news, county_notice, by_unit)
