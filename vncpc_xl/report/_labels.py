"""The fixed texts of the Word templates, one dict per language (Jinja tags inside refer to the context)."""

from __future__ import annotations

# Each value is the literal text the template builder writes; ``{{ ... }}`` are docxtpl tags filled from
# the context built by `vncpc_xl.report.context.build_context` (every value a formatted string).
# Column headers that repeat a workbook column come from the schema instead (`build_templates.schema_labels`);
# «tblName» stands for the name of the sheet holding that table, also taken from the schema.


def _n(count: str, singular: str, plural: str) -> str:
    """Return the tags printing the context value `count` with its English noun in the right number."""
    return f"{{{{ {count} }}}} {{{{ '{singular}' if {count} == '1' else '{plural}' }}}}"


LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "lang_tag": "vi-VN",
        "report_of_year": "Báo cáo năm {{ year }}",
        "title_director": "Giám đốc: {{ director }}",
        "contents": "MỤC LỤC",
        "toc_placeholder": "Mục lục sẽ được cập nhật khi mở tài liệu (hoặc nhấn F9).",
        "footer": "{{ centre_name }} – Báo cáo năm {{ year }} – Trang ",
        "table": "Bảng",
        "figure": "Hình",
        "h_preface": "LỜI NÓI ĐẦU",
        "director_title": "Giám đốc {{ centre_name }}",
        "h_policy": "CHÍNH SÁCH",
        "h_vision": "TẦM NHÌN VÀ NHIỆM VỤ",
        "h_structure": "CƠ CẤU TỔ CHỨC VÀ CƠ SỞ VẬT CHẤT",
        "h_staff": "Đội ngũ cán bộ",
        "staff_counts": (
            "Tính đến cuối năm {{ year }}, {{ centre_name }} có {{ st.full_time }} cán bộ làm việc toàn thời gian"
            " và {{ st.part_time }} cán bộ bán thời gian. Trung tâm có {{ st.doctorates }} cán bộ có bằng tiến sĩ,"
            " {{ st.masters }} cán bộ có bằng thạc sĩ và {{ st.engineers }} cán bộ là kỹ sư."
        ),
        "h_activities": "CÁC HOẠT ĐỘNG TRONG NĂM {{ year }}",
        "key_figures": (
            "Với tổng cộng {{ st.staff_months }} công-tháng (tương đương {{ st.staff_years }} công-năm) trong năm"
            " {{ year }}, {{ centre_name }} đã tổ chức {{ tr.courses_held }} khóa đào tạo cho"
            " {{ tr.course_person_days }} người-ngày (bao gồm cả {{ tr.field_visit_person_days }} người-ngày"
            " đào tạo kết hợp với khảo sát thực tế), {{ tr.seminars_held }} hội nghị chuyên đề với"
            " {{ tr.seminar_person_days }} người-ngày, và hoàn thành {{ au.completed }} đánh giá SXSH"
            " trong {{ au.programmes }} chương trình SXSH tại {{ au.companies }} doanh nghiệp."
        ),
        "h_training": "ĐÀO TẠO",
        "training_intro": "Tổng quát về hoạt động đào tạo năm {{ year }} được trình bày trong Bảng 1.",
        "t1_caption": "Tổng quát về hoạt động đào tạo năm {{ year }}",
        "t1_result": "Kết quả (người-ngày)",
        "t1_courses": "Số khóa đã tổ chức",
        "t1_none": "Không có kế hoạch hay khóa đào tạo nào trong sổ đăng ký đào tạo của năm {{ year }}.",
        "total": "Tổng cộng",
        "f1_caption": "Kế hoạch và kết quả đào tạo năm {{ year }} (người-ngày)",
        "h_training_types": "Các khóa đào tạo theo loại hình",
        "training_type_line": (
            "{{ r.type }}: {{ r.courses }} {{ r.unit }}, {{ r.participants }} học viên, {{ r.result }} người-ngày."
        ),
        "h_modules": "Chương trình đào tạo theo ngành sản xuất",
        "modules_intro": (
            "Chương trình đào tạo chuyên sâu gồm {{ modules_count }} module với tổng cộng {{ modules_days }}"
            " ngày trên lớp; nội dung được trình bày trong Bảng 2."
        ),
        "t2_caption": "Tổng quan về chương trình đào tạo chuyên sâu gồm {{ modules_count }} module",
        "t2_none": "Không có module nào được ghi trong sổ đăng ký đào tạo (trang «tblModules»).",
        "h_services": "DỊCH VỤ TẠI DOANH NGHIỆP",
        "services_programmes": (
            "Trong năm {{ year }}, {{ centre_name }} đã thực hiện {{ au.programmes }} chương trình SXSH tại"
            " {{ au.companies }} doanh nghiệp. Đến cuối năm {{ year }}, {{ au.completed }} doanh nghiệp đã"
            " hoàn thành một chu trình đánh giá SXSH{% if au.completed_sectors %}; các doanh nghiệp này thuộc"
            " các ngành {{ au.completed_sectors }}{% endif %}."
        ),
        "programme_line": "{{ p.name }}: {{ p.companies }} doanh nghiệp, {{ p.completed }} đã hoàn thành.",
        "h_results": "Kết quả",
        "services_results": (
            "Đến cuối năm {{ year }}, {{ au.implemented_share }} tổng số giải pháp SXSH tìm ra tại các doanh"
            " nghiệp đã hoàn thành đánh giá ({{ au.implemented_options }} trên {{ au.options_of_completed }}"
            " giải pháp) đã được thực hiện. Thời gian hoàn vốn chung của các giải pháp đã thực hiện là"
            " {{ au.payback_months }} tháng. Các lợi ích được tổng hợp trong Bảng 3."
        ),
        "t3_caption": "Tổng quan về các lợi ích từ {{ au.completed }} đánh giá SXSH đã hoàn thành trong năm {{ year }}",
        "t3_technical": "Lợi ích về kỹ thuật",
        "t3_economic": "Lợi ích về kinh tế",
        "t3_environmental": "Lợi ích về môi trường",
        "t3_electricity": "Giảm tiêu thụ điện:",
        "t3_coal": "Giảm tiêu thụ than:",
        "t3_fuel_oil": "Giảm tiêu thụ dầu FO:",
        "t3_diesel": "Giảm tiêu thụ dầu DO:",
        "t3_lpg": "Giảm tiêu thụ LPG:",
        "t3_water": "Giảm tiêu thụ nước:",
        "t3_materials": "Giảm tiêu thụ nguyên liệu thô và hóa chất:",
        "t3_investment": "Tổng đầu tư:",
        "t3_savings": "Tiết kiệm hàng năm:",
        "t3_dust": "Giảm phát thải bụi:",
        "t3_so2": "Giảm phát thải SO₂:",
        "t3_co2": "Giảm phát thải CO₂:",
        "t3_waste": "Giảm nước thải và chất thải rắn:",
        "t3_waste_value": "Theo lượng giảm tiêu thụ các đầu vào",
        "f2_caption": "Tiết kiệm hàng năm của các giải pháp đã thực hiện theo ngành (USD/năm)",
        "h_categories": "Các giải pháp theo nhóm giải pháp",
        "categories_intro": (
            "Bảng 3a chia các giải pháp SXSH của {{ au.completed }} đánh giá đã hoàn thành theo tám nhóm giải"
            " pháp của UNEP; dòng tổng cộng bằng tổng của Bảng 3.{% if cat.any_implemented %}"
            " {{ cat.no_investment_share }} số giải pháp đã thực hiện không cần đầu tư.{% if cat.tied %} Các nhóm"
            " có nhiều giải pháp được thực hiện nhất là {{ cat.top }} (mỗi nhóm {{ cat.top_count }} giải pháp)."
            "{% else %} Nhóm có nhiều giải pháp được thực hiện nhất là {{ cat.top }} ({{ cat.top_count }} giải"
            " pháp).{% endif %}{% endif %}"
        ),
        "t3a_caption": "Các giải pháp SXSH của các đánh giá đã hoàn thành theo nhóm giải pháp",
        "c_identified": "Số giải pháp đề ra",
        "c_implemented": "Đã thực hiện",
        "c_investment": "Đầu tư (USD)",
        "c_savings": "Tiết kiệm (USD/năm)",
        "f3_caption": "Tiết kiệm hàng năm của các giải pháp đã thực hiện theo nhóm giải pháp (USD/năm)",
        "h_outreach": "PHỔ BIẾN THÔNG TIN VÀ NÂNG CAO NHẬN THỨC",
        "h_media": "Thông tin đại chúng",
        "no_outreach": "Không có hoạt động truyền thông nào được ghi nhận trong năm {{ year }}.",
        "h_awareness": "Hội nghị chuyên đề nâng cao nhận thức",
        "awareness": (
            "Trong năm {{ year }}, {{ centre_name }} đã tổ chức {{ tr.awareness_seminars }} hội nghị chuyên đề"
            " nâng cao nhận thức với {{ tr.awareness_participants }} lượt người tham dự. Tính cả"
            " {{ tr.awareness_prior }} đại biểu trong các năm trước thì tới cuối năm {{ year }} đã có"
            " {{ tr.awareness_cumulative }} lượt người tham dự các hội nghị chuyên đề nâng cao nhận thức do"
            " Trung tâm tổ chức."
        ),
        "certified": (
            "Tính đến cuối năm {{ year }}, tổng số học viên được Trung tâm cấp chứng chỉ là"
            " {{ tr.certified_cumulative }}{% if tr.certified_year == '0' %}; trong năm {{ year }} chưa có học viên"
            " nào được cấp chứng chỉ.{% else %} (trong đó {{ tr.certified_year }} học viên được cấp chứng chỉ trong"
            " năm {{ year }}).{% endif %}"
        ),
        "h_policy_advice": "ĐỀ XUẤT KHUYẾN NGHỊ CHÍNH SÁCH",
        "h_cooperation": "HỢP TÁC",
        "h_environment": "HIỆN TRẠNG MÔI TRƯỜNG",
        "environment_intro": (
            "Kết quả thực hiện các chỉ tiêu môi trường của Trung tâm trong năm {{ year }} được tổng hợp trong"
            " Bảng 4: {{ kpi.met }} trên {{ kpi.with_target }} chỉ tiêu có mục tiêu đã đạt."
        ),
        "t4_caption": "Tổng quan về các chỉ tiêu môi trường và kết quả đạt được trong năm {{ year }}",
        "t4_target": "Mục tiêu/chỉ tiêu",
        "t4_result": "Thực hiện",
        "t4_change": "Thay đổi so với giá trị nền",
        "t4_none": "Không có chỉ tiêu môi trường nào được ghi nhận cho năm {{ year }}.",
        "h_other": "CÁC HOẠT ĐỘNG SXSH KHÁC Ở VIỆT NAM",
        "other_intro": "Các dự án SXSH được Trung tâm điều phối trong năm {{ year }} được liệt kê trong Bảng 5.",
        "t5_caption": "Danh sách các dự án SXSH được điều phối ở Việt Nam năm {{ year }}",
        "t5_none": "Không có dự án nào được ghi trong hồ sơ trung tâm (trang «tblProjects»).",
        "h_trends": "XU HƯỚNG",
        "trends_caption": "Các năm trong kho dữ liệu",
        "tn_year": "Năm",
        "tn_assessed": "Doanh nghiệp được đánh giá",
        "tn_completed": "Đánh giá hoàn thành",
        "tn_savings": "Tiết kiệm (USD/năm)",
        "tn_person_days": "Người-ngày (đào tạo và hội nghị)",
        "tn_participants": "Lượt học viên",
        "f4_caption": "Xu hướng theo năm: doanh nghiệp được đánh giá, tiết kiệm và giảm CO2 của các giải pháp đã"
        " thực hiện, đào tạo",
        "h_lessons": "BÀI HỌC KINH NGHIỆM VÀ TRIỂN VỌNG",
        "h_abbreviations": "CÁC TỪ VIẾT TẮT",
        "ab_none": "Không có từ viết tắt nào được ghi trong hồ sơ trung tâm.",
        "h_appendix": "PHỤ LỤC",
        "h_app_assessments": "Phụ lục 1. Các đánh giá SXSH năm {{ year }}",
        "app_assessments_intro": (
            "Mỗi dòng là một sổ đánh giá; đầu tư, tiết kiệm, hoàn vốn và giảm CO₂ là của các giải pháp đã"
            " thực hiện, quy đổi ra USD."
        ),
        "t6_caption": "Các đánh giá SXSH trong năm {{ year }}",
        "t6_none": "Không có sổ đánh giá nào của năm {{ year }}.",
        "a_company": "Doanh nghiệp",
        "a_sector": "Ngành",
        "a_programme": "Chương trình",
        "a_options": "Giải pháp thực hiện / tổng",
        "a_investment": "Đầu tư (USD)",
        "a_savings": "Tiết kiệm (USD/năm)",
        "a_co2": "Giảm CO₂ (tấn/năm)",
        "h_app_register": "Phụ lục 2. Danh mục giải pháp SXSH",
        "app_register_intro": (
            "Mỗi dòng là một giải pháp của các đánh giá đã hoàn thành, theo thứ tự sổ đánh giá rồi thứ tự dòng,"
            " ghi đúng như trong sổ; đầu tư và tiết kiệm quy đổi ra USD."
        ),
        "t6a_caption": "Danh mục giải pháp SXSH của các đánh giá đã hoàn thành năm {{ year }}",
        "t6a_none": "Không có giải pháp nào của các đánh giá đã hoàn thành.",
        "r_company": "Doanh nghiệp",
        "r_sector": "Ngành",
        "r_programme": "Chương trình",
        "r_investment": "Đầu tư (USD)",
        "r_savings": "Tiết kiệm (USD/năm)",
        "r_co2": "Giảm CO₂ (tấn/năm)",
        "h_app_factors": "Phụ lục 3. Hệ số phát thải đã sử dụng",
        "app_factors_intro": (
            "Hệ số phát thải CO₂ của lưới điện là hệ số của năm {{ grid_year }}. Hệ số của nhiên liệu trong Bảng 7"
            " tính theo tính chất nhiên liệu mặc định."
        ),
        "app_own_fuels_intro": (
            "Sổ đánh giá nào ghi tính chất nhiên liệu riêng (trang «tblFuels») được tính với hệ số của chính"
            " nhiên liệu đó; Bảng 8 ghi các tính chất này, hệ số phát thải tương ứng và các sổ dùng chúng."
        ),
        "t8_caption": "Tính chất nhiên liệu riêng của các sổ đánh giá và hệ số phát thải tương ứng",
        "o_co2": "CO₂ (tấn/tấn)",
        "o_so2": "SO₂ (tấn/tấn)",
        "o_dust": "Bụi (tấn/tấn)",
        "o_files": "Sổ đánh giá",
        "o_none": "Mọi sổ đánh giá đều dùng tính chất nhiên liệu mặc định.",
        "t7_caption": "Hệ số phát thải và nguồn",
        "app_zero_factors": "Các hệ số bằng 0 không được liệt kê: {{ zero_factors }}.",
        "f_pollutant": "Chất",
        "f_value": "Hệ số",
        "f_unit": "Đơn vị",
        "f_source": "Nguồn",
        "h_app_sources": "Phụ lục 4. Các tệp số liệu nguồn",
        "app_sources_intro": "Mã SHA-256 cho phép kiểm tra rằng số liệu của báo cáo lấy đúng từ các tệp này.",
        "t9_caption": "Các tệp số liệu nguồn và mã SHA-256",
        "s_file": "Tệp",
        "s_kind": "Loại",
        "s_used": "Sử dụng",
        "s_none": "Không có tệp số liệu nào.",
        "h_app_excluded": "Phụ lục 5. Các sổ bị loại khỏi số liệu",
        "app_excluded_intro": (
            "Báo cáo này được lập dù số liệu còn lỗi: các sổ có lỗi không được tính vào số liệu của báo cáo."
            " Hãy sửa các lỗi dưới đây rồi lập lại báo cáo."
        ),
        "app_folder_problems": "Lỗi của cả thư mục:",
        "t10_caption": "Các sổ bị loại và lý do",
        "e_reasons": "Lý do",
    },
    "en": {
        "lang_tag": "en-GB",
        "report_of_year": "Annual report {{ year }}",
        "title_director": "Director: {{ director }}",
        "contents": "CONTENTS",
        "toc_placeholder": "The table of contents is updated when the document is opened (or press F9).",
        "footer": "{{ centre_name }} – Annual report {{ year }} – Page ",
        "table": "Table",
        "figure": "Figure",
        "h_preface": "FOREWORD",
        "director_title": "Director, {{ centre_name }}",
        "h_policy": "POLICY",
        "h_vision": "VISION AND MISSION",
        "h_structure": "ORGANISATION AND FACILITIES",
        "h_staff": "Staff",
        "staff_counts": (
            "At the end of {{ year }}, {{ centre_name }} had {{ st.full_time }} full-time and {{ st.part_time }}"
            " part-time staff: {{ st.doctorates }} with a doctorate, {{ st.masters }} with a master's degree and "
            + _n("st.engineers", "engineer", "engineers")
            + "."
        ),
        "h_activities": "ACTIVITIES IN {{ year }}",
        "key_figures": (
            "With a total of {{ st.staff_months }} staff-months (equivalent to {{ st.staff_years }} staff-years)"
            " in {{ year }}, {{ centre_name }} held "
            + _n("tr.courses_held", "training course", "training courses")
            + " for {{ tr.course_person_days }} person-days (including {{ tr.field_visit_person_days }} person-days"
            " of field visits), "
            + _n("tr.seminars_held", "seminar", "seminars")
            + " with {{ tr.seminar_person_days }} person-days, and completed "
            + _n("au.completed", "CP assessment", "CP assessments")
            + " in "
            + _n("au.programmes", "CP programme", "CP programmes")
            + " with "
            + _n("au.companies", "company", "companies")
            + "."
        ),
        "h_training": "TRAINING",
        "training_intro": "Table 1 summarises the training activities of {{ year }}.",
        "t1_caption": "Training activities in {{ year }}",
        "t1_result": "Result (person-days)",
        "t1_courses": "Courses held",
        "t1_none": "No training plan or course is recorded in the training register of {{ year }}.",
        "total": "Total",
        "f1_caption": "Training plan and result in {{ year }} (person-days)",
        "h_training_types": "Courses by type",
        "training_type_line": (
            "{{ r.type }}: {{ r.courses }} {{ r.unit }}, "
            + _n("r.participants", "participant", "participants")
            + ", {{ r.result }} person-days."
        ),
        "h_modules": "Sector training programme",
        "modules_intro": (
            "The in-depth training programme has "
            + _n("modules_count", "module", "modules")
            + " with "
            + _n("modules_days", "day", "days")
            + " in class; Table 2 shows their content."
        ),
        "t2_caption": "The in-depth training programme of " + _n("modules_count", "module", "modules"),
        "t2_none": "No module is recorded in the training register (sheet «tblModules»).",
        "h_services": "IN-PLANT SERVICES",
        "services_programmes": (
            "In {{ year }}, {{ centre_name }} ran "
            + _n("au.programmes", "CP programme", "CP programmes")
            + " with "
            + _n("au.companies", "company", "companies")
            + ". By the end of {{ year }}, "
            + _n("au.completed", "company", "companies")
            + " had completed an assessment cycle{% if au.completed_sectors %}, in {{ au.completed_sectors }}"
            "{% endif %}."
        ),
        "programme_line": "{{ p.name }}: "
        + _n("p.companies", "company", "companies")
        + ", {{ p.completed }} completed.",
        "h_results": "Results",
        "services_results": (
            "By the end of {{ year }}, {{ au.implemented_share }} of the CP options identified in the completed"
            " assessments ({{ au.implemented_options }} of {{ au.options_of_completed }} options) had been"
            " implemented. The overall payback of the implemented options is {{ au.payback_months }} months."
            " Table 3 summarises the benefits."
        ),
        "t3_caption": "Benefits of the "
        + _n("au.completed", "CP assessment", "CP assessments")
        + " completed in {{ year }}",
        "t3_technical": "Technical benefits",
        "t3_economic": "Economic benefits",
        "t3_environmental": "Environmental benefits",
        "t3_electricity": "Electricity saved:",
        "t3_coal": "Coal saved:",
        "t3_fuel_oil": "Fuel oil (FO) saved:",
        "t3_diesel": "Diesel oil (DO) saved:",
        "t3_lpg": "LPG saved:",
        "t3_water": "Water saved:",
        "t3_materials": "Raw materials and chemicals saved:",
        "t3_investment": "Total investment:",
        "t3_savings": "Annual savings:",
        "t3_dust": "Dust emissions avoided:",
        "t3_so2": "SO₂ emissions avoided:",
        "t3_co2": "CO₂ emissions avoided:",
        "t3_waste": "Wastewater and solid waste:",
        "t3_waste_value": "Reduced with the inputs saved",
        "f2_caption": "Annual savings of the implemented options by sector (USD/yr)",
        "h_categories": "Options by category",
        "categories_intro": (
            "Table 3a divides the CP options of the {{ au.completed }} completed assessments into the eight UNEP"
            " categories; its total row equals the totals of Table 3.{% if cat.any_implemented %}"
            " {{ cat.no_investment_share }} of the implemented options needed no investment.{% if cat.tied %} The"
            " categories with the most implemented options are {{ cat.top }} ({{ cat.top_count }} options each)."
            "{% else %} The category with the most implemented options is {{ cat.top }} ({{ cat.top_count }}"
            " options).{% endif %}{% endif %}"
        ),
        "t3a_caption": "CP options of the completed assessments by category",
        "c_identified": "Options identified",
        "c_implemented": "Implemented",
        "c_investment": "Investment (USD)",
        "c_savings": "Savings (USD/yr)",
        "f3_caption": "Annual savings of the implemented options by category (USD/yr)",
        "h_outreach": "INFORMATION DISSEMINATION AND AWARENESS RAISING",
        "h_media": "Media",
        "no_outreach": "No media activity was recorded in {{ year }}.",
        "h_awareness": "Awareness-raising seminars",
        "awareness": (
            "In {{ year }}, {{ centre_name }} held "
            + _n("tr.awareness_seminars", "awareness-raising seminar", "awareness-raising seminars")
            + " with "
            + _n("tr.awareness_participants", "participant", "participants")
            + ". Together with "
            + _n("tr.awareness_prior", "participant", "participants")
            + " of earlier years, "
            + _n("tr.awareness_cumulative", "person", "people")
            + " had attended the centre's awareness-raising seminars by the end of {{ year }}."
        ),
        "certified": (
            "By the end of {{ year }}, the centre had certified "
            + _n("tr.certified_cumulative", "trainee", "trainees")
            + "{% if tr.certified_year == '0' %}, none of them in {{ year }}.{% else %}"
            " ({{ tr.certified_year }} of them in {{ year }}).{% endif %}"
        ),
        "h_policy_advice": "POLICY ADVICE",
        "h_cooperation": "COOPERATION",
        "h_environment": "ENVIRONMENTAL PERFORMANCE",
        "environment_intro": (
            "Table 4 summarises the centre's environmental indicators in {{ year }}: {{ kpi.met }} of"
            " {{ kpi.with_target }} indicators with a target met it."
        ),
        "t4_caption": "Environmental indicators and results in {{ year }}",
        "t4_target": "Target",
        "t4_result": "Result",
        "t4_change": "Change vs baseline",
        "t4_none": "No environmental indicator is recorded for {{ year }}.",
        "h_other": "OTHER CP ACTIVITIES IN VIETNAM",
        "other_intro": "Table 5 lists the CP projects the centre coordinated in {{ year }}.",
        "t5_caption": "CP projects coordinated in Vietnam in {{ year }}",
        "t5_none": "No project is recorded in the centre file (sheet «tblProjects»).",
        "h_trends": "TRENDS",
        "trends_caption": "The years in the archive",
        "tn_year": "Year",
        "tn_assessed": "Companies assessed",
        "tn_completed": "Assessments completed",
        "tn_savings": "Savings (USD/yr)",
        "tn_person_days": "Person-days (courses and seminars)",
        "tn_participants": "Participants",
        "f4_caption": "Trends per year: companies assessed, savings and CO2 reduction of the implemented options,"
        " training",
        "h_lessons": "LESSONS LEARNT AND OUTLOOK",
        "h_abbreviations": "ABBREVIATIONS",
        "ab_none": "No abbreviation is recorded in the centre file.",
        "h_appendix": "APPENDICES",
        "h_app_assessments": "Appendix 1. CP assessments in {{ year }}",
        "app_assessments_intro": (
            "One row per assessment workbook; investment, savings, payback and CO₂ reduction are those of the"
            " implemented options, in USD."
        ),
        "t6_caption": "CP assessments in {{ year }}",
        "t6_none": "No assessment workbook of {{ year }}.",
        "a_company": "Company",
        "a_sector": "Sector",
        "a_programme": "Programme",
        "a_options": "Options: done / all",
        "a_investment": "Investment (USD)",
        "a_savings": "Savings (USD/yr)",
        "a_co2": "CO₂ avoided (t/yr)",
        "h_app_register": "Appendix 2. Register of cleaner-production options",
        "app_register_intro": (
            "One row per option of the completed assessments, in workbook order then row order, as typed in the"
            " workbook; investment and savings in USD."
        ),
        "t6a_caption": "Register of the CP options of the assessments completed in {{ year }}",
        "t6a_none": "No option in the completed assessments.",
        "r_company": "Company",
        "r_sector": "Sector",
        "r_programme": "Programme",
        "r_investment": "Investment (USD)",
        "r_savings": "Savings (USD/yr)",
        "r_co2": "CO₂ avoided (t/yr)",
        "h_app_factors": "Appendix 3. Emission factors used",
        "app_factors_intro": (
            "The grid electricity CO₂ factor is that of {{ grid_year }}. The fuel factors of Table 7 use the"
            " default fuel properties."
        ),
        "app_own_fuels_intro": (
            "An assessment workbook that records its own fuel properties (sheet «tblFuels») is computed with the"
            " factors of those fuels; Table 8 lists these properties, their emission factors and the workbooks"
            " using them."
        ),
        "t8_caption": "Fuel properties of assessment workbooks and their emission factors",
        "o_co2": "CO₂ (t/t)",
        "o_so2": "SO₂ (t/t)",
        "o_dust": "Dust (t/t)",
        "o_files": "Assessment workbooks",
        "o_none": "Every assessment workbook uses the default fuel properties.",
        "t7_caption": "Emission factors and sources",
        "app_zero_factors": "Factors equal to zero are not listed: {{ zero_factors }}.",
        "f_pollutant": "Pollutant",
        "f_value": "Factor",
        "f_unit": "Unit",
        "f_source": "Source",
        "h_app_sources": "Appendix 4. Source files",
        "app_sources_intro": "The SHA-256 digests show that the report's figures come from exactly these files.",
        "t9_caption": "Source files and their SHA-256",
        "s_file": "File",
        "s_kind": "Kind",
        "s_used": "Used",
        "s_none": "No source file.",
        "h_app_excluded": "Appendix 5. Workbooks excluded from the figures",
        "app_excluded_intro": (
            "This report was made although the data have errors: workbooks with errors are not counted in its"
            " figures. Fix the errors below and make the report again."
        ),
        "app_folder_problems": "Errors of the folder as a whole:",
        "t10_caption": "Excluded workbooks and why",
        "e_reasons": "Reasons",
    },
}
