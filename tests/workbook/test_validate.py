"""The schema's checks: cross-field rules, lazy collection of every problem, and `validate_paths`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from vncpc_xl.errors import Issue
from vncpc_xl.schema import SPECS
from vncpc_xl.workbook import WorkbookData, expand_paths, read_workbook, validate_paths
from vncpc_xl.workbook.checks import formula_inputs, recompute

from ._samples import PRICES, YEAR, course, option, write_valid

COURSES = SPECS["training"].table("tblCourses")


def errors(data: WorkbookData) -> list[tuple[str, str | None, str | None]]:
    """Return (code, sheet, cell) of every error, in order."""
    return [(i.code, i.sheet, i.cell) for i in data.errors]


def only_error(data: WorkbookData) -> Issue:
    assert len(data.errors) == 1, errors(data)
    return data.errors[0]


def training(tmp_path: Path, *courses: dict[str, object]) -> WorkbookData:
    return read_workbook(write_valid("training", tmp_path / "t.xlsx", tables={"tblCourses": list(courses)}))


def test_person_days_formula_is_recomputed_from_days_and_participants(tmp_path: Path) -> None:
    data = training(tmp_path, course("C1", days=2.5, participants=16))
    row = data.tables["tblCourses"][0]
    assert row["person_days"] is None  # no cached value in a file saved without Excel
    assert recompute(COURSES.column("person_days"), row) == 40.0  # 2.5 days × 16 participants
    assert formula_inputs(COURSES.column("person_days").formula or "") == ("name", "days", "participants")


def test_field_visits_may_equal_person_days(tmp_path: Path) -> None:
    assert training(tmp_path, course("C1", field_visit_person_days=60)).ok  # 3 × 20 = 60


def test_field_visits_above_recomputed_person_days(tmp_path: Path) -> None:
    issue = only_error(training(tmp_path, course("C1", field_visit_person_days=61)))
    assert (issue.code, issue.sheet, issue.cell, issue.value) == (
        "row.part_above_whole",
        "Khóa học",
        "K5",
        61,
    )
    assert "61 lớn hơn “Người-ngày” = 60 (ô J5)" in issue.message_vi
    assert "61 is larger than “Người-ngày” = 60 (cell J5)" in issue.message_en


def test_course_ending_before_it_starts(tmp_path: Path) -> None:
    issue = only_error(training(tmp_path, course("C1", start=dt.date(YEAR, 3, 12), end=dt.date(YEAR, 3, 2))))
    assert (issue.code, issue.cell) == ("row.date_order", "E5")
    assert "02/03/2003 trước ngày bắt đầu 12/03/2003 (ô D5)" in issue.message_vi


def test_one_day_course_may_end_the_day_it_starts(tmp_path: Path) -> None:
    assert training(tmp_path, course("C1", start=dt.date(YEAR, 3, 2), end=dt.date(YEAR, 3, 2))).ok


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    data = training(
        tmp_path,
        course("C1", days="ba"),
        course("C1", status="Xong", certified=25),
        course("C3", name=None, end=dt.date(YEAR, 1, 1)),
    )
    assert errors(data) == [
        ("value.not_number", "Khóa học", "F5"),
        ("value.duplicate", "Khóa học", "A6"),
        ("value.not_in_list", "Khóa học", "L6"),
        ("row.part_above_whole", "Khóa học", "M6"),
        ("value.required", "Khóa học", "B7"),
        ("row.date_order", "Khóa học", "E7"),
    ]


def test_a_bad_cell_is_not_reported_twice(tmp_path: Path) -> None:
    # days is text: no second issue from person-days (days × participants) against field visits
    assert errors(training(tmp_path, course("C1", days="ba"))) == [("value.not_number", "Khóa học", "F5")]


def test_exchange_rate_required_only_for_vnd(tmp_path: Path) -> None:
    vnd = read_workbook(write_valid("audit", tmp_path / "vnd.xlsx", names={"Currency": "VND"}))
    issue = only_error(vnd)
    assert (issue.code, issue.sheet, issue.cell) == ("name.required_when", "Thông tin", "B12")
    assert "bắt buộc khi “Đơn vị tiền tệ” là “VND”" in issue.message_vi
    names = {"Currency": "VND", "ExchangeRate": 15_500}
    assert read_workbook(write_valid("audit", tmp_path / "rate.xlsx", names=names)).ok


def _audit_without_coal_price(tmp_path: Path, options: list[dict[str, object]]) -> WorkbookData:
    prices = [{**p, "price": None} if p["resource"] == "Than" else p for p in PRICES]
    tables = {"tblPrices": prices, "tblOptions": options}
    return read_workbook(write_valid("audit", tmp_path / "a.xlsx", tables=tables))


def test_quantity_without_price_is_reported_at_the_missing_price(tmp_path: Path) -> None:
    data = _audit_without_coal_price(tmp_path, [option(1), option(2, qty_coal=-5), option(3, qty_coal=0)])
    issue = only_error(data)
    assert (issue.code, issue.sheet, issue.cell, issue.value) == (
        "row.price_missing",
        "Đơn giá",
        "C6",
        "Than",
    )
    assert issue.extra["quantity_cells"] == ["G5", "G6"]
    assert "chưa có đơn giá của “Than”" in issue.message_vi and "Giải pháp!G5, G6" in issue.message_vi


def test_zero_or_blank_quantity_needs_no_price(tmp_path: Path) -> None:
    assert _audit_without_coal_price(tmp_path, [option(1, qty_coal=0), option(2, qty_coal=None)]).ok


def _kpi(tmp_path: Path, log: list[dict[str, object]]) -> WorkbookData:
    return read_workbook(write_valid("kpi", tmp_path / "k.xlsx", tables={"tblKpiLog": log}))


def test_kpi_periods_must_be_in_the_year(tmp_path: Path) -> None:
    issue = only_error(_kpi(tmp_path, [{"period": "2004-Q1", "code": "E1", "value": 1}]))
    assert (issue.code, issue.sheet, issue.cell, issue.value) == (
        "row.period_outside_year",
        "Số liệu",
        "A5",
        "2004-Q1",
    )
    assert "không thuộc năm 2003 của sổ (ô Thông tin!B4)" in issue.message_vi


def test_kpi_log_codes_must_be_known_targets(tmp_path: Path) -> None:
    issue = only_error(_kpi(tmp_path, [{"period": "2003-02", "code": "W9", "value": 1}]))
    assert (issue.code, issue.cell, issue.value) == ("row.unknown_reference", "B5", "W9")
    assert "mã “W9” không có trong cột “Mã” của bảng “tblKpiTargets”" in issue.message_vi


def test_quarter_spelling_is_normalised(tmp_path: Path) -> None:
    data = _kpi(tmp_path, [{"period": " 2003-q4 ", "code": "E1", "value": 1}])
    assert data.ok and data.tables["tblKpiLog"][0]["period"] == "2003-Q4"


def test_validate_paths_expands_folders_and_skips_lock_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write_valid("kpi", tmp_path / "b" / "kpi.xlsx")
    write_valid("centre", tmp_path / "a" / "centre.xlsx")
    (tmp_path / "a" / "~$centre.xlsx").write_bytes(b"lock")
    (tmp_path / "a" / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    (tmp_path / "a" / "notes.docx").write_bytes(b"not a workbook")
    results = validate_paths([tmp_path, tmp_path / "a" / "centre.xlsx"])
    names = [data.path.relative_to(tmp_path).as_posix() for data in results]
    assert names == ["a/centre.xlsx", "a/old.xls", "b/kpi.xlsx"]
    assert [data.ok for data in results] == [True, False, True]
    assert results[1].issues[0].code == "file.legacy_or_encrypted"


def test_expand_paths_keeps_a_named_file_whatever_its_extension(tmp_path: Path) -> None:
    odd = tmp_path / "data.bin"
    odd.write_bytes(b"x")
    assert expand_paths([odd]) == [odd]
    assert read_workbook(odd).issues[0].code == "file.not_workbook"


def test_expand_paths_reads_a_linked_file_once_and_leaves_linked_folders(tmp_path: Path) -> None:
    """Files are keyed by where they really are: a link to a file already listed adds nothing."""
    (tmp_path / "year" / "a").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "year" / "a" / "1.xlsx").write_bytes(b"x")
    (tmp_path / "elsewhere" / "2.xlsx").write_bytes(b"x")
    try:
        (tmp_path / "year" / "same.xlsx").symlink_to(tmp_path / "year" / "a" / "1.xlsx")
        (tmp_path / "year" / "other.xlsx").symlink_to(tmp_path / "elsewhere" / "2.xlsx")
        (tmp_path / "year" / "folder").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    except OSError:
        pytest.skip("this file system has no symbolic links")
    found = expand_paths([tmp_path / "year", tmp_path / "elsewhere" / "2.xlsx"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["year/a/1.xlsx", "year/other.xlsx"]


@pytest.mark.parametrize("kind", ["audit", "training", "kpi", "centre"])
def test_every_message_is_bilingual_and_located(kind: str, tmp_path: Path) -> None:
    data = read_workbook(
        write_valid(kind, tmp_path / "x.xlsx", names={"Year": "năm nay"} if kind != "audit" else {})
    )
    for issue in data.issues:
        assert issue.message_vi and issue.message_en and issue.message_vi != issue.message_en
        assert "?" not in issue.message_vi.replace("?)", "")
    if kind != "audit":
        issue = only_error(data)
        assert (issue.code, issue.cell) == ("value.not_number", "B4")
        assert "“năm nay”" in issue.message_vi and "“năm nay”" in issue.message_en
