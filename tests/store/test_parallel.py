"""Beside (store/parallel.py): the work really runs in its own thread, and its value or its error reaches the
caller."""

from __future__ import annotations

import threading

import pytest

from contractor_app.errors import VaultDamaged
from contractor_app.store.parallel import Beside


def test_the_value_comes_back_from_another_thread() -> None:
    started, release = threading.Event(), threading.Event()

    def work() -> str:
        started.set()
        assert release.wait(10)
        return threading.current_thread().name

    pending = Beside(work)
    assert started.wait(10)  # running while this thread goes on
    release.set()
    assert pending.result() == "records-check"


def test_the_error_is_raised_by_result() -> None:
    def work() -> None:
        raise VaultDamaged("page 3")

    pending = Beside(work)
    pending.wait()
    with pytest.raises(VaultDamaged, match="page 3"):
        pending.result()
