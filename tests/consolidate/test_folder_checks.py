"""Folder-level errors: missing or extra yearly files, other years, duplicates and broken workbooks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vncpc_xl.consolidate import YearData, consolidate
from vncpc_xl.errors import Severity

from .folders import tree_hashes, write_audit_a, write_centre

BASE_INVESTMENT_USD = 1000 + 20000 + 30_000_000 / 15_000  # Bảng 3 of the base folder


def codes(data: YearData) -> list[str]:
    return [issue.code for issue in data.errors]


def excluded(data: YearData) -> dict[str, tuple[str, ...]]:
    return {item.path: item.reasons_vi for item in data.excluded}


def test_two_centre_files_are_an_error_and_neither_counts(folder: Path) -> None:
    write_centre(folder / "ho_so_2.xlsx", director="Người khác")
    before = tree_hashes(folder)
    data = consolidate(folder)
    assert tree_hashes(folder) == before
    assert codes(data) == ["folder.several_centre"]
    issue = data.errors[0]
    assert "2 sổ hồ sơ trung tâm (ho_so_2.xlsx, ho_so_trung_tam.xlsx)" in issue.message_vi
    assert "chỉ giữ một sổ cho năm 2003" in issue.message_vi
    assert "centre files" in issue.message_en
    assert set(excluded(data)) == {"ho_so_2.xlsx", "ho_so_trung_tam.xlsx"}
    assert data.centre.name == "" and data.staff.count == 0
    assert data.year == 2003


def test_missing_kpi_log(folder: Path) -> None:
    (folder / "chi_so.xlsx").unlink()
    data = consolidate(folder)
    assert codes(data) == ["folder.missing_kpi"]
    assert "nhật ký chỉ số môi trường của năm 2003" in data.errors[0].message_vi
    assert "vncpc-xl new kpi" in data.errors[0].message_vi
    assert data.kpis == ()
    assert data.audits.benefits.investment_usd == pytest.approx(BASE_INVESTMENT_USD)


def test_missing_training_register_gives_zeros_and_prior_counts(folder: Path) -> None:
    (folder / "dao_tao.xlsx").unlink()
    data = consolidate(folder)
    assert codes(data) == ["folder.missing_training"]
    assert (data.training.courses_held, data.training.course_person_days) == (0, 0)
    assert (data.training.awareness_cumulative, data.training.certified_cumulative) == (1150, 80)


def test_workbook_of_another_year_is_an_error(folder: Path) -> None:
    write_audit_a(folder / "audits" / "a4.xlsx", company="Công ty D", year=2002)
    data = consolidate(folder)
    assert codes(data) == ["folder.year_mismatch"]
    issue = data.errors[0]
    assert (issue.file, issue.sheet, issue.column, issue.value) == (
        "audits/a4.xlsx",
        "Thông tin",
        "AssessmentYear",
        2002,
    )
    assert issue.cell  # the AssessmentYear cell
    assert "năm 2002" in issue.message_vi and "2003" in issue.message_vi
    assert list(excluded(data)) == ["audits/a4.xlsx"]
    assert data.audits.companies == 3
    assert data.audits.benefits.investment_usd == pytest.approx(BASE_INVESTMENT_USD)


def test_year_option_skips_other_years_without_error(folder: Path) -> None:
    write_audit_a(folder / "audits" / "a4.xlsx", company="Công ty D", year=2002)
    data = consolidate(folder, year=2003)
    assert data.ok and data.excluded == ()
    assert {s.path: s.included for s in data.sources}["audits/a4.xlsx"] is False
    assert data.audits.companies == 3


def test_year_option_for_a_year_with_only_one_audit(folder: Path) -> None:
    write_audit_a(folder / "audits" / "a4.xlsx", company="Công ty D", year=2002)
    data = consolidate(folder, year=2002)
    assert data.year == 2002
    assert sorted(codes(data)) == ["folder.missing_centre", "folder.missing_kpi", "folder.missing_training"]
    assert data.audits.companies == 1
    assert data.audits.benefits.investment_usd == 1000 + 20000
    assert data.grid_factor_year == 2003  # no factor for 2002: the 2003 one (SPEC 4)


def test_identical_copy_is_counted_once(folder: Path) -> None:
    shutil.copy(folder / "audits" / "a1.xlsx", folder / "audits" / "a1 - Copy.xlsx")
    data = consolidate(folder)
    assert codes(data) == ["folder.duplicate_file"]
    issue = data.errors[0]
    # the first path in sort order is counted ("a1 - Copy" sorts before "a1."), the other one is named
    assert issue.file == "audits/a1.xlsx" and "audits/a1 - Copy.xlsx" in issue.message_vi
    assert list(excluded(data)) == ["audits/a1.xlsx"]
    assert data.audits.companies == 3
    assert data.audits.benefits.investment_usd == pytest.approx(BASE_INVESTMENT_USD)


def test_same_company_twice_is_counted_once(folder: Path) -> None:
    write_audit_a(folder / "audits" / "z_again.xlsx", company="CÔNG TY  GIẤY A.")
    data = consolidate(folder)
    assert codes(data) == ["folder.duplicate_company"]
    issue = data.errors[0]
    assert issue.file == "audits/z_again.xlsx" and "audits/a1.xlsx" in issue.message_vi
    assert list(excluded(data)) == ["audits/z_again.xlsx"]
    assert data.audits.companies == 3
    assert data.audits.benefits.investment_usd == pytest.approx(BASE_INVESTMENT_USD)


def test_broken_and_foreign_files(folder: Path) -> None:
    (folder / "audits" / "hong.xlsx").write_bytes(b"not a zip at all")
    (folder / "audits" / "~$a1.xlsx").write_bytes(b"lock")
    (folder / "cu.xls").write_bytes(b"\xd0\xcf\x11\xe0old excel")
    (folder / "ghi_chu.txt").write_text("notes", encoding="utf-8")
    before = tree_hashes(folder)
    data = consolidate(folder)
    assert tree_hashes(folder) == before
    assert set(excluded(data)) == {"audits/hong.xlsx", "cu.xls"}
    assert all(excluded(data).values())  # every exclusion says why
    assert {i.file for i in data.errors} == {"audits/hong.xlsx", "cu.xls"}
    assert "file.unsupported_format" in codes(data)
    assert [s.path for s in data.sources if not s.included] == ["audits/hong.xlsx"]
    assert data.audits.companies == 3
    assert data.audits.benefits.investment_usd == pytest.approx(BASE_INVESTMENT_USD)


def test_option_without_price_excludes_its_workbook(folder: Path) -> None:
    from vncpc_xl.workbook import fill_workbook

    names = {
        "CompanyName": "Công ty E",
        "Sector": "Nhựa",
        "Programme": "GERIAP",
        "AssessmentYear": 2003,
        "Status": "Hoàn thành",
        "Currency": "USD",
    }
    option = {
        "option": "Thu hồi nhiệt",
        "category": "Cải tiến thiết bị",
        "status": "Đã thực hiện",
        "qty_lpg": 3,
    }
    fill_workbook("audit", folder / "audits" / "e.xlsx", names=names, tables={"tblOptions": [option]})
    data = consolidate(folder)
    assert list(excluded(data)) == ["audits/e.xlsx"]
    errors = [i for i in data.errors if i.file == "audits/e.xlsx"]
    assert errors and all(i.sheet for i in errors) and any(i.cell for i in errors)
    assert data.audits.companies == 3


def test_empty_folder(tmp_path: Path) -> None:
    data = consolidate(tmp_path)
    assert data.year is None
    assert codes(data)[0] == "folder.empty"
    assert {"folder.missing_centre", "folder.missing_training", "folder.missing_kpi"} <= set(codes(data))
    assert data.audits.companies == 0 and data.audits.implemented_share is None
    assert data.audits.payback_months is None


def test_missing_folder_is_an_issue_not_an_exception(tmp_path: Path) -> None:
    data = consolidate(tmp_path / "khong_co")
    assert "folder.not_found" in codes(data)
    assert all(i.severity is Severity.ERROR for i in data.errors)


def test_kpi_log_with_an_error_is_excluded_and_named(folder: Path) -> None:
    from vncpc_xl.workbook import fill_workbook

    target = {"code": "P", "area": "Văn phòng", "aspect": "Giấy", "unit": "kg", "denominator": "Không"}
    log = [{"period": "2002-Q4", "code": "P", "value": 5}]  # a period of another year
    kpi = folder / "chi_so.xlsx"
    kpi.unlink()
    fill_workbook("kpi", kpi, names={"Year": 2003}, tables={"tblKpiTargets": [target], "tblKpiLog": log})
    data = consolidate(folder)
    assert "chi_so.xlsx" in excluded(data)
    missing = next(i for i in data.errors if i.code == "folder.missing_kpi")
    assert "chi_so.xlsx" in missing.message_vi
    assert any(i.file == "chi_so.xlsx" and i.cell for i in data.errors)
    assert data.kpis == ()
