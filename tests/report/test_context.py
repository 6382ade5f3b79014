"""Tests of vncpc_xl.report.context and its sections: YearData → formatted strings (no Word involved)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.report.yeardata import year_2003
from vncpc_xl.report import context
from vncpc_xl.report._format import Formatter
from vncpc_xl.report.context import SECTIONS, build_context
from vncpc_xl.report.sections._common import Rows
from vncpc_xl.report.sections.narrative import paragraph

SECTIONS_DIR = Path(context.__file__).with_name("sections")


def test_every_printed_value_is_a_string() -> None:
    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, Rows)):
            for item in value:
                walk(item)
        else:
            assert value is None or isinstance(value, (str, bool)), value

    walk(build_context(year_2003(), "vi"))


def test_key_figures_are_rounded_only_here() -> None:
    context = build_context(year_2003(), "vi")
    assert context["st"]["staff_months"] == "177"
    assert context["st"]["staff_years"] == "15"  # 177 / 12 = 14.75
    assert context["b3"]["electricity"] == "40.838 MWh"  # 40 838.4 unrounded in the data
    assert context["b3"]["diesel"] == "64 tấn"  # 64.3
    assert context["au"]["payback_months"] == "3,2"
    assert context["tr"]["awareness_cumulative"] == "1.406"


def test_narrative_list_items_become_bullets() -> None:
    assert paragraph("• Bộ Thuỷ sản;") == {"text": "Bộ Thuỷ sản;", "bullet": True}
    assert paragraph("-5 % là mức giảm") == {"text": "-5 % là mức giảm", "bullet": False}


def test_every_narrative_section_is_present_even_when_empty() -> None:
    narrative = build_context(year_2003(), "vi")["n"]
    assert list(narrative)[:3] == ["loi_noi_dau", "chinh_sach", "tam_nhin"]
    assert narrative["hop_tac"] == []


def _with_narrative(**sections: tuple[str, ...]) -> dict:
    data = year_2003()
    centre = dataclasses.replace(data.centre, narrative={**data.centre.narrative, **sections})
    return build_context(dataclasses.replace(data, centre=centre), "vi")


def test_the_figures_marker_puts_the_following_paragraphs_after_the_tables() -> None:
    context = _with_narrative(dich_vu=("Trước bảng.", " [số liệu] ", "Sau bảng.", "[SỐ LIỆU]", "Cuối."))
    assert [p["text"] for p in context["n"]["dich_vu"]] == ["Trước bảng."]
    assert [p["text"] for p in context["n_after"]["dich_vu"]] == ["Sau bảng.", "Cuối."]


def test_a_section_without_figures_keeps_its_paragraphs_together() -> None:
    context = _with_narrative(hop_tac=("Một.", "[SỐ LIỆU]", "Hai."))
    assert [p["text"] for p in context["n"]["hop_tac"]] == ["Một.", "Hai."]
    assert context["n_after"]["hop_tac"] == []


def test_kpis_are_grouped_by_area() -> None:
    groups = build_context(year_2003(), "en")["kpi_groups"]
    assert [(g["area"], len(g["rows"])) for g in groups] == [("Office", 5), ("Training", 2)]
    assert groups[1]["rows"][0]["change"] == "\u22129.5% (met)"


def test_only_non_zero_factors_are_listed() -> None:
    context = build_context(year_2003(), "vi")
    assert all(f["value"] != "0" for f in context["factors"])
    assert "Nước (CO₂)" in context["zero_factors"]


def test_missing_year_and_centre_show_dashes() -> None:
    data = year_2003()
    data = dataclasses.replace(data, year=None, centre=dataclasses.replace(data.centre, name=""))
    context = build_context(data, "vi")
    assert context["year"] == "—" and context["centre_name"] == "—"


def test_every_section_module_is_in_the_report_order_once() -> None:
    modules = {p.stem for p in SECTIONS_DIR.glob("*.py") if not p.stem.startswith("_")}
    names = [name for name, _ in SECTIONS]
    assert sorted(names) == sorted(modules)
    assert len(names) == len(set(names))
    assert names[0] == "title" and names[-1] == "appendix_excluded"


def test_each_field_comes_from_one_section() -> None:
    data, fmt = year_2003(), Formatter("vi")
    owners: dict[str, list[str]] = {}
    for name, section in SECTIONS:
        for key in section(data, fmt):
            owners.setdefault(key, []).append(name)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
    assert set(owners) == set(build_context(data, "vi"))


def test_two_sections_returning_one_field_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "SECTIONS", (*context.SECTIONS, ("trends", lambda data, fmt: {"year": "x"})))
    with pytest.raises(context.DuplicateFieldError, match="sections title and trends both return 'year'"):
        build_context(year_2003(), "vi")
