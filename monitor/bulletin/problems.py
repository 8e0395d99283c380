"""存在问题: the open findings worded as the office writes them, one paragraph per kind.

Each paragraph names the units the problem was found in (most findings first),
the columns it sits in, how many, and points to the problem list attached
with the evidence. Warnings (提示, e.g. 即将超期) are not problems yet and are
left out. Units that let a notified problem pass its deadline are named in a
paragraph of their own, as the seeds do. The wording lives in
``data/problems.toml``.
"""
from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.health import HEALTH_CATEGORIES
from rules.base import CATEGORIES, PLACE_NAMES, SEVERITY_NAMES
from monitor.rectification.lifecycle import overdue_findings
from storage.models import Site, Unit

ORDER = CATEGORIES + HEALTH_CATEGORIES
PROBLEM_HEADER = ["序号", "责任单位", "问题类别", "页面", "位置", "问题", "证据"]
PROBLEM_MM = (10, 20, 18, 40, 12, 26, 30)  # 156 mm, the A4 text width
MAX_COLUMNS = 3  # columns named in a paragraph before 等栏目


@dataclass(frozen=True)
class ProblemFacts:
    """What 存在问题 is written from: open findings (rows of ``query_findings``) and late units."""

    findings: list[dict] = field(default_factory=list)
    overdue_units: list[str] = field(default_factory=list)  # open past their 整改 deadline


def wording() -> dict[str, dict[str, str]]:
    return tomllib.loads(resources.files("monitor.bulletin").joinpath("data/problems.toml").read_text("utf-8"))


def problems_to_report(rows: list[dict]) -> list[dict]:
    """Findings not fixed and more than a warning, in the order the paragraphs take."""
    kept = [r for r in rows if r["status"] != "fixed" and r["severity"] != "notice"]
    return sorted(kept, key=lambda r: ORDER.index(r["category"]) if r["category"] in ORDER else len(ORDER))


def problem_paragraphs(facts: ProblemFacts, evidence_label: str) -> list[str]:
    """One paragraph per category present, then the units late with their 整改."""
    words, rows = wording(), problems_to_report(facts.findings)
    categories = list(dict.fromkeys(r["category"] for r in rows))
    paragraphs = [_paragraph(words[c], [r for r in rows if r["category"] == c], evidence_label)
                  for c in categories if c in words]
    if facts.overdue_units:
        late = facts.overdue_units
        paragraphs.append(f"{late[0] if len(late) == 1 else '、'.join(late) + '等单位'}对通报问题整改不够重视，"
                          "未按时间节点要求整改到位并及时反馈整改信息。")
    return paragraphs or ["本期检查未发现错敏信息、不可用链接、栏目更新不及时等问题。"]


def _paragraph(words: dict[str, str], rows: list[dict], evidence_label: str) -> str:
    units = [r for r in rows if r["unit"] and r["place"] != "site"]
    loose = [r for r in rows if not r["unit"] and r["place"] != "site"]
    measure = words["measure"]
    text = words["lead"]
    if units:
        text += (f"经检查发现，{_unit_names(units)}{words.get('where') or _where(units)}{words['what']}，"
                 f"共{_total(units)}{measure}。")
    if loose:
        text += (f"{'另有' if units else '经检查发现，'}{_total(loose)}{measure}"
                 f"{words.get('loose', '位于未归属责任单位的页面')}。")
    for row in rows:
        if row["place"] == "site":  # counts over the whole site: the veto line
            text += f"全站{row['evidence']}，{row['detail']}。"
    return text + f"具体问题详见{evidence_label}。"


def overdue_units(session: Session, site: Site, day: date) -> list[str]:
    """Units with a notified finding still not fixed after its 整改 deadline (before ``day``)."""
    late = {f.unit_id for f in overdue_findings(session, site, day) if f.unit_id is not None}
    return sorted(session.scalars(select(Unit.name).where(Unit.id.in_(late))))


def _unit_names(rows: list[dict]) -> str:
    counts = Counter(r["unit"] for r in rows)
    names = sorted(counts, key=lambda name: (-counts[name], name))
    return names[0] if len(names) == 1 else f"{'、'.join(names)}等单位"


def _where(rows: list[dict]) -> str:
    """的工作动态 / 的工作动态、通知公告等栏目; 的页面 when no column is known."""
    columns = list(dict.fromkeys(r["column"] for r in rows if r["column"]))
    if not columns:
        return "的页面"
    if len(columns) == 1:
        return f"的{columns[0]}栏目"
    return f"的{'、'.join(columns[:MAX_COLUMNS])}等栏目"


def _total(rows: list[dict]) -> int:
    return sum(r["count"] for r in rows)


def problem_rows(rows: list[dict]) -> list[list[str]]:
    """The attached problem list: every reported finding with its page and evidence."""
    words = wording()
    return [[str(i), r["unit"] or "未归属", words.get(r["category"], {}).get("name", r["category"]),
             f"{r['title'] or ''} {r['page_url']}".strip(), PLACE_NAMES.get(r["place"], r["place"]),
             f"{SEVERITY_NAMES[r['severity']]}：{r['detail'] or r['matched']}", r["evidence"]]
            for i, r in enumerate(problems_to_report(rows), 1)]


def gather_problems(session: Session, site: Site, day: date) -> ProblemFacts:
    """The findings as the latest crawl left them, and the units late on ``day``."""
    from monitor.findings import query_findings

    return ProblemFacts(query_findings(session, site), overdue_units(session, site, day))
