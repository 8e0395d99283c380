"""Reading attachment text for the privacy checks: what is read, and why the rest is not."""
from __future__ import annotations

import datetime
import io
import random
import re
import zipfile

import docx
import pytest

from crawler import attachments
from crawler.attachments import READABLE, UnreadableAttachment, extension, extract_text
from monitor.sampleportal.attachments import make_docx, make_pdf, make_xlsx, sample_xls, valid_id

PERSON = "张三 360702199001011234 13907971234"
OLE2 = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)


def ole2_with_stream(name: str) -> bytes:
    """An OLE2 compound file as far as sniffing goes: the magic and a directory entry name."""
    return OLE2 + (name + "\0").encode("utf-16-le") + bytes(64)


def zip_of(*names: str, content: str = "<x/>") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            archive.writestr(name, content)
    return buffer.getvalue()


def refusal(data: bytes, url: str) -> str:
    with pytest.raises(UnreadableAttachment) as caught:
        extract_text(data, url)
    return str(caught.value)


@pytest.mark.parametrize(("url", "ext"), [
    ("http://www.dingnan.gov.cn/zwgk/P020240215123.PDF", "pdf"),
    ("http://x.gov.cn/a.xls?name=b.doc#c.ofd", "xls"),
    ("http://x.gov.cn/%E5%90%8D%E5%8D%95.xlsx", "xlsx"),
    ("http://x.gov.cn/a.pdf;jsessionid=0A1B", "pdf"),
    ("http://x.gov.cn/download.jsp?file=a.pdf", "jsp"),
    ("http://x.gov.cn/files.v2/download", ""),
    ("http://x.gov.cn/", ""),
    ("http://[::1/a.pdf", ""),
])
def test_extension_is_that_of_the_url_path(url, ext):
    assert extension(url) == ext


def test_readable_extensions():
    assert READABLE == ("pdf", "docx", "xlsx", "xls")


# --- what is read --------------------------------------------------------------------------

def test_pdf_text_is_every_line_of_every_page():
    lines = ["定南县2024年第一季度临时救助公示", PERSON] + [f"第{n}户 补助1200元" for n in range(83)]
    assert extract_text(make_pdf(lines), "http://x.gov.cn/P0.pdf") == "\n".join(lines)


def test_pdf_reading_stops_after_max_pages(monkeypatch):
    monkeypatch.setattr(attachments.pdf, "MAX_PAGES", 2)
    lines = [f"第{page}页" for page in range(3) for _ in range(40)]
    assert extract_text(make_pdf(lines), "a.pdf") == "\n".join(lines[:80])


def test_pdf_behind_a_bom_and_blank_lines_is_read():
    assert extract_text(b"\xef\xbb\xbf\r\n  " + make_pdf([PERSON]), "a.pdf") == PERSON


def test_pdf_without_text_layer_gives_empty_text():
    assert extract_text(make_pdf([]), "scan.pdf") == ""


def test_pdf_with_only_an_owner_password_is_read():
    assert extract_text(make_pdf([PERSON], encrypt_password=""), "a.pdf") == PERSON


def test_pdf_with_a_user_password_is_refused():
    assert refusal(make_pdf([PERSON], encrypt_password="dn2024"), "a.pdf") == "PDF已加密，无法读取"


def test_docx_text_is_paragraphs_then_table_rows_tab_separated():
    data = make_docx(["关于2024年低保对象的公示", "公示期7天。"],
                     [["姓名", "身份证号码", "联系电话"], ["张三", "360702199001011234", "13907971234"]])
    assert extract_text(data, "a.docx") == (
        "关于2024年低保对象的公示\n公示期7天。\n姓名\t身份证号码\t联系电话\n张三\t360702199001011234\t13907971234")


def test_xlsx_keeps_text_ids_and_prints_whole_numbers_without_decimals():
    data = make_xlsx([["姓名", "身份证号码", "联系电话", "金额"],
                      ["张三", "360702199001011234", 13907971234, 1200.0],
                      ["李四", None, 13807971234.0, 850.5]])
    assert extract_text(data, "a.xlsx") == (
        "姓名\t身份证号码\t联系电话\t金额\n张三\t360702199001011234\t13907971234\t1200\n李四\t13807971234\t850.5")


def test_docx_merged_cell_is_read_once_per_row():
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "张三"
    table.cell(0, 2).text = "13907971234"
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_text(buffer.getvalue(), "a.docx") == "张三\t13907971234"


def test_xlsx_dates_read_as_dates():
    data = make_xlsx([["公示日期", datetime.datetime(2024, 3, 1)], ["截止", datetime.datetime(2024, 3, 8, 17, 30)]])
    assert extract_text(data, "a.xlsx") == "公示日期\t2024-03-01\n截止\t2024-03-08 17:30:00"


def test_xls_reads_the_shipped_gongshi_list_with_numbers_as_digits():
    lines = extract_text(sample_xls(), "http://x.gov.cn/P0.xls").split("\n")
    assert lines[:2] == ["序号\t姓名\t身份证号码\t联系电话\t补助金额",
                         "1\t钟秀英\t360729195603120243\t13907971234\t1200"]
    assert lines[3] == "3\t曾小红\t360702197908230469\t18607975678\t850.5"
    assert len(lines) == 7


def test_shipped_gongshi_list_holds_valid_fake_ids_and_mobiles():
    rows = [line.split("\t") for line in extract_text(sample_xls(), "a.xls").split("\n")[1:]]
    assert [valid_id(r[2][:6], r[2][6:14], r[2][14:17]) for r in rows] == [r[2] for r in rows]
    assert all(r[2].startswith("3607") and re.fullmatch(r"1[3-9]\d{9}", r[3]) for r in rows)


def test_valid_id_appends_the_mod_11_2_check_digit():
    assert valid_id("110105", "19491231", "002") == "11010519491231002X"  # the GB 11643 example
    assert valid_id("360729", "19560312", "024") == "360729195603120243"


@pytest.mark.parametrize(("data", "url", "text"), [
    (make_xlsx([["张三", "360702199001011234"]]), "a.xls", "张三\t360702199001011234"),
    (make_xlsx([["张三", "360702199001011234"]]), "a.et", "张三\t360702199001011234"),
    (make_docx([PERSON]), "a.pdf", PERSON),
    (make_pdf([PERSON]), "http://x.gov.cn/download.jsp?id=7", PERSON),
])
def test_readable_content_under_another_name_is_read(data, url, text):
    assert extract_text(data, url) == text


def test_xls_content_under_an_xlsx_name_is_read():
    assert extract_text(sample_xls(), "a.xlsx").split("\n")[0] == "序号\t姓名\t身份证号码\t联系电话\t补助金额"


def test_text_is_cut_at_max_chars():
    assert extract_text(make_pdf(["一二三四五", "六七八九十"]), "a.pdf", max_chars=7) == "一二三四五\n六"
    assert extract_text(sample_xls(), "a.xls", max_chars=13) == "序号\t姓名\t身份证号码\t联"


# --- why the rest is not -------------------------------------------------------------------

@pytest.mark.parametrize(("data", "reason"), [
    (b"<!DOCTYPE html><html><head><title>404</title></head></html>", "扩展名为.pdf，实际内容为HTML页面"),
    ("\ufeff\n  <html><body>文件不存在</body></html>".encode(), "扩展名为.pdf，实际内容为HTML页面"),
    ('{"code": 404, "msg": "文件不存在"}'.encode(), "扩展名为.pdf，实际内容为纯文本"),
    (b"", "文件为空"),
])
def test_error_pages_under_a_pdf_name_are_named_for_what_they_are(data, reason):
    assert refusal(data, "http://x.gov.cn/P0.pdf?id=3") == reason


def test_truncated_pdf_is_refused_as_incomplete():
    data = make_pdf([PERSON] * 50)
    assert refusal(data[:len(data) // 2], "a.pdf") == "PDF文件不完整，可能下载中断"


@pytest.mark.parametrize(("data", "url", "reason"), [
    (zip_of("readme.txt"), "a.docx", "扩展名为.docx，实际内容为ZIP压缩包"),
    (zip_of("OFD.xml", "Doc_0/Document.xml"), "a.ofd", "暂不支持读取.ofd格式（OFD版式文档）"),
    (zip_of("ppt/presentation.xml"), "a.pptx", "暂不支持读取.pptx格式（PowerPoint演示文稿）"),
    (ole2_with_stream("WordDocument"), "a.doc", "暂不支持读取.doc格式（旧版Word文档）"),
    (ole2_with_stream("WordDocument"), "a.wps", "暂不支持读取.wps格式（旧版Word文档）"),
    (ole2_with_stream("WordDocument"), "a.xls", "扩展名为.xls，实际内容为旧版Word文档"),
    (ole2_with_stream("EncryptedPackage"), "a.xlsx", "Office文档已加密，无法读取"),
    (OLE2, "a.et", "暂不支持读取.et格式（无法识别的Office复合文档）"),
    (b"Rar!\x1a\x07\x00" + bytes(40), "a.rar", "暂不支持读取.rar格式（RAR压缩包）"),
    (b"\x89PNG\r\n\x1a\n" + bytes(40), "a.jpg", "暂不支持读取.jpg格式（PNG图片）"),
    (b"{\\rtf1\\ansi}", "a.doc", "暂不支持读取.doc格式（RTF文档）"),
    (b"\x00\x01\x02\x03", "http://x.gov.cn/download?id=9", "暂不支持读取此类文件（无法识别的数据）"),
])
def test_unsupported_content_is_refused_naming_the_type(data, url, reason):
    assert refusal(data, url) == reason


def test_library_errors_become_unreadable_with_the_error_class():
    assert refusal(zip_of("word/document.xml"), "a.docx") == "文件已损坏或格式不符：KeyError"


def test_zip_that_unpacks_too_large_is_not_opened(monkeypatch):
    monkeypatch.setattr(attachments.sniff, "MAX_UNZIPPED", 2**20)
    bomb = zip_of("[Content_Types].xml", "word/document.xml", content=" " * 2**19 + "<x/>")
    assert refusal(bomb, "a.docx") == "文件解压后超过1MB，未读取"


EXTENSIONS = READABLE + ("doc", "wps", "ofd", "et", "zip", "")
PREFIXES = (b"", b"%PDF-1.4\n", b"PK\x03\x04", OLE2[:8])


def test_random_bytes_are_always_refused_with_unreadable_attachment():
    rng = random.Random(1)
    for index in range(200):
        prefix = PREFIXES[index % len(PREFIXES)]
        data = prefix + rng.randbytes(rng.randrange(2000)) + (b"%%EOF" if prefix.startswith(b"%PDF") else b"")
        with pytest.raises(UnreadableAttachment):
            extract_text(data, f"http://x.gov.cn/f{index}.{EXTENSIONS[index % len(EXTENSIONS)]}")


def test_damaged_real_files_give_text_or_unreadable_attachment_only():
    rng = random.Random(1)
    originals = [make_pdf([PERSON] * 45), make_docx([PERSON], [["a", "b"]]),
                 make_xlsx([["张三", 13907971234]]), sample_xls()]
    for index in range(200):
        data = bytearray(originals[index % len(originals)])
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            assert isinstance(extract_text(bytes(data), f"f.{READABLE[index % 4]}"), str)
        except UnreadableAttachment:
            pass
