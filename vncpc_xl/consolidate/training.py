"""The training register: Bảng 1 (plan vs result), Bảng 2 (modules), courses, seminars, cumulative counts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vncpc_xl.consolidate._values import amount, date, integer, is_blank_row, number, text
from vncpc_xl.consolidate.model import Course, Module, PlanRow, TrainingSummary
from vncpc_xl.schema.training import AWARENESS_SEMINAR, COURSE_TYPES, HELD, SEMINAR_TYPES


@dataclass(frozen=True)
class Register:
    """What one training register holds, before it is combined with the centre file's earlier-year counts.

    `plan` rows carry the plan only (results 0); `courses` are the held rows.
    """

    year: int | None
    plan: tuple[PlanRow, ...]
    courses: tuple[Course, ...]
    modules: tuple[Module, ...]


def read_register(names: Mapping[str, Any], tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> Register:
    """Return the `Register` of a training register's defined names and tables (already validated)."""
    return Register(
        year=integer(names.get("Year")),
        plan=tuple(_plan(tables.get("tblTrainingPlan", ()))),
        courses=tuple(_held(tables.get("tblCourses", ()))),
        modules=tuple(_modules(tables.get("tblModules", ()))),
    )


def _plan(rows: Iterable[Mapping[str, Any]]) -> Iterable[PlanRow]:
    for row in rows:
        kind = text(row.get("type"))
        if not kind:
            continue
        planned_courses = row.get("planned_courses")
        yield PlanRow(
            type=kind,
            is_seminar=kind in SEMINAR_TYPES,
            planned_person_days=number(row.get("planned_person_days")),
            planned_courses=None if planned_courses in (None, "") else integer(planned_courses),
            result_person_days=0.0,
            result_courses=0,
            note=text(row.get("note")),
        )


def _held(rows: Iterable[Mapping[str, Any]]) -> Iterable[Course]:
    for row in rows:
        if text(row.get("status")) != HELD:
            continue
        days, participants = amount(row.get("days")), integer(row.get("participants")) or 0
        kind = text(row.get("type"))
        yield Course(
            code=text(row.get("code")),
            name=text(row.get("name")),
            type=kind,
            is_seminar=kind in SEMINAR_TYPES,
            start=date(row.get("start")),
            end=date(row.get("end")),
            days=days,
            place=text(row.get("place")),
            client=text(row.get("client")),
            participants=participants,
            person_days=days * participants,
            field_visit_person_days=amount(row.get("field_visit_person_days")),
            certified=integer(row.get("certified")) or 0,
        )


_BULLET = re.compile(r"^\s*(?:[-•*–·]|\d+[.)])\s+")


def _modules(rows: Iterable[Mapping[str, Any]]) -> Iterable[Module]:
    for row in rows:
        if is_blank_row(row, ("module", "days", "topics")):
            continue
        lines = (_BULLET.sub("", line).strip() for line in text(row.get("topics")).splitlines())
        yield Module(text(row.get("module")), number(row.get("days")), tuple(line for line in lines if line))


def summarise_training(
    register: Register | None, *, prior_awareness: int = 0, prior_certified: int = 0
) -> TrainingSummary:
    """Return the year's training figures (SPEC 6); `register` None gives zeros plus the earlier-year counts.

    Only held rows count; Bảng 1's result per type = Σ person-days (days × participants) of that type.
    """
    courses = register.courses if register else ()
    training = [c for c in courses if c.type in COURSE_TYPES]
    seminars = [c for c in courses if c.type in SEMINAR_TYPES]
    awareness = [c for c in seminars if c.type == AWARENESS_SEMINAR]
    awareness_participants = sum(c.participants for c in awareness)
    certified = sum(c.certified for c in training)  # SPEC 6: certified trainees of held courses, not seminars
    return TrainingSummary(
        plan=_plan_vs_result(register.plan if register else (), courses),
        courses_held=len(training),
        course_person_days=sum(c.person_days for c in training),
        field_visit_person_days=sum(c.field_visit_person_days for c in training),
        seminars_held=len(seminars),
        seminar_person_days=sum(c.person_days for c in seminars),
        awareness_seminars=len(awareness),
        awareness_participants=awareness_participants,
        awareness_cumulative=prior_awareness + awareness_participants,
        certified_year=certified,
        certified_cumulative=prior_certified + certified,
        modules=register.modules if register else (),
        courses=courses,
    )


def _plan_vs_result(plan: Sequence[PlanRow], courses: Sequence[Course]) -> tuple[PlanRow, ...]:
    rows: list[PlanRow] = []
    for kind in [p.type for p in plan] + sorted(
        {c.type for c in courses} - {p.type for p in plan}, key=_type_order
    ):
        planned = next((p for p in plan if p.type == kind), None)
        held = [c for c in courses if c.type == kind]
        rows.append(
            PlanRow(
                type=kind,
                is_seminar=kind in SEMINAR_TYPES,
                planned_person_days=planned.planned_person_days if planned else None,
                planned_courses=planned.planned_courses if planned else None,
                result_person_days=sum(c.person_days for c in held),
                result_courses=len(held),
                note=planned.note if planned else "",
            )
        )
    return tuple(rows)


def _type_order(kind: str) -> tuple[int, str]:
    known = (*COURSE_TYPES, *SEMINAR_TYPES)
    return (known.index(kind) if kind in known else len(known), kind)
