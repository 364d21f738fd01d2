"""Making a report (gather the data, lay it out, sign it, write it atomically) and checking one later.

Saving from the desktop app (``write_report``) never leaves a partial file where the worker asked for the report:
the PDF is made in memory, written (0600) to a hidden temp file with a random name beside it, fsynced and renamed
into place (store.fileio.private_file) only if the worker did not cancel meanwhile. A cancelled or failed save
removes the temp file.

This module is the door into reports/ for the CLI and the desktop app: they make and check reports here and read
the report kinds (reports/kinds.py's registry), the paper sizes and the report languages from here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..domain.times import DateRange, parse_date
from ..errors import InvalidInput
from ..reports.build import render
from ..reports.data import ReportData, ReportRequest
from ..reports.integrity import MAX_REPORT_BYTES, SIGNING_PURPOSE, ReportCheck, ReportInvalid, public_bytes, read_signed
from ..reports.integrity import fingerprint as fingerprint  # re-exported, like the others marked so: the faces' names
from ..reports.integrity import read_report_file as read_report_file
from ..reports.kinds import REPORTS as REPORTS
from ..reports.kinds import ReportKind as ReportKind
from ..reports.language import LANGUAGES as LANGUAGES
from ..reports.language import check_language
from ..reports.language import language_for as language_for
from ..reports.layout import PAPERS
from ..store.fileio import private_file, write_private
from ..store.vault import Vault
from .report_data import gather

# The steps of making a report, as ``report_bytes`` announces them to its ``progress`` hook.
STEPS = ("gather", "render")
Progress = Callable[[int, int], None]  # (step number, number of steps); raising from it stops the report


class ReportCancelled(Exception):
    """The worker pressed Cancel: the report stops at its next step and nothing is written."""


def signing_key(vault: Vault) -> Ed25519PrivateKey:
    """The vault's report signing key, derived from its data key (one per vault)."""
    return Ed25519PrivateKey.from_private_bytes(vault.derived_key(SIGNING_PURPOSE))


def make_report(vault: Vault, request: ReportRequest, path: Path, *, language: str | None = None) -> ReportData:
    """Write the signed PDF to ``path`` (replacing it atomically); return the data it was made from. ``language``
    (a key of LANGUAGES) overrides the request's."""
    data, pdf = report_bytes(vault, request, language=language)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private(path, pdf)
    return data


def report_bytes(vault: Vault, request: ReportRequest, progress: Progress | None = None, *,
                 language: str | None = None) -> tuple[ReportData, bytes]:
    """The signed PDF in memory, for a preview or for a caller that writes it itself. ``progress`` is called
    before each step; an exception raised from it (the worker cancelled) stops the report there. ``language``
    (a key of LANGUAGES) overrides the request's."""
    if request.paper not in PAPERS:
        raise InvalidInput.said("Paper must be a4 or letter, not {paper!r}.", paper=request.paper)
    if language is not None:
        request = replace(request, language=language)
    check_language(request.language)
    step = progress or (lambda number, total: None)
    step(0, len(STEPS))
    data = gather(vault, request)
    step(1, len(STEPS))
    pdf = render(data, signing_key(vault))
    step(2, len(STEPS))
    return data, pdf


def check_report(vault: Vault, pdf: bytes) -> ReportCheck:
    """Is the file untouched, signed by this vault, and do the records still say what it shows?"""
    if len(pdf) > MAX_REPORT_BYTES:
        raise ReportInvalid("This file is too large to be a Contractor Ledger report.")
    body = read_signed(pdf)
    same_key = body["public_key"] == public_bytes(signing_key(vault).public_key()).hex()
    changed: tuple[str, ...] = ()
    since = 0
    if same_key:
        try:
            request = ReportRequest(kind=body["kind"], client=body["client"], period=_period(body),
                                    as_of=datetime.fromisoformat(body["as_of"]).date(), paper=body["paper"])
            now = gather(vault, request)
        except (KeyError, ValueError, TypeError):
            raise ReportInvalid("The report's signed data is incomplete.") from None
        changed = tuple(name for name, digest in now.sections().items() if body["sections"].get(name) != digest)
        since = now.audit_seq - int(body["audit_seq"])
    return ReportCheck(body=body, same_key=same_key, changed_sections=changed, changes_since=since)


def write_report(vault: Vault, request: ReportRequest, dest: Path, progress: Callable[[int, int], None],
                 cancel: threading.Event, *, language: str | None = None) -> ReportData:
    """Make the report, write it fsynced to a temp file beside ``dest``, and put it in place, all off the UI
    thread: whatever happens to the window meanwhile (a lock drops the result), no temp file is left behind. A
    cancel seen before the rename leaves nothing; one that comes later is too late, and the file is saved."""

    def step(number: int, total: int) -> None:
        if cancel.is_set():
            raise ReportCancelled()
        try:
            progress(number, total)
        except RuntimeError:  # the view that shows progress was deleted (the records were locked): stop here
            raise ReportCancelled() from None

    if not dest.parent.is_dir():
        raise InvalidInput.said("The folder {folder} does not exist. Nothing was written.", folder=dest.parent)
    data, pdf = report_bytes(vault, request, step, language=language)
    if cancel.is_set():
        raise ReportCancelled()
    try:
        with private_file(dest) as handle:
            handle.write(pdf)
            if cancel.is_set():  # raising here removes the temp file: nothing is saved
                raise ReportCancelled()
    except OSError as error:
        raise InvalidInput.said("Cannot write {path}: {reason}. Nothing was written.", path=dest,
                                reason=error.strerror or error) from None
    return data


def check_report_file(vault: Vault, path: Path) -> ReportCheck:
    """Is this PDF an untouched report made from these records, and do the records still say the same?"""
    try:
        pdf = read_report_file(path)
    except OSError as error:
        raise InvalidInput.said("Cannot read {name}: {reason}. Nothing was changed.", name=path.name,
                                reason=error.strerror or error) from None
    return check_report(vault, pdf)


def _period(body: dict[str, object]) -> DateRange:
    return DateRange(parse_date(str(body["from"])) if body["from"] else None,
                     parse_date(str(body["to"])) if body["to"] else None)
