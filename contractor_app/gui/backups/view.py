"""The Backups view (UX.md "Backups"): the last backup (when, size, where, checked or not), Back up now, Check a
backup, Restore…, the backups in the folder, and the automatic-backup settings.

Backing up, checking and restoring run off the UI thread with a progress bar and Cancel (progress.py). A restore is
prepared here while the records stay open (unpacked and checked beside them), then handed to the app controller
as a PendingRestore (``restore_ready``): only the controller can lock the records, which the swap needs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import BackupDamaged, LedgerError, WrongPassword
from ...services.backups.create import BackupCancelled, BackupReport, Password, Secret, back_up_now, check_backup
from ...services.backups.listing import SUFFIX, BackupFile, backup_date, list_backups, manual_name, record_check
from ...services.backups.restore import KEPT_DAYS, Staged, discard_restore, prepare_restore, previous_name
from ...services.backups.schedule import (
    DEFAULT_FOLDER_NAME,
    BackupSettings,
    backup_folder,
    load_settings,
    save_settings,
)
from ...services.vault import Vault
from .. import formatting as fmt
from ..dialogs import error_text
from ..error_messages import phrase
from ..focus import FocusKeeper
from ..icon_set import icon
from ..progress import Job, ProgressPanel
from ..session import BACKUPS, Session
from ..view import View
from ..widgets import InlineMessage, heading, small
from .auto_settings import AutoBackupForm
from .model import PATH_ROLE, BackupListModel, moment_text, size_text
from .restoring import PendingRestore
from .secret_dialog import SecretDialog


def _state(vault: Vault) -> tuple[list[BackupFile], BackupSettings, Path, Path, str]:
    """Off the UI thread: the backups (a folder listing) and the settings, all the view shows."""
    settings = load_settings(vault)
    return (list_backups(vault), settings, backup_folder(vault, settings),
            vault.paths.folder / DEFAULT_FOLDER_NAME, vault.vault_id)


class BackupsView(View):
    restore_ready = Signal(object)  # a PendingRestore, for the controller to lock and finish

    def __init__(self, session: Session, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self.setObjectName("backupsView")
        self._focus = FocusKeeper()  # back on the button after the work (a keyboard user was left nowhere)
        self.zone = session.profile.zone
        self.folder = session.folder / DEFAULT_FOLDER_NAME
        self.vault_id = ""
        self.backups: list[BackupFile] = []
        self.model = BackupListModel(self.zone, self)
        self.progress = ProgressPanel(BackupCancelled, self.tr("Progress"),
                                      self.tr("Cancel the backup work in progress"))
        self.progress.setObjectName("backupProgress")
        self.message = InlineMessage()
        self.message.setObjectName("backupMessage")
        self.auto = AutoBackupForm()
        self.auto.save_requested.connect(self.save_settings)
        column = QVBoxLayout(self)
        column.addWidget(heading(self.tr("Backups")))
        column.addWidget(small(self.tr("A backup is an encrypted copy of all your records, evidence included. It "
                                       "opens with the password you had on the day it was made, or with your "
                                       "recovery key. Keep one on another disk too.")))
        column.addWidget(self._last_card())
        column.addLayout(self._buttons())
        column.addWidget(self.progress)
        column.addWidget(self.message)
        lower = QHBoxLayout()
        lower.addWidget(self._list(), 3)
        lower.addWidget(self.auto, 2)
        column.addLayout(lower, 1)
        session.changed.connect(self._changed)
        session.locked.connect(self._clear)
        self.refresh()

    # --- building ---------------------------------------------------------------------------------------------

    def _last_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("lastBackupCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        self.last_title = QLabel(self.tr("Last backup"))
        self.last_when = heading("", 1.2)
        self.last_when.setObjectName("lastBackupWhen")
        self.last_details = QLabel()
        self.last_details.setObjectName("lastBackupDetails")
        self.last_where = small("")
        self.last_where.setObjectName("lastBackupWhere")
        self.last_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_last_button = QPushButton(self.tr("Check it…"))
        self.check_last_button.setAccessibleName(self.tr("Check the last backup"))
        self.check_last_button.clicked.connect(self.check_last)
        text = QVBoxLayout()
        text.addWidget(self.last_title)
        text.addWidget(self.last_when)
        text.addWidget(self.last_details)
        text.addWidget(self.last_where)
        row = QHBoxLayout(card)
        row.addLayout(text, 1)
        row.addWidget(self.check_last_button, 0, Qt.AlignmentFlag.AlignTop)
        return card

    def _buttons(self) -> QHBoxLayout:
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.setObjectName("backUpNow")
        self.back_up_button.setIcon(icon("backUp"))
        self.back_up_button.clicked.connect(lambda: self.back_up_now())
        self.back_up_to_button = QPushButton(self.tr("Back up to…"))
        self.back_up_to_button.clicked.connect(self.back_up_to)
        self.check_button = QPushButton(self.tr("Check a backup…"))
        self.check_button.clicked.connect(self.check_chosen)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore your records from a backup"))
        self.restore_button.clicked.connect(self.restore_chosen)
        self.buttons = (self.back_up_button, self.back_up_to_button, self.check_button, self.restore_button,
                        self.check_last_button)
        row = QHBoxLayout()
        for button in self.buttons[:4]:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _list(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups in the folder"))
        self.table = QTableView()
        self.table.setObjectName("backupList")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups in the backup folder"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.check_file(Path(index.data(PATH_ROLE))))
        self.empty = QLabel(self.tr("No backups in this folder yet. Back up now: it takes a few seconds."))
        self.empty.setObjectName("backupsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(box)
        column.addWidget(self.table)
        column.addWidget(self.empty)
        column.addWidget(small(self.tr("Double-click a backup to check it.")))
        return box

    # --- showing ----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.session.is_open:
            self.session.fetch(_state, on_result=self._show, on_error=self.failed.emit)

    def _changed(self, kinds: frozenset[str]) -> None:
        if BACKUPS in kinds:
            self.refresh()

    def _show(self, state: tuple[list[BackupFile], BackupSettings, Path, Path, str]) -> None:
        self.backups, settings, self.folder, default, self.vault_id = state
        self.model.set_rows(self.backups)
        self.table.setVisible(bool(self.backups))
        self.empty.setVisible(not self.backups)
        self.auto.show_settings(settings, default)
        self._show_last(self.backups[0] if self.backups else None)

    def _show_last(self, last: BackupFile | None, now: datetime | None = None) -> None:
        self.check_last_button.setVisible(last is not None)
        if last is None:
            self.last_when.setText(self.tr("No backup yet"))
            self.last_details.setText(self.tr("Back up now to keep a copy of your records. A backup is also made "
                                              "automatically when you lock, once a day, if your records changed."))
            self.last_details.setWordWrap(True)
            self.last_where.setText(self.tr("Backups go to %1").replace("%1", str(self.folder)))
            return
        age = (now or datetime.now(UTC)) - last.created_at
        self.last_when.setText(f"{moment_text(last, self.zone)}  ·  {fmt.ago(age)}")
        how = self.tr("automatic") if last.automatic else self.tr("made by you")
        self.last_details.setText(f"{size_text(last.file_bytes)}  ·  {how}  ·  {self.model.check_text(last)}")
        self.last_where.setText(self.tr("Saved as %1").replace("%1", str(last.path)))
        self.last_where.setToolTip(str(last.path))

    def _clear(self) -> None:
        self.model.clear()
        self.backups = []
        for label in (self.last_when, self.last_details, self.last_where):
            label.clear()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self._focus.hold()
        for button in self.buttons:
            button.setEnabled(not busy)
        self.auto.setEnabled(not busy)
        if busy:
            self._focus.moved()
        else:
            self._focus.give_back()

    # --- asking (tests replace these) -------------------------------------------------------------------------

    def ask_open_file(self, title: str) -> Path | None:
        start = self._selected() or (self.backups[0].path if self.backups else self.folder)
        name, _ = QFileDialog.getOpenFileName(self, title, str(start),
                                              self.tr("Backups (*%1);;All files (*)").replace("%1", SUFFIX))
        return Path(name) if name else None

    def ask_save_file(self) -> Path | None:
        suggested = Path.home() / manual_name(self.vault_id or "00000000", datetime.now(UTC))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), str(suggested),
            self.tr("Backups (*%1)").replace("%1", SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite)  # a backup never overwrites: the service says so
        if not name:
            return None
        path = Path(name)
        return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)

    def _selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return Path(rows[0].data(PATH_ROLE)) if rows else None

    # --- backing up -------------------------------------------------------------------------------------------

    def back_up_now(self, dest: Path | None = None) -> None:
        """Back up into the backup folder (or to ``dest``) on the writes' lane, with progress and Cancel."""
        if self.progress.busy:
            return
        self._set_busy(True)
        self.message.clear()
        job = self.progress.start(self.tr("Backing up…"))
        self.session.call(back_up_now, dest, progress=job,
                          on_result=self._backed_up, on_error=self._failed)

    def back_up_to(self) -> None:
        dest = self.ask_save_file()
        if dest is not None:
            self.back_up_now(dest)

    def _backed_up(self, info: Any) -> None:
        self._done()
        self.message.hint("\u2713 " + self.tr("Backup saved: %1 (%2). It opens with your current password or your "
                                              "recovery key.").replace("%1", str(info.path))
                          .replace("%2", size_text(info.file_bytes)))

    # --- checking ---------------------------------------------------------------------------------------------

    def check_last(self) -> SecretDialog | None:
        return self.check_file(self.backups[0].path) if self.backups else None

    def check_chosen(self) -> SecretDialog | None:
        path = self.ask_open_file(self.tr("Check a backup"))
        return self.check_file(path) if path is not None else None

    def check_file(self, path: Path) -> SecretDialog | None:
        """Ask what opens the backup at ``path``, then check it; a damaged header is reported at once."""
        when = self._date_of(path, record=True)
        if when is None:
            return None
        dialog = SecretDialog(self.tr("Check the backup of %1? It is unpacked into a temporary folder and checked "
                                      "the way a restore would check it. Your records are not changed.")
                              .replace("%1", when), self.tr("Check"), restoring=False, parent=self)
        dialog.accepted.connect(lambda: self.run_check(path, dialog.secret()))
        dialog.open()
        return dialog

    def run_check(self, path: Path, secret: Secret) -> None:
        if self.progress.busy:
            return
        self._set_busy(True)
        self.message.clear()
        job = self.progress.start(self.tr("Checking the backup…"))
        self.session.runner.run(lambda: check_backup(path, secret, progress=job), serial=False,
                                on_result=lambda report: self._checked(path, report),
                                on_error=lambda error: self._check_failed(path, secret, error))

    def _checked(self, path: Path, report: BackupReport) -> None:
        if not self.session.is_open:
            return
        self._done()
        if report.ok:
            manifest = report.manifest
            self.message.hint("\u2713 " + self.tr("This backup is complete and restores: %1 records, %2 evidence "
                                                  "files, %3.").replace("%1", str(manifest.records))
                              .replace("%2", str(manifest.evidence_files)).replace("%3", size_text(report.file_bytes)))
        else:
            self.message.problem(self.tr("This backup is damaged: %1 (%n problem(s) in all). Nothing was changed; "
                                         "use another backup.", "", len(report.problems))
                                 .replace("%1", phrase(report.problems[0])))
        self._record(path, report.ok)

    def _check_failed(self, path: Path, secret: Secret, error: BaseException) -> None:
        if not self.session.is_open:
            return
        if isinstance(error, BackupDamaged):
            self._record(path, False)
        self._failed(error, secret)

    def _record(self, path: Path, ok: bool) -> None:
        self.session.call(record_check, path, ok, on_error=lambda error: None)

    def _date_of(self, path: Path, *, record: bool) -> str | None:
        """The backup's date for the worker to recognise it; None (and a message) when its header is damaged."""
        try:
            made = backup_date(path)
        except LedgerError as error:
            if record and isinstance(error, BackupDamaged):
                self._record(path, False)
            self._failed(error)
            return None
        return f"{fmt.date_text(made, self.zone)}, {fmt.time_text(made, self.zone)}"

    # --- restoring --------------------------------------------------------------------------------------------

    def restore_chosen(self) -> SecretDialog | None:
        path = self.ask_open_file(self.tr("Restore a backup"))
        return self.restore_file(path) if path is not None else None

    def restore_file(self, path: Path) -> SecretDialog | None:
        """The confirmation, which also asks what opens the backup; then the restore is prepared."""
        when = self._date_of(path, record=False)
        if when is None:
            return None
        now = datetime.now(UTC)
        aside = previous_name(self.session.folder, now)
        text = self.tr("Replace your records with the backup of %1?\n\nYour current records will be kept aside in "
                       "%2 for %3 days, so nothing is lost. Contractor Ledger locks while it restores; then unlock "
                       "with the password you had on the day of the backup, or with the new one if you use your "
                       "recovery key.").replace("%1", when).replace("%2", str(aside)).replace("%3", str(KEPT_DAYS))
        dialog = SecretDialog(text, self.tr("Restore"), restoring=True, parent=self)
        dialog.accepted.connect(lambda: self.run_restore(path, dialog.secret(), when, now, dialog.recovery()))
        dialog.open()
        return dialog

    def run_restore(self, path: Path, secret: Secret, when: str, now: datetime,
                    recovery: tuple[str, str] | None = None) -> None:
        if self.progress.busy:
            return
        self._set_busy(True)
        self.message.clear()
        job = self.progress.start(self.tr("Checking the backup before restoring…"))
        folder = self.session.folder
        self.session.runner.run(lambda: prepare_restore(path, secret, folder, progress=job), serial=False,
                                on_result=lambda staged: self._prepared(staged, when, now, recovery, job),
                                on_error=lambda error: self._failed(error, secret) if self.session.is_open else None)

    def _prepared(self, staged: Staged, when: str, now: datetime, recovery: tuple[str, str] | None,
                  job: Job) -> None:
        if not self.session.is_open or job.cancelled:
            discard_restore(staged)  # locked meanwhile, or cancelled during the last check: not seen through
            if self.session.is_open:
                self._failed(BackupCancelled())
            return
        self._done()
        self.restore_ready.emit(PendingRestore(staged, now, when, recovery))

    # --- settings ---------------------------------------------------------------------------------------------

    def save_settings(self, settings: BackupSettings) -> None:
        self.session.call(save_settings, settings,
                          on_result=lambda _: self.auto.message.hint(self.tr("Saved.")),
                          on_error=lambda error: self.auto.message.problem(error_text(error)))

    # --- outcomes ---------------------------------------------------------------------------------------------

    def _done(self) -> None:
        self.progress.finish()
        self._set_busy(False)

    def _failed(self, error: BaseException, secret: Secret | None = None) -> None:
        self._done()
        if isinstance(error, BackupCancelled):
            self.message.hint(self.tr("Cancelled. Nothing was written, and your records are unchanged."))
        elif isinstance(error, WrongPassword):
            self.message.problem(
                self.tr("Wrong password for this backup: it opens with the password you had on the day it was "
                        "made, or with your recovery key. Nothing was changed.") if isinstance(secret, Password)
                else self.tr("That recovery key does not open this backup. Nothing was changed."))
        elif isinstance(error, BackupDamaged):
            self.message.problem(self.tr("This backup is damaged (%1). Nothing was restored or changed; use another "
                                         "backup.").replace("%1", phrase(error.what)))
        else:
            self.message.problem(error_text(error))
