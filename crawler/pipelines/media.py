"""Media pipeline: what the media spider read, into the 政务新媒体 and 互动交流 tables (storage.media_store).

Only the media spider's items come here (its own ITEM_PIPELINES). Written
in batches, committed as they go, like the portal's store pipeline.
"""
from __future__ import annotations

from datetime import datetime

from crawler.items import FindingsItem, NoticeItem
from crawler.media.items import AccountReadItem, BoxPageItem, LetterItem
from crawler.pipelines.database import BatchPipeline
from storage.findings import record_checked, record_notice
from storage.media_store import account_ids, record_letter, record_read, resolve_notice, unit_ids

class MediaPipeline(BatchPipeline):
    batch = 100

    def __init__(self, db_url: str, site_id: int, run_id: int):
        super().__init__(db_url, site_id, run_id)
        with self.sessions.begin() as session:  # synced by the runner before the crawl
            self.accounts, self.units = account_ids(session, site_id), unit_ids(session, site_id)

    def store(self, session, items: list) -> None:
        for item in items:
            self._store(session, item)

    def _store(self, session, item) -> None:
        site, run = self.site_id, self.run_id
        if isinstance(item, AccountReadItem):
            read = item.read
            record_read(session, site, run, self.accounts[item.account], item.source, read.articles,
                        read.note, item.first)
        elif isinstance(item, LetterItem):
            record_letter(session, site, run, item.box, item.url, item.letter, self.units.get(item.unit))
            resolve_notice(session, site, run, item.url, "interaction", None)
        elif isinstance(item, BoxPageItem):
            resolve_notice(session, site, run, item.url, "interaction", None)
        elif isinstance(item, NoticeItem):
            record_notice(session, site, run, item.url, item.kind, item.message)
        elif isinstance(item, FindingsItem):
            record_checked(session, site, run, item.url, item.page_url, item.title, item.findings, datetime.now())
