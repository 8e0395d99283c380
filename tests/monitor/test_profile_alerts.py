"""The profile's [rectification] and [smtp] tables: defaults, and one-line errors naming the key and line."""
from __future__ import annotations

import pytest

from monitor.profile import ProfileError, parse_profile
from monitor.profile_alerts import RectificationSettings, SmtpSettings

SITE = '[site]\nname = "定南县人民政府门户网站"\nregion = "定南县"\nstart_url = "https://www.example.gov.cn/"\n'


def test_defaults_five_working_days_a_week_of_cool_down_and_no_smtp():
    profile = parse_profile(SITE)
    assert profile.rectification == RectificationSettings(deadline_days=5, cooldown_days=7)
    assert profile.smtp is None


def test_smtp_port_follows_tls_and_sender_defaults_to_user():
    profile = parse_profile(SITE + '[rectification]\ndeadline_days = 10\ncooldown_days = 0\n'
                            '[smtp]\nhost = "smtp.example.gov.cn"\ntls = "ssl"\nuser = "zwgk@example.gov.cn"\n')
    assert profile.rectification == RectificationSettings(10, 0)
    assert profile.smtp == SmtpSettings("smtp.example.gov.cn", 465, "ssl", "zwgk@example.gov.cn")
    assert profile.smtp.from_address == "zwgk@example.gov.cn"
    assert parse_profile(SITE + '[smtp]\nhost = "h"\n').smtp.port == 587


@pytest.mark.parametrize("table, error", [
    ('[rectification]\ndeadline_days = 0\n', "<profile>:6: rectification.deadline_days: 0 must be a whole number of days (at least 1)"),
    ('[rectification]\ncooldown = 7\n', "<profile>:6: rectification.cooldown: unknown key; expected one of deadline_days, cooldown_days"),
    ('[smtp]\nport = 25\n', "<profile>:5: smtp: missing required key 'host'"),
    ('[smtp]\nhost = "h"\ntls = "tls"\n', "<profile>:7: smtp.tls: 'tls' is not one of ssl, starttls, none"),
    ('[smtp]\nhost = "h"\nport = 70000\n', "<profile>:7: smtp.port: 70000 is not a port number"),
    ('[smtp]\nhost = "h"\nsender = "office"\n', "<profile>:7: smtp.sender: must be an email address (or give user as one)"),
    ('[smtp]\nhost = "h"\npassword = "secret"\n',
     "<profile>:7: smtp.password: never in the profile: set the environment variable PORTAL_MONITOR_SMTP_PASSWORD"),
])
def test_bad_tables_are_refused_with_the_line(table, error):
    with pytest.raises(ProfileError) as caught:
        parse_profile(SITE + table)
    assert str(caught.value) == error
