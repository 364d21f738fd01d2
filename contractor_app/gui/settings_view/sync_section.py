"""Settings → "Your other computers": a sync folder kept in step by the worker's own tool (services/sync.py).

Before it is set up, the section offers to start syncing here (then shows the pairing code) or to join another
computer's folder with its code. Once set up, it shows the folder, the paired computers and the last round, and
syncs by itself: a few seconds after each change made here, and every minute for the other computers' changes.
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import BACKUPS, SETTINGS, TIMER
from ...services.sync import (
    SyncReport,
    SyncStatus,
    join_sync,
    pairing_code,
    remove_device,
    set_up_sync,
    sync_now,
    sync_status,
)
from ..dialogs import error_text
from ..error_messages import phrase
from ..session import Session
from ..widgets import InlineMessage, small

AFTER_CHANGE_MS = 3_000
EVERY_MS = 60_000
# Changes that are not records the other computers receive: they do not start a round.
NOT_SYNCED = frozenset({SETTINGS, TIMER, BACKUPS})


class SyncSection(QGroupBox):
    conflicts_found = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your other computers"), parent)
        self.setObjectName("syncSection")
        self.session = session
        self._syncing = False
        self.message = InlineMessage()
        self.setup_page, self.status_page = self._setup_page(), self._status_page()
        column = QVBoxLayout(self)
        column.addWidget(self.setup_page)
        column.addWidget(self.status_page)
        column.addWidget(self.message)
        self._soon = QTimer(self, singleShot=True, interval=AFTER_CHANGE_MS, timeout=self.sync)  # type: ignore[call-arg]  # the stubs omit signals given as keywords
        self._every = QTimer(self, interval=EVERY_MS, timeout=self.sync)  # type: ignore[call-arg]  # as above
        session.changed.connect(self._changed)
        self.show_status()

    # --- pages ------------------------------------------------------------------------------------------------

    def _setup_page(self) -> QWidget:
        page = QWidget()
        intro = small(self.tr(
            "Keep your records in step on two computers through a folder your own sync tool keeps in step "
            "(Syncthing, Nextcloud, Dropbox, a USB stick). The app writes encrypted files there and never sends "
            "anything itself."))
        intro.setWordWrap(True)
        self.name = QLineEdit(platform.node())
        self.name.setAccessibleName(self.tr("This computer's name"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.folder.setPlaceholderText(self.tr("The folder your sync tool keeps in step"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the sync folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Pairing code from your other computer"))
        self.code.setPlaceholderText(self.tr("To join: the code your other computer shows"))
        self.start_button = QPushButton(self.tr("Start syncing here"))
        self.start_button.clicked.connect(self.start)
        self.join_button = QPushButton(self.tr("Join with the code"))
        self.join_button.clicked.connect(self.join)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("This computer"), self.name)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Pairing code"), self.code)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addLayout(form)
        column.addLayout(buttons)
        return page

    def _status_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sync folder and paired computers"))
        self.shown_code = QLabel()
        self.shown_code.setWordWrap(True)
        self.shown_code.setAccessibleName(self.tr("Pairing code"))
        self.shown_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync)
        self.code_button = QPushButton(self.tr("Show the pairing code"))
        self.code_button.clicked.connect(self.show_code)
        self.devices = QComboBox()
        self.devices.setAccessibleName(self.tr("A paired computer"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Stop reading the chosen computer's changes"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.code_button)
        buttons.addStretch(1)
        removing = QHBoxLayout()
        removing.addWidget(self.devices, 1)
        removing.addWidget(self.remove_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addLayout(buttons)
        column.addWidget(self.shown_code)
        column.addLayout(removing)
        return page

    def _browse(self) -> None:
        chosen = self.choose_folder()
        if chosen:
            self.folder.setText(str(chosen))

    def choose_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the sync folder"), str(Path.home()))
        return Path(name) if name else None

    # --- actions ----------------------------------------------------------------------------------------------

    def start(self) -> None:
        self.session.call(set_up_sync, Path(self.folder.text().strip()), self.name.text(),
                          on_result=self._started, on_error=self._failed)

    def _started(self, code: str) -> None:
        self.show_status()
        self._show_code_text(code)

    def join(self) -> None:
        self.session.call(join_sync, Path(self.folder.text().strip()), self.code.text(), self.name.text(),
                          on_result=self._synced, on_error=self._failed)

    def sync(self) -> None:
        if self._syncing or not self.session.is_open or self.session.read(sync_status) is None:
            return
        self._syncing = True
        self.session.call(sync_now, on_result=self._synced, on_error=self._failed)

    def show_code(self) -> None:
        self._show_code_text(self.session.read(pairing_code))

    def remove(self) -> None:
        device = self.devices.currentData()
        if device:
            self.session.call(remove_device, device, on_result=lambda _: self.show_status(), on_error=self._failed)

    def _show_code_text(self, code: str) -> None:
        self.shown_code.setText(self.tr("Pairing code: %1\nOn your other computer, choose the same folder (as your "
                                        "sync tool keeps it there), type this code and press “Join with the code”. "
                                        "Keep it to yourself.").replace("%1", code))

    def _synced(self, report: SyncReport) -> None:
        self._syncing = False
        self.show_status()
        text = " ".join(self._said(report))
        if report.refused or report.conflicts:
            self.message.problem(text)
        else:
            self.message.hint(text)
        if report.conflicts:
            self.conflicts_found.emit(report.conflicts)

    def _said(self, report: SyncReport) -> list[str]:
        """What a round did, in the worker's language: the counts said here (the command line's own lines name its
        commands), what waits or was refused as the services' phrases."""
        lines = [self.tr("Took %n change(s) from your other devices.", "", report.applied),
                 self.tr("Wrote %n change file(s).", "", report.written)]
        lines += [self.tr("Paired with %1.").replace("%1", name) for name in report.paired]
        if report.conflicts:
            lines.append(self.tr("%n records changed on two computers: choose in Entries.", "", report.conflicts))
        lines += [self.tr("Waiting: %1").replace("%1", phrase(item)) for item in report.waiting]
        lines += [self.tr("Refused: %1").replace("%1", phrase(item)) for item in report.refused]
        return lines

    def _failed(self, error: BaseException) -> None:
        self._syncing = False
        self.message.problem(error_text(error))

    # --- state ------------------------------------------------------------------------------------------------

    def show_status(self) -> None:
        status = self.session.read(sync_status) if self.session.is_open else None
        self.setup_page.setVisible(status is None)
        self.status_page.setVisible(status is not None)
        if status is None:
            self._every.stop()
            return
        self._every.start()
        self.summary.setText(self._describe(status))
        self.devices.clear()
        for device in status.devices:
            if not device.removed:
                self.devices.addItem(device.name, device.device_id)
        for widget in (self.devices, self.remove_button):
            widget.setVisible(self.devices.count() > 0)

    def _describe(self, status: SyncStatus) -> str:
        others = [d.name + ("" if not d.removed else self.tr(" (removed)")) for d in status.devices]
        lines = [self.tr("Folder: %1").replace("%1", str(status.folder)),
                 self.tr("This computer: %1").replace("%1", status.device_name),
                 self.tr("Paired: %1").replace("%1", ", ".join(others) if others else self.tr("none yet"))]
        if status.conflicts:
            lines.append(self.tr("%n records changed on two computers: choose in Entries.", None, status.conflicts))
        return "\n".join(lines)

    def _changed(self, kinds: frozenset[str]) -> None:
        if not self._syncing and kinds - NOT_SYNCED and self.status_page.isVisibleTo(self):
            self._soon.start()
