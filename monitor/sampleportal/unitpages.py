"""The 信息公开 directories: unit index pages, 机构职能, 领导信息 (TRS, GBK).

None of them carries a publication date: they are pages a crawler visits
but must not count as posts.
"""
from __future__ import annotations

import random

from monitor.sampleportal.columns import SECTION_NAMES, Column, unit_home, unit_trail
from monitor.sampleportal.layout import SITE_SHORT, breadcrumb, document, esc, gbk_page, paragraphs
from monitor.sampleportal.model import Page
from monitor.sampleportal.texts import texts
from monitor.sampleportal.trs import CHARSET
from monitor.sampleportal.units import Unit

GUIDE = "/xxgk/xxgkzn/index.html"


def _base(unit: Unit) -> str:
    return unit_home(unit).rsplit("/", 1)[0] + "/"


def menu(unit: Unit, roles: dict[str, Column]) -> str:
    """The left menu of every page of the unit: its columns and fixed pages."""
    links = [(c.name, c.first) for c in roles.values()]
    links += [("机构职能", _base(unit) + "jgzn/index.html"), ("领导信息", _base(unit) + "ldxx/index.html"),
              ("信息公开指南", GUIDE)]
    items = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for label, href in links)
    return f'<div class="unit-name"><a href="{unit_home(unit)}">{esc(unit.full)}</a></div><ul>{items}</ul>'


def _page(path: str, title: str, trail: list[tuple[str, str]], side: str, body: str) -> tuple[str, Page]:
    main = (f'{breadcrumb(trail)}\n<div class="xxgk-left">{side}</div>\n'
            f'<div class="xxgk-right">{body}</div>')
    return path, gbk_page(path, document(f"{title}_{SITE_SHORT}", main, charset=CHARSET))


def _leaders(unit: Unit, rng: random.Random) -> str:
    words = texts()["words"]
    posts = words["township_posts" if unit.is_town else "department_posts"]
    rows = []
    for index, post in enumerate(posts[: rng.randint(3, len(posts))]):
        name = rng.choice(words["surnames"]) + rng.choice(words["given_names"])
        duty = words["duties"][0] if index == 0 else rng.choice(words["duties"][1:])
        duty = duty.format(topic=rng.choice(unit.topics))
        rows.append(f"<tr><td>{esc(name)}</td><td>{esc(post)}</td><td>{esc(duty)}</td></tr>")
    return ('<table class="leaders"><tr><th>姓名</th><th>职务</th><th>工作分工</th></tr>'
            + "".join(rows) + "</table>")


def _duties(unit: Unit, rng: random.Random) -> str:
    lines = [f"{unit.full}是县人民政府的组成部门（单位），主要职责是："]
    lines += [f"（{'一二三四五'[i]}）负责全县{topic}有关工作，拟订相关政策措施并组织实施。"
              for i, topic in enumerate(unit.topics)]
    lines.append("办公时间：周一至周五 上午8:00—12:00，下午14:30—17:30（法定节假日除外）。")
    lines.append(f"联系电话：0797-42{rng.randint(10000, 99999)}　电子邮箱：{unit.email}")
    return f'<div class="column-title">机构职能</div>{paragraphs(lines)}'


def render_unit(unit: Unit, roles: dict[str, Column], rng: random.Random) -> dict[str, Page]:
    """Index, 机构职能 and 领导信息 pages of one unit."""
    side, trail, base = menu(unit, roles), unit_trail(unit), _base(unit)
    columns = "".join(f'<li><a href="{c.first}">{esc(c.name)}</a></li>' for c in roles.values())
    index_body = (f'<div class="column-title">{esc(unit.full)}</div><ul class="unit-columns">{columns}'
                  f'<li><a href="jgzn/index.html">机构职能</a></li><li><a href="ldxx/index.html">领导信息</a></li></ul>')
    pages = dict([
        _page(unit_home(unit), unit.full, trail, side, index_body),
        _page(base + "jgzn/index.html", "机构职能", trail + [("机构职能", base + "jgzn/index.html")],
              side, _duties(unit, rng)),
        _page(base + "ldxx/index.html", "领导信息", trail + [("领导信息", base + "ldxx/index.html")],
              side, '<div class="column-title">领导信息</div>' + _leaders(unit, rng)),
    ])
    return pages


def render_directories(units: tuple[Unit, ...]) -> dict[str, Page]:
    """信息公开 home, 部门/乡镇信息公开 directories and the 信息公开指南."""
    pages, top = {}, [("首页", "/"), ("信息公开", "/xxgk/index.html")]
    for section, label in SECTION_NAMES.items():
        links = "".join(f'<li><a href="{unit_home(u)}">{esc(u.full)}</a></li>'
                        for u in units if u.section == section)
        path = f"/xxgk/{section}/index.html"
        pages.update([_page(path, label, top + [(label, path)], "", f'<ul class="units">{links}</ul>')])
    sections = "".join(f'<li><a href="/xxgk/{s}/index.html">{n}</a></li>' for s, n in SECTION_NAMES.items())
    sections += f'<li><a href="{GUIDE}">信息公开指南</a></li>'
    pages.update([_page("/xxgk/index.html", "信息公开", top, "", f"<ul>{sections}</ul>")])
    guide = paragraphs([
        "为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。",
        "一、主动公开：公开范围、公开形式和公开时限按照条例规定执行，属于主动公开范围的政府信息，自形成或者变更之日起20个工作日内予以公开。",
        "二、依申请公开：申请人可通过当面、邮寄、网络等方式向各行政机关提出申请。",
        "三、受理机构：定南县人民政府办公室，办公时间：周一至周五（法定节假日除外），联系电话：0797-4281234。",
    ])
    pages.update([_page(GUIDE, "信息公开指南", top + [("信息公开指南", GUIDE)], "", guide)])
    return pages
