"""Shared fixtures: the sample portal served over real HTTP, crawled once into SQLite."""
from __future__ import annotations

from pathlib import Path

import pytest

from monitor.sampleportal import build_site, serve
from support import run_cli


@pytest.fixture(scope="session")
def sample_site():
    return build_site()


@pytest.fixture(scope="session")
def portal(sample_site):
    with serve(sample_site) as running:
        yield running


@pytest.fixture(scope="session")
def profile_path(sample_site, portal, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("profile") / "profile.toml"
    path.write_text(sample_site.profile_toml(portal.base_url), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def sqlite_db(profile_path, tmp_path_factory) -> str:
    """The sample portal crawled once into a SQLite file (shared, read-only for tests)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'crawl.sqlite'}"
    run_cli("--db", url, "crawl", str(profile_path), "--quiet")
    return url


@pytest.fixture(scope="session")
def fix_round(tmp_path_factory):
    """A fresh sample portal crawled, three problems notified, the fixable ones fixed, crawled again."""
    from fix_round import run_fix_round

    return run_fix_round(tmp_path_factory.mktemp("fixes"))
