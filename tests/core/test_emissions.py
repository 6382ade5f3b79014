"""Emission factors and emissions, hand-computed from the SPEC section 4 formulas."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vncpc_xl.core import (
    DEFAULT_FUELS,
    RESOURCES,
    FuelProperties,
    emission_factor,
    emissions_t,
    factors_used,
    normalize_pollutant,
    total_emissions_t,
)
from vncpc_xl.errors import InputError

quantities = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@pytest.mark.parametrize(
    ("fuel", "expected"),
    [
        (DEFAULT_FUELS["coal"], 26.7 * 98300 / 1e6),
        (FuelProperties("coal", "Bitum", 0.6, 25, 20), 25.8 * 94600 / 1e6),
        (DEFAULT_FUELS["fuel_oil"], 40.4 * 77400 / 1e6),
        (DEFAULT_FUELS["diesel"], 43.0 * 74100 / 1e6),
        (DEFAULT_FUELS["lpg"], 47.3 * 63100 / 1e6),
    ],
)
def test_co2_per_tonne_is_ncv_times_ef_over_a_million(fuel: FuelProperties, expected: float) -> None:
    factor = emission_factor(fuel.fuel, "CO2", fuels={fuel.fuel: fuel})
    assert factor.value == pytest.approx(expected, rel=1e-12)
    assert factor.unit == "tấn CO2/tấn"
    assert "IPCC 2006" in factor.source


def test_100_t_of_anthracite_emit_262_461_t_co2() -> None:
    assert (
        emissions_t("coal", 100, "CO2") == pytest.approx(100 * 26.7 * 98300 / 1e6) == pytest.approx(262.461)
    )


def test_so2_of_fuel_oil_uses_its_3_percent_sulfur_without_retention() -> None:
    assert emissions_t("fuel_oil", 1, "SO2") == pytest.approx(2 * 3.0 / 100 * (1 - 0) * (1 - 0 / 100)) == 0.06


def test_so2_of_coal_keeps_5_percent_of_the_sulfur_in_the_ash() -> None:
    assert emissions_t("coal", 100, "SO2") == pytest.approx(100 * 2 * 0.6 / 100 * (1 - 0.05))
    scrubbed = {"coal": FuelProperties("coal", "Antraxit", 0.6, 25, 20, so2_removal_pct=80)}
    assert emissions_t("coal", 100, "SO2", fuels=scrubbed) == pytest.approx(
        100 * 2 * 0.6 / 100 * 0.95 * (1 - 0.8)
    )


def test_so2_of_diesel_and_lpg() -> None:
    assert emissions_t("diesel", 10, "SO2") == pytest.approx(10 * 2 * 0.5 / 100)
    assert emissions_t("lpg", 10, "SO2") == 0


def test_coal_dust_is_ash_times_fly_ash_times_what_the_filter_lets_through() -> None:
    assert emissions_t("coal", 100, "BUI") == pytest.approx(100 * 25 / 100 * 20 / 100)
    filtered = {"coal": FuelProperties("coal", "Antraxit", 0.6, 30, 15, dust_removal_pct=90)}
    assert emissions_t("coal", 100, "DUST", fuels=filtered) == pytest.approx(100 * 0.30 * 0.15 * (1 - 0.9))


def test_oil_dust_follows_the_sulfur_formula_and_lpg_has_none() -> None:
    assert emissions_t("fuel_oil", 10, "BUI") == pytest.approx(10 * (1.14 * 3.0 + 0.40) / 1000)
    half = {"fuel_oil": FuelProperties("fuel_oil", sulfur_pct=2.0, dust_removal_pct=50)}
    assert emissions_t("fuel_oil", 10, "BUI", fuels=half) == pytest.approx(
        10 * (1.14 * 2.0 + 0.40) / 1000 * 0.5
    )
    assert emissions_t("diesel", 10, "BUI") == pytest.approx(10 * 0.28 / 1000)
    assert emissions_t("lpg", 10, "BUI") == 0


def test_electricity_co2_uses_the_grid_factor_of_the_year() -> None:
    assert emissions_t("electricity", 100, "CO2", 2003) == pytest.approx(100 * 0.399)
    assert emissions_t("electricity", 100, "CO2", 2010) == pytest.approx(100 * 0.399)
    assert emissions_t("electricity", 100, "CO2", 2016) == pytest.approx(100 * 0.9185)
    assert emissions_t("electricity", 100, "CO2", 2024) == pytest.approx(100 * 0.6592)
    assert emission_factor("electricity", "CO2", 2024).year_used == 2023


def test_electricity_has_no_counted_so2_or_dust() -> None:
    for pollutant in ("SO2", "BUI"):
        factor = emission_factor("electricity", pollutant, 2003)
        assert factor.value == 0 and "not" in factor.source


@pytest.mark.parametrize("key", ["water", "materials"])
@pytest.mark.parametrize("pollutant", ["CO2", "SO2", "BUI"])
def test_water_and_materials_emit_nothing_and_say_why(key: str, pollutant: str) -> None:
    factor = emission_factor(key, pollutant, 2003)
    assert factor.value == 0
    assert "no air emission" in factor.source


def test_workbook_fuel_properties_replace_the_defaults_and_the_source_says_so() -> None:
    fuels = {"fuel_oil": FuelProperties("fuel_oil", sulfur_pct=3.5)}
    factor = emission_factor("fuel_oil", "SO2", fuels=fuels)
    assert factor.value == pytest.approx(2 * 3.5 / 100)
    assert "S = 3.5 % (audit workbook fuel table)" in factor.source
    assert "S = 3 % (default" in emission_factor("fuel_oil", "SO2").source
    assert emission_factor("coal", "SO2", fuels=fuels).value == pytest.approx(2 * 0.6 / 100 * 0.95)


@pytest.mark.parametrize(
    ("text", "code"), [("co2", "CO2"), (" SO2 ", "SO2"), ("BỤI", "BUI"), ("dust", "BUI")]
)
def test_pollutant_names(text: str, code: str) -> None:
    assert normalize_pollutant(text) == code


@pytest.mark.parametrize("text", ["NOx", "", None, 2.0])
def test_an_unknown_pollutant_is_an_input_error(text) -> None:
    with pytest.raises(InputError, match="CO2, SO2, BUI"):
        normalize_pollutant(text)


def test_bad_arguments_are_input_errors() -> None:
    with pytest.raises(InputError):
        emission_factor("gas", "CO2")
    with pytest.raises(InputError, match="1990"):
        emissions_t("coal", 1, "CO2", 1989)
    with pytest.raises(InputError):
        emissions_t("coal", math.nan, "CO2")
    with pytest.raises(InputError):
        emission_factor("coal", "CO2", fuels={"coal": DEFAULT_FUELS["diesel"]})


def test_factors_used_lists_every_resource_and_pollutant_with_a_source() -> None:
    found = factors_used(2024)
    assert [(f.resource, f.pollutant) for f in found] == [
        (r.key, p) for r in RESOURCES for p in ("CO2", "SO2", "BUI")
    ]
    assert all(f.source for f in found)
    assert [f.year_used for f in found if f.year_used is not None] == [2023]


def test_total_emissions_sum_the_resources() -> None:
    expected = 40.838 * 0.399 + 19.113 * 26.7 * 98300 / 1e6 + 1.951 * 40.4 * 77400 / 1e6
    got = total_emissions_t(
        {"electricity": 40.838, "coal": 19.113, "fuel_oil": 1.951, "water": None}, "CO2", 2003
    )
    assert got == pytest.approx(expected)


@given(
    quantities,
    quantities,
    st.sampled_from(["CO2", "SO2", "BUI"]),
    st.sampled_from([r.key for r in RESOURCES]),
)
def test_emissions_are_linear_in_the_quantity(a: float, b: float, pollutant: str, key: str) -> None:
    together = emissions_t(key, a + b, pollutant, 2003)
    assert together == pytest.approx(
        emissions_t(key, a, pollutant, 2003) + emissions_t(key, b, pollutant, 2003), rel=1e-12, abs=1e-6
    )


def test_messages_name_the_resource_as_staff_write_it() -> None:
    with pytest.raises(InputError) as caught:
        emissions_t("fuel_oil", "nhiều", "CO2")
    assert "Dầu FO" in caught.value.message_vi and "fuel_oil" not in caught.value.message_vi
    with pytest.raises(InputError) as caught:
        FuelProperties("fuel_oil", "Antraxit", sulfur_pct=3.0)
    assert caught.value.message_vi == "loại than 'Antraxit' chỉ dùng cho Than, không cho Dầu FO; hãy để trống"
    assert "Fuel oil FO" in caught.value.message_en
