"""SQLAlchemy 2 models.

A post is keyed by its URL within a site, so a re-crawl updates it in place.
Which columns list a post is recorded as column entries (column, URL): a post
listed in several columns is still one row in ``posts`` and counts once.
Attribution to a unit is recomputed after every crawl from the stored raw
metadata, so a profile edit (a new alias) takes effect without a re-crawl.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

URL = String(2048)


class Base(DeclarativeBase):
    pass


class Site(Base):
    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    region: Mapped[str] = mapped_column(String(100))
    start_url: Mapped[str] = mapped_column(URL)


class Unit(Base):
    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("site_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    annual_quota: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Column(Base):
    """A list page (栏目) with all its pages; ``url`` is its normalised key."""

    __tablename__ = "columns"
    __table_args__ = (UniqueConstraint("site_id", "url"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    url: Mapped[str] = mapped_column(URL)
    name: Mapped[str | None] = mapped_column(String(200))
    trail: Mapped[str | None] = mapped_column(String(1000))  # breadcrumb, names the owner
    category: Mapped[str | None] = mapped_column(String(20))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    last_seen_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))


class ColumnEntry(Base):
    """One item of a column's list: which URL it links to, with the date shown."""

    __tablename__ = "column_entries"
    __table_args__ = (UniqueConstraint("column_id", "url"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    column_id: Mapped[int] = mapped_column(ForeignKey("columns.id"), index=True)
    url: Mapped[str] = mapped_column(URL, index=True)
    title: Mapped[str | None] = mapped_column(String(500))
    list_date: Mapped[date | None] = mapped_column(Date)
    external: Mapped[bool] = mapped_column(Boolean, default=False)


class Post(Base):
    __tablename__ = "posts"
    __table_args__ = (UniqueConstraint("site_id", "url"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    url: Mapped[str] = mapped_column(URL)
    title: Mapped[str] = mapped_column(String(500))
    pub_date: Mapped[date] = mapped_column(Date, index=True)
    source: Mapped[str | None] = mapped_column(String(200))  # 发布机构/来源 as printed
    index_no: Mapped[str | None] = mapped_column(String(100))  # 索引号
    doc_no: Mapped[str | None] = mapped_column(String(200))  # 文号
    topic: Mapped[str | None] = mapped_column(String(200))  # 主题分类
    external: Mapped[bool] = mapped_column(Boolean, default=False)  # known only from a list
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    first_seen_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    last_seen_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))


class CrawlRun(Base):
    __tablename__ = "crawl_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")  # running | ok | failed
    message: Mapped[str | None] = mapped_column(Text)
    stats: Mapped[dict | None] = mapped_column(JSON)
