"""The last step of a restore, which outlives the Backups view: the controller locks (the view is gone with the
main window), then runs ``PendingRestore.run`` on the serial lane, after the lock has closed the records, and
shows its sentence in the unlock window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ...services.backups.restore import KEPT_DAYS, Staged, finish_restore
from ..dialogs import error_text


@dataclass(frozen=True)
class PendingRestore:
    staged: Staged
    now: datetime
    when: str  # the backup's date as the worker saw it in the confirmation
    recovery: tuple[str, str] | None = None

    def run(self) -> str:
        """Off the UI thread, with the records locked: swap in, then say what happened and how to unlock."""
        result = finish_restore(self.staged, now=self.now, recovery=self.recovery)
        text = tr("Your records were restored from the backup of %1.").replace("%1", self.when)
        if result.previous is not None:
            text += " " + tr("Your records as they were are kept in %1 for %2 days.").replace(
                "%1", str(result.previous)).replace("%2", str(KEPT_DAYS))
        if self.recovery is not None:
            return text + " " + tr("Unlock with your new password.")
        return text + " " + tr("Unlock with the password you had on the day of the backup.")

    def failure(self, error: BaseException) -> str:
        return tr("The restore did not finish: %1").replace("%1", error_text(error))


def tr(text: str) -> str:
    return QCoreApplication.translate("restoring", text)
