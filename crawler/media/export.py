"""A platform's back-office export: CSV (UTF-8 with or without BOM, or GBK) or .xlsx.

Platforms and offices order and name the columns as they like, and some put a
title line above the table: the header is the first row, among the first
few, that names a title and a date column (words in data/export_headers.toml);
the link column is used where there is one. Rows without a date (or without
a title and a link) are left out and counted.
"""
from __future__ import annotations

import csv
import io
import tomllib
import zipfile
from datetime import date, datetime
from functools import lru_cache
from importlib.resources import files
from urllib.parse import urljoin

import openpyxl
from openpyxl.utils.datetime import from_excel
from openpyxl.utils.exceptions import InvalidFileException

from crawler.media.records import Article, SourceError, SourceRead
from crawler.parsing.charset import decode_csv
from crawler.parsing.dates import parse_date
from crawler.urls import canonical

HEADER_ROWS = 10  # rows above the table an export may carry (its title, the date range)
FIELDS = ("title", "date", "link")


def read_export(data: bytes, base: str | None = None) -> SourceRead:
    """The export's dated rows; ``base`` is the URL it was served from, to resolve relative links."""
    rows = _rows(data)
    start, columns = _header(rows)
    articles, skipped = [], 0
    for row in rows[start + 1:]:
        if not any(_text(cell) for cell in row):
            continue
        title, day, link = (_cell(row, columns.get(field)) for field in FIELDS)
        link = _link(_text(link), base)
        title, day = _text(title) or link, _date(day)
        if day is None or not title:
            skipped += 1
            continue
        articles.append(Article(link, title, day))
    return SourceRead(tuple(articles), skipped=skipped)


def _rows(data: bytes) -> list[tuple]:
    if data.startswith(b"PK\x03\x04"):  # a zip: .xlsx
        return _xlsx_rows(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceError("导出文件是旧版.xls格式，请另存为.xlsx或CSV")
    text = _decode(data)
    if text.lstrip().startswith("<"):
        raise SourceError("返回的不是导出文件（网页），需要CSV或.xlsx")
    return [tuple(row) for row in csv.reader(io.StringIO(text), delimiter=_delimiter(text))]


def _xlsx_rows(data: bytes) -> list[tuple]:
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError):
        raise SourceError("导出文件无法打开：不是有效的.xlsx文件") from None
    rows = [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows


def _decode(data: bytes) -> str:
    """As offices save a CSV; a few bad bytes in one title must not cost the whole export."""
    try:
        return decode_csv(data)
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def _delimiter(text: str) -> str:
    """Comma, tab or semicolon: whichever the first lines use most."""
    head = "\n".join(text.splitlines()[:HEADER_ROWS])
    return max(",\t;", key=head.count)


def _header(rows: list[tuple]) -> tuple[int, dict[str, int]]:
    words = _header_words()
    for number, row in enumerate(rows[:HEADER_ROWS]):
        columns: dict[str, int] = {}
        for index, cell in enumerate(row):
            name = "".join(_text(cell).split()).lower()
            field = next((f for f in FIELDS if name in words[f]), None)
            if field is not None:
                columns.setdefault(field, index)
        if "title" in columns and "date" in columns:
            return number, columns
    raise SourceError("导出文件中没有找到“标题”和“发布时间”列")


@lru_cache(maxsize=1)
def _header_words() -> dict[str, frozenset[str]]:
    data = tomllib.loads(files("crawler.media").joinpath("data/export_headers.toml").read_text("utf-8"))
    return {field: frozenset(word.lower() for word in data[field]) for field in FIELDS}


def _cell(row: tuple, index: int | None):
    return row[index] if index is not None and index < len(row) else None


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _date(value) -> date | None:
    """A date cell: a real date (.xlsx), an Excel day number, or text in any form a portal prints."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and 20000 < value < 80000:  # 1954..2119
        return from_excel(value).date()
    return parse_date(_text(value))


def _link(text: str, base: str | None) -> str | None:
    if text.startswith(("http://", "https://")):
        return canonical(text)
    return canonical(urljoin(base, text)) if text and base else None
