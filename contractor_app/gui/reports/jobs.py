"""The slow parts of the Reports view, run on worker threads: making a report, previewing it, checking one.

Saving never leaves a partial file where the worker asked for the report: the PDF is made in memory, written
(0600) to a hidden temp file with a random name beside it, fsynced and renamed into place on the worker thread
(store.fileio.private_file), unless the worker cancelled meanwhile. A cancelled or failed save removes the temp
file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage

from ...errors import InvalidInput
from ...reports.build import check_report, report_bytes
from ...reports.integrity import ReportCheck, read_report_file
from ...services.report_data import ReportData, ReportRequest
from ...store.fileio import private_file
from ...store.vault import Vault
from ..previews import pdf_first_page

PREVIEW_SIDE = 1100


class Cancelled(Exception):
    """The worker pressed Cancel: the report stops at its next step and nothing is written."""


def preview_report(vault: Vault, request: ReportRequest) -> QImage | None:
    """Page 1 of the report, made in memory and rendered; nothing is written anywhere."""
    _, pdf = report_bytes(vault, request)
    return pdf_first_page(pdf, PREVIEW_SIDE)


def write_report(vault: Vault, request: ReportRequest, dest: Path, progress: Callable[[int, int], None],
                 cancel: threading.Event) -> ReportData:
    """Make the report, write it fsynced to a temp file beside ``dest``, and put it in place, all off the UI
    thread: whatever happens to the window meanwhile (a lock drops the result), no temp file is left behind. A
    cancel seen before the rename leaves nothing; one that comes later is too late, and the file is saved."""

    def step(number: int, total: int) -> None:
        if cancel.is_set():
            raise Cancelled()
        try:
            progress(number, total)
        except RuntimeError:  # the view that shows progress was deleted (the records were locked): stop here
            raise Cancelled() from None

    if not dest.parent.is_dir():
        raise InvalidInput(f"The folder {dest.parent} does not exist. Nothing was written.")
    data, pdf = report_bytes(vault, request, step)
    if cancel.is_set():
        raise Cancelled()
    try:
        with private_file(dest) as handle:
            handle.write(pdf)
            if cancel.is_set():  # raising here removes the temp file: nothing is saved
                raise Cancelled()
    except OSError as error:
        raise InvalidInput(f"Cannot write {dest}: {error.strerror or error}. Nothing was written.") from None
    return data


def check_file(vault: Vault, path: Path) -> ReportCheck:
    """Is this PDF an untouched report made from these records, and do the records still say the same?"""
    try:
        pdf = read_report_file(path)
    except OSError as error:
        raise InvalidInput(f"Cannot read {path.name}: {error.strerror or error}. Nothing was changed.") from None
    return check_report(vault, pdf)
