"""Adding several files as evidence in the background, one at a time, with progress and cancel.

Each file is one write on the session's serial worker (read, fingerprinted and stored whole, or not at all), so
cancelling stops before the next file and never leaves half a file behind: what was added stays, the rest is not
touched. A file that cannot be kept (too large, a folder, unreadable, already kept) gets its own sentence and the
others go on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal

from ...services.evidence import MAX_EVIDENCE_BYTES, AlreadyKept, EvidenceRow, add_evidence
from ..dialogs import error_text
from ..session import Session


@dataclass
class ImportOutcome:
    added: list[EvidenceRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    already_kept: list[int] = field(default_factory=list)  # ids of the copies already kept
    not_started: int = 0  # files left when the worker cancelled


class EvidenceImport(QObject):
    progress = Signal(int, int, str)  # files done, files in all, the name of the file being added
    finished = Signal(object)  # ImportOutcome

    def __init__(self, session: Session, names: dict[int, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kept_names = names  # evidence id -> name, to say which copy a duplicate matches
        self._queue: list[Path] = []
        self._total = 0
        self._outcome = ImportOutcome()
        self._cancelled = False
        self.running = False

    def start(self, paths: list[Path]) -> None:
        self._queue, self._total = list(paths), len(paths)
        self._outcome, self._cancelled, self.running = ImportOutcome(), False, True
        self._next()

    def cancel(self) -> None:
        self._cancelled = True

    def _next(self) -> None:
        if self._cancelled or not self._queue or not self.session.is_open:
            self._outcome.not_started = len(self._queue)
            self._queue, self.running = [], False
            self.finished.emit(self._outcome)
            return
        path = self._queue.pop(0)
        self.progress.emit(self._total - len(self._queue) - 1, self._total, path.name)
        refused = self._refusal(path)
        if refused:
            self._outcome.problems.append(refused)
            self._next()
            return
        self.session.call(add_evidence, path, on_result=self._added, on_error=partial(self._failed, path))

    def _refusal(self, path: Path) -> str:
        """Checks made before any byte is read: the worker hears at once about a folder or a file too large."""
        try:
            if path.is_dir():
                return self.tr("%1 is a folder. Nothing was added for it; add the files inside it instead.").replace(
                    "%1", path.name)
            size = os.stat(path).st_size
        except OSError:
            return ""  # the service says what is wrong with it, in the same words as the command line
        if size > MAX_EVIDENCE_BYTES:
            locale = QLocale()
            return (self.tr("%1 is too large (%2): one file can be at most %3. Nothing was added for it; keep a "
                            "smaller copy, such as a screenshot or a compressed PDF.")
                    .replace("%1", path.name).replace("%2", locale.formattedDataSize(size))
                    .replace("%3", locale.formattedDataSize(MAX_EVIDENCE_BYTES)))
        return ""

    def _added(self, view: EvidenceRow) -> None:
        self._outcome.added.append(view)
        self.kept_names[view.id] = view.name
        self._next()

    def _failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, AlreadyKept):
            self._outcome.already_kept.append(error.evidence_id)
            kept = self.kept_names.get(error.evidence_id, path.name)
            self._outcome.problems.append(
                self.tr("%1 is already kept (as “%2”). Nothing was added for it; it is selected so you can link "
                        "it.").replace("%1", path.name).replace("%2", kept))
        else:
            self._outcome.problems.append(f"{path.name}: {error_text(error)}")
        self._next()
