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
from .language import day, number, span, translate
from .layout import PageFrame, document, frame_width, numbered_canvas, para, styles, table

MAX_SERIES = 6  # bars per month that stay readable; the table below has every cell
SERIES_COLOURS = ("#1F4E79", "#C55A11", "#548235", "#7030A0", "#BF9000", "#2E75B6")


def render_group_summary(summary: GroupSummary, *, paper: str = "a4") -> bytes:
    """The PDF in the language set with ``language.in_language`` (English when none is)."""
    buffer = io.BytesIO()
    width = frame_width(paper)
    title = translate("reports", "Pay transparency")
    today = day(date.today())
    shares = _count(summary.counted, translate("reports", "{count} share"), translate("reports", "{count} shares"))
    frame = PageFrame(report=title, worker=shares,
                      client=translate("reports", "all platforms"), period=_months(summary.cells), generated=today,
                      legal_notice=translate("reports", "Made from anonymous shares; figures are as the workers "
                                             "recorded them — not legal advice"),
                      made_from=translate("reports", "Made by Contractor Ledger on {day} from workers' anonymous "
                                          "shares").format(day=today))
    doc = document(buffer, paper, "", title, "Contractor Ledger")
    doc.build(_story(summary, width), canvasmaker=numbered_canvas(frame))
    return buffer.getvalue()


def _story(summary: GroupSummary, width: float) -> list[Flowable]:
    sheet = styles()
    shown = [cell for cell in summary.cells if not cell.suppressed]
    hidden = len(summary.cells) - len(shown)
    flow: list[Flowable] = [
        para(translate("reports", "Pay transparency"), sheet["title"]),
        para(_counts(summary), sheet["body"]),
        para(translate("reports", "The hourly rate is what each worker was paid divided by all the hours they "
                       "worked, unpaid time included. Below the minimum wage means the agreed pay was below the "
                       "minimum wage of the worker's place for some hours. Quartiles: a quarter of workers were paid "
                       "less than the lower quartile, a quarter more than the upper."), sheet["note"]),
        para(translate("reports", "To protect each worker, a cell with fewer than {minimum} workers is suppressed: "
                       "it is listed without figures.").format(minimum=MIN_WORKERS) + " "
             + _count(hidden, translate("reports", "{count} cell was suppressed."),
                      translate("reports", "{count} cells were suppressed.")), sheet["note"]),
        Spacer(1, 3 * mm),
    ]
    by_currency: dict[str, list[Cell]] = defaultdict(list)
    for cell in shown:
        by_currency[cell.currency].append(cell)
    for currency, cells in sorted(by_currency.items()):
        heading = translate("reports", "Median hourly rate, {currency}").format(currency=currency)
        flow += [KeepTogether([para(heading, sheet["h2"]), _chart(cells, width)])]
    flow += [para(translate("reports", "Every platform or kind of work and month"), sheet["h2"]), table(
        (translate("reports", "Platform or kind"), translate("reports", "Month"), translate("reports", "Workers"),
         translate("reports", "Median / hour"), translate("reports", "Quartiles"),
         translate("reports", "Below minimum"), translate("reports", "Late payments")),
        [_row(cell) for cell in summary.cells],
        [width * share for share in (0.17, 0.09, 0.15, 0.15, 0.15, 0.11, 0.18)], numeric=(2, 3, 5, 6),
    )]
    if summary.refused:
        flow += [para(translate("reports", "Files refused"), sheet["h2"]),
                 *(para(line, sheet["small"]) for line in summary.refused)]
    return flow


def _count(value: int, one: str, many: str) -> str:
    """``one`` or ``many``, both already translated at the call site (where lupdate finds them), with the count."""
    return (one if value == 1 else many).format(count=number(value))


def _counts(summary: GroupSummary) -> str:
    parts = [_count(summary.counted, translate("reports", "{count} share counted (a share is one worker's file)"),
                    translate("reports", "{count} shares counted (a share is one worker's file)"))]
    if summary.duplicates:
        parts.append(_count(summary.duplicates, translate("reports", "{count} file held a share already counted"),
                            translate("reports", "{count} files held shares already counted")))
    if summary.refused:
        parts.append(_count(len(summary.refused), translate("reports", "{count} file refused (listed at the end)"),
                            translate("reports", "{count} files refused (listed at the end)")))
    return "; ".join(parts) + "."


def _label(label: str) -> str:
    """A kind of work in the report's language; a platform's name as the worker wrote it."""
    return kind_names().get(label, label)


def kind_names() -> dict[str, str]:
    """Each kind of work (domain.share.CATEGORIES) in the report's language."""
    return {
        "annotation": translate("reports", "annotation"), "rating": translate("reports", "rating"),
        "transcription": translate("reports", "transcription"), "translation": translate("reports", "translation"),
        "moderation": translate("reports", "moderation"), "writing": translate("reports", "writing"),
        "delivery": translate("reports", "delivery"), "driving": translate("reports", "driving"),
        "freelance": translate("reports", "freelance"), "other": translate("reports", "other"),
    }


def _row(cell: Cell) -> list[str]:
    if cell.suppressed:
        return [_label(cell.label), cell.month, f"< {MIN_WORKERS}", translate("reports", "suppressed"), "", "", ""]
    below = "" if cell.below_minimum_share is None else f"{number(cell.below_minimum_share * 100, 0)}%"
    paid_late = _count(cell.workers_paid_late, translate("reports", "{count} worker"),
                       translate("reports", "{count} workers"))
    return [_label(cell.label), cell.month, number(cell.workers), f"{cell.currency} {_amount(cell.median_rate)}",
            span(_amount(cell.lower_quartile), _amount(cell.upper_quartile)), below,
            f"{number(cell.late_payments)} ({paid_late})"]


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
    legend.colorNamePairs = [(colors.HexColor(SERIES_COLOURS[i]), check_glyphs(_label(label)[:24]))
                             for i, label in enumerate(labels)]
    drawing.add(legend)
    drawing.add(String(14 * mm, 58 * mm, translate("reports", "per hour, all hours counted"), fontName=REGULAR,
                       fontSize=7))
    return drawing


def _amount(value: Decimal | None) -> str:
    return "" if value is None else number(value, 2)


def _months(cells: tuple[Cell, ...]) -> str:
    months = sorted({cell.month for cell in cells})
    return translate("reports", "{first} to {last}").format(first=months[0], last=months[-1]) if months else ""
