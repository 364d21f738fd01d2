"""GUI fixtures: a synchronous task runner, QSettings in a temporary ini file, and the app controller; and no
window outlives its test, except the one main window a module's read-only tests share (``shared_main``)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QSettings, QSize
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QTabWidget, QWidget

from contractor_app.gui import app as gui_app
from contractor_app.gui import form_dialog
from contractor_app.gui import settings as opts
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import VIEW_KEYS, MainWindow
from contractor_app.gui.settings import Settings
from contractor_app.gui.tasks import SyncRunner
from contractor_app.gui.tray import Tray
from contractor_app.services.backups import schedule
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD

# The windows of a module's shared ledger (``shared_window``): they outlive each test, until the module ends.
_SHARED: list[QWidget] = []


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """Delete every top-level widget a test leaves, now. Without an event loop between tests, ``deleteLater``
    never ran: hundreds of windows piled up, and PySide deleting them all at exit crashed the process. The shared
    main window (and its hidden unlock window) are spared, and so are the menus and popups they own (Qt keeps
    those as top-level widgets too), but not their dialogs: ``shared_window`` closes them when its module ends."""
    yield
    for widget in QApplication.topLevelWidgets():
        if any(widget is shared for shared in _SHARED):
            continue
        if not isinstance(widget, QDialog) and _in_shared_window(widget):
            widget.close()
            continue
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _in_shared_window(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if any(parent is shared for shared in _SHARED):
            return True
        parent = parent.parentWidget()
    return False


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
    lock_without_backup(created)
    if created.first_run is not None:
        created.first_run.confirm_discard = lambda: True  # type: ignore[method-assign]
    for window in created.windows:
        window.close()
        window.deleteLater()
    if created.tray is not None:
        created.tray.hide()
    created.deleteLater()


# The views that change the records when first shown: the Reports view makes today's anchor of the records.
WRITE_WHEN_SHOWN = ("reports",)


@dataclass
class SharedWindow:
    """One unlocked main window that a module's read-only tests share (``shared_main``), and what it was like
    when it was built, to put it back before each test and to catch a test that changed the records."""

    ledger: Ledger
    main: MainWindow
    store: QSettings
    landing: str
    size: QSize
    pos: QPoint
    settings: dict[str, object]
    head: tuple[int, str]
    spoiled_by: str = ""  # the test that left it dirty: the module's later tests fail at once, not by its dirt

    def reset(self) -> None:
        """What a read-only test may change, back as built: every dialog and other window closed, the settings
        as they were, each view on its first tab with no table selection, the window's size and place, the
        landing view shown."""
        assert not self.spoiled_by, f"the shared window was left dirty by {self.spoiled_by}"
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self.main:
                widget.close()
        if self.current_settings() != self.settings:
            self.store.clear()
            for key, value in self.settings.items():
                self.store.setValue(key, value)
        for view in self.main.built_views().values():
            for tabs in view.findChildren(QTabWidget):
                tabs.setCurrentIndex(0)
            for table in view.findChildren(QAbstractItemView):
                table.clearSelection()
        self.main.resize(self.size)
        self.main.move(self.pos)
        self.main.show_key(self.landing)

    def dirt(self) -> list[str]:
        """What a test left that the next one would see: records changed (the audit chain's head moved: every
        change to the records moves it), or the window locked or replaced. (What services announce is not
        checked: a service announces the kinds it may change, also when it changed nothing.)"""
        if self.ledger.main is not self.main or self.ledger.session is None:
            return ["the shared window was locked or replaced"]
        if chain_head(self.ledger) != self.head:
            return ["the records changed (the audit chain's head moved)"]
        return []

    def current_settings(self) -> dict[str, object]:
        return {key: self.store.value(key) for key in self.store.allKeys()}


def chain_head(ledger: Ledger) -> tuple[int, str]:
    """The records' version: the audit chain's latest sequence number and hash move with every change."""
    assert ledger.session is not None
    head = ledger.session.read(lambda vault: vault.chain_head())
    return head.seq, head.hash


@pytest.fixture(scope="module")
def shared_window(request: pytest.FixtureRequest, qapp: QApplication,
                  tmp_path_factory: pytest.TempPathFactory) -> Iterator[SharedWindow]:
    """The module's ``template`` records copied once, unlocked once, in one main window its read-only tests
    share (through ``shared_main``), landing on the module's ``SHARED_LANDING`` view (default the Dashboard).
    Unlocking a copy and building the window is most of such a test's time; tests that write records, change
    the language or the text size, or look at the unlock itself keep their own ``ledger``.

    The views that write when first shown (``WRITE_WHEN_SHOWN``) are shown before the records' version is taken:
    that is the app's doing, not a test's. The others are built when a test first shows them, as in the app."""
    template: Path = request.getfixturevalue("template")
    landing = getattr(request.module, "SHARED_LANDING", "dashboard")
    folder = tmp_path_factory.mktemp("shared") / "records"
    store = QSettings(str(folder.parent / "settings.ini"), QSettings.Format.IniFormat)
    ledger = Ledger(folder, SyncRunner(), Settings(store), tray_available=False)
    main = unlock_copy(ledger, template, folder, view=landing)
    for key in WRITE_WHEN_SHOWN:
        main.show_key(key)
    main.show_key(landing)
    shared = SharedWindow(ledger, main, store, landing, main.size(), main.pos(), {}, chain_head(ledger))
    shared.settings = shared.current_settings()
    spared = ledger.windows
    _SHARED.extend(spared)
    yield shared
    for window in spared:
        _SHARED.remove(window)
    lock_without_backup(ledger)
    for window in ledger.windows:
        window.close()
        window.deleteLater()
    ledger.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def shared_main(shared_window: SharedWindow, request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    """The module's shared main window (``shared_window``), put back as built; after the test, it fails the test
    if the records changed or the window was locked: such a test needs a window of its own."""
    shared_window.reset()
    yield shared_window.main
    dirt = shared_window.dirt()
    if dirt:
        shared_window.spoiled_by = request.node.nodeid
    assert not dirt, f"a test on the shared window left it dirty: {dirt}"


def lock_without_backup(ledger: Ledger) -> None:
    """Lock as the worker does, less the automatic backup that locking makes once a day: a test's records are
    thrown away after it, and a whole backup (fsynced) after every GUI test was 2% of tests/gui's CPU and more of its
    wall time. The tests of the automatic backup lock in their own body."""
    if ledger.session is None:
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schedule, "automatic_backup", lambda vault: None)
        ledger.lock()


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
