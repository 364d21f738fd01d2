"""The Reports view: choose a kind of report, say what it covers, see page 1, save the signed PDF, and check a
report that comes back.

Left, the choices (reports.cards, reports.options) and the actions; right, page 1 of the report as it would be saved,
made in memory off the UI thread whenever a choice or the records change (only while the view is shown). Saving
runs off the UI thread with progress and cancel and never leaves a partial file (reports.jobs); checking a returned
report is reports.verify_panel.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...errors import InvalidInput
from ...services.bundle import BundleResult, make_bundle
from ...services.clients.directory import ClientInfo, list_clients
from ...services.report_settings import report_paper
from ...services.reports import ReportCancelled, ReportData, ReportRequest, language_for, write_report
from ..dialogs import error_text
from ..focus import FocusKeeper
from ..icon_set import icon
from ..previews import PreviewLabel
from ..progress import ProgressPanel
from ..session import (
    ADJUSTMENTS,
    CLIENTS,
    DATA,
    ENTRIES,
    EVIDENCE,
    INCIDENTS,
    INVOICES,
    PAYMENTS,
    PROFILE,
    SETTINGS,
    Session,
)
from ..view import View
from ..widgets import InlineMessage, heading, small
from .anchor_panel import AnchorPanel
from .cards import KindCards
from .jobs import preview_report
from .kinds import kinds
from .options import ReportOptions
from .share_dialog import ShareDialog
from .verify_panel import VerifyPanel

PREVIEW_DELAY_MS = 400  # a burst of choices makes one preview
RECORD_KINDS = frozenset({ENTRIES, CLIENTS, PROFILE, PAYMENTS, INVOICES, ADJUSTMENTS, EVIDENCE, DATA, INCIDENTS,
                          SETTINGS})


class ChoicesScroll(QScrollArea):
    """The report choices, scrolled up and down only: never narrower than their widest row, which was cut on the
    right at 1024x640 ("Guardar PDF…" beside "Preparar para un abogado o clínica…" cut the cards' texts in Spanish);
    the preview beside them gives up the room."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        choices = self.widget()
        needed = 300 if choices is None else max(300, choices.minimumSizeHint().width() + 2 * self.frameWidth()
                                                 + self.verticalScrollBar().sizeHint().width())
        return QSize(min(needed, self.maximumWidth()), hint.height())


class ReportsView(View):
    def __init__(self, session: Session, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self.setObjectName("reportsView")
        self._focus = FocusKeeper()  # back on the button after the work (a keyboard user was left nowhere)
        self.infos = {info.kind: info for info in kinds()}
        self.cards = KindCards(list(self.infos.values()))
        self.options = ReportOptions()
        self.options.set_today(self._today())
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the report as a PDF"))
        self.save_button.setIcon(icon("saveReport"))
        self.save_button.clicked.connect(self.save_pdf)
        self.bundle_button = QPushButton(self.tr("Prepare for a lawyer or clinic…"))
        self.bundle_button.setAccessibleName(self.tr("Prepare one file for a lawyer or clinic, with a checker"))
        self.bundle_button.setToolTip(self.tr("One zip with the claim packet, pay summary and privacy report, your "
                                              "entries and payments, your evidence, your anchors and time stamps, "
                                              "and a checker anyone can run without this app."))
        self.bundle_button.clicked.connect(self.prepare_bundle)
        self.share_button = QPushButton(self.tr("Share with a union or worker centre…"))
        self.share_button.setAccessibleName(self.tr("Share your pay figures anonymously with a union or worker "
                                                    "centre"))
        self.share_button.clicked.connect(self.share_pay)
        self.saving = ProgressPanel(ReportCancelled, self.tr("Making the report"), self.tr("Stop making the report"))
        self.saving.progressed.connect(self._step)
        self.message = InlineMessage()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.saving.cancel_button.clicked.connect(lambda: self.message.hint(self.tr("Stopping…")))
        self.verify = VerifyPanel(session)
        self.anchors = AnchorPanel(session)
        self.preview = PreviewLabel()
        self.preview.setAccessibleName(self.tr("Preview of page 1"))
        self.preview_note = small("")
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._clients: list[ClientInfo] = []
        self._build_layout()
        self._preview_number = 0
        self._stale = True
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS, timeout=self.refresh_preview)  # type: ignore[call-arg]  # the stubs omit signals given as keywords
        self.cards.chosen.connect(self._kind_changed)
        self.options.changed.connect(self._schedule)
        self.options.client.currentIndexChanged.connect(lambda _: self._default_paper())
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)
        self._load_clients()

    def _build_layout(self) -> None:
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(heading(self.tr("Reports")))
        column.addWidget(self.cards)
        column.addSpacing(6)
        column.addWidget(self.options)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.bundle_button)
        actions.addStretch(1)
        column.addLayout(actions)
        column.addWidget(self.saving)
        column.addWidget(self.message)
        column.addSpacing(16)
        column.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(16)
        column.addWidget(self.verify)
        column.addSpacing(16)
        column.addWidget(self.anchors)
        column.addStretch(1)
        scroll = ChoicesScroll()
        scroll.setAccessibleName(self.tr("Report choices"))
        scroll.setWidget(choices)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMaximumWidth(520)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_note)
        row = QHBoxLayout(self)
        row.addWidget(scroll, 5)
        row.addLayout(right, 6)

    # --- choices ----------------------------------------------------------------------------------------------

    def share_pay(self) -> None:
        dialog = ShareDialog(self.session, self._today(), self)
        if dialog.exec() and dialog.saved_to is not None:
            self.message.hint(self.tr("Saved the share to %1. Send it to your union or worker centre yourself: the "
                                      "app sends nothing.").replace("%1", str(dialog.saved_to)))
        self.share_button.setFocus()

    def _today(self) -> date:
        return datetime.now(UTC).astimezone(self.session.profile.zone).date()

    def _load_clients(self) -> None:
        if not self.session.is_open:
            return
        self._clients = self.session.read(list_clients)
        self.options.set_clients(self._clients, self.infos[self.cards.kind()].needs_client)
        self._default_paper()

    def _default_paper(self) -> None:
        if not self.session.is_open:
            return
        client = self.options.client_info()
        jurisdiction = (client.jurisdiction if client and client.jurisdiction else
                        self.session.profile.jurisdiction or None)
        self.options.set_default_paper(self.session.read(report_paper, jurisdiction))

    def _kind_changed(self, kind: str) -> None:
        self.options.set_clients(self._clients, self.infos[kind].needs_client)
        self._default_paper()
        self.message.clear()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {CLIENTS, PROFILE, SETTINGS}:
            self._load_clients()
        if kinds & RECORD_KINDS:
            self._schedule()
            if self.isVisible():
                self.anchors.refresh()

    def _schedule(self) -> None:
        """Make a new preview soon if the view is shown; otherwise when it is next shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.anchors.refresh()
        if self._stale:
            self._timer.start()

    def request(self) -> ReportRequest:
        """What the choices ask for; InvalidInput, in plain words, if they cannot make a report."""
        kind = self.cards.kind()
        client = self.options.client_name()
        if self.infos[kind].needs_client and not client:
            raise InvalidInput(self.tr("A %1 is about one client: add a client first (Clients view).")
                               .replace("%1", self.infos[kind].title.lower()))
        return ReportRequest(kind=kind, client=client, period=self.options.period_range(self._today()),
                             as_of=self._today(), paper=self.options.paper_name(),
                             language=language_for(QLocale().name()))  # the language chosen in Settings (gui/app.py)

    # --- preview ----------------------------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        if not self.session.is_open:
            return
        self._stale = False
        self._preview_number += 1
        number = self._preview_number
        try:
            request = self.request()
        except InvalidInput as error:
            self.preview.show_text(error_text(error))
            self.preview_note.setText("")
            return
        self.preview.show_text(self.tr("Making the preview…"))
        self.session.fetch(preview_report, request,
                           on_result=lambda image: self._previewed(number, image),
                           on_error=lambda error: self._preview_failed(number, error))

    def _previewed(self, number: int, image: QImage | None) -> None:
        if number != self._preview_number:
            return  # the choices changed meanwhile; a newer preview is on its way
        if image is None:
            self.preview.show_text(self.tr("No preview for this report."))
        else:
            self.preview.show_image(image)
        self.preview_note.setText(self.tr("Page 1, as it will be saved"))

    def _preview_failed(self, number: int, error: BaseException) -> None:
        if number == self._preview_number:
            self.preview.show_text(error_text(error))
            self.preview_note.setText("")

    # --- saving -----------------------------------------------------------------------------------------------

    def _suggested_name(self) -> str:
        kind = self.cards.kind()
        client = self.options.client_name()
        parts = [kind, client or "", self._today().isoformat()]
        return "-".join(part.replace("/", "-").replace(" ", "-") for part in parts if part) + ".pdf"

    def save_pdf(self) -> None:
        try:
            self.request()
        except InvalidInput as error:
            self.message.problem(error_text(error))
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), str(Path.home() /
                                              self._suggested_name()), self.tr("PDF files (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, dest: Path) -> None:
        """Make the report off the UI thread and put it at ``dest`` (".pdf" added if missing)."""
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_name(dest.name + ".pdf")
        try:
            request = self.request()
        except InvalidInput as error:
            self.message.problem(error_text(error))
            return
        self._focus.hold()
        job = self.saving.start("")
        self.save_button.setEnabled(False)
        self._focus.moved()
        self.message.hint(self.tr("Making the report…"))
        self.session.fetch(write_report, request, dest, job, job.flag,
                           on_result=lambda data: self._written(data, dest),
                           on_error=lambda error: self._save_failed(error, dest))

    # --- the bundle for a lawyer or clinic (services.bundle) -----------------------------------------------------

    def prepare_bundle(self) -> None:
        client = self.options.client_name()
        if not client:
            self.message.problem(self.tr("A bundle for a lawyer or clinic is about one client: choose the client "
                                         "above first."))
            return
        suggested = f"claim-bundle-{client.replace('/', '-').replace(' ', '-')}-{self._today().isoformat()}.zip"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the bundle for a lawyer or clinic"),
                                              str(Path.home() / suggested), self.tr("Zip files (*.zip)"))
        if name:
            self.bundle_to(Path(name))

    def bundle_to(self, dest: Path) -> None:
        """Make the bundle for the chosen client and period off the UI thread and put it at ``dest`` (".zip" added
        if missing)."""
        client = self.options.client_name()
        if not client:
            return
        if dest.suffix.lower() != ".zip":
            dest = dest.with_name(dest.name + ".zip")
        self.bundle_button.setEnabled(False)
        self.message.hint(self.tr("Preparing the bundle: three signed reports, your records and evidence…"))
        self.session.fetch(make_bundle, client, self.options.period_range(self._today()), dest,
                           on_result=self._bundled, on_error=self._bundle_failed)

    def _bundled(self, result: BundleResult) -> None:
        self.bundle_button.setEnabled(True)
        self.message.hint(self.tr("Saved %1: 3 signed reports, %2 entries, %3 payments, %4 evidence files, %5 time "
                                  "stamps. Whoever receives it unzips it and runs verify.py (README.txt inside says "
                                  "how). Your key's fingerprint, to tell them: %6.")
                          .replace("%1", str(result.path)).replace("%2", str(result.entries))
                          .replace("%3", str(result.payments)).replace("%4", str(result.evidence))
                          .replace("%5", str(result.timestamps)).replace("%6", result.fingerprint))

    def _bundle_failed(self, error: BaseException) -> None:
        self.bundle_button.setEnabled(True)
        self.message.problem(self.tr("The bundle was not saved: %1").replace("%1", error_text(error)))

    def cancel(self) -> None:
        if self.saving.busy:
            self.saving.cancel_button.click()

    def _step(self, number: int, total: int) -> None:
        words = (self.tr("Gathering your records…"), self.tr("Laying out the pages…"))
        if number < len(words):
            self.message.hint(words[number])

    def _written(self, data: ReportData, dest: Path) -> None:
        self._done()
        self.message.hint(self.tr("Saved %1 (%2 entries, %3 payments). It is signed: “Check a report…” can prove "
                                  "later that it was not changed.").replace("%1", str(dest))
                          .replace("%2", str(len(data.entries))).replace("%3", str(len(data.payments))))

    def _save_failed(self, error: BaseException, dest: Path) -> None:
        self._done()
        if isinstance(error, ReportCancelled):
            self.message.hint(self.tr("Cancelled: no file was saved."))
        else:
            self.message.problem(self.tr("The report was not saved: %1").replace("%1", error_text(error)))

    def _done(self) -> None:
        self.saving.finish()
        self.save_button.setEnabled(True)
        self._focus.give_back()

    @property
    def busy(self) -> bool:
        return self.saving.busy

    def clear(self) -> None:
        self.cancel()
        self._timer.stop()
        self._preview_number += 1
        self.preview.show_text("")
        self.preview_note.setText("")
        self.message.clear()
        self.verify.clear()
        self.anchors.clear()
        self._stale = True
