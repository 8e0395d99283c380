"""Word and Excel text, one line per paragraph or table row, cells joined by tabs.

Numbers print as Excel shows them, so a mobile stored as a number reads
13807971234, not 13807971234.0, and the privacy patterns still match it.
"""
from __future__ import annotations

import datetime
import io
import itertools
from collections.abc import Iterable, Iterator

import docx
import openpyxl
import xlrd
from docx.table import Table

_XLS_VALUES = (xlrd.XL_CELL_TEXT, xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_BOOLEAN)


def docx_lines(data: bytes) -> Iterator[str]:
    """Body paragraphs and table rows in document order (a merged cell once per row)."""
    for block in docx.Document(io.BytesIO(data)).iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:  # a horizontally merged cell repeats in row.cells
                yield "\t".join(cell.text for cell, _ in itertools.groupby(row.cells))
        else:
            yield block.text


def xlsx_lines(data: bytes) -> Iterator[str]:
    """Every row of every sheet, cached formula results rather than formulas."""
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # some writers declare a wrong sheet size
            yield from (_row_line(row) for row in sheet.iter_rows(values_only=True))
    finally:
        book.close()


def xls_lines(data: bytes) -> Iterator[str]:
    """Every row of every sheet of a BIFF workbook, loading one sheet at a time."""
    book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO(),
                              ignore_workbook_corruption=True)
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            yield from (_row_line(_xls_value(cell, book.datemode) for cell in sheet.row(row))
                        for row in range(sheet.nrows))
            book.unload_sheet(index)
    finally:
        book.release_resources()


def _xls_value(cell: xlrd.sheet.Cell, datemode: int) -> object:
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode)
        except xlrd.xldate.XLDateError:
            return cell.value
    return cell.value if cell.ctype in _XLS_VALUES else None


def _row_line(values: Iterable[object]) -> str:
    texts = (cell_text(value) for value in values if value is not None)
    return "\t".join(text for text in texts if text.strip())


def cell_text(value: object) -> str:
    """A cell as Excel shows it, near enough: whole floats as integers, midnight datetimes as dates."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    return str(value)
