"""The report kinds, in one registry read by the builder, the command line and the desktop app.

A new report is one module with a ``story`` (its pages, as reportlab flowables) plus one line in ``REPORTS``. The
titles and "when to use it" lines are English here and translated by the desktop app at run time; they are marked
with ``QT_TRANSLATE_NOOP`` (an identity function: no Qt outside gui/) so that `make translations` finds them.

The registry names each story's module and imports it only when a report is made: `report --help` and the desktop
app's report cards read the titles without loading reportlab (issue 18).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from .data import ReportData

Story = Callable[["ReportData", float, str], list["Flowable"]]  # (data, text width, signing key fingerprint) -> pages


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name Qt's lupdate looks for)
    return text


LEGAL_NOTICE = QT_TRANSLATE_NOOP("reports", "Legal figures are an estimate — not legal advice.")


def _story_of(module: str, *, signed_by: bool = False) -> Story:
    """The ``story`` of reports/``module``.py, imported when a report is made. Only a story that prints the signing
    key's fingerprint (``signed_by``) takes it."""

    def story(data: ReportData, width: float, fingerprint: str) -> list[Flowable]:
        pages = importlib.import_module(f"{__package__}.{module}").story
        return pages(data, width, fingerprint) if signed_by else pages(data, width)

    return story


@dataclass(frozen=True, slots=True)
class ReportKind:
    name: str  # on the command line and in the signed data
    title: str  # on every page's header and in the desktop app
    when: str  # one line on when to use it
    needs_client: bool  # about one client (else all, or one)
    private: bool  # shows the data records and incidents
    legal_notice: str  # the footer line on every page ("" for none)
    story: Story


REPORTS: dict[str, ReportKind] = {kind.name: kind for kind in (
    ReportKind("pay-summary", QT_TRANSLATE_NOOP("reports", "Pay summary"),
               QT_TRANSLATE_NOOP("reports", "To check your pay, or to show a client your hours, earnings and "
                                            "payments."),
               needs_client=False, private=False, legal_notice=LEGAL_NOTICE, story=_story_of("pay_summary")),
    ReportKind("claim", QT_TRANSLATE_NOOP("reports", "Claim packet"),
               QT_TRANSLATE_NOOP("reports", "For a wage claim or a lawyer: what you are owed, with the entries and "
                                            "evidence behind it."),
               needs_client=True, private=False, legal_notice=LEGAL_NOTICE, story=_story_of("claim", signed_by=True)),
    ReportKind("privacy", QT_TRANSLATE_NOOP("reports", "Privacy report"),
               QT_TRANSLATE_NOOP("reports", "The data your work involved and what platforms collected about you, "
                                            "with incidents."),
               needs_client=False, private=True, legal_notice="", story=_story_of("privacy")),
    ReportKind("access-request", QT_TRANSLATE_NOOP("reports", "Data access request"),
               QT_TRANSLATE_NOOP("reports", "A letter asking a client for a copy of the personal data it holds "
                                            "about you."),
               needs_client=True, private=True, legal_notice=LEGAL_NOTICE, story=_story_of("access_request")),
    ReportKind("access-follow-up", QT_TRANSLATE_NOOP("reports", "Data access follow-up"),
               QT_TRANSLATE_NOOP("reports", "A letter for a data access request that went unanswered past its "
                                            "deadline, or whose answer left things out."),
               needs_client=True, private=True, legal_notice=LEGAL_NOTICE, story=_story_of("access_follow_up")),
)}
