"""The profile's [bulletin] table: the office's wording and thresholds, defaults, one-line errors."""
from __future__ import annotations

import pytest

from monitor.bulletin import BulletinOptions
from monitor.profile import ProfileError, load_profile, parse_profile
from monitor.profile_bulletin import DEFAULT_REQUIREMENTS, BulletinSettings

SITE = '[site]\nname = "定南县人民政府门户网站"\nregion = "定南县"\nstart_url = "https://www.example.gov.cn/"\n'


def test_defaults_praise_at_24_criticise_below_5_a_month_and_the_stock_requirements():
    settings = parse_profile(SITE).bulletin
    assert settings == BulletinSettings()
    assert (settings.praise_at, settings.criticise_below, settings.top_n, settings.first_total) == (24, 5, 3, None)
    assert settings.requirements == DEFAULT_REQUIREMENTS


def test_the_office_words_and_numbers_reach_the_options():
    settings = parse_profile(SITE + '[bulletin]\nissuer = "县政府办公室"\nrecipients = "各单位"\n'
                                    'requirements = ["一要整改。", "二要复核。"]\ntop_n = 5\n'
                                    'praise_at = 30\ncriticise_below = 0\nfirst_total = 136\n').bulletin
    assert settings == BulletinSettings("县政府办公室", "各单位", ("一要整改。", "二要复核。"), 5, 30, None, 136)
    options = BulletinOptions.from_settings(settings)
    assert (options.issuer, options.recipients, options.requirements, options.top_n) == (
        "县政府办公室", "各单位", ["一要整改。", "二要复核。"], 5)
    assert (options.praise_at, options.criticise_below, options.issue_number) == (30, None, None)


@pytest.mark.parametrize("table, error", [
    ('[bulletin]\npraise_at = -1\n', "<profile>:6: bulletin.praise_at: must be a whole number of at least 0"),
    ('[bulletin]\ntop_n = 0\n', "<profile>:6: bulletin.top_n: must be a whole number of at least 1"),
    ('[bulletin]\nfirst_total = "136"\n', "<profile>:6: bulletin.first_total: must be a whole number of at least 1"),
    ('[bulletin]\nrequirements = "整改"\n', "<profile>:6: bulletin.requirements: must be a list of paragraphs"),
    ('[bulletin]\nissuer = " "\n', "<profile>:6: bulletin.issuer: must be non-empty text"),
    ('[bulletin]\nissue = 3\n', "<profile>:6: bulletin.issue: unknown key; expected one of issuer, recipients"),
])
def test_bad_bulletin_table_is_one_line(table, error):
    with pytest.raises(ProfileError) as raised:
        parse_profile(SITE + table)
    assert str(raised.value).startswith(error) and "\n" not in str(raised.value)


def test_template_and_chart_font_are_files_beside_the_profile(tmp_path):
    (tmp_path / "通报模板.docx").write_bytes(b"")
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "simhei.ttf").write_bytes(b"")
    path = tmp_path / "profile.toml"
    path.write_text(SITE + '[bulletin]\ntemplate = "通报模板.docx"\nchart_font = "fonts/simhei.ttf"\n', encoding="utf-8")
    settings = load_profile(path).bulletin
    assert (settings.template, settings.chart_font) == (tmp_path / "通报模板.docx", tmp_path / "fonts" / "simhei.ttf")


def test_a_missing_template_is_named_when_the_profile_loads(tmp_path):
    path = tmp_path / "profile.toml"
    path.write_text(SITE + '[bulletin]\ntemplate = "模板.docx"\n', encoding="utf-8")
    with pytest.raises(ProfileError) as raised:
        load_profile(path)
    assert str(raised.value) == f"{path}:6: bulletin.template: file not found: {tmp_path / '模板.docx'}"
