"""Collects the jobs of the given profiles, then runs them (``schedule``) or prints them (``--list``)."""
from __future__ import annotations

from datetime import datetime

from monitor.profile import Profile
from monitor.scheduler.joblog import JobLog
from monitor.scheduler.jobs import JobSpec, cli_commands, profile_jobs
from monitor.scheduler.lock import current_holder, describe, utcnow
from monitor.scheduler.runner import ScheduleRunner
from storage.database import database_url, open_engine


class ScheduleError(ValueError):
    """Nothing sensible to schedule; the message is one line for the user."""


def collect(profiles: list[Profile]) -> tuple[list[JobSpec], list[str]]:
    """Every profile's jobs (ids are unique across profiles), and those this install cannot run."""
    available, specs, missing = cli_commands(), [], []
    for profile in profiles:
        jobs, absent = profile_jobs(profile, available)
        specs += jobs
        missing += absent
    seen = set()
    for spec in specs:
        if spec.id in seen:
            raise ScheduleError(f"two profiles name the site {spec.site!r}; each site may be scheduled once")
        seen.add(spec.id)
    if not specs:
        raise ScheduleError("no jobs to schedule: every job is turned off in the profiles' [schedule] tables")
    return specs, missing


def run_schedule(profiles: list[Profile], db: str | None) -> int:
    specs, missing = collect(profiles)
    for job_id in missing:
        print(f"not scheduled: {job_id} (this portal-monitor has no such command)", flush=True)
    return ScheduleRunner(specs, database_url(db), open_engine(db)).serve()


def list_schedule(profiles: list[Profile], db: str | None) -> list[str]:
    """One line per job: cron line, next run, last outcome; then who holds the lock."""
    specs, missing = collect(profiles)
    engine = open_engine(db)
    log = JobLog(engine)
    lines = [job_line(spec, log) for spec in specs]
    lines += [f"{job_id}  not scheduled: this portal-monitor has no such command" for job_id in missing]
    holder = current_holder(engine)
    lines.append(describe(holder, utcnow()).replace("another scheduler is", "a scheduler is")
                 .removesuffix("; stop it first") if holder else "no scheduler is running on this database")
    return lines


def job_line(spec: JobSpec, log: JobLog) -> str:
    zone = spec.trigger.timezone
    upcoming = spec.trigger.get_next_fire_time(None, datetime.now(zone))
    last = log.last(spec.id)
    ran = f"last {last.status} {last.started_at:%Y-%m-%d %H:%M:%S} UTC" if last else "never run"
    return f"{spec.id}  [{spec.cron}]  next {upcoming:%Y-%m-%d %H:%M:%S %Z}  {ran}"
