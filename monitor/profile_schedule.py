"""The profile's ``[schedule]`` table: when ``portal-monitor schedule`` crawls, alerts and writes the bulletin.

Times are crontab lines (minute hour day month weekday) in the county's time
zone; a sixth field in front gives seconds, for tests and demos. ``false``
turns a job off::

    [schedule]
    crawl = "0 2 * * *"           # nightly incremental crawl, 02:00
    alerts = "0 8 * * mon-fri"    # alert round on working mornings
    bulletin = "0 9 1 * *"        # the previous month's bulletin, on the 1st at 09:00
    bulletin_out = "bulletins"    # folder, relative to the profile file
    timezone = "Asia/Shanghai"
    misfire_grace = 3600          # seconds a missed run may still start late
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import tzinfo
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger

JOBS = ("crawl", "alerts", "bulletin")
_FIELDS = ("minute", "hour", "day", "month", "day_of_week")


@dataclass(frozen=True)
class ScheduleSettings:
    crawl: str | None = "0 2 * * *"
    alerts: str | None = "0 8 * * *"
    bulletin: str | None = "0 9 1 * *"
    bulletin_out: str = "bulletins"
    timezone: str = "Asia/Shanghai"
    misfire_grace: int = 3600

    def trigger(self, job: str) -> CronTrigger | None:
        """The job's trigger, or None when the profile turns it off."""
        expression = getattr(self, job)
        return None if expression is None else cron_trigger(expression, ZoneInfo(self.timezone))


def cron_trigger(expression: str, zone: tzinfo) -> CronTrigger:
    """A crontab line, optionally with seconds in front; ValueError says what is wrong."""
    values = expression.split()
    if len(values) not in (5, 6):
        raise ValueError(f"{expression!r} has {len(values)} fields; expected 5 (minute hour day month weekday) "
                         "or 6 (seconds first)")
    if re.search(r"\d", values[-1]):
        raise ValueError(f"weekday {values[-1]!r}: write days as mon-sun (numbers differ between cron dialects)")
    names = (("second",) if len(values) == 6 else ()) + _FIELDS
    return CronTrigger(timezone=zone, **dict(zip(names, values)))


class ScheduleReader:
    """Validates ``[schedule]``; ``fail(table, index, key, message)`` raises ProfileError."""

    def __init__(self, fail: Callable[..., None]):
        self.fail = fail

    def read(self, raw: Any) -> ScheduleSettings:
        if not isinstance(raw, dict):
            self.fail("schedule", None, None, "must be a table")
        settings = ScheduleSettings()
        settings = replace(settings, timezone=self.zone(raw.get("timezone", settings.timezone)))
        for key, value in raw.items():
            settings = replace(settings, **{key: self.value(key, value, settings.timezone)})
        return settings

    def value(self, key: str, value: Any, zone: str):
        if key in JOBS:
            return self.cron(key, value, zone)
        if key == "bulletin_out" and isinstance(value, str) and value.strip():
            return value
        if key == "misfire_grace" and isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        if key == "timezone":
            return value
        expected = {"bulletin_out": "a folder name", "misfire_grace": "a positive whole number of seconds"}
        if key in expected:
            self.fail("schedule", None, key, f"must be {expected[key]}")
        self.fail("schedule", None, key, f"unknown key; expected one of {', '.join(JOBS)}, bulletin_out, "
                                         "timezone, misfire_grace")

    def cron(self, key: str, value: Any, zone: str) -> str | None:
        if value is False:
            return None
        if not isinstance(value, str):
            self.fail("schedule", None, key, "must be a crontab line such as \"0 2 * * *\", or false")
        try:
            cron_trigger(value, ZoneInfo(zone))
        except ValueError as exc:
            self.fail("schedule", None, key, str(exc))
        return value

    def zone(self, value: Any) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            self.fail("schedule", None, "timezone", f"{value!r} is not a time zone such as \"Asia/Shanghai\"")
        return value
