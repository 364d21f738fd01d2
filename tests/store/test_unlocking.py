"""An unlock in two halves (store/unlocking.py): the password's key is derived in a background thread while the caller
loads code, and whatever happens, no derivation thread outlives the unlock; a hostile key file starts none."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from contractor_app.errors import VaultDamaged, WrongPassword
from contractor_app.store import unlocking
from contractor_app.store.crypto import KdfParams
from contractor_app.store.unlocking import THREAD_NAME, Derivation, begin_unlock
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli
from ..sample import Templates
from .test_hostile_key_file import edit
from .test_vault import assert_one_line_error


@pytest.fixture
def folder(data_dir: Path, templates: Templates) -> Path:
    """Locked records (a copy of a new vault made once per session)."""
    return templates().copy_to(data_dir)


def derivation_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == THREAD_NAME]


@pytest.fixture(autouse=True)
def no_thread_left() -> Iterator[None]:
    """Every test here ends with no derivation thread alive, whatever it raised."""
    yield
    assert derivation_threads() == []


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, list[str]]]:
    """A derivation that waits for ``release`` before deriving, and says when it started and ended."""
    release, said = threading.Event(), []
    derive = KdfParams.derive

    def held_derive(self: KdfParams, password: str) -> bytes:
        said.append("started")
        release.wait(10)
        try:
            return derive(self, password)
        finally:
            said.append("ended")

    monkeypatch.setattr(KdfParams, "derive", held_derive)
    yield release, said
    release.set()


def later(seconds: float, action: Callable[[], object]) -> threading.Timer:
    timer = threading.Timer(seconds, action)
    timer.start()
    return timer


def test_the_key_is_derived_while_the_block_runs(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    where: list[threading.Thread] = []
    started = threading.Event()
    derive = KdfParams.derive

    def watched(self: KdfParams, password: str) -> bytes:
        where.append(threading.current_thread())
        started.set()
        return derive(self, password)

    monkeypatch.setattr(KdfParams, "derive", watched)
    with begin_unlock(folder, PASSWORD) as pending:
        assert started.wait(10)  # under way before the block asks for it: the block's own work overlaps it
        vault = Vault.finish_unlock(pending)
    with vault:
        assert vault.chain_head().seq >= 0
    assert where and where[0] is not threading.main_thread()


def test_a_wrong_password_is_refused_and_its_thread_joined(folder: Path) -> None:
    with pytest.raises(WrongPassword, match="Wrong password. Nothing was changed."), \
            begin_unlock(folder, "not the password") as pending:
        Vault.finish_unlock(pending)
    with pytest.raises(WrongPassword):
        Vault.unlock(folder, "not the password either")


def test_an_error_in_the_block_waits_for_the_derivation(folder: Path, held: tuple[threading.Event, list[str]]
                                                        ) -> None:
    """The block fails (an import, say) while the key is being derived: the error leaves only once the thread has
    ended, and the key goes nowhere."""
    release, said = held
    later(0.3, release.set)
    with pytest.raises(RuntimeError, match="loading failed"), begin_unlock(folder, PASSWORD):
        raise RuntimeError("loading failed")
    assert said == ["started", "ended"]


def test_ctrl_c_in_the_block_waits_for_the_derivation(folder: Path, held: tuple[threading.Event, list[str]]) -> None:
    release, said = held
    later(0.3, release.set)
    with pytest.raises(KeyboardInterrupt), begin_unlock(folder, PASSWORD):
        raise KeyboardInterrupt
    assert said == ["started", "ended"]


def test_ctrl_c_while_waiting_for_the_key_still_joins_the_thread(folder: Path,
                                                                 held: tuple[threading.Event, list[str]]) -> None:
    """Argon2id cannot be stopped halfway: Ctrl-C during the wait is raised once the derivation has ended."""
    release, said = held
    main = threading.main_thread().ident
    assert main is not None
    later(0.2, lambda: signal.pthread_kill(main, signal.SIGINT))
    later(0.6, release.set)
    began = time.perf_counter()
    with pytest.raises(KeyboardInterrupt), begin_unlock(folder, PASSWORD) as pending:
        Vault.finish_unlock(pending)
    assert said == ["started", "ended"]
    assert time.perf_counter() - began >= 0.5  # it waited past the interrupt, for the derivation's end


def test_an_error_in_the_derivation_reaches_the_unlock(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(self: KdfParams, password: str) -> bytes:
        raise MemoryError("no room for 64 MiB")

    monkeypatch.setattr(KdfParams, "derive", failing)
    with pytest.raises(MemoryError, match="no room"):
        Vault.unlock(folder, PASSWORD)


def never(*args: object) -> None:
    raise AssertionError("a key derivation started on a hostile key file")


@pytest.mark.parametrize("kdf", [
    {"memory_kib": 64 * 1024 * 1024, "iterations": 1},  # 64 GiB
    {"memory_kib": 256 * 1024, "iterations": 17},  # within each bound, but over the work cap
])
def test_a_hostile_key_file_starts_no_derivation(folder: Path, kdf: dict[str, int], cli: Cli,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    edit(folder / "vault.key", lambda body: body["kdf"].update(kdf))
    monkeypatch.setattr(Derivation, "__init__", never)
    monkeypatch.setattr(unlocking.threading.Thread, "start", never)
    with pytest.raises(VaultDamaged, match="key file"):
        Vault.unlock(folder, PASSWORD)
    for command in (("list",), ("summary",), ("log", "--client", "acme", "--start", "2026-03-03T09:00", "--end",
                                              "2026-03-03T10:00")):
        assert_one_line_error(cli(*command), 4, "key file")


def test_the_commands_join_the_thread_after_a_wrong_password(folder: Path, cli: Cli) -> None:
    for command in (("list",), ("summary",), ("verify",), ("client", "list"),
                    ("log", "--client", "acme", "--start", "2026-03-03T09:00", "--end", "2026-03-03T10:00")):
        assert_one_line_error(cli(*command, password="not the password"), 3, "Wrong password. Nothing was changed.")
        assert derivation_threads() == []


def test_a_command_that_fails_after_the_unlock_leaves_no_thread(folder: Path, cli: Cli) -> None:
    assert_one_line_error(cli("log", "--client", "nobody", "--start", "2026-03-03T09:00", "--end",
                              "2026-03-03T10:00"), 1, "nobody")
    assert derivation_threads() == []


def test_the_prompt_still_unlocks_and_the_layer_loads_while_the_worker_types(folder: Path, cli: Cli,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """At a prompt the worker's typing takes longer than any import: the database layer loads before the prompt,
    as it did before the derivation moved to a thread; a wrong password typed there is refused the same way."""
    from contractor_app.cli import context, password

    said: list[str] = []
    load = context._load_database_layer
    typed = iter([PASSWORD, "not the password"])

    def loading(*args: Any) -> None:
        said.append("load")
        load(*args)

    def prompt(label: str) -> str:
        said.append(label)
        return next(typed)

    monkeypatch.setattr(context, "_load_database_layer", loading)
    monkeypatch.setattr(password.getpass, "getpass", prompt)
    monkeypatch.setattr(password.sys.stdin, "isatty", lambda: True)
    assert cli("list", password=None).code == 0
    assert said[:2] == ["load", "Password: "]
    assert_one_line_error(cli("list", password=None), 3, "Wrong password. Nothing was changed.")


def test_the_unlock_under_way_does_not_show_the_password(folder: Path) -> None:
    with begin_unlock(folder, PASSWORD) as pending:
        assert PASSWORD not in repr(pending) and PASSWORD not in str(pending)
        Vault.finish_unlock(pending).lock()
