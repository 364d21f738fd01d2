"""Time anchors (issue 16): the records as they stand, as a short code the worker sends somewhere outside their
control (an e-mail to themselves or their union, a printout), so that later nobody can say the records were
written afterwards.

An anchor covers the audit chain's first ``seq`` changes. Its SHA-256 is taken over this text (UTF-8, each line
ending in a newline), which anyone holding the records' history can recompute::

    contractor-ledger anchor v1
    vault <vault id>
    day <the worker's local date, YYYY-MM-DD>
    changes <seq>
    head <the hash of change seq, 64 hex digits>

and its code, ``CL1-<YYYYMMDD>-<seq>-<the first 12 hex digits of that SHA-256, in groups of four>``, is what a
person reads out or compares. Storing an anchor is itself a change to the records (audited like any other), so
"the records changed since the last anchor" leaves the anchors' own changes out. The app opens no connection:
sending is the mail client's job (a ``mailto:`` link), and the app records where each anchor went.

An anchor can also be time-stamped by any public RFC 3161 authority, offline: the app writes the request (.tsq,
whose imprint is the anchor's SHA-256), the worker has it stamped with a browser or curl (docs/evidence.md), and
the app checks the response (.tsr) and keeps it with the anchor.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..interchange.timestamps import (
    MAX_RESPONSE_BYTES,
    TimestampInvalid,
    check_response,
    imprint_of,
    make_request,
    read_trusted,
)
from ..store.audit import read_head
from ..store.fileio import write_private
from ..store.models import Anchor, AnchorSending, AnchorTimestamp, AuditEvent
from ..store.vault import Vault
from .changes import ANCHORS, announces
from .profile import load_profile

HOWS = ("email", "copy", "print")
# Changes that do not by themselves call for a new anchor.
ANCHOR_TABLES = ("anchors", "anchor_sendings", "anchor_timestamps")
MAX_RECIPIENT = 200


@dataclass(frozen=True, slots=True)
class Sending:
    how: str  # email | copy | print
    recipient: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class StampRow:
    """A checked RFC 3161 time stamp: the anchor existed no later than ``at``, per ``authority``."""

    at: datetime
    authority: str
    serial: str
    imported_at: datetime


@dataclass(frozen=True, slots=True)
class AnchorDetails:
    id: int
    day: date
    seq: int
    head: str
    code: str
    sha256: str
    created_at: datetime
    vault_id: str
    sent: tuple[Sending, ...]
    stamps: tuple[StampRow, ...] = ()

    @property
    def text(self) -> str:
        """What is e-mailed, copied or printed: everything needed to recompute and compare the anchor."""
        return (f"Contractor Ledger anchor {self.code}\n"
                f"Records: {self.vault_id}\n"
                f"Day: {self.day.isoformat()}\n"
                f"Changes recorded: {self.seq}\n"
                f"History fingerprint (audit chain head): {self.head}\n"
                f"SHA-256: {self.sha256}\n")

    def mailto(self, recipient: str = "") -> str:
        """A ``mailto:`` URL the worker's mail client opens with the anchor filled in (the app sends nothing)."""
        subject = f"Contractor Ledger anchor {self.code}"
        body = (f"{self.text}\nKeep this e-mail: it shows my work records stood as above no later than the time "
                "it was sent.\n")
        return f"mailto:{quote(recipient.strip(), safe='@')}?subject={quote(subject)}&body={quote(body)}"


def anchor_digest(vault_id: str, day: date, seq: int, head: str) -> str:
    statement = (f"contractor-ledger anchor v1\nvault {vault_id}\nday {day.isoformat()}\nchanges {seq}\n"
                 f"head {head}\n")
    return hashlib.sha256(statement.encode("utf-8")).hexdigest()


def anchor_code(day: date, seq: int, digest: str) -> str:
    short = digest[:12].upper()
    return f"CL1-{day:%Y%m%d}-{seq}-{short[0:4]}-{short[4:8]}-{short[8:12]}"


def list_anchors(vault: Vault) -> list[AnchorDetails]:
    """Every anchor, oldest first, with where each was sent."""
    with vault.reading() as session:
        return [_view(session, row, vault.vault_id) for row in session.scalars(select(Anchor).order_by(Anchor.seq))]


@announces(ANCHORS)
def today_anchor(vault: Vault, *, now: datetime | None = None) -> AnchorDetails:
    """The anchor of the records as they stand: the latest one when nothing but anchors changed since; otherwise
    today's (the worker's local day), moved up to the records as they stand if it was not sent or time-stamped
    yet, or a new one."""
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    day = moment.astimezone(load_profile(vault).zone).date()
    with vault.unit_of_work() as uow:
        session = uow.session
        latest = session.scalars(select(Anchor).order_by(Anchor.seq.desc()).limit(1)).first()
        if latest is not None and not _changed_since(session, latest.seq):
            return _view(session, latest, vault.vault_id)
        head = read_head(session, vault.vault_id)
        digest = anchor_digest(vault.vault_id, day, head.seq, head.hash)
        values = {"day": day, "seq": head.seq, "head": head.hash, "code": anchor_code(day, head.seq, digest),
                  "sha256": digest, "created_at": moment}
        if latest is not None and latest.day == day and not _went_anywhere(session, latest.id):
            for name, value in values.items():  # one anchor a day: today's, not yet sent, moves with the records
                setattr(latest, name, value)
            uow.updated(latest)
            return _view(session, latest, vault.vault_id)
        row = Anchor(**values)
        uow.created(row)
        return _view(session, row, vault.vault_id)


@announces(ANCHORS)
def record_sent(vault: Vault, code: str, how: str, recipient: str | None = None, *,
                now: datetime | None = None) -> AnchorDetails:
    """Record that the anchor ``code`` (or its SHA-256) was e-mailed, copied or printed."""
    if how not in HOWS:
        raise InvalidInput.said("How the anchor went must be one of {hows}, not {how!r}.", hows=", ".join(HOWS),
                                how=how)
    cleaned = " ".join((recipient or "").split()) or None
    if cleaned and len(cleaned) > MAX_RECIPIENT:
        raise InvalidInput.said("Where the anchor went is at most {limit} characters.", limit=MAX_RECIPIENT)
    at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    with vault.unit_of_work() as uow:
        row = find_anchor(uow.session, code)
        uow.created(AnchorSending(anchor_id=row.id, how=how, recipient=cleaned, at=at))
        return _view(uow.session, row, vault.vault_id)


def write_timestamp_request(vault: Vault, code: str, path: Path) -> AnchorDetails:
    """Write the RFC 3161 request (.tsq) for the anchor ``code``: its imprint is the anchor's SHA-256."""
    with vault.reading() as session:
        anchor = _view(session, find_anchor(session, code), vault.vault_id)
    write_private(path, make_request(bytes.fromhex(anchor.sha256)))
    return anchor


@announces(ANCHORS)
def import_timestamp(vault: Vault, code: str, path: Path, *, ca_file: Path | None = None,
                     now: datetime | None = None) -> StampRow:
    """Check the authority's response (.tsr) for the anchor ``code`` and keep it. TimestampInvalid (exit 4) when it
    is damaged, forged, for something else or from an authority not trusted (``ca_file``, or the system's)."""
    trusted = read_trusted(ca_file)
    response = _read_response(path)
    at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    with vault.unit_of_work() as uow:
        row = find_anchor(uow.session, code)
        stamp = check_response(response, bytes.fromhex(row.sha256), trusted)
        digest = hashlib.sha256(response).hexdigest()
        if uow.session.scalar(select(AnchorTimestamp.id).where(AnchorTimestamp.sha256 == digest)) is not None:
            raise InvalidInput.said("This time stamp is already kept with anchor {code}.", code=row.code)
        uow.created(AnchorTimestamp(anchor_id=row.id, stamped_at=stamp.at, authority=stamp.authority,
                                    serial=stamp.serial, response=base64.b64encode(response).decode("ascii"),
                                    sha256=digest, imported_at=at))
    return StampRow(at=stamp.at, authority=stamp.authority, serial=stamp.serial, imported_at=at)


@announces(ANCHORS)
def import_timestamp_file(vault: Vault, path: Path, *, ca_file: Path | None = None,
                          now: datetime | None = None) -> tuple[str, StampRow]:
    """Check and keep a response (.tsr) for whichever anchor it stamps (the desktop app's import, where the worker
    picks a file, not an anchor); returns that anchor's code and the stamp. TimestampInvalid (exit 4) when it is
    for no anchor of these records, or as ``import_timestamp``."""
    response = _read_response(path)
    digest = imprint_of(response).hex()
    with vault.reading() as session:
        code = session.scalar(select(Anchor.code).where(Anchor.sha256 == digest))
    if code is None:
        raise TimestampInvalid("This time stamp is for none of your anchors: it stamps something else.")
    return code, import_timestamp(vault, code, path, ca_file=ca_file, now=now)


def _read_response(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_RESPONSE_BYTES + 1)
    except OSError as error:
        raise InvalidInput.said("{name} cannot be read: {reason}.", name=path.name, reason=error.strerror) from None


def find_anchor(session: Session, code: str) -> Anchor:
    wanted = code.strip()
    row = session.scalars(select(Anchor).where((Anchor.code == wanted.upper()) | (Anchor.sha256 == wanted.lower()))
                          ).first()
    if row is None:
        raise NotFound.said("No anchor {code!r} in these records: `anchor list` shows them.", code=wanted)
    return row


def _went_anywhere(session: Session, anchor_id: int) -> bool:
    """Whether the anchor was sent or time-stamped: from then on it is fixed, and a later change needs a new one."""
    return any(session.scalar(select(func.count()).select_from(model).where(model.anchor_id == anchor_id))
               for model in (AnchorSending, AnchorTimestamp))


def _changed_since(session: Session, seq: int) -> bool:
    return bool(session.scalar(select(func.count()).select_from(AuditEvent)
                               .where(AuditEvent.seq > seq, AuditEvent.entity.not_in(ANCHOR_TABLES))))


def _view(session: Session, row: Anchor, vault_id: str) -> AnchorDetails:
    sent = tuple(Sending(how, recipient, at) for how, recipient, at in session.execute(
        select(AnchorSending.how, AnchorSending.recipient, AnchorSending.at)
        .where(AnchorSending.anchor_id == row.id).order_by(AnchorSending.id)))
    stamps = tuple(StampRow(at, authority, serial, imported) for at, authority, serial, imported in session.execute(
        select(AnchorTimestamp.stamped_at, AnchorTimestamp.authority, AnchorTimestamp.serial,
               AnchorTimestamp.imported_at).where(AnchorTimestamp.anchor_id == row.id).order_by(AnchorTimestamp.id)))
    return AnchorDetails(id=row.id, day=row.day, seq=row.seq, head=row.head, code=row.code, sha256=row.sha256,
                      created_at=row.created_at, vault_id=vault_id, sent=sent, stamps=stamps)
