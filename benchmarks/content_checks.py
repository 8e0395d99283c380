"""Content checks on the labelled corpus: precision and recall per category, and speed.

    python benchmarks/content_checks.py [--rounds N] [--verbose]

Quality: every rule with default options (plus the corpus's own neighbour
allow-list) over ``tests/rules/corpus``. Speed: MB of visible page text
(UTF-8) checked per second on one core, by all rules together, after a
warm-up (jieba's dictionary and the automata load once per process), on the
corpus (dense with problems: every candidate costs a segmentation) and on
the sample portal's pages (mostly clean, like a real site); page parsing,
which the crawler does anyway, is timed apart.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.parsing.page import ParsedPage  # noqa: E402
from rules.evaluation import load_corpus, score  # noqa: E402
from rules.page import PageContent  # noqa: E402
from rules.registry import RuleSettings, build_rules  # noqa: E402
from rules.resources import RuleContext  # noqa: E402

CORPUS = ROOT / "tests" / "rules" / "corpus"


def corpus_ruleset(labels: dict):
    context = RuleContext(region=labels["site_region"], own_hosts=frozenset(labels["own_hosts"]))
    options = {"wrong_region.foreign-name": {"allow": labels.get("allowed_regions", [])}}
    return build_rules(RuleSettings(options=options), context)


def quality(ruleset, pages, verbose: bool) -> None:
    print(f"{'category':<14}{'labels':>7}{'found':>7}{'findings':>9}{'correct':>8}{'precision':>10}{'recall':>8}")
    for category, s in score(ruleset, pages).items():
        print(f"{category:<14}{s.labels:>7}{s.found:>7}{s.findings:>9}{s.correct:>8}"
              f"{s.precision:>10.3f}{s.recall:>8.3f}")
        if verbose:
            for line in s.misses:
                print(f"    miss  {line}")
            for line in s.false_alarms:
                print(f"    false {line}")


def speed(ruleset, pages, rounds: int) -> None:
    parsed = [(p, ParsedPage.from_html(p.url, p.html)) for p in pages]
    started = time.perf_counter()
    for _ in range(rounds):
        for page, tree in parsed:
            content = PageContent.from_parsed(tree, page.title, page.trail, page.date)
            ruleset.check(content)
    checks = time.perf_counter() - started
    started = time.perf_counter()
    for page in pages:
        ParsedPage.from_html(page.url, page.html).text
    parse = (time.perf_counter() - started) * rounds
    megabytes = sum(len(tree.text.encode("utf-8")) for _, tree in parsed) * rounds / 1e6
    print(f"\n{len(pages)} pages x {rounds} rounds = {megabytes:.1f} MB of page text")
    print(f"all content checks: {checks:.2f} s = {megabytes / checks:.1f} MB/s on one core")
    print(f"with HTML parsing:  {checks + parse:.2f} s = {megabytes / (checks + parse):.1f} MB/s on one core")


def portal_pages() -> list[ParsedPage]:
    """Every HTML page of the bundled sample portal (mostly clean, as real sites are)."""
    from monitor.sampleportal import build_site

    parsed = []
    for path, page in build_site().pages.items():
        if "html" in page.content_type and page.status == 200 and len(page.body) < 2**20:
            parsed.append(ParsedPage.from_html("http://www.dingnan.gov.cn" + path, _decode(page.body)))
    return parsed


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("gb18030", errors="replace")


def portal_speed(ruleset) -> None:
    parsed = portal_pages()
    megabytes = sum(len(tree.text.encode("utf-8")) for tree in parsed) / 1e6
    started = time.perf_counter()
    for tree in parsed:
        ruleset.check(PageContent.from_parsed(tree, tree.title_tag))
    checks = time.perf_counter() - started
    print(f"\nsample portal: {len(parsed)} pages, {megabytes:.1f} MB of page text")
    print(f"all content checks: {checks:.2f} s = {megabytes / checks:.1f} MB/s on one core")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes over the corpus for the speed figure")
    parser.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args()
    labels, pages = load_corpus(CORPUS)
    ruleset = corpus_ruleset(labels)
    quality(ruleset, pages, args.verbose)
    speed(ruleset, pages, args.rounds)
    portal_speed(ruleset)


if __name__ == "__main__":
    main()
