"""A self-check of the desktop app for packaged builds: `contractor-app --smoke-test-gui` (a hidden option).

A frozen build can lose a Qt plugin, a module imported only by one view, or a data file, and the command line
would never notice. This opens the real main window on an existing vault (the password comes through the
command line's script channel: --password-file or CONTRACTOR_APP_PASSWORD), shows every view in turn, lets Qt
process events, then quits the way the app does. Exit 0 only if the window showed and nothing failed.
It uses a throwaway settings file so the worker's own window geometry and preferences stay untouched.
"""

from __future__ import annotations

import gc
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication

from .errorlog import describe

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ..services.vault import Vault

STEP_MS = 200  # per view: long enough for queued refreshes and a paint, short enough for CI


def smoke_test(data_dir: Path, password: str, *, step_ms: int = STEP_MS) -> int:
    from ..services.lifecycle import unlock_vault
    from .app import install_translations, make_application
    from .main_window import VIEW_KEYS

    app = make_application(sys.argv[:1])
    install_translations(app)
    problems: list[str] = []
    previous_hook = sys.excepthook

    def record(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # Type and frames only (gui/errorlog.py): a message can quote records, and this output ends up in logs.
        print(describe(kind, error, tb), file=sys.stderr)
        problems.append(kind.__name__)

    sys.excepthook = record  # an exception in a slot would otherwise only open a dialog nobody sees
    shown: list[str] = []
    try:
        vault = unlock_vault(data_dir, password)  # a wrong password ends here, with the CLI's exit code 3
        with tempfile.TemporaryDirectory(prefix="contractor-smoke-") as scratch:
            code = _show_every_view(app, data_dir, vault, Path(scratch) / "settings.ini", step_ms, shown, problems)
            gc.collect()  # the window, the ledger and their settings go now, while their folder is still there
    finally:
        sys.excepthook = previous_hook
    ok = code == 0 and not problems and len(shown) == len(VIEW_KEYS)
    print(f"GUI smoke test on '{QGuiApplication.platformName()}': showed {len(shown)} of {len(VIEW_KEYS)} views, "
          f"{len(problems)} problem(s): {'ok' if ok else 'FAILED'}")
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    return 0 if ok else 1


def _show_every_view(app: QApplication, data_dir: Path, vault: Vault, settings_file: Path, step_ms: int,
                     shown: list[str], problems: list[str]) -> int:
    """The main window over ``vault`` with throwaway settings in ``settings_file``, every view shown in turn; the
    application's exit code. Everything Qt it makes is local here, so that it is gone (and its settings written)
    before the caller removes the settings' folder: they were written back after, leaving a folder behind."""
    from .controller import Ledger
    from .main_window import VIEW_KEYS
    from .settings import Settings
    from .tasks import TaskRunner

    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    ledger = Ledger(data_dir, TaskRunner(app), settings, tray_available=False)
    ledger.finished.connect(app.quit)
    window = ledger.open_session(vault)
    assert ledger.session is not None
    ledger.session.failed.connect(lambda error: problems.append(type(error).__name__))
    keys = iter(VIEW_KEYS)

    def step() -> None:
        key = next(keys, None)
        if key is None or not window.isVisible():
            ledger.quit()
            return
        window.show_key(key)
        shown.append(key)
        QTimer.singleShot(step_ms, step)

    QTimer.singleShot(0, step)
    return app.exec()
