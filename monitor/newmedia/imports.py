"""Back-office counts (依申请公开收到/答复, 报送信息数 …) imported from the office's CSV files.

A file has a ``period`` column (2024-06, 2024-Q2 …), an optional ``单位``
column (blank: the county as a whole), then one column per figure, as the
office keeps them in Excel or WPS: saved as UTF-8 (with or without BOM) or as
GBK. Each figure is stored under (period, unit, figure name), so importing a
file again replaces its figures, never adds them twice. A row that cannot be
read is skipped with its reason and the rest is imported.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crawler.parsing.charset import decode_csv
from monitor.periods import PeriodError, parse_period
from monitor.profile import Profile
from monitor.units import UnitMatcher
from storage.findings import record_notice
from storage.media import BackOfficeCount
from storage.models import Notice

PERIOD_HEADERS = ("period", "期间", "统计期间")
UNIT_HEADERS = ("单位", "unit")
MAX_METRIC, MAX_UNIT, MAX_VALUE = 60, 200, 2**31 - 1  # what the columns of back_office_counts hold


class ImportFileError(ValueError):
    """The file as a whole cannot be imported; the message is one Chinese line for the office."""


@dataclass(frozen=True)
class Figure:
    period: str  # as Period.key()
    unit: str  # the profile's name when it is one of its units, else as written; "" for the county
    metric: str
    value: int


@dataclass
class Imported:
    figures: list[Figure] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # 第3行：… one per row skipped or doubtful


def read_counts(path: Path, matcher: UnitMatcher) -> Imported:
    """The figures of one file; raises ImportFileError when nothing in it can be read."""
    try:
        rows = list(csv.reader(io.StringIO(_text(path), newline="")))
    except csv.Error as exc:
        raise ImportFileError(f"不是有效的 CSV 文件（{exc}）") from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise ImportFileError("文件为空")
    header = [cell.strip() for cell in rows[0]]
    if header[0].lower() not in PERIOD_HEADERS:
        raise ImportFileError(f"第一列应为 period（统计期间，如 2024-06、2024-Q2），实为“{header[0][:20]}”")
    has_unit = len(header) > 1 and header[1].lower() in UNIT_HEADERS
    metrics = header[1 + has_unit:]
    if not metrics or not all(metrics):
        raise ImportFileError("缺少统计项列（如 依申请公开收到），或有列名为空")
    if len(set(metrics)) < len(metrics) or max(map(len, metrics)) > MAX_METRIC:
        raise ImportFileError(f"统计项列名重复或超过{MAX_METRIC}字")
    result = Imported()
    for number, row in enumerate(rows[1:], 2):
        if any(cell.strip() for cell in row):
            _row(result, number, [cell.strip() for cell in row], has_unit, metrics, matcher)
    return result


def _text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"无法读取文件：{exc.strerror or exc}") from None
    try:
        return decode_csv(data)
    except UnicodeDecodeError:
        raise ImportFileError("文件编码无法识别（请另存为 UTF-8 或 GBK 编码的 CSV）") from None


def _row(result: Imported, number: int, row: list[str], has_unit: bool, metrics: list[str],
         matcher: UnitMatcher) -> None:
    """One row's figures, or its reason for being skipped (a row is taken whole or not at all)."""
    problem = _row_problem(row, has_unit, metrics)
    if problem:
        result.problems.append(f"第{number}行：{problem}，已跳过")
        return
    row = row + [""] * (1 + has_unit + len(metrics) - len(row))
    written = row[1] if has_unit else ""
    unit = matcher.match(written) if written else ""
    if unit is None:
        result.problems.append(f"第{number}行：单位“{written}”不是配置文件中的单位，已按原文导入")
        unit = written
    period = parse_period(row[0]).key()
    result.figures.extend(Figure(period, unit, metric, int(text))
                          for metric, text in zip(metrics, row[1 + has_unit:]) if text)


def _row_problem(row: list[str], has_unit: bool, metrics: list[str]) -> str | None:
    width = 1 + has_unit + len(metrics)
    if any(row[width:]):
        return f"数据多于表头的{width}列"
    try:
        parse_period(row[0])
    except PeriodError:
        return f"统计期间“{row[0]}”无法识别（应如 2024-06、2024-Q2）"
    if has_unit and len(row) > 1 and len(row[1]) > MAX_UNIT:
        return f"单位名称超过{MAX_UNIT}字"
    bad = [f"{metric}“{text}”" for metric, text in zip(metrics, row[1 + has_unit:])
           if text and not (text.isdecimal() and int(text) <= MAX_VALUE)]
    return f"{'、'.join(bad)}不是非负整数" if bad else None


def store_counts(session: Session, site_id: int, figures: list[Figure]) -> int:
    """Insert or replace each figure (the last wins when a key repeats); returns how many were written."""
    latest = {(f.period, f.unit, f.metric): f.value for f in figures}
    known = {(r.period, r.unit, r.metric): r for r in session.scalars(
        select(BackOfficeCount).where(BackOfficeCount.site_id == site_id))}
    for (period, unit, metric), value in latest.items():
        row = known.get((period, unit, metric)) or BackOfficeCount(site_id=site_id, period=period, unit=unit,
                                                                   metric=metric)
        row.value = value
        session.add(row)
    session.flush()
    return len(latest)


def import_files(session: Session, site_id: int, profile: Profile, run_id: int) -> None:
    """Every file of ``[interaction] imports``; a file's problems are one notice (kind "import")."""
    matcher = UnitMatcher(profile)
    for path in profile.interaction.imports:
        try:
            result = read_counts(path, matcher)
        except ImportFileError as exc:
            record_notice(session, site_id, run_id, str(path), "import", f"后台统计文件未导入：{exc}")
            continue
        store_counts(session, site_id, result.figures)
        if result.problems:
            record_notice(session, site_id, run_id, str(path), "import",
                          f"后台统计文件有{len(result.problems)}处问题：{'；'.join(result.problems)}")
        else:  # the file is right now: its old notice goes
            session.execute(delete(Notice).where(Notice.site_id == site_id, Notice.url == str(path),
                                                 Notice.kind == "import"))
