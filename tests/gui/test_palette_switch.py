"""After a switch to dark mode and back, every widget styled with a style sheet takes the new palette.

Qt's style-sheet style pins the palette a widget had when its sheet was applied, and such a widget hears no palette
change: the status bar's warnings kept the light window's red on the dark one, and the report cards, the evidence
drop zone and the dashboard cards kept their light borders and panels. The app's switch path is the application's
palette changing (the system's dark mode, as tests/gui/test_icon_set.py does it); one hook (gui/palette_hook.py)
restyles them all.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.gui.palette_hook import PROBLEM_COLOUR, PROBLEM_COLOUR_DARK
from contractor_app.gui.reports.verify_panel import ALTERED, Verdict
from contractor_app.gui.widgets import InlineMessage
from contractor_app.services.access_requests import NewAccessRequest, record_access_request

from .conftest import show_every_view, unlock_copy
from .screenshots import dark_palette


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let the palette change reach every window, and the restyling that follows it run (an event loop's turn)."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(1)


def _styled(main: MainWindow) -> list[QWidget]:
    return [widget for widget in main.findChildren(QWidget) if widget.styleSheet()]


def _colours(sheet: str) -> set[str]:
    return {colour.lower() for colour in re.findall(r"#[0-9a-fA-F]{6,8}\b", sheet)}


def _check(main: MainWindow, palette: QPalette, problem: str) -> list[str]:
    """What still shows another palette: a pinned palette (its highlight, which no sheet here sets, tells), or a
    problem colour of the other palette."""
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    wrong = []
    for widget in _styled(main):
        name = f"{type(widget).__name__} {widget.objectName()!r} {widget.styleSheet()[:60]!r}"
        if widget.palette().color(QPalette.ColorRole.Highlight).name() != highlight:
            wrong.append(f"{name}: highlight {widget.palette().color(QPalette.ColorRole.Highlight).name()}")
        other = {PROBLEM_COLOUR, PROBLEM_COLOUR_DARK} - {problem}
        if _colours(widget.styleSheet()) & other:
            wrong.append(f"{name}: the other palette's problem colour")
    return wrong


def test_every_styled_widget_follows_light_dark_light(qtbot, ledger: Ledger, staged: Path,  # type: ignore[no-untyped-def]
                                                      data_dir: Path, qapp: QApplication) -> None:
    before = qapp.palette()
    light = QStyleFactory.create("Fusion").standardPalette()
    qapp.setPalette(light)
    try:
        main = unlock_copy(ledger, staged, data_dir)
        main.show()
        qtbot.waitExposed(main)
        show_every_view(main)
        # Problems shown in the status bar, the Pay view and the report check: each in the problem colour.
        main._show_check("", "2 problems found")
        main._show_backup((datetime.now(UTC) - timedelta(days=30), data_dir / "old.clbackup"))
        main.show_key("pay")
        assert main.pay.warning.isVisible()
        main.reports.verify._show(Verdict(ALTERED, "Altered: this file is not the report as it was made."))
        main.entries.message.problem("A problem in the Entries view")
        main.session.call(record_access_request, NewAccessRequest("Acme Labeling", date(2020, 1, 31), "email",
                                                                  law="gdpr"))
        requests = main.privacy.requests.model
        overdue = requests.index(requests.row_of(max(r.id for r in requests.rows)), requests.column_of("standing"))
        assert overdue.data(Qt.ItemDataRole.ForegroundRole).name() == PROBLEM_COLOUR
        QApplication.processEvents()
        assert _check(main, light, PROBLEM_COLOUR) == []
        card_sheets = {widget: widget.styleSheet() for widget in _styled(main)}

        qapp.setPalette(dark_palette())
        settle(qtbot)
        assert _check(main, dark_palette(), PROBLEM_COLOUR_DARK) == []
        for label in (main.check_label, main.backup_label, main.pay.warning, main.entries.message,
                      main.reports.verify.result):
            assert PROBLEM_COLOUR_DARK in label.styleSheet(), label.objectName()
        assert overdue.data(Qt.ItemDataRole.ForegroundRole).name() == PROBLEM_COLOUR_DARK  # a table's colour
        framed = [widget for widget, sheet in card_sheets.items() if "border: 1px solid #" in sheet]
        assert framed and all(widget.styleSheet() != card_sheets[widget] for widget in framed)  # new borders

        qapp.setPalette(light)
        settle(qtbot)
        assert _check(main, light, PROBLEM_COLOUR) == []
        assert {widget: widget.styleSheet() for widget in _styled(main)} == card_sheets  # as they were
    finally:
        qapp.setPalette(before)


def test_a_problem_shown_in_dark_mode_is_in_the_dark_problem_colour(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        message = InlineMessage()
        qtbot.addWidget(message)
        message.problem("Wrong password. Nothing was changed.")
        assert PROBLEM_COLOUR_DARK in message.styleSheet()
        assert QColor(PROBLEM_COLOUR_DARK).lightness() > 128
    finally:
        qapp.setPalette(before)
