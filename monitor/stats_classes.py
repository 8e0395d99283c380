"""Each post of a period in one class, as bulletins split their total: 政务公开类, 动态类 or neither.

A post listed by a disclosure, key-area or notice column is 政务公开类 even when a
news column lists it too, so a cross-listed post is counted once, in the class
the bulletin weighs more. One grouped query for the whole site: a county holds
tens of thousands of posts.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from monitor.stats_model import POST_CLASSES
from storage.models import Column, ColumnEntry, Post

DISCLOSURE_CATEGORIES = ("disclosure", "key_area", "notice")
_BY_RANK = {2: "disclosure", 1: "dynamic", 0: "other"}


def empty_classes() -> dict[str, int]:
    return dict.fromkeys(POST_CLASSES, 0)


def class_counts(session: Session, site_id: int, start: date, end: date) -> dict[int | None, dict[str, int]]:
    """Posts published in [start, end] per unit id (None: unattributed) and class; every class present."""
    # An unlisted post, or one in uncategorised columns only, ranks 0: NULL matches no WHEN.
    rank = case((Column.category.in_(DISCLOSURE_CATEGORIES), 2), (Column.category == "dynamic", 1), else_=0)
    per_post = (
        select(Post.unit_id, func.max(rank).label("rank"))
        .outerjoin(ColumnEntry, ColumnEntry.url == Post.url)
        .outerjoin(Column, (Column.id == ColumnEntry.column_id) & (Column.site_id == Post.site_id))
        .where(Post.site_id == site_id, Post.pub_date.between(start, end))
        .group_by(Post.id, Post.unit_id)
        .subquery())
    rows = session.execute(select(per_post.c.unit_id, per_post.c.rank, func.count())
                           .group_by(per_post.c.unit_id, per_post.c.rank))
    counts: dict[int | None, dict[str, int]] = defaultdict(empty_classes)
    for unit_id, rank_value, count in rows:
        counts[unit_id][_BY_RANK[rank_value]] += count
    return dict(counts)
