"""The 2003 training register: Bảng 1's plan, the courses and seminars of the year and Bảng 2's modules.

Figures the register must reproduce (report, "Các hoạt động trong năm 2003" and "Đào tạo"): 22
courses held with 1,957 person-days of which 60 were field visits; per type 183 / 163 / 1,611; 2
skills courses for 39 learners (5 days in August, 3 days in October); 17 on-demand courses; 10
seminars with 417 person-days, 9 of them awareness seminars whose participants, with the 1,150 of
1999-2002, make 1,406. Dates, places, clients and head-counts of single courses are a plausible
reconstruction drawn from the report's text.
"""

from __future__ import annotations

import datetime as dt

YEAR = 2003

SECTOR = "Đào tạo theo ngành sản xuất"
SKILLS = "Đào tạo các kỹ năng"
ON_DEMAND = "Đào tạo theo yêu cầu"
AWARENESS = "Hội nghị chuyên đề nâng cao nhận thức"
OTHER_SEMINAR = "Hội nghị chuyên đề khác"
HELD = "Đã tổ chức"
PLANNED = "Kế hoạch"

# Bảng 1: (type, planned person-days, planned courses, note verbatim). No target for seminars in 2003.
PLAN: list[tuple[str, float | None, int | None, str | None]] = [
    (
        SECTOR,
        210,
        4,
        "Module cuối cùng của chương trình đào tạo cho ngành gia công và hoàn tất sản phẩm kim loại "
        "sẽ được tổ chức vào tháng 2 năm 2004",
    ),
    (SKILLS, 135, None, "Cung cấp để hỗ trợ kiến thức cho các học viên SXSH đã được cấp chứng chỉ"),
    (ON_DEMAND, 50, None, "Nhu cầu thực tế cao hơn nhiều so với dự kiến"),
    (AWARENESS, None, None, None),
    (OTHER_SEMINAR, None, None, None),
]

METAL_PROGRAMME = "ngành gia công và hoàn tất sản phẩm kim loại"
SECO = "SECO/UNIDO"


def d(month: int, day: int, year: int = YEAR) -> dt.date:
    """Return a date of the register's year (or of `year`)."""
    return dt.date(year, month, day)


# (code, title, type, from, to, days, place, client/sponsor, participants, field-visit person-days, status,
#  certified). Field visits are part of the person-days (15 + 15 + 16 + 14 = 60).
# fmt: off
COURSES: list[tuple] = [
    # --- sector programme (Bảng 2's modules): 15x5 + 15x4 + 16x3 = 183 person-days
    ("NG-01", f"Module 1: Phương pháp luận SXSH ({METAL_PROGRAMME})", SECTOR, d(4, 7), d(4, 11), 5, "Hà Nội",
     SECO, 15, 15, HELD, None),
    ("NG-02", f"Module 2: Đánh giá SXSH ({METAL_PROGRAMME})", SECTOR, d(6, 16), d(6, 19), 4, "Hà Nội", SECO,
     15, 15, HELD, None),
    ("NG-03", f"Module 3: Đánh giá SXSH ({METAL_PROGRAMME})", SECTOR, d(9, 22), d(9, 24), 3, "Hà Nội", SECO,
     16, 16, HELD, None),
    # The last module, with the certificates, falls in February 2004: planned, outside the year.
    ("NG-04", f"Module 4: Hoàn thành đánh giá SXSH ({METAL_PROGRAMME})", SECTOR, d(2, 16, 2004),
     d(2, 18, 2004), 3, "Hà Nội", SECO, 16, None, PLANNED, 16),
    # --- skills: 23x5 + 16x3 = 163 person-days, 39 learners
    ("KN-01", "Quản lý chất lượng tổng hợp và Hiệp định môi trường đa phương", SKILLS, d(8, 18), d(8, 22), 5,
     "Hà Nội", SECO, 23, None, HELD, None),
    ("KN-02", "Hệ thống quản lý môi trường và các công cụ", SKILLS, d(10, 15), d(10, 17), 3, "Hà Nội", SECO,
     16, None, HELD, None),
    # --- on demand: 17 courses, 1,611 person-days
    ("YC-01", "Giới thiệu SXSH cho cán bộ Bộ Công nghiệp và Thủ công nghiệp Lào", ON_DEMAND, d(1, 13),
     d(1, 17), 5, "Viêng Chăn (Lào)", "Bộ Công nghiệp và Thủ công nghiệp Lào", 18, None, HELD, None),
    ("YC-02", "SXSH - An toàn và Sức khoẻ Nghề nghiệp cho các doanh nghiệp Việt Trì", ON_DEMAND, d(2, 24),
     d(2, 26), 3, "Việt Trì", "DANIDA - Dự án Phát triển Đô thị và Công nghiệp Việt Trì", 35, 14, HELD, None),
    ("YC-03", "Giới thiệu SXSH và đánh giá nhanh cho cán bộ quản lý môi trường tỉnh Phú Thọ", ON_DEMAND,
     d(3, 10), d(3, 11), 2, "Việt Trì", "DANIDA - Dự án Phát triển Đô thị và Công nghiệp Việt Trì", 40, None,
     HELD, None),
    ("YC-04", "Sử dụng năng lượng hiệu quả trong sản xuất công nghiệp (SXSH-TKNL)", ON_DEMAND, d(3, 17),
     d(3, 21), 5, "Hà Nội", "UNEP/GEF", 24, None, HELD, None),
    ("YC-05", "SXSH và hệ thống quản lý môi trường cho doanh nghiệp Hải Phòng", ON_DEMAND, d(4, 21), d(4, 24),
     4, "Hải Phòng", "VCEP", 26, None, HELD, None),
    ("YC-06", "SXSH cho cán bộ Sở Tài nguyên và Môi trường Hà Nội", ON_DEMAND, d(5, 12), d(5, 14), 3,
     "Hà Nội", "VCEP", 32, None, HELD, None),
    ("YC-07", "Đánh giá SXSH-TKNL và giảm phát thải khí nhà kính", ON_DEMAND, d(5, 26), d(5, 29), 4, "Hà Nội",
     "GERIAP (Thụy Điển/UNEP)", 26, None, HELD, None),
    ("YC-08", "Đánh giá SXSH cho các công ty của dự án giảm ô nhiễm công nghiệp Tp. Hồ Chí Minh", ON_DEMAND,
     d(6, 9), d(6, 11), 3, "Tp. Hồ Chí Minh", "UNIDO/SIDA", 34, None, HELD, None),
    ("YC-09", "SXSH và hệ thống quản lý môi trường cho doanh nghiệp Bắc Ninh", ON_DEMAND, d(7, 8), d(7, 11),
     4, "Bắc Ninh", "VCEP", 28, None, HELD, None),
    ("YC-10", "SXSH và hệ thống quản lý môi trường cho doanh nghiệp Hải Dương", ON_DEMAND, d(7, 22), d(7, 25),
     4, "Hải Dương", "VCEP", 30, None, HELD, None),
    ("YC-11", "SXSH-TKNL cho doanh nghiệp phía Nam", ON_DEMAND, d(8, 4), d(8, 8), 5, "Tp. Hồ Chí Minh",
     "UNEP/GEF", 22, None, HELD, None),
    ("YC-12", "Xây dựng kế hoạch hành động SXSH cấp tỉnh", ON_DEMAND, d(9, 4), d(9, 5), 2, "Nha Trang",
     "Sở Tài nguyên và Môi trường Khánh Hòa", 30, None, HELD, None),
    ("YC-13", "SXSH và hệ thống quản lý môi trường cho doanh nghiệp Đà Nẵng", ON_DEMAND, d(10, 6), d(10, 9),
     4, "Đà Nẵng", "VCEP", 31, None, HELD, None),
    ("YC-14", "SXSH và hệ thống quản lý môi trường cho doanh nghiệp Long An", ON_DEMAND, d(10, 27), d(10, 30),
     4, "Long An", "VCEP", 27, None, HELD, None),
    ("YC-15", "SXSH trong chế biến thủy sản", ON_DEMAND, d(11, 11), d(11, 13), 3, "Hà Nội", "Bộ Thuỷ sản", 28,
     None, HELD, None),
    ("YC-16", "SXSH trong ngành dệt may", ON_DEMAND, d(11, 24), d(11, 25), 2, "Hà Nội",
     "Tổng Công ty Dệt May Việt Nam", 30, None, HELD, None),
    ("YC-17", "Đào tạo đội SXSH của Công ty Xuân Hoà", ON_DEMAND, d(12, 4), d(12, 5), 2, "Vĩnh Phúc",
     "Công ty Xuân Hoà", 16, None, HELD, None),
    # --- seminars: 9 awareness seminars (256 participants, 327 person-days) + 1 other (90) = 417
    ("HN-01", "SXSH và các công cụ quản lý môi trường cho doanh nghiệp tỉnh Phú Thọ", AWARENESS, d(3, 25),
     d(3, 25), 1, "Việt Trì", "DANIDA", 30, None, HELD, None),
    ("HN-02", "SXSH cho các doanh nghiệp thuộc Ban quản lý các Khu công nghiệp Tp. Hồ Chí Minh", AWARENESS,
     d(4, 17), d(4, 18), 2, "Tp. Hồ Chí Minh", "Ban quản lý các Khu công nghiệp Tp. Hồ Chí Minh", 38, None,
     HELD, None),
    ("HN-03", "SXSH và các công cụ quản lý môi trường cho doanh nghiệp Hải Phòng", AWARENESS, d(5, 20),
     d(5, 20), 1, "Hải Phòng", "VCEP", 27, None, HELD, None),
    ("HN-04", "SXSH và các công cụ quản lý môi trường cho doanh nghiệp Bắc Ninh", AWARENESS, d(6, 24),
     d(6, 24), 1, "Bắc Ninh", "VCEP", 25, None, HELD, None),
    ("HN-05", "SXSH và các công cụ quản lý môi trường cho doanh nghiệp Hải Dương", AWARENESS, d(7, 29),
     d(7, 29), 1, "Hải Dương", "VCEP", 24, None, HELD, None),
    ("HN-06", "SXSH và kế hoạch hành động SXSH của tỉnh Khánh Hòa", AWARENESS, d(9, 8), d(9, 9), 2,
     "Nha Trang", "Sở Tài nguyên và Môi trường Khánh Hòa", 33, None, HELD, None),
    ("HN-07", "SXSH và các công cụ quản lý môi trường cho doanh nghiệp Đà Nẵng", AWARENESS, d(10, 10),
     d(10, 10), 1, "Đà Nẵng", "VCEP", 28, None, HELD, None),
    ("HN-08", "SXSH và các công cụ quản lý môi trường cho doanh nghiệp Long An", AWARENESS, d(10, 31),
     d(10, 31), 1, "Long An", "VCEP", 26, None, HELD, None),
    ("HN-09", "SXSH cho doanh nghiệp và cơ quan quản lý tỉnh Thái Nguyên", AWARENESS, d(11, 20), d(11, 20), 1,
     "Thái Nguyên", "Sở Tài nguyên và Môi trường Thái Nguyên", 25, None, HELD, None),
    ("HN-10", "Hội thảo tổng kết dự án Sản xuất sạch hơn - Tiết kiệm năng lượng", OTHER_SEMINAR, d(12, 11),
     d(12, 12), 2, "Hà Nội", "UNEP/GEF", 45, None, HELD, None),
]
# fmt: on

# Bảng 2, verbatim: (module, days, topics one per line).
MODULES: list[tuple[str, float, list[str]]] = [
    (
        "Phương pháp luận SXSH",
        5,
        [
            "Giới thiệu về SXSH",
            "Quá trình sản xuất của ngành - giới thiệu chung",
            "Phương pháp luận đánh giá SXSH",
            "Tham quan công ty",
            "Bước khởi động",
            "Sử dụng năng lượng hiệu quả trong sản xuất công nghiệp",
        ],
    ),
    (
        "Đánh giá SXSH",
        4,
        [
            "Trình bày thực hiện đánh giá sơ bộ",
            "Thảo luận về kết quả thực hiện và các khó khăn",
            "Nghiên cứu điển hình để minh họa phương pháp luận",
            "Tính khả thi của các lựa chọn SXSH",
            "Quá trình sản xuất - các vấn đề môi trường đáng quan tâm",
            "Thực hiện các giải pháp quản lý nội vi và giải pháp chi phí thấp",
            "Tham quan công ty",
        ],
    ),
    (
        "Đánh giá SXSH",
        3,
        [
            "Trình bày quá trình đánh giá",
            "Thảo luận về kết quả thực hiện và các khó khăn",
            "Công nghệ tốt nhất hiện có trong ngành",
            "Nghiên cứu khả thi cho các lựa chọn SXSH",
            "Tham quan công ty",
        ],
    ),
    (
        "Hoàn thành đánh giá SXSH",
        3,
        [
            "Trình bày báo cáo đánh giá và tiến độ thực hiện",
            "Các công nghệ xử lý nước thải ngành ở Việt Nam",
            "Lập hồ sơ xin vay vốn cho giải pháp SXSH",
            "HTQLMT, ISO 14001 và SXSH",
            "Trao chứng chỉ",
        ],
    ),
]
