"""Previews of files nobody vouches for: an image, or the first page of a PDF, as a bounded QImage.

Evidence comes from anywhere (a screenshot, a pay statement, an email attachment) and a report someone sends back
may have been tampered with, so every file is treated as hostile: the image's declared size is checked before it is
decoded (a 100 000 x 100 000 PNG is a few kilobytes), Qt's allocation limit backs that up, only plain raster
formats are decoded, and a PDF page is rendered at a scale that bounds the bitmap whatever the page claims its size
is. Anything that fails gives ``None``: the caller says "No preview for this file". Both functions run on worker
threads (QImage, unlike QPixmap, is safe there); PDFium is not thread-safe, so one lock serialises it.
``PreviewLabel`` shows the result on the UI thread, scaled to fit.
"""

from __future__ import annotations

import logging
import math
import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageReader, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

from .errorlog import describe

log = logging.getLogger(__name__)

PREVIEW_SIDE = 1400  # the longest side of a preview, in pixels
MAX_IMAGE_PIXELS = 80_000_000  # declared size above which an image is not decoded at all
ALLOCATION_LIMIT_MB = 320  # Qt refuses to allocate more than this for one decoded image
MAX_PDF_SCALE = 4.0  # a tiny page is not blown up past 4x (288 dpi)
IMAGE_FORMATS = frozenset({"png", "jpeg", "jpg", "gif", "bmp", "webp"})  # no SVG: it is a program, not a picture
_PDFIUM = threading.Lock()


def is_pdf(data: bytes | bytearray) -> bool:
    """PDF readers accept the header anywhere in the first kilobyte; so does this."""
    return b"%PDF-" in bytes(data[:1024])


def image_format(data: bytes | bytearray) -> str:
    """The raster format the bytes are in ("png", "jpeg", ...), judged by content, or "" if none we decode."""
    buffer = QBuffer()
    buffer.setData(QByteArray(bytes(data[:64 * 1024])))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    found = bytes(reader.format().data()).decode("ascii", "replace").lower()
    return found if found in IMAGE_FORMATS else ""


def preview(data: bytes | bytearray, side: int = PREVIEW_SIDE) -> QImage | None:
    """An image of the file (first page of a PDF), at most ``side`` pixels on its longest side, or None."""
    try:
        if is_pdf(data):
            return pdf_first_page(data, side)
        return image_preview(data, side)
    except Exception as error:  # noqa: BLE001 - a hostile file must never take the app down; it has no preview
        # Type and frames only: a decoder's message may quote the file.
        log.warning("no preview: the file could not be decoded:\n%s", describe(type(error), error, error.__traceback__))
        return None


def image_preview(data: bytes | bytearray, side: int = PREVIEW_SIDE) -> QImage | None:
    if not image_format(data):
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(bytes(data)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)  # photos taken sideways show upright (EXIF orientation)
    size = reader.size()
    if not size.isValid() or size.isEmpty() or size.width() * size.height() > MAX_IMAGE_PIXELS:
        return None
    if max(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if max(image.width(), image.height()) > side:  # formats that ignore the scaled size
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def pdf_first_page(data: bytes | bytearray, side: int = PREVIEW_SIDE) -> QImage | None:
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(bytes(data))
        except pdfium.PdfiumError:
            return None  # damaged, or locked with a password
        try:
            if len(document) < 1:
                return None
            page = document[0]
            try:
                width, height = page.get_size()
                if not (math.isfinite(width) and math.isfinite(height)) or width <= 0 or height <= 0:
                    return None
                scale = min(side / max(width, height), MAX_PDF_SCALE)
                bitmap = page.render(scale=scale, may_draw_forms=False, rev_byteorder=True, prefer_bgrx=True)
                try:
                    if bitmap.n_channels != 4:
                        return None
                    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                                   QImage.Format.Format_RGBX8888)
                    return image.copy()  # own the pixels: the bitmap's buffer is freed on close
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()


def outline_colour(weight: float = 0.5) -> str:
    """A border that reads on any palette: the application's text colour blended into its window colour (Mid and
    Dark vanish in many dark palettes). Half way meets WCAG's 3:1 for a control's edge in light, dark and
    high-contrast palettes (tests/gui/test_contrast.py); 0.35 gave 2.4:1 on Fusion's light grey. Widgets restyle on
    ``ApplicationPaletteChange``; their own style sheet
    changes their palette, so reading it there would loop."""
    palette = QGuiApplication.palette()
    back, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    mixed = QColor(*(round(a + (b - a) * weight) for a, b in ((back.red(), text.red()), (back.green(), text.green()),
                                                              (back.blue(), text.blue()))))
    return mixed.name()


class PreviewLabel(QLabel):
    """Shows an image scaled to fit (never enlarged), or a sentence when there is no picture to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumSize(QSize(200, 180))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setFrameShape(QFrame.Shape.StyledPanel)

    def show_image(self, image: QImage) -> None:
        self._image = image
        self._fit()

    def show_text(self, text: str) -> None:
        self._image = None
        self.clear()
        self.setText(text)

    @property
    def has_image(self) -> bool:
        return self._image is not None

    def _fit(self) -> None:
        if self._image is None:
            return
        room = self.contentsRect().size() - QSize(8, 8)
        image = self._image
        if image.width() > room.width() or image.height() > room.height():
            image = image.scaled(room.expandedTo(QSize(16, 16)), Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        self.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
