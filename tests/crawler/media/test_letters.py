"""Letter pages are read as the cases in cases/letters.toml say, whatever the markup and label words."""
import tomllib
from pathlib import Path

import pytest

from crawler.media.letters import read_letter

CASES = tomllib.loads((Path(__file__).parent / "cases" / "letters.toml").read_text("utf-8"))["case"]
FIELDS = ("title", "received", "answered", "state", "answered_by")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_letter(case):
    letter = read_letter(case["html"])
    got = {field: str(getattr(letter, field) or "") for field in FIELDS}
    assert got == case["expect"]
