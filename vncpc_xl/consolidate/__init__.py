"""Consolidation of a year's folder of workbooks into one validated, recomputed `YearData`."""

from __future__ import annotations

from vncpc_xl.consolidate.model import (
    Abbreviation,
    Assessment,
    AuditSummary,
    Benefits,
    CentreInfo,
    Course,
    Excluded,
    KpiPeriod,
    KpiResult,
    Module,
    OptionResult,
    Outreach,
    PlanRow,
    Project,
    SourceFile,
    StaffMember,
    StaffSummary,
    TrainingSummary,
    YearData,
)
from vncpc_xl.consolidate.year import consolidate

__all__ = [
    "Abbreviation",
    "Assessment",
    "AuditSummary",
    "Benefits",
    "CentreInfo",
    "Course",
    "Excluded",
    "KpiPeriod",
    "KpiResult",
    "Module",
    "OptionResult",
    "Outreach",
    "PlanRow",
    "Project",
    "SourceFile",
    "StaffMember",
    "StaffSummary",
    "TrainingSummary",
    "YearData",
    "consolidate",
]
