"""``audit.html``: the audit report as one self-contained page in plain official Chinese.

One file, inline CSS, no script, every value escaped: it is mailed around and
opened offline. Category names a later check adds and this table does not
know yet show as their id rather than being left out.
"""
from __future__ import annotations

from html import escape

from rules.base import PLACE_NAMES, SEVERITY_NAMES

CATEGORY_NAMES = {
    "sensitive": "敏感内容", "spam": "垃圾广告", "hidden_link": "暗链", "expression": "严重表述错误",
    "typo": "错别字", "wrong_region": "地区名称错误", "privacy": "隐私泄露", "broken_link": "不可用链接",
    "stale_column": "栏目更新不及时", "empty_column": "空白栏目", "site_stale": "首页更新不及时",
}
KIND_NAMES = {"department": "县直部门", "township": "乡镇（街道）"}
STATUS_NAMES = {"open": "未整改", "fixed": "已整改"}
CSS = """body{font-family:"Microsoft YaHei","SimSun",sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{font-size:1.6em;text-align:center}h2{font-size:1.2em;border-bottom:2px solid #b22;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #999;padding:.3em .5em;font-size:.9em;
vertical-align:top}th{background:#f2e6e6}td.n{text-align:right}.veto{color:#b00;font-weight:bold}
.small{color:#666;font-size:.85em}.evidence{background:#fff6d5}"""


def category_name(category: str) -> str:
    return CATEGORY_NAMES.get(category, category)


def render(report: dict) -> str:
    site = report["site"]
    parts = [f"<h1>{escape(site['name'])}网站检查报告</h1>", _basics(report), _summary(report),
             _units(report), _others(report), _findings(report), _notices(report), _limits()]
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(site['name'])}网站检查报告</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(parts) + "\n</body>\n</html>\n")


def _table(head: list[str], rows: list[list[str]]) -> str:
    """Cells are HTML already escaped by the caller."""
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(row) + "</tr>" for row in rows)
    return f"<table><tr>{header}</tr>{body}</table>"


def _td(value, number: bool = False) -> str:
    return f'<td class="n">{value}</td>' if number else f"<td>{escape(str(value))}</td>"


def _basics(report: dict) -> str:
    site, crawl = report["site"], report["crawl"]
    url = escape(site["start_url"])
    return ("<h2>一、基本情况</h2>"
            f'<p>网站地址：<a href="{url}">{url}</a>　所属地区：{escape(site["region"])}　'
            f"检查截止日期：{escape(report['as_of'])}</p>"
            f"<p>本次抓取页面 {crawl.get('pages', 0)} 个，其中文章 {crawl.get('articles', 0)} 篇、"
            f"栏目列表页 {crawl.get('list_pages', 0)} 个；识别栏目 {len(report['columns'])} 个、"
            f"责任单位 {len(report['units']) - 1} 个。</p>")


def _summary(report: dict) -> str:
    summary, severities = report["summary"], report["severities"]
    rows = [[_td(category_name(c)), *(_td(cells[s], True) for s in severities), _td(cells["total"], True)]
            for c, cells in summary["by_category"].items()]
    rows.append([_td("合计"), *(_td(summary["by_severity"][s], True) for s in severities),
                 _td(summary["open"], True)])
    head = ["问题类别", *(SEVERITY_NAMES[s] for s in severities), "合计"]
    return ("<h2>二、问题汇总</h2>" f"<p>发现未整改问题 {summary['open']} 条（另有已整改 {summary['fixed']} 条）。</p>"
            + _table(head, rows))


def _units(report: dict) -> str:
    rows = []
    for unit in report["units"]:
        problems = "；".join(f"{category_name(c)} {n}" for c, n in unit["findings"].items()) or "无"
        rows.append([_td(unit["name"] or "未归属单位"), _td(KIND_NAMES.get(unit["kind"], "—")),
                     _td("、".join(unit["forms"]) or "—"), _td(unit["posts_year"], True),
                     _td(unit["posts_recent"], True), _td(problems)])
    year = report["as_of"][:4]
    head = ["单位", "类型", "网站上出现的其他名称", f"{year}年发布", "近30天发布", "问题（按类别）"]
    return "<h2>三、各单位情况</h2>" + _table(head, rows)


def _others(report: dict) -> str:
    if not report["other_sources"]:
        return ""
    names = "、".join(f"{escape(o['name'])}（{o['posts']}篇）" for o in report["other_sources"])
    return ("<p class=\"small\">以下发布机构或来源署名未对应到任何信息公开目录，未作为责任单位统计，"
            f"请核实是否应列为责任单位：{names}。</p>")


def _findings(report: dict) -> str:
    rows = []
    for r in report["findings"]:
        severity = f'<td class="{"veto" if r["severity"] == "veto" else ""}">{escape(SEVERITY_NAMES[r["severity"]])}</td>'
        page = f'<td><a href="{escape(r["page_url"])}">{escape(r["title"] or r["page_url"])}</a>'
        if r["url"] != r["page_url"]:
            page += f'<br><span class="small">{escape(r["url"])}</span>'
        times = f"（{r['count']}处）" if r["count"] > 1 else ""
        rows.append([_td(category_name(r["category"])), severity, _td(r["unit"] or "未归属单位"), page + "</td>",
                     _td(PLACE_NAMES.get(r["place"], r["place"])), _td((r["detail"] or r["matched"]) + times),
                     f'<td class="evidence">{escape(r["evidence"])}</td>', _td(STATUS_NAMES[r["status"]])])
    head = ["类别", "性质", "单位", "页面", "位置", "问题", "证据", "状态"]
    return "<h2>四、问题明细</h2>" + (_table(head, rows) if rows else "<p>未发现问题。</p>")


def _notices(report: dict) -> str:
    if not report["notices"]:
        return ""
    rows = [[f'<td><a href="{escape(n["url"])}">{escape(n["url"])}</a></td>', _td(n["message"])]
            for n in report["notices"]]
    return "<h2>五、未能检查的内容</h2>" + _table(["地址", "原因"], rows)


def _limits() -> str:
    return ('<h2>说明</h2><p class="small">本报告由程序自动抓取检查生成，未使用网站配置文件：责任单位由信息公开目录和'
            "发布机构署名自动识别，栏目类别由栏目名称推断，未设置发布任务数。请核实后据此编写网站配置文件"
            "（portal-monitor init），以便按月统计和通报。</p>")
