"""Declarative descriptions of the four workbook kinds; the only place their headers and table names are written."""

from __future__ import annotations

from vncpc_xl.schema._common import TEMPLATE_VERSION
from vncpc_xl.schema.audit import AUDIT
from vncpc_xl.schema.centre import CENTRE
from vncpc_xl.schema.kpi import KPI
from vncpc_xl.schema.model import (
    Check,
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


def spec_for(kind: str) -> WorkbookSpec:
    """Return the spec of workbook `kind` (``audit``, ``training``, ``kpi`` or ``centre``)."""
    try:
        return SPECS[kind]
    except KeyError:
        raise KeyError(f"unknown workbook kind {kind!r}; expected one of {', '.join(KINDS)}") from None


__all__ = [
    "KINDS",
    "META_KIND_CELL",
    "META_SHEET",
    "SPECS",
    "TEMPLATE_VERSION",
    "Check",
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
    "spec_for",
]
