"""The report kinds as the worker meets them: a title and one line on when to use each.

The kinds themselves (and which need a client) come from services.report_data, shared with the command line.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...services.report_data import KINDS, NEEDS_CLIENT


def tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


@dataclass(frozen=True, slots=True)
class KindInfo:
    kind: str
    title: str
    when: str
    needs_client: bool


def kinds() -> list[KindInfo]:
    texts = {
        "pay-summary": (tr("Pay summary"),
                        tr("To check your pay, or to show a client your hours, earnings and payments.")),
        "claim": (tr("Claim packet"),
                  tr("For a wage claim or a lawyer: what you are owed, with the entries and evidence behind it.")),
        "privacy": (tr("Privacy report"),
                    tr("The data your work involved and what platforms collected about you, with incidents.")),
        "access-request": (tr("Access-request letter"),
                           tr("A letter asking a client for a copy of the personal data it holds about you.")),
    }
    return [KindInfo(kind, *texts[kind], needs_client=kind in NEEDS_CLIENT) for kind in KINDS]
