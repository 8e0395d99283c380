"""Conditional GET, as web servers in front of county CMSs answer it (RFC 9110).

Every 200 answer carries an ETag (from the bytes served) and a
Last-Modified (when the page was last rendered with new content); a request
whose If-None-Match names the current ETag — or, without one, whose
If-Modified-Since is not older than Last-Modified — gets 304 with no body.
"""
from __future__ import annotations

import datetime
import zlib
from dataclasses import replace
from email.utils import format_datetime, parsedate_to_datetime

from monitor.sampleportal.model import Page


def conditional(page: Page, request_headers, as_of: datetime.date) -> Page:
    """``page`` with its validators, or the 304 answer the request's own validators earn."""
    if page.status != 200:
        return page
    modified = page.modified or datetime.datetime.combine(as_of, datetime.time())
    modified = modified.replace(tzinfo=datetime.timezone.utc)
    etag = f'"{zlib.crc32(page.body):08x}-{len(page.body):x}"'
    headers = (("ETag", etag), ("Last-Modified", format_datetime(modified, usegmt=True)))
    if _unchanged(request_headers, etag, modified):
        return Page(b"", page.content_type, 304, headers)
    return replace(page, headers=page.headers + headers)


def _unchanged(request_headers, etag: str, modified: datetime.datetime) -> bool:
    match = request_headers.get("If-None-Match")
    if match is not None:
        return etag in [tag.strip() for tag in match.split(",")] or match.strip() == "*"
    since = request_headers.get("If-Modified-Since")
    try:
        return since is not None and parsedate_to_datetime(since) >= modified
    except (TypeError, ValueError):
        return False
