"""The ``[schedule]`` table: crontab lines checked before anything runs, one-line errors naming key and line."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from monitor.profile import ProfileError, parse_profile
from monitor.profile_schedule import ScheduleSettings

SITE = '[site]\nname = "定南县人民政府"\nregion = "定南县"\nstart_url = "https://www.example.gov.cn/"\n'


def schedule(text: str) -> ScheduleSettings:
    return parse_profile(SITE + "[schedule]\n" + text).schedule


def test_defaults_crawl_at_two_alert_at_eight_bulletin_on_the_first():
    settings = parse_profile(SITE).schedule
    start = datetime(2024, 6, 30, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert settings.trigger("crawl").get_next_fire_time(None, start).isoformat() == "2024-07-01T02:00:00+08:00"
    assert settings.trigger("alerts").get_next_fire_time(None, start).isoformat() == "2024-07-01T08:00:00+08:00"
    assert settings.trigger("bulletin").get_next_fire_time(None, start).isoformat() == "2024-07-01T09:00:00+08:00"


def test_a_sixth_field_in_front_gives_seconds_and_false_turns_a_job_off():
    settings = schedule('crawl = "*/3 * * * * *"\nalerts = false\nbulletin = "0 30 8 5 * *"\n')
    start = datetime(2024, 6, 30, 12, 0, 1, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert settings.trigger("crawl").get_next_fire_time(None, start).second == 3
    assert settings.trigger("alerts") is None
    assert settings.trigger("bulletin").get_next_fire_time(None, start).isoformat() == "2024-07-05T08:30:00+08:00"


def test_weekday_names_in_the_county_time_zone():
    settings = schedule('timezone = "Asia/Urumqi"\nalerts = "0 8 * * mon-fri"\n')
    saturday = datetime(2024, 6, 29, 12, 0, tzinfo=ZoneInfo("Asia/Urumqi"))
    assert settings.trigger("alerts").get_next_fire_time(None, saturday).isoformat() == "2024-07-01T08:00:00+06:00"


@pytest.mark.parametrize("line, message", [
    ('crawl = "0 2 * *"', "<profile>:6: schedule.crawl: '0 2 * *' has 4 fields; expected 5"),
    ('crawl = "0 25 * * *"', "<profile>:6: schedule.crawl: Error validating expression '25'"),
    ('alerts = "0 8 * * 1-5"', "<profile>:6: schedule.alerts: weekday '1-5': write days as mon-sun"),
    ("bulletin = 9", "<profile>:6: schedule.bulletin: must be a crontab line"),
    ('timezone = "Beijing"', "<profile>:6: schedule.timezone: 'Beijing' is not a time zone"),
    ("misfire_grace = 0", "<profile>:6: schedule.misfire_grace: must be a positive whole number of seconds"),
    ("nightly = true", "<profile>:6: schedule.nightly: unknown key; expected one of crawl, alerts, bulletin"),
])
def test_bad_values_are_refused_with_the_key_and_line(line, message):
    with pytest.raises(ProfileError) as error:
        schedule(line + "\n")
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)
