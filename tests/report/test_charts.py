"""The report's charts: real PNG images, drawn from their data, the same data drawn once."""

from __future__ import annotations

import io

from PIL import Image

from vncpc_xl.report import charts


def test_the_same_data_is_drawn_once_and_other_data_anew() -> None:
    rows = [("Khóa đào tạo SXSH", 120.0, 135.0), ("Hội thảo nâng cao nhận thức", None, 40.0)]
    first = charts.training_chart(rows, "vi")
    assert first is not None and Image.open(io.BytesIO(first)).format == "PNG"
    assert charts.training_chart(list(rows), "vi") is first  # equal data: the picture already drawn
    other = charts.training_chart([("Khóa đào tạo SXSH", 120.0, 136.0), rows[1]], "vi")
    english = charts.training_chart(rows, "en")
    assert other is not None and english is not None
    assert len({first, other, english}) == 3  # another figure or language draws another picture
    sectors = [("Dệt may", 1000.0), ("Giấy", 2500.0)]
    assert charts.savings_chart(sectors, "vi") == charts.savings_chart(list(sectors), "vi")
