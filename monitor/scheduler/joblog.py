"""Writes the ``scheduler_runs`` log: one row per job run, missed run or skipped run."""
from __future__ import annotations

import re
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from monitor.scheduler.lock import utcnow
from monitor.scheduler.records import JobRun

_CRAWL_RUN = re.compile(r"^crawl run (\d+):", re.M)
OUTPUT_TAIL = 4000


class JobLog:
    def __init__(self, engine: Engine):
        self.engine = engine

    def start(self, job_id: str, kind: str, command: str) -> int:
        with Session(self.engine) as session, session.begin():
            row = JobRun(job_id=job_id, kind=kind, started_at=utcnow(), status="running", command=command)
            session.add(row)
            session.flush()
            return row.id

    def finish(self, run_id: int, exit_code: int, output: str) -> None:
        match = _CRAWL_RUN.search(output)
        with Session(self.engine) as session, session.begin():
            row = session.get(JobRun, run_id)
            row.finished_at = utcnow()
            row.exit_code = exit_code
            row.status = "ok" if exit_code == 0 else "failed"
            row.crawl_run_id = int(match[1]) if match else None
            row.output = output[-OUTPUT_TAIL:]

    def note(self, job_id: str, kind: str, status: str, message: str) -> None:
        """A run that did not start (missed, already running, scheduler stopping)."""
        now = utcnow()
        with Session(self.engine) as session, session.begin():
            session.add(JobRun(job_id=job_id, kind=kind, started_at=now, finished_at=now,
                               status=status, command="", output=message))

    def last(self, job_id: str) -> JobRun | None:
        with Session(self.engine) as session:
            query = select(JobRun).where(JobRun.job_id == job_id).order_by(JobRun.id.desc()).limit(1)
            return session.scalar(query)

