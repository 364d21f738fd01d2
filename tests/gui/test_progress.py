"""The one cancellable job with progress (gui/progress.py) that report saving and the backup work share: progress
reaches the bar and the view, Cancel makes the service's next step raise the panel's own error, and a late report
from a finished job changes nothing."""

from __future__ import annotations

import pytest

from contractor_app.gui.progress import STEPS, ProgressPanel


class Stopped(Exception):
    pass


def test_cancel_raises_the_panels_error_at_the_next_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ProgressPanel(Stopped, "Progress", "Stop it")
    qtbot.addWidget(panel)
    seen: list[tuple[int, int]] = []
    panel.progressed.connect(lambda done, total: seen.append((done, total)))
    job = panel.start("Working…")
    assert panel.isVisibleTo(panel.parentWidget() or panel) and panel.busy and panel.bar.maximum() == 0
    job(1, 4)
    assert seen == [(1, 4)] and panel.bar.value() == STEPS // 4
    assert not job.flag.is_set()
    panel.cancel_button.click()
    assert job.cancelled and job.flag.is_set() and not panel.cancel_button.isEnabled()
    assert panel.label.text() == "Cancelling…"
    with pytest.raises(Stopped):
        job(2, 4)
    assert seen == [(1, 4)]
    panel.finish()
    assert not panel.busy and panel.isHidden()


def test_work_started_without_words_shows_none_even_when_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ProgressPanel(Stopped, "Progress", "Stop it")
    qtbot.addWidget(panel)
    panel.start("")
    assert panel.label.isHidden()
    panel.cancel()
    assert panel.label.text() == "" and panel.label.isHidden()
    panel.start("Checking…")
    assert not panel.label.isHidden()


def test_a_late_report_from_an_earlier_job_is_ignored(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ProgressPanel(Stopped, "Progress", "Stop it")
    qtbot.addWidget(panel)
    old = panel.start("First")
    panel.finish()
    new = panel.start("Second")
    old(3, 4)
    assert panel.bar.maximum() == 0  # still waiting for the new job's first step
    new(1, 2)
    assert panel.bar.value() == STEPS // 2
