"""The bulletin as one self-contained HTML page, to read in a browser or mail as is.

No external CSS, fonts or scripts: the file must open the same on an office
PC without network access. Every text is escaped; unit names come from a
profile anyone may edit.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from monitor.bulletin.chart_svg import render_svg
from monitor.bulletin.model import Bulletin, Figure
from monitor.bulletin.tables import Table

STYLE = """
body { max-width: 52em; margin: 2em auto; padding: 0 1em; color: #000;
       font: 16pt/1.75 "仿宋_GB2312", "仿宋", FangSong, STFangsong, serif; }
h1 { color: #e00; text-align: center; font: 22pt/1.4 "方正小标宋简体", "宋体", SimSun, serif; margin: 1em 0 .5em; }
h2 { font: 16pt/1.75 "黑体", SimHei, sans-serif; margin: 0; text-indent: 2em; }
h3 { text-align: center; font: 18pt/1.5 "方正小标宋简体", "宋体", SimSun, serif; margin: .3em 0 .6em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.center { text-align: center; text-indent: 0; }
p.plain { text-indent: 0; }
p.compiled { border-bottom: 2px solid #e00; padding-bottom: .3em; }
p.instructions { text-indent: 0; margin-bottom: 3em; }
p.continued { text-indent: 0; padding-left: 5em; }
.imprint { margin-top: 2em; font-size: 14pt; border-top: 1px solid #000; border-bottom: 1px solid #000; }
.imprint p { text-indent: 0; }
.imprint .issued { display: flex; justify-content: space-between; border-top: 1px solid #000; }
.attachment { margin-top: 3em; break-before: page; }
.label { font-family: "黑体", SimHei, sans-serif; text-indent: 0; }
table { border-collapse: collapse; margin: 0 auto; font-size: 12pt; line-height: 1.4; }
th, td { border: 1px solid #000; padding: .25em .5em; text-align: center; vertical-align: middle; }
th { font-weight: bold; }
"""


def write_html(bulletin: Bulletin, path: Path) -> Path:
    path.write_text(render_html(bulletin), encoding="utf-8")
    return path


def render_html(bulletin: Bulletin) -> str:
    title = "<br>".join(escape(line) for line in bulletin.title_lines)
    parts = [f"<h1>{title}</h1>"]
    if bulletin.issue:
        parts.append(_p(bulletin.issue, "center"))
    parts.append(_p(bulletin.compiled_by, "center compiled"))
    parts.append(_p(bulletin.instructions_label, "instructions"))
    for section in bulletin.sections:
        parts.append(f"<h2>{escape(section.heading)}</h2>")
        parts.extend(_p(text) for text in section.paragraphs)
    parts.extend(_p(line, "continued" if i else None) for i, line in enumerate(bulletin.attachment_lines))
    parts.append(f'<div class="imprint">{_p("主送：" + bulletin.recipients)}'
                 f'<p class="issued"><span>{escape(bulletin.issuer)}</span>'
                 f"<span>{escape(bulletin.issued_on)}印发</span></p></div>")
    parts.extend(_figure(a) if isinstance(a, Figure) else _table(a) for a in bulletin.attachments)
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(bulletin.title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            + "\n".join(parts) + "\n</body>\n</html>\n")


def _p(text: str, css: str | None = None) -> str:
    attr = f' class="{css}"' if css else ""
    return f"<p{attr}>{escape(text)}</p>"


def _figure(figure: Figure) -> str:
    return (f'<section class="attachment">{_p(figure.label, "label")}<h3>{escape(figure.title)}</h3>\n'
            f"{render_svg(figure.chart)}</section>")


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(cell)}</th>" for cell in table.header)
    body = "\n".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
                     for row in table.rows)
    return (f'<section class="attachment">{_p(table.label, "label")}<h3>{escape(table.title)}</h3>\n'
            f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table></section>")
