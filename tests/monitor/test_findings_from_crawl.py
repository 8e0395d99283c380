"""Content checks on a real crawl of the sample portal: every planted problem,
nothing on the clean trap pages, masked evidence, notices for what cannot be
read, and a fixed problem turning ``fixed`` on the next crawl."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from sqlalchemy import create_engine, select

from support import run_cli
from crawler.urls import canonical
from storage.models import FindingRecord, Notice

CATEGORIES = {"sensitive", "spam", "hidden_link", "expression", "typo", "wrong_region", "privacy"}
RAW_ID = re.compile(r"(?<!\d)[1-9]\d{16}[\dXx](?!\d)")
RAW_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def findings_json(profile_path, db_url, *options) -> list[dict]:
    result = run_cli("--db", db_url, "findings", str(profile_path), "--json", *options)
    return json.loads(result.stdout)


def on_page(rows: list[dict], base_url: str, path: str) -> list[dict]:
    return [r for r in rows if r["page_url"] == canonical(base_url + path)]


@pytest.fixture(scope="module")
def everything(sqlite_db, profile_path) -> list[dict]:
    return findings_json(profile_path, sqlite_db)


@pytest.fixture(scope="module")
def found(everything) -> list[dict]:
    """The content findings (site health has its own tests in tests/monitor/health)."""
    return [r for r in everything if r["category"] in CATEGORIES]


def test_every_planted_problem_is_listed_with_its_unit(found, sample_site, portal):
    planted = sample_site.planting.planted
    assert {c for p in planted for c, _ in p.expect} == CATEGORIES
    for problem in planted:
        rows = on_page(found, portal.base_url, problem.path)
        for category, text in problem.expect:
            hits = [r for r in rows if r["category"] == category and text in r["matched"]]
            assert hits, f"{problem.name}: no {category} finding showing {text!r}; got {rows}"
            assert {r["unit"] for r in hits} == {problem.unit}
            assert {r["status"] for r in hits} == {"open"}


def test_nothing_but_the_planted_problems(found, sample_site, portal):
    """Every finding on the site is one the sample portal planted: no false alarm anywhere."""
    expected = {canonical(portal.base_url + p.path): p.expect for p in sample_site.planting.planted}
    stray = [r for r in found if not any(
        c == r["category"] and t in r["matched"] for c, t in expected.get(r["page_url"], ()))]
    assert stray == []


def test_clean_trap_pages_have_no_findings(found, sample_site, portal):
    assert sample_site.planting.clean
    for path in sample_site.planting.clean:
        assert on_page(found, portal.base_url, path) == []


def test_evidence_is_masked_and_has_context(found):
    privacy = [r for r in found if r["category"] == "privacy"]
    assert len(privacy) >= 6
    for row in found:
        assert not RAW_ID.search(row["evidence"] + row["matched"]), row
        assert not RAW_MOBILE.search(row["evidence"] + row["matched"]), row
        assert "【" in row["evidence"] or row["category"] == "hidden_link"
    assert any(r["place"] == "attachment" for r in privacy)


def test_filters_by_category_and_unit(found, everything, sqlite_db, profile_path):
    typos = findings_json(profile_path, sqlite_db, "--category", "typo")
    assert typos == [r for r in found if r["category"] == "typo"] and typos
    unit = typos[0]["unit"]
    assert findings_json(profile_path, sqlite_db, "--unit", unit) == [r for r in everything if r["unit"] == unit]


def test_text_listing_counts_by_category(sqlite_db, profile_path, everything):
    text = run_cli("--db", sqlite_db, "findings", str(profile_path)).stdout
    assert f"共 {len(everything)} 条" in text
    assert "单项否决" in text and "证据：" in text


def test_unreadable_files_and_huge_pages_are_notices(sqlite_db, sample_site, portal):
    engine = create_engine(sqlite_db)
    with engine.connect() as connection:
        notices = {(url, kind): message for url, kind, message in
                   connection.execute(select(Notice.url, Notice.kind, Notice.message))}
    engine.dispose()
    for path, kind in sample_site.planting.notices:
        assert (canonical(portal.base_url + path), kind) in notices, path
    messages = " ".join(notices.values())
    assert "加密" in messages and ".wps" in messages and "HTML" in messages and "MB" in messages
    assert "无法解析" in messages


def test_fixed_problem_turns_fixed_and_nothing_duplicates(fix_round):
    fixable = fix_round.fixed
    assert len(fixable) >= 2
    after = findings_json(fix_round.profile, fix_round.db)
    before = [dict(zip(("category", "rule", "url", "place", "matched"), row)) for row in fix_round.findings_before]
    fixed_pages = {canonical(fix_round.base_url + p.path) for p in fixable}
    key = lambda r: (r["rule"], r["url"], r["place"], r["matched"])  # noqa: E731
    assert sorted(map(key, after)) == sorted(map(key, before)), "a re-crawl must not add or drop rows"
    content = [r for r in after if r["category"] in CATEGORIES]  # the round also mends a broken image
    status = Counter((r["page_url"] in fixed_pages, r["status"]) for r in content)
    assert status[(True, "open")] == 0 and status[(True, "fixed")] >= len(fixable), [(r["rule"], r["page_url"], r["status"]) for r in after if r["page_url"] in fixed_pages]
    assert status[(False, "fixed")] == 0, [(r["rule"], r["page_url"], r["matched"]) for r in content if r["status"] == "fixed" and r["page_url"] not in fixed_pages]
    engine = create_engine(fix_round.db)
    with engine.connect() as connection:
        fingerprints = connection.execute(select(FindingRecord.fingerprint)).scalars().all()
    engine.dispose()
    assert len(fingerprints) == len(set(fingerprints)) == len(after)
