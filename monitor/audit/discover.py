"""Discover a portal's responsible units from what a crawl stored.

A unit is a directory of the 信息公开 tree: the first unit-like part of a
column's breadcrumb below a directory (部门信息公开 > 定南县林业局 > 工作动态).
Printed 发布机构 forms join a unit when they reduce to its name
(:func:`monitor.units.canonical`: 定南县林业局 = 县林业局 = 林业局), or, for
forms no reduction can guess (政府办, 发改委), when most of the posts signed
so are listed in that unit's columns. Names only ever printed, never a
directory (新华社, 县委宣传部 in county news), are kept apart as other
sources: the office decides whether they are units.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.audit.names import abbreviates, is_directory, is_township, is_township_directory, is_unit_name
from monitor.units import canonical
from storage.models import Column, ColumnEntry, Post, Site

# A printed form joins a unit when at least this share of its posts is listed in the unit's columns.
JOIN_SHARE = 2 / 3


@dataclass
class FoundUnit:
    name: str  # the reduced name every form of it shares or joined
    kind: str  # department | township
    directory: str  # the name its breadcrumb shows
    forms: Counter = field(default_factory=Counter)  # printed form → times seen

    def aliases(self) -> list[str]:
        return [form for form, _ in sorted(self.forms.items(), key=lambda kv: (-kv[1], kv[0])) if form != self.name]


@dataclass(frozen=True)
class Discovery:
    units: tuple[FoundUnit, ...]
    other_sources: tuple[tuple[str, int], ...]  # printed names that joined no unit, with their post counts


def discover(session: Session, site: Site) -> Discovery:
    units, owner_of = _directory_units(session, site)
    pending: dict[str, Counter] = defaultdict(Counter)
    posts: dict[str, list[str]] = defaultdict(list)
    for url, source in session.execute(select(Post.url, Post.source).where(Post.site_id == site.id)):
        if not source or not source.strip():
            continue
        key = canonical(source, site.region)
        target = units[key].forms if key in units else pending[key]
        target[source.strip()] += 1
        posts[key].append(url)
    others = []
    listed = _listing_owners(session, site, owner_of)
    for key in sorted(pending, key=lambda k: (-sum(pending[k].values()), k)):
        unit = _joined_unit(key, posts[key], listed, units)
        if unit is not None:
            unit.forms.update(pending[key])
        else:
            others += [(form, n) for form, n in pending[key].most_common()]
    return Discovery(tuple(sorted(units.values(), key=lambda u: (u.kind, u.name))), tuple(others))


def _directory_units(session: Session, site: Site) -> tuple[dict[str, FoundUnit], dict[int, str]]:
    """Units named by column breadcrumbs, and each column's unit (by id)."""
    units: dict[str, FoundUnit] = {}
    owner_of: dict[int, str] = {}
    for column in session.scalars(select(Column).where(Column.site_id == site.id).order_by(Column.url)):
        found = _trail_unit(column.trail or "")
        if found is None:
            continue
        name, township_dir = found
        key = canonical(name, site.region)
        if not is_unit_name(key):
            continue
        kind = "township" if township_dir or is_township(key) else "department"
        unit = units.setdefault(key, FoundUnit(key, kind, name))
        unit.forms[name] += 1
        owner_of[column.id] = key
    return units, owner_of


def _trail_unit(trail: str) -> tuple[str, bool] | None:
    """The first unit-like part below a directory, and whether that directory holds townships."""
    township_dir, below = False, False
    for part in (p.strip() for p in trail.split(" > ")):
        if is_directory(part):
            below, township_dir = True, township_dir or is_township_directory(part)
        elif below and is_unit_name(part):
            return part, township_dir
    return None


def _listing_owners(session: Session, site: Site, owner_of: dict[int, str]) -> dict[str, set[str]]:
    """For each listed URL, the units whose columns list it."""
    listed: dict[str, set[str]] = defaultdict(set)
    rows = session.execute(select(ColumnEntry.url, ColumnEntry.column_id).join(Column)
                           .where(Column.site_id == site.id))
    for url, column_id in rows:
        if column_id in owner_of:
            listed[url].add(owner_of[column_id])
    return listed


def _joined_unit(key: str, urls: list[str], listed: dict[str, set[str]],
                 units: dict[str, FoundUnit]) -> FoundUnit | None:
    """The unit most posts signed ``key`` are listed under, if the evidence is clear enough."""
    if not is_unit_name(key):
        return None
    votes = Counter(owner for url in urls for owner in listed.get(url, ()))
    if not votes:
        return None
    (best, count), *_ = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    unit = units[best]
    if count < JOIN_SHARE * len(urls):
        return None
    return unit if count >= 2 or abbreviates(key, unit.name) else None
