"""Helpers the tests share: run the CLI as a user would, a fresh PostgreSQL schema, truth counts."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections import Counter

import pytest
import sqlalchemy

PG_URL = os.environ.get("PORTAL_MONITOR_TEST_PG", "postgresql+psycopg://root@127.0.0.1:5432/test")


def run_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``portal-monitor`` in its own process, as a user would (one Scrapy reactor each)."""
    result = subprocess.run([sys.executable, "-m", "monitor.cli", *args], capture_output=True,
                            text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"portal-monitor {' '.join(args)} exited {result.returncode}:\n{result.stderr[-3000:]}")
    return result


def require_programs(*names: str, install: str) -> None:
    """System programs a test drives (.ci/run installs them); outside CI a machine without them skips."""
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        message = f"{', '.join(missing)} not installed ({install})"
        if os.environ.get("CI"):
            raise AssertionError(message)
        pytest.skip(message)


def postgres_url() -> str:
    """A fresh schema in the local PostgreSQL; outside CI a missing server skips."""
    try:
        engine = sqlalchemy.create_engine(PG_URL)
        schema = f"pm_test_{uuid.uuid4().hex[:10]}"
        with engine.begin() as connection:
            connection.execute(sqlalchemy.text(f"CREATE SCHEMA {schema}"))
    except sqlalchemy.exc.OperationalError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {exc.orig}")
    return f"{PG_URL}?options=-csearch_path%3D{schema}"


def truth_counts(truth, start, end) -> Counter:
    """Posts per unit (None = unattributed) published in [start, end], from the ground truth."""
    return Counter(p.unit for p in truth if start <= p.pub_date <= end)
