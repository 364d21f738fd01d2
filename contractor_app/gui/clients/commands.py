"""Undoable changes to clients (QUndoStack commands), the pattern of gui/undo.py: a client's details, an
engagement's name, and pay terms corrected or removed.

A command is pushed after its change has been made once, so its first ``redo`` does nothing. Undo and redo run
through the session's serial worker and are themselves audited changes; if one fails (the terms now price entries,
a name was taken meanwhile), ``on_failure`` shows the error and clears the stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ...domain.pay import Terms
from ...services.clients.details import ClientChanges, update_client
from ...services.clients.terms import (
    RemovedTerms,
    TermsRecord,
    reinstate_terms,
    remove_terms,
    rename_engagement,
    update_terms,
)
from ..session import Session
from ..undo import DeleteRecord, Failure, ServiceCommand


# Each name is translated where it is written, with its context: lupdate reads a helper's tr("…") under no context,
# which the "clients" lookup then never found.
class EditClient(ServiceCommand):
    def __init__(self, session: Session, client_id: int, after: ClientChanges, before: ClientChanges,
                 on_failure: Failure) -> None:
        super().__init__(session, QCoreApplication.translate("clients", "Edit client details"), on_failure)
        self.client_id, self.after, self.before = client_id, after, before

    def apply(self) -> None:
        self._call(update_client, self.client_id, self.after)

    def revert(self) -> None:
        self._call(update_client, self.client_id, self.before)


class RenameEngagement(ServiceCommand):
    def __init__(self, session: Session, engagement_id: int, after: str, before: str, on_failure: Failure) -> None:
        super().__init__(session, QCoreApplication.translate("clients", "Rename engagement"), on_failure)
        self.engagement_id, self.after, self.before = engagement_id, after, before

    def apply(self) -> None:
        self._call(rename_engagement, self.engagement_id, self.after)

    def revert(self) -> None:
        self._call(rename_engagement, self.engagement_id, self.before)


@dataclass(frozen=True, slots=True)
class TermsValue:
    """Pay terms with what is recorded beside them: one side of a correction."""

    terms: Terms
    platform_fee_percent: Decimal | None
    note: str | None

    @classmethod
    def of(cls, record: TermsRecord) -> TermsValue:
        return cls(record.terms, record.platform_fee_percent, record.note)


class EditTerms(ServiceCommand):
    def __init__(self, session: Session, terms_id: int, after: TermsValue, before: TermsValue,
                 on_failure: Failure) -> None:
        super().__init__(session, QCoreApplication.translate("clients", "Correct pay terms"), on_failure)
        self.terms_id, self.after, self.before = terms_id, after, before

    def apply(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)

    def _set(self, value: TermsValue) -> None:
        self._call(update_terms, self.terms_id, value.terms, platform_fee_percent=value.platform_fee_percent,
                   note=value.note)


def remove_terms_command(session: Session, removed: RemovedTerms, on_failure: Failure) -> DeleteRecord:
    """Pay terms just removed: undo puts them back (under a new id)."""
    return DeleteRecord(session, QCoreApplication.translate("clients", "Remove pay terms"), on_failure,
                        delete=remove_terms, reinstate=reinstate_terms, record_id=removed.record.id, removed=removed)
