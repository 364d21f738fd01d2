"""The Dashboard's axis titles are whole on a small screen and with large text: at 1024x640 the rate chart's
"USD per hour" was cut to "USD per…" (the chart is short, and a vertical title has only its height)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from contractor_app.gui.controller import Ledger
from contractor_app.gui.dashboard.charts import Chart

from ...conftest import fast_cases
from ...sample import SampleWork, Templates
from ..conftest import text_at, unlock_copy

TITLE_BAR = 30


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=12)).folder


@pytest.fixture(params=[1.0, 1.5, 2.0], ids=["100%", "150%", "200%"])
def text_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """The worker's text size: the application font scaled before the window is built."""
    with text_at(request.param):
        yield request.param


def _room(chart: Chart, axis: QAbstractAxis) -> float:
    area = chart.chart().plotArea()
    return area.height() if axis.orientation() == Qt.Orientation.Vertical else area.width()


@pytest.mark.parametrize("width, height", fast_cases([(1024, 640), (1366, 768)]))
def test_every_axis_title_is_whole(qtbot, text_scale: float, ledger: Ledger, template: Path,  # type: ignore[no-untyped-def]
                                   data_dir: Path, width: int, height: int) -> None:
    main = unlock_copy(ledger, template, data_dir, "dashboard")
    main.show()
    main.resize(width, height - TITLE_BAR)
    qtbot.waitExposed(main)
    QApplication.processEvents()
    charts = main.dashboard.findChildren(Chart)
    assert len(charts) == 3
    titled = 0
    for chart in charts:
        for axis in chart.chart().axes():
            title = axis.titleText()
            if not title:
                continue
            needed = QFontMetricsF(axis.titleFont()).horizontalAdvance(title)
            assert needed <= _room(chart, axis), (chart.objectName(), title, needed, _room(chart, axis))
            titled += 1
    assert titled >= 5
