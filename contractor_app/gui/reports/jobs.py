"""The Reports view's preview, run on a worker thread: page 1 of a report made in memory, as an image.

Saving and checking a report are services.reports' (write_report, check_report_file), also run on worker threads.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

from ...services.reports import ReportRequest, report_bytes
from ...services.vault import Vault
from ..previews import pdf_first_page

PREVIEW_SIDE = 1100


def preview_report(vault: Vault, request: ReportRequest) -> QImage | None:
    """Page 1 of the report, made in memory and rendered; nothing is written anywhere."""
    _, pdf = report_bytes(vault, request)
    return pdf_first_page(pdf, PREVIEW_SIDE)
