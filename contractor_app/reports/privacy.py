"""The privacy report: the data the worker handled for each client, what each platform collected about them and
with what consent, and the incidents (breach notices, disputes) with the steps taken, what they cost the worker
and the time they took (decimal hours, as in every report), with the totals."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..domain.money import Money
from .blocks import hours, money, problem_text
from .data import IncidentRow, ReportData
from .language import day, number, span, translate
from .layout import para, styles, table

# Consents that are no consent at all.
NO_CONSENT = ("not asked", "refused")


def restricted(monitoring: str | None) -> str | None:
    """What the EU Platform Work Directive (art. 7) says of a kind of monitoring it restricts; None for others."""
    return {
        "biometrics": translate("reports", "biometrics may only be processed to authenticate the worker (EU "
                                           "Platform Work Directive art. 7)"),
        "webcam": translate("reports", "continuous webcam monitoring may reveal emotional state or private life, "
                                       "which platforms may not process (EU Platform Work Directive art. 7)"),
    }.get(monitoring or "")


def _span(start: date | None, end: date | None) -> str:
    if not start and not end:
        return "—"
    ongoing = translate("reports", "ongoing")  # not inside the f-string: lupdate reads no f-string
    return span(day(start) if start else "…", day(end) if end else ongoing)


def story(data: ReportData, width: float) -> list[Flowable]:
    sheet = styles()
    flow: list[Flowable] = [
        para(translate("reports", "Privacy report"), sheet["title"]),
        para(" · ".join((data.worker.name or translate("reports", "The worker"),
                         data.request.client or translate("reports", "all clients"))), sheet["body"]),
        para(translate("reports", "What data the work involved, what the platforms collected about the worker, and "
                                  "what happened to it. Made from the worker's own records."), sheet["note"]),
        Spacer(1, 4 * mm),
    ]
    if not data.data_records and not data.incidents and not data.access_requests:
        return [*flow, para(translate("reports", "No data records or incidents are recorded yet. Record them with "
                                                 "`data handled`, `data collected` and `incident add`."),
                            sheet["note"])]
    for client, records in groupby(data.data_records, key=lambda r: r.client):
        rows = list(records)
        handled = [r for r in rows if r.direction == "handled"]
        collected = [r for r in rows if r.direction == "collected"]
        flow.append(para(client, sheet["h2"]))
        if handled:
            flow += [para(translate("reports", "Data you handled for them"), sheet["body"]), table(
                (translate("reports", "What"), translate("reports", "Whose data"), translate("reports", "Sensitivity"),
                 translate("reports", "When"), translate("reports", "Note")),
                [[", ".join(r.categories), r.whose_data or "—", r.sensitivity or "—", _span(r.started_on, r.ended_on),
                  r.note or ""] for r in handled],
                [w * width for w in (0.25, 0.18, 0.13, 0.2, 0.24)]), Spacer(1, 3 * mm)]
        if collected:
            flow += [para(translate("reports", "What they collected about you"), sheet["body"]), table(
                (translate("reports", "Monitoring"), translate("reports", "Tool"), translate("reports", "Consent"),
                 translate("reports", "Retention you were told"), translate("reports", "When"),
                 translate("reports", "Note")),
                [[r.monitoring_type or "—", r.tool or "—", r.consent or "—",
                  r.retention_told or translate("reports", "not told"),
                  _span(r.started_on, r.ended_on), r.note or ""] for r in collected],
                [w * width for w in (0.15, 0.14, 0.13, 0.18, 0.17, 0.23)])]
            for r in collected:
                if rule := restricted(r.monitoring_type):
                    flow.append(problem_text(f"{r.tool}: {rule}."))
                if r.consent in NO_CONSENT:
                    flow.append(problem_text(translate("reports", "{tool} ({monitoring}): consent {consent}.").format(
                        tool=r.tool, monitoring=r.monitoring_type, consent=r.consent)))
    if data.incidents:
        flow += [para(translate("reports", "Incidents"), sheet["h2"]), table(
            (translate("reports", "Kind"), translate("reports", "Company"), translate("reports", "Notice"),
             translate("reports", "When"), translate("reports", "Data involved"), translate("reports", "Steps taken"),
             translate("reports", "Costs"), translate("reports", "Hours"), translate("reports", "Status")),
            [[i.kind, i.company, day(i.notice_on), _span(i.started_on, i.ended_on), i.data_involved or "—",
              "; ".join(filter(None, [i.steps_taken, i.note])) or "—", money(i.costs),
              hours(i.time_spent_minutes * 60) if i.time_spent_minutes is not None else "—", i.status]
             for i in data.incidents],
            [w * width for w in (0.08, 0.12, 0.105, 0.125, 0.15, 0.17, 0.1, 0.07, 0.08)], numeric=(6, 7))]
        totals = _incident_totals(data.incidents)
        if totals:
            flow += [Spacer(1, 2 * mm), para(totals, sheet["body"])]
    if data.access_requests:
        flow += _access_requests(data, width)
    return flow


def standing(status: str) -> str:
    return {"open": translate("reports", "waiting, in time"), "overdue": translate("reports", "OVERDUE: no answer"),
            "incomplete": translate("reports", "answered in part"),
            "answered": translate("reports", "answered")}.get(status, status)


def _access_requests(data: ReportData, width: float) -> list[Flowable]:
    """Each data-access request: sent when and how, due when by which law, the answer, and the files received."""
    sheet = styles()
    flow: list[Flowable] = [para(translate("reports", "Data-access requests"), sheet["h2"]), table(
        (translate("reports", "Client"), translate("reports", "Law"), translate("reports", "Sent"),
         translate("reports", "Due"), translate("reports", "Standing"), translate("reports", "Answer"),
         translate("reports", "Missing")),
        [[r.client, r.citation, f"{day(r.sent_on)} ({r.sent_via})",
          day(r.due_on) + (translate("reports", " (extended {day})").format(day=day(r.extended_on))
                           if r.due_on != r.first_due_on else ""), standing(r.status),
          day(r.answered_on), r.missing or "—"] for r in data.access_requests],
        [w * width for w in (0.12, 0.16, 0.14, 0.14, 0.12, 0.13, 0.19)])]
    for r in data.access_requests:
        if r.status == "overdue":
            flow.append(problem_text(translate(
                "reports", "{client}: the {sent} request was due by {due} and is unanswered.").format(
                client=r.client, sent=day(r.sent_on), due=day(r.due_on))))
        if r.files:
            received = (translate("reports", "Received from {client} for the request of {sent}: 1 file, kept as "
                                             "evidence") if len(r.files) == 1 else
                        translate("reports", "Received from {client} for the request of {sent}: {count} files, kept "
                                             "as evidence"))
            flow += [Spacer(1, 2 * mm), para(received.format(client=r.client, sent=day(r.sent_on),
                                                             count=len(r.files)), sheet["body"]), table(
                (translate("reports", "File"), translate("reports", "Kept on"), translate("reports", "Bytes"),
                 "SHA-256"),
                [[f.name, f"{day(f.added_at.date())} {f.added_at:%H:%M} UTC", number(f.size), f.sha256]
                 for f in r.files],
                [w * width for w in (0.3, 0.18, 0.1, 0.42)], numeric=(2,))]
    return flow


def _incident_totals(incidents: tuple[IncidentRow, ...]) -> str:
    """"What the incidents cost you: USD 45.00 and 3.50 hours." (empty when none was recorded)."""
    costs: dict[str, Money] = {}
    for incident in incidents:
        if incident.costs is not None:
            code = incident.costs.currency
            costs[code] = costs[code] + incident.costs if code in costs else incident.costs
    minutes = [i.time_spent_minutes for i in incidents if i.time_spent_minutes is not None]
    parts = [money(costs[code]) for code in sorted(costs)] + (
        [translate("reports", "{hours} hours").format(hours=hours(sum(minutes) * 60))] if minutes else [])
    return translate("reports", "What the incidents cost you: {costs}.").format(
        costs=translate("reports", " and ").join(parts)) if parts else ""
