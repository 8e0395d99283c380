"""The alert's content in plain official Chinese, once, for the text part, the HTML part and the list.

A letter says what is wrong, where (the page's link), and by when: a finding
told for the first time gets the deadline this round starts (so many 工作日),
one told before keeps its own and is marked 已逾期 once that has passed.
"""
from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from importlib import resources

from monitor.alerts.lagging import UnitAlert
from monitor.numbers import percent
from monitor.periods import cn_date
from monitor.profile import Profile
from rules.base import PLACE_NAMES, SEVERITY_NAMES
from storage.models import FindingRecord

CATEGORY_NAMES = tomllib.loads(resources.files("monitor.alerts").joinpath("categories.toml").read_text("utf-8"))


@dataclass(frozen=True)
class Item:
    """One finding as the letter and the attached list show it."""

    category: str
    severity: str
    title: str
    url: str
    place: str
    problem: str
    evidence: str
    deadline: date
    overdue: bool


@dataclass(frozen=True)
class Letter:
    recipient: str  # 定南县林业局
    subject: str
    pace: str | None
    items: list[Item]
    request: str
    signature: str
    day: date


def write_letter(alert: UnitAlert, profile: Profile, day: date, new_deadline: date) -> Letter:
    region = profile.site.region
    recipient = alert.unit.name if alert.unit.name.startswith(region) else region + alert.unit.name
    items = [_item(f, day, new_deadline) for f in alert.findings]
    subject = f"关于{recipient}{'网站问题整改' if items else '信息报送进度'}的提醒（{cn_date(day)}）"
    return Letter(recipient, subject, _pace_text(alert, day, profile.site.name), items,
                  _request(items, profile.rectification.deadline_days), _signature(profile), day)


def _item(record: FindingRecord, day: date, new_deadline: date) -> Item:
    deadline = record.deadline or new_deadline
    return Item(CATEGORY_NAMES.get(record.category, record.category), SEVERITY_NAMES[record.severity],
                record.title or "", record.page_url, PLACE_NAMES.get(record.place, record.place),
                record.detail or record.matched, record.evidence, deadline, day > deadline)


def _pace_text(alert: UnitAlert, day: date, site: str) -> str | None:
    if alert.pace is None:
        return None
    p = alert.pace
    share = Fraction(p.ytd_count, p.annual_quota)
    progress = p.expected / p.annual_quota
    return (f"今年以来（截至{cn_date(day)}），你单位在{site}共发布信息{p.ytd_count}条，年度任务{p.annual_quota}条，"
            f"完成年度任务的{percent(share)}，低于时间进度（{percent(progress)}，按进度应发布{math.ceil(p.expected)}条），"
            "信息报送进度滞后。请加强信息采编和报送，确保按时完成全年任务。")


def _request(items: list[Item], days: int) -> str:
    if not items:
        return "请对照年度任务抓紧补报，并做好信息发布审核工作。"
    return (f"经检查，你单位负责的网页存在以下{len(items)}个问题。请于{days}个工作日内（以每条所列整改期限为准）"
            "整改到位；整改后系统将在下一次检查时自动核实销号。逾期未整改的，将在政府网站监测通报中予以通报。")


def _signature(profile: Profile) -> str:
    smtp = profile.smtp
    return (smtp.sender_name if smtp and smtp.sender_name else f"{profile.site.region}人民政府办公室")
