"""The recovery key on paper: a one-page PDF (reportlab) and a printout (QPrinter), both plain and large."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPainter
from PySide6.QtWidgets import QWidget

from ..services.exports import write_private


def tr(text: str) -> str:
    return QCoreApplication.translate("recovery_sheet", text)


def groups(recovery_key: str) -> list[str]:
    return [part for part in recovery_key.replace(" ", "-").split("-") if part]


def lines(recovery_key: str, folder: Path) -> tuple[str, list[str], list[str]]:
    """(title, the key in two lines of four groups, the explanation)."""
    parts = groups(recovery_key)
    key_lines = ["  ".join(parts[:4]), "  ".join(parts[4:])]
    text = [
        tr("This is the recovery key of your Contractor Ledger records."),
        tr("If you forget your password, it lets you open your records and choose a new password."),
        tr("If you lose both your password and this key, nobody can open your records."),
        tr("Keep this page somewhere safe, away from the computer. Anyone with it can open your records."),
        "",
        tr("Records folder: %1").replace("%1", str(folder)),
        tr("Made on: %1").replace("%1", datetime.now().strftime("%Y-%m-%d")),
    ]
    return tr("Contractor Ledger: recovery key"), key_lines, text


def save_pdf(path: Path, recovery_key: str, folder: Path) -> None:
    """The sheet, made in memory and written readable by the worker only (0600), whole or not at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    title, key_lines, text = lines(recovery_key, folder)
    width, height = A4
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    pdf.setTitle(title)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(56, height - 80, title)
    pdf.setFont("Courier-Bold", 24)
    for i, line in enumerate(key_lines):
        pdf.drawString(56, height - 150 - i * 36, line)
    pdf.setFont("Helvetica", 12)
    for i, line in enumerate(text):
        pdf.drawString(56, height - 250 - i * 20, line)
    pdf.showPage()
    pdf.save()
    write_private(path, buffer.getvalue())


def print_sheet(parent: QWidget | None, recovery_key: str, folder: Path) -> bool:
    """Ask for a printer and print the sheet; False when the worker cancels. Not run in tests (needs a dialog)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    title, key_lines, text = lines(recovery_key, folder)
    painter = QPainter(printer)
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        y = 0.0
        for content, family, size, bold in [(title, "Sans Serif", 18, True)] + [
            (line, "Monospace", 20, True) for line in key_lines
        ] + [(line, "Sans Serif", 11, False) for line in text]:
            font = QFont(family, size)
            font.setBold(bold)
            font.setStyleHint(QFont.StyleHint.TypeWriter if family == "Monospace" else QFont.StyleHint.SansSerif)
            painter.setFont(font)
            step = painter.fontMetrics().height() * 1.6
            painter.drawText(QRectF(0, y, area.width(), step), Qt.AlignmentFlag.AlignLeft, content)
            y += step
    finally:
        painter.end()
    return True
