"""One unlocked session: the vault, the worker's profile, and the way views call services.

``call`` runs a service write on the serial worker and announces what the services it ran said they changed
(``changed``: services.changes.Changes, a set of kinds such as "entries", "timer", "clients", "profile"), so each
view refreshes only what it shows and no call site lists what to refresh; ``read`` runs a short query
on the UI thread; ``fetch`` runs a slow read on the parallel pool. ``lock`` drops the vault: views clear
themselves on ``locked``. The vault's lifecycle (create, unlock, recover) is in lifecycle.py; everything else goes
through services.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..errors import VaultLocked
from ..services.changes import (  # noqa: F401  # the kinds, re-exported: views import them from here
    ACCESS_REQUESTS,
    ADJUSTMENTS,
    BACKUPS,
    CLIENTS,
    DATA,
    ENTRIES,
    EVIDENCE,
    EXPENSES,
    INCIDENTS,
    INVOICES,
    PAYMENTS,
    PROFILE,
    SETTINGS,
    TIMER,
    Changes,
    with_changes,
)
from ..services.profile import Profile, load_profile
from ..services.vault import Vault
from .tasks import Callback, Runner


class Session(QObject):
    changed = Signal(object)  # Changes (a frozenset of kinds)
    failed = Signal(object)  # an exception nobody handled inline: the main window shows it in a dialog
    locked = Signal()

    def __init__(self, vault: Vault, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self.runner = runner
        self.folder = vault.paths.folder
        self.profile: Profile = load_profile(vault)

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def _open_vault(self) -> Vault:
        if self._vault is None:
            raise VaultLocked()
        return self._vault

    def call(self, service: Callable[..., Any], *args: Any, on_result: Callback | None = None,
             on_error: Callback | None = None, **kwargs: Any) -> None:
        """Run ``service(vault, *args, **kwargs)`` on the serial worker; then announce what it changed."""
        if "changes" in kwargs:  # the old way: the services say what they change now
            raise TypeError("Session.call takes no changes=; mark the service @announces(...) (services/changes.py)")
        vault = self._open_vault()

        def done(outcome: tuple[Any, Changes]) -> None:
            result, kinds = outcome
            if self._vault is not vault:
                return  # locked meanwhile: nothing is shown any more
            if PROFILE in kinds:
                self.profile = load_profile(vault)
            if kinds:
                self.changed.emit(kinds)
            if on_result is not None:
                on_result(result)

        def failed(error: BaseException) -> None:
            if self._vault is not vault:
                return
            if on_error is not None:
                on_error(error)
            else:
                self.failed.emit(error)

        self.runner.run(lambda: with_changes(lambda: service(vault, *args, **kwargs)), on_result=done,
                        on_error=failed)

    def read(self, query: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """A short read on the UI thread (a page of entries, today's entries, the timer)."""
        return query(self._open_vault(), *args, **kwargs)

    def fetch(self, query: Callable[..., Any], *args: Any, on_result: Callback,
              on_error: Callback | None = None, **kwargs: Any) -> None:
        """A slow read off the UI thread (a filter over 100k entries, a records check)."""
        vault = self._open_vault()

        def done(result: Any) -> None:
            if self._vault is vault:
                on_result(result)

        def failed(error: BaseException) -> None:
            if self._vault is vault:
                (on_error or self.failed.emit)(error)

        self.runner.run(lambda: query(vault, *args, **kwargs), on_result=done, on_error=failed, serial=False)

    def lock(self, on_backup_error: Callable[[BaseException], object]) -> None:
        """Forget the vault now, tell every view to clear, and, after the writes already queued, make the
        automatic backup if one is due and lock. A failed backup goes to ``on_backup_error`` (the records stay
        as they were, and locked); it is never swallowed."""
        vault, self._vault = self._vault, None
        if vault is None:
            return
        self.locked.emit()
        self.runner.run(lambda: _back_up_and_lock(vault), on_error=on_backup_error)


def _back_up_and_lock(vault: Vault) -> None:
    from ..services.backups.schedule import automatic_backup

    try:
        automatic_backup(vault)
    finally:
        vault.lock()
