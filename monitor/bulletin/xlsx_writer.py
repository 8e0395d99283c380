"""Every table of the bulletin as one sheet of an .xlsx, for offices that re-sort and sum them.

Counts and quotas are numbers, ratios are numbers with a percent format, so
Excel/WPS can compute with them. A ratio is stored rounded half up to the
digits shown (0.2125 -> 0.213, shown 21.3%): the sheet then agrees with the
printed bulletin even when someone widens the format or sums the column.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from monitor.bulletin.model import Bulletin
from monitor.bulletin.tables import Cell, Percent, Table

PERCENT_FORMAT, PERCENT_STEP = "0.0%", Decimal("0.001")  # 21.3%: one decimal, as printed
QUOTA_STEP = Decimal("0.01")  # 7.5, 8.33: as printed
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
_EDGE = Side(style="thin")
_GRID = Border(left=_EDGE, right=_EDGE, top=_EDGE, bottom=_EDGE)
_CHARS_PER_MM = 0.6  # Excel widths count digits of the default font, about 1.7 mm each


def write_xlsx(bulletin: Bulletin, path: Path) -> Path:
    book = Workbook()
    book.remove(book.active)
    for table in bulletin.tables:
        _sheet(book.create_sheet(_sheet_name(table)), table)
    book.save(path)
    return path


def _sheet_name(table: Table) -> str:
    """附件1 县直部门政府信息公开情况, within Excel's 31 characters and allowed signs."""
    return f"{table.label} {table.title}".translate(_SHEET_FORBIDDEN)[:31]


def _sheet(sheet: Worksheet, table: Table) -> None:
    """The title over the table, the header row bold and frozen, every cell in a grid."""
    width = len(table.header)
    sheet.append([table.title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet["A1"].font, sheet["A1"].alignment = Font(bold=True, size=14), Alignment(horizontal="center")
    sheet.append(table.header)
    for row in table.values or table.rows:
        sheet.append([_value(cell) for cell in row])
        for cell, value in zip(sheet[sheet.max_row], row):
            if isinstance(value, Percent):
                cell.number_format = PERCENT_FORMAT
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.border, cell.alignment = _GRID, Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.font = Font(bold=cell.row == 2)
    sheet.freeze_panes = "A3"
    for i, mm in enumerate(table.widths, 1):
        sheet.column_dimensions[get_column_letter(i)].width = round(mm * _CHARS_PER_MM, 1)


def _value(cell: Cell) -> str | int | float:
    """Numbers as numbers; a missing quota or ratio is — as printed (text, which SUM skips), never a 0."""
    if isinstance(cell, Percent):
        cell = cell.value if cell.value is None else _rounded(cell.value, PERCENT_STEP)
    elif isinstance(cell, Fraction):
        cell = _rounded(cell, QUOTA_STEP)
    return "—" if cell is None else cell


def _rounded(value: Fraction, step: Decimal) -> int | float:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    rounded = exact.quantize(step, rounding=ROUND_HALF_UP)
    return int(rounded) if rounded == rounded.to_integral_value() else float(rounded)
