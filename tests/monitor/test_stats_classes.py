"""Post classes (政务公开类 / 动态类, each post once) and key-area columns (重点领域) of a period's stats.

Against the crawled sample portal and its ground truth, and on a hand-made
database for the cases the sample does not have (a post in a news and a
disclosure column, columns without an owner), on SQLite and PostgreSQL.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from crawler.urls import column_key
from monitor.categories import infer_category
from monitor.periods import parse_period
from monitor.profile import ProfileError, load_profile, parse_profile
from monitor.stats import compute_stats, stats_json
from storage.database import open_engine, session_factory
from storage.models import Column, ColumnEntry, Post, Site, Unit
from support import postgres_url

CLASSES = ("disclosure", "dynamic", "other")


def stats_of(db_url: str, profile, period: str):
    """Stats computed in this process; the shared database is only read."""
    engine = create_engine(db_url)
    with Session(engine) as session:
        result = compute_stats(session, profile, parse_period(period))
    engine.dispose()
    return result


def truth_class(post, categories: dict[str, str]) -> str:
    listed = {categories[path] for path in post.columns}
    if listed & {"disclosure", "key_area", "notice"}:
        return "disclosure"
    return "dynamic" if "dynamic" in listed else "other"


@pytest.fixture(scope="module")
def profile(profile_path):
    return load_profile(profile_path)


@pytest.fixture(scope="module")
def sample_columns(sample_site) -> list:
    """The sample's own columns (its model, not the database), each with the category it means."""
    return sample_site.makings.columns.all()


@pytest.mark.parametrize("period", ["2024-06", "2024-Q1"])
def test_class_counts_per_unit_equal_truth(sqlite_db, profile, sample_site, sample_columns, period):
    span = parse_period(period)
    categories = {c.first: c.category for c in sample_columns}
    truth = Counter((p.unit, truth_class(p, categories)) for p in sample_site.truth
                    if span.start <= p.pub_date <= span.end)
    stats = stats_of(sqlite_db, profile, period)
    assert {u.name: u.class_counts for u in stats.units} == {
        u.name: {c: truth[u.name, c] for c in CLASSES} for u in profile.units}
    assert stats.unattributed_classes == {c: truth[None, c] for c in CLASSES}
    assert [sum(u.class_counts.values()) for u in stats.units] == [u.period_count for u in stats.units]
    assert sum(stats.unattributed_classes.values()) == stats.unattributed_count


def unit_position(profile, name: str | None) -> int:
    names = [u.name for u in profile.units]
    return names.index(name) if name in names else len(names)


def expected_key_areas(profile, sample_site, sample_columns, period: str, leads: dict) -> list[tuple]:
    """(column, url, lead, period, ytd) of the sample's key-area columns, in the profile's order of units.

    ``leads``: column name -> (lead from the profile, the unit it is ordered by); else the owner leads."""
    span, base = parse_period(period), profile.site.start_url.rstrip("/")

    def listed(column, start) -> int:
        return sum(1 for p in sample_site.truth if column.first in p.columns and start <= p.pub_date <= span.end)
    rows = [(leads.get(c.name, (c.owner.name, c.owner.name)), c.name, column_key(base + c.first),
             listed(c, span.start), listed(c, span.year_start)) for c in key_columns(sample_columns)]
    rows.sort(key=lambda r: (unit_position(profile, r[0][1]), r[1], r[2]))
    return [(name, address, lead, in_period, ytd) for (lead, _), name, address, in_period, ytd in rows]


def key_columns(sample_columns) -> list:
    return [c for c in sample_columns if c.category == "key_area"]


def test_every_sample_key_area_name_reads_as_key_area(sample_columns):
    # The profile pins no unit column, so the crawl classes them by name (国土空间规划 too, not as 规划).
    assert [c.name for c in key_columns(sample_columns) if infer_category(c.name) != "key_area"] == []


@pytest.mark.parametrize("period", ["2024-06", "2024-Q1"])
def test_key_areas_are_the_sample_key_area_columns_led_by_their_owners(
        sqlite_db, profile, sample_site, sample_columns, period):
    stats = stats_of(sqlite_db, profile, period)
    assert [(k.column, k.url, k.lead, k.period_count, k.ytd_count) for k in stats.key_areas] == expected_key_areas(
        profile, sample_site, sample_columns, period, {})


def test_a_profile_lead_overrides_the_owner(sqlite_db, profile_path, sample_site, sample_columns, tmp_path):
    project = next(c for c in sample_columns if c.name == "重大建设项目")
    base = load_profile(profile_path).site.start_url.rstrip("/")
    changed = tmp_path / "lead.toml"
    changed.write_text(profile_path.read_text("utf-8") + (
        f'\n[[columns]]\nurl = "{base}{project.first}"\nlead = "县发改局、县财政局"\n'), encoding="utf-8")
    profile = load_profile(changed)
    stats = stats_of(sqlite_db, profile, "2024-06")
    # 发改局 is no unit of the sample (its unit is 发改委): the row goes where 财政局 stands.
    assert [(k.column, k.url, k.lead, k.period_count, k.ytd_count) for k in stats.key_areas] == expected_key_areas(
        profile, sample_site, sample_columns, "2024-06", {"重大建设项目": ("县发改局、县财政局", "财政局")})


PROFILE = """\
[site]
name = "测试县门户"
region = "定南县"
start_url = "http://portal.example/"

[[units]]
name = "林业局"
kind = "department"

[[units]]
name = "财政局"
kind = "department"

[[units]]
name = "历市镇政府"
kind = "township"

[[columns]]
url = "http://portal.example/zdjsxm/index.html"
"""


@pytest.mark.parametrize("lead,message", [
    ('lead = "  "', ":20: columns[1].lead: must not be empty"),
    ("lead = 3", ":20: columns[1].lead: wrong type int"),
])
def test_profile_rejects_a_bad_lead(lead, message):
    with pytest.raises(ProfileError) as error:
        parse_profile(PROFILE + lead + "\n")
    assert message in str(error.value) and "\n" not in str(error.value)


def test_profile_reads_a_lead():
    assert parse_profile(PROFILE + 'lead = "县发改局、县财政局"\n').columns[0].lead == "县发改局、县财政局"


# Hand-made site: column key -> (name, category, owner); posts: (key, unit, date, columns).
COLUMNS = {
    "gzdt": ("工作动态", "dynamic", "林业局"), "zcwj": ("政策文件", "disclosure", "林业局"),
    "ztzl": ("专题专栏", "other", None), "misc": ("未分类", None, None), "tzgg": ("通知公告", "notice", None),
    "czzj": ("财政资金", "key_area", None), "shjz": ("社会救助", "key_area", "历市镇政府"),
    "zdjsxm": ("重大建设项目", "key_area", None), "hnbt": ("惠农补贴资金", "key_area", "财政局"),
}
JUNE = date(2024, 6, 12)
POSTS = [
    ("news-and-policy", "林业局", JUNE, ("gzdt", "zcwj")),  # 政务公开类 once, not also 动态类
    ("news-and-topic", "林业局", JUNE, ("gzdt", "ztzl")), ("news", "林业局", JUNE, ("gzdt",)),
    ("topic", "林业局", JUNE, ("ztzl",)), ("uncategorised", "林业局", JUNE, ("misc",)),
    ("unlisted", "林业局", JUNE, ()), ("may", "林业局", date(2024, 5, 31), ("gzdt",)),
    ("subsidy-and-news", "财政局", JUNE, ("hnbt", "gzdt")), ("notice", None, JUNE, ("tzgg",)),
    ("county-news", None, JUNE, ("gzdt",)),
    ("funds-june", "林业局", date(2024, 6, 3), ("czzj",)), ("funds-2023", "林业局", date(2023, 12, 20), ("czzj",)),
    ("funds-feb", "财政局", date(2024, 2, 1), ("czzj",)), ("funds-end", "财政局", date(2024, 6, 30), ("czzj",)),
    ("relief", "林业局", date(2024, 6, 10), ("shjz",)), ("project", None, date(2024, 1, 5), ("zdjsxm",)),
]


def url(key: str) -> str:
    return f"http://portal.example/{key}/"


def build(session: Session, name: str) -> None:
    site = Site(name=name, region="定南县", start_url="http://portal.example/")
    session.add(site)
    session.flush()
    units = {n: Unit(site_id=site.id, name=n, kind="department") for n in ("林业局", "财政局", "历市镇政府")}
    session.add_all(units.values())
    session.flush()
    columns = {key: Column(site_id=site.id, url=url(key), name=n, category=category,
                           unit_id=units[owner].id if owner else None)
               for key, (n, category, owner) in COLUMNS.items()}
    session.add_all(columns.values())
    session.flush()
    for key, unit, day, listed in POSTS:
        session.add(Post(site_id=site.id, url=url("p/" + key), title=key, pub_date=day,
                         unit_id=units[unit].id if unit else None))
        session.add_all(ColumnEntry(column_id=columns[c].id, url=url("p/" + key)) for c in listed)
    session.flush()


@pytest.fixture(params=["sqlite", "postgresql"])
def made(request, tmp_path):
    """The hand-made site, plus a second site whose disclosure column lists one of its news posts."""
    db = f"sqlite:///{tmp_path / 'made.sqlite'}" if request.param == "sqlite" else postgres_url()
    engine = open_engine(db)
    with session_factory(engine)() as session:
        build(session, "测试县门户")
        other = Site(name="别的门户", region="定南县", start_url="http://portal.example/")
        session.add(other)
        session.flush()
        policy = Column(site_id=other.id, url=url("zcwj"), name="政策文件", category="disclosure")
        session.add(policy)
        session.flush()
        session.add(ColumnEntry(column_id=policy.id, url=url("p/news")))
        session.flush()
        yield compute_stats(session, parse_profile(PROFILE), parse_period("2024-06"))
    engine.dispose()


def test_each_post_has_one_class_disclosure_first(made):
    assert {u.name: u.class_counts for u in made.units} == {
        "林业局": {"disclosure": 3, "dynamic": 2, "other": 3},
        "财政局": {"disclosure": 2, "dynamic": 0, "other": 0},
        "历市镇政府": {"disclosure": 0, "dynamic": 0, "other": 0},
    }
    assert made.unattributed_classes == {"disclosure": 1, "dynamic": 1, "other": 0}
    assert [u.period_count for u in made.units] == [8, 2, 0] and made.unattributed_count == 2


def test_key_area_lead_is_the_owner_else_the_most_credited_units_else_none(made):
    assert [(k.column, k.url, k.lead, k.period_count, k.ytd_count) for k in made.key_areas] == [
        ("财政资金", url("czzj"), "林业局、财政局", 2, 3),  # no owner: tied on two posts each, ever
        ("惠农补贴资金", url("hnbt"), "财政局", 1, 1),
        ("社会救助", url("shjz"), "历市镇政府", 1, 1),  # the owner, though 林业局 posts there
        ("重大建设项目", url("zdjsxm"), None, 0, 1),  # no owner, no credited post: last
    ]


def test_stats_json_has_classes_and_key_areas(made):
    document = stats_json(made)
    assert [(u["name"], u["classes"]) for u in document["units"]] == [
        (u.name, u.class_counts) for u in made.units]
    assert document["unattributed_classes"] == {"disclosure": 1, "dynamic": 1, "other": 0}
    assert document["key_areas"][0] == {"column": "财政资金", "url": url("czzj"), "lead": "林业局、财政局",
                                        "period_count": 2, "ytd_count": 3}
    assert [k["lead"] for k in document["key_areas"]] == ["林业局、财政局", "财政局", "历市镇政府", None]
