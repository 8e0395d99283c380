"""The monthly (quarterly, yearly) bulletin: figures worded once, written as .docx and .html.

    doc = build_bulletin(stats, BulletinOptions(issue_date=date(2024, 3, 15)))
    paths = write_bulletin(doc, Path("out"))   # {"docx": …, "html": …}
"""
from __future__ import annotations

from pathlib import Path

from monitor.bulletin.docx_writer import write_docx
from monitor.bulletin.html_writer import render_html, write_html
from monitor.bulletin.model import Bulletin, Section, Table, build_bulletin, short_site_name
from monitor.bulletin.options import BulletinOptions


def write_bulletin(doc: Bulletin, out_dir: Path) -> dict[str, Path]:
    """Write ``bulletin-{period key}.docx`` and ``.html`` into ``out_dir`` (created if missing)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"bulletin-{doc.key}"
    return {"docx": write_docx(doc, out_dir / f"{stem}.docx"),
            "html": write_html(doc, out_dir / f"{stem}.html")}


__all__ = ["Bulletin", "BulletinOptions", "Section", "Table", "build_bulletin", "render_html",
           "short_site_name", "write_bulletin"]
