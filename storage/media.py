"""Models of 政务新媒体 and 互动交流: accounts and their articles, letters, back-office counts.

An article is keyed within its account by its URL (or, for an export row
without one, by title and date), a letter within its site by its URL, so a
re-read updates in place and nothing is counted twice.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import URL, Base


class Account(Base):
    """One new-media account of the profile (政务新媒体账号)."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("site_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(20))  # wechat | weibo | douyin | toutiao | app | website
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    status: Mapped[str] = mapped_column(String(20))  # active | to_close
    source: Mapped[str] = mapped_column(String(10))  # feed | list | export
    location: Mapped[str] = mapped_column(URL)  # the feed or list URL, or the export file
    last_read_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))  # None: never read


class AccountArticle(Base):
    """One article an account published (发表文章)."""

    __tablename__ = "account_articles"
    __table_args__ = (UniqueConstraint("account_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    key: Mapped[str] = mapped_column(URL)  # the URL, or "title|date" for an export row without one
    url: Mapped[str | None] = mapped_column(URL)
    title: Mapped[str] = mapped_column(String(500))
    pub_date: Mapped[date] = mapped_column(Date, index=True)
    last_seen_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))


class Letter(Base):
    """One letter of a letter box (县长信箱, 网络问政 …) as the portal lists it."""

    __tablename__ = "letters"
    __table_args__ = (UniqueConstraint("site_id", "url"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    box: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(URL)
    title: Mapped[str] = mapped_column(String(500))
    received: Mapped[date | None] = mapped_column(Date, index=True)
    answered: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str | None] = mapped_column(String(40))  # the status as printed: 已办结, 办理中 …
    answered_by: Mapped[str | None] = mapped_column(String(200))  # the answering unit as printed
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    last_seen_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))


class BackOfficeCount(Base):
    """A figure only the back office has (依申请公开 received/answered …), imported from CSV."""

    __tablename__ = "back_office_counts"
    __table_args__ = (UniqueConstraint("site_id", "period", "unit", "metric"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    period: Mapped[str] = mapped_column(String(30))  # as Period.key(): 2024-06, 2024-Q2 …
    unit: Mapped[str] = mapped_column(String(200))  # the unit as written ("" for the county as a whole)
    metric: Mapped[str] = mapped_column(String(60))  # the column header: 依申请公开收到 …
    value: Mapped[int] = mapped_column(Integer)
