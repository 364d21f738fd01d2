"""Evidence in one key: while the timer runs, grab the screen (or a region the worker drags), show it for a second
look, and keep it as evidence linked to the running work (services.capture).

The image goes from the grab to PNG bytes in memory (QBuffer) and from there into the encrypted vault: no file is
written on the way. Where the desktop forbids a silent grab (Wayland, or a grab that comes back empty) the worker is
told plainly to use the system's screenshot tool and drop the file into Evidence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from ..services.capture import capture_evidence
from .dialogs import show_error
from .session import Session
from .timer.control import TimerControl

PREVIEW_SIZE = 720  # the longest side of the second-look image, in pixels

ScreenGrab = Callable[[], QPixmap]


def grab_screen() -> QPixmap:
    """The whole primary screen; a null pixmap where the platform does not allow it."""
    screen = QGuiApplication.primaryScreen()
    return QPixmap() if screen is None else screen.grabWindow(0)


def grab_forbidden() -> bool:
    return QGuiApplication.platformName() == "wayland"


def png_bytes(pixmap: QPixmap) -> bytes:
    """The image as PNG, encoded in memory: it is never written to disk unencrypted."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise ValueError("the screen image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


class RegionPicker(QDialog):
    """The grabbed screen shown full-screen; the worker drags a rectangle. Escape cancels."""

    def __init__(self, screen: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("regionPicker")
        self.setAccessibleName(self.tr("Drag to choose the part of the screen to keep; Escape cancels"))
        self.screen_image = screen
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._origin: QPoint | None = None
        self.region = QRect()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._origin = event.position().toPoint()
        self.region = QRect()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._origin is not None:
            here = event.position().toPoint()  # the dragged span, corner to corner (QRect(a, b) is one pixel wider)
            self.region = QRect(min(here.x(), self._origin.x()), min(here.y(), self._origin.y()),
                                abs(here.x() - self._origin.x()), abs(here.y() - self._origin.y()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.mouseMoveEvent(event)
        self._origin = None
        if self.region.width() > 2 and self.region.height() > 2:
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self.screen_image)
        if not self.region.isNull():
            painter.setPen(Qt.GlobalColor.red)
            painter.drawRect(self.region)
        painter.end()

    def chosen(self) -> QPixmap:
        """The dragged part of the screen image, in the image's own pixels (the screen may be scaled)."""
        scale_x = self.screen_image.width() / max(1, self.width())
        scale_y = self.screen_image.height() / max(1, self.height())
        r = self.region
        return self.screen_image.copy(QRect(round(r.x() * scale_x), round(r.y() * scale_y),
                                            round(r.width() * scale_x), round(r.height() * scale_y)))


class ReviewDialog(QDialog):
    """A second look before keeping: Keep stores the image as evidence, Discard drops it."""

    def __init__(self, image: QPixmap, client: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureReview")
        self.setWindowTitle(self.tr("Keep this as evidence?"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This image will be kept, encrypted, as evidence of your work for %1.")
                       .replace("%1", client))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("The captured image"))
        if max(image.width(), image.height()) > PREVIEW_SIZE:  # shrunk to fit, never blown up
            image = image.scaled(PREVIEW_SIZE, PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(image)
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(self.tr("&Keep"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("&Discard"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class EvidenceCapture(QObject):
    """The capture flow behind the tray menu, the Timer menu and Ctrl+Shift+E. The grab, the region picker and the
    second look are replaceable, so tests run it with a fake screen."""

    kept = Signal(object)  # EvidenceView

    def __init__(self, session: Session, timer: TimerControl, parent: QWidget | None = None,
                 grab: ScreenGrab = grab_screen) -> None:
        super().__init__(parent)
        self.session, self.timer, self.grab = session, timer, grab
        self.window = parent
        self.pick_region: Callable[[QPixmap], QPixmap | None] = self._pick_region
        self.review: Callable[[QPixmap, str], bool] = self._review

    def capture(self, region: bool = False) -> None:
        state = self.timer.state
        if not self.timer.running or state is None:
            QMessageBox.information(self.window, self.tr("Capture evidence"),
                                    self.tr("Capture evidence works while the timer runs; start the timer first."))
            return
        image = QPixmap() if grab_forbidden() else self.grab()
        if image.isNull():
            QMessageBox.information(self.window, self.tr("Capture evidence"), self.tr(
                "Your desktop does not let apps take screenshots. Take one with the system's screenshot tool, then "
                "drop the file into Evidence."))
            return
        if region:
            picked = self.pick_region(image)
            if picked is None:
                return
            image = picked
        if not self.review(image, state.client):
            return
        self.session.call(capture_evidence, png_bytes(image), on_result=self.kept.emit,
                          on_error=lambda error: show_error(self.window, error))

    def _pick_region(self, image: QPixmap) -> QPixmap | None:
        picker = RegionPicker(image, self.window)
        picker.showFullScreen()
        return picker.chosen() if picker.exec() == QDialog.DialogCode.Accepted else None

    def _review(self, image: QPixmap, client: str) -> bool:
        return ReviewDialog(image, client, self.window).exec() == QDialog.DialogCode.Accepted

