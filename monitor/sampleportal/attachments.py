"""Small but well-formed attachment files (PDF, DOCX, XLS) and static assets.

They are links a crawler meets and must neither count as posts nor report as
broken, so they are served with their real content types.
"""
from __future__ import annotations

import base64
import io
import posixpath
import zipfile
from functools import lru_cache

from monitor.sampleportal.model import Page
from monitor.sampleportal.posts import Post

TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
}
_PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""
_DOCX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>附件</w:t></w:r></w:p></w:body></w:document>',
}
# The OLE2 signature of a legacy .xls, padded: enough to be recognised, not parsed.
_XLS = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)
# 1x1 transparent images for the logo and the 置顶 marker.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


@lru_cache(maxsize=1)
def _docx() -> bytes:
    """A minimal valid DOCX with fixed timestamps, so builds stay identical."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _DOCX_PARTS.items():
            archive.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text)
    return buffer.getvalue()


def blob(ext: str) -> bytes:
    return {"pdf": _PDF, "docx": _docx(), "xls": _XLS}[ext]


def render_attachments(post: Post) -> dict[str, Page]:
    """The files an article links, next to it (./P0….pdf)."""
    folder = posixpath.dirname(post.path)
    pages = {}
    for name, _label in post.attachments:
        ext = name.rsplit(".", 1)[1]
        pages[f"{folder}/{name}"] = Page(blob(ext), TYPES[ext])
    return pages
