"""GUI fixtures: a synchronous task runner, QSettings in a temporary ini file, and the app controller; and no
window outlives its test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from contractor_app.gui import app as gui_app
from contractor_app.gui import form_dialog
from contractor_app.gui import settings as opts
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import VIEW_KEYS, MainWindow
from contractor_app.gui.settings import Settings
from contractor_app.gui.tasks import SyncRunner
from contractor_app.gui.tray import Tray
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """Delete every top-level widget a test leaves, now. Without an event loop between tests, ``deleteLater``
    never ran: hundreds of windows piled up, and PySide deleting them all at exit crashed the process."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def discarding_asks(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    """A form closed with changes asks first (a modal box that would block offscreen tests): answer "Discard" and
    keep who asked, for tests about the question itself."""
    asked: list[QWidget] = []
    def confirm_discard(dialog: QWidget) -> bool:
        asked.append(dialog)
        return True

    monkeypatch.setattr(form_dialog, "confirm_discard", confirm_discard)
    return asked


@pytest.fixture
def spanish(qapp: QApplication, settings: Settings) -> Iterator[None]:
    """The app in Spanish (the language set in Settings and its translators installed), for one test."""
    before = QLocale()
    settings.set(opts.LANGUAGE, "es")
    installed = gui_app.apply_language(qapp, settings)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ledger(qtbot, request: pytest.FixtureRequest, data_dir: Path, settings: Settings) -> Iterator[Ledger]:  # type: ignore[no-untyped-def]
    """The app controller on a desktop without a tray, or with one for tests marked ``tray``."""
    with_tray = request.node.get_closest_marker("tray") is not None
    created = Ledger(data_dir, SyncRunner(), settings, tray_available=with_tray)
    yield created
    if created.session is not None:
        created.lock()
    if created.first_run is not None:
        created.first_run.confirm_discard = lambda: True  # type: ignore[method-assign]
    for window in created.windows:
        window.close()
        window.deleteLater()
    if created.tray is not None:
        created.tray.hide()
    created.deleteLater()


@pytest.fixture(scope="session")
def staged(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[Path]:
    """The records of docs/screenshots (every view's sample records, staged through the GUI as the screenshots
    stage them), built once for the session: the tables' fit and the palette switch look at the same records."""
    from .sample import sample_vault
    from .screenshots import STAGES  # here, not at the top: screenshots imports test modules that import this one

    folder = tmp_path_factory.mktemp("staged") / "records"
    sample_vault(folder)
    settings = Settings(QSettings(str(folder.parent / "settings.ini"), QSettings.Format.IniFormat))
    ledger = Ledger(folder, SyncRunner(), settings, tray_available=False)
    window = ledger.show_unlock()
    window.password.setText(PASSWORD)
    window.unlock()
    assert ledger.main is not None
    for stage in STAGES:
        stage(ledger.main, folder)
    ledger.lock()
    for opened in ledger.windows:
        opened.close()
    yield folder
    shutil.rmtree(folder.parent, ignore_errors=True)


@contextmanager
def text_at(scale: float) -> Iterator[None]:
    """The worker's text at ``scale`` (1.5 for 150%, 2 for 200%): the application font scaled, as their text size
    setting does. Set it before the window is built; the font is put back after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    try:
        yield
    finally:
        app.setFont(before)


def tray_of(ledger: Ledger) -> Tray:
    """The ledger's tray, which a test marked ``tray`` has."""
    assert ledger.tray is not None, "the test is marked tray"
    return ledger.tray


def unlock(ledger: Ledger, password: str = PASSWORD) -> None:
    window = ledger.show_unlock()
    window.password.setText(password)
    window.unlock()
    assert ledger.main is not None, window.message.text()


def unlock_copy(ledger: Ledger, template: Path, data_dir: Path, view: str | None = "dashboard") -> MainWindow:
    """Copy a module's sample records (a locked vault is two files: copies are independent records), unlock
    them and land on ``view``: each test gets its own records without building them again.

    The unlock is the worker's, but the window lands on ``view`` instead of the Dashboard (``None``: on no view,
    until the test shows one or asks for it, as ``main.pay`` does), so a test that does not look at the Dashboard
    does not pay for its summary and its charts (about half of an unlock). A test that watches the Dashboard
    follow a change asks for ``main.dashboard`` before making it."""
    shutil.copytree(template, data_dir)
    with landing_on(view):
        unlock(ledger)
    assert ledger.main is not None
    return ledger.main


@contextmanager
def landing_on(view: str | None) -> Iterator[None]:
    """Main windows built meanwhile land on ``view`` (a key of VIEW_KEYS, or None for none)."""
    before = MainWindow.landing
    MainWindow.landing = view
    try:
        yield
    finally:
        MainWindow.landing = before


def show_every_view(main: MainWindow) -> None:
    """Show each view in turn, then the one shown before: a view is built (and loads its records) when first
    shown, so tests over every view's widgets or models show them all first."""
    before = main.current_key()
    for key in VIEW_KEYS:
        main.show_key(key)
    main.show_key(before)


def open_vault(folder: Path) -> Vault:
    return Vault.unlock(folder, PASSWORD)
