"""Local back-office exports (a file beside the profile), imported by the runner after the crawl.

The same reader and storage as a served export, without Scrapy: a file that
cannot be read is a notice for it, and its account keeps what it had.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy.orm import Session

from crawler.media.export import read_export
from crawler.media.records import SourceError, SourceRead
from storage.findings import record_notice
from storage.media_store import account_ids, record_read


def import_exports(session: Session, site_id: int, run_id: int, accounts: tuple) -> Counter:
    """Read every account whose source is a local export file (``AccountSettings``); the run's media stats."""
    ids, stats = account_ids(session, site_id), Counter()
    for account in accounts:
        if account.source != "export" or account.location.startswith(("http://", "https://")):
            continue
        read = _read(Path(account.location))
        if isinstance(read, str):
            record_notice(session, site_id, run_id, account.location, "newmedia", read)
            stats["media/notices"] += 1
        else:
            record_read(session, site_id, run_id, ids[account.name], account.location, read.articles, read.note, True)
            stats["media/articles"] += len(read.articles)
    return stats


def _read(path: Path) -> SourceRead | str:
    """The export, or why it cannot be read."""
    try:
        return read_export(path.read_bytes())
    except OSError as error:
        return f"导出文件无法读取：{error.strerror or error}"
    except SourceError as error:
        return str(error)
