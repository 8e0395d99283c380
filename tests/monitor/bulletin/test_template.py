"""The Word template: the shipped one is the builder's, an office's edits carry through, bad ones fail in one line."""
from __future__ import annotations

import zipfile
from datetime import date

import pytest
from docx import Document
from docx.shared import RGBColor

from monitor.bulletin import BulletinOptions, TemplateProblem, build_bulletin, write_bulletin
from monitor.bulletin.docx_writer import DEFAULT_TEMPLATE
from monitor.bulletin.template_builder import build_template
from monitor.periods import parse_period
from monitor.stats_model import PeriodStats, Totals, UnitStats
from support import run_cli

STATS = PeriodStats("定南县人民政府门户网站", parse_period("2024-02"), Totals(22, 51, 900, 20),
                    [UnitStats("金融服务中心", "department", 240, 22, 51, 1)], 0)
DOC = build_bulletin(STATS, BulletinOptions(issue_date=date(2024, 3, 15)))


def test_the_shipped_template_is_what_the_builder_makes(tmp_path):
    fresh = build_template(tmp_path / "fresh.docx")
    for part in ("word/document.xml", "word/styles.xml", "word/footer1.xml", "word/fontTable.xml"):
        with zipfile.ZipFile(fresh) as built, zipfile.ZipFile(DEFAULT_TEMPLATE) as shipped:
            assert built.read(part) == shipped.read(part), part


def test_an_office_edited_template_is_followed(tmp_path):
    edited = Document(str(DEFAULT_TEMPLATE))
    edited.styles["版头"].font.color.rgb = RGBColor(0xC0, 0, 0)
    edited.styles["通报正文"].font.size = None
    next(p for p in edited.paragraphs if p.text == "领导批示：").text = "县领导批示："
    edited.save(tmp_path / "ours.docx")
    out = Document(str(write_bulletin(DOC, tmp_path / "out", template=tmp_path / "ours.docx")["docx"]))
    texts = [p.text for p in out.paragraphs]
    assert "县领导批示：" in texts and "领导批示：" not in texts
    assert out.paragraphs[0].style.font.color.rgb == RGBColor(0xC0, 0, 0)
    assert out.tables[0].rows[1].cells[1].text == "金融服务中心"


def test_a_template_without_the_styles_names_what_is_missing(tmp_path):
    Document().save(tmp_path / "plain.docx")
    with pytest.raises(TemplateProblem) as raised:
        write_bulletin(DOC, tmp_path / "out", template=tmp_path / "plain.docx")
    message = str(raised.value)
    assert "plain.docx lacks the styles 版头、期号" in message and "\n" not in message


def test_a_file_that_is_not_a_docx_is_refused(tmp_path):
    (tmp_path / "template.docx").write_bytes(b"WPS 2019 document")
    with pytest.raises(TemplateProblem, match=r"template\.docx is not a readable \.docx"):
        write_bulletin(DOC, tmp_path / "out", template=tmp_path / "template.docx")


def test_a_broken_field_is_reported_with_the_template(tmp_path):
    broken = Document(str(DEFAULT_TEMPLATE))
    next(p for p in broken.paragraphs if p.text == "{%p endif %}").text = "{%p end if %}"
    broken.save(tmp_path / "broken.docx")
    with pytest.raises(TemplateProblem, match=r"broken\.docx: .*"):
        write_bulletin(DOC, tmp_path / "out", template=tmp_path / "broken.docx")


def test_the_template_command_writes_the_shipped_template(tmp_path):
    result = run_cli("template", str(tmp_path / "通报模板.docx"))
    assert (tmp_path / "通报模板.docx").read_bytes() == DEFAULT_TEMPLATE.read_bytes()
    assert 'template = "通报模板.docx"' in result.stdout
    refused = run_cli("template", str(tmp_path / "模板.doc"), check=False)
    assert (refused.returncode, refused.stderr.strip()) == (
        2, f"portal-monitor: error: {tmp_path / '模板.doc'}: the template must be saved as .docx")
