"""The slow parts of the Reports view, run on worker threads: making a report, previewing it, checking one.

Saving never leaves a partial file where the worker asked for the report: the PDF is made in memory, written to a
hidden ``.NAME.part`` beside it and fsynced on the worker thread; only the UI thread renames it into place, after
checking that the worker did not cancel meanwhile (``finish``). A cancelled or failed save removes the part file.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage

from ...errors import InvalidInput
from ...reports.build import check_report, report_bytes
from ...reports.integrity import ReportCheck, read_report_file
from ...services.report_data import ReportData, ReportRequest
from ...store.fileio import fsync_dir
from ...store.vault import Vault
from ..previews import pdf_first_page

PREVIEW_SIDE = 1100


class Cancelled(Exception):
    """The worker pressed Cancel: the report stops at its next step and nothing is written."""


def preview_report(vault: Vault, request: ReportRequest) -> QImage | None:
    """Page 1 of the report, made in memory and rendered; nothing is written anywhere."""
    _, pdf = report_bytes(vault, request)
    return pdf_first_page(pdf, PREVIEW_SIDE)


def part_path(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.part")


def write_report(vault: Vault, request: ReportRequest, dest: Path, progress: Callable[[int, int], None],
                 cancel: threading.Event) -> ReportData:
    """Make the report, write it fsynced to a part file beside ``dest``, and put it in place, all off the UI
    thread: whatever happens to the window meanwhile (a lock drops the result), no part file is left behind. A
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
    part = part_path(dest)
    try:
        with open(part, "wb") as handle:
            handle.write(pdf)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        discard(part)
        raise InvalidInput(f"Cannot write {dest}: {error.strerror or error}. Nothing was written.") from None
    if cancel.is_set():
        discard(part)
        raise Cancelled()
    _finish(part, dest)
    return data


def _finish(part: Path, dest: Path) -> None:
    try:
        os.replace(part, dest)
    except OSError as error:
        discard(part)
        raise InvalidInput(f"Cannot write {dest}: {error.strerror or error}. Nothing was written.") from None
    fsync_dir(dest.parent)


def discard(part: Path) -> None:
    with contextlib.suppress(OSError):
        part.unlink()


def check_file(vault: Vault, path: Path) -> ReportCheck:
    """Is this PDF an untouched report made from these records, and do the records still say the same?"""
    try:
        pdf = read_report_file(path)
    except OSError as error:
        raise InvalidInput(f"Cannot read {path.name}: {error.strerror or error}. Nothing was changed.") from None
    return check_report(vault, pdf)
