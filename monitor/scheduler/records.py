"""The scheduler's two tables: the lock that keeps it single, and the log of every job run.

One log for all jobs (crawl, alerts, bulletin) rather than crawl_runs alone:
alerts and bulletins have no crawl run, and a job can fail before its crawl
starts. A crawl job's row names the crawl run it made, so nothing is kept twice.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base


class SchedulerLock(Base):
    """At most one row per name: the running scheduler, refreshed by its heartbeat."""

    __tablename__ = "scheduler_lock"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    token: Mapped[str] = mapped_column(String(40))
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime)


class JobRun(Base):
    __tablename__ = "scheduler_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # crawl | alerts | bulletin
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")  # running | ok | failed | skipped
    exit_code: Mapped[int | None] = mapped_column(Integer)
    crawl_run_id: Mapped[int | None] = mapped_column(Integer)
    command: Mapped[str] = mapped_column(Text)
    output: Mapped[str | None] = mapped_column(Text)  # the end of what the command printed
