"""The personal-number validators and the masking built on them."""
from __future__ import annotations

from datetime import date

import pytest

from rules.evidence import context, mask_personal
from rules.personal import (CARD_NUMBER, ID_NUMBER, MOBILE, beside_id_number, birth_date_plausible,
                            id15_valid, id18_check_char, id18_valid, label_before, luhn_valid)


@pytest.mark.parametrize("number", [
    "11010519491231002X",  # the example of GB 11643-1999
    "360728195603120132",
    "36072819670421006X",
    "36072919710108005x",
    "820000199912200018",  # Macao
])
def test_valid_id18(number):
    assert id18_valid(number)


@pytest.mark.parametrize(("number", "why"), [
    ("360728195603120130", "wrong check digit"),
    ("440524188001010014", "born before 1900 (GB 11643 example, check digit right)"),
    ("990728198001010113", "no such province"),
    ("360728198002300115", "30 February"),
    ("360728203101010117", "born in the future"),
    ("36072819560312013", "17 characters"),
    ("11360728MB1234567X", "credit code"),
    ("３６０７２８１９５６０３１２０１３２", "full-width digits"),
])
def test_invalid_id18(number, why):
    assert not id18_valid(number), why


def test_check_char():
    assert id18_check_char("11010519491231002") == "X"
    assert id18_check_char("36072819560312013") == "2"


@pytest.mark.parametrize(("number", "valid"), [
    ("360728780512123", True),
    ("360728520816041", True),
    ("360728781312123", False),  # month 13
    ("990728780512123", False),  # no such province
    ("36072878051212", False),
])
def test_id15(number, valid):
    assert id15_valid(number) is valid


@pytest.mark.parametrize(("born", "plausible"), [
    ((2024, 2, 29), True),
    ((2023, 2, 29), False),
    ((1900, 1, 1), True),
    ((1899, 12, 31), False),
    ((2024, 6, 1), True),
    ((2024, 6, 2), False),
])
def test_birth_date_plausible(born, plausible):
    assert birth_date_plausible(*born, today=date(2024, 6, 1)) is plausible


@pytest.mark.parametrize(("digits", "valid"), [
    ("79927398713", True),
    ("79927398710", False),
    ("4111111111111111", True),
    ("6222021234567890128", True),
    ("6222021234567890129", False),
])
def test_luhn(digits, valid):
    assert luhn_valid(digits) is valid


@pytest.mark.parametrize(("text", "found"), [
    ("身份证号360728195603120132。", ["360728195603120132"]),
    ("流水号3607281956031201320001", []),
    ("编号DN360728195603120132", []),
    ("360728-2024-000123", []),
])
def test_id_number_edges(text, found):
    assert [m.group() for m in ID_NUMBER.finditer(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("手机+8613807971234", ["13807971234"]),
    ("手机86 138 0797 1234", ["138 0797 1234"]),
    ("138-0797 1234", []),
    ("受理编号2024-13807971234", []),
    ("流水号9913807971234", []),
])
def test_mobile_edges(text, found):
    assert [m.group() for m in MOBILE.finditer(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("卡号6222 0212 3456 7890 128。", ["6222 0212 3456 7890 128"]),
    ("卡号4523-4567-8901-2345", ["4523-4567-8901-2345"]),
    ("卡号6222 0212-3456 7890", []),
    ("账号36050111234567890123", []),
])
def test_card_edges(text, found):
    assert [m.group() for m in CARD_NUMBER.finditer(text)] == found


@pytest.mark.parametrize(("text", "masked"), [
    ("身份证号360728195603120132，", "身份证号3607**********0132，"),
    ("身份证号36072819670421006X", "身份证号3607**********006X"),
    ("身份证号360728780512123", "身份证号3607*******2123"),
    ("电话13807971234", "电话138****1234"),
    ("电话+86 138-0797-1234", "电话+86 138****1234"),
    ("卡号6222 0212 3456 7890 128", "卡号6222***********0128"),
    ("卡号4523456789012345", "卡号4523********2345"),
])
def test_mask_personal(text, masked):
    assert mask_personal(text) == masked


@pytest.mark.parametrize("text", [
    "索引号：360728-2024-000123",
    "索引号：11360728MB1234567X/2024-00012",
    "编号9202406010001235",  # 16 digits failing Luhn
    "身份证号360728195603120130",  # wrong check digit, fails Luhn too
    "办公电话0797-4282345",
    "赣府办字〔2024〕12号，2024年6月1日",
])
def test_mask_leaves_other_numbers(text):
    assert mask_personal(text) == text


def test_context_masks_numbers_beside_the_match():
    text = "申请人张某某，身份证号360728195603120132，手机13807971234"
    start = text.index("身份证号")
    assert context(text, start, start + 4) == "申请人张某某，【身份证号】3607**********0132，手…"


@pytest.mark.parametrize(("text", "labelled"), [
    ("联系电话：13807971234", True),
    ("咨询电话：0797-4282345、13807971234", True),
    ("联系人：张工，电话：13807971234", True),
    ("联系电话：0797-4282345。获奖群众彭某某13807971234", False),
    ("联系电话\n补助金额\n张某某\n13807971234", False),
    ("手机号码：13807971234", False),
])
def test_label_before(text, labelled):
    start = text.index("138")
    assert label_before(text, start, ("联系电话", "咨询电话", "联系人"), 12) is labelled


def test_beside_id_number():
    text = "张某某\n360728195603120132\n13807971234\n" + "说明" * 30 + "13907975678"
    assert beside_id_number(text, text.index("138"), text.index("138") + 11)
    assert not beside_id_number(text, text.index("139"), text.index("139") + 11)
