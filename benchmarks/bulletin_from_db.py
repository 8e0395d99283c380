"""Writing the bulletin from the database: seconds for the .docx, .xlsx and .html of one month.

Serves the sample portal on 127.0.0.1 and crawls it once into a fresh SQLite
file (46 units, 2,231 posts, about 90 findings), then writes the 2024-06
bulletin five times in this process and prints the time of each part: the
figures and findings read from the database, the worded model, and each
document (the .docx is the Word template filled in, with three chart pictures).
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from monitor.bulletin import BulletinOptions, build_bulletin
from monitor.bulletin.docx_writer import write_docx
from monitor.bulletin.fonts import find_cjk_font
from monitor.bulletin.html_writer import write_html
from monitor.bulletin.problems import gather_problems
from monitor.bulletin.xlsx_writer import write_xlsx
from monitor.periods import parse_period
from monitor.profile import load_profile
from monitor.sampleportal import build_site, serve
from monitor.stats import compute_stats
from storage.database import open_engine, session_factory
from storage.repository import find_site

RUNS = 5


def timed(step, *args):
    start = time.perf_counter()
    result = step(*args)
    return result, time.perf_counter() - start


def one_run(session, profile, out: Path, font) -> dict[str, float]:
    period, day = parse_period("2024-06"), date(2024, 7, 5)
    stats, t_stats = timed(compute_stats, session, profile, period)
    problems, t_problems = timed(gather_problems, session, find_site(session, profile), day)
    doc, t_model = timed(build_bulletin, stats, BulletinOptions(issue_date=day), problems)
    _, t_docx = timed(write_docx, doc, out / "b.docx", None, font)
    _, t_xlsx = timed(write_xlsx, doc, out / "b.xlsx")
    _, t_html = timed(write_html, doc, out / "b.html")
    return {"stats": t_stats, "findings": t_problems, "model": t_model, "docx": t_docx, "xlsx": t_xlsx,
            "html": t_html}


def main() -> None:
    site = build_site()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        profile_path, db = out / "profile.toml", f"sqlite:///{folder}/bench.sqlite"
        with serve(site) as running:
            profile_path.write_text(site.profile_toml(running.base_url), encoding="utf-8")
            subprocess.run([sys.executable, "-m", "monitor.cli", "--db", db, "crawl", str(profile_path), "--quiet"],
                           check=True, capture_output=True)
        profile, font = load_profile(profile_path), find_cjk_font()
        with session_factory(open_engine(db))() as session:
            runs = [one_run(session, profile, out, font) for _ in range(RUNS)]
    print(f"{'part':<10} {'median s':>9} {'min s':>7} {'max s':>7}")
    for part in runs[0]:
        times = [run[part] for run in runs]
        print(f"{part:<10} {statistics.median(times):>9.3f} {min(times):>7.3f} {max(times):>7.3f}")
    totals = [sum(run.values()) for run in runs]
    print(f"{'total':<10} {statistics.median(totals):>9.3f} {min(totals):>7.3f} {max(totals):>7.3f}")


if __name__ == "__main__":
    main()
