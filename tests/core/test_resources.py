"""Resources and how their names are read: units, case, Unicode forms, unknown names."""

from __future__ import annotations

import unicodedata

import pytest

from vncpc_xl.core import RESOURCE_BY_KEY, RESOURCES, resolve_resource
from vncpc_xl.errors import InputError

NAMES = ["Điện", "Than", "Dầu FO", "Dầu DO", "LPG", "Nước", "Nguyên liệu & hóa chất"]


def test_resources_are_the_seven_of_the_spec_in_order() -> None:
    assert [(r.key, r.name, r.unit) for r in RESOURCES] == [
        ("electricity", "Điện", "MWh"),
        ("coal", "Than", "tấn"),
        ("fuel_oil", "Dầu FO", "tấn"),
        ("diesel", "Dầu DO", "tấn"),
        ("lpg", "LPG", "tấn"),
        ("water", "Nước", "m³"),
        ("materials", "Nguyên liệu & hóa chất", "tấn"),
    ]
    assert list(RESOURCE_BY_KEY) == [r.key for r in RESOURCES]
    assert all(r.name_en and r.unit_en for r in RESOURCES)


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Điện (MWh/năm)", "electricity"),
        ("Than (tấn/năm)", "coal"),
        ("Dầu FO (tấn/năm)", "fuel_oil"),
        ("Dầu DO (tấn/năm)", "diesel"),
        ("LPG (tấn/năm)", "lpg"),
        ("Nước (m³/năm)", "water"),
        ("Nguyên liệu & hóa chất (tấn/năm)", "materials"),
    ],
)
def test_option_table_headers_resolve_in_canonical_units(header: str, key: str) -> None:
    assert resolve_resource(header) == (RESOURCE_BY_KEY[key], 1.0)


@pytest.mark.parametrize(
    ("text", "key", "multiplier"),
    [
        ("Điện (kWh/năm)", "electricity", 1 / 1000),
        ("Điện (kWh)", "electricity", 1 / 1000),
        ("Điện (GWh/năm)", "electricity", 1000),
        ("Than (kg/năm)", "coal", 1 / 1000),
        ("Than (t)", "coal", 1),
        ("Nước (m3/năm)", "water", 1),
        ("Nước (lít/năm)", "water", 1 / 1000),
    ],
)
def test_units_written_after_the_name_convert_to_the_canonical_unit(text, key, multiplier) -> None:
    resource, found = resolve_resource(text)
    assert resource.key == key
    assert found == pytest.approx(multiplier)


@pytest.mark.parametrize(
    "text",
    [
        "điện",
        "ĐIỆN",
        "  Điện  ",
        unicodedata.normalize("NFD", "Điện (kWh/năm)"),
        "Điện ( kWh / năm )",
        "Electricity",
        "electricity",
    ],
)
def test_names_are_read_whatever_the_case_spacing_or_unicode_form(text: str) -> None:
    assert resolve_resource(text)[0].key == "electricity"


def test_old_tone_mark_style_and_va_read_as_the_spec_name() -> None:
    assert resolve_resource("Nguyên liệu và hoá chất (tấn/năm)")[0].key == "materials"
    assert resolve_resource("NGUYÊN LIỆU & HOÁ CHẤT")[0].key == "materials"


def test_an_unknown_name_lists_every_accepted_name_in_both_languages() -> None:
    with pytest.raises(InputError) as caught:
        resolve_resource("Gas")
    assert caught.value.message_vi.startswith("tài nguyên không rõ 'Gas'; dùng: Điện, Than")
    for name in NAMES:
        assert name in caught.value.message_vi
    assert "Electricity" in caught.value.message_en


def test_a_unit_that_does_not_fit_the_resource_lists_the_accepted_units() -> None:
    with pytest.raises(InputError, match="MWh, kWh, GWh"):
        resolve_resource("Điện (tấn/năm)")


@pytest.mark.parametrize("value", [None, 5.0, ["Điện"], ""])
def test_a_name_that_is_not_text_is_an_input_error(value) -> None:
    with pytest.raises(InputError):
        resolve_resource(value)
