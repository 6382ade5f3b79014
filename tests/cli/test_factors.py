"""`vncpc-xl factors`: every factor with its unit and source, and the grid-factor year used."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from vncpc_xl.cli import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_factors_of_2024_use_the_2023_grid_factor(runner: CliRunner) -> None:
    result = runner.invoke(main, ["factors", "--year", "2024"])
    assert result.exit_code == 0, result.output
    assert "năm 2024; điện dùng hệ số lưới điện năm 2023" in result.output
    assert "0,6592" in result.output and "tấn CO2/MWh" in result.output
    assert "Cục Biến đổi khí hậu" in result.output  # the Vietnamese note of factors.csv
    assert "Department of Climate Change" not in result.output


def test_factors_list_every_resource_pollutant_value_and_source(runner: CliRunner) -> None:
    result = runner.invoke(main, ["factors", "--year", "2010"])
    assert result.exit_code == 0, result.output
    for name in ("Điện", "Than", "Dầu FO", "Dầu DO", "LPG", "Nước", "Nguyên liệu & hóa chất"):
        assert name in result.output
    assert (
        "hệ số lưới điện năm 2003" in result.output
        and "0,399" in result.output
        and "Trần Minh Tuyến" in result.output
    )
    assert "2,62461" in result.output  # 26,7 × 98 300 / 10⁶, Vietnamese decimal comma
    assert "0,06" in result.output  # SO2 of fuel oil: 2 × 3,0/100
    assert "IPCC 2006" in result.output and "AP-42" in result.output
    assert result.output.count("tấn bụi/") == 7


def test_factors_in_english(runner: CliRunner) -> None:
    result = runner.invoke(main, ["factors", "--year", "2016", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "electricity uses the grid factor of 2016" in result.output
    assert "0.9185" in result.output and "t CO2/MWh" in result.output
    assert "Department of Climate Change" in result.output and "Cục Biến đổi khí hậu:" not in result.output
    assert (
        "Electricity" in result.output
        and "Dust" in result.output
        and "Raw materials & chemicals" in result.output
    )


def test_without_a_year_the_latest_factors_are_shown(runner: CliRunner) -> None:
    result = runner.invoke(main, ["factors"])
    assert result.exit_code == 0, result.output
    assert "các hệ số mới nhất" in result.output and "năm 2023" in result.output


@pytest.mark.parametrize("year", ["1989", "99999", "abc"])
def test_a_year_outside_the_workbooks_bounds_is_a_usage_error_in_vietnamese(
    runner: CliRunner, year: str
) -> None:
    result = runner.invoke(main, ["factors", "--year", year])
    assert result.exit_code == 2
    assert f"Năm áp dụng '{year}' không hợp lệ; hãy ghi năm bằng 4 chữ số, từ 1990 đến 2100" in result.output
    assert "Traceback" not in result.output


def test_factors_is_listed_in_the_help(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0 and "factors" in result.output
