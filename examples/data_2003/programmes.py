"""The six CP programmes of 2003 under which the centre ran its company assessments.

The report ("Dịch vụ tại doanh nghiệp"): 6 programmes in more than 50 companies.

Names follow the report's own wording (Bảng 5 and the sections on training and company services).
"""

from __future__ import annotations

METAL = "Chương trình đào tạo và trình diễn SXSH ngành gia công và hoàn tất sản phẩm kim loại (SECO/UNIDO)"
VIET_TRI = "Dự án Phát triển Đô thị và Công nghiệp Việt Trì – hợp phần SXSH (DANIDA)"
VCEP = "Quản lý ô nhiễm công nghiệp, VCEP II (CIDA)"
UNEP_GEF = "Sản xuất sạch hơn – Tiết kiệm năng lượng (UNEP/GEF)"
GERIAP = "Giảm thiểu phát thải khí nhà kính trong công nghiệp vùng châu Á – Thái Bình Dương (GERIAP)"
HCMC = "Giảm thiểu ô nhiễm công nghiệp ở Tp. Hồ Chí Minh, pha III (UNIDO/SIDA)"

PROGRAMMES = (METAL, VIET_TRI, VCEP, UNEP_GEF, GERIAP, HCMC)

# The three approaches of the report ("Trung tâm SXSVN sử dụng 3 phương pháp tiếp cận sau").
DEMONSTRATION = "Đào tạo thực hành kết hợp trình diễn"
CONSULTING_TRAINING = "Tư vấn kết hợp đào tạo"
CONSULTING = "Tư vấn thuần túy"

APPROACH = {
    METAL: DEMONSTRATION,
    VIET_TRI: CONSULTING_TRAINING,
    VCEP: CONSULTING_TRAINING,
    UNEP_GEF: CONSULTING_TRAINING,
    GERIAP: CONSULTING_TRAINING,
    HCMC: CONSULTING,
}
