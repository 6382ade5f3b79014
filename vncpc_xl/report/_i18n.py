"""English names of the workbooks' Vietnamese choices, for the English report (unknown text is kept)."""

from __future__ import annotations

from vncpc_xl.core import RESOURCE_BY_KEY

_EN: dict[str, str] = {
    # training types (tblTrainingPlan / tblCourses `Loại hình`)
    "Đào tạo theo ngành sản xuất": "Sector training",
    "Đào tạo các kỹ năng": "Skills training",
    "Đào tạo theo yêu cầu": "Tailor-made training",
    "Hội nghị chuyên đề nâng cao nhận thức": "Awareness-raising seminars",
    "Hội nghị chuyên đề khác": "Other seminars",
    # sectors
    "Dệt may": "Textiles and garments",
    "Giấy và bột giấy": "Pulp and paper",
    "Hoàn tất sản phẩm kim loại": "Metal finishing",
    "Hóa chất": "Chemicals",
    "Chế biến thực phẩm": "Food processing",
    "Vật liệu xây dựng": "Building materials",
    "Nhựa": "Plastics",
    "Gỗ": "Wood",
    "Đồ uống": "Beverages",
    "Đường": "Sugar",
    "Khác": "Other",
    # assessment status, approach
    "Đang thực hiện": "In progress",
    "Hoàn thành": "Completed",
    "Đào tạo thực hành kết hợp trình diễn": "Hands-on training with demonstration",
    "Tư vấn kết hợp đào tạo": "Consulting with training",
    "Tư vấn thuần túy": "Consulting only",
    # UNEP categories of cleaner-production options (tblOptions `Nhóm giải pháp`) and option status
    "Quản lý nội vi": "Good housekeeping",
    "Thay thế nguyên liệu": "Input material change",
    "Kiểm soát quá trình tốt hơn": "Better process control",
    "Cải tiến thiết bị": "Equipment modification",
    "Thay đổi công nghệ": "Technology change",
    "Thu hồi, tái sử dụng tại chỗ": "On-site recovery and reuse",
    "Sản xuất sản phẩm phụ hữu ích": "Production of useful by-products",
    "Cải tiến sản phẩm": "Product modification",
    "Đề xuất": "Proposed",
    "Đang nghiên cứu": "Under study",
    "Đã thực hiện": "Implemented",
    "Loại bỏ": "Rejected",
    # coal types
    "Antraxit": "Anthracite",
    "Bitum": "Bituminous",
    # staff
    "Toàn thời gian": "Full-time",
    "Bán thời gian": "Part-time",
    # KPI
    "Văn phòng": "Office",
    "Đào tạo": "Training",
    "hàng tháng": "monthly",
    "hàng quý": "quarterly",
    # outreach
    "Phóng sự truyền hình": "TV documentary",
    "Bài báo": "Article",
    "Phát thanh": "Radio",
    "Trang web": "Website",
}

_KINDS = {
    "vi": {"audit": "đánh giá", "training": "đào tạo", "kpi": "chỉ số", "centre": "trung tâm"},
    "en": {"audit": "audit", "training": "training", "kpi": "KPI", "centre": "centre"},
}
_POLLUTANTS = {
    "vi": {"CO2": "CO₂", "SO2": "SO₂", "BUI": "bụi"},
    "en": {"CO2": "CO₂", "SO2": "SO₂", "BUI": "dust"},
}


def choice(text: str, lang: str) -> str:
    """Return the workbook choice `text` in `lang` (Vietnamese text is returned as is)."""
    if lang == "en":
        return _EN.get(text, text)
    return text


def kind_name(kind: str | None, lang: str) -> str:
    """Return the name of workbook `kind` in `lang` ("—" when unknown)."""
    if kind is None:
        return "—"
    return _KINDS[lang].get(kind, kind)


def pollutant_name(code: str, lang: str) -> str:
    """Return the display name of pollutant `code` (``CO2`` → ``CO₂``, ``BUI`` → ``bụi``/``dust``)."""
    return _POLLUTANTS[lang].get(code, code)


def resource_name(key: str, lang: str) -> str:
    """Return the name of resource `key` in `lang`."""
    resource = RESOURCE_BY_KEY[key]
    return resource.name if lang == "vi" else resource.name_en


def resource_unit(key: str, lang: str) -> str:
    """Return the canonical unit of resource `key` in `lang`."""
    resource = RESOURCE_BY_KEY[key]
    return resource.unit if lang == "vi" else resource.unit_en


def factor_unit(unit: str, lang: str) -> str:
    """Return a factor's unit (written in Vietnamese, e.g. ``tấn CO2/MWh``) in `lang`."""
    unit = unit.replace("CO2", "CO₂").replace("SO2", "SO₂")
    if lang == "en":
        unit = unit.replace("tấn", "t").replace("bụi", "dust")
    return unit
