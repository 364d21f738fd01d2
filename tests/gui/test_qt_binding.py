"""The Qt binding itself: PySide6 6.12.0 dropped a reference to True on every Signal.emit() made from Python, and
the app emits on every finished background task, so it aborted after a few hundred ("bool_dealloc"). The pin in
pyproject.toml excludes that release; this test refuses any binding with the same fault."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_emitting_a_signal_leaves_every_reference_count_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[object] = []
    emitter.carrying.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for number in range(200):
        emitter.plain.emit()
        emitter.carrying.emit(number)
    assert (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)) == before
    assert len(received) == 200
