"""Judging freshness: a column's or the home page's newest date against its deadline.

Pure: facts in, findings out. A column is overdue (栏目更新不及时) when its
newest post is older than its category's limit before the day judged, due
soon (即将超期) inside the warning band before that, blank (空白栏目) when it
lists nothing. The counts of stale, long-stale and blank columns are judged
against the national veto counts (5, 10, 5) with a warning below each.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from monitor.categories import CATEGORY_NAMES
from monitor.profile_freshness import FreshnessSettings
from monitor.spans import Span
from rules.base import Finding

# The national rule counts stale columns of these kinds (动态/要闻, 通知公告, 政策文件).
NATIONAL = ("dynamic", "notice", "disclosure")


@dataclass(frozen=True)
class ColumnFacts:
    url: str
    name: str
    category: str
    reason: str  # why this category: the profile's pin or the keyword of the name
    newest: date | None  # None: the column lists nothing
    limit: Span


@dataclass(frozen=True)
class Standing:
    facts: ColumnFacts
    state: str  # ok | due_soon | overdue | blank
    deadline: date | None = None
    long_stale: bool = False


def judge(facts: ColumnFacts, settings: FreshnessSettings, as_of: date) -> Standing:
    if facts.newest is None:
        return Standing(facts, "blank")
    deadline = facts.limit.after(facts.newest)
    long_stale = settings.long_stale.after(facts.newest) < as_of
    if deadline < as_of:
        return Standing(facts, "overdue", deadline, long_stale)
    warn = settings.warn.get(facts.category, settings.warn["other"])
    state = "due_soon" if warn.before(deadline) <= as_of else "ok"
    return Standing(facts, state, deadline, long_stale)


def column_finding(standing: Standing, as_of: date) -> Finding | None:
    facts = standing.facts
    kind = f"{CATEGORY_NAMES[facts.category]}栏目（{facts.reason}）"
    if standing.state == "blank":
        return _finding("empty_column.blank", "empty_column", "deduct", facts, "栏目内无任何信息",
                        f"空白栏目：{kind}未发布任何信息")
    if standing.state == "ok":
        return None
    age = (as_of - facts.newest).days
    evidence = f"最近更新于{facts.newest:%Y-%m-%d}，至{as_of:%Y-%m-%d}已{age}天未更新"
    days = (standing.deadline - as_of).days
    if standing.state == "due_soon":
        return _finding("stale_column.due-soon", "stale_column", "notice", facts, evidence,
                        f"即将超期：{kind}应{facts.limit}内更新，将于{standing.deadline:%Y-%m-%d}超期（剩{days}天）")
    return _finding("stale_column.overdue", "stale_column", "deduct", facts, evidence,
                    f"更新不及时：{kind}应{facts.limit}内更新，已超期{-days}天")


def _finding(rule: str, category: str, severity: str, facts: ColumnFacts, evidence: str, detail: str) -> Finding:
    return Finding(rule, category, severity, facts.url, "column", facts.name, f"{facts.name}：{evidence}", detail)


def count_findings(standings: list[Standing], settings: FreshnessSettings, site_url: str) -> list[Finding]:
    """The site-wide counts that fail the inspection: stale, long-stale and blank columns."""
    counts = {
        "stale": sum(s.state == "overdue" and s.facts.category in NATIONAL for s in standings),
        "long_stale": sum(s.long_stale for s in standings),
        "blank": sum(s.state == "blank" for s in standings),
    }
    labels = {"stale": ("stale_column", "不更新栏目", "动态类超过两周、通知公告和政策文件类超过半年未更新"),
              "long_stale": ("stale_column", "长期未更新栏目", f"超过{settings.long_stale}未更新"),
              "blank": ("empty_column", "空白栏目", "栏目内无任何信息")}
    found = []
    for key, count in counts.items():
        category, label, meaning = labels[key]
        veto, warn = settings.veto[key], settings.veto_warn[key]
        if count >= warn:
            severity, verdict = ("veto", "达到单项否决标准") if count >= veto else ("notice", "接近单项否决标准")
            found.append(Finding(f"{category}.count", category, severity, site_url, "site", label,
                                 f"{label}（{meaning}）共{count}个", f"{verdict}（{veto}个及以上即单项否决）"))
    return found


def home_finding(dates: list[date], settings: FreshnessSettings, as_of: date, home_url: str) -> Finding | None:
    """The home page is judged by the newest date it shows; one that shows none counts as not updated."""
    shown = [d for d in dates if d <= as_of]
    if not shown:
        return Finding("site_stale.home", "site_stale", "veto", home_url, "site", "首页",
                       "首页未显示任何发布日期", "首页无法判断更新时间，按未更新处理")
    newest = max(shown)
    deadline, age = settings.home.after(newest), (as_of - newest).days
    evidence = f"首页最新信息日期为{newest:%Y-%m-%d}，至{as_of:%Y-%m-%d}已{age}天"
    if deadline < as_of:
        return Finding("site_stale.home", "site_stale", "veto", home_url, "site", "首页", evidence,
                       f"首页超过{settings.home}未更新（单项否决）")
    if settings.home_warn.before(deadline) <= as_of:
        return Finding("site_stale.home-due-soon", "site_stale", "notice", home_url, "site", "首页", evidence,
                       f"首页即将超过{settings.home}未更新（{deadline:%Y-%m-%d}）")
    return None
