"""The responsible units and generation knobs, read from ``units.toml``.

Unit data lives in a data file so the site, its profile and its ground truth
cannot disagree about a name, a quota or an alias.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent
COUNTY = "定南县"


@dataclass(frozen=True)
class Unit:
    """One responsible unit of the bulletin's attachment table."""

    name: str
    slug: str
    kind: str  # department | township
    quota: int
    full: str
    activity: float
    topic_class: str
    doc_prefix: str
    topics: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    villages: tuple[str, ...] = ()
    key_area: tuple[str, str] | None = None
    policy: str = ""
    placement: str = ""

    @property
    def is_township(self) -> bool:
        return self.kind == "township"

    @property
    def is_town(self) -> bool:
        """A 镇 proper (not 城市社区管委会): takes the 人民政府/政府 suffix forms."""
        return self.name.endswith("镇政府")

    @property
    def section(self) -> str:
        """Directory of its disclosure pages: bm (部门) or xz (乡镇)."""
        return "xz" if self.is_township else "bm"

    @property
    def short(self) -> str:
        """How titles name it: 县林业局, 历市镇."""
        if self.is_town:
            return self.name[: -len("政府")]
        return "县" + self.name

    @property
    def email(self) -> str:
        return f"{self.slug}@dingnan.example.gov.cn"

    def signatures(self) -> tuple[str, ...]:
        """Every way the unit signs a post (发布机构/来源); all resolve to it.

        Departments: full name, 县+name, name, aliases.  Towns: the four
        人民政府/政府/bare forms with and without the county prefix.
        """
        if self.is_town:
            town = self.name[: -len("政府")]
            forms = [self.full, town + "人民政府", town + "政府", town]
        else:
            forms = [self.full, "县" + self.name, self.name, *self.aliases]
        return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class Plan:
    """How many posts to generate, and the planted ties."""

    seed: int
    first_month: tuple[int, int]
    last_month: tuple[int, int]
    scale: float
    quota_scale: float
    season: tuple[float, ...]
    tie_bottom: tuple[str, str]
    tie_top: tuple[str, str]
    reposted_unit: str
    placement: dict[str, dict[str, float]] = field(default_factory=dict)

    def months(self) -> list[tuple[int, int]]:
        """Every (year, month) from the first to the last month, in order."""
        (year, month), result = self.first_month, []
        while (year, month) <= self.last_month:
            result.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result


def _month(text: str) -> tuple[int, int]:
    year, month = text.split("-")
    return int(year), int(month)


@lru_cache(maxsize=1)
def _raw() -> dict:
    with open(HERE / "units.toml", "rb") as handle:
        return tomllib.load(handle)


def load_units() -> tuple[Unit, ...]:
    """The units in the seed bulletin's order."""
    units = []
    for row in _raw()["unit"]:
        row = dict(row)
        for key in ("topics", "aliases", "villages", "key_area"):
            if key in row:
                row[key] = tuple(row[key])
        row.setdefault("policy", "fdzdgknr" if row["kind"] == "township" else "zcwj")
        units.append(Unit(**row))
    return tuple(units)


def load_plan() -> Plan:
    raw = _raw()["plan"]
    return Plan(
        seed=raw["seed"],
        first_month=_month(raw["first_month"]),
        last_month=_month(raw["last_month"]),
        scale=raw["scale"],
        quota_scale=raw["quota_scale"],
        season=tuple(raw["season"]),
        tie_bottom=tuple(raw["tie_bottom"]),
        tie_top=tuple(raw["tie_top"]),
        reposted_unit=raw["reposted_unit"],
        placement=_raw()["placement"],
    )
