"""Screen readers: every control the worker can reach has a name, charts have a text equivalent, and colour is never
the only signal.

A control's name is what a screen reader says when focus lands on it: the accessible name Qt reports through
QAccessible (a button's text, a labelled field's buddy label, or an explicit accessibleName). A field with no label
and no name is read as "edit text", which says nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit, QWidget

from contractor_app.gui import formatting as fmt
from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import VIEW_KEYS, MainWindow
from contractor_app.gui.palette_hook import problem_colour

from ..conftest import fast_cases
from ..sample import SampleWork, Templates
from .conftest import unlock_copy
from .test_form_dialogs import FORMS


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=3)).folder


@pytest.fixture
def main(qtbot, shared_main: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    """The module's shared window (tests/gui/conftest.py): the tests show the views and open the forms they check,
    and write no records."""
    qtbot.waitExposed(shared_main)
    return shared_main


@pytest.fixture
def own_main(qtbot, ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window of the test's own: opening some forms first adds the records they need (an access request to
    answer)."""
    window = unlock_copy(ledger, template, data_dir, view=None)
    window.show()
    qtbot.waitExposed(window)
    return window


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(root: QWidget) -> list[str]:
    """Every visible widget under ``root`` that takes keyboard focus and has no accessible name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not widget.isEnabled() and not widget.isVisible():
            continue
        if widget.focusProxy() is not None or not accessible_name(widget) == "":
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}")
    return missing


def test_every_control_of_every_view_has_a_name(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    found: dict[str, list[str]] = {}
    for key in VIEW_KEYS:
        main.show_key(key)
        QApplication.processEvents()
        missing = unnamed_controls(main.current_view())
        if missing:
            found[key] = missing
    found_main = unnamed_controls(main)
    assert not found and not found_main, (found, found_main)


@pytest.mark.parametrize("kind", fast_cases(FORMS, keep=(3, 10)), ids=lambda kind: kind.__name__)
def test_every_control_of_every_form_dialog_has_a_name(own_main: MainWindow, kind: type) -> None:
    dialog = FORMS[kind].open(own_main)
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    assert unnamed_controls(dialog) == []


def test_every_chart_says_its_figures_in_words(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main.show_key("dashboard")
    dashboard = main.dashboard
    qtbot.waitUntil(lambda: bool(dashboard.weekly.weeks))
    for chart in (dashboard.weekly, dashboard.rates, dashboard.by_client):
        assert accessible_name(chart)
        interface = QAccessible.queryAccessibleInterface(chart)
        described = interface.text(QAccessible.Text.Description)
        assert described, chart.objectName()
    last_week = dashboard.weekly.weeks[-1]
    assert fmt.money(last_week.earned) in dashboard.weekly.accessibleDescription()
    assert fmt.duration(last_week.seconds) in dashboard.rates.accessibleDescription()
    for balance in dashboard.by_client.balances:
        assert f"{balance.client}: " in dashboard.by_client.accessibleDescription()
        assert fmt.money(balance.owed) in dashboard.by_client.accessibleDescription()


def test_red_status_carries_a_symbol_and_words(main: MainWindow, tmp_path: Path) -> None:
    """Colour is never the only signal: the status bar's warnings are red AND start with a warning sign and words."""
    red = problem_colour(main)
    main._show_backup((datetime.now(UTC) - timedelta(days=9), tmp_path / "old.clbackup"))
    main._show_check("", "2 problems found")
    for label in (main.backup_label, main.check_label):
        assert red in label.styleSheet()
        assert label.text().startswith("\u26a0 ") and len(label.text()) > 10, label.text()


def test_the_checker_finds_an_unnamed_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    layout.addRow("Amount", QLineEdit())
    bare = QLineEdit()
    bare.setObjectName("bare")
    layout.addRow(bare)
    assert [name.split()[1] for name in unnamed_controls(form)] == ["'bare'"]
