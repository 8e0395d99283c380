"""PDF text with pypdf.

Many county PDFs are "encrypted" only to stop printing or copying: they open
with the empty user password and are read.  Scanned PDFs have no text layer
and give "" (nothing to check), not an error.
"""
from __future__ import annotations

import io
import itertools
from collections.abc import Iterator

from pypdf import PdfReader
from pypdf.errors import DependencyError

from crawler.attachments.errors import UnreadableAttachment

MAX_PAGES = 500


def pdf_pages(data: bytes) -> Iterator[str]:
    """The text of each page, up to MAX_PAGES."""
    start = data.find(b"%PDF-", 0, 1024)
    if data.rfind(b"%%EOF") < start:
        raise UnreadableAttachment("PDF文件不完整，可能下载中断")
    reader = PdfReader(io.BytesIO(data[start:]))
    if reader.is_encrypted:
        _unlock(reader)
    for page in itertools.islice(reader.pages, MAX_PAGES):
        yield page.extract_text()


def _unlock(reader: PdfReader) -> None:
    try:
        opened = reader.decrypt("")
    except DependencyError as exc:  # AES needs the cryptography package
        raise UnreadableAttachment("PDF已加密，缺少解密组件，无法读取") from exc
    if not opened:
        raise UnreadableAttachment("PDF已加密，无法读取")
