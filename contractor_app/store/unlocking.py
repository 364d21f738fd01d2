"""An unlock begun: the key file read and checked, and the password's key derived in a background thread while the
caller loads the code it will need once the records are open; ``Vault.finish_unlock`` waits for it and opens them.

Why a thread: the Argon2id is calibrated to about half a second (store/crypto.py), and a command that writes loads
SQLAlchemy and the models (about a quarter of a second) before it can do anything. cryptography's Argon2id releases
the GIL, so both go on at once: on the 2-core machine, a 0.55 s derivation and those imports took 0.80-0.88 s one
after the other and 0.66-0.70 s together (issue 18; docs/decisions/0006 has the commands' figures).

What does not change: the key file is read and every field checked (its checksum, the Argon2id parameters within
their bounds) before the thread starts, so a hostile header derives nothing, as before; the thread is joined on every
way out of ``begin_unlock``'s block (an error, Ctrl-C, a wrong password), and the derived key goes nowhere but to the
unlock that waits for it. This module imports the key file's reader and the finishing of an interrupted restore or
re-key, not the rest of the store, so the derivation starts as early as it can.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from ..errors import VaultMissing
from .crypto import KdfParams
from .keyfile import KeyHeader
from .paths import VaultPaths
from .rekey import finish_interrupted_rekey
from .swap import finish_interrupted_swap

THREAD_NAME = "contractor-ledger key derivation"


def read_key_file(folder: Path) -> tuple[VaultPaths, KeyHeader]:
    """The vault's paths and its checked key file. A restore or a re-key that a kill interrupted is completed
    first (either may replace the key file), so nothing reads a key file that is about to change."""
    finish_interrupted_swap(Path(folder))
    paths = VaultPaths(Path(folder))
    finish_interrupted_rekey(paths.folder, paths.lock, paths.db, paths.key)
    if not paths.exists():
        raise VaultMissing.said("No records found in {folder}. Create them with `contractor-app init`.",
                                folder=folder)
    return paths, KeyHeader.read(paths.key)


class Derivation:
    """``kdf.derive(password)`` running in a thread of its own from the moment it is made; ``key`` waits for it."""

    def __init__(self, kdf: KdfParams, password: str) -> None:
        self._result: bytes | BaseException | None = None
        self._done = threading.Event()
        # Not a daemon: should a caller ever leave without joining, the interpreter still waits for it at exit.
        self._thread = threading.Thread(target=self._derive, args=(kdf, password), name=THREAD_NAME)
        self._thread.start()

    def _derive(self, kdf: KdfParams, password: str) -> None:
        try:
            self._result = kdf.derive(password)
        except BaseException as error:  # noqa: BLE001 - handed to the thread that waits for the key, which raises it
            self._result = error
        finally:
            self._done.set()

    def join(self) -> None:
        """Wait until the thread has ended. Ctrl-C during the wait cannot stop Argon2id (it runs outside Python),
        so the wait goes on to its end (at most a few seconds: the parameters are capped) and Ctrl-C is raised
        after it: no thread outlives the unlock that started it.

        The wait is on an event the thread sets last, not on ``Thread.join``: Python 3.11's join, interrupted by
        Ctrl-C, marks a running thread as ended, and every later join returns at once."""
        interrupted: KeyboardInterrupt | None = None
        while True:
            try:
                self._done.wait()
                self._thread.join()  # the thread has only to return now
                break
            except KeyboardInterrupt as error:
                interrupted = error
        if interrupted is not None:
            raise interrupted

    def key(self) -> bytes:
        """The derived key, once the thread has ended; whatever the derivation raised is raised here."""
        self.join()
        result, self._result = self._result, None
        if isinstance(result, BaseException):
            raise result
        return cast(bytes, result)


@dataclass(frozen=True, slots=True)
class PendingUnlock:
    """What ``Vault.finish_unlock`` needs: the checked key file, the password (a key file below the KDF floor is
    strengthened with it) and the derivation under way."""

    paths: VaultPaths
    header: KeyHeader
    password: str = field(repr=False)  # never in a message or a log, should the unlock under way be printed
    derivation: Derivation = field(repr=False)

    def data_key(self) -> bytes | None:
        """The data key (waiting for the derivation), or None when the password is wrong."""
        return self.header.unwrap_with(self.derivation.key())


@contextlib.contextmanager
def begin_unlock(folder: Path, password: str) -> Iterator[PendingUnlock]:
    """Read and check the key file, start deriving the password's key, and hand back the unlock under way for the
    block to finish (``Vault.finish_unlock``) once it has loaded what it needs. Leaving the block waits for the
    derivation, however the block ends."""
    paths, header = read_key_file(folder)
    derivation = Derivation(header.kdf, password)
    try:
        yield PendingUnlock(paths, header, password, derivation)
    finally:
        derivation.join()
