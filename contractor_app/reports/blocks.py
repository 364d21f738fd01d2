"""Building blocks shared by the reports: money and hours as text, the figures table, charts, entries,
payments, evidence and the integrity block."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.assessment import ClientPay
from ..domain.costs import ClientCosts
from ..domain.explain import rate_places
from ..domain.money import Money
from ..domain.times import zone
from ..domain.worktime import workweek_start
from .data import EntryRow, EvidenceItem, PaymentRow
from .fonts import REGULAR, check_glyphs
from .layout import ACCENT, PROBLEM, RULE, para, styles, table, text

ROWS_PER_TABLE = 250  # long logs are cut into tables of this size: each repeats its header, splits cheaply


def hours(seconds: int) -> str:
    return f"{Decimal(seconds) / 3600:.2f}"


def money(value: Money | None) -> str:
    return str(value) if value is not None else "—"


def figures_table(item: ClientPay, width: float, costs: ClientCosts | None = None) -> list[Flowable]:
    sheet = styles()
    rows: list[list[Any]] = [
        ["Hours worked (all categories)", f"{hours(item.worked_seconds)} h"],
        ["Hours in paid categories", f"{hours(item.worked_seconds - item.unpaid_seconds)} h"],
        ["Hours the client does not pay for", f"{hours(item.unpaid_seconds)} h"],
        ["Earned at the agreed rates", money(item.earned)],
        ["Paid", money(item.paid)],
        ["Balance owed", money(item.balance)],
        ["Real hourly rate (paid ÷ all hours)", f"{money(item.effective_hourly_rate)}/h"
         if item.effective_hourly_rate else "—"],
    ]
    if costs is not None:
        net = costs.net_hourly_rate(item.paid, item.worked_seconds)
        rows += [
            [f"Costs of the work (fees {costs.fees}, expenses {costs.expenses.rounded()}, "
             f"distance {costs.distance.rounded()})", money(costs.total)],
            ["Net hourly rate ((paid − costs) ÷ all hours)", f"{money(net)}/h" if net is not None else "—"],
        ]
        if costs.other_currencies:
            rows.append(["Costs in other currencies, not subtracted", ", ".join(map(str, costs.other_currencies))])
    check = item.minimum_wage
    if check is not None:
        basis = " (a benchmark: you are a contractor)" if check.benchmark else ""
        rows.append([f"Minimum wage{basis} ({check.wage.jurisdiction}, from {check.wage.effective_from})",
                     f"{check.wage.currency} {check.wage.amount}/h{check.wage.as_the_law_states()}"])
        if check.rate is not None and check.hourly is not None:  # the wage is in another currency than the pay
            rows.append([f"In {check.hourly.currency}, at {check.rate.rate.describe()}",
                         f"{check.hourly.currency} {rate_places(check.hourly.amount)}/h"])
        if check.below:  # judged on the agreed terms, week by week: money not yet received is the balance owed
            test = "hour by hour" if check.every_hour else "week by week"
            rows.append([Paragraph(f"<b>! The agreed pay is below the minimum wage ({test}) by</b>",
                                   sheet["problem"]),
                         Paragraph(f"<b>{text(check.shortfall)}</b>", sheet["problem_right"])])
    if item.overtime is not None and item.overtime.seconds:
        owed = "owed" if item.overtime_owed else "estimate if you were an employee"
        rows.append([f"Overtime ({item.overtime.rule.name}, {owed})",
                     f"{hours(item.overtime.seconds)} h, premium {item.overtime_premium}"])
    return [table(("Figure", "Amount"), rows, (width * 0.62, width * 0.38), numeric=(1,))]


def categories_table(item: ClientPay, width: float) -> Table:
    rows = [[name, "paid" if name in item.paid_seconds_by_category else "not paid", f"{hours(seconds)} h"]
            for name, seconds in item.seconds_by_category.items()]
    return table(("Category", "Pay", "Hours"), rows, (width * 0.45, width * 0.3, width * 0.25), numeric=(2,))


def weekly_chart(item: ClientPay, width: float) -> Drawing:
    """Hours and earnings per workweek, side by side."""
    weeks: dict[date, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for day in item.days:
        week = weeks[workweek_start(day.day, item.client.workweek_start)]
        week[0] += Decimal(day.seconds) / 3600
        week[1] += day.earned
    starts = sorted(weeks)[-26:]  # at most half a year of bars stays readable
    drawing = Drawing(width, 62 * mm)
    half = width / 2
    for index, (label, values) in enumerate((
        ("Hours per week", [float(weeks[w][0]) for w in starts]),
        (f"Earned per week ({item.client.currency})", [float(weeks[w][1]) for w in starts]),
    )):
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = index * half + 12 * mm, 12 * mm, half - 18 * mm, 40 * mm  # type: ignore[assignment]  # the stubs say int; reportlab takes float points
        chart.data = [values or [0.0]]
        chart.bars[0].fillColor = ACCENT
        chart.bars[0].strokeColor = None
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = REGULAR
        chart.valueAxis.labels.fontSize = 6.5
        chart.categoryAxis.categoryNames = [f"{w:%d %b}" for w in starts] or [""]
        chart.categoryAxis.labels.fontName = REGULAR
        chart.categoryAxis.labels.fontSize = 5.5
        chart.categoryAxis.labels.angle = 60
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.strokeColor = RULE
        chart.valueAxis.strokeColor = RULE
        drawing.add(chart)
        drawing.add(String(index * half + 12 * mm, 56 * mm, check_glyphs(label), fontName=REGULAR, fontSize=8.5))
    return drawing


def entries_tables(entries: Sequence[EntryRow], width: float) -> list[Flowable]:
    """The daily log: date, start, end, breaks, hours, category, units, note and marks, in the entry's zone."""
    sheet = styles()
    header = ("Date", "Start", "End", "Break", "Hours", "Category", "Units", "Note", "Marks")
    widths = [w * width for w in (0.105, 0.06, 0.075, 0.075, 0.07, 0.125, 0.06, 0.36, 0.07)]
    rows: list[list[Any]] = []
    for entry in entries:
        local = zone(entry.tz)
        start, end = entry.start.astimezone(local), entry.end.astimezone(local)
        end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%H:%M} +{(end.date() - start.date()).days}d"
        marks = "".join(mark for mark, present in (("L", entry.recorded_late), ("E", entry.edited),
                                                   ("O", bool(entry.overlaps))) if present)
        rows.append([f"{start:%Y-%m-%d}", f"{start:%H:%M}", end_text,
                     f"{entry.break_seconds // 60} min" if entry.break_seconds else "",
                     hours(entry.worked_seconds), entry.category,
                     str(entry.units) if entry.units is not None else "", entry.note or "", marks])
    tables: list[Flowable] = [table(header, rows[i:i + ROWS_PER_TABLE], widths, numeric=(4, 6))
                              for i in range(0, len(rows), ROWS_PER_TABLE)]
    return tables or [para("No entries in this period.", sheet["note"])]


def payments_table(payments: Sequence[PaymentRow], width: float) -> Flowable:
    if not payments:
        return para("No payments recorded in this period.", styles()["note"])
    rows = [[str(p.received_on), p.client, money(p.gross), money(p.fees), money(p.net),
             f"{p.period_from or ''} – {p.period_to or ''}" if p.period_from or p.period_to else "",
             p.method or "", p.reference or ""] for p in payments]
    return table(("Received", "From", "Gross", "Fees", "Net", "Pays for", "Method", "Reference"), rows,
                 [w * width for w in (0.11, 0.15, 0.12, 0.09, 0.12, 0.19, 0.1, 0.12)], numeric=(2, 3, 4))


def evidence_table(items: Iterable[EvidenceItem], width: float) -> Flowable:
    sheet = styles()
    rows = [[str(e.id), e.name, e.media_type, e.added_at[:10], Paragraph(text(e.sha256), sheet["mono"])]
            for e in items]
    if not rows:
        return para("No evidence files kept.", sheet["note"])
    return table(("#", "File", "Type", "Added", "SHA-256"), rows,
                 [w * width for w in (0.05, 0.25, 0.15, 0.11, 0.44)])


def integrity_block(*, seq: int, head: str, data_sha256: str, fingerprint: str, width: float) -> list[Flowable]:
    sheet = styles()
    rows: list[tuple[str, str | Paragraph]] = [
        ("Latest change in the records", f"#{seq}"),
        ("History fingerprint (audit chain head)", Paragraph(text(head), sheet["mono"])),
        ("SHA-256 of this report's data", Paragraph(text(data_sha256), sheet["mono"])),
        ("Signature", "Ed25519, embedded in this file"),
        ("Public key fingerprint", Paragraph(text(fingerprint), sheet["mono"])),
    ]
    block = Table([[para(label, sheet["cell"]), value if isinstance(value, Paragraph) else para(value, sheet["cell"])]
                   for label, value in rows], colWidths=[width * 0.34, width * 0.66])
    block.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, ACCENT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE)]))
    return [block, Spacer(1, 2 * mm), para(
        "Check this file with: contractor-app verify-report FILE.pdf — it confirms that no byte was changed "
        "and whether the records have changed since.", sheet["note"])]


def problem_text(value: str) -> Paragraph:
    return Paragraph(f"<font color='{PROBLEM.hexval()}'><b>! {text(value)}</b></font>", styles()["body"])
