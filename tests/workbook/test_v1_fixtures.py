"""Template-version-1 workbooks, kept as frozen fixtures, stay readable: no issue, version 1, values as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from vncpc_xl.schema import KINDS
from vncpc_xl.workbook import read_workbook

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
