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
from .layout import para, styles

VIA = {"email": "by email", "post": "by post", "web-form": "through your web form", "in-app": "in your app"}
# Where a worker can complain when a request goes unanswered, per law.
COMPLAINT = {
    "gdpr": "the data protection supervisory authority (Article 77 GDPR), and seek a judicial remedy (Article 79)",
    "uk-gdpr": "the Information Commissioner's Office (Article 77 UK GDPR), and seek a judicial remedy (Article 79)",
    "ccpa": "the California Privacy Protection Agency and the California Attorney General",
}
REQUEST_NAME = {"gdpr": "subject access request", "uk-gdpr": "subject access request", "ccpa": "request to know"}


def pending(data: ReportData) -> AccessRequestRow:
    """The request this letter follows up: the latest one overdue or answered in part on the report's day."""
    waiting = [r for r in data.access_requests if r.status in (OVERDUE, INCOMPLETE)]
    if not waiting:
        client = data.client.name if data.client else "this client"
        raise InvalidInput(f"No access request to {client} needs a follow-up on {data.request.as_of}: none is past "
                           "its deadline without an answer, or answered in part. `dsar list` shows them.")
    return max(waiting, key=lambda r: (r.sent_on, r.id))


def story(data: ReportData, width: float) -> list[Flowable]:
    sheet = styles()
    client = data.client
    assert client is not None
    request = pending(data)
    name = REQUEST_NAME[request.law]
    sent = f"On {request.sent_on} I sent you a {name} {VIA[request.sent_via]}"
    if request.received_on:
        sent += f"; it reached you on {request.received_on}"
    sent += f". I made it under the {request.law_name} ({request.citation})."
    deadline = f"The law required your answer by {request.first_due_on}."
    if request.extended_on:
        deadline += (f" On {request.extended_on} you told me you needed longer, as the law allows once; that moved "
                     f"the deadline to {request.due_on}.")
    if request.status == OVERDUE:
        heading = f"Follow-up: {name} of {request.sent_on}, unanswered"
        problem = (f"That deadline, {request.due_on}, has passed, and I have not received your answer. You have "
                   "not told me of any reason for refusing my request.")
    else:
        heading = f"Follow-up: {name} of {request.sent_on}, answered in part"
        late = (f" It came after the deadline of {request.due_on}." if request.answered_on
                and request.answered_on > request.due_on else "")
        problem = (f"Your answer of {request.answered_on} is incomplete.{late} It did not include: "
                   f"{request.missing}.")
    flow: list[Flowable] = [
        *letterhead(data, client),
        para(heading, sheet["h2"]),
        para(sent + (f" My account or worker ID is {client.worker_ref}." if client.worker_ref else ""),
             sheet["body"]),
        Spacer(1, 2 * mm),
        para(f"{deadline} {problem}", sheet["body"]),
    ]
    if request.files:
        received = sorted({f.added_at.date() for f in request.files})
        flow += [Spacer(1, 2 * mm), para(
            f"So far I have received {len(request.files)} file{'' if len(request.files) == 1 else 's'} from you, "
            "kept in my records on " + ", ".join(str(day) for day in received) + ".", sheet["body"])]
    flow += [
        Spacer(1, 2 * mm),
        para("Please send me, without further delay and free of charge, everything my request covers"
             + (", and in particular what was missing" if request.status == INCOMPLETE else "") + ":",
             sheet["body"]),
        Spacer(1, 2 * mm),
        ListFlowable([ListItem(para(item, sheet["body"]), leftIndent=10)  # type: ignore[misc]  # the stubs: ListItem is no Flowable
                      for item in asked_for(request.law)],
                     bulletType="bullet", start="•", leftIndent=12),
        Spacer(1, 3 * mm),
        para("If you will not provide any part of it, tell me which part, why, and on what legal ground. If I do not "
             f"receive a complete answer, I may complain to {COMPLAINT[request.law]}.", sheet["body"]),
        Spacer(1, 8 * mm),
        para("Yours faithfully,", sheet["body"]),
        Spacer(1, 12 * mm),
        para(data.worker.name or "", sheet["body"]),
        Spacer(1, 8 * mm),
        para("Prepared with Contractor Ledger from the worker's own records of the request. This letter is a "
             "template, not legal advice.", sheet["note"]),
    ]
    return flow
