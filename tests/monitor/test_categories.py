"""A column's category follows from its name when the profile does not pin it."""
import pytest

from monitor.categories import infer_category, infer_with_keyword


@pytest.mark.parametrize("name,category", [
    ("工作动态", "dynamic"), ("乡镇动态", "dynamic"), ("政务要闻", "dynamic"), ("图片新闻", "dynamic"),
    ("通知公告", "notice"), ("公示公告", "notice"),
    ("财政资金", "key_area"), ("惠农补贴资金", "key_area"), ("保障性安居工程", "key_area"), ("重大建设项目", "key_area"), ("社会救助", "key_area"),
    ("政策文件", "disclosure"), ("法定主动公开内容", "disclosure"), ("规划计划", "disclosure"),
    ("领导之窗", "other"), (None, "other"),
])
def test_inferred_category(name, category):
    assert infer_category(name) == category


@pytest.mark.parametrize("name,category,keyword", [
    ("乡镇动态", "dynamic", "动态"), ("通知公告", "notice", "通知公告"), ("领导之窗", "other", None),
])
def test_inference_names_the_deciding_keyword(name, category, keyword):
    """The office sees why a column was classed: the keyword of its name that decided."""
    assert infer_with_keyword(name) == (category, keyword)
