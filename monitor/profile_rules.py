"""The profile's ``[rules]`` table and ``[[leaders]]``: how the content checks run on this site.

```toml
[rules]
disable = ["typo.confusion"]          # rule ids switched off
allow = ["蓝月亮"]                    # words no term check reports
[rules.terms]                          # more terms for a list (rules/data/terms/<list>.toml)
gambling = ["某某娱乐"]
[rules.options."wrong_region.foreign-name"]
allow = ["龙南市", "全南县"]           # a rule's options, as `portal-monitor rules` lists them

[[leaders]]                            # county leaders, checked with the national ones
name = "张三"
titles = ["县长"]
```
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from rules.registry import RuleConfigError, RuleSettings, build_options, rule_class
from rules.resources import Leader, data_path

if TYPE_CHECKING:
    from rules.engine import RuleSet

_RULE_KEYS = ("disable", "allow", "terms", "options")


@dataclass(frozen=True)
class RulesProfile:
    settings: RuleSettings = field(default_factory=RuleSettings)
    allow: tuple[str, ...] = ()
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    leaders: tuple[Leader, ...] = ()


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


class RulesReader:
    """Validates the raw tables; ``fail(table, index, key, message)`` raises ProfileError."""

    def __init__(self, fail: Callable[..., None]):
        self.fail = fail

    def read(self, raw_rules: Any, raw_leaders: Any) -> RulesProfile:
        if not isinstance(raw_rules, dict):
            self.fail("rules", None, None, "must be a table")
        for key, value in raw_rules.items():
            if key not in _RULE_KEYS:
                self.fail("rules", None, key, f"unknown key; expected one of {', '.join(_RULE_KEYS)}")
            if key in ("disable", "allow") and not _strings(value):
                self.fail("rules", None, key, "must be a list of non-empty strings")
        settings = RuleSettings(tuple(raw_rules.get("disable", ())), self.options(raw_rules.get("options", {})))
        self.check_ids(settings.disabled)
        return RulesProfile(settings, tuple(raw_rules.get("allow", ())),
                            self.terms(raw_rules.get("terms", {})), self.leaders(raw_leaders))

    def check_ids(self, ids: tuple[str, ...]) -> None:
        for rule_id in ids:
            try:
                rule_class(rule_id)
            except RuleConfigError as exc:
                self.fail("rules", None, "disable", str(exc))

    def options(self, raw: Any) -> dict[str, dict]:
        if not isinstance(raw, dict) or not all(isinstance(v, dict) for v in raw.values()):
            self.fail("rules", None, "options", 'must hold one table per rule: [rules.options."<rule id>"]')
        for rule_id, values in raw.items():
            try:
                build_options(rule_class(rule_id), values)
            except RuleConfigError as exc:
                self.fail("rules", None, "options", f"{rule_id}{'.' + exc.key if exc.key else ''}: {exc}")
        return dict(raw)

    def terms(self, raw: Any) -> dict[str, tuple[str, ...]]:
        if not isinstance(raw, dict):
            self.fail("rules", None, "terms", "must be a table of term lists")
        for name, words in raw.items():
            if not data_path("terms", f"{name}.toml").is_file():
                self.fail("rules", None, "terms", f"no term list {name!r} (rules/data/terms)")
            if not _strings(words):
                self.fail("rules", None, "terms", f"{name}: must be a list of non-empty strings")
        return {name: tuple(words) for name, words in raw.items()}

    def leaders(self, raw: Any) -> tuple[Leader, ...]:
        if not isinstance(raw, list) or not all(isinstance(v, dict) for v in raw):
            self.fail("leaders", None, None, "must be an array of tables ([[leaders]])")
        leaders = []
        for i, entry in enumerate(raw):
            for key in entry:
                if key not in ("name", "titles"):
                    self.fail("leaders", i, key, "unknown key; expected one of name, titles")
            if not isinstance(entry.get("name"), str) or not entry["name"].strip():
                self.fail("leaders", i, "name", "must be a non-empty string")
            if not _strings(entry.get("titles")) or not entry["titles"]:
                self.fail("leaders", i, "titles", "must be a non-empty list of titles")
            leaders.append(Leader(entry["name"].strip(), tuple(entry["titles"])))
        return tuple(leaders)


def build_ruleset(profile) -> "RuleSet":
    """The profile's configured content checks, with the site's context."""
    from crawler.urls import host
    from rules.registry import build_rules
    from rules.resources import RuleContext

    hosts = frozenset({host(profile.site.start_url), *(host(c.url) for c in profile.columns)})
    rules = profile.rules
    context = RuleContext(profile.site.region, hosts, rules.leaders, frozenset(rules.allow), dict(rules.terms))
    return build_rules(rules.settings, context)
