"""This project's link checks against PyPI LinkChecker on the locally served sample portal.

    pip install -e ".[bench]"      # LinkChecker; this script installs nothing
    python benchmarks/linkcheck_vs_linkchecker.py [--threads 16]

Both walk the whole site from its home page (recursion on), obey robots.txt,
check links to other hosts too, and skip the same real sites the sample cites
(the profile's ``link_ignore``), so nothing leaves this machine. Printed: the
URLs each checked, the wall time, URLs checked per second, and whether the
two agree on the set of broken URLs, with every difference. portal-monitor's
time includes everything its crawl does besides (content checks on every
page and attachment, storage); LinkChecker only checks links.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, select  # noqa: E402

from crawler.urls import canonical  # noqa: E402
from monitor.profile import parse_profile  # noqa: E402
from monitor.sampleportal import build_site, serve  # noqa: E402
from storage.models import LinkCheck  # noqa: E402


# LinkChecker waits 0.1–0.6 s between requests to one host unless the site
# answers with a "LinkChecker" header (the owner's opt-in), then 1/maxrequestspersecond.
# The sample profile crawls with no delay, so both run unthrottled.
UNTHROTTLED = "[checking]\nmaxrequestspersecond=1000\n"
OPT_IN = ("LinkChecker", "unthrottled")


def run_linkchecker(start_url: str, ignore: tuple[str, ...], threads: int,
                    config: Path) -> tuple[float, dict[str, str]]:
    """Seconds taken and {canonical URL: result} for every URL LinkChecker checked."""
    config.write_text(UNTHROTTLED, encoding="utf-8")
    config.chmod(0o644)
    command = ["linkchecker", "-f", str(config), "--no-status", "-v", "-o", "csv", "--check-extern", "-r", "-1",
               "-t", str(threads), "--timeout", "10", *[a for p in ignore for a in ("--ignore-url", "^" + re.escape(p))],
               start_url]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    rows = csv.DictReader(io.StringIO("\n".join(l for l in result.stdout.splitlines() if not l.startswith("#"))),
                          delimiter=";")
    checked = {}
    for row in rows:
        url = row.get("url") or row.get("urlname") or ""
        if url.startswith("http") and not url.startswith(ignore):
            checked[canonical(url)] = "ok" if row.get("valid") == "True" else f"broken: {row.get('result')}"
    return elapsed, checked


def run_portal_monitor(profile: Path, db_url: str) -> tuple[float, dict[str, str]]:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "monitor.cli", "--db", db_url, "crawl", str(profile), "--full", "--quiet"],
                   check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    engine = create_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(select(LinkCheck.url, LinkCheck.state, LinkCheck.reason)).all()
    engine.dispose()
    return elapsed, {url: "ok" if state == "ok" else f"{state}: {reason}" for url, state, reason in rows}


def report(name: str, seconds: float, checked: dict[str, str]) -> None:
    broken = sum(1 for v in checked.values() if v.startswith("broken"))
    print(f"{name:<16}{len(checked):>7} URLs  {seconds:7.1f} s  {len(checked) / seconds:7.1f} URLs/s  {broken:>3} broken")


def compare(ours: dict[str, str], theirs: dict[str, str]) -> None:
    broken_ours = {u for u, v in ours.items() if v.startswith("broken")}
    broken_theirs = {u for u, v in theirs.items() if v.startswith("broken")}
    print("agree on the set of broken URLs:", "yes" if broken_ours == broken_theirs else "no")
    for url in sorted(broken_ours - broken_theirs):
        print(f"  only portal-monitor: {url}  ({ours[url]}; LinkChecker: {theirs.get(url, 'not checked')})")
    for url in sorted(broken_theirs - broken_ours):
        print(f"  only LinkChecker:    {url}  ({theirs[url]}; portal-monitor: {ours.get(url, 'not checked')})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=16, help="LinkChecker threads (portal-monitor: 16 requests)")
    args = parser.parse_args()
    if shutil.which("linkchecker") is None:
        sys.exit('linkchecker not found: pip install -e ".[bench]"')
    site = build_site()
    site.pages["/"].headers = (OPT_IN,)
    with serve(site) as running, tempfile.TemporaryDirectory() as folder:
        Path(folder).chmod(0o755)  # LinkChecker drops root privileges to nobody and must read its config
        profile = Path(folder) / "profile.toml"
        profile.write_text(site.profile_toml(running.base_url), encoding="utf-8")
        ignore = parse_profile(profile.read_text("utf-8")).crawl.link_ignore
        ours_s, ours = run_portal_monitor(profile, f"sqlite:///{Path(folder) / 'bench.sqlite'}")
        theirs_s, theirs = run_linkchecker(running.base_url + "/", ignore, args.threads, Path(folder) / "lcrc")
    report("portal-monitor", ours_s, ours)
    report("LinkChecker", theirs_s, theirs)
    compare(ours, theirs)


if __name__ == "__main__":
    main()
