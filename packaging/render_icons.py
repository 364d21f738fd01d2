"""Render the app icon (resources/icons/app.svg) to the PNG sizes desktops ask for, and the Windows .ico.

Run from the repository root with the dev venv (it has Qt and Pillow), after changing app.svg:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

The PNGs are committed, so building a package needs neither this script nor an SVG renderer. Qt's own renderer
is used so the PNGs match what the running app draws from the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO = ROOT / "packaging" / "windows" / "contractor-ledger.ico"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # hicolor's usual sizes; 512 also feeds macOS's .icns
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows picks from for the taskbar, Start menu and Explorer


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "app.svg"))
    if not renderer.isValid():
        print("app.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        path = ICONS / f"app-{size}.png"
        if not render(renderer, size).save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
    # Each size from its own render, not downscaled from 256: the small ones stay sharp.
    images = [Image.open(ICONS / f"app-{size}.png") for size in ICO_SIZES]
    images[-1].save(ICO, sizes=[(size, size) for size in ICO_SIZES], append_images=images[:-1])
    print(f"wrote {len(PNG_SIZES)} PNGs to {ICONS.relative_to(ROOT)} and {ICO.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
