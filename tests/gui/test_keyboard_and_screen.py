"""The keyboard never gets trapped and the window fits the screen.

Found on a 1366x768 laptop: Tab entered the Pay balance table and cycled its cells forever, "Record payment…" had
no menu item or shortcut, Settings had no Ctrl+ number (Ctrl+9 stops at nine views), focus was left nowhere after a
dialog, and the window opened at 1280x800 at the top left with the status bar off-screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QScrollArea, QWidget

from contractor_app.gui import app as gui_app
from contractor_app.gui import settings as opts
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import VIEW_KEYS, MainWindow
from contractor_app.gui.pay.payment_dialog import PaymentDialog
from contractor_app.gui.settings import Settings

from ..sample import SampleWork, Templates
from .conftest import text_at, unlock_copy


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=3)).folder


@pytest.fixture
def main(qtbot, shared_main: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    """The module's shared window (tests/gui/conftest.py): these tests look, move focus and resize, and write no
    records; the ones in other languages or at other text sizes build their own."""
    shared_main.show()
    qtbot.waitExposed(shared_main)
    shared_main.activateWindow()
    return shared_main


def _inside(widget: QWidget | None, container: QWidget) -> bool:
    while widget is not None:
        if widget is container:
            return True
        widget = widget.parentWidget()
    return False


def test_tab_leaves_every_table_of_every_view(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tried = 0
    for key in VIEW_KEYS:
        main.show_key(key)
        for table in main.current_view().findChildren(QAbstractItemView):
            if not table.isVisible() or table.model() is None or table.model().rowCount() == 0:
                continue
            table.setFocus()
            table.setCurrentIndex(table.model().index(0, 0))
            assert main.focusWidget() is table, (key, table.accessibleName())
            qtbot.keyClick(table, Qt.Key.Key_Tab)
            assert not _inside(main.focusWidget(), table), (key, table.accessibleName())
            tried += 1
    assert tried >= 5  # the balance, payments, entries, clients and sidebar tables at least


def test_every_main_action_has_a_menu_item_and_a_shortcut(main: MainWindow) -> None:
    in_menus = {action for top in main.menuBar().actions() if isinstance(menu := top.menu(), QMenu)
                for action in menu.actions()}
    for action in (main.record_payment_action, main.add_invoice_action, main.add_client_action,
                   main.preferences_action, main.new_entry_action, main.timer_action, main.lock_action):
        assert action in in_menus and not action.shortcut().isEmpty(), action.text()
    shortcuts = {key.toString() for action in main.actions() for key in action.shortcuts()}
    assert {"Ctrl+Shift+P", "Ctrl+0", "Ctrl+,"} <= shortcuts
    assert len(main.view_actions) == len(VIEW_KEYS) == 10

    main.view_actions[9].trigger()
    assert main.current_view() is main.preferences
    main.record_payment_action.trigger()
    (dialog,) = main.pay.findChildren(PaymentDialog)
    assert dialog.isVisible() and main.current_view() is main.pay


def test_view_menu_mnemonics_are_letters_not_the_ampersand(main: MainWindow) -> None:
    privacy = main.view_actions[VIEW_KEYS.index("privacy")]
    assert privacy.text() == "Data && privacy"  # shown as "Data & privacy", no underlined space


def test_focus_returns_where_it_was_after_a_dialog(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main.show_key("pay")
    table = main.pay.balance_table
    table.setFocus()
    assert QApplication.focusWidget() is table
    dialog = main.pay.record_payment()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.amount.setFocus()
    assert QApplication.focusWidget() is dialog.amount
    dialog.reject()
    qtbot.waitUntil(main.isActiveWindow)
    assert QApplication.focusWidget() is table


def test_the_sidebar_shows_a_focus_ring(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    highlight = main.sidebar.palette().color(QPalette.ColorRole.Highlight)
    edge = lambda: main.sidebar.grab().toImage().pixelColor(0, main.sidebar.height() - 4)
    main.pay.balance_table.setFocus()
    assert edge() != highlight
    main.sidebar.setFocus()
    assert main.sidebar.hasFocus() and edge() == highlight


@pytest.mark.parametrize("width, height", [(1366, 768), (1024, 640)])
def test_the_window_fits_the_screen_and_is_centred(main: MainWindow, width: int, height: int) -> None:
    area = QRect(0, 0, width, height)
    main.resize(1280, 800)
    main.fit_to(area)
    assert main.frameGeometry().width() <= width and main.frameGeometry().height() <= height
    assert abs(main.frameGeometry().center().x() - area.center().x()) <= 1
    assert abs(main.frameGeometry().center().y() - area.center().y()) <= 1


def test_a_remembered_place_that_fits_is_kept(main: MainWindow) -> None:
    main.resize(700, 500)
    main.move(40, 30)
    main.fit_to(QRect(0, 0, 1366, 768), centre=False)
    assert main.pos().x() == 40 and main.size().width() == 700


SMALL_SCREENS = [(1366, 768), (1024, 640)]
TITLE_BAR = 30  # what the window manager takes of the screen's height, roughly


@pytest.fixture(params=["en", "es", "pt_BR", "fr", "fil"])
def language(request: pytest.FixtureRequest, qapp: QApplication, settings: Settings) -> Iterator[str]:
    before = QLocale()
    settings.set(opts.LANGUAGE, request.param)
    installed = gui_app.apply_language(qapp, settings)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _fully_shown(widget: QWidget) -> bool:
    return widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.slow
@pytest.mark.parametrize("width, height", SMALL_SCREENS)
def test_nothing_clips_on_a_small_screen(qtbot, language: str, ledger: Ledger, template: Path,  # type: ignore[no-untyped-def]
                                         data_dir: Path, width: int, height: int) -> None:
    main = unlock_copy(ledger, template, data_dir)
    main.show()
    main.resize(width, height - TITLE_BAR)
    qtbot.waitExposed(main)
    for key in VIEW_KEYS:
        main.show_key(key)
        QApplication.processEvents()
        view = main.current_view()
        sideways = [area for area in [main.stack.currentWidget(), *view.findChildren(QScrollArea)]
                    if isinstance(area, QScrollArea) and area.isVisible() and area.horizontalScrollBar().isVisible()]
        assert not sideways, (language, key, [area.objectName() or type(area.widget()).__name__ for area in sideways])
    main.show_key("entries")
    QApplication.processEvents()
    table, columns = main.entries.table, main.entries.model
    header = table.horizontalHeader()
    # the table itself does not scroll sideways either: it once pushed Earned, Note and Flags off-screen
    assert not table.horizontalScrollBar().isVisible(), (language, width, header.length(), table.viewport().width())
    assert not any(header.isSectionHidden(columns.column_of(key))
                   for key in ("date", "start", "duration", "client", "earned", "note", "flags")), (language, width)
    main.show_key("clients")
    QApplication.processEvents()
    assert _fully_shown(main.clients.detail.edit_button), language
    main.show_key("settings")
    QApplication.processEvents()
    password = main.preferences.password
    assert password.width() >= password.minimumSizeHint().width(), language


def test_week_labels_turn_upright_rather_than_elide(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main.show_key("dashboard")
    for width, upright in ((1024, True), (2400, False)):
        main.resize(width, 640 - TITLE_BAR)
        QApplication.processEvents()
        chart = main.dashboard.rates
        axis = chart.category_axis
        assert axis is not None and axis.count() == 12
        room = chart.chart().plotArea().width() / axis.count()
        metrics = QFontMetricsF(axis.labelsFont())
        widest = max(metrics.horizontalAdvance(label) for label in axis.categories())
        turned = axis.labelsAngle() == -90
        assert turned == (widest + metrics.averageCharWidth() > room), (width, room, widest)
        assert turned or not upright or main.dashboard.columns == 2, width  # at 1024 the charts take the full width
        assert (metrics.height() if turned else widest) <= room


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """The worker's text at 200% (a doubled application font), set before the window is built."""
    with text_at(2):
        yield


def test_at_200_percent_text_the_sidebar_cuts_no_name(qtbot, large_text: None, ledger: Ledger,  # type: ignore[no-untyped-def]
                                                       template: Path, data_dir: Path) -> None:
    main = unlock_copy(ledger, template, data_dir)
    main.show()
    main.resize(1366, 768 - TITLE_BAR)
    qtbot.waitExposed(main)
    main.set_badge(main.pay, "! 1 overdue")
    QApplication.processEvents()
    sidebar = main.sidebar
    metrics = sidebar.fontMetrics()
    wrap = Qt.TextFlag.TextWordWrap if sidebar.wordWrap() else 0  # without it, a long name is cut with "…"
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        room = sidebar.visualItemRect(item).adjusted(4, 0, -4, 0)
        needed = metrics.boundingRect(QRect(0, 0, room.width(), 10_000), wrap, item.text())
        assert needed.width() <= room.width() and needed.height() <= room.height(), item.text()


def test_at_200_percent_text_no_view_scrolls_sideways(qtbot, large_text: None, ledger: Ledger,  # type: ignore[no-untyped-def]
                                                      template: Path, data_dir: Path) -> None:
    main = unlock_copy(ledger, template, data_dir)
    main.show()
    main.resize(1366, 768 - TITLE_BAR)
    qtbot.waitExposed(main)
    sideways = []
    for key in VIEW_KEYS:
        main.show_key(key)
        QApplication.processEvents()
        view = main.current_view()
        sideways += [key for area in [main.stack.currentWidget(), *view.findChildren(QScrollArea)]
                     if isinstance(area, QScrollArea) and area.isVisible() and area.horizontalScrollBar().isVisible()]
    assert sideways == [], sideways
    assert main.dashboard.columns == 2  # the cards reflowed: three did not fit side by side
