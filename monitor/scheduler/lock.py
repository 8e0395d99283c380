"""One scheduler per database: a row in ``scheduler_lock``, kept fresh by a heartbeat.

Taking the lock is a plain INSERT (the primary key refuses a second one) or,
for a stale row, an UPDATE conditioned on the row as it was read, so two
schedulers starting together cannot both win on SQLite or PostgreSQL. A row is
stale when its process is gone from this host or its heartbeat stopped.
"""
from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from monitor.scheduler.records import SchedulerLock

NAME = "scheduler"
HEARTBEAT = timedelta(seconds=10)
STALE_AFTER = 6 * HEARTBEAT


class LockHeld(RuntimeError):
    """Another scheduler holds the lock; the message is one line for the user."""


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class SchedulerLease:
    def __init__(self, engine: Engine):
        self.engine = engine
        self.token = uuid.uuid4().hex
        self.host = socket.gethostname()
        self.pid = os.getpid()

    def acquire(self) -> None:
        """Take the lock, taking over a stale one; raise LockHeld when it is alive."""
        now = utcnow()
        try:
            with Session(self.engine) as session, session.begin():
                session.add(SchedulerLock(name=NAME, token=self.token, host=self.host, pid=self.pid,
                                          started_at=now, heartbeat_at=now))
            return
        except IntegrityError:
            pass
        with Session(self.engine) as session, session.begin():
            held = session.get(SchedulerLock, NAME)
            if held is not None and not self.stale(held, now):
                raise LockHeld(describe(held, now))
            taken = session.execute(update(SchedulerLock).where(*self._as_read(held)).values(
                token=self.token, host=self.host, pid=self.pid, started_at=now, heartbeat_at=now))
        if taken.rowcount != 1:
            raise LockHeld("another scheduler took over the stale lock at the same moment; try again")

    def stale(self, held: SchedulerLock, now: datetime) -> bool:
        if held.host == self.host and not _alive(held.pid):
            return True
        return now - held.heartbeat_at > STALE_AFTER

    def beat(self) -> bool:
        """Refresh the heartbeat; False when the lock is no longer ours."""
        with Session(self.engine) as session, session.begin():
            result = session.execute(update(SchedulerLock).where(SchedulerLock.token == self.token)
                                     .values(heartbeat_at=utcnow()))
        return result.rowcount == 1

    def release(self) -> None:
        with Session(self.engine) as session, session.begin():
            session.execute(delete(SchedulerLock).where(SchedulerLock.token == self.token))

    @staticmethod
    def _as_read(held: SchedulerLock | None):
        if held is None:  # deleted between our INSERT and SELECT: nothing to take over
            return (SchedulerLock.name == "",)
        return (SchedulerLock.name == NAME, SchedulerLock.token == held.token,
                SchedulerLock.heartbeat_at == held.heartbeat_at)


def describe(held: SchedulerLock, now: datetime) -> str:
    age = int((now - held.heartbeat_at).total_seconds())
    return (f"another scheduler is running on this database (pid {held.pid} on {held.host}, "
            f"started {held.started_at:%Y-%m-%d %H:%M:%S} UTC, last heartbeat {age} s ago); stop it first")


def current_holder(engine: Engine) -> SchedulerLock | None:
    with Session(engine) as session:
        return session.scalar(select(SchedulerLock).where(SchedulerLock.name == NAME))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
