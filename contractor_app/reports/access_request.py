"""A data-access request letter for one client: GDPR art. 15 (and art. 20 for a machine-readable copy) or the
CCPA right to know, pre-filled from the records, listing what platform workers should ask for."""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ListFlowable, ListItem, Spacer

from .data import ReportData
from .layout import para, styles

EU_EEA_UK = ("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB").split()


def _law(jurisdiction: str) -> tuple[str, str, int]:
    """(law, request name, days to answer) for where the worker is."""
    country = jurisdiction.split("-")[0]
    if jurisdiction.startswith("US-CA"):
        return ("the California Consumer Privacy Act (Cal. Civ. Code 1798.100 and 1798.110)",
                "Request to know (right to know)", 45)
    if country in EU_EEA_UK:
        return ("Article 15 of the General Data Protection Regulation (and Article 20 for a machine-readable copy)",
                "Subject access request", 30)
    return ("the data protection law that applies to you, including Article 15 GDPR where it applies",
            "Subject access request", 30)


def story(data: ReportData, width: float) -> list[Flowable]:
    sheet = styles()
    client = data.client
    assert client is not None
    law, name, days = _law(client.jurisdiction or data.worker.jurisdiction or "")
    collected = sorted({f"{r.monitoring_type} ({r.tool})" for r in data.data_records if r.direction == "collected"})
    deadline = data.request.as_of + timedelta(days=days)
    items = [
        "a copy of all personal data you hold about me, in a commonly used, machine-readable format",
        "the purposes of each processing, and its legal basis",
        "the categories of personal data concerned, and where you obtained any data not collected from me",
        "the recipients or categories of recipients, including processors, clients and any outside the EU/EEA",
        "how long each category of data will be kept, or the criteria for deciding",
        "the existence of automated decision-making, including profiling, with meaningful information about the "
        "logic involved and its consequences: task allocation, pay, ratings, quality scores, account restriction "
        "and deactivation",
        "all ratings, reviews, quality scores and accuracy metrics about me, with their dates",
        "all monitoring data: screenshots, screen and activity recordings, webcam images, voice recordings, "
        "keystroke and mouse data, location, and the identity documents and biometric data I provided",
        "the records of my work you used to calculate my pay: tasks, time measured, rejections and their reasons",
        "any data behind a warning, suspension or deactivation of my account",
    ]
    if collected:
        items.append("in particular the data collected through: " + ", ".join(collected))
    flow: list[Flowable] = [
        para(data.worker.name or "", sheet["body"]),
        para(data.worker.jurisdiction or "", sheet["small"]),
        Spacer(1, 6 * mm),
        para(client.legal_name or client.name, sheet["body"]),
        para(client.address or "", sheet["body"]),
        para(f"Privacy / data protection officer{' — ' + client.contact if client.contact else ''}", sheet["small"]),
        Spacer(1, 6 * mm),
        para(str(data.request.as_of), sheet["body"]),
        Spacer(1, 4 * mm),
        para(f"{name}", sheet["h2"]),
        para(f"I, {data.worker.name or '[your full name]'}, ask you under {law} for access to the personal data "
             f"you process about me. I have worked for you as a {client.classification}"
             + (f" with the account or worker ID {client.worker_ref}" if client.worker_ref else "")
             + ". Please provide:", sheet["body"]),
        Spacer(1, 2 * mm),
        ListFlowable([ListItem(para(item, sheet["body"]), leftIndent=10)  # type: ignore[misc]  # the stubs: ListItem is no Flowable
                      for item in items],
                     bulletType="bullet", start="•", leftIndent=12),
        Spacer(1, 3 * mm),
        para(f"Please answer within {days} days of receiving this request, that is by {deadline}, free of charge. "
             "If you need more information to identify me, tell me promptly. If you will not comply with any part "
             "of this request, tell me which part and why.", sheet["body"]),
        Spacer(1, 8 * mm),
        para("Yours faithfully,", sheet["body"]),
        Spacer(1, 12 * mm),
        para(data.worker.name or "", sheet["body"]),
        Spacer(1, 8 * mm),
        para("Prepared with Contractor Ledger from the worker's own records. This letter is a template, not legal "
             "advice; deadlines can be extended by law in some cases.", sheet["note"]),
    ]
    return flow
