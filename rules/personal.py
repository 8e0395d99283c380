"""What makes a number a citizen's personal data: patterns and validators.

The privacy rules and the evidence masking share these, so a number is
masked exactly when it could be personal. Government pages are full of long
numbers that are not (文号, 索引号, 统一社会信用代码, dates, order numbers),
so a shape alone is never enough: ID numbers must carry a real province, a
plausible birth date and (18 digits) the ISO 7064 MOD 11-2 check character;
card numbers must pass the Luhn check.

Every pattern refuses numbers inside longer runs of digits or letters, or
joined to digits by a dash (360728-2024-000123). The left edge is a
lookbehind placed after the first character, so each pattern starts with a
plain character and the regex engine skips to candidates quickly. Only ASCII
digits are read.
"""
from __future__ import annotations

import re
from datetime import date
from operator import mul

_END = r"(?![0-9A-Za-z])(?!-[0-9])"
# 18 digits (the last may be X) or 15 digits.
ID_NUMBER = re.compile(r"[0-9](?<![0-9A-Za-z][0-9])(?<![0-9]-[0-9])(?:[0-9]{16}[0-9Xx]|[0-9]{14})" + _END)
# 11 digits, also 3-4-4 with one kind of separator; may follow +86 or 86.
MOBILE = re.compile(
    r"1(?:(?<![0-9A-Za-z]1)(?<![0-9]-1)|(?<=(?<![0-9A-Za-z])861)|(?<=(?<![0-9A-Za-z])86-1))"
    r"[3-9][0-9](?P<sep>[ -]?)[0-9]{4}(?P=sep)[0-9]{4}" + _END)
# 16 to 19 digits, plain or in groups of four (6222 0212 3456 7890 123).
CARD_NUMBER = re.compile(
    r"[0-9](?<![0-9A-Za-z][0-9])(?<![0-9]-[0-9])[0-9]{3}"
    r"(?:[0-9]{12,15}|(?P<sep>[ -])[0-9]{4}(?:(?P=sep)[0-9]{4}){2}(?:(?P=sep)[0-9]{1,3})?)" + _END)
_NOT_DIGIT = re.compile(r"[^0-9]")
# What may stand between a label and the number it labels: other phone numbers, punctuation.
_PHONE_FILLER = re.compile(r"[0-9 \t\-—－()（）、，,/;；:：+*＊×转]+")
_CLAUSE_BREAK = re.compile(r"[。！？!?\n]")

PROVINCES = frozenset((*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47),
                       *range(50, 55), *range(61, 66), 71, 81, 82))
ID18_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID18_CHECK = "10X98765432"
_LUHN_DOUBLE = str.maketrans("0123456789", "0246813579")  # a digit doubled, its two digits summed
CARD_PREFIXES = ("62", "4", "5", "3", "9")  # UnionPay, Visa, Mastercard, JCB/Amex, old domestic debit
ROW_REACH = 40  # characters either side that make up a number's table row (cells are lines)


def digits_of(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def birth_date_plausible(year: int, month: int, day: int, today: date | None = None) -> bool:
    """A real calendar date from 1900 up to today."""
    try:
        born = date(year, month, day)
    except ValueError:
        return False
    return year >= 1900 and born <= (today or date.today())


def id18_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of an ID number's first 17 digits."""
    return ID18_CHECK[sum(map(mul, map(int, first17), ID18_WEIGHTS)) % 11]


def id18_valid(number: str) -> bool:
    """An 18-character 公民身份号码: province, birth date and check character all valid."""
    if len(number) != 18 or not number[:17].isascii() or not number[:17].isdigit():
        return False
    return (int(number[:2]) in PROVINCES
            and birth_date_plausible(int(number[6:10]), int(number[10:12]), int(number[12:14]))
            and id18_check_char(number[:17]) == number[17].upper())


def id15_valid(number: str) -> bool:
    """A 15-digit (pre-1999) ID number: province and a 19YYMMDD birth date valid."""
    if len(number) != 15 or not number.isascii() or not number.isdigit():
        return False
    return (int(number[:2]) in PROVINCES
            and birth_date_plausible(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12])))


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check that bank card numbers carry in their last digit."""
    doubled = digits[-2::-2].translate(_LUHN_DOUBLE)
    return (sum(map(int, digits[-1::-2])) + sum(map(int, doubled))) % 10 == 0


def label_before(text: str, start: int, labels: tuple[str, ...], reach: int) -> bool:
    """One of ``labels`` within ``reach`` characters before ``start`` in the same line and
    sentence, not counting other phone numbers and punctuation between (电话：0797-4282345、138…)."""
    clause = _CLAUSE_BREAK.split(text[max(0, start - 3 * reach):start])[-1]
    window = _PHONE_FILLER.sub("", clause)[-reach:]
    return any(label in window for label in labels)


def beside_id_number(text: str, start: int, end: int, reach: int = ROW_REACH) -> bool:
    """A valid 18-digit ID number within ``reach`` characters: the same table row or record."""
    matches = ID_NUMBER.finditer(text, max(0, start - reach - 18), min(len(text), end + reach + 18))
    return any(id18_valid(m.group()) for m in matches)
