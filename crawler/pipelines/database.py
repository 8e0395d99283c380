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
