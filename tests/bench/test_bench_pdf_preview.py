"""The first page of a 200-page PDF rendered for a preview, by pypdfium2 (what the app uses) and by QtPdf (the
alternative in PySide6-Addons): docs/decisions/0004-pypdfium2-for-now.md. CPU time of this process, so that a busy
machine skews it less than the wall clock; printed, never asserted."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from io import BytesIO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from contractor_app.gui.previews import MAX_PDF_SCALE, PREVIEW_SIDE, pdf_first_page

from .conftest import Figures


def two_hundred_pages() -> bytes:
    out = BytesIO()
    page = canvas.Canvas(out, pagesize=letter)
    for number in range(200):
        page.setFont("Helvetica", 10)
        for line in range(60):
            page.drawString(40, 750 - line * 12, f"page {number + 1} line {line}: reviewed transcripts, task {line}")
        page.showPage()
    page.save()
    return out.getvalue()


def qtpdf_first_page(data: bytes, side: int = PREVIEW_SIDE) -> QImage | None:
    """What `pdf_first_page` would be with QtPdf: the same bound on the bitmap."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return None
        size = document.pagePointSize(0)
        if not (size.width() > 0 and size.height() > 0):
            return None
        scale = min(side / max(size.width(), size.height()), MAX_PDF_SCALE)
        image = document.render(0, QSize(round(size.width() * scale), round(size.height() * scale)))
        return None if image.isNull() else image
    finally:
        document.close()


def median_cpu_ms(render: Callable[[bytes], QImage | None], data: bytes, runs: int = 30) -> tuple[float, QImage]:
    times, image = [], None
    for _ in range(runs):
        began = time.process_time()
        image = render(data)
        times.append((time.process_time() - began) * 1000)
    assert image is not None
    return statistics.median(times), image


def test_first_page_of_200_pages_pypdfium2_vs_qtpdf(qapp, figures: Figures) -> None:  # type: ignore[no-untyped-def]
    data = two_hundred_pages()
    pdfium_ms, pdfium_image = median_cpu_ms(pdf_first_page, data)
    qtpdf_ms, qtpdf_image = median_cpu_ms(qtpdf_first_page, data)
    assert pdfium_image.size() == qtpdf_image.size()
    figures.add("PDF preview, first of 200 pages, pypdfium2", f"{pdfium_ms:.1f} ms CPU (median of 30)")
    figures.add("PDF preview, first of 200 pages, QtPdf", f"{qtpdf_ms:.1f} ms CPU (median of 30)",
                f"{qtpdf_ms / pdfium_ms:.2f}x pypdfium2")
