"""Xu hướng (trends): the years of the archive side by side, and the cumulative figures taken from it (SPEC 6, 9).

Without an archive the report is unchanged and has no Trends section (`arc` is None). With one,
`with_archive` gives the cumulative figures (the archived earlier years plus this year) with a sentence
naming their source, the rows of the trends table; the chart is `vncpc_xl.report.charts.trends_chart`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from vncpc_xl.consolidate import YearData
from vncpc_xl.report._format import Formatter
from vncpc_xl.report.sections._common import Context

if TYPE_CHECKING:  # the archive's database stack is imported only when a report uses an archive
    from vncpc_xl.archive import ArchiveView, Cumulative, YearFigures

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
    },
    "en": {
        "archive": "from the archive: the {first} centre file's {prior} for the years before {first}, plus the"
        " archived years {years}",
        "archive_plain": "from the archive: the archived years {years}",
        "prior_field": "from the {year} centre file's {prior}, as the archive holds no year before {year}",
        "this_year": "{year} only, as the archive holds no year before {year}",
        "sources": "Sources of the cumulative figures: awareness-seminar participants {awareness}; certified"
        " trainees {certified}.",
        "totals": "Cumulative {span}: {companies} assessed, {completed} of them completed; the"
        " implemented options of the completed assessments save {savings} USD/yr and avoid {co2} t CO2/yr;"
        " {awareness} awareness-seminar participants; {certified} certified trainees (figures {source}).",
        "intro": "The table and chart below compare the years in the archive ({where}) up to {year}.",
        "too_few": "The archive ({where}) holds {count} year up to {year} ({years}); a trend needs at least two"
        " years. Archive the earlier years with vncpc-xl archive add YEAR_FOLDER.",
    },
}
_PRIOR = {"awareness": "PriorAwarenessParticipants", "certified": "PriorCertifiedTrainees"}


def _span(years: Sequence[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])


def _companies(count: float, fmt: Formatter) -> str:
    """Return the count of companies (English: "1 company", "5 companies"; the Vietnamese text has the noun)."""
    if fmt.lang == "vi":
        return fmt.integer(count)
    return f"{fmt.integer(count)} {'company' if count == 1 else 'companies'}"


def source_text(figure: Cumulative, year: int, lang: str, prior: str | None = None) -> str:
    """Return where `figure` came from, as a phrase in `lang` (`prior` names its Prior* field, if any)."""
    from vncpc_xl.archive import Source

    text = _TEXT[lang]
    earlier = list(range(figure.first_year, year)) if figure.first_year is not None else []
    if figure.source is Source.ARCHIVE:
        key = "archive" if prior else "archive_plain"
        return text[key].format(prior=prior, first=figure.first_year, years=_span(earlier))
    key = "prior_field" if figure.source is Source.PRIOR_FIELD else "this_year"
    return text[key].format(prior=prior, year=year)


def context(data: YearData, fmt: Formatter) -> Context:
    """Return `arc`: None, as a report without an archive has no Trends section (see `with_archive`);
    `chart_trends` (Hình 4) is filled in by the renderer, which draws it."""
    return {"arc": None, "chart_trends": None}


def with_archive(view: ArchiveView, data: YearData, fmt: Formatter, tr: dict[str, str]) -> Context:
    """Return `arc` (the Trends section: `enough` years to draw, `intro`, `rows`, or `too_few`; `totals`;
    `sources` of the cumulative figures) and `tr`, the key training figures with the archive's cumulative ones."""
    year = data.year
    if year is None:
        return {"arc": None, "tr": tr}
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
            companies=_companies(cum.companies.value, fmt),
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
    }
    cumulative = {
        "awareness_prior": fmt.integer(awareness.value - this.awareness_participants),
        "awareness_cumulative": fmt.integer(awareness.value),
        "certified_prior": fmt.integer(certified.value - this.certified),
        "certified_cumulative": fmt.integer(certified.value),
    }
    return {"arc": arc, "tr": {**tr, **cumulative}}


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
