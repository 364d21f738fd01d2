"""The password's key, derived in a thread while the database layer loads (issue 18).

Argon2id runs in C with the GIL released (OpenSSL spreads its four lanes over up to four threads, one per CPU), so
while it works (half a second, by design) the unlocking thread can import SQLAlchemy, the mapped models and the rest
of the store (about a third of a second, on one CPU). The derivation then uses the CPUs the imports leave idle
instead of starting after them: a gain where CPUs are idle, nothing on a machine whose CPUs are all busy anyway.

Light on purpose: this module needs the key file's reader and the KDF, nothing of the database layer. The header it
reads is only a guess at what the unlock will read, which first finishes an interrupted restore or password change:
``kek_for`` hands the key over only for the same parameters and password, so a changed key file means one more
derivation, never a wrong key. Nothing is reported from here: a missing or damaged key file, or a failing
derivation, leaves the unlock to meet the same problem and say it in its own words. The derived key stays in memory,
as the unlock's own does; it is handed over once, and ``close`` (whatever the unlock did) waits for the thread and
drops a key that was not.
"""

from __future__ import annotations

import hmac
import threading
from pathlib import Path

from .crypto import KdfParams
from .keyfile import KeyHeader


class KeyAhead:
    """Starts deriving the key of ``password`` under the KDF of the key file at ``key_path`` when constructed."""

    def __init__(self, key_path: Path, password: str) -> None:
        self._password = password
        self._kek: bytes | None = None
        self._thread: threading.Thread | None = None
        try:
            self._kdf: KdfParams | None = KeyHeader.read(key_path).kdf
        except Exception:  # noqa: BLE001 - the unlock reads it again and reports what is wrong
            self._kdf = None
            return
        # Not a daemon: it is always joined, and the interpreter never stops it in the middle of Argon2id.
        self._thread = threading.Thread(target=self._derive, name="key derivation")
        self._thread.start()

    def _derive(self) -> None:
        assert self._kdf is not None
        try:
            self._kek = self._kdf.derive(self._password)
        except Exception:  # noqa: BLE001 - the unlock derives again and meets the same error
            self._kek = None

    def kek_for(self, kdf: KdfParams, password: str) -> bytes | None:
        """The key of ``password`` under ``kdf``, once it is derived, if that is what was derived; else None (the
        caller derives it). Hands the key over once."""
        same = kdf == self._kdf and hmac.compare_digest(password.encode("utf-8"), self._password.encode("utf-8"))
        kek = self._taken()
        return kek if same else None

    def close(self) -> None:
        """Wait for the derivation, and drop its key if it was not handed over."""
        self._taken()

    def _taken(self) -> bytes | None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        kek, self._kek, self._password = self._kek, None, ""
        return kek
