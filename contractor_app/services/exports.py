"""Exports: every record as JSON (the worker's portable copy, GDPR Art. 20), and entries or payments as CSV.

Files are written whole or not at all (temp file, fsync, rename), readable only by the worker, and never
inside the records folder, where a mistyped name could replace the vault itself.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import __version__
from ..domain.times import DateRange, iso_utc, zone
from ..errors import InvalidInput
from ..interchange import json_export
from ..interchange.csv_cells import write_rows
from ..store.fileio import write_private as write_private  # re-exported: the recovery sheet (gui) saves with it
from ..store.models import Client, Evidence, Payment
from ..store.vault import Vault
from .clients.lookup import find_client
from .entries.listing import list_entries
from .profile import load_profile
from .record_tables import evidence_file_name, record_tables

ENTRY_COLUMNS = ("id", "client", "engagement", "start_utc", "end_utc", "timezone", "local_start", "local_end",
                 "break_seconds", "worked_seconds", "hours", "category", "units", "note", "source",
                 "entered_at_utc", "flags")
PAYMENT_COLUMNS = ("id", "client", "received_on", "currency", "gross", "fees", "deductions", "net", "method",
                   "reference", "period_from", "period_to", "note", "entered_at_utc")
HOURS = Decimal("0.0001")  # decimal hours in the entries CSV; worked_seconds beside them is exact


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    counts: dict[str, int]  # table -> records written
    evidence_files: int = 0


def export_json(vault: Vault, path: Path, *, evidence_dir: Path | None = None,
                exported_at: datetime | None = None) -> ExportResult:
    """Every record of every table (evidence as metadata; its files into ``evidence_dir`` when given)."""
    _check_outside(vault, path)
    if evidence_dir is not None:
        _refuse_records_folder(vault, evidence_dir)
    tables = []
    with vault.reading() as session:
        for table in record_tables():
            query = select(*(field.column for field in table.fields)).order_by(*table.key)
            rows = []
            for row in session.execute(query).mappings():
                record = {field.name: json_export.encode(field.kind, row[field.name]) for field in table.fields}
                if table.name == Evidence.__tablename__:
                    record["file"] = evidence_file_name(row["id"], row["name"])
                rows.append(record)
            tables.append((table.name, rows))
        written = _write_evidence(session, evidence_dir) if evidence_dir is not None else 0
    moment = exported_at or datetime.now(UTC)
    _write(path, json_export.render(moment, f"contractor-ledger {__version__}", tables))
    return ExportResult(path, {name: len(rows) for name, rows in tables}, written)


def export_entries_csv(vault: Vault, path: Path) -> ExportResult:
    """Every entry with its flags, times in UTC and in its own zone, worked time exact to the second."""
    _check_outside(vault, path)
    content, count = entries_csv(vault)
    _write(path, content)
    return ExportResult(path, {"work_entries": count})


def entries_csv(vault: Vault, *, client: str | None = None, period: DateRange | None = None) -> tuple[bytes, int]:
    """The entries CSV's bytes and row count (one client's, within ``period``, when given: the evidence bundle)."""
    entries = list_entries(vault, period=period or DateRange(), tz=load_profile(vault).timezone, client=client)
    rows = []
    for entry in entries:
        local = zone(entry.tz)
        rows.append((
            entry.id, entry.client, entry.engagement, iso_utc(entry.start), iso_utc(entry.end), entry.tz,
            entry.start.astimezone(local).isoformat(), entry.end.astimezone(local).isoformat(),
            entry.break_seconds, entry.worked_seconds, (Decimal(entry.worked_seconds) / 3600).quantize(HOURS),
            entry.category,
            entry.units if entry.units is not None else "", entry.note or "", entry.source,
            iso_utc(entry.entered_at), " ".join(entry.flags),
        ))
    return _csv_bytes(ENTRY_COLUMNS, rows), len(rows)


def export_payments_csv(vault: Vault, path: Path) -> ExportResult:
    _check_outside(vault, path)
    content, count = payments_csv(vault)
    _write(path, content)
    return ExportResult(path, {"payments": count})


def payments_csv(vault: Vault, *, client: str | None = None) -> tuple[bytes, int]:
    """The payments CSV's bytes and row count (one client's when given: the evidence bundle)."""
    query = select(Payment, Client.name).join(Client).order_by(Payment.received_on, Payment.id)
    with vault.reading() as session:
        if client:
            query = query.where(Client.id == find_client(session, client).id)
        found = session.execute(query).all()
        rows = [
            (p.id, name, p.received_on, p.currency, p.gross, p.fees, p.deductions, p.net, p.method or "",
             p.reference or "", p.period_from or "", p.period_to or "", p.note or "", iso_utc(p.entered_at))
            for p, name in found
        ]
    return _csv_bytes(PAYMENT_COLUMNS, rows), len(rows)


def _csv_bytes(header: tuple[str, ...], rows: Sequence[tuple[object, ...]]) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheets read accents right; formula-like cells escaped."""
    out = io.StringIO()
    write_rows(out, header, rows)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _write_evidence(session: Session, folder: Path) -> int:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise InvalidInput.said("Cannot make the folder {folder}: {reason}. Nothing was written.",
                                folder=folder, reason=error.strerror) from None
    count = 0
    for evidence_id, name, digest in session.execute(select(Evidence.id, Evidence.name, Evidence.sha256)
                                                     .order_by(Evidence.id)):
        content = session.scalar(select(Evidence.content).where(Evidence.id == evidence_id))
        if content is None or hashlib.sha256(content).hexdigest() != digest:
            raise InvalidInput.said("Evidence #{id} does not match its fingerprint; run `verify`. The export was not "
                                    "written.", id=evidence_id)
        _write(folder / evidence_file_name(evidence_id, name), content)
        count += 1
    return count


def _write(path: Path, data: bytes) -> None:
    try:
        write_private(path, data)
    except OSError as error:
        raise InvalidInput.said("Cannot write {path}: {reason}. Nothing was written.", path=path,
                                reason=error.strerror or "not writable", phrases=("reason",)) from None


def _check_outside(vault: Vault, path: Path) -> None:
    _refuse_records_folder(vault, path.parent)
    if path.is_dir():
        raise InvalidInput.said("{path} is a folder; give a file name. Nothing was written.", path=path)


def _refuse_records_folder(vault: Vault, folder: Path) -> None:
    if os.path.realpath(folder) == os.path.realpath(vault.paths.folder):
        raise InvalidInput.said("Choose a place outside your records folder ({folder}); nothing was written.",
                                folder=vault.paths.folder)
