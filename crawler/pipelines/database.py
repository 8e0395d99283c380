"""What the storing pipelines share: a session factory on the crawl's database, and the run they write for."""
from __future__ import annotations

from storage.database import open_engine, session_factory


class DatabasePipeline:
    """Built from the crawl's settings (``PORTAL_MONITOR_DB``, ``…_SITE_ID``, ``…_RUN_ID``) set by crawler.runner."""

    def __init__(self, db_url: str, site_id: int, run_id: int):
        self.site_id, self.run_id = site_id, run_id
        self.sessions = session_factory(open_engine(db_url, upgrade=False))

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(settings["PORTAL_MONITOR_DB"], settings.getint("PORTAL_MONITOR_SITE_ID"),
                   settings.getint("PORTAL_MONITOR_RUN_ID"))


class BatchPipeline(DatabasePipeline):
    """Items kept until ``batch`` of them, then written in one transaction by :meth:`store`.

    Committed as they go, so a crawl that dies keeps what it had stored."""

    batch = 200

    def __init__(self, db_url: str, site_id: int, run_id: int):
        super().__init__(db_url, site_id, run_id)
        self.pending: list = []

    def process_item(self, item):
        self.pending.append(item)
        if len(self.pending) >= self.batch:
            self.flush()
        return item

    def close_spider(self) -> None:
        self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        with self.sessions.begin() as session:
            self.store(session, self.pending)
        self.pending.clear()

    def store(self, session, items: list) -> None:
        raise NotImplementedError
