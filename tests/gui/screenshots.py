"""Grab docs/screenshots at 1280x800 (offscreen): every view in the light palette, the same in dark (dark/), and the
main workflow in Spanish (es/). With ``--size``, a small screen: every view in English and in Spanish (es/). With
``--languages``, the main workflow and Reports in each of those languages (one folder each), to look for clipping.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.screenshots docs/screenshots
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.screenshots docs/screenshots/1024x640 --size 1024x640
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.screenshots /tmp/shots --size 1366x768 --languages fr fil
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.screenshots docs/screenshots/200 --size 1366x768 --text 2

``--text 2`` doubles the application's font (as a worker's 200% text setting does) in a window of the same size:
unlike QT_SCALE_FACTOR, which scales the whole window and leaves its layout as it was, it makes the text compete
for room.

Not a test (pytest does not collect it); it builds sample records in a temporary folder with a fast KDF, then each
view's ``tests/gui/<view>/shots.py`` adds the records that view shows.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, QSize, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from contractor_app.gui import settings as opts
from contractor_app.gui.app import apply_language, make_application
from contractor_app.gui.controller import Ledger
from contractor_app.gui.first_run import PASSWORD as PASSWORD_PAGE
from contractor_app.gui.first_run import PasswordPage
from contractor_app.gui.main_window import VIEW_KEYS, MainWindow
from contractor_app.gui.settings import Settings
from contractor_app.gui.tasks import SyncRunner
from contractor_app.services.entries.timer import start_timer
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..kdf import use_fast_kdf
from .backups.shots import stage as stage_backups
from .clients.shots import stage as stage_clients
from .dashboard.shots import stage as stage_dashboard
from .evidence.shots import stage as stage_evidence
from .privacy.shots import stage as stage_privacy
from .reports.shots import stage as stage_reports
from .sample import LONG_NAME, sample_vault
from .settings_view.shots import stage as stage_settings
from .test_first_run import wizard_page

SIZE = QSize(1280, 800)
PNGQUANT = shutil.which("pngquant")  # optional (apt install pngquant): smaller PNGs for the repository


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Base, "#1f1f1f"), (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e8e8e8"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e8e8e8"), (QPalette.ColorRole.Highlight, "#3d6f99"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#353535"),
                         (QPalette.ColorRole.ToolTipText, "#e8e8e8"), (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
                         (QPalette.ColorRole.Light, "#454545"), (QPalette.ColorRole.Mid, "#303030"),
                         (QPalette.ColorRole.Dark, "#1a1a1a")):
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


# The sidebar's views that the Spanish set shows: the main workflow (UX.md).
MAIN_WORKFLOW = ("dashboard", "today", "entries", "pay")
LANGUAGE_CHECK = (*MAIN_WORKFLOW, "reports", "settings")  # what --languages grabs: where long words clip first
# Each view's records, added after unlocking (the dashboard's include the Pay view's payments and invoices).
# The Settings stage types a new password to show the strength meter: it runs last, just before its grab.
STAGES = (stage_dashboard, stage_clients, stage_privacy, stage_evidence, stage_reports, stage_backups)


def grab(widget: QWidget, path: Path) -> None:
    widget.resize(SIZE)
    widget.show()
    for _ in range(8):
        QApplication.processEvents()
        # Deleted later, between events: without an event loop, a redrawn chart's old axes would still be drawn.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    widget.grab().save(str(path), "PNG", 9)  # full colour: Qt's 256 colours merged the dark palette's panels
    if PNGQUANT:  # a well-chosen palette: a third of the size, and the panels stay apart
        subprocess.run([PNGQUANT, "--quality=80-98", "--speed=1", "--force", "--output", str(path), str(path)],
                       check=True)
    print("saved", path)


def shoot(out: Path, work: Path, views: tuple[str, ...] | None = None) -> None:
    """The first run, unlock, then ``views`` (default: every view) after staging their records."""
    out.mkdir(parents=True, exist_ok=True)
    settings = lambda name: Settings(QSettings(str(work / f"{name}.ini"), QSettings.Format.IniFormat))

    # 1. First run: the password step, with strength feedback.
    wizard = Ledger(work / "new", SyncRunner(), settings("first"), tray_available=False).show_first_run()
    wizard.next()
    page = wizard_page(wizard, PASSWORD_PAGE, PasswordPage)
    page.password.setText("correct horse")
    page.repeat.setText("correct hors")
    grab(wizard, out / "first-run.png")
    wizard.hide()

    # 2. Unlock, after a wrong password.
    records = work / "records"
    sample_vault(records)
    with Vault.unlock(records, PASSWORD) as vault:
        start_timer(vault, client="Acme Labeling", engagement="Image annotation", tz="UTC", note="batch 52",
                    at=datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1, minutes=12, seconds=3))
    ledger = Ledger(records, SyncRunner(), settings("main"), tray_available=False)
    unlock = ledger.show_unlock()
    unlock.password.setText("not my password")
    unlock.unlock()
    grab(unlock, out / "unlock.png")

    # 3. Every view, after each has its sample records.
    unlock.password.setText(PASSWORD)
    unlock.unlock()
    main = ledger.main
    assert main is not None
    for stage in STAGES:
        stage(main, records)
    for key in views or VIEW_KEYS:
        if key == "entries":
            select_entries(main)
        elif key == "settings":
            stage_settings(main, records)
        main.show_key(key)
        grab(main, out / f"{key}.png")
    assert any(LONG_NAME in (main.entries.model.index(r, 4).data() or "") for r in range(10))
    ledger.lock()


def select_entries(main: MainWindow) -> None:
    """A few rows selected: the footer shows their totals."""
    main.show_key("entries")
    main.entries.table.selectRow(1)
    for row in (2, 3):
        main.entries.table.selectionModel().select(
            main.entries.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    main.entries.update_totals()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", help="WIDTHxHEIGHT: every view at this size, in English and Spanish")
    parser.add_argument("--languages", nargs="+", metavar="CODE",
                        help="only the main workflow, Reports and Settings, in each of these languages")
    parser.add_argument("--text", type=float, default=1.0, help="the application font's scale (2 = 200%%)")
    args = parser.parse_args(argv)
    use_fast_kdf()
    app = make_application(sys.argv[:1])
    app.setStyle("Fusion")
    if args.text != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.text)
        app.setFont(font)
    light = app.palette()
    if args.size:
        global SIZE
        SIZE = QSize(*(int(part) for part in args.size.split("x")))
    if args.languages:
        installed: list[QTranslator] = []
        for code in args.languages:
            for translator in installed:  # one language at a time
                app.removeTranslator(translator)
            with tempfile.TemporaryDirectory() as tmp:
                chosen = Settings(QSettings(str(Path(tmp) / "language.ini"), QSettings.Format.IniFormat))
                chosen.set(opts.LANGUAGE, code)
                installed = apply_language(app, chosen)
                shoot(args.out / code, Path(tmp) / code, LANGUAGE_CHECK)
        return 0
    if args.size:
        with tempfile.TemporaryDirectory() as tmp:
            shoot(args.out, Path(tmp) / "light")
        with tempfile.TemporaryDirectory() as tmp:
            spanish = Settings(QSettings(str(Path(tmp) / "language.ini"), QSettings.Format.IniFormat))
            spanish.set(opts.LANGUAGE, "es")
            apply_language(app, spanish)
            shoot(args.out / "es", Path(tmp) / "es")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        shoot(args.out, Path(tmp) / "light")
    app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as tmp:
        shoot(args.out / "dark", Path(tmp) / "dark")
    app.setPalette(light)
    with tempfile.TemporaryDirectory() as tmp:
        spanish = Settings(QSettings(str(Path(tmp) / "language.ini"), QSettings.Format.IniFormat))
        spanish.set(opts.LANGUAGE, "es")
        apply_language(app, spanish)
        shoot(args.out / "es", Path(tmp) / "es", MAIN_WORKFLOW)
    return 0


if __name__ == "__main__":
    sys.exit(main())
