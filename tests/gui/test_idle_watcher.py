"""The auto-lock's idle watcher filters the application's events only while records are open: before that, every
event of the unlock window's first paint would pass through Python for nothing (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from contractor_app.gui.idle import IdleWatcher


class CountingWatcher(IdleWatcher):
    def __init__(self, app: QObject) -> None:
        super().__init__(app, minutes=5)
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen += 1
        return super().eventFilter(watched, event)


def test_the_idle_watcher_listens_only_while_armed(qapp: QApplication) -> None:
    watcher = CountingWatcher(qapp)
    target = QObject()
    QApplication.sendEvent(target, QEvent(QEvent.Type.User))
    assert watcher.seen == 0
    watcher.start()
    QApplication.sendEvent(target, QEvent(QEvent.Type.User))
    assert watcher.seen >= 1
    watcher.start()  # started twice (unlocked again): still one filter
    watcher.stop()
    watcher.seen = 0
    QApplication.sendEvent(target, QEvent(QEvent.Type.User))
    assert watcher.seen == 0
