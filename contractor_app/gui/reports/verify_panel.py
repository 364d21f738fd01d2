"""Checking a report someone sends back: is it the file that was made, and do the records still say the same?

The answer comes in plain words, one of four: valid; altered (or not a Contractor Ledger report at all); untouched
but made from someone else's records; untouched but the records changed since, naming what changed. The same
checks as `contractor-app verify-report`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...errors import LedgerError
from ...services.reports import ReportCheck, ReportInvalid, check_report_file, fingerprint
from ..dialogs import error_text
from ..palette_hook import show_problem
from ..session import Session
from ..widgets import small
from .kinds import kinds, tr

VALID, ALTERED, OTHER_RECORDS, CHANGED, UNREADABLE = "valid", "altered", "other-records", "changed", "unreadable"


@dataclass(frozen=True, slots=True)
class Verdict:
    state: str  # one of the constants above
    text: str


def section_names() -> dict[str, str]:
    return {"worker": tr("your details"), "client": tr("the client's details"), "figures": tr("the pay figures"),
            "entries": tr("the work entries"), "payments": tr("the payments"), "evidence": tr("the evidence list"),
            "edits": tr("the edit history"), "privacy": tr("the data records and incidents")}


def describe(check: ReportCheck) -> Verdict:
    body = check.body
    titles = {info.kind: info.title for info in kinds()}
    what = " · ".join(str(part) for part in (titles.get(body.get("kind", ""), body.get("kind")), body.get("client"),
                                             _period(body)) if part)
    if not check.same_key:
        key = fingerprint(bytes.fromhex(body["public_key"]))
        return Verdict(OTHER_RECORDS, tr("Not made from your records. The file is untouched, but it was made from "
                                         "someone else's records (key %1), so it cannot be checked against yours.")
                       .replace("%1", key))
    if check.changed_sections:
        names = section_names()
        changed = ", ".join(names.get(name, name) for name in check.changed_sections)
        return Verdict(CHANGED, tr("Untouched, but your records changed since it was made: %1 are different now. "
                                   "Make a new report to show your records as they are.")
                       .replace("%1", changed) + f"\n{what}")
    later = ""
    if check.changes_since:
        later = " " + tr("Later changes to your records (%1) did not touch it.").replace("%1", str(check.changes_since))
    return Verdict(VALID, tr("Valid: this is the report as it was made, not a byte changed, and it still matches "
                             "your records.") + later + f"\n{what}")


def verdict_for_error(error: BaseException) -> Verdict:
    if isinstance(error, ReportInvalid):
        return Verdict(ALTERED, tr("Altered: this file is not the report as it was made. Do not rely on it; ask for "
                                   "the original, or make a new report.") + "\n" + str(error))
    return Verdict(UNREADABLE, error_text(error) if isinstance(error, LedgerError) else
                   tr("This file could not be checked: %1").replace("%1", error_text(error)))


def _period(body: dict[str, object]) -> str:
    start, end = body.get("from"), body.get("to")
    if not start and not end:
        return tr("everything recorded")
    return f"{start or '…'} – {end or '…'}"


class VerifyPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.button = QPushButton(self.tr("Check a report…"))
        self.button.setAccessibleName(self.tr("Check a report someone sends back"))
        self.button.clicked.connect(self.pick)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.verdict: Verdict | None = None
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("<b>Check a report someone sends back</b>")), 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(small(self.tr("Tells whether a PDF is exactly the report made here, and whether your "
                                       "records still say the same.")))
        column.addWidget(self.result)

    def pick(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Check a report"), "", self.tr("PDF files (*.pdf)"))
        if name:
            self.check(Path(name))

    def check(self, path: Path) -> None:
        self.button.setEnabled(False)
        self._show(Verdict("", self.tr("Checking %1…").replace("%1", path.name)))
        self.session.fetch(check_report_file, path, on_result=lambda check: self._show(describe(check)),
                           on_error=lambda error: self._show(verdict_for_error(error)))

    def _show(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.button.setEnabled(True)
        problem = verdict.state in (ALTERED, OTHER_RECORDS, CHANGED, UNREADABLE)
        mark = {VALID: "\u2714 ", "": ""}.get(verdict.state, "\u26a0 ")
        show_problem(self.result, problem)
        self.result.setText(mark + verdict.text)
        self.result.show()

    def clear(self) -> None:
        self.verdict = None
        self.result.clear()
        self.result.hide()
