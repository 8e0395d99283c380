"""Broken links on a real crawl of the served sample portal: exactly the planted ones, each once,
with page, text, unit, column and home flag; one request per dead target however many pages cite
it; near misses clean; uncertain answers as notices; a fix turning its finding ``fixed``."""
from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from sqlalchemy import create_engine, select

from crawler.urls import canonical, column_key
from storage.models import Column, FindingRecord, Notice, Unit


def _absolute(base_url: str, target: str) -> str:
    return canonical(target if "://" in target else base_url + target)


def broken_rows(db_url: str) -> list[tuple]:
    engine = create_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(
            select(FindingRecord.page_url, FindingRecord.matched, FindingRecord.place, FindingRecord.evidence,
                   FindingRecord.detail, FindingRecord.status, Unit.name, Column.url)
            .outerjoin(Unit, Unit.id == FindingRecord.unit_id).outerjoin(Column, Column.id == FindingRecord.column_id)
            .where(FindingRecord.category == "broken_link")).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def expected(site, base_url: str) -> list[tuple]:
    return sorted((canonical(base_url + b.source), _absolute(base_url, b.target), b.place, b.unit,
                   column_key(base_url + b.column) if b.column else None, b.home) for b in site.links.broken)


def found(rows: list[tuple]) -> list[tuple]:
    return sorted((page, target, place, unit, column, detail.startswith("首页"))
                  for page, target, place, _evidence, detail, _status, unit, column in rows)


def test_broken_links_are_exactly_the_planted_ones(sqlite_db, sample_site, portal):
    rows = broken_rows(sqlite_db)
    assert found(rows) == expected(sample_site, portal.base_url)
    by_pair = {(page, target): (evidence, detail) for page, target, _p, evidence, detail, *_ in rows}
    for link in sample_site.links.broken:
        evidence, detail = by_pair[canonical(portal.base_url + link.source), _absolute(portal.base_url, link.target)]
        assert f"“{link.text}”" in evidence and link.reason in detail, (evidence, detail)


def test_near_misses_are_clean_and_uncertain_answers_are_notices(sqlite_db, sample_site, portal):
    rows = broken_rows(sqlite_db)
    clean = {canonical(portal.base_url + path) for path in sample_site.links.clean}
    assert not [r for r in rows if r[0] in clean]
    engine = create_engine(sqlite_db)
    with engine.connect() as connection:
        notices = dict(connection.execute(select(Notice.url, Notice.message).where(Notice.kind == "link")).all())
    engine.dispose()
    for path in sample_site.links.uncertain:
        assert canonical(portal.base_url + path) in notices
        assert not [r for r in rows if r[1] == canonical(portal.base_url + path)]
    assert "反爬虫" in notices[canonical(portal.base_url + "/zwfw/yzm.html")]


def test_one_request_per_dead_target_and_a_fix_turns_fixed(fix_round):
    site, photo = fix_round.site, fix_round.photo
    requested = Counter(target for (_method, target) in fix_round.first_requests.elements())
    before = [row for row in fix_round.findings_before if row[0] == "broken_link"]
    after = broken_rows(fix_round.db)
    for link in site.links.broken:
        if "://" not in link.target:
            assert requested[link.target] == 1, link.target
    assert requested["/zwfw/jump.jsp?id=2"] == 1  # the loop is cut at its first repeat
    assert len(after) == len(before) == len(site.links.broken)
    status = Counter((row[1].endswith(urlsplit(photo.target).path), row[5]) for row in after)
    assert status == Counter({(True, "fixed"): 1, (False, "open"): len(site.links.broken) - 1})
