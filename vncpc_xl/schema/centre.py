"""The centre file (hồ sơ trung tâm): staff, coordinated projects, outreach, narrative and abbreviations."""

from __future__ import annotations

from vncpc_xl.schema._common import TEMPLATE_VERSION, info_sheet
from vncpc_xl.schema.model import (
    Choices,
    ColumnSpec,
    DateInYear,
    NameSpec,
    SheetSpec,
    TableSpec,
    ValueType,
    WorkbookSpec,
)

DEGREES = Choices(
    ("GS.TS.", "Prof. Dr."),
    ("PGS.TS.", "Assoc. Prof. Dr."),
    ("TS.", "Dr."),
    ("ThS.", "MSc"),
    ("KS.", "Eng."),
    ("CN.", "BSc"),
    ("Khác", "Other"),
)
DOCTORATES = ("GS.TS.", "PGS.TS.", "TS.")
FULL_TIME = "Toàn thời gian"
EMPLOYMENT = Choices((FULL_TIME, "Full-time"), ("Bán thời gian", "Part-time"))
OUTREACH_TYPES = Choices(
    ("Phóng sự truyền hình", "TV documentary"),
    ("Bài báo", "Article"),
    ("Phát thanh", "Radio"),
    ("Trang web", "Website"),
    ("Khác", "Other"),
)
# The report's narrative sections, in the order the report prints them. SPEC 3.4 names nine; co_cau, hoat_dong,
# hien_trang_moi_truong and hoat_dong_khac hold the reference report's text of its other four sections.
# A paragraph row holding only this marks where, in its section, the report prints the figures and tables it
# computes; the paragraphs after the marker print after them (without a marker, all paragraphs come first).
FIGURES_MARKER = "[SỐ LIỆU]"
# The language of a narrative paragraph (template version 2); a blank cell means Vietnamese.
LANGUAGES = Choices(("vi", "Vietnamese"), ("en", "English"))
NARRATIVE_SECTIONS = Choices(
    ("loi_noi_dau", "Foreword"),
    ("chinh_sach", "Policy"),
    ("tam_nhin", "Vision and mission"),
    ("co_cau", "Organisation and facilities"),
    ("hoat_dong", "Activities of the year"),
    ("dao_tao", "Training"),
    ("dich_vu", "In-plant services"),
    ("pho_bien", "Information dissemination and awareness raising"),
    ("chinh_sach_khuyen_nghi", "Policy recommendations"),
    ("hop_tac", "Cooperation"),
    ("hien_trang_moi_truong", "The centre's environmental performance"),
    ("hoat_dong_khac", "Other cleaner-production activities in Viet Nam"),
    ("bai_hoc", "Lessons learnt and outlook"),
)

STAFF = TableSpec(
    name="tblStaff",
    sheet="Cán bộ",
    title="Đội ngũ cán bộ",
    title_en="Staff",
    columns=(
        ColumnSpec("name", "Họ và tên", "Name", required=True, width=28),
        ColumnSpec("degree", "Học hàm, học vị", "Degree", required=True, choices=DEGREES, width=12),
        ColumnSpec("position", "Chức danh", "Position", width=28),
        ColumnSpec("employment", "Hình thức", "Employment", required=True, choices=EMPLOYMENT, width=16),
        ColumnSpec(
            "staff_months", "Công-tháng", "Staff-months", ValueType.NUMBER, minimum=0, maximum=12, width=11
        ),
    ),
)

PROJECTS = TableSpec(
    name="tblProjects",
    sheet="Dự án",
    title="Các dự án SXSH được điều phối",
    title_en="Coordinated CP projects",
    columns=(
        ColumnSpec("name", "Tên dự án", "Project", required=True, width=36),
        ColumnSpec("cp_content", "Nội dung SXSH", "CP content", width=30),
        ColumnSpec("donor", "Nhà tài trợ", "Donor", width=14),
        ColumnSpec("partner", "Đối tác", "Partners", width=30),
        ColumnSpec("place", "Địa điểm", "Location", width=16),
        ColumnSpec("period", "Thời gian", "Period", width=11),
    ),
    min_rows=20,
)

OUTREACH = TableSpec(
    name="tblOutreach",
    sheet="Truyền thông",
    title="Truyền thông",
    title_en="Outreach",
    columns=(
        ColumnSpec("type", "Loại", "Type", required=True, choices=OUTREACH_TYPES, width=20),
        ColumnSpec("title", "Tiêu đề", "Title", required=True, width=40),
        ColumnSpec("date", "Ngày", "Date", ValueType.DATE, width=11),
        ColumnSpec("channel", "Kênh", "Channel", width=24),
    ),
)

NARRATIVE = TableSpec(
    name="tblNarrative",
    sheet="Nội dung",
    title="Nội dung các phần của báo cáo",
    title_en="Narrative paragraphs",
    columns=(
        ColumnSpec("section", "Mục", "Section", required=True, choices=NARRATIVE_SECTIONS, width=24),
        ColumnSpec(
            "paragraph",
            "Đoạn văn",
            "Paragraph",
            required=True,
            width=100,
            help_vi=(
                "Mỗi dòng một đoạn văn, in theo thứ tự dòng dưới mục của nó. Một dòng chỉ ghi "
                f"{FIGURES_MARKER} đánh dấu chỗ in các số liệu, bảng và biểu đồ tự tính của mục; các đoạn sau "
                "dòng đó in sau chúng."
            ),
            help_en=(
                "One paragraph per row, printed in row order under its section. A row holding only "
                f"{FIGURES_MARKER} marks where the section's computed figures, tables and charts go; the "
                "paragraphs after it print after them."
            ),
        ),
        ColumnSpec(
            "language",
            "Ngôn ngữ",
            "Language",
            choices=LANGUAGES,
            width=10,
            since=2,
            help_vi=(
                "vi: đoạn văn tiếng Việt, in trong báo cáo tiếng Việt; en: đoạn văn tiếng Anh, in trong báo cáo "
                "tiếng Anh. Để trống là vi. Mục nào không có đoạn en thì báo cáo tiếng Anh in các đoạn tiếng "
                "Việt kèm ghi chú “(Vietnamese original)”."
            ),
            help_en=(
                "vi: a Vietnamese paragraph, printed in the Vietnamese report; en: an English paragraph, printed "
                "in the English report. Blank means vi. A section without en paragraphs prints its Vietnamese "
                "ones in the English report under the note “(Vietnamese original)”."
            ),
        ),
    ),
    min_rows=60,
)

ABBREVIATIONS = TableSpec(
    name="tblAbbreviations",
    sheet="Từ viết tắt",
    title="Các từ viết tắt",
    title_en="Abbreviations",
    columns=(
        ColumnSpec("abbreviation", "Viết tắt", "Abbreviation", required=True, unique=True, width=18),
        ColumnSpec("meaning", "Nghĩa", "Meaning", required=True, width=60),
    ),
)

CENTRE = WorkbookSpec(
    kind="centre",
    version=TEMPLATE_VERSION,
    title="Hồ sơ trung tâm",
    title_en="Centre file",
    short="trung tâm",
    short_en="centre",
    sheets=(
        info_sheet(
            NameSpec("CentreName", "Tên trung tâm", "Centre name", required=True),
            NameSpec("Director", "Giám đốc", "Director"),
            NameSpec(
                "PriorAwarenessParticipants",
                "Lượt người dự hội nghị nâng cao nhận thức các năm trước",
                "Awareness-seminar participants of earlier years",
                ValueType.INTEGER,
                minimum=0,
                default=0,
                help_vi="Tổng các năm trước mà không có sổ đăng ký đào tạo trong thư mục.",
                help_en="Total of earlier years not present as training registers.",
            ),
            NameSpec(
                "PriorCertifiedTrainees",
                "Học viên được cấp chứng chỉ các năm trước",
                "Certified trainees of earlier years",
                ValueType.INTEGER,
                minimum=0,
                default=0,
            ),
        ),
        SheetSpec(name=STAFF.sheet, tables=(STAFF,)),
        SheetSpec(name=PROJECTS.sheet, tables=(PROJECTS,)),
        SheetSpec(name=OUTREACH.sheet, tables=(OUTREACH,)),
        SheetSpec(name=NARRATIVE.sheet, tables=(NARRATIVE,)),
        SheetSpec(name=ABBREVIATIONS.sheet, tables=(ABBREVIATIONS,)),
    ),
    checks=(DateInYear("tblOutreach", "date", year_name="Year"),),
)
