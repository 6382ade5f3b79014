"""Declarative descriptions of the four workbook kinds; the only place their headers and table names are written."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType

from vncpc_xl.schema._common import TEMPLATE_VERSION
from vncpc_xl.schema.audit import AUDIT
from vncpc_xl.schema.centre import CENTRE
from vncpc_xl.schema.kpi import KPI
from vncpc_xl.schema.model import (
    Check,
    Choices,
    ColumnSpec,
    DateInYear,
    NameSpec,
    NotAbove,
    NotBefore,
    PeriodInYear,
    PeriodsDoNotOverlap,
    PriceForQuantity,
    References,
    RequiredWhen,
    SheetSpec,
    SummaryLine,
    TableSpec,
    ValueType,
    WorkbookSpec,
)
from vncpc_xl.schema.training import TRAINING

META_SHEET = "_meta"
#: The cell of the `META_SHEET` that names the workbook's kind (the template version is below it).
META_KIND_CELL = "B1"
SPECS: dict[str, WorkbookSpec] = {spec.kind: spec for spec in (AUDIT, TRAINING, KPI, CENTRE)}
KINDS = tuple(SPECS)


def all_choices() -> Iterator[Choices]:
    """Yield every drop-down list of every workbook kind (defined names first, then table columns)."""
    for spec in SPECS.values():
        for name in spec.names:
            if name.choices:
                yield name.choices  # type: ignore[misc]
        for table in spec.tables:
            for column in table.columns:
                if column.choices:
                    yield column.choices  # type: ignore[misc]


# Every drop-down value with its English label, as declared beside it (a value has one label in every list).
ENGLISH_LABELS: Mapping[str, str] = MappingProxyType(
    {value: english for choices in all_choices() for value, english in choices.pairs()}
)


def choice_label(value: str, lang: str) -> str:
    """Return the drop-down `value` as it reads in `lang`; text that is no drop-down value is returned as is.

    >>> choice_label("Quản lý nội vi", "en"), choice_label("Quản lý nội vi", "vi"), choice_label("xyz", "en")
    ('Good housekeeping', 'Quản lý nội vi', 'xyz')
    """
    return ENGLISH_LABELS.get(value, value) if lang == "en" else value


def spec_for(kind: str) -> WorkbookSpec:
    """Return the spec of workbook `kind` (``audit``, ``training``, ``kpi`` or ``centre``)."""
    try:
        return SPECS[kind]
    except KeyError:
        raise KeyError(f"unknown workbook kind {kind!r}; expected one of {', '.join(KINDS)}") from None


__all__ = [
    "ENGLISH_LABELS",
    "KINDS",
    "META_KIND_CELL",
    "META_SHEET",
    "SPECS",
    "TEMPLATE_VERSION",
    "Check",
    "Choices",
    "ColumnSpec",
    "DateInYear",
    "NameSpec",
    "NotAbove",
    "NotBefore",
    "PeriodInYear",
    "PeriodsDoNotOverlap",
    "PriceForQuantity",
    "References",
    "RequiredWhen",
    "SheetSpec",
    "SummaryLine",
    "TableSpec",
    "ValueType",
    "WorkbookSpec",
    "all_choices",
    "choice_label",
    "spec_for",
]
