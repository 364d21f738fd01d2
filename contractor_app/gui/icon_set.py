"""The interface's icons: one set (Lucide, ISC licence, resources/icons/lucide), drawn in the palette's colours.

Lucide's icons are monochrome strokes in ``currentColor``. Each is drawn when Qt asks for it, in the text colour of
the application's palette at that moment (the highlighted-text colour on a selected sidebar entry, the disabled
text colour on a disabled action), and at the pixel size the screen needs: a dark or high-contrast palette, a
palette changed while the app runs, and 200% scaling all get a crisp icon of the right colour without anyone
setting the icons again. Widgets repaint themselves when the palette changes, and a repaint asks again.

Qt's SVG module is imported when the first icon is drawn, not when icons are made: it must not load before the
unlock window shows (issue 18; tests/gui/test_icon_set.py checks it).
"""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap

from .icons import ICONS

FOLDER = ICONS / "lucide"

# What each icon stands for, by the name the code asks for: the sidebar's views (main_window.VIEW_KEYS), the
# actions' object names, and a few buttons. One meaning, one icon, everywhere it appears.
NAMES: dict[str, str] = {
    "dashboard": "layout-dashboard", "today": "sun", "entries": "list", "pay": "wallet", "clients": "users",
    "privacy": "shield-check", "evidence": "paperclip", "reports": "file-text", "backups": "archive",
    "settings": "settings",
    "startTimer": "play", "stopTimer": "square", "newEntry": "plus", "find": "search", "delete": "trash-2",
    "undo": "undo-2", "redo": "redo-2", "lock": "lock", "quit": "log-out", "addClient": "user-plus",
    "recordPayment": "banknote", "addInvoice": "receipt", "preferences": "settings", "help": "keyboard",
    "about": "info", "captureEvidence": "camera", "captureRegion": "scan", "saveReport": "file-down",
    "backUp": "archive", "open": "app-window",
}

SIZES = (16, 20, 24, 32, 48)  # what availableSizes() offers: any other size is drawn as well


@cache
def _source(file: str) -> bytes:
    return (FOLDER / f"{file}.svg").read_bytes()


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    if mode == QIcon.Mode.Selected:  # a selected entry of a list sits on the highlight colour
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    # Normal and Active: Active is a hovered menu entry but also a focused button, so it keeps the text colour
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)


@lru_cache(maxsize=512)
def _drawn(file: str, width: int, height: int, rgba: int) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer  # here, not at the top: see the module's docstring

    colour = QColor.fromRgba(rgba)
    svg = _source(file).replace(b"currentColor", colour.name(QColor.NameFormat.HexRgb).encode("ascii"))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    side = min(width, height)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(colour.alphaF())
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF((width - side) / 2, (height - side) / 2, side, side))
    painter.end()
    return QPixmap.fromImage(image)


class PaletteIconEngine(QIconEngine):
    """One Lucide icon, drawn in the current palette's colour for the mode asked, at the size asked."""

    def __init__(self, file: str) -> None:
        super().__init__()
        self.file = file
        self.missing = not (FOLDER / f"{file}.svg").is_file()  # asked often (menus ask on each paint): once

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        if size.isEmpty():
            return QPixmap()
        return _drawn(self.file, size.width(), size.height(), _colour(mode).rgba())

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        # A copy: setting its ratio must not change the cached pixmap the next caller gets
        pixmap = QPixmap(self.pixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)), mode, state))
        pixmap.setDevicePixelRatio(ratio)
        painter.drawPixmap(QPoint(rect.x(), rect.y()), pixmap)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(size, size) for size in SIZES]

    def isNull(self) -> bool:
        return self.missing

    def key(self) -> str:
        return "contractor-ledger-palette"

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.file)


def icon(name: str) -> QIcon:
    """The icon for ``name`` (a key of NAMES). A name without an icon is a programming error: KeyError."""
    return QIcon(PaletteIconEngine(NAMES[name]))


def icon_or_none(name: str) -> QIcon:
    """The icon for ``name``, or an empty icon for an action that has none by convention."""
    return icon(name) if name in NAMES else QIcon()


def icon_size(font_height: int) -> QSize:
    """Icons as tall as a line of text, so they grow with large text (at least Lucide's 16-pixel grid)."""
    side = max(16, font_height)
    return QSize(side, side)
