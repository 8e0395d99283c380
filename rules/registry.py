"""The explicit list of rules, and building a configured rule set from settings.

Adding a rule is adding its module and one line to :data:`RULES`. The
profile's ``[rules]`` table switches rules off and sets their options; every
option is type-checked here against the rule's ``Options`` dataclass, so a
typo in a profile is an error, not a silently ignored key.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from rules.base import Rule
from rules.engine import RuleSet
from rules.expression_wording import ExpressionWordingRule
from rules.hidden_link_invisible import HiddenLinkInvisibleRule
from rules.hidden_link_redirect import HiddenLinkRedirectRule
from rules.hidden_link_spam import HiddenLinkSpamRule
from rules.leader_title import LeaderTitleRule
from rules.privacy_bank_card import BankCardRule
from rules.privacy_id import IdNumberRule
from rules.privacy_mobile import MobileRule
from rules.resources import RuleContext
from rules.sensitive_terms import SensitiveTermsRule
from rules.spam_shape import SpamShapeRule
from rules.spam_terms import SpamTermsRule
from rules.typo import TypoRule
from rules.wrong_region import WrongRegionRule

RULES: tuple[type[Rule], ...] = (
    SensitiveTermsRule,
    SpamTermsRule,
    SpamShapeRule,
    HiddenLinkInvisibleRule,
    HiddenLinkSpamRule,
    HiddenLinkRedirectRule,
    ExpressionWordingRule,
    LeaderTitleRule,
    TypoRule,
    WrongRegionRule,
    IdNumberRule,
    MobileRule,
    BankCardRule,
)


class RuleConfigError(ValueError):
    """A bad rule id or option; ``key`` names the option (None: the rule id itself)."""

    def __init__(self, rule_id: str, key: str | None, message: str):
        super().__init__(message)
        self.rule_id, self.key = rule_id, key


@dataclass(frozen=True)
class RuleSettings:
    disabled: tuple[str, ...] = ()
    options: dict[str, dict] = field(default_factory=dict)  # rule id -> raw option values


def rule_class(rule_id: str) -> type[Rule]:
    for cls in RULES:
        if cls.id == rule_id:
            return cls
    raise RuleConfigError(rule_id, None, f"no rule {rule_id!r}; `portal-monitor rules` lists them")


def build_options(cls: type[Rule], raw: dict):
    """The rule's Options from profile values, each checked against its default's type."""
    defaults = {f.name: f.default for f in fields(cls.Options)}
    values = {}
    for key, value in raw.items():
        if key not in defaults:
            raise RuleConfigError(cls.id, key, f"unknown option; expected one of {', '.join(defaults) or 'none'}")
        values[key] = _convert(cls.id, key, defaults[key], value)
    return cls.Options(**values)


def _convert(rule_id: str, key: str, default, value):
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise RuleConfigError(rule_id, key, "must be a list of non-empty strings")
        return tuple(value)
    if isinstance(default, bool) != isinstance(value, bool):
        raise RuleConfigError(rule_id, key, f"wrong type {type(value).__name__}")
    if isinstance(default, float) and isinstance(value, int):
        return float(value)
    if not isinstance(value, type(default)):
        raise RuleConfigError(rule_id, key, f"wrong type {type(value).__name__}")
    return value


def build_rules(settings: RuleSettings, context: RuleContext) -> RuleSet:
    for rule_id in (*settings.disabled, *settings.options):
        rule_class(rule_id)
    return RuleSet([cls(build_options(cls, settings.options.get(cls.id, {})), context)
                    for cls in RULES if cls.id not in settings.disabled])
