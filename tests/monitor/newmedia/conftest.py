"""A hand-made county with new-media accounts, their articles and two letter boxes, judged as of 2024-06-30.

June 2024 has four full ISO weeks (W23 3–9 … W26 24–30; the 1st and 2nd belong
to W22, which began in May); 端午 is Monday 10 June, off with the weekend
before it, so 5 working days after Thursday 6 June end on Friday 14 June.
Each account and letter is planted for one state; the tests say which.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy.orm import Session

from monitor.profile import Profile, parse_profile
from storage.database import open_engine, session_factory
from storage.media import Account, AccountArticle, Letter
from storage.models import CrawlRun, Site, Unit
from support import postgres_url

PROFILE = """\
[site]
name = "测试县门户"
region = "定南县"
start_url = "http://portal.example/"

[[units]]
name = "林业局"
kind = "department"

[[units]]
name = "住建局"
kind = "department"

[[units]]
name = "历市镇政府"
kind = "township"

[[columns]]
url = "http://portal.example/gzdt/"

[freshness]
as_of = 2024-06-30

[[accounts]]
name = "定南林业"
platform = "douyin"
unit = "林业局"
feed = "http://feeds.example/ly.xml"

[[accounts]]
name = "定南住建"
platform = "wechat"
unit = "住建局"
list = "http://feeds.example/zj/"

[[accounts]]
name = "历市发布"
platform = "weibo"
unit = "历市镇政府"
status = "to_close"
feed = "http://feeds.example/ls.xml"

[[accounts]]
name = "定南便民"
platform = "app"
feed = "http://feeds.example/bm.xml"

[[accounts]]
name = "林业科普"
platform = "toutiao"
unit = "林业局"
feed = "http://feeds.example/kp.xml"

[[letters]]
name = "县长信箱"
url = "http://portal.example/xzxx/"

[[letters]]
name = "咨询投诉"
url = "http://portal.example/zxts/"
"""

D = date
ARTICLES = {
    # silent since 5 June: two posts in W23, none after (a July post is after the day judged)
    "定南林业": [D(2024, 5, 31), D(2024, 6, 1), D(2024, 6, 2), D(2024, 6, 3), D(2024, 6, 5), D(2024, 7, 1)],
    # twice in every full week of June, on the weeks' first and last days too
    "定南住建": [D(2024, 5, 28), D(2024, 6, 3), D(2024, 6, 7), D(2024, 6, 11), D(2024, 6, 16), D(2024, 6, 17),
             D(2024, 6, 20), D(2024, 6, 24), D(2024, 6, 30)],
    "历市发布": [D(2024, 6, 10), D(2024, 6, 20)],  # to be closed, posted 10 days before the day judged
    "林业科普": [],  # read, never posted: silent
    "旧账号": [D(2024, 6, 12)],  # no longer in the profile: not reported
}
NEVER_READ = {"定南便民"}  # its feed never answered: no figures, not judged

# (key, box, title, received, answered, unit answering)
LETTERS = [
    ("l1", "县长信箱", "关于小区停车难的建议", D(2024, 6, 3), D(2024, 6, 5), "住建局"),  # 2 working days
    ("l2", "县长信箱", "端午前来信已答复", D(2024, 6, 6), D(2024, 6, 17), "住建局"),  # 6 working days: late
    ("l3", "县长信箱", "端午前来信未答复", D(2024, 6, 6), None, "林业局"),  # due 14 June: overdue
    ("l4", "县长信箱", "月底来信", D(2024, 6, 25), None, None),  # due 2 July: pending
    ("l5", "咨询投诉", "节后即答复", D(2024, 6, 7), D(2024, 6, 11), "住建局"),  # 1 working day over 端午
    ("l6", "咨询投诉", "询问补贴发放 电话13812345678", D(2024, 6, 20), None, None),  # due 27 June: overdue
    ("l7", "咨询投诉", "五月来信", D(2024, 5, 30), D(2024, 6, 3), "林业局"),  # received in May
    ("l8", "咨询投诉", "四月来信未答复", D(2024, 4, 10), None, "住建局"),  # due 17 April: overdue
    ("l9", "咨询投诉", "日期不明的来信", None, None, None),  # cannot be placed
    ("l10", "咨询投诉", "答复晚于检查日", D(2024, 6, 28), D(2024, 7, 1), None),  # not answered by 30 June
]


@dataclass
class World:
    session: Session
    profile: Profile
    site: Site
    run: CrawlRun
    units: dict[str, int]


def letter_url(key: str) -> str:
    return f"http://portal.example/letters/{key}.html"


def build(session: Session, profile: Profile) -> World:
    site = Site(name=profile.site.name, region=profile.site.region, start_url=profile.site.start_url)
    session.add(site)
    session.flush()
    units = {u.name: Unit(site_id=site.id, name=u.name, kind=u.kind) for u in profile.units}
    run = CrawlRun(site_id=site.id, started_at=datetime(2024, 6, 30, 8), status="ok")
    session.add_all([*units.values(), run])
    session.flush()
    ids = {name: unit.id for name, unit in units.items()}
    for name, days in {**ARTICLES, **{name: [] for name in NEVER_READ}}.items():
        account = Account(site_id=site.id, name=name, platform="wechat", status="active", source="feed",
                          location=f"http://feeds.example/{name}",
                          last_read_run_id=None if name in NEVER_READ else run.id)
        session.add(account)
        session.flush()
        session.add_all(AccountArticle(account_id=account.id, key=f"{name}-{i}", url=f"http://a.example/{name}/{i}",
                                       title=f"{name}第{i}篇", pub_date=day) for i, day in enumerate(days, 1))
    session.add_all(Letter(site_id=site.id, box=box, url=letter_url(key), title=title, received=received,
                           answered=answered, unit_id=ids.get(unit)) for key, box, title, received, answered, unit
                    in LETTERS)
    session.flush()
    return World(session, profile, site, run, ids)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'media.sqlite'}" if request.param == "sqlite" else postgres_url()


@pytest.fixture
def world(db_url):
    engine = open_engine(db_url)
    with session_factory(engine)() as session:
        yield build(session, parse_profile(PROFILE))
    engine.dispose()


@pytest.fixture
def profile_toml() -> str:
    return PROFILE
