"""Start the desktop app: the QApplication, translations, the system palette, then the controller.

``contractor-app`` with no subcommand calls ``run``. English is the base language; a translation found in
resources/translations (contractor_<locale>.qm) and Qt's own are installed for the language chosen in Settings
(read from QSettings before any window is built), else for the system locale.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from .. import __version__
from . import settings as opts
from .controller import Ledger
from .dialogs import install_excepthook
from .icons import RESOURCES, app_icon
from .settings import Settings
from .tasks import TaskRunner

TRANSLATIONS = RESOURCES / "translations"


class ModuleTranslator(QTranslator):
    """Also finds a module helper's strings: lupdate files a bare ``tr("...")`` call of a module (formatting.tr,
    dialogs.tr, ...) under the empty context, while the helper asks under its module's name."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None  # None, not "": Qt then keeps the English source


def chosen_locale(settings: Settings) -> QLocale:
    """The language chosen in Settings, with this computer's country where that pair exists (dates and numbers as
    at home: French on a Canadian computer is fr_CA), else the language's own country; or the system locale."""
    code = settings.get(opts.LANGUAGE)
    if code not in opts.LANGUAGES:
        return QLocale.system()
    home = QLocale.system().territory()
    at_home = QLocale(QLocale(code).language(), home)
    return at_home if at_home.territory() == home else QLocale(code)


def apply_language(app: QCoreApplication, settings: Settings) -> list[QTranslator]:
    """Before any window is built: the chosen language's translations, and its day and month names.

    The catalogue is found by the chosen code itself (contractor_pt_BR.qm), not by the formatting locale: Brazilian
    Portuguese chosen on a computer in Portugal formats as pt_PT but must still load the pt_BR translation.
    """
    locale = chosen_locale(settings)
    QLocale.setDefault(locale)
    code = settings.get(opts.LANGUAGE)
    return install_translations(app, QLocale(code) if code in opts.LANGUAGES else locale)


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's and the app's translations for ``locale``; missing files are fine (English is built in)."""
    locale = locale or QLocale.system()
    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("contractor", str(TRANSLATIONS))):
        translator = ModuleTranslator(app) if name == "contractor" else QTranslator(app)
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
    app.setDesktopFileName("org.contractorledger.ContractorLedger")  # the .desktop file: Wayland finds the icon by it
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the tray keeps the app (and the timer in view) after the window closes
    # No style sheet and no custom palette: the platform's palette (light or dark) is followed as it is.
    return app


def run(argv: Sequence[str] | None = None, *, data_dir: Path | None = None) -> int:
    if data_dir is None:
        from ..services.lifecycle import default_data_dir  # the same folder rule as the command line

        data_dir = default_data_dir()
    app = make_application(argv if argv is not None else sys.argv[:1])
    settings = Settings(QSettings())
    apply_language(app, settings)
    install_excepthook()
    ledger = Ledger(data_dir, TaskRunner(app), settings)
    ledger.finished.connect(app.quit)
    ledger.start()
    code = app.exec()
    if ledger.restart_wanted:
        from PySide6.QtCore import QProcess

        QProcess.startDetached(*relaunch_command())
    return code


def relaunch_command() -> tuple[str, list[str]]:
    """The program and arguments this app was started with (``python -m contractor_app ...`` or a packaged binary)."""
    return sys.executable, list(sys.orig_argv[1:])
