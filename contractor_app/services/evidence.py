"""Evidence: files kept as proof (contracts, pay stubs, screenshots, emails), their bytes inside the encrypted
records with a SHA-256 fingerprint, linked to what they are about.

The same file (same SHA-256) is kept once: adding it again is refused with the number of the copy already
kept, which ``link_evidence`` can link to more records. Every way out (export, ``evidence_bytes``) checks the
fingerprint again, so a copy handed to someone is provably the file that was added.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import stat
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound, Phrase, VaultDamaged
from ..store.fileio import write_private
from ..store.models import (
    AccessRequest,
    Base,
    Client,
    DataRecord,
    Evidence,
    EvidenceLink,
    Incident,
    Invoice,
    Payment,
    RunningTimer,
    WorkEntry,
)
from ..store.vault import Vault
from ..store.verify import fingerprint_matches
from .changes import CLIENTS, EVIDENCE, announces
from .clients.details import ClientDetails, get_client, set_contract
from .clients.lookup import find_client
from .privacy import MAX_LONG, clean_text

MAX_EVIDENCE_BYTES = 200 * 1024 * 1024
MAX_NAME = 255
CHUNK = 1024 * 1024
DEFAULT_MEDIA_TYPE = "application/octet-stream"
# What evidence can be about: the name used in links -> the table it points into.
LINKABLE: dict[str, type[Base]] = {
    "client": Client, "entry": WorkEntry, "payment": Payment, "invoice": Invoice, "incident": Incident,
    "data": DataRecord, "access-request": AccessRequest,
    # The running timer (its one row, id 1): stopping it turns such links into links to the entry it logs.
    "timer": RunningTimer,
}
_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$")

# A link as callers give it: ("payment", 3); a client may also be named: ("client", "Acme").
Link = tuple[str, int | str]


class AlreadyKept(InvalidInput):
    """The file is already kept: ``evidence_id`` is the copy to link instead (the desktop app selects it)."""

    evidence_id: int

    @classmethod
    def copy(cls, evidence_id: int, name: str, added_at: datetime) -> AlreadyKept:
        error = cls.said("This file is already kept as evidence #{id} ({name!r}, added {added:%Y-%m-%d}); nothing was "
                         "added. Link that one with `evidence link {id}`.", id=evidence_id, name=name, added=added_at)
        error.evidence_id = evidence_id
        return error


@dataclass(frozen=True, slots=True)
class LinkedRecord:
    entity: str  # a key of LINKABLE
    entity_id: int
    label: str  # "Acme Labeling" for a client, "payment #3" otherwise


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    id: int
    name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    note: str | None
    links: tuple[LinkedRecord, ...]


@announces(EVIDENCE)
def add_evidence(vault: Vault, source: Path | str | bytes | bytearray, name: str | None = None,
                 media_type: str | None = None, note: str | None = None, links: Iterable[Link] = ()) -> EvidenceRow:
    """Keep a file (read once from the path ``source``, or the bytes given) as evidence, linked to ``links``."""
    if isinstance(source, bytes | bytearray):
        path = None
        if name is None:
            raise InvalidInput("Evidence given as bytes needs a name.")
    else:
        path = Path(source)
        name = path.name if name is None else name
    name = _check_name(name)
    if media_type is not None and not _MEDIA_TYPE.match(media_type.strip()):
        raise InvalidInput.said("File type {media_type!r} is not understood: use a form like application/pdf or "
                                "image/png.", media_type=media_type)
    media_type = (media_type.strip().lower() if media_type else
                  mimetypes.guess_type(name, strict=False)[0] or DEFAULT_MEDIA_TYPE)
    note = clean_text(note, what="The note", limit=MAX_LONG)
    content, digest = _checked_bytes(source) if path is None else _read_file(path)  # type: ignore[arg-type]  # source is bytes when no path is given
    if not content:
        raise InvalidInput.said("{name} is empty; there is nothing to keep. Nothing was added.", name=name)
    with vault.unit_of_work() as uow:
        existing = uow.session.execute(
            select(Evidence.id, Evidence.name, Evidence.added_at).where(Evidence.sha256 == digest)).first()
        if existing is not None:
            raise AlreadyKept.copy(existing.id, existing.name, existing.added_at)
        targets = _resolve(uow.session, links)
        row = Evidence(name=name, media_type=media_type, size=len(content), sha256=digest, content=content,
                       added_at=datetime.now(UTC).replace(microsecond=0), note=note)
        uow.created(row)
        uow.created_all([EvidenceLink(evidence_id=row.id, entity=entity, entity_id=entity_id)
                         for entity, entity_id in targets])
        return _view(row, _links(uow.session, row.id)[row.id])


@announces(EVIDENCE)
def keep_files(vault: Vault, files: Iterable[tuple[str, bytes]], links: Iterable[Link] = (),
               note: str | None = None) -> list[EvidenceRow]:
    """Keep many files at once (a platform's answer to an access request), all or none, each linked to ``links``.
    A file already kept (same SHA-256) is not stored twice: the copy kept gets the links instead."""
    note = clean_text(note, what="The note", limit=MAX_LONG)
    checked = []
    for name, content in files:
        if not content:
            continue  # an empty file proves nothing and cannot be kept
        checked.append((_check_name(name), *_checked_bytes(content)))
    with vault.unit_of_work() as uow:
        targets = _resolve(uow.session, links)
        kept: list[int] = []
        for name, data, digest in checked:
            row_id = uow.session.scalar(select(Evidence.id).where(Evidence.sha256 == digest))
            if row_id is None:
                row = Evidence(name=name, media_type=mimetypes.guess_type(name, strict=False)[0] or DEFAULT_MEDIA_TYPE,
                               size=len(data), sha256=digest, content=bytes(data),
                               added_at=datetime.now(UTC).replace(microsecond=0), note=note)
                uow.created(row)
                row_id = row.id
            have = {(entity, entity_id) for entity, entity_id in uow.session.execute(
                select(EvidenceLink.entity, EvidenceLink.entity_id).where(EvidenceLink.evidence_id == row_id))}
            uow.created_all([EvidenceLink(evidence_id=row_id, entity=entity, entity_id=entity_id)
                             for entity, entity_id in targets if (entity, entity_id) not in have])
            kept.append(row_id)
        links_of = _links(uow.session)
        return [_view(_get(uow.session, row_id), links_of.get(row_id, ())) for row_id in kept]


@announces(EVIDENCE)
def link_evidence(vault: Vault, evidence_id: int, links: Iterable[Link]) -> EvidenceRow:
    """Link kept evidence to more records (one audited change; links it already has are left as they are)."""
    with vault.unit_of_work() as uow:
        row = _get(uow.session, evidence_id)
        targets = _resolve(uow.session, links)
        if not targets:
            raise InvalidInput("Say what to link it to: a client, an entry, a payment, an invoice or an incident.")
        have = {(entity, entity_id) for entity, entity_id in uow.session.execute(
            select(EvidenceLink.entity, EvidenceLink.entity_id).where(EvidenceLink.evidence_id == row.id))}
        uow.created_all([EvidenceLink(evidence_id=row.id, entity=entity, entity_id=entity_id)
                         for entity, entity_id in targets if (entity, entity_id) not in have])
        return _view(row, _links(uow.session, row.id)[row.id])


@announces(EVIDENCE)
def unlink_evidence(vault: Vault, evidence_id: int, links: Iterable[tuple[str, int]]) -> EvidenceRow:
    """Take links off kept evidence (one audited change; the file stays kept). All of them or none: a link it does
    not have is refused. ``link_evidence`` with the same links undoes it. A client's written contract on file stays
    linked to that client: Clients is where it is changed."""
    wanted = list(dict.fromkeys(links))
    if not wanted:
        raise InvalidInput("Say which link to take off: a client, an entry, a payment, an invoice or an incident.")
    with vault.unit_of_work() as uow:
        row = _get(uow.session, evidence_id)
        have = {(link.entity, link.entity_id): link for link in uow.session.scalars(
            select(EvidenceLink).where(EvidenceLink.evidence_id == row.id))}
        missing = [f"{entity} #{entity_id}" for entity, entity_id in wanted if (entity, entity_id) not in have]
        if missing:
            raise NotFound.said("Evidence #{id} is not linked to {records}; nothing was changed.", id=row.id,
                                records=", ".join(missing))
        for entity, entity_id in wanted:
            if entity == "client":
                client = uow.session.get(Client, entity_id)
                if client is not None and client.contract_evidence_id == row.id:
                    raise InvalidInput.said("{name!r} is the written contract on file for {client}: change that in "
                                            "Clients first. Nothing was changed.", name=row.name, client=client.name)
        for key in wanted:
            uow.deleted(have[key])
        return _view(row, _links(uow.session, row.id)[row.id])


def list_evidence(vault: Vault) -> list[EvidenceRow]:
    """Every piece of evidence, oldest first, with its links (never its bytes)."""
    with vault.reading() as session:
        links = _links(session)
        rows = session.scalars(select(Evidence).order_by(Evidence.id))  # content is deferred: not loaded
        return [_view(row, links[row.id]) for row in rows]


def evidence_bytes(vault: Vault, evidence_id: int) -> bytes:
    """The file's bytes, checked against the fingerprint taken when it was added (VaultDamaged if they differ)."""
    return _load(vault, evidence_id)[1]


def evidence_for_preview(vault: Vault, evidence_id: int, limit: int) -> bytes | None:
    """The file's bytes (checked like ``evidence_bytes``) if it is at most ``limit`` bytes; None for a larger file,
    whose bytes are then never read: a preview must not load a 200 MB file whole to show a picture."""
    with vault.reading() as session:
        if _get(session, evidence_id).size > limit:  # the row's size; its content column is deferred
            return None
    return _load(vault, evidence_id)[1]


def get_evidence(vault: Vault, evidence_id: int) -> EvidenceRow:
    with vault.reading() as session:
        return _view(_get(session, evidence_id), _links(session, evidence_id)[evidence_id])


def export_evidence(vault: Vault, evidence_id: int, dest: Path) -> EvidenceRow:
    """Write a copy of the file to ``dest``, which must not exist yet, after checking the bytes against the
    fingerprint taken when it was added; a copy that fails half-way is removed."""
    dest = Path(dest)
    if dest.exists() or dest.is_symlink():
        raise InvalidInput.said("{path} already exists; choose a new file name. Nothing was written.", path=dest)
    if not dest.parent.is_dir():
        raise InvalidInput.said("The folder {folder} does not exist. Nothing was written.", folder=dest.parent)
    if os.path.realpath(dest.parent) == os.path.realpath(vault.paths.folder):
        raise InvalidInput.said("Choose a place outside your records folder ({folder}). Nothing was written.",
                                folder=vault.paths.folder)
    view, content = _load(vault, evidence_id)
    try:
        write_private(dest, content, replace=False)  # never replaces a file that appeared meanwhile
    except FileExistsError:
        raise InvalidInput.said("{path} already exists; choose a new file name. Nothing was written.",
                                path=dest) from None
    except OSError as error:
        raise InvalidInput.said("Cannot write {path}: {reason}. Nothing was written.", path=dest,
                                reason=error.strerror or error) from None
    return view


@announces(CLIENTS, EVIDENCE)
def add_contract_file(vault: Vault, client_id: int, path: Path | str) -> ClientDetails:
    """Keep the file at ``path`` as evidence (or, when the same bytes are already kept, use that copy) and link it
    as the client's written contract. Adding the file and linking it are two changes: if linking fails, the file
    stays kept as evidence, which is harmless, and linking can be retried with ``set_contract``."""
    get_client(vault, client_id)  # an unknown client is refused before any file is kept
    try:
        kept = add_evidence(vault, Path(path), note="Written contract", links=[("client", client_id)]).id
    except AlreadyKept as already:
        kept = already.evidence_id
    return set_contract(vault, client_id, on_file=True, evidence_id=kept)


# --- helpers -----------------------------------------------------------------------------------------------

def _read_file(path: Path) -> tuple[bytearray, str]:
    """Read the file once, hashing as it streams in, refusing it as soon as it passes the size cap.

    The bytes stay in one bytearray handed to the database as is: a copy would double the memory a large file takes.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # checked before opening: opening a pipe would wait for a writer
            raise InvalidInput.said("{path} is not a file; give the file to keep. Nothing was added.", path=path)
        if info.st_size > MAX_EVIDENCE_BYTES:
            raise _too_large(path.name)
        digest = hashlib.sha256()
        buffer = bytearray()
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                buffer += chunk
                if len(buffer) > MAX_EVIDENCE_BYTES:  # it grew while being read
                    raise _too_large(path.name)
    except FileNotFoundError:
        raise InvalidInput.said("There is no file {path}. Nothing was added.", path=path) from None
    except OSError as error:
        raise InvalidInput.said("Cannot read {path}: {reason}. Nothing was added.", path=path,
                                reason=error.strerror or error) from None
    return buffer, digest.hexdigest()


def _checked_bytes(content: bytes | bytearray) -> tuple[bytes | bytearray, str]:
    if len(content) > MAX_EVIDENCE_BYTES:
        raise _too_large("The file")
    return content, hashlib.sha256(content).hexdigest()


def _too_large(name: str) -> InvalidInput:
    return InvalidInput.said("{name} is larger than {mb} MB, the most one piece of evidence can be; keep a smaller "
                             "copy or split it. Nothing was added.", name=name, mb=MAX_EVIDENCE_BYTES // (1024 * 1024))


def _check_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise InvalidInput("Evidence needs a name, e.g. contract.pdf.")
    if len(cleaned) > MAX_NAME or any(ord(char) < 32 for char in cleaned):
        raise InvalidInput.said("An evidence name is one line of at most {limit} characters.", limit=MAX_NAME)
    return cleaned


def _resolve(session: Session, links: Iterable[Link]) -> list[tuple[str, int]]:
    """Check every link points at a record; [(entity, id)] without repeats, in the order given."""
    resolved: list[tuple[str, int]] = []
    for entity, ref in links:
        model = LINKABLE.get(entity)
        if model is None:
            raise InvalidInput.said("Evidence can be linked to {kinds}, not {entity!r}.", kinds=", ".join(LINKABLE),
                                    entity=entity)
        if entity == "client" and isinstance(ref, str):
            ref = find_client(session, ref).id
        elif isinstance(ref, bool) or not isinstance(ref, int) or session.get(model, ref) is None:
            raise NotFound.said("There is no {what} #{id} in your records; nothing was changed.", what=entity, id=ref,
                                phrases=("what",))
        if (entity, ref) not in resolved:
            resolved.append((entity, ref))
    return resolved


def _links(session: Session, evidence_id: int | None = None) -> dict[int, tuple[LinkedRecord, ...]]:
    """evidence id -> its links, oldest first (every id answers, with () when it has none)."""
    query = select(EvidenceLink.evidence_id, EvidenceLink.entity, EvidenceLink.entity_id).order_by(EvidenceLink.id)
    if evidence_id is not None:
        query = query.where(EvidenceLink.evidence_id == evidence_id)
    names = {client_id: name for client_id, name in session.execute(select(Client.id, Client.name))}
    found: dict[int, list[LinkedRecord]] = {}
    for owner, entity, entity_id in session.execute(query):
        label = (names.get(entity_id, f"client #{entity_id}") if entity == "client" else
                 "the running timer" if entity == "timer" else f"{entity} #{entity_id}")
        found.setdefault(owner, []).append(LinkedRecord(entity, entity_id, label))
    return defaultdict(tuple, {owner: tuple(views) for owner, views in found.items()})


def _get(session: Session, evidence_id: int) -> Evidence:
    row = session.get(Evidence, evidence_id)
    if row is None:
        raise NotFound.said("There is no evidence #{id} in your records; `evidence list` shows it all.",
                            id=evidence_id)
    return row


def _load(vault: Vault, evidence_id: int) -> tuple[EvidenceRow, bytes]:
    with vault.reading() as session:
        row = _get(session, evidence_id)
        content = session.scalar(select(Evidence.content).where(Evidence.id == evidence_id))
        if not fingerprint_matches(row, content):
            raise VaultDamaged(Phrase("evidence #{id}", id=row.id),
                               Phrase("{name!r} no longer matches the SHA-256 fingerprint taken when it was added; "
                                      "nothing was written. Run `verify`.", name=row.name))
        assert content is not None
        return _view(row, _links(session, evidence_id)[evidence_id]), content


def _view(row: Evidence, links: tuple[LinkedRecord, ...]) -> EvidenceRow:
    return EvidenceRow(id=row.id, name=row.name, media_type=row.media_type, size=row.size, sha256=row.sha256,
                        added_at=row.added_at, note=row.note, links=links)
