"""``portal-monitor schedule`` as a user runs it: a real scheduler process with a seconds cron crawls the
served sample portal and writes a bulletin, both logged ok; a second scheduler on the same database is
refused with one line and exit 2; SIGTERM ends the first cleanly after its current job."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.exc import DBAPIError

from monitor.profile import load_profile
from monitor.scheduler.jobs import previous_month
from monitor.scheduler.records import JobRun, SchedulerLock
from snapshots import stored_posts, truth_posts
from support import postgres_url, run_cli

PG_PAGES = 60
SCHEDULE = """
[schedule]
crawl = "*/4 * * * * *"
bulletin = "*/4 * * * * *"
alerts = false
bulletin_out = "bulletins"
timezone = "Asia/Shanghai"
misfire_grace = 30
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'scheduled.sqlite'}" if request.param == "sqlite" else postgres_url()


def job_runs(db: str) -> list[JobRun]:
    engine = create_engine(db)
    with engine.connect() as connection:
        rows = connection.execute(select(JobRun).order_by(JobRun.id)).all()
    engine.dispose()
    return rows


def wait_for_both_jobs(db: str, scheduler: subprocess.Popen, seconds: float) -> list:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and scheduler.poll() is None:
        try:
            runs = job_runs(db)
        except DBAPIError:  # the scheduler has not created its tables yet
            runs = []
        if {r.kind for r in runs if r.status == "ok"} >= {"crawl", "bulletin"}:
            return runs
        time.sleep(1)
    scheduler.kill()
    raise AssertionError(f"no ok crawl and bulletin within {seconds} s:\n{scheduler.communicate()[0][-3000:]}")


def test_scheduler_crawls_writes_the_bulletin_refuses_a_second_and_stops_on_sigterm(
        database, sample_site, portal, tmp_path):
    profile = tmp_path / "profile.toml"
    text = sample_site.profile_toml(portal.base_url) + SCHEDULE
    if database.startswith("postgresql"):  # the full crawl into PostgreSQL is test_crawl_sample_portal's
        text = text.replace("[crawl]\n", f"[crawl]\nmax_pages = {PG_PAGES}\n", 1)
    profile.write_text(text, encoding="utf-8")
    scheduler = subprocess.Popen([sys.executable, "-m", "monitor.cli", "--db", database, "schedule", str(profile)],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    runs = wait_for_both_jobs(database, scheduler, 180)  # a full crawl takes about a minute on a busy machine

    second = run_cli("--db", database, "schedule", str(profile), check=False)
    assert second.returncode == 2
    assert second.stderr.count("\n") == 1
    assert second.stderr.startswith("portal-monitor: error: another scheduler is running on this database "
                                    f"(pid {scheduler.pid} on ")

    site = load_profile(profile).site.name
    listing = run_cli("--db", database, "schedule", str(profile), "--list").stdout.splitlines()
    assert [line.split("  ")[0] for line in listing[:2]] == [f"{site}:crawl", f"{site}:bulletin"]
    assert all(" next 20" in line and " CST " in line for line in listing[:2])
    assert listing[2].startswith(f"a scheduler is running on this database (pid {scheduler.pid} on ")

    scheduler.send_signal(signal.SIGTERM)
    output, _ = scheduler.communicate(timeout=60)
    assert scheduler.returncode == 0, output
    assert output.rstrip().endswith("scheduler stopped")

    crawl = next(r for r in runs if r.kind == "crawl" and r.status == "ok")
    assert crawl.exit_code == 0 and crawl.crawl_run_id is not None
    bulletin = next(r for r in runs if r.kind == "bulletin" and r.status == "ok")
    period = previous_month(date.today())
    assert f"--period {period} --out {tmp_path / 'bulletins'}" in bulletin.command
    written = [Path(line.split(": ", 1)[1]) for line in bulletin.output.splitlines() if ": /" in line]
    assert {p.name for p in written} >= {f"bulletin-{period}.docx", f"bulletin-{period}.html"}
    assert all(p.parent == tmp_path / "bulletins" and p.stat().st_size > 0 for p in written)

    if database.startswith("sqlite"):
        assert stored_posts(database) == truth_posts(sample_site, portal.base_url)
    final = job_runs(database)
    assert all(r.status in ("ok", "skipped") for r in final), [(r.kind, r.status, r.output[-1500:]) for r in final if r.status not in ("ok", "skipped")]
    engine = create_engine(database)
    with engine.connect() as connection:
        assert connection.execute(select(SchedulerLock)).all() == []
    engine.dispose()
