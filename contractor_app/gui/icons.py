"""The app icon, and a running-timer variant for the tray.

Drawn from the committed PNGs that packaging/render_icons.py renders from resources/icons/app.svg,
not from the SVG itself: loading Qt's SVG module costs a fifth of the time to the unlock window (issue 18).
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap


def _resources() -> Path:
    """The folder of contractor_app.resources, found without importing importlib.resources (a twentieth of the time
    to the unlock window, issue 18): its package's own file is in it, in a checkout, a wheel and the frozen app
    (which copies the data files beside it). Were the files kept elsewhere, importlib.resources finds them."""
    spec = find_spec("contractor_app.resources")
    folder = Path(spec.origin).parent if spec is not None and spec.origin is not None else None
    if folder is None or not (folder / "icons").is_dir():
        from importlib.resources import files

        folder = Path(str(files("contractor_app.resources").joinpath("icons"))).parent  # one name: MultiplexedPath
    return folder


RESOURCES = _resources()
ICONS = RESOURCES / "icons"
SIZES = (16, 24, 32, 48, 64, 128)  # the app-<size>.png files of the window's and the tray's icon (256 and 512 too)


def _file(size: int) -> str:
    return str(ICONS / f"app-{size}.png")


def _running(size: int) -> QPixmap:
    """The icon with a dot in the corner: the tray's tooltip and menu say "running" in words."""
    from PySide6.QtCore import QRectF  # here: QPainter's enums take time to set up, not needed at start
    from PySide6.QtGui import QColor, QPainter

    pixmap = QPixmap(_file(size))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2e9e5b"))
    painter.setPen(QColor("#ffffff"))
    painter.drawEllipse(QRectF(size * 0.58, size * 0.02, size * 0.4, size * 0.4))
    painter.end()
    return pixmap


@cache
def app_icon(running: bool = False) -> QIcon:
    """The app's icon at each size of its files. A file is read when its size is first drawn (QIcon.addFile with a
    size): the unlock window's first paint reads one, its 72 pixels' 128, instead of all six (issue 18)."""
    icon = QIcon()
    for size in SIZES:
        if running:
            icon.addPixmap(_running(size))
        else:
            icon.addFile(_file(size), QSize(size, size))
    return icon


def app_pixmap(size: int) -> QPixmap:
    """The icon at ``size``: a size between its pixmaps is the next larger one scaled down smoothly, by QIcon itself
    (a scaling of our own took ``Qt``'s enums, which the unlock window paints without: by_name.py)."""
    return app_icon().pixmap(size)
