"""Start the desktop app: the QApplication, translations, the system palette, then the controller.

``contractor-app`` with no subcommand calls ``run``. English is the base language; a translation found in
resources/translations (contractor_<locale>.qm) and Qt's own are installed for the system locale.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from .. import __version__
from .controller import Ledger
from .dialogs import install_excepthook
from .icons import app_icon
from .settings import Settings
from .tasks import TaskRunner

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's and the app's translations for ``locale``; missing files are fine (English is built in)."""
    locale = locale or QLocale.system()
    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("contractor", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Contractor Ledger")
    app.setOrganizationName("contractor-app")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("contractor-app")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the tray keeps the app (and the timer in view) after the window closes
    # No style sheet and no custom palette: the platform's palette (light or dark) is followed as it is.
    return app


def run(argv: Sequence[str] | None = None, *, data_dir: Path | None = None) -> int:
    if data_dir is None:
        from ..cli.context import default_data_dir  # the same folder rule as the command line

        data_dir = default_data_dir()
    app = make_application(argv if argv is not None else sys.argv[:1])
    install_translations(app)
    install_excepthook()
    settings = Settings(QSettings())
    ledger = Ledger(data_dir, TaskRunner(app), settings)
    ledger.finished.connect(app.quit)
    ledger.start()
    return app.exec()
