"""A data-access request letter for one client: GDPR art. 15 (and art. 20 for a machine-readable copy) or the
CCPA right to know, pre-filled from the records, listing what platform workers should ask for."""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ListFlowable, ListItem, Spacer

from ..domain.access_deadlines import add_months, next_working_day
from .data import ReportClient, ReportData
from .language import classification, day, translate
from .layout import para, styles

EU_EEA_UK = ("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB").split()


def _law(jurisdiction: str) -> tuple[str, str, str, str | None]:
    """(law, request name, time to answer, gdpr | ccpa | None) for where the worker is."""
    country = jurisdiction.split("-")[0]
    if jurisdiction.startswith("US-CA"):
        return (translate("reports", "the California Consumer Privacy Act (Cal. Civ. Code 1798.100 and 1798.110)"),
                translate("reports", "Request to know (right to know)"), translate("reports", "45 days"), "ccpa")
    if country in EU_EEA_UK:
        return (translate("reports", "Article 15 of the General Data Protection Regulation (and Article 20 for a "
                                     "machine-readable copy)"),
                translate("reports", "Subject access request"), translate("reports", "one month"), "gdpr")
    return (translate("reports", "the data protection law that applies to you, including Article 15 GDPR where it "
                                 "applies"),
            translate("reports", "Subject access request"), translate("reports", "one month"), None)


def asked_for(law: str | None) -> list[str]:
    """What a platform worker asks for, as worker-data advocates draft it: the data behind pay, ratings,
    monitoring, profiling and deactivation, and how any automated decision was made. Both letters list it."""
    automated = (translate("reports", "(Articles 15(1)(h) and 22 GDPR)") if law != "ccpa"
                 else translate("reports", "(and, where the GDPR applies, Articles 15(1)(h) and 22 GDPR)"))
    return [
        translate("reports", "a copy of all personal data you hold about me, in a commonly used, machine-readable "
                             "format"),
        translate("reports", "the purposes of each processing, and its legal basis"),
        translate("reports", "the categories of personal data concerned, and where you obtained any data not "
                             "collected from me"),
        translate("reports", "the recipients or categories of recipients, including processors, clients and any "
                             "outside the EU/EEA"),
        translate("reports", "how long each category of data will be kept, or the criteria for deciding"),
        translate("reports", "all activity and performance metrics about me: tasks, time measured, throughput, "
                             "accuracy and quality scores, rejections and their reasons, with their dates"),
        translate("reports", "all ratings and reviews of my work, by customers, reviewers or your systems"),
        translate("reports", "all monitoring recordings and screenshots: screen and activity recordings, webcam "
                             "images, voice recordings, keystroke and mouse data, location, and the identity "
                             "documents and biometric data I provided"),
        translate("reports", "all internal profile tags and scores attached to my account (for example risk, fraud, "
                             "trust, priority or quality flags), and what each means"),
        translate("reports", "an explanation of any automated decision about my pay or the deactivation, suspension "
                             "or restriction of my account, including profiling, with meaningful information about "
                             "the logic involved, its significance and its consequences for me {articles}").format(
            articles=automated),
        translate("reports", "the records of my work you used to calculate my pay"),
        translate("reports", "any data behind a warning, suspension or deactivation of my account"),
    ]


def story(data: ReportData, width: float) -> list[Flowable]:
    sheet = styles()
    client = data.client
    assert client is not None
    law, name, period, code = _law(client.jurisdiction or data.worker.jurisdiction or "")
    collected = sorted({f"{r.monitoring_type} ({r.tool})" for r in data.data_records if r.direction == "collected"})
    sent = data.request.as_of
    deadline = sent + timedelta(days=45) if code == "ccpa" else next_working_day(add_months(sent, 1), data.holidays)
    items = asked_for(code)
    if collected:
        items.append(translate("reports", "in particular the data collected through: {tools}").format(
            tools=", ".join(collected)))
    flow: list[Flowable] = [
        *letterhead(data, client),
        para(f"{name}", sheet["h2"]),
        para((translate("reports", "I, {name}, ask you under {law} for access to the personal data you process "
                                   "about me. I have worked for you as a {classification} with the account or worker "
                                   "ID {worker_id}. Please provide:") if client.worker_ref else
              translate("reports", "I, {name}, ask you under {law} for access to the personal data you process "
                                   "about me. I have worked for you as a {classification}. Please provide:")).format(
            name=data.worker.name or translate("reports", "[your full name]"), law=law,
            classification=classification(client.classification), worker_id=client.worker_ref), sheet["body"]),
        Spacer(1, 2 * mm),
        ListFlowable([ListItem(para(item, sheet["body"]), leftIndent=10)  # type: ignore[misc]  # the stubs: ListItem is no Flowable
                      for item in items],
                     bulletType="bullet", start="•", leftIndent=12),
        Spacer(1, 3 * mm),
        para(translate("reports", "Please answer within {period} of receiving this request, that is by {deadline}, "
                                  "free of charge. If you need more information to identify me, tell me promptly. If "
                                  "you will not comply with any part of this request, tell me which part and "
                                  "why.").format(period=period, deadline=day(deadline)), sheet["body"]),
        Spacer(1, 8 * mm),
        para(translate("reports", "Yours faithfully,"), sheet["body"]),
        Spacer(1, 12 * mm),
        para(data.worker.name or "", sheet["body"]),
        Spacer(1, 8 * mm),
        para(translate("reports", "Prepared with Contractor Ledger from the worker's own records. This letter is a "
                                  "template, not legal advice; deadlines can be extended by law in some cases."),
             sheet["note"]),
    ]
    return flow


def letterhead(data: ReportData, client: ReportClient) -> list[Flowable]:
    """The sender (the worker, with the address and contact a reply needs), the company and the date, as both
    access-request letters open."""
    sheet = styles()
    worker = [para(line, sheet["body"]) for line in (data.worker.name, *data.worker.address.splitlines(),
                                                       data.worker.contact) if line]
    return [
        *worker,
        para(data.worker.jurisdiction or "", sheet["small"]),
        Spacer(1, 6 * mm),
        para(client.legal_name or client.name, sheet["body"]),
        para(client.address or "", sheet["body"]),
        para(translate("reports", "Privacy / data protection officer")
             + (" — " + client.contact if client.contact else ""), sheet["small"]),
        Spacer(1, 6 * mm),
        para(day(data.request.as_of), sheet["body"]),
        Spacer(1, 4 * mm),
    ]
