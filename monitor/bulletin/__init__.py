"""The monthly (quarterly, yearly) bulletin: figures worded once, written as .docx, .xlsx and .html.

    doc = build_bulletin(stats, BulletinOptions(issue_date=date(2024, 3, 15)), problems)
    paths = write_bulletin(doc, Path("out"))   # {"docx": …, "xlsx": …, "html": …}

or, from the database in one go, ``bulletin_from_db(session, profile, period, out_dir)``.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from monitor.bulletin.docx_writer import TemplateProblem, write_docx
from monitor.bulletin.fonts import FontRef, find_cjk_font
from monitor.bulletin.html_writer import render_html, write_html
from monitor.bulletin.issues import issue
from monitor.bulletin.model import Bulletin, Section, build_bulletin, short_site_name
from monitor.bulletin.tables import Table
from monitor.bulletin.options import BulletinOptions
from monitor.bulletin.problems import ProblemFacts, gather_problems
from monitor.bulletin.xlsx_writer import write_xlsx


def write_bulletin(doc: Bulletin, out_dir: Path, template: Path | None = None,
                   font: FontRef | None = None) -> dict[str, Path]:
    """Write ``bulletin-{period key}.docx``, ``.xlsx`` and ``.html`` into ``out_dir`` (created if missing).

    ``template``: the office's Word template (default: the shipped one); ``font``: a
    Chinese font for the chart pictures (None: bars labelled with the tables' 序号).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"bulletin-{doc.key}"
    return {"docx": write_docx(doc, out_dir / f"{stem}.docx", template, font),
            "xlsx": write_xlsx(doc, out_dir / f"{stem}.xlsx"),
            "html": write_html(doc, out_dir / f"{stem}.html")}


def bulletin_from_db(session, profile, period, out_dir: Path,
                     options: BulletinOptions | None = None) -> dict[str, Path]:
    """The period's figures and the open findings, from the database only (no crawl).

    The period is issued: it takes (or keeps) its 期号, committed once the files are written.
    """
    from monitor.stats import compute_stats
    from storage.repository import find_site

    options = options or BulletinOptions.from_settings(profile.bulletin)
    stats = compute_stats(session, profile, period)
    site = find_site(session, profile)
    issued = issue(session, site, period, options.issue_date, profile.bulletin.first_total)
    options = replace(options, issue_number=issued.number, issue_total=issued.total)
    problems = gather_problems(session, site, options.issue_date)
    paths = write_bulletin(build_bulletin(stats, options, problems), out_dir, profile.bulletin.template,
                           find_cjk_font(profile.bulletin.chart_font))
    session.commit()
    return paths


__all__ = ["ProblemFacts", "bulletin_from_db", "Bulletin", "BulletinOptions", "Section", "Table", "TemplateProblem",
           "build_bulletin", "render_html", "short_site_name", "write_bulletin"]
