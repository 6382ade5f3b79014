"""The report's charts as PNG bytes: training plan vs result, annual savings by sector and by category, trends.

Charts are drawn with matplotlib's object API on an Agg canvas (no pyplot, no global backend switch),
with a fixed size, resolution and font (DejaVu Sans, which has every Vietnamese glyph) and without the
"Software" metadata, so the same data always gives the same bytes. Each figure is drawn once: its margins
are set from the measured size of its labels (`_set_margins`), not found by ``tight_layout``'s extra drawing.
"""

from __future__ import annotations

import functools
import io
import textwrap
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, ParamSpec

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.ticker import FuncFormatter, MaxNLocator

from vncpc_xl.report._format import Formatter
from vncpc_xl.schema import spec_for

if TYPE_CHECKING:  # the archive's database stack is imported only when a report uses an archive
    from vncpc_xl.archive import YearFigures

WIDTH_IN = 6.3
HEIGHT_IN = 3.2
DPI = 200
FONT = "DejaVu Sans"
PLAN_COLOUR = "#9DB9D5"
RESULT_COLOUR = "#1F4E79"
_TEXT = {
    "vi": {"plan": "Kế hoạch", "result": "Kết quả", "usd": "USD/năm"},
    "en": {"plan": "Plan", "result": "Result", "usd": "USD/yr"},
}
_TREND_TEXT = {
    "vi": {
        "companies": "Doanh nghiệp",
        "assessed": "Được đánh giá",
        "completed": "Hoàn thành",
        "savings": "Tiết kiệm (USD/năm)",
        "person_days": "Người-ngày (đào tạo và hội nghị)",
        "participants": "Lượt học viên",
    },
    "en": {
        "companies": "Companies",
        "assessed": "Assessed",
        "completed": "Completed",
        "savings": "Savings (USD/yr)",
        "person_days": "Person-days (courses and seminars)",
        "participants": "Participants",
    },
}
LINE_COLOUR = "#C55A11"
PAD_IN = 1.08 * 10 / 72  # between the figure's edge and its outermost text, as tight_layout's default pad
TICK_IN = (3.5 + 3.5) / 72  # a tick and the gap to its label
LABEL_PAD_IN = 4 / 72  # between the tick labels and the axis label
LINE_SPACING = 1.2  # matplotlib's, between the lines of a label
PNG_LEVEL = 1
P = ParamSpec("P")
_PERSON_DAYS = spec_for("training").table("tblCourses").column("person_days")
_CO2 = spec_for("audit").table("tblOptions").column("co2_t")


# The charts drawn last, by their data: the same data gives the same bytes, and a re-run in the same process
# (the ribbon's, after one workbook was fixed) mostly draws the same training chart again.
_DRAWN: dict[Hashable, bytes | None] = {}
DRAWN_KEPT = 16


def _drawn(chart: Callable[P, bytes | None]) -> Callable[P, bytes | None]:
    """Return `chart` drawing its text unhinted (at `DPI` it reads the same, and the figure draws a sixth
    faster), and drawing the same data only once."""

    @functools.wraps(chart)
    def drawn(*args: P.args, **kwargs: P.kwargs) -> bytes | None:
        key = _data_key(chart.__name__, args, kwargs)
        if key is not None and key in _DRAWN:
            return _DRAWN[key]
        with rc_context({"text.hinting": "no_hinting"}):
            png = chart(*args, **kwargs)
        if key is not None:
            if len(_DRAWN) >= DRAWN_KEPT:
                _DRAWN.clear()
            _DRAWN[key] = png
        return png

    return drawn


def forget_drawn() -> None:
    """Forget the charts drawn so far: the next report draws its charts as a first run does (benchmarks)."""
    _DRAWN.clear()


def _data_key(name: str, args: tuple[object, ...], kwargs: dict[str, object]) -> Hashable | None:
    """Return what a chart is drawn from (its sequences as tuples), or None when it cannot be a key."""
    key = (name, tuple(tuple(a) if isinstance(a, list) else a for a in args), tuple(sorted(kwargs.items())))
    try:
        hash(key)
    except TypeError:
        return None
    return key


@_drawn
def training_chart(rows: Sequence[tuple[str, float | None, float]], lang: str = "vi") -> bytes | None:
    """Return a grouped bar chart of (type, planned, result) person-days; None when there is nothing to draw."""
    if not rows or all((plan or 0) == 0 and result == 0 for _, plan, result in rows):
        return None
    text = _TEXT[lang]
    fmt = Formatter(lang)
    figure, axes = _figure()
    positions = range(len(rows))
    width = 0.38
    plans = [plan or 0.0 for _, plan, _ in rows]
    results = [result for _, _, result in rows]
    bars_plan = axes.bar(
        [p - width / 2 for p in positions], plans, width, label=text["plan"], color=PLAN_COLOUR
    )
    bars_result = axes.bar(
        [p + width / 2 for p in positions], results, width, label=text["result"], color=RESULT_COLOUR
    )
    for bars, values in ((bars_plan, plans), (bars_result, results)):
        axes.bar_label(bars, labels=[fmt.number(v) for v in values], fontsize=7, padding=2, family=FONT)
    labels = [_wrap(label, 22) for label, _, _ in rows]
    axes.set_xticks(list(positions), labels, fontsize=8, family=FONT)
    axes.set_ylabel(_PERSON_DAYS.header if lang == "vi" else _PERSON_DAYS.header_en, fontsize=8, family=FONT)
    axes.legend(fontsize=8, frameon=False, prop={"family": FONT, "size": 8})
    headroom = max(plans + results)
    limit = headroom * 1.15 if headroom > 0 else 1
    _finish_axes(axes, axes.yaxis, fmt, limit=limit)
    measure = _Measure(figure)
    numbers = measure.text(fmt.number(limit), 7)
    _set_margins(
        figure,
        left=measure.text(axes.get_ylabel(), 8)[1] + LABEL_PAD_IN + numbers[0] + TICK_IN,
        bottom=max(measure.text(label, 8)[1] for label in labels) + TICK_IN,
        top=numbers[1] / 2,  # the top tick's label stands half above the axes
    )
    return _png(figure)


@_drawn
def savings_chart(items: Sequence[tuple[str, float]], lang: str = "vi") -> bytes | None:
    """Return a horizontal bar chart of annual savings (USD) per label (sector, UNEP category), largest first;
    None when no label saves anything."""
    items = [(label, value) for label, value in items if value]
    if not items:
        return None
    items.sort(key=lambda item: (-item[1], item[0]))
    text = _TEXT[lang]
    fmt = Formatter(lang)
    figure, axes = _figure(height=max(2.2, 0.45 * len(items) + 1.0))
    labels = [_wrap(label, 28) for label, _ in items][::-1]
    values = [value for _, value in items][::-1]
    bars = axes.barh(range(len(items)), values, color=RESULT_COLOUR, height=0.6)
    axes.bar_label(bars, labels=[fmt.number(v) for v in values], fontsize=7, padding=3, family=FONT)
    axes.set_yticks(range(len(items)), labels, fontsize=8, family=FONT)
    axes.set_xlabel(text["usd"], fontsize=8, family=FONT)
    limit = max(values) * 1.18
    _finish_axes(axes, axes.xaxis, fmt, limit=limit)
    measure = _Measure(figure)
    numbers = measure.text(fmt.number(limit), 7)
    _set_margins(
        figure,
        left=max(measure.text(label, 8)[0] for label in labels) + TICK_IN,
        bottom=measure.text(text["usd"], 8)[1] + LABEL_PAD_IN + numbers[1] + TICK_IN,
        right=numbers[0] / 2,  # the last tick's label stands half beyond the axes
    )
    return _png(figure)


@_drawn
def trends_chart(points: Sequence[YearFigures], lang: str = "vi") -> bytes | None:
    """Return the three-panel trends chart of `points` (per year); None with fewer than two years."""
    if len(points) < 2:
        return None
    text, fmt = _TREND_TEXT[lang], Formatter(lang)
    figure = Figure(figsize=(WIDTH_IN, 7.2), dpi=DPI)
    FigureCanvasAgg(figure)
    top, middle, bottom = figure.subplots(3, 1, sharex=True)  # the years once, under the bottom panel
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
    top.set_ylim(0, max(max(p.companies for p in points), 1) * 1.15)
    top.legend(
        loc="lower left", bbox_to_anchor=(0, 1), ncol=2, frameon=False, prop={"family": FONT, "size": 8}
    )
    co2 = _CO2.header if lang == "vi" else _CO2.header_en
    _bars_and_line(
        middle,
        positions,
        [p.savings_usd for p in points],
        [p.co2_t for p in points],
        (text["savings"], co2),
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
    rotation = 90 if len(years) > 10 else 0  # 25 years of labels side by side would overlap
    # The panels share their x axis: the years are ticked once, under the bottom panel; the upper panels
    # draw no x ticks (a year's tick objects cost more than its bars).
    bottom.set_xticks(positions, [str(y) for y in years], fontsize=7, family=FONT, rotation=rotation)
    for axes in (top, middle):
        axes.xaxis.set_visible(False)
    for axes in (top, middle, bottom):
        _style_trend_axes(axes, fmt)
    low = 0.07 if rotation else 0.04
    figure.subplots_adjust(
        left=0.12, right=0.88, top=0.95, bottom=low, hspace=0.45
    )  # no tight_layout: a draw less
    return _png(figure)


def _bars_and_line(axes, positions, bars, line, labels: tuple[str, str], fmt: Formatter) -> None:  # type: ignore[no-untyped-def]
    axes.bar(positions, bars, 0.55, color=RESULT_COLOUR)
    axes.set_ylabel(labels[0], fontsize=8, family=FONT, color=RESULT_COLOUR)
    axes.set_ylim(0, max(max(bars), 1) * 1.15)
    right = axes.twinx()
    right.plot(positions, line, color=LINE_COLOUR, marker="o", linewidth=1.5)
    right.set_ylabel(labels[1], fontsize=8, family=FONT, color=LINE_COLOUR)
    right.set_ylim(0, max(max(line), 1) * 1.15)
    _style_trend_axes(right, fmt)


def _style_trend_axes(axes, fmt: Formatter) -> None:  # type: ignore[no-untyped-def]
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt.number(v)))
    for label in axes.get_yticklabels():
        label.set_fontsize(7)
        label.set_family(FONT)
    axes.spines["top"].set_visible(False)


def _figure(height: float = HEIGHT_IN) -> tuple[Figure, object]:
    figure = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    return figure, axes


def _finish_axes(axes, value_axis, fmt: Formatter, limit: float) -> None:
    """Format the ticks of `value_axis` (the x or y axis of `axes`) as numbers running from 0 to `limit`."""
    value_axis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt.number(v)))
    value_axis.set_tick_params(labelsize=7, labelfontfamily=FONT)
    if value_axis is axes.xaxis:
        axes.set_xlim(0, limit)
    else:
        axes.set_ylim(0, limit)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


class _Measure:
    """The size of texts as the figure's renderer will draw them, without drawing anything."""

    def __init__(self, figure: Figure) -> None:
        self._renderer = figure.canvas.get_renderer()

    def text(self, text: str, size: float) -> tuple[float, float]:
        """Return the width and height (inches) of `text` in `FONT` at `size` points, lines included."""
        lines = text.split("\n")
        font = FontProperties(family=FONT, size=size)
        widths = [self._renderer.get_text_width_height_descent(line, font, ismath=False)[0] for line in lines]
        return max(widths) / DPI, len(lines) * size * LINE_SPACING / 72


def _set_margins(
    figure: Figure, *, left: float = 0, bottom: float = 0, right: float = 0, top: float = 0
) -> None:
    """Place the axes `left`, `bottom`, `right` and `top` inches (the labels standing out) plus `PAD_IN` inside
    the figure's edges: what ``tight_layout`` finds, without drawing the figure once more to find it."""
    width, height = figure.get_size_inches()
    figure.subplots_adjust(
        left=(PAD_IN + left) / width,
        right=1 - (PAD_IN + right) / width,
        bottom=(PAD_IN + bottom) / height,
        top=1 - (PAD_IN + top) / height,
    )


def _wrap(label: str, width: int) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    # zlib's fastest level: a fifth larger, a quarter of the drawing time less (a chart is flat colours)
    figure.savefig(
        buffer, format="png", dpi=DPI, metadata={"Software": None}, pil_kwargs={"compress_level": PNG_LEVEL}
    )
    return buffer.getvalue()
