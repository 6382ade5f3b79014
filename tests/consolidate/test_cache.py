"""The re-run cache: a changed workbook is read again, an unchanged one is not, and the figures never differ.

Every test reads real workbooks into a real SQLite cache file in a temporary folder; the expected figures
come from the workbooks of `folders` (hand arithmetic there), and every cached result is compared with the
result of the same folder read without any cache.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.report.helpers import tables, text
from tests.report.test_api import EXAMPLES
from vncpc_xl.consolidate import consolidate, load
from vncpc_xl.consolidate.cache import ReadCache
from vncpc_xl.report import make_report
from vncpc_xl.workbook import WorkbookData

from .folders import write_audit_a


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Return the list of file names `read_workbook` opens from now on (the real reader still reads them)."""
    opened: list[str] = []
    real = load.read_workbook

    def spy(path: Path) -> WorkbookData:
        opened.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(load, "read_workbook", spy)
    return opened


def cached(folder: Path, db: Path) -> tuple[object, ReadCache]:
    with ReadCache(db) as cache:
        return consolidate(folder, workers=1, cache=cache), cache


def test_second_run_reads_nothing_and_gives_the_same_year(
    folder: Path, tmp_path: Path, reads: list[str]
) -> None:
    plain = consolidate(folder, workers=1)
    reads.clear()
    first, cache = cached(folder, tmp_path / "c.sqlite3")
    assert (cache.hits, cache.misses, len(reads)) == (0, 6, 6)
    reads.clear()
    second, cache = cached(folder, tmp_path / "c.sqlite3")
    assert (cache.hits, cache.misses, reads) == (6, 0, [])
    assert first == plain and second == plain


def test_a_changed_workbook_is_read_again_and_the_others_are_not(
    folder: Path, tmp_path: Path, reads: list[str]
) -> None:
    db = tmp_path / "c.sqlite3"
    before, _ = cached(folder, db)
    write_audit_a(folder / "audits" / "a1.xlsx", company="Công ty Giấy A mới")  # same figures, new name
    reads.clear()
    after, cache = cached(folder, db)
    assert reads == ["a1.xlsx"] and (cache.hits, cache.misses) == (5, 1)
    companies = {a.file: a.company for a in after.audits.assessments}
    assert companies["audits/a1.xlsx"] == "Công ty Giấy A mới"
    assert after == consolidate(folder, workers=1)
    # Bảng 3 of audit A (hand sums in folders.py): implemented savings 5 600 + 2 400 USD/yr, unchanged.
    a1 = next(a for a in after.audits.assessments if a.file == "audits/a1.xlsx")
    assert a1.implemented_benefits.savings_usd == pytest.approx(5600 + 2400)
    assert before.audits.benefits == after.audits.benefits


def test_report_is_identical_with_and_without_the_cache(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VNCPC_XL_CACHE_DIR", str(tmp_path / "cache"))
    make_report(folder, tmp_path / "warm-up.docx", cache=True)
    write_audit_a(folder / "audits" / "a1.xlsx", company="Công ty Giấy A mới")
    with_cache = make_report(folder, tmp_path / "cached.docx", cache=True)
    without = make_report(folder, tmp_path / "plain.docx", cache=False)
    assert with_cache.data == without.data
    assert text(tmp_path / "cached.docx") == text(tmp_path / "plain.docx")
    assert tables(tmp_path / "cached.docx") == tables(tmp_path / "plain.docx")
    assert "Công ty Giấy A mới" in text(tmp_path / "cached.docx") + str(tables(tmp_path / "cached.docx"))


def test_workbooks_with_errors_keep_their_issues(folder: Path, tmp_path: Path) -> None:
    (folder / "audits" / "hong.xlsx").write_bytes(b"not a workbook")
    plain = consolidate(folder, workers=1)
    first, _ = cached(folder, tmp_path / "c.sqlite3")
    second, cache = cached(folder, tmp_path / "c.sqlite3")
    assert cache.misses == 0
    assert second == first == plain
    assert [i.file for i in second.issues if i.code == "file.not_workbook"] == ["audits/hong.xlsx"]


def test_a_damaged_cache_file_is_rebuilt(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # a header, then garbage
    first, cache = cached(folder, db)
    assert cache.misses == 6 and first == consolidate(folder, workers=1)
    second, cache = cached(folder, db)
    assert cache.hits == 6 and second == first


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE entries SET data = substr(data, 1, length(data) / 2)",  # cut short
        'UPDATE entries SET data = \'{"$": "Loaded", "v": [1, 2]}\'',  # wrong shape
        'UPDATE entries SET data = \'{"$": "os.system", "v": ["echo"]}\'',  # not one of ours
        "UPDATE entries SET data = (SELECT data FROM entries ORDER BY key LIMIT 1)",  # another file's entry
    ],
)
def test_damaged_or_foreign_entries_are_never_trusted(folder: Path, tmp_path: Path, damage: str) -> None:
    db = tmp_path / "c.sqlite3"
    plain, _ = cached(folder, db)
    with sqlite3.connect(db) as connection:
        connection.execute(damage)
    connection.close()
    again, cache = cached(folder, db)
    assert again == plain
    assert cache.misses >= 5  # at most the one file whose own entry was copied over the others is a hit
    third, cache = cached(folder, db)
    assert cache.hits == 6 and third == plain  # the damaged entries were replaced


def test_an_unusable_cache_folder_only_turns_the_cache_off(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    result, cache = cached(folder, blocker / "sub" / "c.sqlite3")
    assert result == consolidate(folder, workers=1) and cache.hits == 0


@pytest.mark.skipif(not (EXAMPLES / "audits").is_dir(), reason="examples/2003 is not in this tree")
def test_the_2003_example_is_the_same_from_the_cache(tmp_path: Path) -> None:
    plain = consolidate(EXAMPLES, workers=1)
    db = tmp_path / "c.sqlite3"
    cold, _ = cached(EXAMPLES, db)
    warm, cache = cached(EXAMPLES, db)
    assert cache.misses == 0 and cache.hits == len(plain.sources)
    assert cold == plain and warm == plain
    assert warm.audits.companies == 52 and warm.audits.completed == 15  # examples/2003/README.md
