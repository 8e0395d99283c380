"""What the audit takes for a unit's name, a directory, an abbreviation, a site's name and region."""
from __future__ import annotations

import pytest

from crawler.parsing.page import ParsedPage
from monitor.audit.discover import _trail_unit
from monitor.audit.names import abbreviates, is_directory, is_township, is_unit_name
from monitor.audit.site import AuditError, infer_region, site_name


@pytest.mark.parametrize("name", ["定南县林业局", "历市镇人民政府", "消防救援大队", "县委宣传部", "工业园区管委会"])
def test_unit_names(name):
    assert is_unit_name(name)


@pytest.mark.parametrize("name", ["工作动态", "本网", "新华社", "部门信息公开", "乡镇", "政策文件", "政府"])
def test_not_unit_names(name):
    assert not is_unit_name(name)


def test_directories_and_townships():
    assert is_directory("乡镇信息公开") and is_directory("政府信息公开") and not is_directory("定南县林业局")
    assert is_township("历市镇") and is_township("城关街道") and not is_township("林业局")


@pytest.mark.parametrize("short, full", [("发改委", "发展和改革委员会"), ("政府办", "政府办公室"),
                                         ("卫健委", "卫生健康委员会"), ("文广新旅游局", "文化广电新闻出版旅游局")])
def test_abbreviations(short, full):
    assert abbreviates(short, full)


@pytest.mark.parametrize("short, full", [("本网", "林业局"), ("医保分局", "医疗保障局"), ("林业局", "林业局"),
                                         ("交管大队", "公安局交通管理大队")])
def test_not_abbreviations(short, full):
    assert not abbreviates(short, full)


def test_trail_unit_is_the_first_unit_below_a_directory():
    assert _trail_unit("首页 > 信息公开 > 部门信息公开 > 定南县林业局 > 工作部 > 工作动态") == ("定南县林业局", False)
    assert _trail_unit("首页 > 乡镇信息公开 > 城市社区管理委员会 > 通知公告") == ("城市社区管理委员会", True)
    assert _trail_unit("首页 > 政务要闻") is None
    assert _trail_unit("首页 > 县林业局 > 工作动态") is None  # no directory above it


@pytest.mark.parametrize("head, name", [
    ('<meta name="SiteName" content="定南县人民政府"><title>首页</title>', "定南县人民政府"),
    ("<title>首页 - 定南县人民政府门户网站</title>", "定南县人民政府门户网站"),
    ("<title>欢迎访问江西省赣州市定南县人民政府_首页</title>", "江西省赣州市定南县人民政府"),
])
def test_site_name_from_home_page(head, name):
    assert site_name(ParsedPage.from_html("http://x.gov.cn/", f"<html><head>{head}</head></html>")) == name


def test_region_from_site_name():
    assert infer_region("定南县人民政府门户网站") == "定南县"
    assert infer_region("江西省赣州市定南县人民政府") == "江西省赣州市定南县"
    for name in ("和平区人民政府", "政务服务网"):
        with pytest.raises(AuditError, match="--region"):
            infer_region(name)
