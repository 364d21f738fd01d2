"""The pay summary: for a period and one client or all, totals, hours by category, earned against paid, the
real hourly rate against the minimum wage, a weekly chart, and the payments."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from .blocks import categories_table, figures_table, money, payments_table, weekly_chart
from .data import ReportData
from .language import day, translate
from .layout import para, styles, table


def story(data: ReportData, width: float) -> list[Flowable]:
    sheet = styles()
    who = data.request.client or translate("reports", "all clients")
    worker = data.worker.name or translate("reports", "The worker")  # not inside an f-string: lupdate reads no f-string
    flow: list[Flowable] = [
        para(translate("reports", "Pay summary"), sheet["title"]),
        para(f"{worker} · {who} · {_period(data)}", sheet["body"]),
        Spacer(1, 4 * mm),
    ]
    if not data.pay:
        return [*flow, para(translate("reports", "Nothing was recorded in this period."), sheet["note"])]
    totals: dict[str, list] = {}
    for item in data.pay:
        earned, paid = totals.get(item.client.currency, [None, None])
        totals[item.client.currency] = [item.earned if earned is None else earned + item.earned,
                                        item.paid if paid is None else paid + item.paid]
    flow += [para(translate("reports", "Totals"), sheet["h2"]), table(
        (translate("reports", "Currency"), translate("reports", "Earned"), translate("reports", "Paid"),
         translate("reports", "Balance")),
        [[currency, money(earned), money(paid), money(earned - paid)] for currency, (earned, paid) in totals.items()],
        (width * 0.25,) * 4, numeric=(1, 2, 3))]
    for item in data.pay:
        flow += [
            KeepTogether([para(item.client.name, sheet["h2"]), *figures_table(item, width, data.costs_of(item)),
                          Spacer(1, 3 * mm), categories_table(item, width * 0.7)]),
            Spacer(1, 3 * mm),
            weekly_chart(item, width),
        ]
    flow += [para(translate("reports", "Payments received"), sheet["h2"]), payments_table(data.payments, width)]
    return flow


def _period(data: ReportData) -> str:
    period = data.pay[0].period if data.pay else data.request.period
    return translate("reports", "{start} to {end}").format(start=day(period.start) if period.start else "…",
                                                           end=day(period.end) if period.end else "…")
