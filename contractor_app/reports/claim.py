"""The claim packet: one client, one period, everything a wage claim or a lawyer asks for, in that order.

Page 1 is the summary a lawyer reads first: what is owed, why, on what evidence, the figures and the parties. The
detail follows without half-empty pages (a section starts a new page only when it does not fit): late payments and
remedies, the daily log with late and edited entries marked, payments, evidence index, the rules applied with their
sources, how each figure was worked out (week by week), the edit history, and the integrity block that ties the
packet to the records.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ..domain.assessment import ClientPay
from ..domain.explain import explain
from ..domain.rules import MinimumWage, read_in_a_copy
from .blocks import (
    entries_table,
    evidence_table,
    figures_table,
    hours,
    integrity_block,
    money,
    payments_table,
    problem_text,
)
from .data import ReportData
from .explain_text import cited, numbers, source_text, step_text
from .language import amount_in, classification, day, days_in, requirement, translate
from .layout import para, styles, table, text
from .time_block import time_block
from .url_breaks import TextParagraph


def story(data: ReportData, width: float, fingerprint: str) -> list[Flowable]:
    sheet = styles()
    (item,) = data.pay
    client = data.client
    assert client is not None
    none = "—"
    flow: list[Flowable] = [
        para(translate("reports", "Claim packet: records of work and pay"), sheet["title"]),
        para(translate("reports", "Period {start} to {end}, reckoned on {as_of}").format(
            start=day(item.period.start), end=day(item.period.end), as_of=day(data.request.as_of)), sheet["body"]),
        para(translate("reports", "Summary"), sheet["h2"]), *_summary(data),
        para(translate("reports", "The figures"), sheet["h2"]), *figures_table(item, width, data.costs_of(item)),
    ]
    for short in item.short_payments:
        flow.append(problem_text(translate(
            "reports", "Short payment for {start} to {end}: earned {earned}, paid {paid}, short by {short}").format(
            start=day(short.covers.start), end=day(short.covers.end), earned=money(short.earned),
            paid=money(short.paid), short=money(short.short))))
    for notice in item.contract_notices:
        flow.append(problem_text(translate(
            "reports", "{law}: work reached {amount} by {day}, which entitles the worker to {requires}; none is on "
            "file.").format(law=notice.law.name, amount=money(notice.amount), day=day(notice.reached_on),
                            requires=requirement(notice.law.requires))))
    terms = (translate("reports", "paid within {days} days").format(days=client.payment_terms_days)
             if client.payment_terms_days is not None else translate("reports", "no payment terms recorded"))
    flow += [
        para(translate("reports", "The parties"), sheet["h2"]),
        table(("", translate("reports", "Worker"), translate("reports", "Client")), [
            [translate("reports", "Name"), data.worker.name or none, client.name],
            [translate("reports", "Legal name"), "", client.legal_name or none],
            [translate("reports", "Address"), data.worker.address or none, client.address or none],
            [translate("reports", "Contact"), data.worker.contact or none, client.contact or none],
            # as the Clients view says
            [translate("reports", "Worker's id on the platform"), "", client.worker_ref or none],
            [translate("reports", "Classification"), classification(client.classification), ""],
            [translate("reports", "Where the work is done"), data.worker.jurisdiction or none,
             client.jurisdiction or none],
            [translate("reports", "Pay terms"), "", terms],
            [translate("reports", "Written contract on file"), "",
             translate("reports", "yes") if client.contract_on_file else translate("reports", "no")],
        ], (width * 0.3, width * 0.3, width * 0.4)),
        Spacer(1, 2 * mm),
        para(translate("reports", "These records were kept by the worker at the time of the work, in an encrypted, "
                                  "tamper-evident ledger. Entries recorded more than 24 hours after the work, and "
                                  "entries edited later, are marked; the appendix lists every edit."), sheet["note"]),
        # The detail starts on page 2 when the summary fills more than half of page 1; otherwise it follows on.
        CondPageBreak(HALF_PAGE),
    ]
    if item.late_payments:
        flow += [para(translate("reports", "Late payments"), sheet["h2"]), table(
            (translate("reports", "Reference"), translate("reports", "Amount"), translate("reports", "Work done"),
             translate("reports", "Due"), translate("reports", "Paid"), translate("reports", "Days late"),
             translate("reports", "Law and remedy (estimate)")),
            [[late.reference, money(late.amount), day(late.completed_on), day(late.due_on),
              day(late.paid_on) if late.paid_on else translate("reports", "not paid"), str(late.days_late),
              (f"{late.law.name}: {late.law.remedy}" if late.law
               else translate("reports", "due under the {basis} terms").format(basis=late.due_basis))
              + (translate("reports", "; up to {amount} more").format(amount=money(late.remedy_estimate))
                 if late.remedy_estimate else "")]
             for late in item.late_payments],
            [w * width for w in (0.11, 0.11, 0.115, 0.115, 0.115, 0.065, 0.37)], numeric=(1, 5))]
    flow += [
        para(translate("reports", "Daily log"), sheet["h2"]),
        para(translate("reports", "{entries} entries, {hours} hours. Marks: L recorded more than 24 h after the "
                                  "work; E edited after it was recorded (see the appendix); O overlaps another "
                                  "entry.").format(entries=len(data.entries),
                                                   hours=hours(sum(e.worked_seconds for e in data.entries))),
             sheet["note"]),
        Spacer(1, 2 * mm), entries_table(data.entries, width),
        para(translate("reports", "Payments"), sheet["h2"]), payments_table(data.payments, width),
        para(translate("reports", "Evidence index"), sheet["h2"]), evidence_table(data.evidence, width),
        para(translate("reports", "Rules applied"), sheet["h2"]), *_rules(data, width),
        para(translate("reports", "Appendix: how the figures were worked out"), sheet["h2"]), *_explanation(data),
        para(translate("reports", "Appendix: edit history"), sheet["h2"]), *_edits(data, width),
        # its parts read together: what is signed, and since when
        KeepTogether([para(translate("reports", "Integrity"), sheet["h2"]),
                      *integrity_block(seq=data.audit_seq, head=data.audit_head, data_sha256=data.data_sha256(),
                                       fingerprint=fingerprint, width=width),
                      *time_block(data.time, width)]),
    ]
    return flow


HALF_PAGE = 120 * mm  # about half of an A4 or Letter page's text frame


def _summary(data: ReportData) -> list[Flowable]:
    """What a lawyer reads first: what is owed, why, and on what evidence, each in a few lines with the figures
    behind them on the same page."""
    sheet = styles()
    (item,) = data.pay
    owed = [translate("reports", "Balance owed {balance}: earned {earned} at the agreed rates, paid {paid}.").format(
        balance=money(item.balance), earned=money(item.earned), paid=money(item.paid))]
    check = item.minimum_wage
    if check is not None and check.below:
        owed.append(translate("reports", "The agreed pay is below the minimum wage by {shortfall}.").format(
            shortfall=money(check.shortfall)))
    if item.overtime is not None and item.overtime.seconds:
        owed.append((translate("reports", "Overtime premium {premium} (owed).") if item.overtime_owed else
                     translate("reports", "Overtime premium {premium} (an estimate, owed if the worker is an "
                                          "employee).")).format(premium=money(item.overtime_premium)))
    if item.pay_floor is not None and item.pay_floor.below:
        owed.append(translate("reports", "The agreed pay is below the app-based pay floor by {shortfall}.").format(
            shortfall=money(item.pay_floor.shortfall)))
    if item.late_payments:
        remedies = [late.remedy_estimate for late in item.late_payments if late.remedy_estimate]
        owed.append(translate("reports", "Payments late: {count}.").format(count=len(item.late_payments)))
        if remedies:
            owed.append(translate("reports", "Remedies for late payment: up to {amount} more.").format(
                amount=money(sum(remedies[1:], remedies[0]))))
    if item.short_payments:
        owed.append(translate("reports", "Payments short of what the work earned: {count}.").format(
            count=len(item.short_payments)))
    why = [translate("reports", "The client agreed to pay at the rates recorded for {client}.").format(
        client=item.client.name)]
    if check is not None:
        if read_in_a_copy(check.wage):  # already in brackets: the copy follows a semicolon, not brackets of its own
            why.append(translate("reports", "The minimum wage of {jurisdiction} applies ({official}; read in a copy "
                                            "at {source}).").format(jurisdiction=check.wage.jurisdiction,
                                                                   official=check.wage.official_page,
                                                                   source=check.wage.source))
        else:
            why.append(translate("reports", "The minimum wage of {jurisdiction} applies ({source}).").format(
                jurisdiction=check.wage.jurisdiction, source=check.wage.source))
        if check.wage.secondary:  # said here too: a reader of the first page takes the figure at its word
            why.append(translate("reports", "That figure was read at a secondary source and is not yet checked "
                                            "against the official one."))
    if item.overtime is not None:
        why.append(translate("reports", "Overtime under {rule}.").format(rule=item.overtime.rule.name))
    why.extend(_laws_why(item))
    why.append(translate("reports", "The rules applied and their sources are listed after the log; the appendix "
                                    "works out each figure week by week."))
    anchors = data.time.anchors
    evidence = [
        translate("reports", "{entries} entries ({hours} hours) recorded by the worker at the time ({late} recorded "
                             "more than 24 hours after the work, {edited} edited later, each edit listed); payments "
                             "received: {payments}; evidence files, each with its SHA-256: {files}.").format(
            entries=len(data.entries), hours=hours(sum(e.worked_seconds for e in data.entries)),
            late=sum(1 for e in data.entries if e.recorded_late), edited=sum(1 for e in data.entries if e.edited),
            payments=len(data.payments), files=len(data.evidence)),
        translate("reports", "This file is signed with the records' key (see Integrity); the records were "
                             "anchored, latest on {day}.").format(day=days_in(anchors[-1].day)) if anchors else
        translate("reports", "This file is signed with the records' key (see Integrity)."),
    ]
    spaced = ParagraphStyle("summary", parent=sheet["body"], spaceAfter=3)
    return [TextParagraph(f"<b>{text(label)}.</b> {text(' '.join(lines))}", spaced)
            for label, lines in ((translate("reports", "What is owed"), owed), (translate("reports", "Why"), why),
                                 (translate("reports", "On what evidence"), evidence))]


def _laws_why(item: ClientPay) -> list[str]:
    """The freelancer laws behind the late payments and the contract notices, each named once: where one law gives
    both (NYC's Freelance Isn't Free Act sets the deadline and asks for a written contract), one sentence says both,
    for "Payment deadlines under X. X entitles the worker to ..." reads as a stutter."""
    laws = sorted({late.law.name for late in item.late_payments if late.law})
    notices = {notice.law.name: notice for notice in item.contract_notices}
    lines = []
    if alone := [law for law in laws if law not in notices]:
        lines.append(translate("reports", "Payment deadlines under {laws}.").format(laws=", ".join(alone)))
    for name, notice in notices.items():
        lines.append((translate("reports", "Payment deadlines under {law}, which also entitles the worker to "
                                           "{requires}.") if name in laws else
                      translate("reports", "{law} entitles the worker to {requires}.")).format(
            law=name, requires=requirement(notice.law.requires)))
    return lines


def _unconfirmed(wage: MinimumWage) -> str:
    """What the packet says beside a figure not checked against its official source: one read only at a secondary
    source (a newspaper, a firm's note, a public repository quoting the instrument). The rule files ship no value read
    nowhere (services/rules.py refuses one), so there is no third case."""
    if wage.secondary:
        return translate("reports", " (read at a secondary source, not yet checked against the official one)")
    return ""


def _rules(data: ReportData, width: float) -> list[Flowable]:
    (item,) = data.pay
    rows = []
    if item.minimum_wage:
        wage = item.minimum_wage.wage
        rows.append([translate("reports", "Minimum wage"),
                     translate("reports", "{jurisdiction} {amount}/h{as_stated} from {day}").format(
                         jurisdiction=wage.jurisdiction, amount=amount_in(wage.amount, wage.currency),
                         as_stated=wage.as_the_law_states(), day=day(wage.effective_from))
                     + _unconfirmed(wage),
                     cited(wage)])
        if item.minimum_wage.rate is not None:  # converted at a rate from the worker's own records, never the network
            rate = item.minimum_wage.rate.rate
            rows.append([translate("reports", "Exchange rate"), rate.describe(),
                         translate("reports", "{source} (the worker's own records)").format(source=rate.source)])
    if (needed := item.rate_needed) is not None:
        rows.append([translate("reports", "Exchange rate"), translate(
            "reports", "none recorded: {weeks} workweek(s) to {day} not compared with the minimum wage in "
            "{currency}").format(weeks=needed.weeks, day=day(needed.last_week_end), currency=needed.target),
            translate("reports", "the worker's own records")])
    if item.pay_floor:
        floor, check = item.pay_floor.floor, item.pay_floor
        rows.append([translate("reports", "App-based pay floor"), translate(
            "reports", "{name} ({citation}): {amount} per {unit}, from {day}; ").format(
            name=floor.name, citation=floor.citation, amount=amount_in(floor.amount, floor.currency),
            unit=translate("reports", floor.unit),
            day=day(floor.effective_from))
            + (translate("reports", "the agreed pay is below it by {shortfall}").format(
                shortfall=money(check.shortfall)) if check.below else translate("reports", "met")), cited(floor)])
    if item.overtime:
        rows.append([translate("reports", "Overtime"), item.overtime.rule.name, cited(item.overtime.rule)])
    for law in {late.law.name: late.law for late in item.late_payments if late.law}.values():
        rows.append([translate("reports", "Payment deadline"), translate(
            "reports", "{law} ({citation}): {days} days").format(law=law.name, citation=law.citation,
                                                                days=law.deadline_days), cited(law)])
    for notice in item.contract_notices:
        owed = notice.law
        threshold = amount_in(owed.contract_threshold, owed.currency)
        reached = (translate("reports", "{law}: {threshold} in a calendar year") if owed.window == "calendar_year"
                   else translate("reports", "{law}: {threshold} in {days} days"))
        rows.append([_owed_label(requirement(owed.requires)),
                     reached.format(law=owed.name, threshold=threshold, days=owed.threshold_days), cited(owed)])
    if not rows:
        return [para(translate("reports", "No minimum wage, overtime or payment law applied to these records."),
                     styles()["note"])]
    return [table((translate("reports", "Rule"), translate("reports", "Value"), translate("reports", "Source")), rows,
                  (width * 0.17, width * 0.43, width * 0.4)),
            para(translate("reports", "Not legal advice: each value is shown with the source it was taken from."),
                 styles()["note"])]


def _owed_label(requires: str) -> str:
    """"a pre-contract disclosure" -> "Pre-contract disclosure": what the law owes the worker, as a row label (Seattle
    requires a disclosure, not a written contract)."""
    words = requires.split(" ", 1)
    label = words[1] if len(words) == 2 and words[0] in ("a", "an") else requires
    return label[:1].upper() + label[1:]


def _explanation(data: ReportData) -> list[Flowable]:
    """Each figure's rule, source, inputs and arithmetic, workweek by workweek (domain/explain.py), so a clinic can
    check the claim summary by hand: the same steps as `summary --explain` and the desktop app, in the report's
    language (explain_text.py); citations and rule names stay as the rule files hold them."""
    sheet = styles()
    topics = {"hours": translate("reports", "Hours"), "earned": translate("reports", "Earned"),
              "overtime": translate("reports", "Overtime"), "minimum wage": translate("reports", "Minimum wage"),
              "pay floor": translate("reports", "App-based pay floor"), "paid": translate("reports", "Paid and owed")}
    flow: list[Flowable] = []
    for step in explain(data.pay[0]):
        flow.append(para(f"{topics.get(step.topic, step.topic.capitalize())}: {step_text(step)}", sheet["body"]))
        details = [translate("reports", "Source: {source}").format(source=source_text(step))] if step.source else []
        if step.figures:
            details.append("; ".join(f"{name} {value}" for name, value in numbers(step)))
        if details:
            flow.append(para(" · ".join(details), sheet["note"]))
    return flow


def _edits(data: ReportData, width: float) -> list[Flowable]:
    if not data.edits:
        return [para(translate("reports", "No entry in this packet was edited after it was recorded."),
                     styles()["note"])]
    rows = [[f"#{edit.entry_id}", f"#{edit.seq}", edit.at.replace("T", " ").rstrip("Z"), edit.action,
             "; ".join(f"{name}: {before} → {after}" for name, before, after in edit.changes)]
            for edit in data.edits]
    return [table((translate("reports", "Entry"), translate("reports", "Change"), translate("reports", "When (UTC)"),
                   translate("reports", "What"), translate("reports", "Fields changed")), rows,
                  [w * width for w in (0.08, 0.08, 0.18, 0.09, 0.57)])]
