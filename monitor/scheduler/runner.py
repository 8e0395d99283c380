"""``portal-monitor schedule``: APScheduler in the foreground, its job store in the monitor's database.

Jobs run one after another (a bulletin never reads a half-finished crawl):
each has its own worker thread, so a job waiting behind a long crawl is not
counted as missed, and a lock lets one run at a time. Each job's misfires are
coalesced into one run and a job still running is not started again. SIGTERM or Ctrl-C lets the running job
finish, skips what is queued, and releases the lock.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import datetime

from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler

from monitor.scheduler.heartbeat import Heartbeat
from monitor.scheduler.joblog import JobLog
from monitor.scheduler.jobs import JobSpec
from monitor.scheduler.lock import SchedulerLease
from monitor.scheduler.store import job_store, sync_store
from storage.database import ENV_VAR

_ACTIVE: "ScheduleRunner | None" = None  # the live runner; the job store holds only run_job's name


def run_job(job_id: str) -> None:
    """What every stored job calls: the process's runner, which holds the database URL and stop flag."""
    _ACTIVE.run(job_id)


class ScheduleRunner:
    def __init__(self, specs: list[JobSpec], db_url: str, engine):
        self.specs = {spec.id: spec for spec in specs}
        self.db_url = db_url
        self.engine = engine
        self.log = JobLog(engine)
        self.stopping = threading.Event()
        self.one_at_a_time = threading.Lock()
        self.lost_lock = False
        self.stopper: threading.Thread | None = None
        self.scheduler = BlockingScheduler(executors={"default": ThreadPoolExecutor(len(specs))})

    def serve(self) -> int:
        """Hold the lock and run the jobs until stopped; 0 on a requested stop."""
        global _ACTIVE
        lease = SchedulerLease(self.engine)
        lease.acquire()
        heartbeat = Heartbeat(lease, self.lock_lost)
        _ACTIVE = self
        try:
            self.prepare()
            heartbeat.start()
            say(f"scheduler started (pid {os.getpid()}): {len(self.specs)} jobs")
            self.scheduler.start()
            if self.stopper is not None:
                self.stopper.join()
        finally:
            heartbeat.stop()
            lease.release()
            _ACTIVE = None
        say("scheduler stopped")
        return 1 if self.lost_lock else 0

    def prepare(self) -> None:
        store = job_store(self.engine)
        kept = sync_store(store, self.specs.values())
        self.scheduler.add_jobstore(store, "default")
        for spec in self.specs.values():
            when = {"next_run_time": kept[spec.id]} if spec.id in kept else {}
            self.scheduler.add_job(run_job, spec.trigger, args=(spec.id,), id=spec.id, name=spec.id,
                                   replace_existing=True, coalesce=True, max_instances=1,
                                   misfire_grace_time=spec.misfire_grace, **when)
        self.scheduler.add_listener(self.not_run, EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self.stop)

    def run(self, job_id: str) -> None:
        with self.one_at_a_time:
            self.run_alone(self.specs[job_id])

    def run_alone(self, spec: JobSpec) -> None:
        job_id = spec.id
        if self.stopping.is_set():
            self.log.note(job_id, spec.kind, "skipped", "scheduler stopping")
            return
        argv = spec.argv(datetime.now(spec.trigger.timezone))
        command = "portal-monitor " + " ".join(argv)
        run_id = self.log.start(job_id, spec.kind, command)
        say(f"{job_id}: started: {command}")
        result = subprocess.run([sys.executable, "-m", "monitor.cli", *argv], capture_output=True, text=True,
                                env={**os.environ, ENV_VAR: self.db_url}, start_new_session=True)
        self.log.finish(run_id, result.returncode, result.stdout + result.stderr)
        outcome = "ok" if result.returncode == 0 else f"failed (exit {result.returncode})"
        say(f"{job_id}: {outcome}")

    def not_run(self, event) -> None:
        """Log a run APScheduler did not start: missed past its grace time, or the job still running."""
        spec = self.specs.get(event.job_id)
        if spec is None:
            return
        if event.code == EVENT_JOB_MISSED:
            self.log.note(spec.id, spec.kind, "missed", f"missed run at {event.scheduled_run_time}")
        else:
            self.log.note(spec.id, spec.kind, "skipped", "the previous run is still running")

    def stop(self, signum=None, _frame=None) -> None:
        """Stop after the running job; the shutdown waits in its own thread so the signal returns at once."""
        if self.stopping.is_set():
            return
        self.stopping.set()
        say("stopping after the current job")
        self.stopper = threading.Thread(target=self.scheduler.shutdown, name="scheduler-stop")
        self.stopper.start()

    def lock_lost(self) -> None:
        say("the scheduler lock was taken over by another scheduler; stopping")
        self.lost_lock = True
        self.stop()


def say(message: str) -> None:
    print(f"{datetime.now():%Y-%m-%d %H:%M:%S} {message}", flush=True)
