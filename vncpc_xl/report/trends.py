"""The "Xu hướng" / "Trends" section and the cumulative figures taken from the archive (SPEC 6, 9).

Without an archive the report is unchanged and has no Trends section. With one, `archive_context` gives
the cumulative figures (the archived earlier years plus this year) with a sentence naming their source,
the rows of the trends table and, from two years on, the trends chart (`trends_chart`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from vncpc_xl.archive import ArchiveView, Cumulative, Source, YearFigures
from vncpc_xl.report._format import Formatter
from vncpc_xl.report.charts import DPI, FONT, PLAN_COLOUR, RESULT_COLOUR, WIDTH_IN, _png

Context = dict[str, Any]
LINE_COLOUR = "#C55A11"

_TEXT = {
    "vi": {
        "archive": "theo kho dữ liệu: {prior} của hồ sơ trung tâm năm {first} cho các năm trước {first}, cộng"
        " các năm {years} đã lưu",
        "archive_plain": "theo kho dữ liệu: các năm {years} đã lưu",
        "prior_field": "theo {prior} của hồ sơ trung tâm năm {year}, vì kho dữ liệu chưa có năm nào trước"
        " {year}",
        "this_year": "chỉ năm {year}, vì kho dữ liệu chưa có năm nào trước {year}",
        "sources": "Nguồn số liệu lũy kế: số lượt người dự hội nghị nâng cao nhận thức {awareness}; số học viên"
        " được cấp chứng chỉ {certified}.",
        "totals": "Lũy kế {span}: {companies} doanh nghiệp được đánh giá, trong đó {completed} đã hoàn thành;"
        " các giải pháp đã thực hiện của các đánh giá hoàn thành tiết kiệm {savings} USD/năm và giảm {co2} tấn"
        " CO2/năm; {awareness} lượt người dự hội nghị nâng cao nhận thức; {certified} học viên được cấp chứng"
        " chỉ (số liệu {source}).",
        "intro": "Bảng và biểu đồ dưới đây so sánh các năm có trong kho dữ liệu ({where}) đến năm {year}.",
        "too_few": "Kho dữ liệu ({where}) mới có số liệu của {count} năm đến năm {year} ({years}); cần ít nhất"
        " hai năm để vẽ xu hướng. Hãy lưu các năm trước bằng lệnh vncpc-xl archive add THƯ_MỤC_NĂM.",
        "companies": "Doanh nghiệp",
        "assessed": "Được đánh giá",
        "completed": "Hoàn thành",
        "savings": "Tiết kiệm (USD/năm)",
        "co2": "Giảm CO2 (tấn/năm)",
        "person_days": "Người-ngày đào tạo",
        "participants": "Lượt học viên",
    },
    "en": {
        "archive": "from the archive: the {first} centre file's {prior} for the years before {first}, plus the"
        " archived years {years}",
        "archive_plain": "from the archive: the archived years {years}",
        "prior_field": "from the {year} centre file's {prior}, as the archive holds no year before {year}",
        "this_year": "{year} only, as the archive holds no year before {year}",
        "sources": "Sources of the cumulative figures: awareness-seminar participants {awareness}; certified"
        " trainees {certified}.",
        "totals": "Cumulative {span}: {companies} companies assessed, {completed} of them completed; the"
        " implemented options of the completed assessments save {savings} USD/yr and avoid {co2} t CO2/yr;"
        " {awareness} awareness-seminar participants; {certified} certified trainees (figures {source}).",
        "intro": "The table and chart below compare the years in the archive ({where}) up to {year}.",
        "too_few": "The archive ({where}) holds {count} year up to {year} ({years}); a trend needs at least two"
        " years. Archive the earlier years with vncpc-xl archive add YEAR_FOLDER.",
        "companies": "Companies",
        "assessed": "Assessed",
        "completed": "Completed",
        "savings": "Savings (USD/yr)",
        "co2": "CO2 reduction (t/yr)",
        "person_days": "Training person-days",
        "participants": "Participants",
    },
}
_PRIOR = {"awareness": "PriorAwarenessParticipants", "certified": "PriorCertifiedTrainees"}


def _span(years: Sequence[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])


def source_text(figure: Cumulative, year: int, lang: str, prior: str | None = None) -> str:
    """Return where `figure` came from, as a phrase in `lang` (`prior` names its Prior* field, if any)."""
    text = _TEXT[lang]
    earlier = list(range(figure.first_year, year)) if figure.first_year is not None else []
    if figure.source is Source.ARCHIVE:
        key = "archive" if prior else "archive_plain"
        return text[key].format(prior=prior, first=figure.first_year, years=_span(earlier))
    key = "prior_field" if figure.source is Source.PRIOR_FIELD else "this_year"
    return text[key].format(prior=prior, year=year)


def archive_context(view: ArchiveView | None, year: int | None, fmt: Formatter) -> Context:
    """Return the context keys of the archive: `arc` (None without an archive) and the cumulative `tr` keys."""
    if view is None or year is None:
        return {"arc": None}
    text, cum = _TEXT[fmt.lang], view.cumulative
    awareness, certified = cum.awareness_participants, cum.certified_trainees
    this = view.series[-1]
    sources = {
        "awareness": source_text(awareness, year, fmt.lang, _PRIOR["awareness"]),
        "certified": source_text(certified, year, fmt.lang, _PRIOR["certified"]),
    }
    years = [point.year for point in view.series]
    arc = {
        "sources": text["sources"].format(**sources),
        "totals": text["totals"].format(
            span=_span(years),
            companies=fmt.integer(cum.companies.value),
            completed=fmt.integer(cum.completed.value),
            savings=fmt.number(cum.savings_usd.value),
            co2=fmt.number(cum.co2_t.value, 1),
            awareness=fmt.integer(awareness.value),
            certified=fmt.integer(certified.value),
            source=source_text(cum.companies, year, fmt.lang),
        ),
        "enough": len(view.series) >= 2,
        "intro": text["intro"].format(where=view.where, year=year),
        "too_few": text["too_few"].format(
            where=view.where, count=len(years), year=year, years=", ".join(map(str, years))
        ),
        "rows": [trend_row(point, fmt) for point in view.series],
        "heads": {
            key: text[key]
            for key in ("assessed", "completed", "savings", "co2", "person_days", "participants")
        },
    }
    tr = {
        "awareness_prior": fmt.integer(awareness.value - this.awareness_participants),
        "awareness_cumulative": fmt.integer(awareness.value),
        "certified_prior": fmt.integer(certified.value - this.certified),
        "certified_cumulative": fmt.integer(certified.value),
    }
    return {"arc": arc, "tr_archive": tr}


def trend_row(point: YearFigures, fmt: Formatter) -> dict[str, str]:
    """Return one row of the trends table, formatted."""
    return {
        "year": str(point.year),
        "companies": fmt.integer(point.companies),
        "completed": fmt.integer(point.completed),
        "savings": fmt.number(point.savings_usd),
        "co2": fmt.number(point.co2_t, 1),
        "person_days": fmt.number(point.person_days),
        "participants": fmt.integer(point.participants),
    }


def trends_chart(points: Sequence[YearFigures], lang: str = "vi") -> bytes | None:
    """Return the three-panel trends chart of `points` (per year); None with fewer than two years."""
    if len(points) < 2:
        return None
    text, fmt = _TEXT[lang], Formatter(lang)
    figure = Figure(figsize=(WIDTH_IN, 7.2), dpi=DPI)
    FigureCanvasAgg(figure)
    top, middle, bottom = figure.subplots(3, 1)
    years = [point.year for point in points]
    positions = list(range(len(points)))
    width = 0.38
    top.bar(
        [p - width / 2 for p in positions],
        [p.companies for p in points],
        width,
        color=PLAN_COLOUR,
        label=text["assessed"],
    )
    top.bar(
        [p + width / 2 for p in positions],
        [p.completed for p in points],
        width,
        color=RESULT_COLOUR,
        label=text["completed"],
    )
    top.set_ylabel(text["companies"], fontsize=8, family=FONT)
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.legend(fontsize=8, frameon=False, prop={"family": FONT, "size": 8})
    _bars_and_line(
        middle,
        positions,
        [p.savings_usd for p in points],
        [p.co2_t for p in points],
        (text["savings"], text["co2"]),
        fmt,
    )
    _bars_and_line(
        bottom,
        positions,
        [p.person_days for p in points],
        [p.participants for p in points],
        (text["person_days"], text["participants"]),
        fmt,
    )
    for axes in (top, middle, bottom):
        axes.set_xticks(positions, [str(y) for y in years], fontsize=8, family=FONT)
        _style(axes, fmt)
    figure.tight_layout()
    return _png(figure)


def _bars_and_line(axes, positions, bars, line, labels: tuple[str, str], fmt: Formatter) -> None:  # type: ignore[no-untyped-def]
    axes.bar(positions, bars, 0.55, color=RESULT_COLOUR)
    axes.set_ylabel(labels[0], fontsize=8, family=FONT, color=RESULT_COLOUR)
    axes.set_ylim(0, max(max(bars), 1) * 1.15)
    right = axes.twinx()
    right.plot(positions, line, color=LINE_COLOUR, marker="o", linewidth=1.5)
    right.set_ylabel(labels[1], fontsize=8, family=FONT, color=LINE_COLOUR)
    right.set_ylim(0, max(max(line), 1) * 1.15)
    _style(right, fmt)


def _style(axes, fmt: Formatter) -> None:  # type: ignore[no-untyped-def]
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt.number(v)))
    for label in axes.get_yticklabels():
        label.set_fontsize(7)
        label.set_family(FONT)
    axes.spines["top"].set_visible(False)
