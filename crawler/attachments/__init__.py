"""Text of the attachments (附件) county portals link, for the privacy checks.

The real type is decided by the bytes, not the extension (sniff.py), and
a renamed but readable file is read anyway.  Every failure, whatever the
bytes, is one exception, UnreadableAttachment, whose message says in plain
Chinese why a file went unchecked, so a report can list it and a crawl never
stops on a bad file.
"""
from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from crawler.attachments.errors import UnreadableAttachment
from crawler.attachments.office import docx_lines, xls_lines, xlsx_lines
from crawler.attachments.pdf import pdf_pages
from crawler.attachments.sniff import DESCRIPTIONS, content_kind

__all__ = ["READABLE", "UnreadableAttachment", "extension", "extract_text"]

READABLE = ("pdf", "docx", "xlsx", "xls")
_READERS = {"pdf": pdf_pages, "docx": docx_lines, "xlsx": xlsx_lines, "xls": xls_lines}
_REASONS = {"empty": "文件为空", "encrypted": "Office文档已加密，无法读取"}


def extension(url: str) -> str:
    """The lower-case extension of the URL's last path segment, without the dot; "" if none."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return ""
    name = unquote(path).rsplit("/", 1)[-1].split(";", 1)[0]
    ext = name.rsplit(".", 1)[1].lower() if "." in name else ""
    return ext if ext.isascii() and ext.isalnum() else ""


def extract_text(data: bytes, url: str, max_chars: int = 2_000_000) -> str:
    """The text of an attachment, cut at ``max_chars``; "" when it has none (a scan).

    Raises UnreadableAttachment, and nothing else, when the text cannot be read.
    """
    claimed = extension(url)
    try:
        kind = content_kind(data)
        if kind not in _READERS:
            raise UnreadableAttachment(_refusal(claimed, kind))
        return _collect(_READERS[kind](data), max_chars)
    except UnreadableAttachment:
        raise
    except Exception as exc:  # any library's error on bad bytes, RecursionError and MemoryError included
        raise UnreadableAttachment(f"文件已损坏或格式不符：{_name(exc)}") from exc


def _name(exc: Exception) -> str:
    """The exception's class, with its module when the name alone says nothing (struct.error)."""
    name = type(exc).__name__
    return name if name[0].isupper() else f"{type(exc).__module__}.{name}"


def _refusal(claimed: str, kind: str) -> str:
    if kind in _REASONS:
        return _REASONS[kind]
    found = DESCRIPTIONS[kind]
    if claimed in READABLE:
        return f"扩展名为.{claimed}，实际内容为{found}"
    return f"暂不支持读取.{claimed}格式（{found}）" if claimed else f"暂不支持读取此类文件（{found}）"


def _collect(chunks: Iterable[str], max_chars: int) -> str:
    """Non-blank chunks joined by newlines, reading no further than ``max_chars``."""
    parts, size = [], 0
    for chunk in chunks:
        if chunk.strip():
            parts.append(chunk)
            size += len(chunk) + 1
        if size >= max_chars:
            break
    return "\n".join(parts)[:max_chars]
