"""Grab the four screenshots of docs/screenshots at 1280x800 (offscreen), plus dark-palette copies for checking.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.screenshots docs/screenshots [--dark DIR]

Not a test (pytest does not collect it); it builds sample records in a temporary folder with a fast KDF.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CONTRACTOR_APP_FAST_KDF"] = "1"

from PySide6.QtCore import QSettings, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from contractor_app.gui.app import make_application  # noqa: E402
from contractor_app.gui.controller import Ledger  # noqa: E402
from contractor_app.gui.first_run import PASSWORD as PASSWORD_PAGE  # noqa: E402
from contractor_app.gui.settings import Settings  # noqa: E402
from contractor_app.gui.tasks import SyncRunner  # noqa: E402
from contractor_app.services.timer import start_timer  # noqa: E402
from contractor_app.store.vault import Vault  # noqa: E402

from ..conftest import PASSWORD  # noqa: E402
from .sample import LONG_NAME, sample_vault  # noqa: E402

SIZE = QSize(1280, 800)


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


def grab(widget: QWidget, path: Path) -> None:
    widget.resize(SIZE)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    # 256 colours keep the PNGs small (about 50 KB); text stays crisp without dithering.
    image = widget.grab().toImage().convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither)
    image.save(str(path), "PNG", 0)
    print("saved", path)


def shoot(out: Path, work: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    settings = lambda name: Settings(QSettings(str(work / f"{name}.ini"), QSettings.Format.IniFormat))  # noqa: E731

    # 1. First run: the password step, with strength feedback.
    wizard = Ledger(work / "new", SyncRunner(), settings("first"), tray_available=False).show_first_run()
    wizard.next()
    page = wizard.page(PASSWORD_PAGE)
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

    # 3. Today, with the timer running.
    unlock.password.setText(PASSWORD)
    unlock.unlock()
    main = ledger.main
    assert main is not None
    main.show_key("today")
    grab(main, out / "today.png")

    # 4. Entries, with a few rows selected (totals in the footer).
    main.show_key("entries")
    main.entries.table.selectRow(1)
    from PySide6.QtCore import QItemSelectionModel

    for row in (2, 3):
        main.entries.table.selectionModel().select(
            main.entries.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    main.entries.update_totals()
    grab(main, out / "entries.png")
    assert any(LONG_NAME in (main.entries.model.index(r, 4).data() or "") for r in range(10))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", type=Path, help="also grab everything in a dark palette into this folder")
    args = parser.parse_args(argv)
    app = make_application(sys.argv[:1])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        shoot(args.out, Path(tmp) / "light")
    if args.dark:
        app.setPalette(dark_palette())
        with tempfile.TemporaryDirectory() as tmp:
            shoot(args.dark, Path(tmp) / "dark")
    return 0


if __name__ == "__main__":
    sys.exit(main())
