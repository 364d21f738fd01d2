"""The app's problem colour, and one hook that restyles the app's own colours when the palette changes (dark mode).

Qt's style-sheet style pins the palette a widget had when its sheet was applied, and such a widget gets no
palette-change event of its own: the sidebar kept its old background, the status bar's warnings and the inline
problems kept the light window's red on a dark one, and handlers waiting for a palette event in a styled frame (the
report cards, the evidence drop zone, the dashboard cards) never heard it. So a hidden watcher, which does hear it,
styles every widget that has a style sheet again, once per change: a widget that builds its sheet (or sets item
colours) from the palette says how with a ``restyle()`` method; one that shows a problem (``show_problem``) takes the
new palette's problem colour; any other gets its own sheet again, which is enough to unpin the palette.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

PROBLEM = "showsProblem"  # the dynamic property show_problem sets
# Red is for problems, always beside words (UX.md). It reads on light and dark palettes alike.
PROBLEM_COLOUR = "#c62828"
PROBLEM_COLOUR_DARK = "#ef9a9a"


def problem_colour(widget: QWidget) -> str:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return PROBLEM_COLOUR_DARK if dark else PROBLEM_COLOUR


def show_problem(widget: QWidget, problem: bool) -> None:
    """Paint ``widget``'s text in the problem colour of the palette (or in the normal colour), now and after the
    palette changes."""
    watch_palette()
    widget.setProperty(PROBLEM, problem)
    widget.setStyleSheet(_problem_sheet(widget) if problem else "")


def restyle(widget: QWidget) -> None:
    """Apply ``widget``'s style sheet again under the application's present palette."""
    sheet = widget.styleSheet()
    widget.setStyleSheet("")
    widget.setPalette(QPalette())
    custom = getattr(widget, "restyle", None)
    if callable(custom):
        custom()
    elif widget.property(PROBLEM):
        widget.setStyleSheet(_problem_sheet(widget))
    else:
        widget.setStyleSheet(sheet)


def _problem_sheet(widget: QWidget) -> str:
    return f"color: {problem_colour(widget)};"


class _Watcher(QWidget):
    """Never shown: a top-level widget without a style sheet, so the application's palette changes reach it."""

    def __init__(self) -> None:
        super().__init__()
        self._waiting = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._waiting:
            # Once every window has the new palette (this one may hear of it first): a problem colour is chosen
            # from the palette a widget inherits.
            self._waiting = True
            QTimer.singleShot(0, self._restyle_all)

    def _restyle_all(self) -> None:
        self._waiting = False
        for widget in QApplication.allWidgets():
            if widget is not self and (widget.styleSheet() or callable(getattr(widget, "restyle", None))):
                restyle(widget)


_watcher: list[_Watcher] = []


def watch_palette() -> None:
    """Start the watcher (once per application; every widget that styles itself calls this)."""
    if not _watcher:
        watcher = _Watcher()
        watcher.setObjectName("paletteWatcher")
        watcher.destroyed.connect(_watcher.clear)  # (tests close every top-level window): the next call makes one
        _watcher.append(watcher)
