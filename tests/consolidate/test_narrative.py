"""Narrative paragraphs by language: vi and blank rows are Vietnamese, en rows English; a v1 file is all vi."""

from __future__ import annotations

from pathlib import Path

from vncpc_xl.consolidate import consolidate
from vncpc_xl.consolidate.staff import read_centre
from vncpc_xl.workbook import fill_workbook, read_workbook

V1_YEAR = Path(__file__).resolve().parents[1] / "fixtures" / "v1" / "year_2012"


def test_rows_go_to_their_language_in_row_order(tmp_path: Path) -> None:
    rows = [
        {"section": "loi_noi_dau", "paragraph": "Lời nói đầu."},
        {"section": "loi_noi_dau", "paragraph": "Foreword.", "language": "en"},
        {"section": "loi_noi_dau", "paragraph": "Đoạn hai.", "language": "vi"},
        {"section": "tam_nhin", "paragraph": "Vision.", "language": "en"},
        {"section": "tam_nhin", "paragraph": "Tầm nhìn."},
    ]
    path = fill_workbook(
        "centre", tmp_path / "c.xlsx", names={"Year": 2012, "CentreName": "TT"}, tables={"tblNarrative": rows}
    )
    data = read_workbook(path)
    centre = read_centre(data.names, data.tables)
    assert centre.paragraphs("vi")["loi_noi_dau"] == ("Lời nói đầu.", "Đoạn hai.")
    assert centre.paragraphs("en")["loi_noi_dau"] == ("Foreword.",)
    assert (centre.narrative["tam_nhin"], centre.narrative_en["tam_nhin"]) == (("Tầm nhìn.",), ("Vision.",))
    assert centre.narrative_en["bai_hoc"] == ()


def test_a_v1_centre_file_is_all_vietnamese() -> None:
    centre = consolidate(V1_YEAR).centre
    assert centre.narrative["dich_vu"] == (
        "Trung tâm đã hoàn thành ba đánh giá SXSH trong năm.",
        "[SỐ LIỆU]",
        "Các giải pháp quản lý nội vi chiếm phần lớn số giải pháp được thực hiện.",
    )
    assert all(paragraphs == () for paragraphs in centre.narrative_en.values())
