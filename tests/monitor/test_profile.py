"""A profile is read into typed settings; a wrong one is one line naming key and line."""
import pytest

from monitor.profile import ProfileError, load_profile, parse_profile

GOOD = """\
[site]
name = "定南县人民政府门户网站"
region = "定南县"
start_url = "https://www.dingnan.gov.cn/"

[crawl]
download_delay = 1.5

[[units]]
name = "林业局"
kind = "department"
annual_quota = 360
aliases = ["县林业局"]
email = "lyj@example.gov.cn"

[[units]]
name = "历市镇政府"
kind = "township"

[[columns]]
url = "https://www.dingnan.gov.cn/zwgk/bm/lyj/gzdt/"
name = "工作动态"
category = "dynamic"
unit = "林业局"
"""


def test_good_profile_gives_typed_settings():
    profile = parse_profile(GOOD)
    assert profile.site.region == "定南县"
    assert profile.crawl.download_delay == 1.5 and profile.crawl.obey_robots is True
    assert [(u.name, u.kind, u.annual_quota, u.aliases) for u in profile.units] == [
        ("林业局", "department", 360, ("县林业局",)), ("历市镇政府", "township", None, ())]
    assert profile.columns[0].unit == "林业局"


@pytest.mark.parametrize("change,message", [
    (('annual_quota = 360', 'annual_quota = 360\ncolour = "red"'), ":13: units[1].colour: unknown key"),
    (('start_url = "https://www.dingnan.gov.cn/"\n', ''), ":1: site: missing required key 'start_url'"),
    (('annual_quota = 360', 'annual_quota = -5'), ":12: units[1].annual_quota: -5 must be a positive whole number"),
    (('annual_quota = 360', 'annual_quota = "many"'), ":12: units[1].annual_quota: wrong type str"),
    (('name = "历市镇政府"', 'name = "林业局"'), ":17: units[2].name: '林业局' already names unit 1"),
    (('kind = "township"', 'kind = "town"'), ":18: units[2].kind: 'town' is not one of department, township"),
    (('category = "dynamic"', 'category = "news"'), ":23: columns[1].category: 'news' is not one of"),
    (('unit = "林业局"', 'unit = "公安局"'), ":24: columns[1].unit: '公安局' is not a unit of this profile"),
    (('start_url = "https://www.dingnan.gov.cn/"', 'start_url = "www.dingnan.gov.cn"'), ":4: site.start_url: 'www.dingnan.gov.cn' is not an http(s) URL"),
    (('download_delay = 1.5', 'download_delay = 1.5\nconcurrency = 0'), ":8: crawl.concurrency: must be at least 1"),
    (('[site]', 'title = "x"\n[site]'), ":1: title: unknown table"),
    (('name = "林业局"\nkind', 'name = "林业局\nkind'), "not valid TOML"),
])
def test_bad_profile_is_one_line_naming_key_and_line(change, message):
    with pytest.raises(ProfileError) as error:
        parse_profile(GOOD.replace(*change))
    text = str(error.value)
    assert message in text and "\n" not in text


def test_missing_file_is_a_profile_error(tmp_path):
    with pytest.raises(ProfileError, match="cannot read profile"):
        load_profile(tmp_path / "nope.toml")


FRESH = GOOD + """
[freshness]
as_of = 2024-06-30
home = "10d"
[freshness.limits]
key_area = "3m"
[freshness.veto]
blank = 3
"""


def test_freshness_settings_layer_over_the_national_defaults():
    profile = parse_profile(FRESH.replace('unit = "林业局"', 'unit = "林业局"\nstale_after = "30d"'))
    fresh = profile.freshness
    assert (str(fresh.as_of), str(fresh.home), str(fresh.limits["key_area"]), str(fresh.limits["dynamic"])) == (
        "2024-06-30", "10天", "3个月", "14天")
    assert fresh.veto == {"stale": 5, "long_stale": 10, "blank": 3}
    assert profile.columns[0].stale_after == "30d"


@pytest.mark.parametrize("change,message", [
    (('home = "10d"', 'home = "ten days"'), "freshness.home: 'ten days' is not a span"),
    (('as_of = 2024-06-30', 'as_of = "yesterday"'), "freshness.as_of: must be a date"),
    (('key_area = "3m"', 'news = "3m"'), "freshness.limits: 'news' unknown"),
    (('blank = 3', 'blank = 0'), "freshness.veto: blank must be a positive whole number"),
    (('home = "10d"', 'homepage = "10d"'), "freshness.homepage: unknown key"),
    (('unit = "林业局"', 'unit = "林业局"\nstale_after = "soon"'), "columns[1].stale_after: 'soon' is not a span"),
])
def test_bad_freshness_is_one_line(change, message):
    with pytest.raises(ProfileError) as error:
        parse_profile(FRESH.replace(*change))
    assert message in str(error.value) and "\n" not in str(error.value)
