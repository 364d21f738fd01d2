"""Undo and redo for data records and incidents: add, edit and delete, on the main window's undo stack.

As for entries (gui/undo.py), a command is pushed once its change has been made, so its first ``redo`` does
nothing; each undo or redo is itself an audited change made through the services. A record put back after a
delete may get a new id when its own was taken; the command follows it. If an undo fails (the records were
locked, the record changed elsewhere), ``on_failure`` shows why and clears the stack.
"""

from __future__ import annotations

from typing import Any

from ...services.vault import Vault
from ..session import Session
from ..undo import Failure, ServiceCommand
from .labels import tr
from .records import RecordKind


class _RecordCommand(ServiceCommand):
    def __init__(self, session: Session, kind: RecordKind, record_id: int, text: str, on_failure: Failure) -> None:
        super().__init__(session, text, on_failure)
        self.kind, self.record_id = kind, record_id
        self.removed: Any = None

    # Each step reads and keeps its state on the serial worker (see gui/undo.py DeleteEntries).
    def _delete(self) -> None:
        self._call(self._deleted_on_worker)

    def _restore(self) -> None:
        self._call(self._restored_on_worker)

    def _deleted_on_worker(self, vault: Vault) -> Any:
        self.removed = self.kind.delete(vault, self.record_id)
        return self.removed

    def _restored_on_worker(self, vault: Vault) -> Any:
        view = self.kind.restore(vault, self.removed)
        self._restored(view)
        return view

    def _restored(self, view: Any) -> None:
        self.record_id = view.id


class AddRecord(_RecordCommand):
    """A record just added: undo deletes it, redo puts it back."""

    def __init__(self, session: Session, kind: RecordKind, record_id: int, on_failure: Failure) -> None:
        super().__init__(session, kind, record_id, _what(kind, tr("Add %1")), on_failure)

    def apply(self) -> None:
        self._restore()

    def revert(self) -> None:
        self._delete()


class DeleteRecord(_RecordCommand):
    """A record just deleted (``removed`` as the service returned it): undo puts it back."""

    def __init__(self, session: Session, kind: RecordKind, removed: Any, on_failure: Failure) -> None:
        super().__init__(session, kind, removed.view.id, _what(kind, tr("Delete %1")), on_failure)
        self.removed = removed

    def apply(self) -> None:
        self._delete()

    def revert(self) -> None:
        self._restore()


class EditRecord(_RecordCommand):
    """A record just edited from ``before`` to ``after`` (inputs the services take)."""

    def __init__(self, session: Session, kind: RecordKind, record_id: int, before: Any, after: Any,
                 on_failure: Failure) -> None:
        super().__init__(session, kind, record_id, _what(kind, tr("Edit %1")), on_failure)
        self.before, self.after = before, after

    def apply(self) -> None:
        self._call(self.kind.edit, self.record_id, self.after)

    def revert(self) -> None:
        self._call(self.kind.edit, self.record_id, self.before)


def _what(kind: RecordKind, text: str) -> str:
    names = {"handled": tr("data record"), "collected": tr("data record"), "incident": tr("incident")}
    return text.replace("%1", names[kind.key])
