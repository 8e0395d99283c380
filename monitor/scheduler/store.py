"""The APScheduler job store in the monitor's own database, kept in line with the profiles.

A job whose cron line is unchanged keeps its stored next run time, so a run
missed while the scheduler was down still starts (once, coalesced) if it is
within its grace time; jobs no longer in any profile are removed.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterable

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from sqlalchemy import Engine

from monitor.scheduler.jobs import JobSpec


def job_store(engine: Engine) -> SQLAlchemyJobStore:
    store = SQLAlchemyJobStore(engine=engine)
    store.start(None, "default")  # creates apscheduler_jobs; the scheduler starts it again with itself
    return store


def sync_store(store: SQLAlchemyJobStore, specs: Iterable[JobSpec]) -> dict[str, datetime]:
    """Remove stored jobs not configured now; the stored next run time of each unchanged job."""
    wanted = {spec.id: spec for spec in specs}
    kept = {}
    for job in store.get_all_jobs():
        spec = wanted.get(job.id)
        if spec is None:
            store.remove_job(job.id)
        elif same_trigger(job.trigger, spec.trigger) and job.next_run_time is not None:
            kept[job.id] = job.next_run_time
    return kept


def same_trigger(old, new) -> bool:
    return type(old) is type(new) and str(old) == str(new) and str(old.timezone) == str(new.timezone)
