"""The centre file of 2003: staff, projects (Bảng 5), outreach and abbreviations, from the report."""

from __future__ import annotations

import datetime as dt

YEAR = 2003
CENTRE_NAME = "Trung tâm Sản xuất sạch Việt Nam"
DIRECTOR = "PGS.TS. Trần Văn Nhân"
# "Tính cả 1,150 đại biểu trong các năm từ 1999 đến 2002 ..." (report, Hội nghị chuyên đề nâng cao nhận thức).
PRIOR_AWARENESS_PARTICIPANTS = 1_150
# The report: the sector programme ending in February 2004 "sẽ có thêm 15 - 17 học viên được cấp
# chứng chỉ, nâng tổng số ... lên tới con số 100". No in-depth programme ended in 2003, so the total
# at the end of 2003 is 100 - 16 (the middle of 15-17, and the 16 learners of module 3) = 84, all
# certified in 1999-2002.
PRIOR_CERTIFIED_TRAINEES = 84

FULL = "Toàn thời gian"
PART = "Bán thời gian"

# (name, degree, position, employment, staff-months in 2003). The report lists 18 people, 16 of them
# full-time and 2 part-time, and 177 staff-months. The director (also lecturing at the university)
# and the Swiss chief technical adviser are counted part-time; three support engineers joined during
# the year.
STAFF: list[tuple[str, str, str, str, float]] = [
    ("Trần Văn Nhân", "PGS.TS.", "Giám đốc Trung tâm", PART, 6),
    ("Ngô Thị Nga", "TS.", "Phó giám đốc Trung tâm", FULL, 12),
    ("Đỗ Trọng Mùi", "ThS.", "Chuyên gia SXSH", FULL, 12),
    ("Đinh Mạnh Thắng", "KS.", "Chuyên gia SXSH", FULL, 12),
    ("Nguyen Quang Trung", "Khác", "Chuyên gia SXSH", FULL, 12),
    ("Vũ Tường Anh", "ThS.", "Chuyên gia SXSH", FULL, 12),
    ("Tăng Thị Hồng Loan", "ThS.", "Chuyên gia SXSH", FULL, 12),
    ("Nguyễn Thành Tâm", "ThS.", "Chuyên gia SXSH", FULL, 12),
    ("Nguyễn Lê Hằng", "KS.", "Chuyên gia SXSH", FULL, 12),
    ("La Trần Bắc", "ThS.", "Chuyên gia SXSH", FULL, 12),
    ("Phạm Sinh Thành", "KS.", "Cán bộ hỗ trợ", FULL, 12),
    ("Bùi Mạnh Cường", "KS.", "Cán bộ hỗ trợ", FULL, 12),
    ("Đinh Quang Hưng", "KS.", "Cán bộ hỗ trợ", FULL, 4),
    ("Trần Đức Chung", "KS.", "Cán bộ hỗ trợ", FULL, 3),
    ("Vũ Minh Trang", "KS.", "Cán bộ hỗ trợ", FULL, 2),
    ("Vũ Thành Tú", "CN.", "Thư ký", FULL, 12),
    ("Phạm Thế Hùng", "Khác", "Lái xe", FULL, 12),
    ("Heinz Leuenberger", "GS.TS.", "Cố vấn trưởng kỹ thuật", PART, 6),
]

# Bảng 5, column by column (name, CP content, donor, partners, location, period).
PROJECTS: list[tuple[str, str, str, str, str, str]] = [
    (
        "Dự án Phát triển Đô thị và Công nghiệp Việt Trì",
        "Hợp phần SXSH",
        "DANIDA",
        "Sở Tài nguyên & Môi trường, Sở Khoa học & Công nghệ Phú Thọ",
        "Tỉnh Phú Thọ",
        "2002-2003",
    ),
    (
        "Giảm thiểu ô nhiễm công nghiệp ở Tp. Hồ Chí Minh (pha III)",
        "Đánh giá SXSH; Tiếp tục hỗ trợ dự án trong các pha trước",
        "UNIDO/SIDA",
        "DONRE in HCMC",
        "Tp. Hồ Chí Minh",
        "2002-2003",
    ),
    (
        "Quản lý ô nhiễm công nghiệp, VCEP II",
        "Đào tạo về SXSH và các dự án trình diễn tại 6 tỉnh",
        "CIDA",
        "VEPA DONRE Hải Phòng, Hà Nội, Bắc Ninh, Hải Dương, Đà Nẵng, Long An",
        "Trên cả nước",
        "2002-2005",
    ),
    (
        "Sản xuất sạch hơn - Tiết kiệm năng lượng",
        "Đào tạo và trình diễn kỹ thuật SXSH-TKNL",
        "UNEP/GEF",
        "Các công ty",
        "Trên cả nước",
        "2002-2003",
    ),
    (
        # The reference prints "châu , -Thái": its font encoding lost the "Á" (see the README).
        "Giảm thiểu phát thải khí nhà kính trong công nghiệp vùng châu Á - Thái Bình Dương (GERIAP)",
        "Đào tạo SXSH-TKNL và giảm phát thải khí nhà kính",
        "Thụy Điển /UNEP",
        "Các công ty",
        "Phía bắc Việt Nam",
        "2002-2004",
    ),
]

TV = "Phóng sự truyền hình"
# (type, title, date, channel). The report gives no dates.
OUTREACH: list[tuple[str, str, dt.date | None, str]] = [
    (TV, "SXSH trong công nghiệp dệt", None, "VTV2 (Truyền hình Việt Nam)"),
    (TV, "SXSH trong công nghiệp giấy và bột giấy", None, "VTV2 (Truyền hình Việt Nam)"),
    ("Phát thanh", "Đàm thoại trực tuyến 30 phút về tình hình áp dụng SXSH", None, "Đài Tiếng nói Việt Nam"),
    ("Bài báo", "Bài báo về SXSH", None, "Thời báo Kinh tế Việt Nam"),
    (
        "Trang web",
        "Hộp công cụ thông tin trực tuyến dành cho ngành dệt "
        "(dự án của Cộng đồng châu Âu; hoàn chỉnh cuối năm 2004)",
        None,
        "www.e-textile.org",
    ),
]

# The abbreviations table, verbatim.
ABBREVIATIONS: list[tuple[str, str]] = [
    ("CT", "Công nghệ sạch hơn"),
    ("DOST", "Sở Khoa học và Công nghệ"),
    ("DONRE", "Sở Tài nguyên và Môi trường"),
    ("FHBB", "Trường Đại học Khoa học ứng dụng Basel"),
    ("HTQLMT", "Hệ thống Quản lý Môi trường"),
    ("ĐHBKHN", "Trường Đại học Bách Khoa Hà Nội"),
    ("INEST", "Viện Khoa học và Công nghệ Môi trường"),
    ("MOET", "Bộ Giáo dục và Đào tạo"),
    ("MOF", "Bộ Tài chính"),
    ("MOI", "Bộ Công nghiệp"),
    ("MOST", "Bộ Khoa học và Công nghệ"),
    ("MONRE", "Bộ Tài nguyên và Môi trường"),
    ("MPI", "Bộ Kế hoạch và Đầu tư"),
    ("SDC", "Cơ quan Hợp tác và Phát triển Thụy Sĩ"),
    ("SECO", "Ban Thư ký Nhà nước về các vấn đề kinh tế"),
    ("Trung tâm SXSVN", "Trung tâm Sản xuất sạch Việt Nam"),
    ("UNEP", "Chương trình Môi trường Liên hợp quốc"),
    ("UNIDO", "Tổ chức Phát triển Công nghiệp Liên hợp quốc"),
    ("VCCI", "Phòng thương mại và công nghiệp việt nam"),
    ("VEPA", "Cục Bảo vệ Môi trường"),
]
