"""The centre file: centre information, staff list and the staff counts of SPEC 6."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vncpc_xl.consolidate._values import amount, date, integer, is_blank_row, text
from vncpc_xl.consolidate.model import (
    Abbreviation,
    CentreInfo,
    Outreach,
    Project,
    StaffMember,
    StaffSummary,
)
from vncpc_xl.schema.centre import DEGREES, DOCTORATES, NARRATIVE_SECTIONS

MASTERS, ENGINEERS, BACHELORS, OTHER_DEGREE = DEGREES[3:]
MONTHS_PER_YEAR = 12


def empty_centre(year: int | None = None) -> CentreInfo:
    """Return the centre information used when the folder has no usable centre file."""
    return CentreInfo(
        year=year,
        name="",
        director="",
        narrative={key: () for key in NARRATIVE_SECTIONS},
        narrative_en={key: () for key in NARRATIVE_SECTIONS},
        staff=(),
        projects=(),
        outreach=(),
        abbreviations=(),
    )


def read_centre(names: Mapping[str, Any], tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> CentreInfo:
    """Return the `CentreInfo` of a centre file's defined names and tables (already validated)."""
    return CentreInfo(
        year=integer(names.get("Year")),
        name=text(names.get("CentreName")),
        director=text(names.get("Director")),
        narrative=_narrative(tables.get("tblNarrative", ()), "vi"),
        narrative_en=_narrative(tables.get("tblNarrative", ()), "en"),
        staff=tuple(_staff(tables.get("tblStaff", ()))),
        projects=tuple(_projects(tables.get("tblProjects", ()))),
        outreach=tuple(_outreach(tables.get("tblOutreach", ()))),
        abbreviations=tuple(_abbreviations(tables.get("tblAbbreviations", ()))),
        prior_awareness_participants=integer(names.get("PriorAwarenessParticipants")) or 0,
        prior_certified_trainees=integer(names.get("PriorCertifiedTrainees")) or 0,
    )


def _narrative(rows: Iterable[Mapping[str, Any]], lang: str) -> dict[str, tuple[str, ...]]:
    """Return the paragraphs of `rows` written in `lang` by section; a blank language is Vietnamese."""
    paragraphs: dict[str, list[str]] = {key: [] for key in NARRATIVE_SECTIONS}
    for row in rows:
        section, paragraph = text(row.get("section")), text(row.get("paragraph"))
        if (text(row.get("language")) or "vi") != lang:
            continue
        if section in paragraphs and paragraph:
            paragraphs[section].append(paragraph)
    return {key: tuple(value) for key, value in paragraphs.items()}


def _staff(rows: Iterable[Mapping[str, Any]]) -> Iterable[StaffMember]:
    for row in rows:
        if is_blank_row(row, ("name", "degree", "employment", "staff_months")):
            continue
        yield StaffMember(
            name=text(row.get("name")),
            degree=text(row.get("degree")),
            position=text(row.get("position")),
            employment=text(row.get("employment")),
            staff_months=amount(row.get("staff_months")),
        )


def _projects(rows: Iterable[Mapping[str, Any]]) -> Iterable[Project]:
    keys = ("name", "cp_content", "donor", "partner", "place", "period")
    for row in rows:
        if not is_blank_row(row, keys):
            yield Project(*(text(row.get(key)) for key in keys))


def _outreach(rows: Iterable[Mapping[str, Any]]) -> Iterable[Outreach]:
    for row in rows:
        if not is_blank_row(row, ("type", "title", "date", "channel")):
            yield Outreach(
                text(row.get("type")), text(row.get("title")), date(row.get("date")), text(row.get("channel"))
            )


def _abbreviations(rows: Iterable[Mapping[str, Any]]) -> Iterable[Abbreviation]:
    for row in rows:
        if not is_blank_row(row, ("abbreviation", "meaning")):
            yield Abbreviation(text(row.get("abbreviation")), text(row.get("meaning")))


def summarise_staff(staff: Sequence[StaffMember]) -> StaffSummary:
    """Return the staff counts: by degree (tiến sĩ = GS.TS. + PGS.TS. + TS.), by employment, and staff-months.

    >>> s = summarise_staff([StaffMember("A", "PGS.TS.", "", "Toàn thời gian", 12),
    ...                      StaffMember("B", "KS.", "", "Bán thời gian", 6.5)])
    >>> (s.doctorates, s.engineers, s.full_time, s.part_time, s.staff_months, s.staff_years)
    (1, 1, 1, 1, 18.5, 1.5416666666666667)
    """
    degrees = [member.degree for member in staff]
    months = sum(member.staff_months for member in staff)
    full_time = sum(1 for member in staff if member.full_time)
    known = set(DEGREES) - {OTHER_DEGREE}
    return StaffSummary(
        count=len(staff),
        full_time=full_time,
        part_time=len(staff) - full_time,
        doctorates=sum(1 for d in degrees if d in DOCTORATES),
        masters=degrees.count(MASTERS),
        engineers=degrees.count(ENGINEERS),
        bachelors=degrees.count(BACHELORS),
        others=sum(1 for d in degrees if d not in known),
        staff_months=months,
        staff_years=months / MONTHS_PER_YEAR,
    )
