"""Attachment files (PDF, DOCX, XLSX, XLS) and static assets of the sample portal.

They are links a crawler meets and must neither count as posts nor report as
broken, so they are served with their real content types.  The builders make
real files with planted text (a 公示 list with ID numbers and mobiles) for the
attachment reader to find: PDF is written by hand with the reader's built-in
宋体, so nothing is embedded; .xls cannot be written without an unmaintained
library, so one file made once ships in files/ (see files/README.md).
"""
from __future__ import annotations

import base64
import datetime
import io
import posixpath
import zipfile
from functools import lru_cache
from importlib import resources

import docx
import openpyxl
from openpyxl.writer.excel import ExcelWriter
from pypdf import PdfReader, PdfWriter

from monitor.sampleportal.model import Page
from monitor.sampleportal.posts import Post

TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_DOCX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>附件</w:t></w:r></w:p></w:body></w:document>',
}
# 1x1 transparent images for the logo and the 置顶 marker.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_LINES_PER_PAGE = 40
# Type0 font, its CID font and descriptor: objects 3, 4 and 5 of every PDF made here.
_PDF_FONT = (
    b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
    b" /DescendantFonts [4 0 R] >>",
    b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
    b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>"
    b" /FontDescriptor 5 0 R /DW 1000 >>",
    b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900]"
    b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
)


@lru_cache(maxsize=1)
def _docx() -> bytes:
    """A minimal valid DOCX with fixed timestamps, so builds stay identical."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _DOCX_PARTS.items():
            archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), text)
    return buffer.getvalue()


@lru_cache(maxsize=None)
def blob(ext: str) -> bytes:
    """The stock attachment of each type: real, readable, and free of problems."""
    if ext == "pdf":
        return make_pdf(["附件", "具体内容详见正文。"])
    if ext == "xls":
        return resources.files("monitor.sampleportal").joinpath("files/stock.xls").read_bytes()
    return _docx()


def render_attachments(post: Post) -> dict[str, Page]:
    """The files an article links, next to it (./P0….pdf): its own ``files`` or stock ones."""
    folder = posixpath.dirname(post.path)
    pages = {}
    for name, _label in post.attachments:
        ext = name.rsplit(".", 1)[1]
        body = post.files[name] if name in post.files else blob(ext)
        pages[f"{folder}/{name}"] = Page(body, TYPES.get(ext, "application/octet-stream"))
    return pages



def valid_id(prefix6: str, birth: str, seq3: str) -> str:
    """A made-up 18-digit ID number: area, YYYYMMDD, sequence, ISO 7064 MOD 11-2 check digit."""
    body = f"{prefix6}{birth}{seq3}"
    if len(body) != 17 or not body.isdigit():
        raise ValueError(f"need 6 + 8 + 3 digits, got {body!r}")
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, _ID_WEIGHTS)) % 11]


def make_pdf(lines: list[str], encrypt_password: str | None = None) -> bytes:
    """A PDF showing ``lines``, 40 a page.

    With ``encrypt_password`` it is AES-128 encrypted with that user password;
    "" gives an owner-password-only PDF, which opens without a password.
    """
    pages = [lines[i:i + _LINES_PER_PAGE] for i in range(0, len(lines), _LINES_PER_PAGE)] or [[]]
    kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(), *_PDF_FONT]
    for index, page in enumerate(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources"
                       f" << /Font << /F1 3 0 R >> >> /Contents {7 + 2 * index} 0 R >>".encode())
        objects.append(_stream(_page_content(page)))
    data = _pdf_file(objects)
    return data if encrypt_password is None else _encrypted(data, encrypt_password)


def _page_content(lines: list[str]) -> bytes:
    """Lines 18 pt apart from the top left, each a UTF-16BE hex string."""
    shown = "\nT*\n".join(f"<{line.encode('utf-16-be').hex().upper()}> Tj" for line in lines)
    return f"BT\n/F1 12 Tf\n18 TL\n50 790 Td\n{shown}\nET\n".encode("ascii")


def _stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)


def _pdf_file(objects: list[bytes]) -> bytes:
    """Numbers ``objects`` from 1 and adds the cross-reference table and trailer."""
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@lru_cache(maxsize=16)
def _encrypted(data: bytes, user_password: str) -> bytes:
    """Cached: pypdf draws a random file ID and AES IVs, and a site built twice must serve equal bytes."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=user_password or "dingnan-owner",
                   algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_docx(paragraphs: list[str], table: list[list[str]] = ()) -> bytes:
    """A Word document: the paragraphs, then ``table`` (rows of cell texts) if any."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=max(map(len, table)))
        for row, values in zip(grid.rows, table):
            for cell, value in zip(row.cells, values):
                cell.text = value
    document.core_properties.created = document.core_properties.modified = datetime.datetime(2024, 1, 1)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_times(buffer.getvalue())


def make_xlsx(rows: list[list[object]]) -> bytes:
    """A one-sheet workbook; cells keep their Python types (str stays text, int a number)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "公示名单"
    for row in rows:
        sheet.append(list(row))
    book.properties.created = book.properties.modified = datetime.datetime(2024, 1, 1)
    buffer = io.BytesIO()
    ExcelWriter(book, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()  # book.save() stamps "now"
    return _fixed_times(buffer.getvalue())


def _fixed_times(data: bytes) -> bytes:
    """The same ZIP with every member dated 2024-01-01, so builds stay identical."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(zipfile.ZipInfo(info.filename, _ZIP_TIME), source.read(info))
    return buffer.getvalue()


def sample_xls() -> bytes:
    """files/gongshi.xls: a BIFF8 公示 list of six made-up people (IDs as text, mobiles as numbers)."""
    return resources.files("monitor.sampleportal").joinpath("files/gongshi.xls").read_bytes()
