"""Cơ cấu tổ chức (organisation): the staff list and the staff counts of the centre file."""

from __future__ import annotations

from vncpc_xl.consolidate import StaffMember, StaffSummary, YearData
from vncpc_xl.report._format import Formatter
from vncpc_xl.report._i18n import choice
from vncpc_xl.report.sections._common import Context

_OTHER_DEGREE = "Khác"
_COUNTS = ("count", "full_time", "part_time", "doctorates", "masters", "engineers", "bachelors", "others")


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `staff` (one entry per member, in the file's order) and `st` (counts, staff-months and -years)."""
    return {
        "staff": [staff_member(member, fmt.lang) for member in data.centre.staff],
        "st": staff_counts(data.staff, fmt),
    }


def staff_member(member: StaffMember, lang: str) -> dict[str, str]:
    """Return one staff member, with `line` as printed in the staff list ("TS. Ngô Thị Nga – Phó giám đốc")."""
    degree = "" if member.degree == _OTHER_DEGREE else member.degree
    line = f"{degree} {member.name}".strip()
    if member.position:
        line += f" – {member.position}"
    return {
        "name": member.name,
        "degree": degree,
        "position": member.position,
        "employment": choice(member.employment, lang),
        "line": line,
    }


def staff_counts(staff: StaffSummary, fmt: Formatter) -> dict[str, str]:
    """Return the staff counts and staff-months (công-tháng, công-năm)."""
    counts = {key: fmt.integer(getattr(staff, key)) for key in _COUNTS}
    counts["staff_months"] = fmt.whole_or(staff.staff_months, 1)
    counts["staff_years"] = fmt.number(staff.staff_years, 0)
    return counts
