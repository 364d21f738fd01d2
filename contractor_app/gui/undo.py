"""Undoable changes (QUndoStack commands): ``ServiceCommand``, which the views' commands share, and the commands for
entries. Each undo or redo is itself an audited change in the vault.

A command is pushed after its change has been made once, so its first ``redo`` does nothing. Undo and redo run
through the session's serial worker; if one fails (the record was changed elsewhere, the records were locked), the
error is shown and ``on_failure`` clears the stack, which no longer matches the records.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..services.entries.edits import RemovedEntry, delete_entries, reinstate_entries, update_entry
from ..services.vault import Vault
from .dialogs import error_text
from .session import Session


def tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


Failure = Callable[[BaseException], None]


class ServiceCommand(QUndoCommand):
    """A change already made when pushed; ``apply`` makes it again, ``revert`` undoes it, each through the
    session, which announces what the services said they changed so the views refresh."""

    def __init__(self, session: Session, text: str, on_failure: Failure) -> None:
        super().__init__(text)
        self.session = session
        self._on_failure = on_failure
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self.apply()

    def undo(self) -> None:
        self.revert()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _call(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.session.call(service, *args, on_error=self._on_failure, **kwargs)


class DeleteRecord(ServiceCommand):
    """Delete one record (a payment, an expense, a trip); undo reinstates it from the snapshot the delete returned,
    under a new id if its own was taken meanwhile. Each step reads and keeps its state on the serial worker (see
    DeleteEntries)."""

    def __init__(self, session: Session, text: str, on_failure: Failure, *, delete: Callable[[Vault, int], Any],
                 reinstate: Callable[[Vault, Any], Any], record_id: int, removed: Any = None) -> None:
        super().__init__(session, text, on_failure)
        self._delete_one, self._reinstate_one = delete, reinstate
        self.record_id, self.removed = record_id, removed

    def apply(self) -> None:
        self._call(self._delete)

    def revert(self) -> None:
        self._call(self._restore)

    def _delete(self, vault: Vault) -> Any:
        self.removed = self._delete_one(vault, self.record_id)
        return self.removed

    def _restore(self, vault: Vault) -> Any:
        view = self._reinstate_one(vault, self.removed)
        self.record_id = view.id
        return view


class AddRecord(DeleteRecord):
    """A record just made: undo deletes it, redo reinstates it."""

    def apply(self) -> None:
        DeleteRecord.revert(self)

    def revert(self) -> None:
        DeleteRecord.apply(self)


class EditEntry(ServiceCommand):
    def __init__(self, session: Session, entry_id: int, after: dict[str, Any], before: dict[str, Any], what: str,
                 on_failure: Failure) -> None:
        super().__init__(session, tr("Edit %1").replace("%1", what.lower()), on_failure)
        self.entry_id, self.after, self.before = entry_id, after, before

    def apply(self) -> None:
        self._call(update_entry, self.entry_id, self.after)

    def revert(self) -> None:
        self._call(update_entry, self.entry_id, self.before)


class DeleteEntries(ServiceCommand):
    """Delete some entries; undo puts them back (under new ids if theirs were taken meanwhile)."""

    def __init__(self, session: Session, removed: tuple[RemovedEntry, ...], on_failure: Failure,
                 text: str | None = None) -> None:
        super().__init__(session, text or (tr("Delete entry") if len(removed) == 1 else tr("Delete entries")),
                         on_failure)
        self.removed = removed
        self.ids = [item.view.id for item in removed]

    # What a delete returns, a restore needs, and the other way round. Each step reads and keeps it on the serial
    # worker itself: an undo then a redo queued before the first result reached the UI thread still chain.
    def apply(self) -> None:
        self._call(self._delete)

    def revert(self) -> None:
        self._call(self._restore)

    def _delete(self, vault: Vault) -> tuple[RemovedEntry, ...]:
        self.removed = delete_entries(vault, list(self.ids))
        return self.removed

    def _restore(self, vault: Vault) -> tuple[Any, ...]:
        views = reinstate_entries(vault, self.removed)
        self.ids = [view.id for view in views]
        return views


class AddEntry(DeleteEntries):
    """An entry just added: undo deletes it, redo puts it back. The reverse of DeleteEntries."""

    def __init__(self, session: Session, entry_id: int, on_failure: Failure) -> None:
        super().__init__(session, (), on_failure, text=tr("Add entry"))
        self.ids = [entry_id]

    def apply(self) -> None:
        DeleteEntries.revert(self)

    def revert(self) -> None:
        DeleteEntries.apply(self)


def record_edits(model: Any, session: Session, stack: Any, on_failure: Failure,
                 on_rejected: Callable[[str], None]) -> None:
    """Turn a model's inline edits into changes through the services, pushed on ``stack`` once they succeed."""

    def requested(entry_id: int, after: dict[str, Any], before: dict[str, Any], what: str) -> None:
        session.call(update_entry, entry_id, after,
                     on_error=lambda error: on_rejected(error_text(error)),
                     on_result=lambda _: stack.push(EditEntry(session, entry_id, after, before, what, on_failure)))

    model.edit_requested.connect(requested)
    model.edit_rejected.connect(on_rejected)
