"""Reading findings and notices back for ``portal-monitor findings`` and ``rules``.

The table is for the office at a terminal; ``--json`` is for other tools and
carries every field. Evidence is stored masked, so nothing here can leak the
personal data a finding is about.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from monitor.health import HEALTH_CATEGORIES
from monitor.rectification import STATE_NAMES, finding_state
from rules.base import CATEGORIES, PLACE_NAMES, SEVERITY_NAMES
from storage.models import Column, CrawlRun, FindingRecord, Notice, Site, Unit


def query_findings(session: Session, site: Site, category: str | None = None, unit: str | None = None,
                   status: str | None = None, as_of: date | None = None) -> list[dict]:
    """Findings as dicts; ``state`` and ``deadline`` are the rectification view as of ``as_of`` (today)."""
    first, last, fixed = aliased(CrawlRun), aliased(CrawlRun), aliased(CrawlRun)
    query = (select(FindingRecord, Unit.name, Column.name, first.started_at, last.started_at, fixed.started_at)
             .outerjoin(Unit, FindingRecord.unit_id == Unit.id)
             .outerjoin(Column, FindingRecord.column_id == Column.id)
             .join(first, FindingRecord.first_seen_run_id == first.id)
             .join(last, FindingRecord.last_seen_run_id == last.id)
             .outerjoin(fixed, FindingRecord.fixed_run_id == fixed.id)
             .where(FindingRecord.site_id == site.id)
             .order_by(FindingRecord.category, FindingRecord.page_url, FindingRecord.id))
    if category:
        query = query.where(FindingRecord.category == category)
    if unit:
        query = query.where(Unit.name == unit)
    if status in ("open", "fixed"):  # open: not fixed, whether notified or overdue
        query = query.where(FindingRecord.status == status)
    rows = [_as_dict(*row, as_of or date.today()) for row in session.execute(query)]
    return [r for r in rows if status not in ("notified", "overdue") or r["state"] == status]


def _as_dict(record: FindingRecord, unit: str | None, column: str | None, first, last, fixed,
             as_of: date) -> dict:
    notified = record.notified_at and record.notified_at.isoformat(timespec="seconds")
    return {
        "rule": record.rule, "category": record.category, "severity": record.severity,
        "url": record.url, "page_url": record.page_url, "title": record.title, "unit": unit,
        "column": column, "place": record.place, "matched": record.matched, "evidence": record.evidence,
        "detail": record.detail, "count": record.count, "status": record.status,
        "first_seen": first.isoformat(timespec="seconds"), "last_seen": last.isoformat(timespec="seconds"),
        "state": finding_state(record, as_of, fixed and fixed.date()), "notified_at": notified,
        "deadline": record.deadline and record.deadline.isoformat(),
    }


def findings_text(rows: list[dict]) -> str:
    """One block per finding, then a count by category."""
    blocks = []
    for r in rows:
        times = f"（{r['count']}处）" if r["count"] > 1 else ""
        blocks.append(
            f"[{r['category']}] {SEVERITY_NAMES[r['severity']]} · {r['unit'] or '未归属单位'} · "
            f"{_state_text(r)} · {r['rule']}\n"
            f"  页面：{r['title'] or ''} {r['url']}\n"
            f"  位置：{PLACE_NAMES[r['place']]}　问题：{r['detail'] or r['matched']}{times}\n"
            f"  证据：{r['evidence']}")
    summary = "，".join(f"{c} {n}" for c in CATEGORIES + HEALTH_CATEGORIES if (n := sum(r["category"] == c for r in rows)))
    return "\n\n".join(blocks + [f"共 {len(rows)} 条" + (f"（{summary}）" if summary else "")])


def query_notices(session: Session, site: Site) -> list[Notice]:
    return list(session.scalars(select(Notice).where(Notice.site_id == site.id).order_by(Notice.kind, Notice.url)))


def _state_text(row: dict) -> str:
    """整改中（期限 2024-10-10）: the state, with the deadline once there is one."""
    deadline = f"（期限 {row['deadline']}）" if row["deadline"] and row["state"] != "fixed" else ""  # late: shown
    return STATE_NAMES[row["state"]] + deadline
