"""The report's own narrative paragraphs, by section key (SPEC 3.4), copied verbatim from the 2003 report.

Each entry is one paragraph (one row of tblNarrative). List items keep their leading "- ". Picture
captions, tables, headings and the paragraphs that only restate figures the report computes from the
workbooks are left out (see examples/2003/README.md). A FIGURES entry marks where the report prints the
section's computed figures and tables, as the reference report does: the paragraphs after it follow them.
"""

from __future__ import annotations

from vncpc_xl.schema.centre import FIGURES_MARKER as FIGURES

SECTIONS: list[tuple[str, list[str]]] = [
    (
        "loi_noi_dau",
        [
            (
                "Sau gần 10 năm được giới thiệu vào Việt Nam, đến nay Sản xuất sạch hơn (SXSH) đã"
                " bắt đầu được các doanh nghiệp công nghiệp quan tâm áp dụng thử nghiệm vào hoạt "
                "động sản xuất. Trong 5 năm hoạt động (1998 - 2003), Trung tâm Sản xuất sạch Việt"
                " Nam đã cùng 50 doanh nghiệp trên cả nước một lần nữa khẳng định những ưu việt "
                "của tiếp cận SXSH trong quản lý môi trường công nghiệp. Việc đánh giá SXSH đã "
                "thực sự giúp các doanh nghiệp nâng cao năng suất, ổn định & cải thiện chất lượng"
                " sản phẩm, nâng cao hiệu suất sử dụng nguyên liệu, năng lượng, hoá chất, nước, "
                "và sức lao động, đem lại lợi ích kinh tế cho các doanh nghiệp, đồng thời cũng "
                "giảm được một lượng đáng kể các chất thải và chất ô nhiễm phát thải vào môi "
                "trường, và cải thiện môi trường làm việc cho người công nhân. Những lợi ích này "
                "góp phần tích cực vào nâng cao năng lực cạnh tranh cho các doanh nghiệp. Khái "
                "niệm SXSH ở một chừng mực nào đó được hiểu thống nhất và đúng bản chất hơn trong"
                " cộng đồng công nghiệp và được nhận biết như một chiến lược hướng tới sự phát "
                "triển công nghiệp bền vững."
            ),
            (
                "Năm 2003, các hoạt động xúc tiến SXSH của Trung tâm SXSVN đã tập trung cho ngành"
                " gia công và hoàn tất các sản phẩm kim loại. Kết quả cụ thể được tóm tắt trong "
                "báo cáo này."
            ),
            (
                "Thay mặt Trung tâm SXSVN, tôi xin chân thành cảm ơn sự hỗ trợ của cơ quan tài "
                "trợ - SECO, cơ quan điều hành - UNIDO, các Bộ, Hội đồng Cố vấn, Viện chủ quản, "
                "các cơ quan đối tác, các công ty và cá nhân tham gia các hoạt động do Trung tâm "
                "tổ chức đã giúp chúng tôi đạt được các mục tiêu và chỉ tiêu của năm 2003. Đặc "
                "biệt, tôi xin trân trọng cảm ơn GS. Heinz Leuenberger, Cố vấn trưởng của Trung "
                "tâm, về những đóng góp to lớn của ông kể trong việc phát triển, điều hành và "
                "thực hiện Kế hoạch hoạt động và cung cấp dịch vụ của Trung tâm."
            ),
            "Chúng tôi hy vọng tiếp tục được hợp tác với tất cả quý vị trong tương lai.",
            "PGS. TS. Trần Văn Nhân",
            "Giám đốc Trung tâm Sản xuất sạch Việt Nam",
            (
                "Trong 5 năm vừa qua, Trung tâm SXSVN đã đạt được những kết quả hoạt động rất ấn "
                "tượng. Đánh giá SXSH ở một số ngành công nghiệp cho thấy rõ lợi ích của phương "
                "pháp này và trở nên hữu ích đối với các cơ sở công nghiệp Việt Nam. Các hội nghị"
                " chuyên đề nâng cao nhận thức diễn ra trên toàn quốc và một số khoá đào tạo "
                "chuyên sâu kết hợp thực hành dành cho các chuyên gia về SXSH đã tạo ra nền móng "
                "cho sự phát triển của SXSH ở Việt Nam. Tuy nhiên, để nâng cao năng suất và tính "
                "cạnh tranh cho các doanh nghiệp thì còn nhiều việc phải làm. Việc tái thiết một "
                "dây chuyền sản xuất hoàn chỉnh, bao gồm cả áp dụng công nghệ mới và sạch hơn sẽ "
                "là cần thiết để đạt được lợi ích toàn diện khi áp dụng tiếp cận SXSH. Một lần "
                "nữa, đó là những bước đầu tiên để hướng tới phát triển công nghiệp bền vững. "
                "Thiết kế sản phẩm mới, trách nhiệm xã hội, quản lý tiến bộ công nghệ và phân "
                "tích vòng đời sản phẩm sẽ trở thành những vấn đề mới trong cộng đồng công "
                "nghiệp. Trung tâm SXSVN sẽ góp phần vào sự phát triển này bằng cách chú trọng và"
                " củng cố các hoạt động chủ đạo của mình, tìm kiếm các đối tác mạnh cùng Trung "
                "tâm cung cấp dịch vụ trọn gói cho các doanh nghiệp. Điều đó có nghĩa là trong "
                "những năm tới, Trung tâm SXSVN sẽ phát triển các dịch vụ mới, hấp dẫn và hướng "
                "nhiều vào công nghệ kết hợp với các dịch vụ riêng biệt về an toàn và sức khoẻ "
                "nghề nghiệp, hệ thống quản lý môi trường (ISO 14001) và giải trình trách nhiệm "
                "xã hội. Trung tâm SXSVN cũng sẽ cố gắng tạo ảnh hưởng tới việc thiết kế công "
                "nghệ mới theo hướng sử dụng tài nguyên hữu hiệu hơn."
            ),
            (
                "Tôi muốn gửi lời cảm ơn tới tất cả các cơ quan cấp Bộ của Việt Nam và các tổ "
                "chức đối tác đã làm việc cùng Trung tâm SXSVN, cơ quan tài trợ SECO và UNIDO, "
                "các cán bộ của Viện Khoa học và Công nghệ Môi trường (INEST) và Trung tâm SXSVN "
                "về sự nỗ lực công tác và đóng góp của họ. Cuối cùng, tôi muốn đặc biệt cảm ơn "
                "tất cả các quý vị về sự hợp tác và đoàn kết tốt đẹp trong những năm qua."
            ),
            "GS. TS. Heinz Leuenberger",
            "Cố vấn trưởng, Trung tâm Sản xuất sạch Việt Nam",
            (
                "Trong 5 năm hoạt động của mình, Trung tâm SXSVN đã đóng góp tích cực vào việc "
                "phổ biến nguyên tắc và thực hành SXSH ở Việt Nam; Trung tâm đã tạo dựng được một"
                " vị thế đáng nể là cơ quan cung cấp dịch vụ hàng đầu trong lĩnh vực này mà danh "
                "tiếng đã vượt qua biên giới quốc gia đến với các nước láng giềng Lào và "
                "Campuchia."
            ),
            (
                "Theo thời gian, Trung tâm SXSVN đã ứng dụng các công cụ, từ các chiến dịch nâng "
                "cao nhận thức, chương trình giảng dạy tại các trường kỹ thuật được thiết kế đặc "
                "biệt và các sáng kiến đào tạo khác cho tới đánh giá chi tiết tại nhà máy nhằm "
                "tìm ra các cơ hội SXSH, biến SXSH thành một phần quan trọng trong chiến lược "
                "kinh doanh của nhiều doanh nghiệp ở Việt Nam."
            ),
            (
                "Các trường hợp tự ứng dụng SXSH đang dần trở nên thịnh hành trong các doanh "
                "nghiệp ở Việt Nam. Tuy nhiên, như được trình bày trong Báo cáo năm này, đến nay,"
                " các doanh nghiệp đã thực hiện hầu hết các giải pháp chi phí thấp, chủ yếu là "
                "quản lý tốt nội vi, trong danh sách các giải pháp SXSH đã được đề ra khi tiến "
                "hành đánh giá tại cùng với Trung tâm SXSVN."
            ),
            (
                "Đến cấp quốc gia, việc phổ biến các thành tựu do áp dụng các giải pháp này đã "
                "làm tan biến các mối nghi ngại trước đó và mở ra một thị trường SXSH mà ở đó "
                "Trung tâm sẽ khuyến khích các nhà cung cấp dịch vụ có đủ năng lực cùng tham gia."
                " Trong khi đó, Trung tâm lại nỗ lực chuyển hướng hoạt động của mình sang giai "
                "đoạn thứ hai là các lựa chọn công nghệ và thay thế các thiết bị cũ kỹ bằng các "
                "thiết bị mới hơn, thân thiện với môi trường hơn."
            ),
            (
                "Để tạo điều kiện cho các doanh nghiệp Việt Nam tự nguyện áp dụng các công nghệ "
                "sạch hơn (CT) trong tương lai, Trung tâm SXSVN sẽ tăng cường hoạt động của mình "
                "trên lĩnh vực này. Trung tâm sẽ phải thiết lập các quan hệ đối tác chiến lược "
                "với nhiều nhà cung cấp Việt Nam và nước ngoài về các khoản hỗ trợ hoặc vay trả "
                "giá để thuận lợi cho những quyết định đầu tư CT của các công ty trong nước. Cuối"
                " cùng, Trung tâm cũng sẽ phải hợp tác chặt chẽ với các nhà hoạch định chính sách"
                " về khoa học và công nghệ của Việt Nam để thiết lập các điều kiện khung đưa các "
                "công ty của Việt Nam vào công cuộc phát triển kinh tế “xanh hơn”."
            ),
            "Philippe Scholtés,\nTrưởng đại diện UNIDO tại Việt Nam",
            (
                "Quả là thú vị khi nhận ra rằng Trung tâm SXSVN đã trải qua 5 năm hoạt động. "
                "Những thành tựu mà Trung tâm đạt được trong thời gian qua là rất đáng khen ngợi."
                " Điều này được phản ánh đầy đủ qua một thực tế rằng đây là Trung tâm SXS đầu "
                "tiên được chứng nhận ISO 9000 và ISO 14000. SXSH đã trở thành một chiến lược "
                "được thông qua ở Việt Nam và Trung tâm đã tạo dựng được danh tiếng cho mình."
            ),
            (
                "Tôi đã có nhiều dịp làm việc cùng các cán bộ của Trung tâm SXSVN, trước tiên với"
                " tư cách là một chuyên gia xây dựng năng lực về đánh giá SXSH, và sau này cùng "
                "với họ thực hiện dự án lồng ghép sử dụng năng lượng hiệu quả với SXSH. Tôi đánh "
                "giá cao sự hợp tác và công hiến của các cán bộ trong Trung tâm và sự lãnh đạo "
                "hiệu quả của Giám đốc Trần Văn Nhân. Trung tâm đã đáp lại một cách tài tình "
                "trước những thách thức và giờ đây đã trở thành một cơ quan xuất sắc trên lĩnh "
                "vực SXSH của quốc gia."
            ),
            (
                "Tôi muốn nhân cơ hội này chúc mừng Trung tâm SXSVN vì những thành tựu của họ và "
                "chúc họ luôn thành công."
            ),
            "Surya P.Chandak",
            "UNEP",
            "Trưởng bộ phận Sản xuất sạch hơn & An toàn hơn\nvà Tiêu thụ bền vững",
            "Chương trình Môi trường Liên hợp quốc (UNEP)",
            (
                "Sản xuất sạch hơn là sự áp dụng liên tục một chiến lược môi trường tổng hợp mang"
                " tính phòng ngừa trong các quá trình sản xuất, các sản phẩm và dịch vụ nhằm tăng"
                " hiệu quả sinh thái và giảm thiểu rủi ro cho con người và môi trường."
            ),
            (
                "Đối với các quá trình sản xuất: SXSH bao gồm bảo toàn năng lượng và nguyên liệu,"
                " loại bỏ các nguyên liệu độc hại, giảm lượng và độc tính của các nguồn phát thải"
                " ngay tại nơi sản xuất."
            ),
            (
                "Đối với các sản phẩm: SXSH bao gồm giảm các ảnh hưởng tiêu cực trong suốt vòng "
                "đời sản phẩm từ khai khai thác nguyên liệu tới khâu thải bỏ cuối cùng."
            ),
            (
                "Đối với các dịch vụ: SXSH đưa các mối quan tâm về môi trường vào quá trình thiết"
                " kế và cung cấp dịch vụ."
            ),
            (
                "SXSH đòi hỏi sự thay đổi thái độ, thực hành quản lý môi trường có trách nhiệm và"
                " đánh giá các giải pháp kỹ thuật."
            ),
            "Định nghĩa của UNEP",
        ],
    ),
    (
        "chinh_sach",
        [
            (
                "Cùng với việc thực hiện một hệ thống quản lý tổng hợp ISO 9001 and ISO 14001, "
                "Trung tâm SXSVN đã xây dựng và duy trì một chính sách về Chất lượng và Môi "
                "trường như sau:"
            ),
            (
                "Trung tâm SXSVN là một tổ chức tri thức có chức năng cung cấp các giải pháp "
                "SXSH, góp phần tạo ra các giá trị gia tăng cho ngành công nghiệp, các công ty tư"
                " vấn, các cơ quan nghiên cứu, giáo dục và các tổ chức chính phủ."
            ),
            (
                "Là đầu mối quốc gia về SXSH chúng tôi cam kết liên tục cải thiện và phòng ngừa ô"
                " nhiễm môi trường. Chúng tôi cam kết sẽ tuân thủ các qui định pháp luật và Tuyên"
                " ngôn Quốc tế về SXSH."
            ),
            (
                "Chúng tôi sẽ liên tục phấn đấu để nâng cao chất lượng của các giải pháp và dịch "
                "vụ cũng như cải thiện hiệu quả của Hệ thống quản lý tổng hợp."
            ),
            "Trên cơ sở Chính sách của mình, chúng tôi đã xây dựng những nguyên tắc sau:",
            (
                "- Hoạt động của tất cả các cán bộ của Trung tâm đều có ảnh hưởng tới chất lượng "
                "của các dịch vụ và hiện trạng môi trường, do vậy các cán bộ phải có trách nhiệm "
                "đối với các công việc được giao;"
            ),
            (
                "- Tất cả các cán bộ phải thông báo cho ban lãnh đạo nếu họ không thể đáp ứng "
                "theo yêu cầu của khách hàng, và"
            ),
            (
                "- Tất cả các cán bộ phải học hỏi và chia sẻ kinh nghiệm để không ngừng nâng cao "
                "chất lượng dịch vụ."
            ),
        ],
    ),
    (
        "tam_nhin",
        [
            (
                "Mục tiêu lâu dài của Trung tâm SXSVN là đóng vai trò xúc tác và điều phối trong "
                "việc thúc đẩy SXSH tại Việt Nam."
            ),
            "Nhiệm vụ của Trung tâm gồm:",
            (
                "- Đào tạo nguồn nhân lực cho các doanh nghiệp, các hiệp hội công nghiệp, các "
                "công ty tư vấn, các viện nghiên cứu, cơ quan giáo dục, và các cơ quan quản lý "
                "công nghiệp và môi trường của Chính phủ về các phương pháp triển khai SXSH;"
            ),
            (
                "- Đánh giá SXSH tại các cơ sở công nghiệp để chứng minh các ưu điểm của tiếp cận"
                " này, đồng thời điều chỉnh tiếp cận SXSH đã phát triển trên thế giới cho phù hợp"
                " với các điều kiện Việt Nam;"
            ),
            (
                "- Hỗ trợ các nhà hoạch định chính sách và khuyến nghị về phương thức thúc đẩy áp"
                " dụng SXSH trong các cơ sở công nghiệp và thông qua văn bản pháp luật;"
            ),
            (
                "- Thúc đẩy giới thiệu và nâng cao nhận thức về SXSH trong các cơ sở công nghiệp "
                "và các cơ quan chính quyền;"
            ),
            ("- Hỗ trợ các trường đại học trong việc lồng ghép nội dung SXSH vào chương trình giảng dạy;"),
            (
                "- Phối hợp hoạt động với các cơ quan trong nước và quốc tế với mục tiêu hỗ trợ "
                "công tác bảo vệ môi trường mang tính phòng ngừa; và"
            ),
            (
                "- Hoạt động như một đầu mối của mạng lưới các Trung tâm Sản xuất sạch Quốc gia "
                "của UNEP/UNIDO."
            ),
        ],
    ),
    (
        "co_cau",
        [
            (
                "Trung tâm SXSVN được thành lập vào năm 1998 trong khuôn khổ dự án “Trung tâm Sản"
                " xuất sạch Quốc gia” của UNIDO/ UNEP. Dự án này do Chính phủ Thụy Sĩ tài trợ "
                "thông qua Ban Thư ký Nhà nước về các vấn đề Kinh tế (SECO) và văn phòng tại Viện"
                " Khoa học và Công nghệ Môi trường thuộc Trường Đại học Bách khoa Hà Nội."
            ),
            (
                "Hội đồng Cố vấn của Trung tâm SXSVN gồm 12 thành viên thuộc các cấp Vụ của các "
                "Bộ ngành và các cơ quan có liên quan: Bộ Giáo dục và Đào tạo, Bộ Công nghiệp, Bộ"
                " Tài nguyên và Môi trường, Bộ Tài chính, Bộ Kế hoạch và Đầu tư, Trường Đại học "
                "Bách khoa Hà Nội, Viện Khoa học và Công nghệ Môi trường, Sở Tài nguyên và Môi "
                "trường Tp. Hồ Chí Minh, Tổ chức phát triển Công nghiệp Liên Hợp Quốc và Ban thư "
                "ký Nhà nước về Các vấn đề Kinh tế/Cơ quan Hợp tác và Phát triển của Thụy Sĩ. Chủ"
                " tịch Hội đồng là PGS.TS. Hoàng Bá Chư, Phó Hiệu trưởng Trường ĐH Bách Khoa Hà "
                "Nội."
            ),
            FIGURES,
            (
                "Trong năm 2003, Trung tâm SXSVN đã cử một cán bộ tham dự chương trình đào tạo 2 "
                "tuần về SXSH và Sử dụng năng lượng hiệu quả tại Philippin 2 cán bộ được cử tham "
                "dự chương trình đào tạo 3 tuần về xử lý và hoàn tất bê mặt kim loại tại Thụy Sĩ."
                " Trung tâm cũng có 1 cán bộ tham gia khóa đào tạo 3 tuần về an toàn và sức khoẻ "
                "nghề nghiệp tại Đan Mạch và 1 cán bộ khác tham dự lớp huấn luyện 1 tuần về Kiểm "
                "toán viên trưởng ISO14001 tại Hà Nội."
            ),
            (
                "Ban lãnh đạo và cán bộ của Trung tâm đã được đào tạo liên tục thông qua các hội "
                "nghị chuyên đề, hội thảo và hội nghị bàn tròn quốc tế về SXSH."
            ),
            (
                "Trung tâm SXSVN đã thiết lập quan hệ cộng tác lâu dài với Viện Công nghệ Môi "
                "trường của Trường Đại học Khoa học ứng dụng Basel - Thụy Sĩ. Trung tâm giữ liên "
                "lạc với rất nhiều chuyên gia trong và ngoài nước hoạt động trên lĩnh vực môi "
                "trường và SXSH để trao đổi sinh viên và cán bộ thực tập."
            ),
            (
                "Nằm trong mạng lưới của UNIDO/UNEP, Trung tâm SXSVN hoạt động phối hợp chặt chẽ "
                "với 29 Trung tâm SXS quốc gia khác trên thế giới cũng như các thành viên của Hội"
                " nghị Bàn tròn châu Á - Thái Bình Dương về SXSH. Trung tâm SXSVN cũng đang xây "
                "dựng một mạng lưới chính thức các chuyên gia và cơ quan hoạt động trên cùng lĩnh"
                " vực trên khắp Việt Nam trong những năm tới."
            ),
            (
                "Trung tâm SXSVN và Viện chủ quản INEST đã được trang bị các thiết bị phân tích "
                "hiện trường phục vụ cho cả hoạt động đánh giá nhanh và đánh giá chi tiết tiêu "
                "thụ nguyên vật liệu và năng lượng trong một số ngành công nghiệp khác nhau."
            ),
            (
                "Thư viện của Trung tâm hiện có khoảng 600 đầu sách và tạp chí liên quan đến lĩnh"
                " vực môi trường, Sản xuất sạch hơn và quản lý môi trường. Ngoài ra, có khoảng "
                "trên 1.000 đầu sách và báo cáo được lưu trữ trong thư viện điện tử. Tất cả các "
                "cán bộ của Trung tâm đều có thể truy cập Internet thông qua kết nối ADSL."
            ),
        ],
    ),
    (
        "hoat_dong",
        [
            (
                "Trong năm 2002, Trung tâm đã đạt được, thậm chí vượt mức các chỉ tiêu đặt ra "
                "trong Kế hoạch hoạt động. Kết quả của đợt đánh giá giám sát đối với 2 chứng chỉ "
                "ISO9001 và ISO14001 đã minh chứng tính bền vững của hệ thống quản lý về chất "
                "lượng và môi trường của Trung tâm."
            ),
            (
                "Trong năm 2003, Trung tâm đã tập trung vào việc xây dựng năng lực SXSH cho ngành"
                " công nghiệp hoàn tất sản phẩm kim loại và bắt đầu cung cấp dịch vụ cho các dự "
                "án quốc tế tại Việt Nam."
            ),
        ],
    ),
    (
        "dao_tao",
        [
            (
                "Việc thiếu đội ngũ kỹ thuật được đào tạo căn bản và có kinh nghiệm về SXSH hiện "
                "là một trong những trở ngại chính đối với quá trình triển khai SXSH trong ngành "
                "công nghiệp Việt Nam. Vì vậy, một trong các hoạt động chính của Trung tâm là, "
                "thông qua đào tạo, xây dựng một cơ sở đội ngũ chuyên gia SXSH."
            ),
            "Trong năm 2003, Trung tâm đã cung cấp 3 loại hình đào tạo:",
            (
                "- Đào tạo theo ngành sản xuất: đây là chương trình đào tạo chuyên sâu được tổ "
                "chức cho đại diện của ngành công nghiệp được lựa chọn và những nhà cung cấp dịch"
                " vụ/xúc tiến SXSH có tiềm năng."
            ),
            (
                "- Đào tạo các kỹ năng: Thông qua các khoá học này, những học viên trước đây của "
                "các khoá đào tạo chuyên sâu hoặc những nhà cung cấp dịch vụ SXSH sẽ được mở mang"
                " thêm kiến thức và kỹ năng của mình."
            ),
            (
                "- Đào tạo theo yêu cầu: Trung tâm cũng thiết kế và cung cấp các khoá học liên "
                "qua tới SXSH theo yêu cầu cụ thể của từng khách hàng."
            ),
            (
                "Cho tới nay, tất cả các loại hình đào tạo này đều đã thành công trong việc đạt "
                "được các mục tiêu của mình. Tổng quát về hoạt động đào tạo năm 2003 được mô tả "
                "trong bảng dưới đây."
            ),
            FIGURES,
            (
                "Mặc dù chương trình đào tạo cho ngành hoàn tất sản phẩm kim loại đến cuối năm "
                "2003 chưa kết thúc, nhưng các kết quả của hoạt động đào tạo đã vượt quá chỉ tiêu"
                " đặt ra. Đây là một thế mạnh của Trung tâm do bản chất là một bộ phận trong "
                "trường đại học."
            ),
            (
                "Chương trình đào tạo chuyên sâu, hay đào tạo theo ngành sản xuất, được tổ chức "
                "kết hợp với hoạt động trình diễn tại nhà máy nhằm giúp cho các học viên thu lượm"
                " được kinh nghiệm đánh giá SXSH. Tổng thời gian của chương trình đào tạo này là "
                "15 ngày trên lớp và khoảng 11 - 15 ngày làm việc thực tế tại công ty. Nội dung "
                "chương trình này được trình bày trong bảng 2. Giữa mỗi module, các học viên và "
                "giảng viên sẽ cùng làm việc tại công ty để có được các kinh nghiệm thực tiễn. "
                "Kết thúc chương trình, các học viên sẽ có thể thực hiện đánh giá sản xuất sạch "
                "hơn trong công nghiệp và làm việc với nhóm SXSH của công ty để xây dựng các cơ "
                "hội nhằm giúp tăng tính cạnh tranh cho công ty. Họ sẽ trở thành những nhà cung "
                "cấp dịch vụ/xúc tiến SXSH tiềm năng của Việt Nam."
            ),
            (
                "Trong năm 2003, Trung tâm tập trung hoạt động đào tạo này vào ngành gia công và "
                "hoàn tất sản phẩm kim loại. Các học viên đến từ các công ty trong ngành, các cơ "
                "quan quản lý môi trường, cơ quan tư vấn và viện nghiên cứu từ các miền khác nhau"
                " của đất nước. Khi kết thúc chương trình các học viên đã gặt hái được cả kiến "
                "thức lý thuyết và kinh nghiệm thực tế và có khả năng thực hiện đánh giá SXSH với"
                " một vài hỗ trợ nhỏ của Trung tâm."
            ),
            (
                "Chương trình đào tạo này sẽ kết thúc vào tháng 2 năm 2004. Trung tâm dự kiến sẽ "
                "có thêm 15 - 17 học viên được cấp chứng chỉ, nâng tổng số học viên được Trung "
                "tâm đào tạo chuyên sâu về SXSH lên tới con số 100."
            ),
            (
                "Các khoá học này được tổ chức tại Việt Nam chủ yếu dành cho các nhà cung cấp "
                "dịch vụ SXSH và cán bộ của Trung tâm, giúp họ cải thiện và mở rộng các kỹ năng "
                "của mình trong khi thực hiện đánh giá SXSH."
            ),
            (
                "Trong năm 2003, Trung tâm đã tổ chức 2 khoá đào tạo của loại hình này cho 39 học"
                " viên về Quản lý chất lượng tổng hợp và Hiệp định môi trường đa phương (5 ngày, "
                "tháng 8/2003) và Hệ thống quản lý môi trường và các công cụ (3 ngày, tháng "
                "10/2003)."
            ),
            (
                '"Loại hình đào tạo này rõ ràng sẽ hỗ trợ cho việc phổ biến và thực hiện SXSH". '
                "(phản hồi của học viên trong bản đánh giá khoá học Quản lý chất lượng tổng hợp "
                "và Hiệp định môi trường đa phương)"
            ),
            (
                "Thực tế cho thấy nhu cầu của các dự án do VCEP, UNEP và DANIDA thực hiện về loại"
                " hình đào tạo này rất lớn. Ngoài phần giới thiệu về SXSH, nhu cầu trong năm 2003"
                " tập trung vào các vấn đề có liên quan như hệ thống quản lý môi trường, sử dụng "
                "năng lượng hiệu quả, an toàn và sức khoẻ nghề nghiệp."
            ),
            (
                "Trong năm 2003, Trung tâm đã thiết kế và thực hiện 17 khoá đào tạo cho 1611 "
                "người/ngày. Những khoá đào tạo này không chỉ nhằm cung cấp kỹ năng SXSH để cải "
                "thiện hiệu suất sản xuất cho các cán bộ công nghiệp, mà còn giúp các cán bộ nhà "
                "nước hiểu được làm thế nào để giám sát và làm việc cùng với các cơ sở công "
                "nghiệp. Các chương trình đào tạo đã được khách hàng đánh giá tốt cả về mặt thiết"
                " kế và thực hiện."
            ),
        ],
    ),
    (
        "dich_vu",
        [
            (
                "Mục tiêu của chương trình diễn là nhằm minh chứng các lợi ích của SXSH khi được "
                "thực hiện tại các cơ sở công nghiệp Việt Nam. Hơn nữa, chương trình diễn cũng "
                "được sử dụng để cung cấp cơ hội thực hành cho các học viên tham dự chương trình "
                "đào tạo chuyên sâu."
            ),
            (
                "Từ năm 1999, cùng với nhóm SXSH của công ty tham gia chương trình, cán bộ của "
                "Trung tâm đã chứng minh lợi ích của SXSH trong các ngành Giấy và Bột giấy, Dệt, "
                "Hoàn tất sản phẩm kim loại, Vật liệu xây dựng, Thực phẩm và đồ uống. Các công ty"
                " tham gia chương trình đã bố trí nhân lực của mình để duy trì SXSH tại công ty "
                "mình."
            ),
            (
                "Trong năm 2003, Trung tâm đã tập trung các nỗ lực của mình không chỉ vào đánh "
                "giá SXSH mà cả vào việc lồng ghép sử dụng năng lượng hiệu quả, an toàn và sức "
                "khoẻ nghề nghiệp. Áp dụng tiếp cận đánh giá SXSH kết hợp với sử dụng năng lượng"
                " hiệu quả Mang lại những lợi ích rất đáng quan tâm."
            ),
            (
                "Tôi chưa thấy một cơ quan nào làm việc có hiệu quả như Trung tâm SXSVN. Thông "
                "qua chương trình, chúng tôi thậm chí đã thay đổi hệ thống quản lý của mình làm "
                "cho sản xuất trở nên hiệu quả hơn."
            ),
            "Ông Hoàng Quốc Phán,",
            "Phó Tổng Giám đốc, Công ty Dệt Vĩnh Phú",
            "Trung tâm SXSVN sử dụng 3 phương pháp tiếp cận sau:",
            (
                "- Đào tạo thực hành kết hợp với trình diễn kỹ thuật đánh giá: Trung tâm tổ chức "
                "chương trình đào tạo chuyên sâu (gồm 4 module). Các cán bộ kỹ thuật được công ty"
                " lựa chọn sẽ tham gia chương trình đào tạo và ứng dụng những gì tiếp thu được "
                "vào thực tiễn sản xuất tại công ty với sự hỗ trợ của cán bộ Trung tâm. Đào tạo "
                "tại công ty cũng được thực hiện cho toàn đội SXSH của công ty. Tiếp cận này được"
                " áp dụng cho các công ty thuộc ngành sản xuất trọng tâm trong năm. Khi kết thúc "
                "chương trình, cán bộ kỹ thuật có khả năng tự duy trì SXSH tại công ty mình."
            ),
            (
                "- Tư vấn kết hợp đào tạo: Trung tâm tổ chức một khóa đào tạo thuần túy kỹ thuật "
                "dành cho các học viên được lựa chọn từ các công ty và làm việc cùng với đội SXSH"
                " của các công ty này. Trong quá trình đánh giá, cán bộ của Trung tâm hỗ trợ các "
                "thành viên đội SXSH xây dựng các cơ hội và giám sát kết quả thực hiện."
            ),
            (
                "- Tư vấn thuần túy: Cán bộ Trung tâm đã cùng làm việc với đội SXSH của công ty "
                "để tìm ra các cơ hội cải thiện. Cán bộ Trung tâm trực tiếp tiến hành đo đạc và "
                "phân tích cần thiết."
            ),
            (
                "Nhờ chương trình SXSH, kết quả của đợt đánh giá giám sát đối với chứng chỉ "
                "ISO14001 trong năm nay là rất tích cực - chúng tôi đã được chứng nhận duy trì "
                "chứng chỉ này mà không có bất kỳ một lỗi không tuân thủ nào."
            ),
            (
                "Sau khoá đào tạo chuyên sâu, chúng tôi giờ đây đã hiểu rõ thế nào là SXSH và rất"
                " tích cực ứng dụng tiếp cận này trong công ty của mình. Các nỗ lực của chúng tôi"
                " đã được hoàn trả thoả đáng vào cuối năm."
            ),
            "Bà Đặng Thanh Thuỷ, Trưởng Phòng Tổng hợp, Công ty Xuân Hoà.",
            (
                "Thông qua hoạt động hỗ trợ cho các công ty, Trung tâm đã chứng minh khả năng ứng"
                " dụng SXSH cho các loại hình công nghiệp khác nhau. Tiềm năng tiết kiệm không "
                "phụ thuộc vào loại hình chủ sở hữu, ngành sản xuất hay quy mô của công ty, mà "
                "phụ thuộc vào nỗ lực của chính công ty đó."
            ),
            FIGURES,
            (
                "Tất cả những lợi ích kể trên đạt được chủ yếu nhờ các biện pháp giảm tiêu hao "
                "tại nguồn. Do thời gian thực hiện các giải pháp khá ngắn ngủi (trong vòng 1 năm)"
                " nên tiềm năng của SXSH chưa được minh chứng đầy đủ. Tuy nhiên, SXSH cũng đã cho"
                " thấy các ưu việt của mình."
            ),
            (
                "Một điều đáng chú ý là hầu hết các công ty vẫn tiếp tục duy trì SXSH như một "
                "phần trong công việc hàng ngày của họ, nhưng những thông tin về các lợi ích thu "
                "được không phải lúc nào cũng được công ty thông báo cho Trung tâm SXSVN. Tuy "
                "vậy, chúng tôi cũng rất vui mừng được biết rằng những công ty đã tham gia chương"
                " trình trình diễn và sản xuất ổn định vẫn sẽ duy trì SXSH và cản nhắc phương "
                "pháp luận SXSH trong các quyết định của mình."
            ),
        ],
    ),
    (
        "pho_bien",
        [
            (
                "Mục đích của hoạt động này là nhằm tạo dựng nhận thức về khái niệm SXSH trong "
                "ngành công nghiệp, cơ quan nhà nước và các trường đại học. Tuy không có chỉ tiêu"
                " nào cho năm 2003, hoạt động này cũng vẫn thu được nhiều thành tựu."
            ),
            (
                'Trong năm 2003, có 2 phóng sự mới với độ dài 30 phút, "SXSH trong công nghiệp '
                'dệt" và "SXSH trong công nghiệp giấy và bột giấy", đã được truyền hình trên kênh'
                " quốc gia VTV2 một vài lần. Cho tới nay, tất cả 3 phóng sự được phát sóng trên "
                'Truyền hình Việt nam, kể cả phóng sự "Giới thiệu về SXSH" năm 2002, đều đã có '
                "bản tiếng Việt và tiếng Anh."
            ),
            (
                "Đài Tiếng nói Việt Nam đã phát một cuộc đàm thoại trực tuyến 30 phút về tình "
                "hình áp dụng SXSH. Một loạt các bài báo đã được đăng trên các báo. Năm nay cũng "
                "chứng kiến một sự thay đổi lớn của hoạt động phổ biến thông tin - đại diện của "
                "các cơ sở công nghiệp đã bắt đầu nói về các ưu việt của SXSH thay vì chúng chỉ "
                "được nhắc đến bởi Trung tâm SXSVN."
            ),
            (
                "Trong khuôn khổ một dự án của Cộng đồng châu Âu, Trung tâm SXSVN đã cùng với các"
                " đối tác châu Âu và Trung tâm SXS Ấn Độ xây dựng một hộp công cụ thông tin trực "
                "tuyến dành cho ngành dệt. Trang web sẽ được hoàn chỉnh vào cuối năm 2004 tại địa"
                " chỉ www.e-textile.org."
            ),
            (
                "Trong năm 2003, Trung tâm SXSVN đã tổ chức 9 hội nghị chuyên đề nâng cao nhận "
                "thức tại các tỉnh thành. Trong năm, việc giới thiệu khái niệm SXSH tới các cơ sở"
                " công nghiệp, đơn vị đào tạo và nghiên cứu cũng như các cơ quan nhà nước được "
                "thực hiện dưới hình thức kết hợp với các công cụ quản lý môi trường khác."
            ),
        ],
    ),
    (
        "chinh_sach_khuyen_nghi",
        [
            (
                "Một khuôn khổ chính sách SXSH có hiệu quả sẽ là rất thiết yếu để thúc đẩy tiếp "
                "cận này trong công nghiệp. Trong khung chính sách này cần có sự hiện hữu không "
                "chỉ của các công cụ hành chính như cấp phép và thi hành luật pháp và các hướng "
                "dẫn, mà còn phải có các công cụ kinh tế như hệ thống phí và thuế đối với xả thải"
                " và một hệ thống định giá hợp lý đối với nguyên liệu thô và năng lượng."
            ),
            (
                "Trong năm 2003, Trung tâm đã hoạt động tích cực để đưa ra các khuyến nghị vào "
                "thảo luận với Bộ Tài nguyên và Môi trường về vấn đề làm thế nào để thực thi Nghị"
                " định 67/CP về phí nước thải. Trung tâm cũng đóng góp ý kiến của mình cho hợp "
                "phần chính sách SXSH của dự án UNIDO “Giảm ô nhiễm công nghiệp tại Thành phố Hồ "
                "Chí Minh, pha III”."
            ),
            (
                "Trung tâm đã hỗ trợ Sở Tài nguyên và Môi trường Khánh Hòa xây dựng kế hoạch hành"
                " động SXSH cho tỉnh nhà. Kế hoạch này đã được thông qua và hiện tại đang trong "
                "giai đoạn thực thi."
            ),
        ],
    ),
    (
        "hop_tac",
        [
            (
                "Ngoài quan hệ hợp tác chặt chẽ với đối tác Thuỷ Sĩ - Trường đại học Khoa học ứng"
                " dụng Basel - cùng UNIDO, UNEP và các Trung tâm SXS quốc gia trong mạng lưới, "
                "Trung tâm SXSVN cũng thiết lập, duy trì hợp tác và cung cấp dịch vụ tới:"
            ),
            "- Bộ Kế hoạch và Đầu tư;",
            "- Bộ Tài nguyên và Môi trường / Cục Bảo vệ Môi trường;",
            "- Bộ Khoa học và Công nghệ;",
            "- Bộ Thuỷ sản;",
            (
                "- Các Tổng Công ty Công nghiệp của Việt Nam (Tổng Công ty Dệt May, Tổng Công ty "
                "Giấy...) và các doanh nghiệp;"
            ),
            "- Sở Môi trường và Tài nguyên của các tỉnh thành",
            "- Bộ Công nghiệp và Thủ công nghiệp Lào",
            "- Các dự án của Danida",
            "- Chương trình Môi trường Việt Nam Canada (VCEP);",
            "- Các tổ chức, chuyên gia quốc tế của châu Á, châu Âu và Mỹ, ...",
            (
                "Trung tâm chúng tôi rất quan tâm và sẵn sàng hợp tác với tất cả các dự án và cơ "
                "quan làm việc trong lĩnh vực môi trường nhằm mục đích cải thiện hoạt động môi "
                "trường của các cơ sở công nghiệp Việt Nam."
            ),
        ],
    ),
    (
        "hien_trang_moi_truong",
        [
            (
                "Trung tâm SXSVN đã đạt được và thậm chí vượt mức tất cả các chỉ tiêu đặt ra cho "
                "năm 2003. Trong năm 2003, định mức mới về môi trường đã được xây dựng dựa trên "
                "năng suất công việc của các cán bộ và chúng tôi tin rằng bộ định mức này sẽ phản"
                " ánh chính xác hơn so với định mức dựa trên nguồn lực."
            ),
        ],
    ),
    (
        "hoat_dong_khac",
        [
            (
                "Ngoài các hoạt động do Trung tâm SXSVN trực tiếp thực hiện, một vài dự án khác "
                "có trọng tâm SXSH hoặc ít nhất có hợp phần về SXSH cũng đã khởi động hoặc được "
                "thiết kế trong năm 2002 tại Việt Nam."
            ),
            (
                "Trung tâm SXSVN đã và đang cố gắng phối hợp các hoạt động khác nhau này để thiết"
                " lập sự điều phối tối ưu nhất. SXSH sẽ chỉ có tác động đáng kể đến sự phát triển"
                " công nghiệp Việt Nam nếu có thể cung cấp và duy trì các đầu vào khác nhau và "
                "gây dựng một sự điều phối có hiệu quả."
            ),
        ],
    ),
    (
        "bai_hoc",
        [
            (
                "- Việc chỉ tập trung hoạt động đào tạo chuyên sâu kết hợp đánh giá SXSH hàng năm"
                " vào 1 ngành sản xuất tỏ ra là một hướng đi thành công."
            ),
            (
                "- Các hội thảo phổ biến kinh nghiệm được phối hợp tổ chức với các khu công "
                "nghiệp và Tổng công ty công nghiệp nhà nước là phương thức rất hiệu quả để tiếp "
                "cận với các khách hàng."
            ),
            (
                "- Hoạt động của mạng lưới SXSH ở Việt Nam còn chưa hiệu quả. Hầu hết các nhà "
                "cung cấp dịch vụ đang coi đối tác như một đối thủ cạnh tranh và không muốn chia "
                "sẻ và trao đổi bí quyết và kinh nghiệm."
            ),
            "- Việc tìm ra nguồn tiền cho các dự án xin vay vốn khả thi vẫn còn khó khăn.",
            (
                "- Trong 3 năm tới, Trung tâm SXSVN sẽ chú trọng các hoạt động kỹ thuật của mình "
                "chủ yếu vào 2 hoặc 3 ngành công nghiệp, có thể là dệt và hoàn tất sản phẩm kim "
                "loại và ưu tiên còn lại chưa được xác định."
            ),
            (
                "- Các khóa đào tạo SXSH sẽ ngày càng chú trọng đến các công nghệ sản xuất tiến "
                "tiến cũng như các thiết bị và phương pháp kiểm soát quá trình."
            ),
            (
                "- Việc thu thập và đánh giá các định mức có hiệu quả sinh thái từ khắp nơi trên "
                "thế giới sẽ giúp chúng tôi minh chứng các tiềm năng của SXSH với các khách hàng."
            ),
            (
                "- Lĩnh vực năng lượng có thể được coi là điểm xuất phát hấp dẫn để phổ biến tiếp"
                " cận SXSH do khả năng tiết kiệm, hoàn vốn nhanh."
            ),
            (
                "- An toàn và sức khoẻ nghề nghiệp, cũng như các khía cạnh xã hội sẽ được lồng "
                "ghép nhiều hơn trong đánh giá SXSH và vì thế, cũng sẽ là 1 phần trong các khóa "
                "đào tạo của chúng tôi. Đối với các công ty có định hướng xuất khẩu, Trung tâm "
                "SXSVN sẽ có khả năng cung cấp một gói dịch vụ hấp dẫn."
            ),
            (
                "- Trung tâm SXSVN sẽ tập trung các hoạt động kỹ thuật của mình vào các dịch vụ "
                "chất lượng cao trong lĩnh vực quản lý thay đổi công nghệ, đánh giá mức "
                "tutherford về công nghệ, tái thiết dây chuyền sản xuất và chuyển giao công nghệ."
                " Chỉ với những biện pháp tiên tiến như thế, các công ty mới có thể được hỗ trợ "
                "để nâng cao hiệu quả sản xuất và tính cạnh tranh trên thị trường toàn cầu."
            ),
            (
                "- Hợp tác với các tổ chức có trình độ chuyên môn tốt sẽ giúp chúng tôi đạt được "
                "các mục tiêu lớn nói trên."
            ),
            (
                "- Việc áp dụng ISO 9001 và ISO 14001 tại Trung tâm đã tỏ ra là một công cụ quản "
                "lý tốt đối với các hoạt động của mình. Đồng thời, đây cũng là một công cụ đào "
                "tạo tuyệt vời cho Trung tâm chúng tôi."
            ),
        ],
    ),
]


# English paragraphs (our own translation of the Vietnamese above), rows with `Ngôn ngữ` = en. The English report
# prints these; a section without any prints its Vietnamese paragraphs under the note "(Vietnamese original)".
# Names and titles of the signatories stay as they are written in Vietnamese.
ENGLISH: dict[str, list[str]] = {
    "loi_noi_dau": [
        (
            "Nearly ten years after it was introduced in Vietnam, Cleaner Production (CP) has begun to draw the"
            " interest of industrial enterprises, which are trying it out in their production. In its five years of"
            " operation (1998 - 2003), the Vietnam Cleaner Production Centre, together with 50 enterprises across"
            " the country, has once again confirmed the advantages of the CP approach to industrial environmental"
            " management. CP assessments have truly helped the enterprises raise productivity, stabilise and"
            " improve product quality, and use raw materials, energy, chemicals, water and labour more"
            " efficiently, bringing them economic benefits while also cutting substantially the wastes and"
            " pollutants released into the environment and improving the workplace for their workers. These"
            " benefits contribute to the competitiveness of the enterprises. To a certain extent, the concept of"
            " CP is now understood more consistently and more truly by the industrial community, and it is"
            " recognised as a strategy towards sustainable industrial development."
        ),
        (
            "In 2003 the CP promotion activities of the VNCPC concentrated on the metal processing and finishing"
            " sector. The results are summarised in this report."
        ),
        (
            "On behalf of the VNCPC, I sincerely thank the donor, SECO, the executing agency, UNIDO, the"
            " Ministries, the Advisory Board, our host institute, our partner organisations, and the companies"
            " and individuals who took part in the Centre's activities, for the support that helped us reach the"
            " goals and targets of 2003. In particular, I am most grateful to Prof. Heinz Leuenberger, the"
            " Centre's Chief Technical Adviser, for his great contribution to developing, managing and carrying"
            " out the Centre's work plan and services."
        ),
        "We look forward to continuing our cooperation with all of you in the future.",
        "PGS. TS. Trần Văn Nhân",
        "Director, Vietnam Cleaner Production Centre",
        (
            "Over the past five years the VNCPC has achieved very impressive results. CP assessments in several"
            " industrial sectors have shown clearly the benefits of the method and proved useful to Vietnamese"
            " industry. Awareness seminars held throughout the country and a number of in-depth, practice-based"
            " training courses for CP experts have laid the foundations for the development of CP in Vietnam."
            " Much remains to be done, however, to raise the productivity and competitiveness of the"
            " enterprises. Rebuilding whole production lines, including the adoption of new and cleaner"
            " technologies, will be needed to reap the full benefits of the CP approach. Once again, these are"
            " the first steps towards sustainable industrial development. New product design, social"
            " responsibility, the management of technological progress and product life-cycle analysis will"
            " become new issues for the industrial community. The VNCPC will contribute to this development by"
            " focusing on and strengthening its core activities, and by seeking strong partners with whom to"
            " offer enterprises a complete package of services. In the coming years the VNCPC will therefore"
            " develop new, attractive and more technology-oriented services, combined with dedicated services in"
            " occupational health and safety, environmental management systems (ISO 14001) and social"
            " accountability. The VNCPC will also strive to influence the design of new technologies towards a"
            " more efficient use of resources."
        ),
        (
            "I would like to thank all the Vietnamese ministerial agencies and partner organisations that have"
            " worked with the VNCPC, the donor SECO and UNIDO, and the staff of the Institute for Environmental"
            " Science and Technology (INEST) and of the VNCPC for their hard work and contributions. Finally, I"
            " especially thank all of you for the fine cooperation and solidarity of the past years."
        ),
        "GS. TS. Heinz Leuenberger",
        "Chief Technical Adviser, Vietnam Cleaner Production Centre",
        (
            "In its five years of operation the VNCPC has contributed actively to spreading the principles and"
            " practice of CP in Vietnam; it has built a remarkable position as the leading service provider in"
            " this field, with a reputation that has crossed the national borders to the neighbouring countries,"
            " Laos and Cambodia."
        ),
        (
            "Over time the VNCPC has applied a range of tools, from awareness campaigns, specially designed"
            " curricula at technical schools and other training initiatives to detailed in-plant assessments that"
            " find CP opportunities, making CP an important part of the business strategy of many enterprises in"
            " Vietnam."
        ),
        (
            "Enterprises in Vietnam are increasingly applying CP on their own. However, as this Annual Report"
            " shows, the enterprises have so far implemented mostly the low-cost options, chiefly good"
            " housekeeping, from the lists of CP options drawn up during the assessments carried out with the"
            " VNCPC."
        ),
        (
            "At the national level, making known what these options achieved has dispelled earlier doubts and"
            " opened a market for CP, in which the Centre will encourage capable service providers to take part."
            " Meanwhile, the Centre is turning its own work towards a second phase: technology choices and the"
            " replacement of old equipment by newer, more environmentally friendly equipment."
        ),
        (
            "To help Vietnamese enterprises adopt cleaner technologies (CT) voluntarily in the future, the VNCPC"
            " will step up its work in this field. The Centre will have to build strategic partnerships with many"
            " Vietnamese and foreign suppliers on grants or soft loans that make the CT investment decisions of"
            " domestic companies easier. Finally, the Centre will also have to work closely with Vietnam's"
            " science and technology policy makers to set the framework conditions that bring Vietnamese"
            " companies into a “greener” economic development."
        ),
        "Philippe Scholtés,\nUNIDO Representative in Vietnam",
        (
            "It is exciting to realise that the VNCPC has completed five years of operation. What the Centre has"
            " achieved in this time is highly commendable. This is fully reflected in the fact that it is the"
            " first Cleaner Production Centre to be certified to ISO 9000 and ISO 14000. CP has become an adopted"
            " strategy in Vietnam, and the Centre has made a name for itself."
        ),
        (
            "I have had many occasions to work with the VNCPC staff, first as a capacity-building expert in CP"
            " assessment and later together with them on a project integrating energy efficiency into CP. I"
            " value highly the cooperation and dedication of the Centre's staff and the effective leadership of"
            " its Director, Trần Văn Nhân. The Centre has met its challenges skilfully and has now become an"
            " institution of excellence in the field of CP in the country."
        ),
        "I take this opportunity to congratulate the VNCPC on its achievements and to wish it continued success.",
        "Surya P.Chandak",
        "UNEP",
        "Head, Cleaner and Safer Production\nand Sustainable Consumption",
        "United Nations Environment Programme (UNEP)",
        (
            "Cleaner Production is the continuous application of an integrated preventive environmental strategy"
            " to processes, products and services to increase eco-efficiency and reduce risks to humans and the"
            " environment."
        ),
        (
            "For production processes: CP includes conserving raw materials and energy, eliminating toxic raw"
            " materials, and reducing the quantity and toxicity of emissions at source."
        ),
        (
            "For products: CP involves reducing the negative impacts along the entire life cycle of a product,"
            " from raw material extraction to its final disposal."
        ),
        "For services: CP brings environmental concerns into the design and delivery of services.",
        (
            "CP requires changing attitudes, responsible environmental management and the evaluation of"
            " technology options."
        ),
        "UNEP definition",
    ],
    "tam_nhin": [
        "The long-term goal of the VNCPC is to act as a catalyst and coordinator in promoting CP in Vietnam.",
        "The Centre's tasks are:",
        (
            "- To train people from enterprises, industry associations, consulting firms, research institutes,"
            " educational institutions and the Government's industrial and environmental authorities in the"
            " methods of implementing CP;"
        ),
        (
            "- To carry out CP assessments in industrial plants that demonstrate the advantages of the approach,"
            " and to adapt the CP approach developed worldwide to Vietnamese conditions;"
        ),
        (
            "- To support policy makers and advise on ways of promoting the application of CP in industry,"
            " including through legislation;"
        ),
        "- To introduce CP and raise awareness of it in industry and in government agencies;",
        "- To help universities bring CP into their curricula;",
        (
            "- To coordinate its activities with national and international bodies that aim to support"
            " preventive environmental protection; and"
        ),
        "- To act as a node of the UNEP/UNIDO network of National Cleaner Production Centres.",
    ],
}
