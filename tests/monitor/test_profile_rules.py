"""The profile's [rules] and [[leaders]]: switching checks off, setting their
options, adding words; a bad entry is one line naming the key and its line."""
import pytest

from monitor.profile import ProfileError, parse_profile
from monitor.profile_rules import build_ruleset
from rules.page import PageContent

BASE = """\
[site]
name = "定南县人民政府门户网站"
region = "定南县"
start_url = "https://www.dingnan.gov.cn/"
"""
RULES = """
[rules]
disable = ["typo.confusion"]
allow = ["皇冠体育器材"]

[rules.terms]
gambling = ["金沙湾娱乐城"]

[rules.options."wrong_region.foreign-name"]
allow = ["龙南市"]

[[leaders]]
name = "王建国"
titles = ["县长"]
"""


def test_rules_and_leaders_reach_the_checks():
    profile = parse_profile(BASE + RULES)
    ruleset = build_ruleset(profile)
    assert "typo.confusion" not in ruleset.ids and "spam.terms" in ruleset.ids
    page = PageContent("https://www.dingnan.gov.cn/a.html", "办事指南",
                       "金沙湾娱乐城注册即送。皇冠体育器材捐赠仪式。县委书记王建国讲话。可到龙南市办理。全体干部再接再励。")
    found = {(f.rule, f.matched) for f in ruleset.check(page)}
    assert found == {("spam.terms", "金沙湾娱乐城"), ("expression.leader-title", "县委书记王建国")}


def test_no_rules_table_means_every_rule_with_defaults():
    from rules.registry import RULES as ALL

    assert build_ruleset(parse_profile(BASE)).ids == [cls.id for cls in ALL]


@pytest.mark.parametrize("change,message", [
    (('disable = ["typo.confusion"]', 'disable = ["typo.nothing"]'), ":7: rules.disable: no rule 'typo.nothing'"),
    (('allow = ["皇冠体育器材"]', 'allow = "皇冠体育器材"'), ":8: rules.allow: must be a list of non-empty strings"),
    (('gambling = ["金沙湾娱乐城"]', 'lottery = ["金沙湾娱乐城"]'), "rules.terms: no term list 'lottery'"),
    (('allow = ["龙南市"]', 'neighbours = ["龙南市"]'),
     "rules.options: wrong_region.foreign-name.neighbours: unknown option"),
    (('allow = ["龙南市"]', 'allow = "龙南市"'), "rules.options: wrong_region.foreign-name.allow: must be a list"),
    (('titles = ["县长"]', 'titles = []'), ":18: leaders[1].titles: must be a non-empty list of titles"),
    (('[rules]', '[rules]\ncolour = 1'), "rules.colour: unknown key"),
    (('region = "定南县"', 'region = "和平区"'), ":3: site.region: region '和平区' is ambiguous"),
    (('region = "定南县"', 'region = "火星县"'), ":3: site.region: region '火星县' does not end with a province"),
])
def test_bad_rules_are_one_line_naming_key_and_line(change, message):
    text = (BASE + RULES).replace(*change)
    with pytest.raises(ProfileError) as error:
        parse_profile(text)
    assert message in str(error.value) and "\n" not in str(error.value)
