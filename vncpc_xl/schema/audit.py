"""The audit workbook (đánh giá SXSH): one company assessment, its prices, fuels and cleaner-production options."""

from __future__ import annotations

from vncpc_xl.core import DEFAULT_FUELS, RESOURCES
from vncpc_xl.schema._common import INFO_SHEET, TEMPLATE_VERSION
from vncpc_xl.schema.model import (
    Choices,
    ColumnSpec,
    NameSpec,
    PriceForQuantity,
    RequiredWhen,
    SheetSpec,
    SummaryLine,
    TableSpec,
    ValueType,
    WorkbookSpec,
)

SECTORS = Choices(
    ("Dệt may", "Textiles and garments"),
    ("Giấy và bột giấy", "Pulp and paper"),
    ("Hoàn tất sản phẩm kim loại", "Metal finishing"),
    ("Hóa chất", "Chemicals"),
    ("Chế biến thực phẩm", "Food processing"),
    ("Vật liệu xây dựng", "Building materials"),
    ("Nhựa", "Plastics"),
    ("Gỗ", "Wood"),
    ("Đồ uống", "Beverages"),
    ("Đường", "Sugar"),
    ("Khác", "Other"),
)
APPROACHES = Choices(
    ("Đào tạo thực hành kết hợp trình diễn", "Hands-on training with demonstration"),
    ("Tư vấn kết hợp đào tạo", "Consulting with training"),
    ("Tư vấn thuần túy", "Consulting only"),
)
STATUS_DONE = "Hoàn thành"
STATUSES = Choices(("Đang thực hiện", "In progress"), (STATUS_DONE, "Completed"))
CURRENCIES = Choices("USD", "VND")
OPTION_CATEGORIES = Choices(  # the UNEP categories of cleaner-production options
    ("Quản lý nội vi", "Good housekeeping"),
    ("Thay thế nguyên liệu", "Input material change"),
    ("Kiểm soát quá trình tốt hơn", "Better process control"),
    ("Cải tiến thiết bị", "Equipment modification"),
    ("Thay đổi công nghệ", "Technology change"),
    ("Thu hồi, tái sử dụng tại chỗ", "On-site recovery and reuse"),
    ("Sản xuất sản phẩm phụ hữu ích", "Production of useful by-products"),
    ("Cải tiến sản phẩm", "Product modification"),
)
OPTION_IMPLEMENTED = "Đã thực hiện"
OPTION_STATUSES = Choices(
    ("Đề xuất", "Proposed"),
    ("Đang nghiên cứu", "Under study"),
    (OPTION_IMPLEMENTED, "Implemented"),
    ("Loại bỏ", "Rejected"),
)
RESOURCE_NAMES = Choices(*((r.name, r.name_en) for r in RESOURCES))
FUELS = Choices(*((r.name, r.name_en) for r in RESOURCES if r.key in DEFAULT_FUELS))
COAL_TYPES = Choices(("Antraxit", "Anthracite"), ("Bitum", "Bituminous"))  # as core.COAL_TYPES (factors.csv)

INFO = SheetSpec(
    name=INFO_SHEET,
    names=(
        NameSpec("CompanyName", "Tên doanh nghiệp", "Company name", required=True),
        NameSpec("Sector", "Ngành sản xuất", "Sector", choices=SECTORS, required=True),
        NameSpec("Province", "Tỉnh/thành phố", "Province"),
        NameSpec("Programme", "Chương trình SXSH", "CP programme", required=True),
        NameSpec(
            "AssessmentYear",
            "Năm đánh giá",
            "Assessment year",
            ValueType.INTEGER,
            required=True,
            minimum=1990,
            maximum=2100,
        ),
        NameSpec("Approach", "Phương pháp tiếp cận", "Approach", choices=APPROACHES),
        NameSpec("Status", "Trạng thái", "Status", choices=STATUSES, required=True, default="Đang thực hiện"),
        NameSpec("Currency", "Đơn vị tiền tệ", "Currency", choices=CURRENCIES, required=True, default="USD"),
        NameSpec(
            "ExchangeRate",
            "Tỷ giá (VND/USD)",
            "Exchange rate (VND per USD)",
            ValueType.NUMBER,
            minimum=0,
            help_vi="Bắt buộc khi đơn vị tiền tệ là VND.",
            help_en="Required when the currency is VND.",
        ),
        NameSpec(
            "DiscountRate",
            "Tỷ lệ chiết khấu (%/năm)",
            "Discount rate (%/yr)",
            ValueType.PERCENT,
            default=10,
            minimum=0,
            maximum=100,
        ),
        NameSpec(
            "OptionLife",
            "Tuổi thọ giải pháp (năm)",
            "Option life (years)",
            ValueType.INTEGER,
            default=5,
            minimum=1,
        ),
    ),
)

PRICES = TableSpec(
    name="tblPrices",
    sheet="Đơn giá",
    title="Đơn giá tài nguyên",
    title_en="Resource prices",
    columns=(
        ColumnSpec(
            "resource",
            "Tài nguyên",
            "Resource",
            required=True,
            unique=True,
            choices=RESOURCE_NAMES,
            width=28,
        ),
        ColumnSpec("unit", "Đơn vị", "Unit", width=10),
        ColumnSpec(
            "price",
            "Đơn giá",
            "Unit price",
            ValueType.MONEY,
            minimum=0,
            width=16,
            help_vi="Giá một đơn vị, theo đơn vị tiền tệ của sổ.",
            help_en="Price per unit, in the workbook currency.",
        ),
    ),
    min_rows=len(RESOURCES),
    prefill=tuple({"resource": r.name, "unit": r.unit} for r in RESOURCES),
)

FUEL_TABLE = TableSpec(
    name="tblFuels",
    sheet="Nhiên liệu",
    title="Tính chất nhiên liệu",
    title_en="Fuel properties",
    columns=(
        ColumnSpec("fuel", "Nhiên liệu", "Fuel", required=True, choices=FUELS, unique=True, width=14),
        ColumnSpec("coal_type", "Loại than", "Coal type", choices=COAL_TYPES, width=12),
        ColumnSpec(
            "sulfur_pct", "Lưu huỳnh S (%)", "Sulphur S (%)", ValueType.PERCENT, minimum=0, maximum=100
        ),
        ColumnSpec("ash_pct", "Tro A (%)", "Ash A (%)", ValueType.PERCENT, minimum=0, maximum=100),
        ColumnSpec(
            "fly_ash_pct",
            "Tỷ lệ tro bay (%)",
            "Fly-ash fraction (%)",
            ValueType.PERCENT,
            minimum=0,
            maximum=100,
        ),
        ColumnSpec(
            "so2_removal_pct",
            "Hiệu suất khử SO2 (%)",
            "SO2 removal efficiency (%)",
            ValueType.PERCENT,
            minimum=0,
            maximum=100,
        ),
        ColumnSpec(
            "dust_removal_pct",
            "Hiệu suất lọc bụi (%)",
            "Dust removal efficiency (%)",
            ValueType.PERCENT,
            minimum=0,
            maximum=100,
        ),
    ),
    min_rows=len(FUELS),
    prefill=tuple(
        {
            "fuel": next(r.name for r in RESOURCES if r.key == key),
            "coal_type": props.coal_type,
            "sulfur_pct": props.sulfur_pct,
            "ash_pct": props.ash_pct,
            "fly_ash_pct": props.fly_ash_pct,
            "so2_removal_pct": props.so2_removal_pct,
            "dust_removal_pct": props.dust_removal_pct,
        }
        for key, props in DEFAULT_FUELS.items()
    ),
)


def quantity_key(resource_key: str) -> str:
    """Return the tblOptions column key of a resource's annual reduction, e.g. ``qty_electricity``."""
    return f"qty_{resource_key}"


FIRST_QTY = quantity_key(RESOURCES[0].key)
LAST_QTY = quantity_key(RESOURCES[-1].key)
_QTY_ARGS = f"{{hdrspan:{FIRST_QTY}:{LAST_QTY}}},{{rowspan:{FIRST_QTY}:{LAST_QTY}}}"
_FUEL_ARGS = "{name:AssessmentYear},{table:tblFuels}"


def _when_filled(expr: str) -> str:
    """Return a formula that stays blank on an empty option row."""
    return f'=IF({{row:option}}="","",{expr})'


def _emissions(pollutant: str) -> str:
    return _when_filled(f'VNCPC_EMISSIONS({_QTY_ARGS},"{pollutant}",{_FUEL_ARGS})')


QUANTITY_COLUMNS = tuple(
    ColumnSpec(
        quantity_key(r.key),
        f"{r.name} ({r.unit}/năm)",
        f"{r.name_en} ({r.unit_en}/yr)",
        ValueType.NUMBER,
        width=13,
        help_vi="Lượng giảm mỗi năm; số âm nghĩa là tiêu thụ tăng.",
        help_en="Annual reduction; negative means consumption increased.",
    )
    for r in RESOURCES
)

OPTIONS = TableSpec(
    name="tblOptions",
    sheet="Giải pháp",
    title="Các giải pháp SXSH",
    title_en="Cleaner-production options",
    columns=(
        ColumnSpec("number", "STT", "No.", ValueType.INTEGER, width=6),
        ColumnSpec("option", "Giải pháp", "Option", required=True, width=40),
        ColumnSpec(
            "category", "Nhóm giải pháp", "Category", choices=OPTION_CATEGORIES, required=True, width=24
        ),
        ColumnSpec("status", "Trạng thái", "Status", choices=OPTION_STATUSES, required=True, width=16),
        ColumnSpec("investment", "Đầu tư", "Investment", ValueType.MONEY, minimum=0, width=14),
        *QUANTITY_COLUMNS,
        ColumnSpec(
            "other_savings", "Tiết kiệm khác (/năm)", "Other savings (/yr)", ValueType.MONEY, width=14
        ),
        ColumnSpec(
            "added_cost",
            "Chi phí vận hành tăng thêm (/năm)",
            "Added operating cost (/yr)",
            ValueType.MONEY,
            width=16,
        ),
        ColumnSpec(
            "savings",
            "Tiết kiệm (/năm)",
            "Savings (/yr)",
            ValueType.MONEY,
            formula=_when_filled(
                f"VNCPC_SAVINGS({_QTY_ARGS},{{table:tblPrices}},{{row:other_savings}},{{row:added_cost}})"
            ),
            width=16,
        ),
        ColumnSpec(
            "co2_t", "Giảm CO2 (tấn/năm)", "CO2 reduction (t/yr)", ValueType.NUMBER, formula=_emissions("CO2")
        ),
        ColumnSpec(
            "so2_t", "Giảm SO2 (tấn/năm)", "SO2 reduction (t/yr)", ValueType.NUMBER, formula=_emissions("SO2")
        ),
        ColumnSpec(
            "dust_t",
            "Giảm bụi (tấn/năm)",
            "Dust reduction (t/yr)",
            ValueType.NUMBER,
            formula=_emissions("BUI"),
        ),
        ColumnSpec(
            "payback_months",
            "Hoàn vốn (tháng)",
            "Payback (months)",
            ValueType.NUMBER,
            formula=_when_filled("VNCPC_PAYBACK({row:investment},{row:savings})"),
        ),
        ColumnSpec(
            "npv",
            "NPV",
            "NPV",
            ValueType.MONEY,
            formula=_when_filled(
                "VNCPC_NPV({row:investment},{row:savings},{name:DiscountRate},{name:OptionLife})"
            ),
        ),
        ColumnSpec(
            "irr_pct",
            "IRR (%)",
            "IRR (%)",
            ValueType.NUMBER,
            formula=_when_filled("VNCPC_IRR({row:investment},{row:savings},{name:OptionLife})"),
        ),
    ),
)


def _sum_implemented(key: str) -> str:
    return f'=SUMIFS({{col:tblOptions:{key}}},{{col:tblOptions:status}},"{OPTION_IMPLEMENTED}")'


def _sum_all(key: str) -> str:
    return f"=SUM({{col:tblOptions:{key}}})"


_SUMMED = (
    ("investment", "Tổng đầu tư", "Total investment"),
    ("savings", "Tiết kiệm hàng năm", "Annual savings"),
    *(
        (quantity_key(r.key), f"Giảm tiêu thụ {r.name} ({r.unit}/năm)", f"{r.name_en} reduction")
        for r in RESOURCES
    ),
    ("dust_t", "Giảm phát thải bụi (tấn/năm)", "Dust reduction (t/yr)"),
    ("so2_t", "Giảm phát thải SO2 (tấn/năm)", "SO2 reduction (t/yr)"),
    ("co2_t", "Giảm phát thải CO2 (tấn/năm)", "CO2 reduction (t/yr)"),
)

SUMMARY = SheetSpec(
    name="Tổng hợp",
    summary=(
        *(
            SummaryLine(f"{label} — đã thực hiện", f"{en} — implemented", _sum_implemented(k))
            for k, label, en in _SUMMED
        ),
        *(
            SummaryLine(f"{label} — tất cả giải pháp", f"{en} — all options", _sum_all(k))
            for k, label, en in _SUMMED
        ),
        SummaryLine(
            "Số giải pháp đã thực hiện",
            "Implemented options",
            f'=COUNTIFS({{col:tblOptions:status}},"{OPTION_IMPLEMENTED}")',
            "0",
        ),
        SummaryLine("Tổng số giải pháp", "All options", "=COUNTA({col:tblOptions:option})", "0"),
    ),
    note_vi="Bảng này chỉ để tham khảo trong Excel; khi tổng hợp, phần mềm tính lại mọi số liệu từ ô nhập.",
)

AUDIT = WorkbookSpec(
    kind="audit",
    version=TEMPLATE_VERSION,
    title="Sổ đánh giá SXSH",
    title_en="Cleaner-production assessment workbook",
    short="đánh giá",
    short_en="audit",
    sheets=(
        INFO,
        SheetSpec(name=PRICES.sheet, tables=(PRICES,)),
        SheetSpec(name=FUEL_TABLE.sheet, tables=(FUEL_TABLE,)),
        SheetSpec(name=OPTIONS.sheet, tables=(OPTIONS,)),
        SUMMARY,
    ),
    checks=(
        RequiredWhen("ExchangeRate", when="Currency", equals="VND"),
        PriceForQuantity("tblOptions", prices="tblPrices"),
    ),
)
