"""How 存在问题 words findings: warnings and fixed problems left out, late units apart."""
from __future__ import annotations

from monitor.bulletin.problems import ProblemFacts, problem_paragraphs, problem_rows


def row(category="typo", unit="林业局", column="工作动态", severity="deduct", status="open", place="body", count=1):
    return {"category": category, "unit": unit, "column": column, "severity": severity, "status": status,
            "place": place, "count": count, "title": "标题", "page_url": "https://x.gov.cn/a.html",
            "detail": "“布署”应为“部署”", "matched": "布署", "evidence": "…工作【布署】…"}


def test_units_most_findings_first_with_their_columns_and_count():
    rows = [row(unit="历市镇", column="乡镇动态", count=2), row(), row(unit="历市镇", column="乡镇动态")]
    assert problem_paragraphs(ProblemFacts(rows), "附件3") == [
        "错别字问题仍然存在。经检查发现，历市镇、林业局等单位的乡镇动态、工作动态等栏目出现错别字，共4处。"
        "具体问题详见附件3。"]


def test_warnings_and_fixed_findings_are_not_problems():
    rows = [row(category="stale_column", severity="notice"), row(status="fixed")]
    assert problem_paragraphs(ProblemFacts(rows), "附件") == ["本期检查未发现错敏信息、不可用链接、栏目更新不及时等问题。"]
    assert problem_rows(rows) == []


def test_units_late_with_their_fixes_are_named_apart():
    paragraphs = problem_paragraphs(ProblemFacts([row()], ["住建局", "司法局"]), "附件3")
    assert paragraphs[-1] == "住建局、司法局等单位对通报问题整改不够重视，未按时间节点要求整改到位并及时反馈整改信息。"


def test_unattributed_pages_and_site_counts_are_said_as_such():
    rows = [row("empty_column", unit=None, column=None), row("empty_column", column="通知公告"),
            {**row("empty_column", unit=None, column=None, place="site"), "evidence": "空白栏目共2个",
             "detail": "达到提示标准"}]
    assert problem_paragraphs(ProblemFacts(rows), "附件3") == [
        "空白栏目问题仍未解决。经检查发现，林业局的通知公告栏目为空白栏目，共1个。另有1个位于未归属责任单位的页面。"
        "全站空白栏目共2个，达到提示标准。具体问题详见附件3。"]
