"""One scheduler per database: a live holder refuses the next, a dead or silent one is taken over."""
from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from monitor.scheduler.lock import STALE_AFTER, LockHeld, SchedulerLease, current_holder, utcnow
from monitor.scheduler.records import SchedulerLock
from storage.database import open_engine
from support import postgres_url


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'lock.sqlite'}" if request.param == "sqlite" else postgres_url()
    engine = open_engine(url)
    yield engine
    engine.dispose()


def set_holder(engine, **values) -> None:
    with Session(engine) as session, session.begin():
        session.execute(update(SchedulerLock).values(**values))


def test_a_live_holder_refuses_a_second_scheduler_until_it_releases(engine):
    first, second = SchedulerLease(engine), SchedulerLease(engine)
    first.acquire()
    with pytest.raises(LockHeld, match=r"^another scheduler is running on this database \(pid \d+ on "):
        second.acquire()
    first.release()
    second.acquire()
    assert current_holder(engine).token == second.token


def test_a_holder_whose_process_is_gone_is_taken_over_at_once(engine):
    SchedulerLease(engine).acquire()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    set_holder(engine, pid=int(dead.stdout))
    taker = SchedulerLease(engine)
    taker.acquire()
    assert current_holder(engine).pid == taker.pid


def test_a_holder_on_another_host_is_stale_only_when_its_heartbeat_stops(engine):
    SchedulerLease(engine).acquire()
    set_holder(engine, host="other-host", heartbeat_at=utcnow() - STALE_AFTER + timedelta(seconds=5))
    with pytest.raises(LockHeld, match="on other-host"):
        SchedulerLease(engine).acquire()
    set_holder(engine, heartbeat_at=utcnow() - STALE_AFTER - timedelta(seconds=1))
    taker = SchedulerLease(engine)
    taker.acquire()
    assert current_holder(engine).host == taker.host


def test_the_heartbeat_tells_a_scheduler_that_lost_its_lock(engine):
    old = SchedulerLease(engine)
    old.acquire()
    assert old.beat()
    set_holder(engine, token="taken-over")
    assert not old.beat()
