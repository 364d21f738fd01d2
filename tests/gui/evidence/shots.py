"""Stage the Evidence view for the docs screenshots: a screenshot of task counts, a pay statement (PDF) and an
email, linked to a client and a payment, with the screenshot selected and previewed.

Call ``stage(main, vault_folder)`` AFTER unlocking (it goes through ``main.session``); with the SyncRunner the view
is ready when it returns.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from contractor_app.gui.main_window import MainWindow
from contractor_app.services.evidence import add_evidence, link_evidence
from contractor_app.services.payments import NewPayment, PaymentDetails, record_payment


def task_counts_png() -> bytes:
    """A picture like a platform's dashboard: the kind of screenshot a worker keeps."""
    image = QImage(900, 560, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f6fa"))
    painter = QPainter(image)
    painter.fillRect(QRect(0, 0, 900, 70), QColor("#2d5b8a"))
    painter.setPen(QColor("white"))
    painter.setFont(QFont("DejaVu Sans", 22, QFont.Weight.Bold))
    painter.drawText(QRect(24, 0, 860, 70), Qt.AlignmentFlag.AlignVCenter, "Acme Labeling · My work")
    painter.setPen(QColor("#222222"))
    painter.setFont(QFont("DejaVu Sans", 16))
    rows = [("Mon", "batch 48", "212 tasks"), ("Tue", "batch 49", "198 tasks"), ("Wed", "batch 50", "240 tasks"),
            ("Thu", "batch 51", "187 tasks"), ("Fri", "batch 52", "225 tasks")]
    for number, (day, batch, count) in enumerate(rows):
        y = 110 + number * 80
        painter.fillRect(QRect(24, y - 10, 852, 64), QColor("white"))
        painter.drawText(QRect(48, y, 200, 44), Qt.AlignmentFlag.AlignVCenter, day)
        painter.drawText(QRect(250, y, 300, 44), Qt.AlignmentFlag.AlignVCenter, batch)
        painter.drawText(QRect(600, y, 250, 44), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, count)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide6 6.11 takes only str
    return bytes(buffer.data().data())


def pay_statement_pdf() -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(72, 700, "Acme Labeling — Pay statement")
    pdf.setFont("Helvetica", 12)
    for number, line in enumerate(("Contractor: Dana Rivera", "Period: 1–15 November", "Hours approved: 31.5",
                                   "Rate: $20.00 per hour", "Paid: $540.00", "Adjustments: -$90.00 (quality)")):
        pdf.drawString(72, 660 - number * 22, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def stage(main: MainWindow, vault_folder: Path) -> None:
    session = main.session
    payments: list[PaymentDetails] = []
    session.call(record_payment, NewPayment(client="Acme Labeling", gross=Decimal("540.00"), reference="ACME-1115",
                                            received_on=datetime.now(UTC).date() - timedelta(days=3)),
                 on_result=payments.append)
    email = (b"From: payments@acme-labeling.example\nSubject: Your November payment\n\nHi Dana, your payment for "
             b"1-15 November was reduced after a quality review.\n")
    for content, name, links in (
            (pay_statement_pdf(), "Acme pay statement 1-15 Nov.pdf", [("client", "Acme Labeling")]),
            (email, "Email - November payment reduced.eml", [("client", "Acme Labeling")]),
            (task_counts_png(), "Task counts week 47.png", [("client", "Acme Labeling")])):
        session.call(add_evidence, content, name, links=links)
    view = main.evidence
    first = view.model.evidence_at(0)
    if payments and first is not None:
        session.call(link_evidence, first.id, [("payment", payments[0].id)])
    main.show_key("evidence")
    last = view.model.evidence_at(view.model.rowCount() - 1)
    if last is not None:
        view.select(last.id)
