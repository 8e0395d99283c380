"""What a downloaded attachment really is, from its bytes rather than its name.

County portals serve HTML error pages under .pdf names, xlsx files renamed
.xls and WPS files under Office extensions, so the name is only a claim.
"""
from __future__ import annotations

import io
import zipfile

from crawler.attachments.errors import UnreadableAttachment

#: How a kind of content is named in a reason given to the user.
DESCRIPTIONS = {
    "pdf": "PDF文档", "docx": "Word文档", "xlsx": "Excel表格", "xls": "旧版Excel表格",
    "doc": "旧版Word文档", "ppt": "旧版PowerPoint演示文稿", "pptx": "PowerPoint演示文稿",
    "ofd": "OFD版式文档", "encrypted": "加密的Office文档", "ole2": "无法识别的Office复合文档",
    "zip": "ZIP压缩包", "rar": "RAR压缩包", "7z": "7z压缩包", "gzip": "gzip压缩包", "rtf": "RTF文档",
    "png": "PNG图片", "jpeg": "JPEG图片", "gif": "GIF图片", "tiff": "TIFF图片",
    "html": "HTML页面", "xml": "XML文本", "text": "纯文本", "empty": "空文件",
    "unknown": "无法识别的数据",
}
#: Uncompressed size above which a ZIP is not opened (a zip bomb guard).
MAX_UNZIPPED = 256 * 1024 * 1024
_OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")
_MAGIC = ((b"Rar!\x1a\x07", "rar"), (b"7z\xbc\xaf\x27\x1c", "7z"), (b"\x1f\x8b", "gzip"), (b"{\\rtf", "rtf"),
          (b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF8", "gif"), (b"II*\x00", "tiff"),
          (b"MM\x00*", "tiff"), (b"PK\x05\x06", "zip"))
_ZIP_PARTS = (("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"), ("OFD.xml", "ofd"),
              ("ppt/presentation.xml", "pptx"))
# Stream names in the directory of an OLE2 compound file (UTF-16LE, NUL-terminated).
_OLE2_STREAMS = (("Workbook", "xls"), ("Book", "xls"), ("WordDocument", "doc"),
                 ("PowerPoint Document", "ppt"), ("EncryptedPackage", "encrypted"))
_HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<script", b"<meta", b"<title",
               b"<div", b"<table", b"<p>")
_CONTROL = frozenset(range(9)) | frozenset(range(14, 27)) | frozenset(range(28, 32))


def content_kind(data: bytes) -> str:
    """The kind of ``data``: a key of DESCRIPTIONS."""
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(_OLE2):
        return _ole2_kind(data)
    if b"%PDF-" in data[:1024]:  # readers accept a PDF header after some leading junk
        return "pdf"
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None) or _text_kind(data[:1024])


def _zip_kind(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
    if sum(member.file_size for member in members) > MAX_UNZIPPED:
        raise UnreadableAttachment(f"文件解压后超过{MAX_UNZIPPED // 2**20}MB，未读取")
    names = {member.filename for member in members}
    return next((kind for part, kind in _ZIP_PARTS if part in names), "zip")


def _ole2_kind(data: bytes) -> str:
    return next((kind for name, kind in _OLE2_STREAMS if (name + "\0").encode("utf-16-le") in data), "ole2")


def _text_kind(head: bytes) -> str:
    """An error page, some other text, or bytes that are none of these."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not text:
        return "empty" if not head else "text"
    if any(byte in _CONTROL for byte in text):
        return "unknown"
    if any(mark in text for mark in _HTML_MARKS):
        return "html"
    return "xml" if text.startswith(b"<?xml") else "text"
