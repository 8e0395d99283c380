"""A crawl killed with SIGKILL is continued by the next one and ends with the uninterrupted crawl's database."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time

from sqlalchemy import create_engine, select

from support import run_cli
from storage.models import CrawlRun
from snapshots import column_entries, findings_and_notices, stats_json, stored_posts

KILL_AT = 700  # posts stored when the crawl is killed (of 2,236)


def stored_count(path: str) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM posts").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def kill_midway(db_path: str, profile) -> int:
    process = subprocess.Popen([sys.executable, "-m", "monitor.cli", "--db", f"sqlite:///{db_path}", "crawl",
                                str(profile), "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while stored_count(db_path) < KILL_AT and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return stored_count(db_path)


def runs(db: str) -> list[tuple]:
    engine = create_engine(db)
    with engine.connect() as connection:
        rows = connection.execute(select(CrawlRun.id, CrawlRun.status, CrawlRun.mode)).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def test_killed_crawl_resumes_to_the_uninterrupted_database(sqlite_db, profile_path, tmp_path, sample_site):
    path = str(tmp_path / "killed.sqlite")
    stored = kill_midway(path, profile_path)
    assert KILL_AT <= stored < len(sample_site.truth), "the crawl must be killed part way"
    assert runs(f"sqlite:///{path}") == [(1, "running", "full")]
    out = run_cli("--db", f"sqlite:///{path}", "crawl", str(profile_path), "--quiet").stdout
    assert "full (continued)" in out
    db = f"sqlite:///{path}"
    assert runs(db) == [(1, "ok", "full")]
    assert stored_posts(db) == stored_posts(sqlite_db)
    assert column_entries(db) == column_entries(sqlite_db)
    assert findings_and_notices(db) == findings_and_notices(sqlite_db)
    for period in ("2024-06", "2024", "2023"):
        assert stats_json(db, profile_path, period) == stats_json(sqlite_db, profile_path, period)
