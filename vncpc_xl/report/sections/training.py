"""Đào tạo (training): the key training figures, Bảng 1, the courses by type and Bảng 2 (the modules)."""

from __future__ import annotations

from collections.abc import Sequence

from vncpc_xl.consolidate import CentreInfo, PlanRow, TrainingSummary, YearData
from vncpc_xl.report._format import DASH, Formatter
from vncpc_xl.report._i18n import choice
from vncpc_xl.report.sections._common import Context

_UNITS = {
    "vi": {"course": "khóa", "courses": "khóa", "seminar": "hội nghị", "seminars": "hội nghị"},
    "en": {"course": "course", "courses": "courses", "seminar": "seminar", "seminars": "seminars"},
}


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `tr` (key figures, awareness and certified trainees), Bảng 1, `training_types` and Bảng 2.

    `chart_training` (Hình 1) is filled in by the renderer, which draws it.
    """
    training = data.training
    return {
        "tr": key_figures(training, data.centre, fmt),
        **table1(training.plan, fmt),
        "training_types": type_lines(training, fmt),
        **modules(training, fmt),
        "chart_training": None,
    }


def key_figures(training: TrainingSummary, centre: CentreInfo, fmt: Formatter) -> dict[str, str]:
    """Return the year's courses, seminars and person-days, and awareness and certification (year, prior, total)."""
    return {
        "courses_held": fmt.integer(training.courses_held),
        "course_person_days": fmt.number(training.course_person_days),
        "field_visit_person_days": fmt.number(training.field_visit_person_days),
        "seminars_held": fmt.integer(training.seminars_held),
        "seminar_person_days": fmt.number(training.seminar_person_days),
        "awareness_seminars": fmt.integer(training.awareness_seminars),
        "awareness_participants": fmt.integer(training.awareness_participants),
        "awareness_prior": fmt.integer(centre.prior_awareness_participants),
        "awareness_cumulative": fmt.integer(training.awareness_cumulative),
        "certified_year": fmt.integer(training.certified_year),
        "certified_prior": fmt.integer(centre.prior_certified_trainees),
        "certified_cumulative": fmt.integer(training.certified_cumulative),
    }


def table1_rows(plan: Sequence[PlanRow]) -> list[PlanRow]:
    """Return the rows of Bảng 1: the training (course) types, as in the reference report."""
    return [row for row in plan if not row.is_seminar]


def table1(plan: Sequence[PlanRow], fmt: Formatter) -> Context:
    """Return Bảng 1 (`table1`: plan and result per course type) and its total row (`table1_total`)."""
    rows = table1_rows(plan)
    planned = [r.planned_person_days for r in rows if r.planned_person_days is not None]
    return {
        "table1": [
            {
                "type": choice(r.type, fmt.lang),
                "planned": fmt.number(r.planned_person_days),
                "result": fmt.number(r.result_person_days),
                "courses": fmt.integer(r.result_courses),
                "note": r.note,
            }
            for r in rows
        ],
        "table1_total": {
            "planned": fmt.number(sum(planned)) if planned else DASH,
            "result": fmt.number(sum(r.result_person_days for r in rows)),
            "courses": fmt.integer(sum(r.result_courses for r in rows)),
        },
    }


def type_lines(training: TrainingSummary, fmt: Formatter) -> list[dict[str, str]]:
    """Return one line per training or seminar type held: courses, participants and person-days."""
    participants: dict[str, int] = {}
    for course in training.courses:
        participants[course.type] = participants.get(course.type, 0) + course.participants
    units = _UNITS[fmt.lang]
    return [
        {
            "type": choice(r.type, fmt.lang),
            "courses": fmt.integer(r.result_courses),
            "unit": units[("seminar" if r.is_seminar else "course") + ("" if r.result_courses == 1 else "s")],
            "participants": fmt.integer(participants.get(r.type, 0)),
            "result": fmt.number(r.result_person_days),
        }
        for r in training.plan
        if r.result_courses
    ]


def modules(training: TrainingSummary, fmt: Formatter) -> Context:
    """Return Bảng 2 (`modules`: name, days, topics) with `modules_count` and `modules_days`."""
    rows = [
        {"name": m.name, "days": fmt.whole_or(m.days, 1), "topics": list(m.topics)} for m in training.modules
    ]
    days = [m.days for m in training.modules if m.days is not None]
    return {
        "modules": rows,
        "modules_count": fmt.integer(len(rows)),
        "modules_days": fmt.whole_or(sum(days), 1) if days else DASH,
    }
