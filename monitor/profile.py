"""Site profile: a TOML file read into typed, validated settings objects.

Every later component takes its settings from these objects, never from the
raw TOML. Validation happens before any crawling, and every error names the
key and the line it is on, so the office can fix the file without guessing.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from monitor.profile_alerts import AlertsReader, RectificationSettings, SmtpSettings
from monitor.profile_bulletin import BulletinReader, BulletinSettings
from monitor.profile_newmedia import InteractionSettings, NewMediaReader, NewMediaSettings
from monitor.profile_freshness import FreshnessReader, FreshnessSettings
from monitor.profile_lines import KeyLocator
from monitor.profile_rules import RulesProfile, RulesReader
from monitor.profile_schedule import ScheduleReader, ScheduleSettings
from monitor.spans import Span, SpanError
from rules.divisions import RegionError, resolve

UNIT_KINDS = ("department", "township")
CATEGORIES = ("dynamic", "disclosure", "key_area", "notice", "other")


class ProfileError(ValueError):
    """A profile that cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class SiteSettings:
    name: str
    region: str
    start_url: str


@dataclass(frozen=True)
class CrawlSettings:
    """Politeness and scope of the crawl (mapped onto Scrapy settings)."""

    obey_robots: bool = True
    download_delay: float = 0.5
    concurrency: int = 4
    autothrottle: bool = True
    max_pages: int = 0  # 0: no limit
    timeout: float = 30.0
    user_agent: str = "portal-monitor/0.1 (+government website content monitoring)"
    check_links: bool = True  # every cited link, image, script, style and attachment (broken_link)
    link_timeout: float = 10.0  # seconds per link check
    link_ignore: tuple[str, ...] = ()  # URL prefixes cited but never checked
    browser: bool = False  # pages through the system Chromium, for sites behind a JavaScript challenge


@dataclass(frozen=True)
class UnitSettings:
    name: str
    kind: str
    annual_quota: int | None = None
    aliases: tuple[str, ...] = ()
    email: str | None = None


@dataclass(frozen=True)
class ColumnSettings:
    url: str
    name: str | None = None
    category: str | None = None
    unit: str | None = None
    stale_after: str | None = None  # a span ("30d", "3m"): overrides the category's limit
    lead: str | None = None  # 牵头责任单位 of a key-area column, as the bulletin prints it ("县发改局、县财政局")


@dataclass(frozen=True)
class Profile:
    site: SiteSettings
    crawl: CrawlSettings
    units: tuple[UnitSettings, ...]
    columns: tuple[ColumnSettings, ...]
    path: Path | None = None
    rules: RulesProfile = RulesProfile()
    freshness: FreshnessSettings = FreshnessSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    rectification: RectificationSettings = RectificationSettings()
    smtp: SmtpSettings | None = None
    bulletin: BulletinSettings = BulletinSettings()
    newmedia: NewMediaSettings = NewMediaSettings()
    interaction: InteractionSettings = InteractionSettings()


_TABLES = {
    "site": (SiteSettings, {"name": str, "region": str, "start_url": str}),
    "crawl": (CrawlSettings, {
        "obey_robots": bool, "download_delay": (int, float), "concurrency": int,
        "autothrottle": bool, "max_pages": int, "timeout": (int, float), "user_agent": str,
        "check_links": bool, "link_timeout": (int, float), "link_ignore": list,
        "browser": bool,
    }),
    "units": (UnitSettings, {
        "name": str, "kind": str, "annual_quota": int, "aliases": list, "email": str,
    }),
    "columns": (ColumnSettings, {
        "url": str, "name": str, "category": str, "unit": str, "stale_after": str, "lead": str,
    }),
    "rules": None,  # read by monitor.profile_rules
    "freshness": None,  # read by monitor.profile_freshness
    "rectification": None,  # read by monitor.profile_alerts
    "smtp": None,  # read by monitor.profile_alerts
    "schedule": None,  # read by monitor.profile_schedule
    "leaders": None,
    "bulletin": None,  # read by monitor.profile_bulletin
    "newmedia": None,  # these four: monitor.profile_newmedia
    "accounts": None,
    "interaction": None,
    "letters": None,
}
_REQUIRED = {"site": ("name", "region", "start_url"), "units": ("name", "kind"), "columns": ("url",)}


def load_profile(path: str | Path) -> Profile:
    """Read and validate a profile file; raise :class:`ProfileError` on any problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read profile: {exc}") from None
    return parse_profile(text, path)


def parse_profile(text: str, path: Path | None = None) -> Profile:
    where = str(path) if path else "<profile>"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{where}: not valid TOML: {exc}") from None
    return _Validator(where, KeyLocator(text)).profile(data, path)


class _Validator:
    def __init__(self, where: str, locator: KeyLocator):
        self.where = where
        self.locate = locator

    def fail(self, table: str, index: int | None, key: str | None, message: str):
        line = self.locate(table, index, key)
        at = f":{line}" if line else ""
        name = table + (f"[{index + 1}]" if index is not None else "") + (f".{key}" if key else "")
        raise ProfileError(f"{self.where}{at}: {name}: {message}")

    def profile(self, data: dict[str, Any], path: Path | None) -> Profile:
        for key in data:
            if key not in _TABLES:
                self.fail(key, None, None, f"unknown table; expected one of {', '.join(_TABLES)}")
        if "site" not in data:
            self.fail("site", None, None, "missing [site] table")
        site = self.table("site", None, data["site"])
        self.check_url("site", None, "start_url", site.start_url)
        self.check_region(site.region)
        crawl = self.table("crawl", None, data.get("crawl", {}))
        self.check_crawl(crawl)
        units = tuple(self.table("units", i, raw) for i, raw in enumerate(self.array(data, "units")))
        self.check_units(units)
        columns = tuple(self.table("columns", i, raw) for i, raw in enumerate(self.array(data, "columns")))
        self.check_columns(columns, {u.name for u in units})
        rules = RulesReader(self.fail).read(data.get("rules", {}), data.get("leaders", []))
        freshness = FreshnessReader(self.fail).read(data.get("freshness", {}))
        schedule = ScheduleReader(self.fail).read(data.get("schedule", {}))
        alerts = AlertsReader(self.fail)
        rectification, smtp = alerts.rectification(data.get("rectification", {})), alerts.smtp(data.get("smtp"))
        base = path.parent if path else None
        bulletin = BulletinReader(self.fail, base).read(data.get("bulletin", {}))
        media = NewMediaReader(self.fail, base, {u.name for u in units})
        newmedia = media.newmedia(data.get("newmedia", {}), self.array(data, "accounts"))
        interaction = media.interaction(data.get("interaction", {}), self.array(data, "letters"))
        return Profile(site, crawl, units, columns, path, rules, freshness, schedule,
                       rectification=rectification, smtp=smtp, bulletin=bulletin,
                       newmedia=newmedia, interaction=interaction)

    def array(self, data: dict[str, Any], name: str) -> list:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(name, None, None, f"must be an array of tables ([[{name}]])")
        return value

    def table(self, name: str, index: int | None, raw: Any):
        cls, types = _TABLES[name]
        if not isinstance(raw, dict):
            self.fail(name, index, None, "must be a table")
        for key, value in raw.items():
            if key not in types:
                self.fail(name, index, key, f"unknown key; expected one of {', '.join(types)}")
            if not isinstance(value, types[key]) or (isinstance(value, bool) and types[key] is not bool):
                self.fail(name, index, key, f"wrong type {type(value).__name__}")
            if isinstance(value, str) and not value.strip():
                self.fail(name, index, key, "must not be empty")
        for key in _REQUIRED.get(name, ()):
            if key not in raw:
                self.fail(name, index, None, f"missing required key {key!r}")
        values = dict(raw)
        if "aliases" in values:
            if not all(isinstance(a, str) and a.strip() for a in values["aliases"]):
                self.fail(name, index, "aliases", "must be a list of non-empty strings")
            values["aliases"] = tuple(values["aliases"])
        if "link_ignore" in values:
            if not all(isinstance(a, str) and a.startswith(("http://", "https://")) for a in values["link_ignore"]):
                self.fail(name, index, "link_ignore", "must be a list of http(s) URL prefixes")
            values["link_ignore"] = tuple(values["link_ignore"])
        return cls(**values)

    def check_url(self, table: str, index: int | None, key: str, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            self.fail(table, index, key, f"{url!r} is not an http(s) URL")

    def check_region(self, region: str) -> None:
        try:
            resolve(region)
        except RegionError as exc:
            self.fail("site", None, "region", str(exc))

    def check_crawl(self, crawl: CrawlSettings) -> None:
        for key in ("download_delay", "max_pages", "timeout", "link_timeout"):
            if getattr(crawl, key) < 0:
                self.fail("crawl", None, key, "must not be negative")
        if crawl.concurrency < 1:
            self.fail("crawl", None, "concurrency", "must be at least 1")

    def check_units(self, units: tuple[UnitSettings, ...]) -> None:
        seen: dict[str, int] = {}
        for i, unit in enumerate(units):
            if unit.kind not in UNIT_KINDS:
                self.fail("units", i, "kind", f"{unit.kind!r} is not one of {', '.join(UNIT_KINDS)}")
            if unit.annual_quota is not None and unit.annual_quota <= 0:
                self.fail("units", i, "annual_quota", f"{unit.annual_quota} must be a positive whole number")
            for name in (unit.name, *unit.aliases):
                if name in seen and seen[name] != i:
                    self.fail("units", i, "name" if name == unit.name else "aliases",
                              f"{name!r} already names unit {seen[name] + 1}")
                seen[name] = i

    def check_columns(self, columns: tuple[ColumnSettings, ...], unit_names: set[str]) -> None:
        for i, column in enumerate(columns):
            self.check_url("columns", i, "url", column.url)
            if column.category is not None and column.category not in CATEGORIES:
                self.fail("columns", i, "category", f"{column.category!r} is not one of {', '.join(CATEGORIES)}")
            if column.unit is not None and column.unit not in unit_names:
                self.fail("columns", i, "unit", f"{column.unit!r} is not a unit of this profile")
            if column.stale_after is not None:
                try:
                    Span.parse(column.stale_after)
                except SpanError as exc:
                    self.fail("columns", i, "stale_after", str(exc))
