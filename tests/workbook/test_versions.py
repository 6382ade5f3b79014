"""Template-version-1 workbooks, kept as frozen fixtures, stay readable: no issue, version 1, values as typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from vncpc_xl.schema import KINDS
from vncpc_xl.workbook import fill_workbook, read_workbook

V1 = Path(__file__).resolve().parents[1] / "fixtures" / "v1"


@pytest.mark.parametrize("kind", KINDS)
def test_a_v1_template_of_every_kind_reads_with_only_its_blank_required_names(kind: str) -> None:
    data = read_workbook(V1 / "templates" / f"{kind}.xlsx")
    assert (data.kind, data.version) == (kind, 1)
    assert {issue.code for issue in data.issues} == {
        "value.required"
    }  # the blank template: no structural issue
    assert {issue.sheet for issue in data.issues} == {"Thông tin"}


def test_the_filled_v1_year_reads_without_issue() -> None:
    files = sorted((V1 / "year_2012").rglob("*.xlsx"))
    assert len(files) == 7
    for path in files:
        data = read_workbook(path)
        assert (data.version, data.issues) == (1, []), path


def test_v1_narrative_rows_read_as_vietnamese() -> None:
    data = read_workbook(V1 / "year_2012" / "ho_so_trung_tam_2012.xlsx")
    rows = data.tables["tblNarrative"]
    assert [r["section"] for r in rows] == [
        "loi_noi_dau",
        "tam_nhin",
        "dich_vu",
        "dich_vu",
        "dich_vu",
        "bai_hoc",
    ]
    assert all(r.get("language") is None for r in rows)  # blank (no column in v1) means vi


def test_a_v2_narrative_reads_its_language_and_rejects_another(tmp_path: Path) -> None:
    rows = [
        {"section": "loi_noi_dau", "paragraph": "Lời nói đầu."},
        {"section": "loi_noi_dau", "paragraph": "Foreword.", "language": "en"},
        {"section": "tam_nhin", "paragraph": "Vision.", "language": "fr"},
    ]
    path = fill_workbook(
        "centre", tmp_path / "c.xlsx", names={"Year": 2012, "CentreName": "TT"}, tables={"tblNarrative": rows}
    )
    data = read_workbook(path)
    assert [r["language"] for r in data.tables["tblNarrative"]] == [None, "en", "fr"]
    assert [(i.code, i.sheet, i.cell) for i in data.issues] == [("value.not_in_list", "Nội dung", "C7")]


def test_a_v2_workbook_without_the_language_column_is_told_it_is_missing(tmp_path: Path) -> None:
    path = fill_workbook("centre", tmp_path / "c.xlsx", names={"Year": 2012, "CentreName": "TT"})
    wb = load_workbook(path)
    wb["Nội dung"]["C4"] = "Ghi chú"  # the header typed over: the column is gone for the reader
    wb.save(path)
    data = read_workbook(path)
    assert [(i.code, i.cell) for i in data.issues] == [("table.column_missing", "C4")]
    assert "Ngôn ngữ" in data.issues[0].message_vi
