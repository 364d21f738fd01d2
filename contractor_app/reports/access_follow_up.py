"""The follow-up letter for a data-access request that went unanswered past its deadline, or whose answer left
things out: it names the request (sent when, how, under which law), the deadline that passed or what was missing,
asks again for everything the first letter asked for, and says where the worker can complain.

The request followed up is the latest one to the client that stands overdue or incomplete on the report's day
(``as_of``); the records (services/access_requests.py) reckon each request's standing on that day.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ListFlowable, ListItem, Spacer

from ..domain.access_deadlines import INCOMPLETE, OVERDUE
from ..errors import InvalidInput
from .access_request import asked_for, letterhead
from .data import AccessRequestRow, ReportData
from .language import day, translate
from .layout import para, styles


def via(how: str) -> str:
    return {"email": translate("reports", "by email"), "post": translate("reports", "by post"),
            "web-form": translate("reports", "through your web form"),
            "in-app": translate("reports", "in your app")}.get(how, how)


def complaint(law: str) -> str:
    """Where a worker can complain when a request goes unanswered, per law."""
    return {
        "gdpr": translate("reports", "the data protection supervisory authority (Article 77 GDPR), and seek a "
                                     "judicial remedy (Article 79)"),
        "uk-gdpr": translate("reports", "the Information Commissioner's Office (Article 77 UK GDPR), and seek a "
                                        "judicial remedy (Article 79)"),
        "ccpa": translate("reports", "the California Privacy Protection Agency and the California Attorney General"),
    }[law]


def request_name(law: str) -> str:
    return translate("reports", "request to know") if law == "ccpa" else translate("reports", "subject access request")


def pending(data: ReportData) -> AccessRequestRow:
    """The request this letter follows up: the latest one overdue or answered in part on the report's day."""
    waiting = [r for r in data.access_requests if r.status in (OVERDUE, INCOMPLETE)]
    if not waiting:
        client = data.client.name if data.client else "this client"
        raise InvalidInput.said("No access request to {client} needs a follow-up on {as_of}: none is past its "
                                "deadline without an answer, or answered in part. `dsar list` shows them.",
                                client=client, as_of=data.request.as_of)
    return max(waiting, key=lambda r: (r.sent_on, r.id))


def story(data: ReportData, width: float) -> list[Flowable]:
    sheet = styles()
    client = data.client
    assert client is not None
    request = pending(data)
    name = request_name(request.law)
    sent = (translate("reports", "On {sent} I sent you a {request} {via}; it reached you on {received}.")
            if request.received_on else translate("reports", "On {sent} I sent you a {request} {via}.")).format(
        sent=day(request.sent_on), request=name, via=via(request.sent_via), received=day(request.received_on))
    sent += " " + translate("reports", "I made it under the {law} ({citation}).").format(
        law=request.law_name, citation=request.citation)
    deadline = translate("reports", "The law required your answer by {due}.").format(due=day(request.first_due_on))
    if request.extended_on and request.due_on != request.first_due_on:  # an extension claimed too late moved nothing
        deadline += " " + translate("reports", "On {extended} you told me you needed longer, as the law allows once; "
                                               "that moved the deadline to {due}.").format(
            extended=day(request.extended_on), due=day(request.due_on))
    if request.status == OVERDUE:
        heading = translate("reports", "Follow-up: {request} of {sent}, unanswered").format(
            request=name, sent=day(request.sent_on))
        problem = translate("reports", "That deadline, {due}, has passed, and I have not received your answer. You "
                                       "have not told me of any reason for refusing my request.").format(
            due=day(request.due_on))
    else:
        heading = translate("reports", "Follow-up: {request} of {sent}, answered in part").format(
            request=name, sent=day(request.sent_on))
        problem = translate("reports", "Your answer of {answered} is incomplete.").format(
            answered=day(request.answered_on))
        if request.answered_on and request.answered_on > request.due_on:
            problem += " " + translate("reports", "It came after the deadline of {due}.").format(
                due=day(request.due_on))
        problem += " " + translate("reports", "It did not include: {missing}.").format(missing=request.missing)
    flow: list[Flowable] = [
        *letterhead(data, client),
        para(heading, sheet["h2"]),
        para(sent + (" " + translate("reports", "My account or worker ID is {worker_id}.").format(
            worker_id=client.worker_ref) if client.worker_ref else ""), sheet["body"]),
        Spacer(1, 2 * mm),
        para(f"{deadline} {problem}", sheet["body"]),
    ]
    if request.files:
        received = sorted({f.added_at.date() for f in request.files})
        so_far = (translate("reports", "So far I have received 1 file from you, kept in my records on {days}.")
                  if len(request.files) == 1 else
                  translate("reports", "So far I have received {count} files from you, kept in my records on {days}."))
        flow += [Spacer(1, 2 * mm), para(so_far.format(count=len(request.files),
                                                       days=", ".join(day(on) for on in received)), sheet["body"])]
    flow += [
        Spacer(1, 2 * mm),
        para(translate("reports", "Please send me, without further delay and free of charge, everything my request "
                                  "covers, and in particular what was missing:") if request.status == INCOMPLETE else
             translate("reports", "Please send me, without further delay and free of charge, everything my request "
                                  "covers:"), sheet["body"]),
        Spacer(1, 2 * mm),
        ListFlowable([ListItem(para(item, sheet["body"]), leftIndent=10)  # type: ignore[misc]  # the stubs: ListItem is no Flowable
                      for item in asked_for(request.law)],
                     bulletType="bullet", start="•", leftIndent=12),
        Spacer(1, 3 * mm),
        para(translate("reports", "If you will not provide any part of it, tell me which part, why, and on what legal "
                                  "ground. If I do not receive a complete answer, I may complain to "
                                  "{authority}.").format(authority=complaint(request.law)), sheet["body"]),
        Spacer(1, 8 * mm),
        para(translate("reports", "Yours faithfully,"), sheet["body"]),
        Spacer(1, 12 * mm),
        para(data.worker.name or "", sheet["body"]),
        Spacer(1, 8 * mm),
        para(translate("reports", "Prepared with Contractor Ledger from the worker's own records of the request. This "
                                  "letter is a template, not legal advice."), sheet["note"]),
    ]
    return flow
