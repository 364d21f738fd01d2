"""The app's own colours meet WCAG AA against the backgrounds they are drawn on, in a light, a dark and two
high-contrast palettes: text 4.5:1 (the red of problems), graphics and the edges of controls 3:1 (chart series,
card and drop-zone borders). The ratios are computed here from WCAG 2.1's relative luminance.

The system's own palette colours (text on window, highlight) are the platform's business; these are the colours the
app picks or mixes itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from contractor_app.gui.dashboard.charts import series_colours
from contractor_app.gui.palette_hook import problem_colour
from contractor_app.gui.previews import outline_colour

TEXT = 4.5
GRAPHICS = 3.0


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def ratio(front: QColor | str, back: QColor | str) -> float:
    lighter, darker = sorted((luminance(QColor(front)), luminance(QColor(back))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_ratio_is_wcag_s() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic grey that just fails AA


def _palette(window: str, base: str, text: str, highlight: str, placeholder: str) -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base),
                         (QPalette.ColorRole.AlternateBase, base), (QPalette.ColorRole.Button, window),
                         (QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.Text, text),
                         (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.Highlight, highlight),
                         (QPalette.ColorRole.PlaceholderText, placeholder)):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {
    "light": lambda: QStyleFactory.create("Fusion").standardPalette(),
    "dark": lambda: _palette("#2d2d2d", "#1e1e1e", "#e6e6e6", "#2f65ca", "#9a9a9a"),  # Breeze/Adwaita-like dark
    "high contrast black": lambda: _palette("#000000", "#000000", "#ffffff", "#1aebff", "#c0c0c0"),
    "high contrast white": lambda: _palette("#ffffff", "#ffffff", "#000000", "#37006e", "#404040"),
}


@pytest.fixture(params=list(PALETTES))
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    chosen = PALETTES[request.param]()
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(before)


def test_problem_red_reads_as_text_on_windows_and_tables(qtbot, palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    red = problem_colour(widget)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert ratio(red, palette.color(role)) >= TEXT, (red, palette.color(role).name())


def test_chart_series_stand_out_from_the_chart(qtbot, palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    base = palette.color(QPalette.ColorRole.Base)
    for colour in series_colours(palette):
        assert ratio(colour, base) >= GRAPHICS, (colour.name(), base.name())
    accent, second, _ = series_colours(palette)  # paid (second) beside owed (accent) in one stacked bar
    assert accent != second


def test_card_and_drop_zone_edges_show(qtbot, palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    edge = outline_colour()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert ratio(edge, palette.color(role)) >= GRAPHICS, (edge, palette.color(role).name())
