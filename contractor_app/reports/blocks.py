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
from . import language
from .data import EntryRow, EvidenceItem, PaymentRow
from .fonts import REGULAR, check_glyphs
from .language import amount_in, category, day, days_in, number, short_day, span, translate
from .layout import ACCENT, PROBLEM, RULE, para, styles, table, text


def hours(seconds: int) -> str:
    return number(Decimal(seconds) / 3600, 2)


def money(value: Money | None) -> str:
    return language.money(value)


def figures_table(item: ClientPay, width: float, costs: ClientCosts | None = None) -> list[Flowable]:
    sheet = styles()
    per_hour = translate("reports", "{amount}/h")
    rows: list[list[Any]] = [
        [translate("reports", "Hours worked (all categories)"), f"{hours(item.worked_seconds)} h"],
        [translate("reports", "Hours in paid categories"), f"{hours(item.worked_seconds - item.unpaid_seconds)} h"],
        [translate("reports", "Hours the client does not pay for"), f"{hours(item.unpaid_seconds)} h"],
        [translate("reports", "Earned at the agreed rates"), money(item.earned)],
        [translate("reports", "Paid"), money(item.paid)],
        [translate("reports", "Balance owed"), money(item.balance)],
        [translate("reports", "Real hourly rate (paid ÷ all hours)"),
         per_hour.format(amount=money(item.effective_hourly_rate)) if item.effective_hourly_rate else "—"],
    ]
    if costs is not None:
        net = costs.net_hourly_rate(item.paid, item.worked_seconds)
        rows += [
            [translate("reports", "Costs of the work (fees {fees}, expenses {expenses}, distance {distance})").format(
                fees=money(costs.fees), expenses=money(costs.expenses.rounded()),
                distance=money(costs.distance.rounded())), money(costs.total)],
            [translate("reports", "Net hourly rate ((paid − costs) ÷ all hours)"),
             per_hour.format(amount=money(net)) if net is not None else "—"],
        ]
        if costs.other_currencies:
            rows.append([translate("reports", "Costs in other currencies, not subtracted"),
                         ", ".join(map(money, costs.other_currencies))])
    check = item.minimum_wage
    if check is not None:
        label = (translate("reports", "Minimum wage (a benchmark: you are a contractor) ({jurisdiction}, from {day})")
                 if check.benchmark else translate("reports", "Minimum wage ({jurisdiction}, from {day})"))
        rows.append([label.format(jurisdiction=check.wage.jurisdiction, day=day(check.wage.effective_from)),
                     f"{amount_in(check.wage.amount, check.wage.currency)}/h{check.wage.as_the_law_states()}"])
        if check.rate is not None and check.hourly is not None:  # the wage is in another currency than the pay
            rows.append([translate("reports", "In {currency}, at {rate}").format(
                             currency=check.hourly.currency, rate=check.rate.rate.describe()),
                         f"{check.hourly.currency} {rate_places(check.hourly.amount)}/h"])
        if check.below:  # judged on the agreed terms, week by week: money not yet received is the balance owed
            below = (translate("reports", "! Agreed pay short of the minimum wage (hour by hour)")
                     if check.every_hour else
                     translate("reports", "! Agreed pay short of the minimum wage (week by week)"))
            rows.append([Paragraph(f"<b>{text(below)}</b>", sheet["problem"]),
                         Paragraph(f"<b>{text(money(check.shortfall))}</b>", sheet["problem_right"])])
    if item.overtime is not None and item.overtime.seconds:
        label = (translate("reports", "Overtime ({rule}, owed)") if item.overtime_owed
                 else translate("reports", "Overtime ({rule}, estimate if you were an employee)"))
        rows.append([label.format(rule=item.overtime.rule.name),
                     translate("reports", "{hours} h, premium {premium}").format(
                         hours=hours(item.overtime.seconds), premium=money(item.overtime_premium))])
    return [table((translate("reports", "Figure"), translate("reports", "Amount")), rows,
                  (width * 0.62, width * 0.38), numeric=(1,))]


def categories_table(item: ClientPay, width: float) -> Flowable:
    rows = [[category(name), translate("reports", "paid") if name in item.paid_seconds_by_category
             else translate("reports", "not paid"), f"{hours(seconds)} h"]
            for name, seconds in item.seconds_by_category.items()]
    return table((translate("reports", "Category"), translate("reports", "Pay"), translate("reports", "Hours")), rows,
                 (width * 0.45, width * 0.3, width * 0.25), numeric=(2,))


def weekly_chart(item: ClientPay, width: float) -> Drawing:
    """Hours and earnings per workweek, side by side."""
    weeks: dict[date, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for figures in item.days:
        week = weeks[workweek_start(figures.day, item.client.workweek_start)]
        week[0] += Decimal(figures.seconds) / 3600
        week[1] += figures.earned
    starts = sorted(weeks)[-26:]  # at most half a year of bars stays readable
    drawing = Drawing(width, 62 * mm)
    half = width / 2
    for index, (label, values) in enumerate((
        (translate("reports", "Hours per week"), [float(weeks[w][0]) for w in starts]),
        (translate("reports", "Earned per week ({currency})").format(currency=item.client.currency),
         [float(weeks[w][1]) for w in starts]),
    )):
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = index * half + 12 * mm, 12 * mm, half - 18 * mm, 40 * mm  # type: ignore[assignment]  # the stubs say int; reportlab takes float points
        chart.data = [values or [0.0]]
        chart.bars[0].fillColor = ACCENT
        chart.bars[0].strokeColor = None
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = REGULAR
        chart.valueAxis.labels.fontSize = 6.5
        chart.categoryAxis.categoryNames = [short_day(w) for w in starts] or [""]
        chart.categoryAxis.labels.fontName = REGULAR
        chart.categoryAxis.labels.fontSize = 5.5
        chart.categoryAxis.labels.angle = 60
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.strokeColor = RULE
        chart.valueAxis.strokeColor = RULE
        drawing.add(chart)
        drawing.add(String(index * half + 12 * mm, 56 * mm, check_glyphs(label), fontName=REGULAR, fontSize=8.5))
    return drawing


def entries_table(entries: Sequence[EntryRow], width: float) -> Flowable:
    """The daily log: date, start, end, breaks, hours, category, units, note and marks, in the entry's zone."""
    sheet = styles()
    header = (translate("reports", "Date"), translate("reports", "Start"), translate("reports", "End"),
              translate("reports", "Break"), translate("reports", "Hours"), translate("reports", "Category"),
              translate("reports", "Units"), translate("reports", "Note"), translate("reports", "Marks"))
    widths = [w * width for w in (0.105, 0.06, 0.075, 0.075, 0.07, 0.125, 0.06, 0.36, 0.07)]
    rows: list[list[Any]] = []
    for entry in entries:
        local = zone(entry.tz)
        start, end = entry.start.astimezone(local), entry.end.astimezone(local)
        end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%H:%M} +{(end.date() - start.date()).days}d"
        marks = "".join(mark for mark, present in (("L", entry.recorded_late), ("E", entry.edited),
                                                   ("O", bool(entry.overlaps))) if present)
        rows.append([day(start.date()), f"{start:%H:%M}", end_text,
                     f"{entry.break_seconds // 60} min" if entry.break_seconds else "",
                     hours(entry.worked_seconds), category(entry.category),
                     number(entry.units) if entry.units is not None else "", entry.note or "", marks])
    if not rows:
        return para(translate("reports", "No entries in this period."), sheet["note"])
    return table(header, rows, widths, numeric=(4, 6))


def payments_table(payments: Sequence[PaymentRow], width: float) -> Flowable:
    if not payments:
        return para(translate("reports", "No payments recorded in this period."), styles()["note"])
    rows = [[day(p.received_on), p.client, money(p.gross), money(p.fees), money(p.net),
             span(day(p.period_from) if p.period_from else "", day(p.period_to) if p.period_to else "")
             if p.period_from or p.period_to else "",
             p.method or "", p.reference or ""] for p in payments]
    return table((translate("reports", "Received"), translate("reports", "From"), translate("reports", "Gross"),
                  translate("reports", "Fees"), translate("reports", "Net"), translate("reports", "Pays for"),
                  translate("reports", "Method"), translate("reports", "Reference")), rows,
                 [w * width for w in (0.11, 0.15, 0.12, 0.09, 0.12, 0.19, 0.1, 0.12)], numeric=(2, 3, 4))


def evidence_table(items: Iterable[EvidenceItem], width: float) -> Flowable:
    sheet = styles()
    rows = [[str(e.id), e.name, e.media_type, days_in(e.added_at[:10]), Paragraph(text(e.sha256), sheet["mono"])]
            for e in items]
    if not rows:
        return para(translate("reports", "No evidence files kept."), sheet["note"])
    return table(("#", translate("reports", "File"), translate("reports", "Type"), translate("reports", "Added"),
                  "SHA-256"), rows,
                 [w * width for w in (0.05, 0.25, 0.15, 0.11, 0.44)])


def integrity_block(*, seq: int, head: str, data_sha256: str, fingerprint: str, width: float) -> list[Flowable]:
    sheet = styles()
    rows: list[tuple[str, str | Paragraph]] = [
        (translate("reports", "Latest change in the records"), f"#{seq}"),
        (translate("reports", "History fingerprint (audit chain head)"), Paragraph(text(head), sheet["mono"])),
        (translate("reports", "SHA-256 of this report's data"), Paragraph(text(data_sha256), sheet["mono"])),
        (translate("reports", "Signature"), translate("reports", "Ed25519, embedded in this file")),
        (translate("reports", "Public key fingerprint"), Paragraph(text(fingerprint), sheet["mono"])),
    ]
    block = Table([[para(label, sheet["cell"]), value if isinstance(value, Paragraph) else para(value, sheet["cell"])]
                   for label, value in rows], colWidths=[width * 0.34, width * 0.66])
    block.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, ACCENT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE)]))
    return [block, Spacer(1, 2 * mm), para(
        translate("reports", "Check this file with: contractor-app verify-report FILE.pdf — it confirms that no byte "
                             "was changed and whether the records have changed since."), sheet["note"])]


def problem_text(value: str) -> Paragraph:
    return Paragraph(f"<font color='{PROBLEM.hexval()}'><b>! {text(value)}</b></font>", styles()["body"])
