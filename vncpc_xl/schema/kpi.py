"""The KPI log (nhật ký chỉ số môi trường): the centre's own ISO 14001 office indicators."""

from __future__ import annotations

from vncpc_xl.schema._common import TEMPLATE_VERSION, info_sheet
from vncpc_xl.schema.model import (
    Choices,
    ColumnSpec,
    PeriodInYear,
    PeriodsDoNotOverlap,
    References,
    SheetSpec,
    TableSpec,
    ValueType,
    WorkbookSpec,
)

AREAS = Choices(("Văn phòng", "Office"), ("Đào tạo", "Training"))
STAFF_MONTHS = "Công-tháng"
USEFUL_STAFF_MONTHS = "Công-tháng hữu ích"
TRAINING_PERSON_DAYS = "Người-ngày đào tạo"
NO_DENOMINATOR = "Không"
DENOMINATORS = Choices(
    (STAFF_MONTHS, "Staff-months"),
    (USEFUL_STAFF_MONTHS, "Useful staff-months"),
    (TRAINING_PERSON_DAYS, "Training person-days"),
    (NO_DENOMINATOR, "None (a tracked quantity)"),
)
FREQUENCIES = Choices(("hàng tháng", "monthly"), ("hàng quý", "quarterly"))

TARGETS = TableSpec(
    name="tblKpiTargets",
    sheet="Chỉ tiêu",
    title="Chỉ tiêu môi trường",
    title_en="Environmental indicators",
    columns=(
        ColumnSpec("code", "Mã", "Code", required=True, unique=True, width=9),
        ColumnSpec("area", "Khu vực", "Area", required=True, choices=AREAS, width=12),
        ColumnSpec("aspect", "Khía cạnh", "Aspect", required=True, width=28),
        ColumnSpec("unit", "Đơn vị", "Unit", required=True, width=22),
        ColumnSpec("denominator", "Mẫu số", "Denominator", required=True, choices=DENOMINATORS, width=20),
        ColumnSpec("frequency", "Tần suất quan trắc", "Monitoring frequency", choices=FREQUENCIES, width=14),
        ColumnSpec("baseline", "Giá trị nền", "Baseline", ValueType.NUMBER, minimum=0, width=11),
        ColumnSpec(
            "target_reduction_pct",
            "Mục tiêu giảm (%)",
            "Reduction target (%)",
            ValueType.PERCENT,
            minimum=-100,
            maximum=100,
            width=11,
        ),
        ColumnSpec("note", "Ghi chú", "Notes", width=40),
    ),
    min_rows=20,
)

LOG = TableSpec(
    name="tblKpiLog",
    sheet="Số liệu",
    title="Số liệu quan trắc",
    title_en="Monitoring log",
    columns=(
        ColumnSpec(
            "period",
            "Kỳ",
            "Period",
            ValueType.PERIOD,
            required=True,
            width=10,
            help_vi="Dạng YYYY-MM (tháng) hoặc YYYY-Qn (quý), ví dụ 2003-07 hoặc 2003-Q3.",
            help_en="YYYY-MM (month) or YYYY-Qn (quarter), e.g. 2003-07 or 2003-Q3.",
        ),
        ColumnSpec("code", "Mã", "Code", required=True, width=9),
        ColumnSpec("value", "Giá trị", "Value", ValueType.NUMBER, required=True, width=12),
    ),
    min_rows=100,
)

DENOMINATOR_LOG = TableSpec(
    name="tblKpiDenominators",
    sheet="Mẫu số",
    title="Mẫu số theo kỳ",
    title_en="Denominators by period",
    columns=(
        ColumnSpec("period", "Kỳ", "Period", ValueType.PERIOD, required=True, unique=True, width=10),
        ColumnSpec("staff_months", STAFF_MONTHS, "Staff-months", ValueType.NUMBER, minimum=0, width=12),
        ColumnSpec(
            "useful_staff_months",
            USEFUL_STAFF_MONTHS,
            "Useful staff-months",
            ValueType.NUMBER,
            minimum=0,
            width=14,
        ),
        ColumnSpec(
            "training_person_days",
            TRAINING_PERSON_DAYS,
            "Training person-days",
            ValueType.NUMBER,
            minimum=0,
            width=14,
        ),
    ),
)

# Which tblKpiDenominators column each `Mẫu số` choice divides by.
DENOMINATOR_COLUMN = {
    STAFF_MONTHS: "staff_months",
    USEFUL_STAFF_MONTHS: "useful_staff_months",
    TRAINING_PERSON_DAYS: "training_person_days",
}

KPI = WorkbookSpec(
    kind="kpi",
    version=TEMPLATE_VERSION,
    title="Nhật ký chỉ số môi trường",
    title_en="Environmental KPI log",
    short="chỉ số",
    short_en="KPI",
    sheets=(
        info_sheet(),
        SheetSpec(name=TARGETS.sheet, tables=(TARGETS,)),
        SheetSpec(name=LOG.sheet, tables=(LOG,)),
        SheetSpec(name=DENOMINATOR_LOG.sheet, tables=(DENOMINATOR_LOG,)),
    ),
    checks=(
        References("tblKpiLog", "code", target_table="tblKpiTargets", target_column="code"),
        PeriodInYear("tblKpiLog", "period", year_name="Year"),
        PeriodInYear("tblKpiDenominators", "period", year_name="Year"),
        PeriodsDoNotOverlap("tblKpiDenominators", "period"),
    ),
)
