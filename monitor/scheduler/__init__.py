"""``portal-monitor schedule``: nightly crawl, daily alerts and the monthly bulletin without anyone at the keyboard."""
from monitor.scheduler.command import ScheduleError, list_schedule, run_schedule
from monitor.scheduler.lock import LockHeld

__all__ = ["LockHeld", "ScheduleError", "list_schedule", "run_schedule"]
