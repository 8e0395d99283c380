"""Keeps the scheduler lock fresh while jobs run, so a killed scheduler's lock goes stale."""
from __future__ import annotations

import sys
import threading
from typing import Callable

from sqlalchemy.exc import SQLAlchemyError

from monitor.scheduler.lock import HEARTBEAT, SchedulerLease


class Heartbeat(threading.Thread):
    def __init__(self, lease: SchedulerLease, lost: Callable[[], None]):
        super().__init__(name="scheduler-heartbeat", daemon=True)
        self.lease = lease
        self.lost = lost
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(HEARTBEAT.total_seconds()):
            try:
                ours = self.lease.beat()
            except SQLAlchemyError as exc:  # the database is down for a moment: try again next beat
                print(f"scheduler heartbeat failed: {str(exc).splitlines()[0]}", file=sys.stderr, flush=True)
                continue
            if not ours:
                self.lost()
                return

    def stop(self) -> None:
        self.stopped.set()
        if self.is_alive():
            self.join()
