"""基本情况 of a crawled database: the counts by unit kind and the 表扬/批评 lists
(from the profile's [bulletin] thresholds) are exactly those of ``stats --json``."""
from __future__ import annotations

import json

import pytest
from docx import Document

from support import run_cli

KINDS = (("department", "县直部门"), ("township", "乡镇"))
PRAISE_AT, CRITICISE_BELOW = 9, 2  # the sample's quotas are small: both lists have units


@pytest.fixture(scope="module")
def texts_and_stats(sqlite_db, profile_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("basics")
    profile = out / "profile.toml"
    profile.write_text(profile_path.read_text(encoding="utf-8")
                       + f"\n[bulletin]\npraise_at = {PRAISE_AT}\ncriticise_below = {CRITICISE_BELOW}\n",
                       encoding="utf-8")
    stats = json.loads(run_cli("--db", sqlite_db, "stats", str(profile_path), "--period", "2024-06", "--json").stdout)
    run_cli("--db", sqlite_db, "bulletin", str(profile), "--period", "2024-06", "--out", str(out))
    return [p.text for p in Document(out / "bulletin-2024-06.docx").paragraphs], stats


def test_counts_by_unit_kind(texts_and_stats):
    texts, stats = texts_and_stats
    parts = []
    for kind, name in KINDS:
        units = [u for u in stats["units"] if u["kind"] == kind]
        parts.append(f"{name}{len(units)}个，发布信息{sum(u['period_count'] for u in units)}条")
    assert f"其中，{'；'.join(parts)}。" in texts


def test_praise_and_criticism_name_exactly_the_units_past_the_thresholds(texts_and_stats):
    texts, stats = texts_and_stats
    good = [u["name"] for u in stats["units"] if u["period_count"] >= PRAISE_AT]
    low = [u["name"] for u in stats["units"] if u["period_count"] < CRITICISE_BELOW]
    assert good and low  # both sentences are checked
    assert f"本期发布信息达到{PRAISE_AT}条及以上、予以表扬的单位有：{'、'.join(good)}。" in texts
    assert f"本期发布信息少于{CRITICISE_BELOW}条、予以通报批评的单位有：{'、'.join(low)}。" in texts
    zero = [u["name"] for u in stats["units"] if u["period_count"] == 0]
    assert (f"本期发布信息为零的单位有：{'、'.join(zero)}。" in texts) == bool(zero)
