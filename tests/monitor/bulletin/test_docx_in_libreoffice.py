"""The .docx bulletin opens in LibreOffice: converted to PDF headless, its first
page rendered to PNG, the Chinese text intact (needs Debian's
libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils; .ci/run installs them)."""
from __future__ import annotations

import subprocess

from docx import Document

from support import require_programs, run_cli


def test_docx_converts_to_pdf_with_its_chinese_text(sqlite_db, profile_path, tmp_path):
    require_programs("soffice", "pdftotext", "pdftoppm", "pdfimages",
                     install="apt-get install libreoffice-writer-nogui fonts-noto-cjk poppler-utils")
    run_cli("--db", sqlite_db, "bulletin", str(profile_path), "--period", "2024-06", "--out", str(tmp_path))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "bulletin-2024-06.docx")],
                   check=True, capture_output=True, timeout=120)
    pdf = tmp_path / "bulletin-2024-06.pdf"
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
                           check=True, capture_output=True, text=True).stdout
    assert "定南县政府门户网站内容保障暨" in first and "领导批示" in first
    assert "第6期（总第6期）" in first.replace(" ", "")  # -layout spaces the digits apart: 第 6 期
    everything = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "四、存在问题" in everything and "网站检查发现问题清单" in everything  # 三、: the sample's new media and letters
    assert "三、政务新媒体和互动交流情况" in everything and "政务新媒体检查情况" in everything
    assert "重点领域信息发布情况统计表" in everything and "县直部门当年信息公开完成比例" in everything
    images = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    pictures = len(Document(tmp_path / "bulletin-2024-06.docx").inline_shapes)
    assert len(images.splitlines()) - 2 == pictures == 3  # 38 departments in two pictures, 8 townships in one
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-01.png").read_bytes().startswith(b"\x89PNG")
