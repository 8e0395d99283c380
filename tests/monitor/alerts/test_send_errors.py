"""A round that cannot send stops with one line and records nothing."""
from __future__ import annotations

import shutil
import socket

import pytest
from sqlalchemy import create_engine, func, select

from support import run_cli
from monitor.profile_alerts import PASSWORD_ENV
from storage.models import AlertSend


@pytest.fixture
def db(sqlite_db, tmp_path) -> str:
    shutil.copy(sqlite_db.removeprefix("sqlite:///"), tmp_path / "copy.sqlite")
    return f"sqlite:///{tmp_path / 'copy.sqlite'}"


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def with_smtp(profile_path, tmp_path, smtp: str):
    path = tmp_path / "profile.toml"
    path.write_text(profile_path.read_text(encoding="utf-8") + "\n[smtp]\n" + smtp, encoding="utf-8")
    return path


def sends(db: str) -> int:
    engine = create_engine(db)
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(AlertSend)).scalar_one()
    engine.dispose()
    return count


@pytest.mark.parametrize("smtp, message", [
    (None, "the profile has no [smtp] table"),
    ('host = "127.0.0.1"\nport = {port}\ntls = "none"\nsender = "a@b.cn"\n', "cannot send through 127.0.0.1:{port} (none)"),
    ('host = "127.0.0.1"\nport = {port}\nuser = "zwgk@b.cn"\n', f"set the password in the environment variable {PASSWORD_ENV}"),
])
def test_cannot_send_is_one_line_and_records_nothing(db, profile_path, tmp_path, monkeypatch, smtp, message):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    port = closed_port()
    profile = with_smtp(profile_path, tmp_path, smtp.format(port=port)) if smtp else profile_path
    result = run_cli("--db", db, "alerts", str(profile), "--send", "--as-of", "2024-06-30", check=False)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("portal-monitor: error: ")
    assert message.format(port=port) in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert sends(db) == 0
