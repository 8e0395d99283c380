"""Back-office counts from the office's CSV: any encoding Excel saves, bad rows skipped with a reason,
re-imports replacing, never doubling."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import func, select

from monitor.cli import main
from monitor.newmedia import after_crawl
from monitor.newmedia.imports import Figure, ImportFileError, read_counts
from monitor.profile import parse_profile
from monitor.units import UnitMatcher
from storage.database import open_engine, session_factory
from storage.media import BackOfficeCount
from storage.models import Notice

GOOD = """\
period,单位,依申请公开收到,依申请公开答复,报送信息数
2024-06,,6,5,
2024-6,县林业局,,,12
2024Q2,,15,15,
"""
FIGURES = [Figure("2024-06", "", "依申请公开收到", 6), Figure("2024-06", "", "依申请公开答复", 5),
           Figure("2024-06", "林业局", "报送信息数", 12), Figure("2024-Q2", "", "依申请公开收到", 15),
           Figure("2024-Q2", "", "依申请公开答复", 15)]
BAD_ROWS = """\
period,单位,依申请公开收到,依申请公开答复
2024-06,,6,5
2024-13,,1,1
2024-06,住建局,六,2
2024-06,水务局,3,3
2024-06,,1,1,9
"""
PROBLEMS = ["第3行：统计期间“2024-13”无法识别（应如 2024-06、2024-Q2），已跳过",
            "第4行：依申请公开收到“六”不是非负整数，已跳过",
            "第5行：单位“水务局”不是配置文件中的单位，已按原文导入",
            "第6行：数据多于表头的4列，已跳过"]


@pytest.fixture
def matcher(profile_toml):
    return UnitMatcher(parse_profile(profile_toml))


@pytest.mark.parametrize("encoded", [GOOD.encode("utf-8"), b"\xef\xbb\xbf" + GOOD.encode("utf-8"), GOOD.encode("gbk")],
                         ids=["utf-8", "utf-8 with BOM", "gbk"])
def test_every_encoding_excel_saves_reads_the_same(tmp_path, matcher, encoded):
    path = tmp_path / "counts.csv"
    path.write_bytes(encoded)
    imported = read_counts(path, matcher)
    assert (imported.figures, imported.problems) == (FIGURES, [])  # periods as keys, units as the profile names them


def test_a_bad_row_is_skipped_with_its_reason_and_the_rest_imported(tmp_path, matcher):
    path = tmp_path / "counts.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    imported = read_counts(path, matcher)
    assert imported.problems == PROBLEMS
    assert imported.figures == [Figure("2024-06", "", "依申请公开收到", 6), Figure("2024-06", "", "依申请公开答复", 5),
                                Figure("2024-06", "水务局", "依申请公开收到", 3),
                                Figure("2024-06", "水务局", "依申请公开答复", 3)]


@pytest.mark.parametrize("content, message", [
    (b"", "文件为空"),
    ("单位,依申请公开收到\n林业局,1\n".encode(), "第一列应为 period（统计期间，如 2024-06、2024-Q2），实为“单位”"),
    ("period,单位\n2024-06,林业局\n".encode(), "缺少统计项列（如 依申请公开收到），或有列名为空"),
    ("period,收到,收到\n2024-06,1,2\n".encode(), "统计项列名重复或超过60字"),
    (b"\xff\xfe\x00p\x00e", "文件编码无法识别（请另存为 UTF-8 或 GBK 编码的 CSV）"),
])
def test_a_file_that_cannot_be_read_says_why(tmp_path, matcher, content, message):
    path = tmp_path / "counts.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as error:
        read_counts(path, matcher)
    assert str(error.value) == message


def stored(world) -> list[tuple]:
    rows = world.session.scalars(select(BackOfficeCount).order_by(BackOfficeCount.period, BackOfficeCount.unit,
                                                                  BackOfficeCount.metric))
    return [(r.period, r.unit, r.metric, r.value) for r in rows]


def notices(world) -> list[tuple]:
    return [(n.url, n.message) for n in world.session.scalars(select(Notice).where(Notice.kind == "import")
                                                              .order_by(Notice.url))]


def test_imported_after_each_crawl_replacing_never_doubling(world, tmp_path):
    good, bad = tmp_path / "a-good.csv", tmp_path / "b-bad.csv"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD_ROWS, encoding="utf-8")
    profile = replace(world.profile, interaction=replace(world.profile.interaction, imports=(good, bad)))
    for _ in range(2):
        after_crawl(world.session, world.site.id, profile, world.run.id, datetime(2024, 6, 30, 9))
    county = [("2024-06", "", "依申请公开收到", 6), ("2024-06", "", "依申请公开答复", 5)]  # in both files
    assert stored(world) == county + [
        ("2024-06", "林业局", "报送信息数", 12), ("2024-06", "水务局", "依申请公开收到", 3),
        ("2024-06", "水务局", "依申请公开答复", 3), ("2024-Q2", "", "依申请公开收到", 15),
        ("2024-Q2", "", "依申请公开答复", 15)]
    assert notices(world) == [(str(bad), f"后台统计文件有4处问题：{'；'.join(PROBLEMS)}")]

    good.write_text(GOOD.replace("2024-6,县林业局,,,12", "2024-06,林业局,,,13"), encoding="utf-8")
    bad.write_text("period,依申请公开收到\n2024-06,7\n", encoding="utf-8")  # put right: its notice goes
    after_crawl(world.session, world.site.id, profile, world.run.id, datetime(2024, 6, 30, 21))
    assert ("2024-06", "林业局", "报送信息数", 13) in stored(world) and len(stored(world)) == 7
    assert ("2024-06", "", "依申请公开收到", 7) in stored(world) and notices(world) == []


def test_an_unreadable_file_is_a_notice_and_the_crawl_goes_on(world, tmp_path):
    path = tmp_path / "counts.csv"
    path.write_text("单位,收到\n", encoding="utf-8")
    profile = replace(world.profile, interaction=replace(world.profile.interaction, imports=(path,)))
    after_crawl(world.session, world.site.id, profile, world.run.id, datetime(2024, 6, 30, 9))
    assert notices(world) == [(str(path), "后台统计文件未导入：第一列应为 period（统计期间，如 2024-06、2024-Q2），实为“单位”")]
    assert stored(world) == []


def test_import_counts_command(tmp_path, profile_toml, capsys):
    profile, good, empty = tmp_path / "profile.toml", tmp_path / "counts.csv", tmp_path / "empty.csv"
    profile.write_text(profile_toml, encoding="utf-8")
    good.write_bytes(GOOD.encode("gbk"))
    empty.write_bytes(b"")
    db = f"sqlite:///{tmp_path / 'counts.sqlite'}"

    def run(path) -> tuple[int, str, str]:
        status = main(["--db", db, "import-counts", str(profile), str(path)])
        return (status, *capsys.readouterr())

    assert run(good) == run(good) == (0, f"imported 5 figures from {good}\n", "")
    assert run(empty) == (2, "", f"portal-monitor: error: {empty}: 文件为空\n")
    good.write_text(BAD_ROWS, encoding="utf-8")
    status, out, err = run(good)
    assert (status, out) == (1, f"imported 4 figures from {good}\n")
    assert err.splitlines() == [f"{good}: {problem}" for problem in PROBLEMS]
    engine = open_engine(db)
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(BackOfficeCount)) == 7  # 5, then 2 more for 水务局
    engine.dispose()
