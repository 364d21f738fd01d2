"""The Clients view's record of a client: its details, their edits, and the written contract."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.jurisdiction import check_jurisdiction
from ...errors import InvalidInput, NotFound
from ...store.models import Client, Engagement, Evidence, EvidenceLink
from ...store.vault import Vault
from ..changes import CLIENTS, EVIDENCE, announces
from .directory import CLASSIFICATIONS
from .lookup import MAX_FIELD, MAX_NOTE, checked_text, client_by_id, client_named
from .terms import EngagementDetails, engagement_details


@dataclass(frozen=True, slots=True)
class ContractFile:
    """The evidence file holding the written contract."""

    evidence_id: int
    name: str
    sha256: str


@dataclass(frozen=True, slots=True)
class ClientDetails:
    id: int
    name: str
    legal_name: str | None
    address: str | None
    contact: str | None
    worker_ref: str | None
    classification: str
    jurisdiction: str | None
    currency: str
    payment_terms_days: int | None
    workweek_start: int
    note: str | None
    contract_on_file: bool
    contract: ContractFile | None
    engagements: tuple[EngagementDetails, ...]
    app_based: bool = False

    def changes(self, **edits: object) -> ClientChanges:
        """The client's editable details as they are, with ``edits`` applied: the start of an edit."""
        current = ClientChanges(
            name=self.name, legal_name=self.legal_name, address=self.address, contact=self.contact,
            worker_ref=self.worker_ref, classification=self.classification, jurisdiction=self.jurisdiction,
            payment_terms_days=self.payment_terms_days, workweek_start=self.workweek_start, note=self.note,
            app_based=self.app_based)
        return replace(current, **edits)  # type: ignore[arg-type]  # edits are checked field by field above


@dataclass(frozen=True, slots=True)
class ClientChanges:
    """Everything about a client the worker can edit; the currency stays (terms and payments are recorded in it)."""

    name: str
    legal_name: str | None = None
    address: str | None = None
    contact: str | None = None
    worker_ref: str | None = None
    classification: str = "contractor"
    jurisdiction: str | None = None
    payment_terms_days: int | None = None
    workweek_start: int = 0
    note: str | None = None
    app_based: bool = False  # an app whose work a pay-floor law covers


def get_client(vault: Vault, client_id: int) -> ClientDetails:
    with vault.reading() as session:
        return _details(session, client_by_id(session, client_id))


@announces(CLIENTS)
def update_client(vault: Vault, client_id: int, changes: ClientChanges) -> ClientDetails:
    """Replace the client's editable details (one audited change; nothing changes if anything is wrong)."""
    name = checked_text(changes.name, "The name", MAX_FIELD)
    if name is None:
        raise InvalidInput("A client needs a name; nothing was changed.")
    if changes.classification not in CLASSIFICATIONS:
        raise InvalidInput.said("Classification must be contractor or employee, not {classification!r}.",
                                classification=changes.classification)
    days = changes.payment_terms_days
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 365):
        raise InvalidInput("Payment terms must be between 0 and 365 days; nothing was changed.")
    if isinstance(changes.workweek_start, bool) or changes.workweek_start not in range(7):
        raise InvalidInput("The workweek starts on a day from Monday (0) to Sunday (6).")
    values = {
        "name": name,
        "legal_name": checked_text(changes.legal_name, "The legal name", MAX_FIELD),
        "address": checked_text(changes.address, "The address", MAX_FIELD),
        "contact": checked_text(changes.contact, "The contact", MAX_FIELD),
        "worker_ref": checked_text(changes.worker_ref, "Your id on the platform", MAX_FIELD),
        "classification": changes.classification,
        "jurisdiction": (check_jurisdiction(changes.jurisdiction)
                         if changes.jurisdiction and changes.jurisdiction.strip() else None),
        "payment_terms_days": days,
        "workweek_start": changes.workweek_start,
        "note": checked_text(changes.note, "The note", MAX_NOTE),
        "app_based": bool(changes.app_based),
    }
    with vault.unit_of_work() as uow:
        client = client_by_id(uow.session, client_id)
        other = client_named(uow.session, name)
        if other is not None and other.id != client.id:
            raise InvalidInput.said("There is already a client named {name!r}; nothing was changed.", name=other.name)
        uow.update(client, values)
        return _details(uow.session, client)


@announces(CLIENTS, EVIDENCE)
def set_contract(vault: Vault, client_id: int, *, on_file: bool, evidence_id: int | None = None) -> ClientDetails:
    """Record whether a written contract is on file and which kept evidence file holds it (one audited change).

    The file is also linked to the client, so the evidence list says what it is about. Without a contract on file
    no file can hold it: unmarking it also forgets the file (the file itself stays kept as evidence)."""
    if evidence_id is not None and not on_file:
        raise InvalidInput("A contract file can only be linked while the contract is marked as on file.")
    with vault.unit_of_work() as uow:
        client = client_by_id(uow.session, client_id)
        if evidence_id is not None:
            if isinstance(evidence_id, bool) or uow.session.get(Evidence, evidence_id) is None:
                raise NotFound.said("There is no {what} #{id} in your records; nothing was changed.",
                                    what="evidence", id=evidence_id, phrases=("what",))
            linked = uow.session.scalars(select(EvidenceLink.id).where(
                EvidenceLink.evidence_id == evidence_id, EvidenceLink.entity == "client",
                EvidenceLink.entity_id == client.id)).first()
            if linked is None:
                uow.created(EvidenceLink(evidence_id=evidence_id, entity="client", entity_id=client.id))
        if (client.contract_on_file, client.contract_evidence_id) != (on_file, evidence_id):
            client.contract_on_file, client.contract_evidence_id = on_file, evidence_id
            uow.updated(client)
        return _details(uow.session, client)


def _details(session: Session, client: Client) -> ClientDetails:
    contract = None
    if client.contract_evidence_id is not None:
        found = session.execute(select(Evidence.id, Evidence.name, Evidence.sha256)
                                .where(Evidence.id == client.contract_evidence_id)).first()
        if found is not None:
            contract = ContractFile(evidence_id=found.id, name=found.name, sha256=found.sha256)
    engagements = session.scalars(select(Engagement).where(Engagement.client_id == client.id).order_by(Engagement.id))
    return ClientDetails(
        id=client.id, name=client.name, legal_name=client.legal_name, address=client.address,
        contact=client.contact, worker_ref=client.worker_ref, classification=client.classification,
        jurisdiction=client.jurisdiction, currency=client.currency, payment_terms_days=client.payment_terms_days,
        workweek_start=client.workweek_start, note=client.note, contract_on_file=client.contract_on_file,
        contract=contract, engagements=tuple(engagement_details(session, e) for e in engagements),
        app_based=client.app_based,
    )
