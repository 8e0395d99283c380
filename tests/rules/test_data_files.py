"""The word lists under ``rules/data`` — what every entry must satisfy.

The content checks report what these lists name, so the lists are the spec:

* term lists (``terms/<name>.toml``) have a valid label, category and
  severity; every entry is written folded (simplified, lower-case, half-width,
  no spaces), is a whole word of 2+ characters (4+ when it is pure Latin or
  digits), appears once across all lists, and never fires on an everyday
  government phrase of ``data/clean_phrases.txt`` — matched the way the
  checks match: at jieba word boundaries, and an ``unless_warning`` entry not
  in a sentence with a warning word;
* an ``unless_warning`` entry contains no warning word (it could never hit);
* expressions and typos: a ``wrong`` form never inside its own or any other
  ``right`` form (not even as a plain substring), never reported in a clean
  phrase; a typo's ``wrong`` form not a word jieba's dictionary knows as common;
* leaders parse, carry the date they were checked, and use titles the
  vocabulary knows.
"""
from __future__ import annotations

import datetime
import tomllib
from functools import lru_cache
from pathlib import Path

import jieba

from rules.page import PageContent
import opencc
import pytest

DATA = Path(__file__).resolve().parents[2] / "rules" / "data"
CLEAN = Path(__file__).parent / "data" / "clean_phrases.txt"

TERM_LISTS = {  # name -> (category, severity, minimum number of entries)
    "gambling": ("spam", "veto", 100),
    "porn": ("spam", "veto", 40),
    "fraud": ("spam", "deduct", 40),
    "violence": ("sensitive", "veto", 25),
    "political": ("sensitive", "veto", 20),
}
SEVERITIES = {"veto", "deduct", "notice"}
COMMON_IN_JIEBA = 30  # a typo jieba has seen more often than this may be a real word


def _load(*parts: str) -> dict:
    with (DATA.joinpath(*parts)).open("rb") as handle:
        return tomllib.load(handle)


def _terms(name: str) -> dict:
    return _load("terms", f"{name}.toml")


def _entries(name: str) -> list[tuple[str, bool]]:
    """(entry, unless_warning) for one term list."""
    data = _terms(name)
    return [(t, False) for t in data.get("always", [])] + [(t, True) for t in data.get("unless_warning", [])]


def _all_terms() -> list[tuple[str, str, bool]]:
    return [(name, term, warn) for name in TERM_LISTS for term, warn in _entries(name)]


def _warning_words() -> list[str]:
    return _terms("warning_words")["words"]


def _expressions() -> list[dict]:
    return _load("expressions.toml")["expressions"]


def _typos() -> list[dict]:
    return _load("typos.toml")["typos"]


def _clean_phrases() -> list[str]:
    lines = CLEAN.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _t2s():
    return opencc.OpenCC("t2s")


def _is_latin(text: str) -> bool:
    return text.isascii() and text.isalnum()


def _folded_problem(entry: str) -> str | None:
    if entry != entry.strip() or any(ch.isspace() for ch in entry):
        return "contains spaces"
    if entry != entry.lower():
        return "has upper-case letters"
    if any(0xFF01 <= ord(ch) <= 0xFF5E or ch == "\u3000" for ch in entry):
        return "has full-width characters"
    if any(_t2s().convert(ch) != ch for ch in entry):
        return "has traditional characters"
    return None


@lru_cache(maxsize=1)
def _plain_jieba() -> jieba.Tokenizer:
    """jieba's own dictionary, nothing added."""
    jieba.setLogLevel(60)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def _fires(entry: str, phrase: str) -> bool:
    """Whether the checks would report ``entry`` in ``phrase`` (names aside): the
    product's own word-boundary test, with the words the checks add to jieba."""
    from rules.registry import RuleSettings, build_rules
    from rules.resources import RuleContext
    from rules.segment import on_word_boundaries

    for rule in build_rules(RuleSettings(), RuleContext(region="江西省赣州市定南县")).rules:
        rule.check(PageContent("http://x/", "目录", "预热"))  # builds the matchers, adds their words
    text = phrase.lower()
    if entry.isascii():
        return entry in text
    start = text.find(entry)
    while start != -1:
        if on_word_boundaries(text, start, start + len(entry)):
            return True
        start = text.find(entry, start + 1)
    return False


# ───────────────────────────── term lists ─────────────────────────────

@pytest.mark.parametrize("name", list(TERM_LISTS))
def test_term_list_header(name):
    data = _terms(name)
    category, severity, minimum = TERM_LISTS[name]
    assert isinstance(data["label"], str) and data["label"].strip()
    assert all("\u4e00" <= ch <= "\u9fff" for ch in data["label"]), "the label is shown in Chinese"
    assert data["category"] == category
    assert data["severity"] in SEVERITIES and data["severity"] == severity
    assert set(data) <= {"label", "category", "severity", "always", "unless_warning", "with_contact", "url_words"}
    assert all(isinstance(t, str) for key in ("always", "unless_warning", "with_contact") for t in data.get(key, []))
    assert len(_entries(name)) >= minimum


def test_gambling_has_many_brands():
    assert len(_terms("gambling")["always"]) >= 80


@pytest.mark.parametrize("name", list(TERM_LISTS))
def test_term_entries_are_folded_whole_words(name):
    problems = []
    for term, _ in _entries(name):
        problem = _folded_problem(term)
        if problem is None and len(term) < 2:
            problem = "shorter than 2 characters"
        if problem is None and _is_latin(term) and len(term) < 4:
            problem = "pure Latin/digits shorter than 4 characters"
        if problem:
            problems.append(f"{term}: {problem}")
    assert not problems


def test_no_duplicate_terms_within_or_across_lists():
    seen: dict[str, str] = {}
    duplicates = []
    for name, term, warn in _all_terms():
        where = f"{name}.{'unless_warning' if warn else 'always'}"
        if term in seen:
            duplicates.append(f"{term}: {seen[term]} and {where}")
        seen[term] = where
    assert not duplicates


def test_unless_warning_entries_contain_no_warning_word():
    words = _warning_words()
    silenced = [f"{term} ({name}) contains {word}" for name, term, warn in _all_terms() if warn
                for word in words if word in term]
    assert not silenced


def test_warning_words():
    words = _warning_words()
    assert len(words) >= 40
    assert len(words) == len(set(words))
    assert all(isinstance(w, str) and len(w) >= 2 and w == w.strip() for w in words)


def test_no_term_fires_on_everyday_government_phrases():
    warnings = _warning_words()
    phrases = _clean_phrases()
    assert len(phrases) >= 300
    false_alarms = []
    for name, term, warn in _all_terms():
        for phrase in phrases:
            if warn and any(word in phrase for word in warnings):
                continue
            if _fires(term, phrase):
                false_alarms.append(f"{term} ({name}) in {phrase}")
    assert not false_alarms


@pytest.mark.parametrize(("body", "term"), [
    ("必威体育平台,必威体育app", "必威体育"),
    ("最新入口：澳门新葡京官方网址", "澳门新葡京"),
    ("皇冠体育最新网址", "皇冠体育"),
    ("详情请咨询bet365在线客服", "bet365"),
    ("正规百家乐平台，在线百家乐开户", "百家乐平台"),
    ("网友留言：出售枪支弹药，货到付款", "出售枪支"),
    ("代开各类发票，联系微信", "代开各类发票"),
])
def test_spam_samples_are_found(body, term):
    """Checked as a page would be: the word-boundary helper above knows only the words added so far."""
    from rules.registry import RuleSettings, build_rules
    from rules.resources import RuleContext

    rules = build_rules(RuleSettings(), RuleContext(region="江西省赣州市定南县"))
    assert any(term in finding.matched.lower() for finding in rules.check(PageContent("http://x/", "目录", body)))


# ───────────────────────────── expressions ─────────────────────────────

def test_expressions_fields():
    entries = _expressions()
    assert len(entries) >= 60
    problems = []
    for e in entries:
        if set(e) - {"wrong", "right", "severity", "note", "since"}:
            problems.append(f"{e['wrong']}: unknown field")
        if e.get("severity") not in {"veto", "deduct"}:
            problems.append(f"{e['wrong']}: severity")
        if not e.get("note") or not e.get("right"):
            problems.append(f"{e['wrong']}: note and right are required")
        if "since" in e and not isinstance(e["since"], datetime.date):
            problems.append(f"{e['wrong']}: since must be a TOML date")
        problem = _folded_problem(e["wrong"])
        if problem or len(e["wrong"]) < 2:
            problems.append(f"{e['wrong']}: {problem or 'too short'}")
    assert not problems


def test_expressions_wrong_forms_are_unique():
    wrongs = [e["wrong"] for e in _expressions()]
    assert len(wrongs) == len(set(wrongs))


def test_expression_wrong_never_inside_a_right_form():
    rights = [e["right"] for e in _expressions()]
    inside = [f"{e['wrong']} in {right}" for e in _expressions() for right in rights if e["wrong"] in right]
    assert not inside


def test_no_expression_fires_on_everyday_government_phrases():
    false_alarms = [f"{e['wrong']} in {phrase}" for e in _expressions() for phrase in _clean_phrases()
                    if _fires(e["wrong"], phrase)]
    assert not false_alarms


def test_political_wording_is_veto_and_outdated_names_carry_dates():
    by_wrong = {e["wrong"]: e for e in _expressions()}
    assert by_wrong["台湾国"]["severity"] == "veto"
    assert by_wrong["国土资源局"]["since"] >= datetime.date(2018, 3, 1)
    assert by_wrong["扶贫办"]["since"] >= datetime.date(2021, 2, 25)
    assert by_wrong["十四五规划"]["right"] == "“十四五”规划"


# ───────────────────────────── typos ─────────────────────────────

def test_typos_fields():
    entries = _typos()
    assert len(entries) >= 120
    problems = []
    for e in entries:
        if set(e) != {"wrong", "right"}:
            problems.append(f"{e}: fields are wrong and right")
        elif e["wrong"] == e["right"] or len(e["wrong"]) < 2:
            problems.append(f"{e['wrong']}: not a misspelling")
        elif _folded_problem(e["wrong"]):
            problems.append(f"{e['wrong']}: {_folded_problem(e['wrong'])}")
    assert not problems


def test_typo_wrong_forms_are_unique():
    wrongs = [e["wrong"] for e in _typos()]
    assert len(wrongs) == len(set(wrongs))


def test_typo_wrong_never_inside_a_right_form():
    rights = [e["right"] for e in _typos()] + [e["right"] for e in _expressions()]
    inside = [f"{e['wrong']} in {right}" for e in _typos() for right in rights if e["wrong"] in right]
    assert not inside


def test_no_typo_fires_on_everyday_government_phrases():
    false_alarms = [f"{e['wrong']} in {phrase}" for e in _typos() for phrase in _clean_phrases()
                    if _fires(e["wrong"], phrase)]
    assert not false_alarms


def test_typo_wrong_is_not_a_common_word():
    freq = _plain_jieba().FREQ
    common = [f"{e['wrong']} ({freq[e['wrong']]})" for e in _typos() if freq.get(e["wrong"], 0) > COMMON_IN_JIEBA]
    assert not common


# ───────────────────────────── leaders ─────────────────────────────

def test_leaders_list():
    data = _load("leaders.toml")
    assert isinstance(data["checked"], datetime.date)
    vocabulary = data["titles_vocabulary"]
    assert len(vocabulary) == len(set(vocabulary))
    assert "同志" not in vocabulary, "同志 is not a title"
    assert set(data.get("national_titles", [])) <= set(vocabulary)
    names = [leader["name"] for leader in data["leaders"]]
    assert len(names) == len(set(names))
    assert {"习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希"} <= set(names)
    for leader in data["leaders"]:
        assert 2 <= len(leader["name"]) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in leader["name"])
        assert leader["titles"] and set(leader["titles"]) <= set(vocabulary), leader["name"]
        if "former" in leader:
            assert isinstance(leader["former_until"], datetime.date)
