"""Find the line of a key in a TOML profile, for error messages.

``tomllib`` returns plain dicts without positions; profiles are simple
(``[site]``, ``[[units]]`` …, ``key = value`` lines), so one pass over the
lines is enough to map (table, index, key) to a line number.
"""
from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


class KeyLocator:
    def __init__(self, text: str):
        self._lines: dict[tuple[str, int | None, str | None], int] = {}
        counts: dict[str, int] = {}
        table, index = "", None
        for number, line in enumerate(text.splitlines(), start=1):
            if header := _HEADER.match(line):
                table = header[2]
                index = None
                if header[1] == "[[":
                    index = counts[table] = counts.get(table, -1) + 1
                self._lines.setdefault((table, index, None), number)
            elif key := _KEY.match(line):
                # a key before any header is a top-level entry: file it as a table
                place = (table, index, key[1]) if table else (key[1], None, None)
                self._lines.setdefault(place, number)

    def __call__(self, table: str, index: int | None, key: str | None) -> int | None:
        """Line of the key, else of its table header, else None."""
        return self._lines.get((table, index, key)) or self._lines.get((table, index, None))
