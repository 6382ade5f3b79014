"""The four workbook specs are internally consistent and match the SPEC's contract."""

from __future__ import annotations

import pickle
import re

import pytest

from vncpc_xl import core
from vncpc_xl.schema import ENGLISH_LABELS, KINDS, SPECS, Choices, all_choices, audit, choice_label, spec_for
from vncpc_xl.schema.audit import SECTORS
from vncpc_xl.schema.training import COURSE_TYPES, SEMINAR_TYPES, TRAINING_TYPES

PLACEHOLDER = re.compile(r"\{(\w+):([^}]+)\}")


@pytest.mark.parametrize("kind", KINDS)
def test_keys_and_headers_are_unique(kind: str) -> None:
    spec = spec_for(kind)
    for table in spec.tables:
        assert len(set(table.keys)) == len(table.keys), table.name
        headers = [" ".join(c.header.split()) for c in table.columns]
        assert len(set(headers)) == len(headers), table.name
        assert table.sheet in {s.name for s in spec.sheets}
    names = [n.key for n in spec.names]
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("kind", KINDS)
def test_formula_placeholders_resolve(kind: str) -> None:
    spec = spec_for(kind)
    formulas = [(t, c.formula) for t in spec.tables for c in t.columns if c.formula]
    formulas += [(None, line.formula) for s in spec.sheets for line in s.summary]
    assert formulas or kind in {"kpi", "centre"}
    for table, formula in formulas:
        assert formula.startswith("=")
        for kind_, arg in PLACEHOLDER.findall(formula):
            parts = arg.split(":")
            if kind_ == "row":
                assert parts[0] in table.keys
            elif kind_ in {"rowspan", "hdrspan"}:
                assert all(p in table.keys for p in parts)
            elif kind_ == "name":
                spec.name(parts[0])
            elif kind_ == "table":
                spec.table(parts[0])
            elif kind_ == "col":
                assert parts[1] in spec.table(parts[0]).keys
            else:
                pytest.fail(f"unknown placeholder {kind_!r} in {formula}")


@pytest.mark.parametrize("kind", KINDS)
def test_prefill_and_defaults_fit_their_columns(kind: str) -> None:
    spec = spec_for(kind)
    for table in spec.tables:
        for row in table.prefill:
            for key, value in row.items():
                col = table.column(key)
                if col.choices and value is not None:
                    assert value in col.choices, (table.name, key, value)
    for name in spec.names:
        if name.choices and name.default is not None:
            assert name.default in name.choices


def test_audit_options_columns_follow_the_spec_order() -> None:
    headers = [c.header for c in spec_for("audit").table("tblOptions").columns]
    assert headers[:5] == ["STT", "Giải pháp", "Nhóm giải pháp", "Trạng thái", "Đầu tư"]
    assert headers[5:12] == [
        "Điện (MWh/năm)",
        "Than (tấn/năm)",
        "Dầu FO (tấn/năm)",
        "Dầu DO (tấn/năm)",
        "LPG (tấn/năm)",
        "Nước (m³/năm)",
        "Nguyên liệu & hóa chất (tấn/năm)",
    ]
    assert headers[12:] == [
        "Tiết kiệm khác (/năm)",
        "Chi phí vận hành tăng thêm (/năm)",
        "Tiết kiệm (/năm)",
        "Giảm CO2 (tấn/năm)",
        "Giảm SO2 (tấn/năm)",
        "Giảm bụi (tấn/năm)",
        "Hoàn vốn (tháng)",
        "NPV",
        "IRR (%)",
    ]
    formula_cols = [c.header for c in spec_for("audit").table("tblOptions").columns if c.is_formula]
    assert formula_cols == headers[14:]


def test_every_kind_is_described() -> None:
    assert set(SPECS) == {"audit", "training", "kpi", "centre"}
    assert {t.name for t in spec_for("centre").tables} == {
        "tblStaff",
        "tblProjects",
        "tblOutreach",
        "tblNarrative",
        "tblAbbreviations",
    }


def test_every_drop_down_value_carries_an_english_label_and_one_label_everywhere() -> None:
    labels: dict[str, set[str]] = {}
    for choices in all_choices():
        assert isinstance(choices, Choices)
        for value, english in choices.pairs():
            assert english.strip(), value
            labels.setdefault(value, set()).add(english)
    assert {value: found for value, found in labels.items() if len(found) > 1} == {}
    assert ENGLISH_LABELS["Quản lý nội vi"] == "Good housekeeping"
    assert choice_label("Khác", "en") == "Other" and choice_label("Khác", "vi") == "Khác"


def test_choices_join_keep_their_labels_and_survive_pickling() -> None:
    joined = COURSE_TYPES + SEMINAR_TYPES
    assert isinstance(joined, Choices) and joined == TRAINING_TYPES
    assert joined.label("Hội nghị chuyên đề khác", "en") == "Other seminars"
    assert pickle.loads(pickle.dumps(SECTORS)).pairs() == SECTORS.pairs()
    assert Choices("USD", ("Khác", "Other")).listed("en") == "USD; Khác (Other)"


def test_the_coal_types_are_those_of_the_factor_table() -> None:
    assert tuple(audit.COAL_TYPES) == core.COAL_TYPES


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_a_short_name_in_both_languages(kind: str) -> None:
    spec = spec_for(kind)
    assert spec.short and spec.short_en and len(spec.short.split()) <= 2
