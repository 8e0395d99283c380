"""``portal-monitor init``: a starting profile (TOML) from what an audit discovered.

The office reviews it and fills in what no crawl can know: each unit's yearly
quota (left as a comment, since a present quota must be a positive number),
e-mail addresses, and units the site names only in 发布机构 lines. Strings
are written as JSON strings, which TOML reads the same way.
"""
from __future__ import annotations

import json
from dataclasses import asdict

from monitor.profile import CrawlSettings

QUOTA_LINE = "# annual_quota =       # 年度任务数（正整数）：请填写后删去行首的“#”"


def _value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


def profile_toml(report: dict) -> str:
    site = report["site"]
    lines = [f"# 由 portal-monitor init 根据 {report['as_of']} 对本网站的自动检查生成。",
             "# 请核对责任单位及其名称写法、栏目类别，并填写各单位的年度任务数。", "",
             "[site]", *(f"{key} = {_value(site[key])}" for key in ("name", "region", "start_url")), "",
             "[crawl]                               # 礼貌抓取的默认值",
             *(f"{key} = {_value(value)}" for key, value in asdict(CrawlSettings()).items())]
    for unit in report["units"]:
        if unit["name"] is not None:
            lines += ["", *_unit_lines(unit)]
    lines += _other_sources(report["other_sources"])
    for column in report["columns"]:
        lines += ["", *_column_lines(column)]
    return "\n".join(lines) + "\n"


def _unit_lines(unit: dict) -> list[str]:
    lines = ["[[units]]", f"name = {_value(unit['name'])}", f"kind = {_value(unit['kind'])}"]
    if unit["forms"]:
        lines.append(f"aliases = [{', '.join(_value(form) for form in unit['forms'])}]")
    return lines + [QUOTA_LINE]


def _other_sources(others: list[dict]) -> list[str]:
    if not others:
        return []
    names = "、".join(f"{' '.join(o['name'].split())}（{o['posts']}篇）" for o in others)
    return ["", "# 以下署名未对应到信息公开目录，未列为责任单位；如属责任单位，请照上例添加 [[units]]：", f"# {names}"]


def _column_lines(column: dict) -> list[str]:
    why = (f"栏目名称含“{column['keyword']}”" if column["keyword"]
           else "栏目名称未含类别关键词，暂归“其他”")
    lines = ["[[columns]]", f"url = {_value(column['url'])}"]
    if column["name"]:
        lines.append(f"name = {_value(column['name'])}")
    return lines + [f"category = {_value(column['category'])}   # {why}"]
