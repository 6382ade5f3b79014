"""Training rules on plain rows: no register, unplanned types, seminars vs courses."""

from __future__ import annotations

from vncpc_xl.consolidate.training import read_register, summarise_training


def test_no_register_keeps_the_earlier_years() -> None:
    summary = summarise_training(None, prior_awareness=1150, prior_certified=82)
    assert (summary.courses_held, summary.seminars_held, summary.person_days) == (0, 0, 0)
    assert (summary.awareness_cumulative, summary.certified_cumulative) == (1150, 82)
    assert summary.plan == ()


def test_held_type_without_plan_row_is_appended() -> None:
    tables = {
        "tblTrainingPlan": [{"type": "Đào tạo các kỹ năng", "planned_person_days": 10, "planned_courses": 1}],
        "tblCourses": [
            {
                "code": "A",
                "type": "Đào tạo theo yêu cầu",
                "days": 3,
                "participants": 7,
                "status": "Đã tổ chức",
            },
            {"code": "B", "type": "Đào tạo các kỹ năng", "days": 2, "participants": 4, "status": "Hủy"},
        ],
    }
    summary = summarise_training(read_register({"Year": 2003}, tables))
    assert [(r.type, r.planned_person_days, r.result_person_days) for r in summary.plan] == [
        ("Đào tạo các kỹ năng", 10, 0),
        ("Đào tạo theo yêu cầu", None, 3 * 7),
    ]
    assert summary.course_person_days == 21 and summary.courses_held == 1


def test_certified_trainees_come_from_held_courses_only() -> None:
    held = {"days": 1, "participants": 30, "status": "Đã tổ chức"}
    tables = {
        "tblCourses": [
            {"code": "K", "type": "Đào tạo theo ngành sản xuất", "certified": 12, **held},
            {
                "code": "S",
                "type": "Hội nghị chuyên đề khác",
                "certified": 25,
                **held,
            },  # a seminar certifies no one
            {"code": "P", "type": "Đào tạo các kỹ năng", "certified": 9, **held, "status": "Kế hoạch"},
        ],
    }
    summary = summarise_training(read_register({"Year": 2003}, tables), prior_certified=84)
    assert (summary.certified_year, summary.certified_cumulative) == (12, 84 + 12)
