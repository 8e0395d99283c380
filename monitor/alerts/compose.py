"""One alert email per unit: plain text and HTML alternatives, the unit's problem list attached as CSV.

Headers carry Chinese names and subjects; ``policy.SMTP`` encodes them
(RFC 2047) and the attachment's name (RFC 2231) and uses CRLF, so the
message can go to any SMTP server as it is and be saved as a .eml file.
The CSV starts with a BOM so that Excel and WPS open it as UTF-8.
"""
from __future__ import annotations

import csv
import io
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from html import escape

from monitor.alerts.letter import Item, Letter
from monitor.periods import cn_date
from monitor.profile import Profile

CSV_HEADER = ["序号", "问题类别", "严重程度", "页面标题", "页面地址", "位置", "问题", "证据", "整改期限", "是否逾期"]


def compose(letter: Letter, email: str | None, profile: Profile, now: datetime) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = letter.subject
    sender = profile.smtp.from_address if profile.smtp else None
    if sender:
        message["From"] = Address(letter.signature, addr_spec=sender)
    if email:
        message["To"] = Address(letter.recipient, addr_spec=email)
    message["Date"] = format_datetime(now.astimezone())
    message["Message-ID"] = make_msgid("alert", domain=sender.rpartition("@")[2] if sender else None)
    message.set_content(text_body(letter), cte="base64")
    message.add_alternative(html_body(letter), subtype="html", cte="base64")
    if letter.items:
        message.add_attachment(findings_csv(letter.items), maintype="text", subtype="csv",
                               filename=f"{letter.recipient}问题清单（{letter.day:%Y%m%d}）.csv",
                               params={"charset": "utf-8"})
    return message


def text_body(letter: Letter) -> str:
    lines = [f"{letter.recipient}：", ""]
    if letter.pace:
        lines += [f"　　{letter.pace}", ""]
    lines += [f"　　{letter.request}", ""]
    for n, item in enumerate(letter.items, 1):
        lines += [f"{n}. 【{item.category}】{item.problem}（{item.severity}）",
                  f"   页面：{item.title} {item.url}",
                  f"   位置：{item.place}　证据：{item.evidence}",
                  f"   整改期限：{_deadline(item)}", ""]
    if letter.items:
        lines += ["　　问题清单见附件。", ""]
    return "\n".join(lines + [letter.signature, cn_date(letter.day), ""])


def html_body(letter: Letter) -> str:
    parts = [f"<p>{escape(letter.recipient)}：</p>"]
    parts += [f'<p style="text-indent:2em">{escape(text)}</p>' for text in (letter.pace, letter.request) if text]
    if letter.items:
        parts.append('<table border="1" cellspacing="0" cellpadding="4"><tr>'
                     + "".join(f"<th>{h}</th>" for h in ("序号", "问题类别", "问题", "页面", "位置", "证据", "整改期限"))
                     + "</tr>")
        parts += [_row(n, item) for n, item in enumerate(letter.items, 1)]
        parts.append("</table><p>问题清单见附件。</p>")
    parts.append(f'<p style="text-align:right">{escape(letter.signature)}<br>{cn_date(letter.day)}</p>')
    return '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>' + "".join(parts) + "</body></html>\n"


def _row(n: int, item: Item) -> str:
    link = f'<a href="{escape(item.url)}">{escape(item.title or item.url)}</a>'
    cells = [str(n), escape(item.category), escape(f"{item.problem}（{item.severity}）"), link,
             escape(item.place), escape(item.evidence), escape(_deadline(item))]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def findings_csv(items: list[Item]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for n, i in enumerate(items, 1):
        writer.writerow([n, i.category, i.severity, i.title, i.url, i.place, i.problem, i.evidence,
                         i.deadline.isoformat(), "是" if i.overdue else "否"])
    return out.getvalue().encode("utf-8-sig")


def _deadline(item: Item) -> str:
    return cn_date(item.deadline) + ("（已逾期）" if item.overdue else "")
