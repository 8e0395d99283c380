"""期号 persist: a new period takes the next 第N期/总第M期, issuing it again keeps them."""
from __future__ import annotations

from datetime import date

import pytest

from monitor.bulletin.issues import issue
from monitor.periods import parse_period
from storage.database import open_engine, session_factory
from storage.models import Site
from support import postgres_url


@pytest.fixture(params=["sqlite", "postgresql"])
def session(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'issues.sqlite'}" if request.param == "sqlite" else postgres_url()
    engine = open_engine(url)  # brings the schema to 0006 through the migrations
    with session_factory(engine)() as session:
        yield session
    engine.dispose()


def site(session, name="定南县人民政府门户网站") -> Site:
    row = Site(name=name, region="定南县", start_url="http://127.0.0.1/")
    session.add(row)
    session.flush()
    return row


def numbers(session, site_row, period, day=date(2024, 3, 15), first_total=None):
    issued = issue(session, site_row, parse_period(period), day, first_total)
    session.commit()
    return issued.number, issued.total


def test_new_periods_advance_and_a_regenerated_period_keeps_its_numbers(session):
    dingnan = site(session)
    assert numbers(session, dingnan, "2024-02", first_total=136) == (2, 136)  # as the seed: 第2期（总第136期）
    assert numbers(session, dingnan, "2024-03", date(2024, 4, 12), first_total=136) == (3, 137)
    assert numbers(session, dingnan, "2024-02", date(2024, 4, 20), first_total=136) == (2, 136)
    again = issue(session, dingnan, parse_period("2024-02"), date(2024, 4, 21))
    assert (again.number, again.total, again.issued_on) == (2, 136, date(2024, 4, 21))


def test_a_new_year_starts_again_at_its_place_and_the_total_runs_on(session):
    dingnan = site(session)
    assert numbers(session, dingnan, "2024-11") == (11, 11)  # no first_total: the total starts with the number
    assert numbers(session, dingnan, "2024-12") == (12, 12)
    assert numbers(session, dingnan, "2025-01", date(2025, 2, 10)) == (1, 13)
    assert numbers(session, dingnan, "2025-Q1", date(2025, 4, 10)) == (2, 14)  # the next in 2025, whatever its kind


def test_sites_are_numbered_apart(session):
    dingnan, junan = site(session), site(session, "莒南县人民政府门户网站")
    assert numbers(session, dingnan, "2024-Q2") == (2, 2)
    assert numbers(session, junan, "2024-06", first_total=40) == (6, 40)
    assert numbers(session, dingnan, "2024-Q3") == (3, 3)
