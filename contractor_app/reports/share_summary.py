"""The group's pay-transparency report: what many workers' anonymous shares come to, per platform or kind of work
and month, with small cells suppressed. Not signed: it is made from other people's files, not the vault."""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ..domain.share import MIN_WORKERS, Cell, GroupSummary
from .fonts import REGULAR, check_glyphs
from .layout import MARGIN, PAPERS, PageFrame, document, numbered_canvas, para, styles, table

TITLE = "Pay transparency"
MAX_SERIES = 6  # bars per month that stay readable; the table below has every cell
SERIES_COLOURS = ("#1F4E79", "#C55A11", "#548235", "#7030A0", "#BF9000", "#2E75B6")
NOTICE = "Made from anonymous shares; figures are as the workers recorded them — not legal advice"


def render_group_summary(summary: GroupSummary, *, paper: str = "a4") -> bytes:
    buffer = io.BytesIO()
    width = PAPERS[paper][0] - 2 * MARGIN
    frame = PageFrame(report=TITLE, worker=f"{summary.counted} shares", client="all platforms",
                      period=_months(summary.cells), generated=f"{date.today():%Y-%m-%d}", legal_notice=NOTICE,
                      made_from=f"Made by Contractor Ledger on {date.today():%Y-%m-%d} from workers' anonymous shares")
    doc = document(buffer, paper, "", TITLE, "Contractor Ledger")
    doc.build(_story(summary, width), canvasmaker=numbered_canvas(frame))
    return buffer.getvalue()


def _story(summary: GroupSummary, width: float) -> list[Flowable]:
    sheet = styles()
    shown = [cell for cell in summary.cells if not cell.suppressed]
    hidden = len(summary.cells) - len(shown)
    flow: list[Flowable] = [
        para(TITLE, sheet["title"]),
        para(_counts(summary), sheet["body"]),
        para("The hourly rate is what each worker was paid divided by all the hours they worked, unpaid time "
             "included. Below the minimum wage means the agreed pay was below the minimum wage of the worker's "
             "place for some hours. Quartiles: a quarter of workers were paid less than the lower quartile, a quarter "
             "more than the upper.", sheet["note"]),
        para(f"To protect each worker, a cell with fewer than {MIN_WORKERS} workers is suppressed: it is listed "
             f"without figures. {hidden} {'cell was' if hidden == 1 else 'cells were'} suppressed.", sheet["note"]),
        Spacer(1, 3 * mm),
    ]
    by_currency: dict[str, list[Cell]] = defaultdict(list)
    for cell in shown:
        by_currency[cell.currency].append(cell)
    for currency, cells in sorted(by_currency.items()):
        flow += [KeepTogether([para(f"Median hourly rate, {currency}", sheet["h2"]), _chart(cells, width)])]
    flow += [para("Every platform or kind of work and month", sheet["h2"]), table(
        ("Platform or kind", "Month", "Workers", "Median / hour", "Quartiles", "Below minimum", "Late payments"),
        [_row(cell) for cell in summary.cells],
        [width * share for share in (0.19, 0.09, 0.11, 0.15, 0.17, 0.11, 0.18)], numeric=(2, 3, 5, 6),
    )]
    if summary.refused:
        flow += [para("Files refused", sheet["h2"]), *(para(line, sheet["small"]) for line in summary.refused)]
    return flow


def _counts(summary: GroupSummary) -> str:
    def count(number: int, one: str, many: str) -> str:
        return f"{number} {one if number == 1 else many}"

    text = f"{count(summary.counted, 'share', 'shares')} counted (a share is one worker's file)"
    if summary.duplicates:
        text += f"; {count(summary.duplicates, 'file held a share', 'files held shares')} already counted"
    if summary.refused:
        text += f"; {count(len(summary.refused), 'file', 'files')} refused (listed at the end)"
    return text + "."


def _row(cell: Cell) -> list[str]:
    if cell.suppressed:
        return [cell.label, cell.month, f"< {MIN_WORKERS}", "suppressed", "", "", ""]
    below = "" if cell.below_minimum_share is None else f"{cell.below_minimum_share * 100:.0f}%"
    return [cell.label, cell.month, str(cell.workers), f"{cell.currency} {_amount(cell.median_rate)}",
            f"{_amount(cell.lower_quartile)} – {_amount(cell.upper_quartile)}", below,
            f"{cell.late_payments} ({cell.workers_paid_late} {'worker' if cell.workers_paid_late == 1 else 'workers'})"]


def _chart(cells: list[Cell], width: float) -> Drawing:
    """Per month, one bar per platform or kind (the largest MAX_SERIES by workers), in the same colour every month."""
    months = sorted({cell.month for cell in cells})
    workers: dict[str, int] = defaultdict(int)
    for cell in cells:
        workers[cell.label] += cell.workers
    labels = sorted(workers, key=lambda label: (-workers[label], label))[:MAX_SERIES]
    value = {(cell.label, cell.month): float(cell.median_rate or 0) for cell in cells}
    drawing = Drawing(width, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 10 * mm, width - 60 * mm, 46 * mm  # type: ignore[assignment]  # the stubs say int; reportlab takes float points
    chart.data = [[value.get((label, month), 0.0) for month in months] for label in labels]
    chart.categoryAxis.categoryNames = months
    for axis in (chart.valueAxis.labels, chart.categoryAxis.labels):
        axis.fontName = REGULAR
        axis.fontSize = 7
    chart.valueAxis.valueMin = 0
    for index in range(len(labels)):
        chart.bars[index].fillColor = colors.HexColor(SERIES_COLOURS[index])
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 42 * mm, 54 * mm  # type: ignore[assignment]  # as above
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.colorNamePairs = [(colors.HexColor(SERIES_COLOURS[i]), check_glyphs(label[:24]))
                             for i, label in enumerate(labels)]
    drawing.add(legend)
    drawing.add(String(14 * mm, 58 * mm, "per hour, all hours counted", fontName=REGULAR, fontSize=7))
    return drawing


def _amount(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def _months(cells: tuple[Cell, ...]) -> str:
    months = sorted({cell.month for cell in cells})
    return f"{months[0]} to {months[-1]}" if months else ""
