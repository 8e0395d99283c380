"""The jobs a profile asks for, and the ``portal-monitor`` command line each one runs.

Every job runs the ordinary command in a child process: Scrapy's Twisted
reactor starts once per process, so a scheduler that crawled in-process could
crawl only once. The child inherits the database through PORTAL_MONITOR_DB,
so a password in the URL is neither on a command line nor in the job store.
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from apscheduler.triggers.cron import CronTrigger

from monitor.profile import Profile
from monitor.profile_schedule import JOBS


@dataclass(frozen=True)
class JobSpec:
    id: str
    kind: str  # crawl | alerts | bulletin
    site: str
    profile: Path
    cron: str
    trigger: CronTrigger
    misfire_grace: int
    bulletin_out: Path

    def argv(self, now: datetime) -> list[str]:
        """The command's arguments for a run starting at ``now`` (the bulletin covers the month before)."""
        profile = str(self.profile)
        if self.kind == "crawl":
            return ["crawl", profile, "--quiet"]
        if self.kind == "alerts":
            return ["alerts", profile, "--send"]
        return ["bulletin", profile, "--period", previous_month(now.date()), "--out", str(self.bulletin_out)]


def previous_month(day: date) -> str:
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    return f"{year}-{month:02d}"


def profile_jobs(profile: Profile, available: set[str]) -> tuple[list[JobSpec], list[str]]:
    """The profile's jobs, and the jobs left out because this install has no such command."""
    schedule, path = profile.schedule, profile.path.resolve()
    jobs, missing = [], []
    for kind in JOBS:
        trigger = schedule.trigger(kind)
        if trigger is None:
            continue
        if kind not in available:
            missing.append(f"{profile.site.name}:{kind}")
            continue
        jobs.append(JobSpec(f"{profile.site.name}:{kind}", kind, profile.site.name, path,
                            getattr(schedule, kind), trigger,
                            schedule.misfire_grace, path.parent / schedule.bulletin_out))
    return jobs, missing


def cli_commands() -> set[str]:
    """The sub-commands this install's ``portal-monitor`` has (alerts may be missing in older ones)."""
    from monitor.cli import build_parser

    actions = build_parser()._actions
    return next(set(a.choices) for a in actions if isinstance(a, argparse._SubParsersAction))
