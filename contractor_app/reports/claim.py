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
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from ..domain.explain import explain
from .blocks import (
    entries_tables, evidence_table, figures_table, hours, integrity_block, money, payments_table, problem_text,
)
from .data import ReportData
from .layout import para, styles, table, text
from .time_block import time_block


def story(data: ReportData, width: float, fingerprint: str) -> list[Flowable]:
    sheet = styles()
    (item,) = data.pay
    client = data.client
    assert client is not None
    flow: list[Flowable] = [
        para("Claim packet: records of work and pay", sheet["title"]),
        para(f"Period {item.period.start} to {item.period.end}, reckoned on {data.request.as_of}", sheet["body"]),
        para("Summary", sheet["h2"]), *_summary(data),
        para("The figures", sheet["h2"]), *figures_table(item, width, data.costs_of(item)),
    ]
    for short in item.short_payments:
        flow.append(problem_text(f"Short payment for {short.covers.start} to {short.covers.end}: earned "
                                 f"{short.earned}, paid {short.paid}, short by {short.short}"))
    for notice in item.contract_notices:
        flow.append(problem_text(f"{notice.law.name}: work reached {notice.amount} by {notice.reached_on}, which "
                                 f"entitles the worker to {notice.law.requires}; none is on file."))
    flow += [
        para("The parties", sheet["h2"]),
        table(("", "Worker", "Client"), [
            ["Name", data.worker.name or "—", client.name],
            ["Legal name", "", client.legal_name or "—"],
            ["Address", data.worker.address or "—", client.address or "—"],
            ["Contact", data.worker.contact or "—", client.contact or "—"],
            ["Worker's id on the platform", "", client.worker_ref or "—"],  # as the Clients view says
            ["Classification", client.classification, ""],
            ["Where the work is done", data.worker.jurisdiction or "—", client.jurisdiction or "—"],
            ["Pay terms", "", f"paid within {client.payment_terms_days} days" if client.payment_terms_days
             is not None else "no payment terms recorded"],
            ["Written contract on file", "", "yes" if client.contract_on_file else "no"],
        ], (width * 0.3, width * 0.3, width * 0.4)),
        Spacer(1, 2 * mm),
        para("These records were kept by the worker at the time of the work, in an encrypted, tamper-evident "
             "ledger. Entries recorded more than 24 hours after the work, and entries edited later, are marked; "
             "the appendix lists every edit.", sheet["note"]),
        # The detail starts on page 2 when the summary fills more than half of page 1; otherwise it follows on.
        CondPageBreak(HALF_PAGE),
    ]
    if item.late_payments:
        flow += [para("Late payments", sheet["h2"]), table(
            ("Reference", "Amount", "Work done", "Due", "Paid", "Days late", "Law and remedy (estimate)"),
            [[late.reference, money(late.amount), str(late.completed_on), str(late.due_on),
              str(late.paid_on) if late.paid_on else "not paid", str(late.days_late),
              (f"{late.law.name}: {late.law.remedy}" if late.law else f"due under the {late.due_basis} terms")
              + (f"; up to {late.remedy_estimate} more" if late.remedy_estimate else "")]
             for late in item.late_payments],
            [w * width for w in (0.11, 0.11, 0.115, 0.115, 0.115, 0.065, 0.37)], numeric=(1, 5))]
    flow += [
        para("Daily log", sheet["h2"]),
        para(f"{len(data.entries)} entries, {hours(sum(e.worked_seconds for e in data.entries))} hours. Marks: "
             "L recorded more than 24 h after the work; E edited after it was recorded (see the appendix); "
             "O overlaps another entry.", sheet["note"]),
        Spacer(1, 2 * mm), *entries_tables(data.entries, width),
        para("Payments", sheet["h2"]), payments_table(data.payments, width),
        para("Evidence index", sheet["h2"]), evidence_table(data.evidence, width),
        para("Rules applied", sheet["h2"]), *_rules(data, width),
        para("Appendix: how the figures were worked out", sheet["h2"]), *_explanation(data),
        para("Appendix: edit history", sheet["h2"]), *_edits(data, width),
        KeepTogether([para("Integrity", sheet["h2"]),  # its parts read together: what is signed, and since when
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
    owed = [f"Balance owed {money(item.balance)}: earned {money(item.earned)} at the agreed rates, paid "
            f"{money(item.paid)}."]
    check = item.minimum_wage
    if check is not None and check.below:
        owed.append(f"The agreed pay is below the minimum wage by {money(check.shortfall)}.")
    if item.overtime is not None and item.overtime.seconds:
        owed.append(f"Overtime premium {money(item.overtime_premium)}"
                    + (" (owed)." if item.overtime_owed else " (an estimate, owed if the worker is an employee)."))
    if item.pay_floor is not None and item.pay_floor.below:
        owed.append(f"The agreed pay is below the app-based pay floor by {money(item.pay_floor.shortfall)}.")
    if item.late_payments:
        remedies = [late.remedy_estimate for late in item.late_payments if late.remedy_estimate]
        owed.append(f"{len(item.late_payments)} payment(s) late"
                    + (f"; remedies for late payment up to {money(sum(remedies[1:], remedies[0]))} more."
                       if remedies else "."))
    if item.short_payments:
        owed.append(f"{len(item.short_payments)} payment(s) short of what the work earned.")
    why = [f"The client agreed to pay at the rates recorded for {item.client.name}."]
    if check is not None:
        why.append(f"The minimum wage of {check.wage.jurisdiction} applies ({check.wage.source}).")
    if item.overtime is not None:
        why.append(f"Overtime under {item.overtime.rule.name}.")
    laws = sorted({late.law.name for late in item.late_payments if late.law})
    if laws:
        why.append(f"Payment deadlines under {', '.join(laws)}.")
    for notice in item.contract_notices:
        why.append(f"{notice.law.name} entitles the worker to {notice.law.requires}.")
    why.append("The rules applied and their sources are listed after the log; the appendix works out each figure "
               "week by week.")
    late = sum(1 for e in data.entries if e.recorded_late)
    edited = sum(1 for e in data.entries if e.edited)
    anchors = data.time.anchors
    evidence = [f"{len(data.entries)} entries ({hours(sum(e.worked_seconds for e in data.entries))} hours) "
                f"recorded by the worker at the time ({late} recorded more than 24 hours after the work, {edited} "
                f"edited later, each edit listed); {len(data.payments)} payment(s) received; "
                f"{len(data.evidence)} evidence file(s), each with its SHA-256.",
                "This file is signed with the records' key (see Integrity)"
                + (f"; the records were anchored, latest on {anchors[-1].day}." if anchors else ".")]
    spaced = ParagraphStyle("summary", parent=sheet["body"], spaceAfter=3)
    return [Paragraph(f"<b>{text(label)}.</b> {text(' '.join(lines))}", spaced)
            for label, lines in (("What is owed", owed), ("Why", why), ("On what evidence", evidence))]


def _rules(data: ReportData, width: float) -> list[Flowable]:
    (item,) = data.pay
    rows = []
    if item.minimum_wage:
        wage = item.minimum_wage.wage
        rows.append(["Minimum wage", f"{wage.jurisdiction} {wage.currency} {wage.amount}/h{wage.as_the_law_states()} "
                     f"from {wage.effective_from}"
                     + ("" if wage.confirmed else " (not yet checked against the source)"), wage.source])
        if item.minimum_wage.rate is not None:  # converted at a rate from the worker's own records, never the network
            rate = item.minimum_wage.rate.rate
            rows.append(["Exchange rate", rate.describe(), f"{rate.source} (the worker's own records)"])
    if (needed := item.rate_needed) is not None:
        rows.append(["Exchange rate", f"none recorded: {needed.weeks} workweek(s) to {needed.last_week_end} not "
                     f"compared with the minimum wage in {needed.target}", "the worker's own records"])
    if item.pay_floor:
        floor, check = item.pay_floor.floor, item.pay_floor
        rows.append(["App-based pay floor", f"{floor.name} ({floor.citation}): {floor.currency} {floor.amount} per "
                     f"{floor.unit}, from {floor.effective_from}; "
                     + (f"the agreed pay is below it by {check.shortfall}" if check.below else "met"), floor.source])
    if item.overtime:
        rows.append(["Overtime", item.overtime.rule.name, item.overtime.rule.source])
    for law in {late.law.name: late.law for late in item.late_payments if late.law}.values():
        rows.append(["Payment deadline", f"{law.name} ({law.citation}): {law.deadline_days} days", law.source])
    for notice in item.contract_notices:
        owed = notice.law
        rows.append([_owed_label(owed.requires), f"{owed.name}: {owed.contract_threshold} {owed.currency} "
                     f"in {owed.window_text}", owed.source])
    if not rows:
        return [para("No minimum wage, overtime or payment law applied to these records.", styles()["note"])]
    return [table(("Rule", "Value", "Source"), rows, (width * 0.17, width * 0.43, width * 0.4)),
            para("Not legal advice: each value is shown with the source it was taken from.", styles()["note"])]


def _owed_label(requires: str) -> str:
    """"a pre-contract disclosure" -> "Pre-contract disclosure": what the law owes the worker, as a row label (Seattle
    requires a disclosure, not a written contract)."""
    words = requires.split(" ", 1)
    label = words[1] if len(words) == 2 and words[0] in ("a", "an") else requires
    return label[:1].upper() + label[1:]


def _explanation(data: ReportData) -> list[Flowable]:
    """Each figure's rule, source, inputs and arithmetic, workweek by workweek (domain/explain.py), so a clinic can
    check the claim summary by hand."""
    sheet = styles()
    flow: list[Flowable] = []
    for step in explain(data.pay[0]):
        flow.append(para(f"{step.topic.capitalize()}: {step.text}", sheet["body"]))
        details = [f"Source: {step.source}"] if step.source else []
        if step.numbers:
            details.append("; ".join(f"{name} {value}" for name, value in step.numbers))
        if details:
            flow.append(para(" · ".join(details), sheet["note"]))
    return flow


def _edits(data: ReportData, width: float) -> list[Flowable]:
    if not data.edits:
        return [para("No entry in this packet was edited after it was recorded.", styles()["note"])]
    rows = [[f"#{edit.entry_id}", f"#{edit.seq}", edit.at.replace("T", " ").rstrip("Z"), edit.action,
             "; ".join(f"{name}: {before} → {after}" for name, before, after in edit.changes)]
            for edit in data.edits]
    return [table(("Entry", "Change", "When (UTC)", "What", "Fields changed"), rows,
                  [w * width for w in (0.08, 0.08, 0.18, 0.09, 0.57)])]
