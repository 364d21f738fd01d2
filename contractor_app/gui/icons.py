"""The app icon (resources/icons/app.svg), and a running-timer variant for the tray."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def _render(size: int, running: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(str(ICONS / "app.svg")).render(painter, QRectF(0, 0, size, size))
    if running:  # a dot in the corner: the tray's tooltip and menu say "running" in words
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#2e9e5b"))
        painter.setPen(QColor("#ffffff"))
        painter.drawEllipse(QRectF(size * 0.58, size * 0.02, size * 0.4, size * 0.4))
    painter.end()
    return pixmap


@cache
def app_icon(running: bool = False) -> QIcon:
    icon = QIcon()
    for size in (16, 22, 32, 48, 64, 128):
        icon.addPixmap(_render(size, running))
    return icon


def app_pixmap(size: int) -> QPixmap:
    return _render(size, False)
