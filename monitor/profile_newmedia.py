"""The profile's 政务新媒体 and 互动交流 tables: the accounts to watch, the letter boxes to read.

::

    [newmedia]
    per_week = 2              # 每周更新两次: fewer posts in a week falls short
    stale_days = 14           # no post within this many days of the check: 单项否决

    [[accounts]]
    name = "定南发布"
    platform = "wechat"       # wechat | weibo | douyin | toutiao | app | website
    unit = "融媒体中心"        # the owner (主办单位), a [[units]] name
    status = "active"         # active | to_close (申请关停: must no longer post)
    feed = "https://…/rss.xml"        # one source: an RSS/Atom feed,
    # list = "https://…/list.html"    # a dated list page (found as the portal's columns are),
    # export = "exports/定南发布.xlsx" # or the platform's back-office export (title, date, url):
    #                                 # a file beside the profile, or an http(s) URL of the office's share

    [interaction]
    reply_days = 5            # 工作日 a letter may wait for its answer
    imports = ["依申请公开.csv"]  # back-office counts: period, 单位, then one column per figure

    [[letters]]
    name = "县长信箱"
    url = "https://…/xzxx/list.html"  # the box's first list page
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from monitor.profile_bulletin import existing_file

PLATFORMS = {"wechat": "微信公众号", "weibo": "微博", "douyin": "抖音", "toutiao": "今日头条",
             "app": "移动客户端", "website": "网站"}
STATUSES = {"active": "正常运营", "to_close": "申请关停"}
SOURCES = ("feed", "list", "export")


@dataclass(frozen=True)
class AccountSettings:
    name: str
    platform: str
    unit: str | None
    status: str
    source: str  # feed | list | export
    location: str  # the feed or list URL, or the export's URL or file (absolute path)


@dataclass(frozen=True)
class NewMediaSettings:
    per_week: int = 2
    stale_days: int = 14
    accounts: tuple[AccountSettings, ...] = ()


@dataclass(frozen=True)
class LetterBoxSettings:
    name: str
    url: str


@dataclass(frozen=True)
class InteractionSettings:
    reply_days: int = 5
    imports: tuple[Path, ...] = ()
    boxes: tuple[LetterBoxSettings, ...] = ()


class NewMediaReader:
    """Validates the four tables; ``fail(table, index, key, message)`` raises ProfileError."""

    def __init__(self, fail: Callable[..., None], base: Path | None, units: set[str]):
        self.fail, self.base, self.units = fail, base, units

    def newmedia(self, raw: Any, accounts: list) -> NewMediaSettings:
        counts = self.counts("newmedia", raw, ("per_week", "stale_days"))
        return NewMediaSettings(**counts, accounts=tuple(self.account(i, a) for i, a in enumerate(accounts)))

    def interaction(self, raw: Any, boxes: list) -> InteractionSettings:
        counts = self.counts("interaction", raw, ("reply_days",), others=("imports",))
        imports = raw.get("imports", [])
        if not isinstance(imports, list) or not all(isinstance(i, str) and i.strip() for i in imports):
            self.fail("interaction", None, "imports", "must be a list of file names")
        return InteractionSettings(**counts, imports=tuple(self.file("interaction", None, "imports", i)
                                                           for i in imports),
                                   boxes=tuple(self.box(i, b) for i, b in enumerate(boxes)))

    def counts(self, table: str, raw: Any, keys: tuple[str, ...], others: tuple[str, ...] = ()) -> dict[str, int]:
        """The whole-number keys of a table; ``others`` are its keys read elsewhere."""
        if not isinstance(raw, dict):
            self.fail(table, None, None, "must be a table")
        for key, value in raw.items():
            if key not in keys + others:
                self.fail(table, None, key, f"unknown key; expected one of {', '.join(keys + others)}")
            if key in keys and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
                self.fail(table, None, key, "must be a whole number of at least 1")
        return {key: value for key, value in raw.items() if key in keys}

    def account(self, i: int, raw: dict) -> AccountSettings:
        text = self.texts("accounts", i, raw, ("name", "platform", "unit", "status") + SOURCES, ("name", "platform"))
        if text["platform"] not in PLATFORMS:
            self.fail("accounts", i, "platform", f"{text['platform']!r} is not one of {', '.join(PLATFORMS)}")
        status = text.get("status", "active")
        if status not in STATUSES:
            self.fail("accounts", i, "status", f"{status!r} is not one of {', '.join(STATUSES)}")
        if text.get("unit") is not None and text["unit"] not in self.units:
            self.fail("accounts", i, "unit", f"{text['unit']!r} is not a [[units]] name")
        sources = [s for s in SOURCES if s in text]
        if len(sources) != 1:
            self.fail("accounts", i, None, "needs exactly one of feed, list or export")
        source = sources[0]
        value = text[source]
        location = (str(self.file("accounts", i, source, value))
                    if source == "export" and not value.startswith(("http://", "https://"))
                    else self.url("accounts", i, source, value))
        return AccountSettings(text["name"], text["platform"], text.get("unit"), status, source, location)

    def box(self, i: int, raw: dict) -> LetterBoxSettings:
        text = self.texts("letters", i, raw, ("name", "url"), ("name", "url"))
        return LetterBoxSettings(text["name"], self.url("letters", i, "url", text["url"]))

    def texts(self, table: str, i: int, raw: Any, keys: tuple[str, ...], required: tuple[str, ...]) -> dict:
        if not isinstance(raw, dict):
            self.fail(table, i, None, "must be a table")
        for key, value in raw.items():
            if key not in keys:
                self.fail(table, i, key, f"unknown key; expected one of {', '.join(keys)}")
            if not isinstance(value, str) or not value.strip():
                self.fail(table, i, key, "must be non-empty text")
        for key in required:
            if key not in raw:
                self.fail(table, i, key, "missing")
        return {key: value.strip() for key, value in raw.items()}

    def url(self, table: str, i: int | None, key: str, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            self.fail(table, i, key, f"{value!r} is not an http(s) URL")
        return value

    def file(self, table: str, i: int | None, key: str, value: str) -> Path:
        return existing_file(self.fail, self.base, (table, i, key), value)
