"""What an inline script says in so many words: its strings decoded, the markup it writes.

Injected scripts hide their payload from a plain search of the page source:
the target spelt with ``\\x`` or ``\\u`` escapes, the hidden link block
written by ``document.write`` in pieces, sometimes percent-encoded. The
hidden-link rules read the literal strings; code that computes them at run
time stays unread.
"""
from __future__ import annotations

import re
from typing import Iterator
from urllib.parse import unquote

_JS_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))", re.S)
_JS_CHAR = {"n": "\n", "t": "\t", "r": "\r"}
_WRITE = re.compile(r"document\.write(?:ln)?\s*\(")
_STRING = re.compile(r"""(["'])((?:\\.|(?!\1)[^\\\n])*)\1?""")


def js_unescape(text: str) -> str:
    """Backslash escapes decoded as JavaScript reads a string (\\x68, \\u0068, \\", \\/)."""
    return _JS_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if m.group(3) is None
                          else _JS_CHAR.get(m.group(3), m.group(3)), text)


def written_markup(code: str) -> Iterator[str]:
    """The markup of each ``document.write(…)`` in ``code`` that writes a link, from its string literals."""
    for call in _WRITE.finditer(code):
        markup = js_unescape("".join(_call_strings(code, call.end())))
        markup = unquote(markup) if "%3c" in markup.lower() else markup
        if "<a" in markup.lower():
            yield markup


def _call_strings(code: str, index: int) -> list[str]:
    """The string literals of the call whose arguments start at ``code[index]``, up to its closing parenthesis."""
    parts, depth = [], 1
    while depth and index < len(code):
        string = _STRING.match(code, index)
        if string:
            parts.append(string.group(2))
            index = string.end()
            continue
        depth += {"(": 1, ")": -1}.get(code[index], 0)
        index += 1
    return parts
