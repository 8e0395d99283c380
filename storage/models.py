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
    # The run that found its page gone (404/410); the row stays, see crawler.incremental.
    removed_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))


class CrawlRun(Base):
    __tablename__ = "crawl_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")  # running | ok | failed
    message: Mapped[str | None] = mapped_column(Text)
    stats: Mapped[dict | None] = mapped_column(JSON)
    mode: Mapped[str | None] = mapped_column(String(20))  # full | incremental


class FindingRecord(Base):
    """A content problem on a page, identified across crawls by its fingerprint.

    A re-crawl that sees it again updates ``last_seen``; a re-crawl that
    checks the page and no longer sees it marks it ``fixed`` (and a later
    sighting reopens it), so nothing is ever duplicated.
    """

    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("site_id", "fingerprint"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(40))
    rule: Mapped[str] = mapped_column(String(60))
    category: Mapped[str] = mapped_column(String(40), index=True)  # newmedia_closed_active: 22
    severity: Mapped[str] = mapped_column(String(10))
    url: Mapped[str] = mapped_column(URL, index=True)  # the page or attachment checked
    page_url: Mapped[str] = mapped_column(URL)  # the page a visitor sees it on
    title: Mapped[str | None] = mapped_column(String(500))
    place: Mapped[str] = mapped_column(String(20))  # title | body | link | attachment | attachment_name
    matched: Mapped[str] = mapped_column(String(500))  # personal data masked
    evidence: Mapped[str] = mapped_column(String(1000))
    detail: Mapped[str | None] = mapped_column(String(500))
    count: Mapped[int] = mapped_column(Integer, default=1)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    column_id: Mapped[int | None] = mapped_column(ForeignKey("columns.id"))
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | fixed
    first_seen_run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"))
    last_seen_run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"))
    fixed_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    first_seen_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime)
    # Rectification (monitor.rectification): when the unit was told, and the day it must be fixed by.
    notified_at: Mapped[datetime | None] = mapped_column(DateTime)
    deadline: Mapped[date | None] = mapped_column(Date)


class Notice(Base):
    """Something the crawl could not check, with the reason (an encrypted PDF, a huge page)."""

    __tablename__ = "notices"
    __table_args__ = (UniqueConstraint("site_id", "url", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    url: Mapped[str] = mapped_column(URL)
    kind: Mapped[str] = mapped_column(String(40))  # attachment | page | fetch | blocked
    message: Mapped[str] = mapped_column(String(500))
    last_seen_run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"))


class Link(Base):
    """A page citing a URL (link, image, script, style, attachment, frame), with its anchor text or alt."""

    __tablename__ = "links"
    __table_args__ = (UniqueConstraint("site_id", "source_url", "target_url", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    source_url: Mapped[str] = mapped_column(URL)
    target_url: Mapped[str] = mapped_column(URL, index=True)
    kind: Mapped[str] = mapped_column(String(20))  # page | image | script | style | attachment | frame
    text: Mapped[str | None] = mapped_column(String(500))
    last_seen_run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"))


class LinkCheck(Base):
    """The latest check of one cited URL: ok | broken | unverified | blocked, with the reason and when."""

    __tablename__ = "link_checks"
    __table_args__ = (UniqueConstraint("site_id", "url"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    url: Mapped[str] = mapped_column(URL)
    state: Mapped[str] = mapped_column(String(20))
    status_code: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(500))
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"))
    checked_at: Mapped[datetime] = mapped_column(DateTime)


class Page(Base):
    """Every URL the crawl requested on a site: how to request it again, and what it answered.

    The crawl's frontier too: a row queued by a run and not yet done by it is
    a request still pending, written in the same transaction as the items of
    the page that found it, so a killed crawl resumes from here.
    """

    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("site_id", "url"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    url: Mapped[str] = mapped_column(URL)  # canonical
    request_url: Mapped[str] = mapped_column(URL)  # as linked
    callback: Mapped[str] = mapped_column(String(60))
    meta: Mapped[dict | None] = mapped_column(JSON)
    found_by: Mapped[str | None] = mapped_column(URL)  # the page that first linked it
    kind: Mapped[str | None] = mapped_column(String(10))  # column | list | article | page | file
    status: Mapped[int | None] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(String(200))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    digest: Mapped[str | None] = mapped_column(String(40))  # of the text, to tell a change
    checked_at: Mapped[datetime | None] = mapped_column(DateTime)
    first_run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"))
    queued_run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    done_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    changed_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    removed_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))


class AlertSend(Base):
    """One alert email to a unit (sent or failed), kept so a unit is not mailed twice within the cool-down."""

    __tablename__ = "alert_sends"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    unit_name: Mapped[str] = mapped_column(String(200))
    recipient: Mapped[str] = mapped_column(String(500))
    subject: Mapped[str] = mapped_column(String(500))
    message_id: Mapped[str | None] = mapped_column(String(500))
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10))  # sent | failed
    error: Mapped[str | None] = mapped_column(String(1000))


class AlertFinding(Base):
    """A finding named in an alert email."""

    __tablename__ = "alert_findings"
    __table_args__ = (UniqueConstraint("send_id", "finding_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    send_id: Mapped[int] = mapped_column(ForeignKey("alert_sends.id"))
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"), index=True)


class BulletinIssue(Base):
    """The 期号 a bulletin took when first issued; re-generating its period keeps them."""

    __tablename__ = "bulletin_issues"
    __table_args__ = (UniqueConstraint("site_id", "period_key"), UniqueConstraint("site_id", "total"),
                      UniqueConstraint("site_id", "year", "number"))
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    period_key: Mapped[str] = mapped_column(String(40))  # 2024-02, 2024-Q2, 2024, a..b
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)  # 第N期 within the year
    total: Mapped[int] = mapped_column(Integer)  # 总第M期
    issued_on: Mapped[date] = mapped_column(Date)  # the latest 印发 date
