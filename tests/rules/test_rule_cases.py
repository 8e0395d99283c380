"""Every rule against its pass/fail cases in ``cases/<rule id>.toml``.

A case gives a page (``html``, or ``body`` and ``title`` as plain text), and
optionally the site context (``region``, ``own_hosts``, ``leaders``) and rule
options. ``[[fail]]`` cases list the exact ``matched`` texts the rule must
report (masked as shown); ``[[pass]]`` cases must report nothing.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from crawler.parsing.page import ParsedPage
from rules.page import PageContent
from rules.registry import RULES, build_options, rule_class
from rules.resources import Leader, RuleContext

CASES = Path(__file__).parent / "cases"
URL = "http://www.dingnan.gov.cn/art/2024/6/1/art_1_1.html"


def _cases():
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for kind in ("fail", "pass"):
            for i, case in enumerate(data.get(kind, [])):
                yield pytest.param(path.stem, kind, case, id=f"{path.stem}-{kind}-{case.get('name', i)}")


def _page(case: dict) -> PageContent:
    if "html" in case:
        parsed = ParsedPage.from_html(case.get("url", URL), case["html"])
        return PageContent.from_parsed(parsed, case.get("title", parsed.title_tag), tuple(case.get("trail", ())))
    if case.get("attachment"):
        return PageContent.attachment(case.get("url", URL), case.get("title", ""), case["body"])
    return PageContent(case.get("url", URL), case.get("title", ""), case.get("body", ""),
                       trail=tuple(case.get("trail", ())))


def _context(case: dict) -> RuleContext:
    return RuleContext(
        region=case.get("region", "江西省赣州市定南县"),
        own_hosts=frozenset(case.get("own_hosts", ["www.dingnan.gov.cn"])),
        leaders=tuple(Leader(l["name"], tuple(l["titles"])) for l in case.get("leaders", ())),
        allow=frozenset(case.get("allow", ())),
        extra_terms={k: tuple(v) for k, v in case.get("extra_terms", {}).items()},
    )


@pytest.mark.parametrize(("rule_id", "kind", "case"), list(_cases()))
def test_rule_case(rule_id, kind, case):
    cls = rule_class(rule_id)
    rule = cls(build_options(cls, case.get("options", {})), _context(case))
    found = sorted(f.matched for f in rule.check(_page(case)))
    expected = sorted(case.get("expect", [])) if kind == "fail" else []
    assert found == expected
    if kind == "fail":
        assert expected, "a fail case must name what it expects"


def test_every_rule_has_cases():
    assert sorted(p.stem for p in CASES.glob("*.toml")) == sorted(cls.id for cls in RULES)
