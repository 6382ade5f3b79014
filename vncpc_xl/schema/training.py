"""The training register (sổ đăng ký đào tạo): the year's plan, courses and seminars, and programme modules."""

from __future__ import annotations

from vncpc_xl.schema._common import TEMPLATE_VERSION, info_sheet
from vncpc_xl.schema.model import (
    Choices,
    ColumnSpec,
    DateInYear,
    NotAbove,
    NotBefore,
    SheetSpec,
    TableSpec,
    ValueType,
    WorkbookSpec,
)

COURSE_TYPES = Choices(
    ("Đào tạo theo ngành sản xuất", "Sector training"),
    ("Đào tạo các kỹ năng", "Skills training"),
    ("Đào tạo theo yêu cầu", "Tailor-made training"),
)
AWARENESS_SEMINAR = "Hội nghị chuyên đề nâng cao nhận thức"
SEMINAR_TYPES = Choices(
    (AWARENESS_SEMINAR, "Awareness-raising seminars"), ("Hội nghị chuyên đề khác", "Other seminars")
)
TRAINING_TYPES = COURSE_TYPES + SEMINAR_TYPES
HELD = "Đã tổ chức"
COURSE_STATUSES = Choices(("Kế hoạch", "Planned"), (HELD, "Held"), ("Hủy", "Cancelled"))

PLAN = TableSpec(
    name="tblTrainingPlan",
    sheet="Kế hoạch",
    title="Kế hoạch đào tạo",
    title_en="Training plan",
    columns=(
        ColumnSpec("type", "Loại hình", "Type", required=True, unique=True, choices=TRAINING_TYPES, width=36),
        ColumnSpec(
            "planned_person_days",
            "Kế hoạch (người-ngày)",
            "Plan (person-days)",
            ValueType.NUMBER,
            minimum=0,
            width=14,
        ),
        ColumnSpec(
            "planned_courses", "Kế hoạch (số khóa)", "Plan (courses)", ValueType.INTEGER, minimum=0, width=12
        ),
        ColumnSpec("note", "Chú ý", "Notes", width=60),
    ),
    min_rows=len(TRAINING_TYPES),
    prefill=tuple({"type": t} for t in TRAINING_TYPES),
)

COURSES = TableSpec(
    name="tblCourses",
    sheet="Khóa học",
    title="Khóa học và hội nghị chuyên đề",
    title_en="Courses and seminars",
    columns=(
        ColumnSpec("code", "Mã", "Code", required=True, unique=True, width=9),
        ColumnSpec("name", "Tên khóa học", "Course title", required=True, width=40),
        ColumnSpec("type", "Loại hình", "Type", required=True, choices=TRAINING_TYPES, width=30),
        ColumnSpec("start", "Từ ngày", "From", ValueType.DATE, width=11),
        ColumnSpec("end", "Đến ngày", "To", ValueType.DATE, width=11),
        ColumnSpec("days", "Số ngày", "Days", ValueType.NUMBER, minimum=0, required=True, width=8),
        ColumnSpec("place", "Địa điểm", "Place", width=18),
        ColumnSpec("client", "Khách hàng / nhà tài trợ", "Client / sponsor", width=22),
        ColumnSpec(
            "participants",
            "Số học viên",
            "Participants",
            ValueType.INTEGER,
            minimum=0,
            required=True,
            width=9,
        ),
        ColumnSpec(
            "person_days",
            "Người-ngày",
            "Person-days",
            ValueType.NUMBER,
            formula='=IF({row:name}="","",{row:days}*{row:participants})',
            width=10,
        ),
        ColumnSpec(
            "field_visit_person_days",
            "Trong đó khảo sát thực tế (người-ngày)",
            "Of which field visits (person-days)",
            ValueType.NUMBER,
            minimum=0,
            width=14,
            help_vi="Là một phần của số người-ngày, không cộng thêm.",
            help_en="Part of the person-days, not added to them.",
        ),
        ColumnSpec("status", "Trạng thái", "Status", required=True, choices=COURSE_STATUSES, width=12),
        ColumnSpec(
            "certified",
            "Số học viên được cấp chứng chỉ",
            "Certified trainees",
            ValueType.INTEGER,
            minimum=0,
            width=12,
        ),
    ),
)

MODULES = TableSpec(
    name="tblModules",
    sheet="Chương trình",
    title="Các module của chương trình đào tạo theo ngành",
    title_en="Modules of the sector programme",
    columns=(
        ColumnSpec("module", "Module", "Module", required=True, width=30),
        ColumnSpec("days", "Số ngày", "Days", ValueType.NUMBER, minimum=0, width=8),
        ColumnSpec(
            "topics",
            "Nội dung",
            "Topics",
            width=70,
            help_vi="Mỗi dòng một chủ đề.",
            help_en="One topic per line.",
        ),
    ),
    min_rows=10,
)

TRAINING = WorkbookSpec(
    kind="training",
    version=TEMPLATE_VERSION,
    title="Sổ đăng ký đào tạo",
    title_en="Training register",
    short="đào tạo",
    short_en="training",
    sheets=(
        info_sheet(),
        SheetSpec(name=PLAN.sheet, tables=(PLAN,)),
        SheetSpec(name=COURSES.sheet, tables=(COURSES,)),
        SheetSpec(name=MODULES.sheet, tables=(MODULES,)),
    ),
    checks=(
        NotBefore("tblCourses", later="end", earlier="start"),
        DateInYear("tblCourses", "start", year_name="Year", when="status", equals=HELD),
        NotAbove("tblCourses", part="field_visit_person_days", whole="person_days"),
        NotAbove("tblCourses", part="certified", whole="participants"),
    ),
)
