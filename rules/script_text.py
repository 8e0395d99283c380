"""What an inline script says in so many words: its strings decoded, the markup it writes.

Injected scripts hide their payload from a plain search of the page source:
the target spelt with ``\\x`` or ``\\u`` escapes, the hidden link block
written by ``document.write`` in pieces, sometimes percent-encoded. The
hidden-link rules read the literal strings; code that computes them at run
time stays unread.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator
from urllib.parse import unquote

_JS_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))", re.S)
_JS_CHAR = {"n": "\n", "t": "\t", "r": "\r"}
_WRITE = re.compile(r"document\.write(?:ln)?\s*\(")
_COMMENT = re.compile(r"/\*.*?\*/|^[ \t]*(?://|<!--|-->)[^\n]*", re.S | re.M)
_NAMED = re.compile(r"function\s+([\w$]+)\s*\([^)]*\)\s*$")
_EVENT = re.compile(r"(?:click|change|submit|mouse\w*|touch\w*|key\w*)\b[^;{}]*function\s*\([^)]*\)\s*$", re.I)
_BRACE = re.compile(r"[{}]")
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


def prepared(code: str) -> str:
    """Inline code without comments (old redirects are often commented out), string escapes decoded."""
    return js_unescape(_COMMENT.sub("", code))


def may_act(code: str) -> bool:
    """False when no redirect, loader or referrer check can be read in ``code``, even once prepared.

    Preparing drops comments and decodes escapes; only a ``/* */`` comment
    or an escape can bring these words together where the code has none."""
    code = code.lower()
    return any(word in code for word in ("location", "open", "src", "referrer", "\\", "/*"))


def page_code(inline: list[str], handlers: list[str]) -> Callable[[], str]:
    """All the page's code, prepared: its inline scripts and event handlers, read when first asked for.

    Only a redirect inside a named function needs it (is the function called?)."""
    read: list[str] = []

    def code() -> str:
        if not read:
            read.append("\n".join([*map(prepared, inline), *handlers]))
        return read[0]
    return code


def runs_unprompted(code: str, at: int, calls: Callable[[], str]) -> bool:
    """False when ``code[at:]`` sits in an event handler or a named function no script calls.

    ``calls()`` gives all the page's prepared code (:func:`page_code`)."""
    for opener in _enclosing_blocks(code, at):
        head = code[max(0, opener - 160):opener]
        named = _NAMED.search(head)
        if _EVENT.search(head) or (named and not _called(named.group(1), calls())):
            return False
    return True


def _called(name: str, calls: str) -> bool:
    """True when ``name`` occurs in the page's scripts besides its own declaration."""
    return len(re.findall(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", calls)) > 1


def _enclosing_blocks(code: str, at: int) -> Iterator[int]:
    """Offsets of the unclosed ``{`` before ``at``, innermost first (braces in strings not excluded)."""
    depth = 0
    for brace in reversed([match.start() for match in _BRACE.finditer(code, 0, at)]):
        if code[brace] == "}":
            depth += 1
        elif depth:
            depth -= 1
        else:
            yield brace
