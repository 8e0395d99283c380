"""After a full crawl, the default crawl is incremental: a tenth of the requests, exactly the new posts."""
from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from sqlalchemy import create_engine, select

from support import run_cli
from crawler.urls import canonical
from monitor.sampleportal import build_site, serve
from monitor.sampleportal.publish import publish, remove_post
from storage.models import Post
from snapshots import expected_stats, stats_json, stored_posts, truth_posts

TODAY = datetime.date.today()  # published today: recent posts are asked again every run
PERIODS = [f"{TODAY:%Y-%m}", f"{TODAY:%Y}", "2024-06", "2023"]


def crawl(running, db: str, profile) -> tuple[int, str]:
    """The requests the portal's pages took (new-media sources and letter boxes are read on their own terms)."""
    before = _portal_requests(running)
    out = run_cli("--db", db, "crawl", str(profile), "--quiet").stdout
    return _portal_requests(running) - before, out


def _portal_requests(running) -> int:
    media = ("/xmt/", *(path.rsplit("/", 1)[0] + "/" for _, path in running.site.media.boxes))
    return sum(n for (_method, target), n in running.requests.items() if not target.startswith(media))


@pytest.fixture(scope="module")
def nightly(tmp_path_factory):
    """A full crawl; 22 posts published (1%) and an incremental crawl; one post removed and another."""
    site, folder = build_site(), tmp_path_factory.mktemp("incremental")
    with serve(site) as running:
        profile = folder / "profile.toml"
        profile.write_text(site.profile_toml(running.base_url), encoding="utf-8")
        db = f"sqlite:///{folder}/nightly.sqlite"
        full, _ = crawl(running, db, profile)
        new = publish(site, 22, TODAY)
        incremental, summary = crawl(running, db, profile)
        truth = truth_posts(site, running.base_url)
        expected = {period: expected_stats(site, period) for period in PERIODS}
        removed = canonical(running.base_url + new[0].path)
        remove_post(site, new[0].path, TODAY)
        _, removal_summary = crawl(running, db, profile)
        yield SimpleNamespace(db=db, expected=expected, profile=profile, full=full, incremental=incremental,
                              summary=summary, new={canonical(running.base_url + p.path) for p in new},
                              truth=truth, removed=removed, removal_summary=removal_summary)


def posts_of_run(db: str, run_id: int) -> set[str]:
    engine = create_engine(db)
    with engine.connect() as connection:
        urls = set(connection.scalars(select(Post.url).where(Post.first_seen_run_id == run_id)))
    engine.dispose()
    return urls


def test_sends_at_most_a_tenth_of_the_full_crawls_requests(nightly):
    assert nightly.incremental <= nightly.full / 10, (nightly.incremental, nightly.full)


def test_finds_exactly_the_new_posts(nightly):
    assert posts_of_run(nightly.db, 2) == nightly.new
    assert "incremental: " in nightly.summary and "; 22 new posts" in nightly.summary
    assert ", 0 removed;" in nightly.summary


def test_holds_what_a_fresh_full_crawl_holds(nightly):
    """A full crawl stores the truth exactly (test_crawl_sample_portal); so must the incremental one."""
    assert stored_posts(nightly.db) == nightly.truth


@pytest.mark.parametrize("period", PERIODS)
def test_counts_equal_a_fresh_full_crawl(nightly, period):
    """Removed posts still count in the period they were published in (README: Incremental crawl)."""
    got, want = stats_json(nightly.db, nightly.profile, period), nightly.expected[period]
    totals = ("period_count", "ytd_count", "cumulative_count")
    assert {k: got["totals"][k] for k in totals} == {k: want[k] for k in totals}
    assert got["unattributed_count"] == want["unattributed_count"]
    units = {u["name"]: (u["period_count"], u["ytd_count"]) for u in got["units"]}
    assert {n: units[n] for n in want["units"]} == want["units"]
    assert all(units[n] == (0, 0) for n in set(units) - set(want["units"]))


def test_a_removed_post_is_marked_removed_not_deleted(nightly):
    engine = create_engine(nightly.db)
    with engine.connect() as connection:
        removed = connection.execute(select(Post.url, Post.removed_run_id).where(
            Post.removed_run_id.is_not(None))).all()
    engine.dispose()
    assert removed == [(nightly.removed, 3)]
    assert ", 1 removed;" in nightly.removal_summary and "; 0 new posts" in nightly.removal_summary
