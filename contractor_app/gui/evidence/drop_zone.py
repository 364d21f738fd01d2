"""Where files are dropped from the desktop or the file manager, with "Add files…" for those who prefer a dialog.

Only local files are accepted (a URL from a browser is not a file on this computer; the app never downloads). The
zone lights up while something droppable hovers over it, so the worker sees the drop will be taken.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..previews import outline_colour


def local_files(mime: QMimeData) -> list[Path]:
    """The local paths among dropped URLs (remote URLs are ignored)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class DropZone(QFrame):
    files_dropped = Signal(list)  # list[Path]
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceDropZone")
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Drop files here to keep them as evidence"))
        self.label = QLabel(self.tr("<b>Drop files here</b> to keep them as evidence: they are stored encrypted "
                                    "with your records."))
        self.label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setAccessibleName(self.tr("Add evidence files"))
        self.add_button.clicked.connect(self.add_requested)
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addLayout(row)
        self._hover(False)

    def _hover(self, on: bool) -> None:
        self._hovered = on
        colour = QGuiApplication.palette().color(QPalette.ColorRole.Highlight).name() if on else outline_colour()
        background = "palette(alternate-base)" if on else "transparent"
        self.setStyleSheet(f"QFrame#evidenceDropZone {{ border: 2px dashed {colour}; border-radius: 8px; "
                           f"background: {background}; }}")

    def restyle(self) -> None:
        """The border in the new palette's colours (called by palette_hook.py)."""
        self._hover(self._hovered)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
            self._hover(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]  # the drag-enter handler takes move events too
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hover(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._hover(False)
        paths = local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.files_dropped.emit(paths)
