"""`portal-monitor bulletin` issues its period: the header shows 第N期（总第M期）, and
running it again for an issued period prints the same numbers."""
from __future__ import annotations

import shutil

from docx import Document
from sqlalchemy import create_engine, delete

from storage.models import BulletinIssue
from support import run_cli


def issue_line(db, profile_path, period, out) -> str:
    run_cli("--db", db, "bulletin", str(profile_path), "--period", period, "--out", str(out))
    texts = [p.text for p in Document(out / f"bulletin-{period}.docx").paragraphs]
    return next(t for t in texts if t.startswith("第") and t.endswith("期）"))


def test_two_periods_then_the_first_again(sqlite_db, profile_path, tmp_path):
    copy = tmp_path / "issues.sqlite"  # the shared database may hold issues of other tests
    shutil.copy(sqlite_db.removeprefix("sqlite:///"), copy)
    engine = create_engine(f"sqlite:///{copy}")
    with engine.begin() as connection:
        connection.execute(delete(BulletinIssue))
    engine.dispose()
    db = f"sqlite:///{copy}"
    assert issue_line(db, profile_path, "2024-05", tmp_path / "a") == "第5期（总第5期）"
    assert issue_line(db, profile_path, "2024-06", tmp_path / "b") == "第6期（总第6期）"
    assert issue_line(db, profile_path, "2024-05", tmp_path / "c") == "第5期（总第5期）"
    assert issue_line(db, profile_path, "2024-Q2", tmp_path / "d") == "第7期（总第7期）"
