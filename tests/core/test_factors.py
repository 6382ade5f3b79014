"""The factor library: the data file's grammar and sources, grid factors by year, default fuel properties."""

from __future__ import annotations

import csv
import math
import subprocess
import sys
from importlib.resources import files

import pytest

import vncpc_xl.core as core
from vncpc_xl.core import DEFAULT_FUELS, FuelProperties, grid_factor, normalize_coal_type
from vncpc_xl.core.factors import ROWS, FactorDataError, parse_factor_table
from vncpc_xl.errors import InputError

HEADER = "kind,resource,variant,value,unit,source,note_vi"


def _data_lines() -> list[str]:
    text = files("vncpc_xl.core").joinpath("data", "factors.csv").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_the_data_file_documents_its_grammar_in_a_header_comment() -> None:
    text = files("vncpc_xl.core").joinpath("data", "factors.csv").read_text(encoding="utf-8")
    comment = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    for kind in (
        "min_year",
        "unit",
        "ncv",
        "co2",
        "grid",
        "so2_per_s",
        "s_retention",
        "zero",
        "fuel_default",
    ):
        assert kind in comment
    assert _data_lines()[0] == HEADER


def test_every_row_of_the_data_file_cites_a_source() -> None:
    rows = list(csv.DictReader(_data_lines()))
    assert len(rows) > 40
    assert [r for r in rows if len(r["source"].strip()) < 15] == []


def test_every_row_carries_a_vietnamese_note_of_its_own() -> None:
    rows = list(csv.DictReader(_data_lines()))
    assert [r for r in rows if len(r["note_vi"].strip()) < 15] == []
    assert [r for r in rows if r["note_vi"] == r["source"]] == []  # translated, not copied
    vietnamese = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    assert [r["note_vi"] for r in rows if not vietnamese & set(r["note_vi"].lower())] == []


def test_a_fuel_factor_cites_its_sources_in_each_language() -> None:
    factor = core.emission_factor("fuel_oil", "SO2")
    assert factor.source_in("en").startswith("Stoichiometry S + O2 -> SO2")
    assert factor.source_in("vi").startswith("Tỷ lượng phản ứng S + O2 -> SO2")
    assert "(tỷ lệ giữ lại 0)" in factor.source_vi and "S = 3 % (mặc định: Dầu nhiên liệu" in factor.source_vi
    assert "(retention 0)" in factor.source and "S = 3 % (default: Vietnamese fuel oil" in factor.source
    fuels = {"coal": FuelProperties("coal", "Bitum", sulfur_pct=1.0, ash_pct=20, fly_ash_pct=30)}
    coal = core.emission_factor("coal", "BUI", fuels=fuels)
    assert coal.source_vi.startswith("Cân bằng khối lượng tro")
    assert "tro bay = 30 % (bảng nhiên liệu của sổ đánh giá)" in coal.source_vi
    assert core.grid_factor(2003).source_vi.startswith("Trần Minh Tuyến và Axel Michaelowa (2004)")


@pytest.mark.parametrize(
    ("variant", "fuel", "ncv", "co2", "ipcc_name"),
    [
        ("Antraxit", "coal", 26.7, 98300, "Anthracite"),
        ("Bitum", "coal", 25.8, 94600, "Other Bituminous Coal"),
        ("", "fuel_oil", 40.4, 77400, "Residual Fuel Oil"),
        ("", "diesel", 43.0, 74100, "Gas/Diesel Oil"),
        ("", "lpg", 47.3, 63100, "Liquefied Petroleum Gases"),
    ],
)
def test_fuel_co2_inputs_are_the_ipcc_2006_defaults(variant, fuel, ncv, co2, ipcc_name) -> None:
    ncv_row, co2_row = ROWS["ncv", fuel, variant], ROWS["co2", fuel, variant]
    assert (ncv_row.number, co2_row.number) == (ncv, co2)
    assert "IPCC 2006" in ncv_row.source and "Table 1.2" in ncv_row.source and ipcc_name in ncv_row.source
    assert "IPCC 2006" in co2_row.source and "Table 1.4" in co2_row.source and ipcc_name in co2_row.source


def test_grid_factors_cite_tuyen_michaelowa_for_2003_and_monre_from_2014() -> None:
    assert grid_factor(2003).value == 0.399
    assert "Tuyen" in grid_factor(2003).source and "HWWA Discussion Paper 295" in grid_factor(2003).source
    expected = {2014: 0.6612, 2015: 0.8154, 2016: 0.9185, 2017: 0.8649, 2018: 0.9130}
    expected |= {2019: 0.8458, 2020: 0.8041, 2021: 0.7221, 2022: 0.6766, 2023: 0.6592}
    for year, value in expected.items():
        factor = grid_factor(year)
        assert (factor.value, factor.year_used) == (value, year)
        assert "Department of Climate Change" in factor.source


def test_a_year_without_a_grid_factor_uses_the_nearest_earlier_year() -> None:
    assert (grid_factor(2010).value, grid_factor(2010).year_used) == (grid_factor(2003).value, 2003)
    assert (grid_factor(2013).year_used, grid_factor(2024).year_used, grid_factor(2031).year_used) == (
        2003,
        2023,
        2023,
    )
    assert grid_factor(2024).value == 0.6592


def test_years_before_2003_use_2003_and_none_uses_the_latest() -> None:
    assert grid_factor(1990).year_used == 2003
    assert grid_factor(1998.0).value == 0.399
    assert grid_factor(None).year_used == 2023


@pytest.mark.parametrize("year", [1989, 1000, 2010.5, math.nan, math.inf, "2010", True, [2010]])
def test_bad_years_are_input_errors_in_both_languages(year) -> None:
    with pytest.raises(InputError) as caught:
        grid_factor(year)
    assert caught.value.message_vi and caught.value.message_en
    assert caught.value.message_vi != caught.value.message_en


def test_year_1989_is_rejected_with_the_first_accepted_year() -> None:
    with pytest.raises(InputError, match="1990") as caught:
        grid_factor(1989)
    assert "năm" in caught.value.message_vi


def test_default_fuel_properties_follow_the_spec() -> None:
    assert DEFAULT_FUELS["coal"] == FuelProperties("coal", "Antraxit", 0.6, 25, 20, 0, 0)
    assert DEFAULT_FUELS["fuel_oil"] == FuelProperties("fuel_oil", sulfur_pct=3.0)
    assert DEFAULT_FUELS["diesel"] == FuelProperties("diesel", sulfur_pct=0.5)
    assert DEFAULT_FUELS["lpg"] == FuelProperties("lpg", sulfur_pct=0)
    assert list(DEFAULT_FUELS) == ["coal", "fuel_oil", "diesel", "lpg"]


def test_every_default_fuel_property_used_has_a_source() -> None:
    for fuel in DEFAULT_FUELS:
        assert ROWS["fuel_default", fuel, "sulfur_pct"].source
    for field in ("coal_type", "ash_pct", "fly_ash_pct", "so2_removal_pct", "dust_removal_pct"):
        assert ROWS["fuel_default", "coal", field].source


@pytest.mark.parametrize(
    "kwargs",
    [
        {"fuel": "coal", "coal_type": None},
        {"fuel": "coal", "coal_type": "Lignite"},
        {"fuel": "diesel", "coal_type": "Antraxit"},
        {"fuel": "water"},
        {"fuel": "fuel_oil", "sulfur_pct": -1},
        {"fuel": "fuel_oil", "sulfur_pct": 101},
        {"fuel": "fuel_oil", "dust_removal_pct": math.nan},
        {"fuel": "fuel_oil", "so2_removal_pct": "90"},
    ],
)
def test_bad_fuel_properties_are_input_errors(kwargs) -> None:
    with pytest.raises(InputError):
        FuelProperties(**kwargs)


def test_coal_type_is_read_case_insensitively_and_in_english() -> None:
    assert [normalize_coal_type(t) for t in (" antraxit", "BITUM", "Anthracite", "bituminous")] == [
        "Antraxit",
        "Bitum",
        "Antraxit",
        "Bitum",
    ]
    assert FuelProperties("coal", "bitum").coal_type == "Bitum"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("kind,resource,value,unit,source\n", "header"),
        (f"{HEADER}\nbogus,coal,,1,t,somewhere,ở đâu đó\n", "unknown kind"),
        (f"{HEADER}\ngrid,electricity,2003,0.399,t CO2/MWh,,T&M\n", "source is missing"),
        (f"{HEADER}\ngrid,electricity,2003,0.399,t CO2/MWh,T&M,\n", "Vietnamese note"),
        (f"{HEADER}\ngrid,electricity,2003,zero,t CO2/MWh,T&M,T&M\n", "not a number"),
        (f"{HEADER}\ngrid,electricity,2003,0.399,t CO2/MWh,T&M\n", "cells"),
        (f"{HEADER}\nunit,coal|coal,t,1,t/t,SI,SI\n", "repeats"),
    ],
)
def test_a_data_file_breaking_the_grammar_names_the_problem(body: str, problem: str) -> None:
    with pytest.raises(FactorDataError, match=problem):
        parse_factor_table("# comment\n" + body)


def test_a_row_naming_several_resources_applies_to_each() -> None:
    rows = parse_factor_table(f"{HEADER}\nunit,coal|lpg,kg,0.001,t/kg,SI,SI\n")
    assert rows["unit", "coal", "kg"].number == rows["unit", "lpg", "kg"].number == 0.001


def test_core_exports_the_team_api() -> None:
    team_api = {
        "Resource",
        "RESOURCES",
        "RESOURCE_BY_KEY",
        "resolve_resource",
        "FuelProperties",
        "DEFAULT_FUELS",
        "Factor",
        "normalize_pollutant",
        "emission_factor",
        "grid_factor",
        "emissions_t",
        "factors_used",
        "net_annual_savings",
        "payback_months",
        "payback_years",
        "portfolio_payback_months",
        "option_npv",
        "option_irr_pct",
        "to_usd",
    }
    assert team_api <= set(core.__all__)
    assert all(hasattr(core, name) for name in core.__all__)


def test_core_imports_without_file_or_excel_libraries() -> None:
    heavy = ("openpyxl", "docx", "docxtpl", "xlwings", "python_calamine", "matplotlib")
    code = f"import sys, vncpc_xl.core; print(','.join(m for m in {heavy!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
