"""The privacy report: the data the worker handled for each client, what each platform collected about them and
with what consent, and the incidents (breach notices, disputes) with the steps taken, what they cost the worker
and the time they took (decimal hours, as in every report), with the totals."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..domain.money import Money
from .blocks import hours, money, problem_text
from .data import IncidentRow, ReportData
from .layout import para, styles, table

# Monitoring the EU Platform Work Directive (art. 7) restricts, and consents that are no consent at all.
RESTRICTED = {"biometrics": "biometrics may only be processed to authenticate the worker (EU Platform Work "
                            "Directive art. 7)",
              "webcam": "continuous webcam monitoring may reveal emotional state or private life, which platforms "
                        "may not process (EU Platform Work Directive art. 7)"}
NO_CONSENT = ("not asked", "refused")


def _span(start: object, end: object) -> str:
    if not start and not end:
        return "—"
    return f"{start or '…'} – {end or 'ongoing'}"


def story(data: ReportData, width: float) -> list[Flowable]:
    sheet = styles()
    flow: list[Flowable] = [
        para("Privacy report", sheet["title"]),
        para(f"{data.worker.name or 'The worker'} · {data.request.client or 'all clients'}", sheet["body"]),
        para("What data the work involved, what the platforms collected about the worker, and what happened to it. "
             "Made from the worker's own records.", sheet["note"]),
        Spacer(1, 4 * mm),
    ]
    if not data.data_records and not data.incidents and not data.access_requests:
        return [*flow, para("No data records or incidents are recorded yet. Record them with `data handled`, "
                            "`data collected` and `incident add`.", sheet["note"])]
    for client, records in groupby(data.data_records, key=lambda r: r.client):
        rows = list(records)
        handled = [r for r in rows if r.direction == "handled"]
        collected = [r for r in rows if r.direction == "collected"]
        flow.append(para(client, sheet["h2"]))
        if handled:
            flow += [para("Data you handled for them", sheet["body"]), table(
                ("What", "Whose data", "Sensitivity", "When", "Note"),
                [[", ".join(r.categories), r.whose_data or "—", r.sensitivity or "—", _span(r.started_on, r.ended_on),
                  r.note or ""] for r in handled],
                [w * width for w in (0.25, 0.18, 0.13, 0.2, 0.24)]), Spacer(1, 3 * mm)]
        if collected:
            flow += [para("What they collected about you", sheet["body"]), table(
                ("Monitoring", "Tool", "Consent", "Retention you were told", "When", "Note"),
                [[r.monitoring_type or "—", r.tool or "—", r.consent or "—", r.retention_told or "not told",
                  _span(r.started_on, r.ended_on), r.note or ""] for r in collected],
                [w * width for w in (0.15, 0.14, 0.13, 0.18, 0.17, 0.23)])]
            for r in collected:
                if r.monitoring_type in RESTRICTED:
                    flow.append(problem_text(f"{r.tool}: {RESTRICTED[r.monitoring_type]}."))
                if r.consent in NO_CONSENT:
                    flow.append(problem_text(f"{r.tool} ({r.monitoring_type}): consent {r.consent}."))
    if data.incidents:
        flow += [para("Incidents", sheet["h2"]), table(
            ("Kind", "Company", "Notice", "When", "Data involved", "Steps taken", "Costs", "Hours", "Status"),
            [[i.kind, i.company, str(i.notice_on or "—"), _span(i.started_on, i.ended_on), i.data_involved or "—",
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


STANDING = {"open": "waiting, in time", "overdue": "OVERDUE: no answer", "incomplete": "answered in part",
            "answered": "answered"}


def _access_requests(data: ReportData, width: float) -> list[Flowable]:
    """Each data-access request: sent when and how, due when by which law, the answer, and the files received."""
    sheet = styles()
    flow: list[Flowable] = [para("Data-access requests", sheet["h2"]), table(
        ("Client", "Law", "Sent", "Due", "Standing", "Answer", "Missing"),
        [[r.client, r.citation, f"{r.sent_on} ({r.sent_via})",
          f"{r.due_on}" + (f" (extended {r.extended_on})" if r.extended_on else ""), STANDING[r.status],
          str(r.answered_on or "—"), r.missing or "—"] for r in data.access_requests],
        [w * width for w in (0.12, 0.16, 0.14, 0.14, 0.12, 0.13, 0.19)])]
    for r in data.access_requests:
        if r.status == "overdue":
            flow.append(problem_text(f"{r.client}: the {r.sent_on} request was due by {r.due_on} and is unanswered."))
        if r.files:
            count = f"{len(r.files)} file" + ("" if len(r.files) == 1 else "s")
            flow += [Spacer(1, 2 * mm), para(f"Received from {r.client} for the request of {r.sent_on}: {count}, "
                                             "kept as evidence", sheet["body"]), table(
                ("File", "Kept on", "Bytes", "SHA-256"),
                [[f.name, f.added_at.strftime("%Y-%m-%d %H:%M UTC"), f"{f.size:,}", f.sha256]
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
    parts = [money(costs[code]) for code in sorted(costs)] + ([f"{hours(sum(minutes) * 60)} hours"] if minutes else [])
    return f"What the incidents cost you: {' and '.join(parts)}." if parts else ""
