"""Back-office exports are read as the cases in cases/exports.toml say: columns found by their header words."""
import io
import tomllib
from pathlib import Path

import openpyxl
import pytest

from crawler.media.export import read_export
from crawler.media.records import SourceError

CASES = tomllib.loads((Path(__file__).parent / "cases" / "exports.toml").read_text("utf-8"))["case"]


def export_bytes(case: dict) -> bytes:
    """The file as the platform would hand it over."""
    if case["format"] == "csv":
        return case["text"].encode(case["encoding"])
    book = openpyxl.Workbook()
    for row in case.get("rows", []):
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    data = out.getvalue()
    return data if case["format"] == "xlsx" else data[:len(data) // 2]  # broken-xlsx: cut in the middle


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_export(case):
    if "error" in case:
        with pytest.raises(SourceError) as raised:
            read_export(export_bytes(case), case.get("base"))
        assert str(raised.value) == case["error"]
        return
    read = read_export(export_bytes(case), case.get("base"))
    got = [[a.url or "", a.title, a.pub_date.isoformat()] for a in read.articles]
    assert (got, read.skipped) == (case["articles"], case["skipped"])
