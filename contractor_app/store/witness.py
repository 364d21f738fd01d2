"""The rollback witness: the newest change this computer saw in a vault, kept outside the data folder.

The key file's rollback record catches a ``vault.db`` replaced by an older copy, but not both files replaced
together (a cloud folder's version history restores them as a pair). So each commit also moves a small witness
in the platform's config folder (``user_config_dir("contractor-app")/witness/``, or ``$CONTRACTOR_APP_CONFIG_DIR``):
the latest audit sequence and chain head, with a MAC keyed from the data key. There is one witness per vault id and
data folder: a ``previous-*`` folder a restore set aside holds the same vault, older or newer, and is not a rollback
of the records in use. An unlock that finds the records behind their witness refuses them as rolled back.

It does not stop someone who can also replace or delete the config folder (a missing witness is normal on a new
computer, and a witness that fails its check is treated as missing: after a re-key it is keyed with the old data
key until the next commit). docs/security.md says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .crypto import subkey
from .fileio import atomic_write

CONFIG_DIR_ENV = "CONTRACTOR_APP_CONFIG_DIR"
_VAULT_ID = re.compile(r"[0-9a-f-]{36}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class Witness:
    seq: int
    head: str


def config_folder() -> Path:
    """The app's config folder: ``$CONTRACTOR_APP_CONFIG_DIR`` (tests, portable installs) or the platform's."""
    if os.environ.get(CONFIG_DIR_ENV):
        return Path(os.environ[CONFIG_DIR_ENV])
    from platformdirs import user_config_dir

    return Path(user_config_dir("contractor-app"))


def _path(vault_id: str, folder: Path) -> Path | None:
    if not _VAULT_ID.fullmatch(vault_id):  # the id names a file: never a path from a hostile header
        return None
    place = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return config_folder() / "witness" / f"{vault_id}-{place}.json"


def _mac(data_key: bytes, vault_id: str, seq: int, head: str) -> str:
    message = json.dumps({"vault_id": vault_id, "seq": seq, "head": head}, sort_keys=True).encode()
    return hmac.new(subkey(data_key, "rollback witness"), message, hashlib.sha256).hexdigest()


def read_witness(vault_id: str, folder: Path, data_key: bytes) -> Witness | None:
    """The witness of ``vault_id`` in ``folder``, or None when there is none or it fails its check."""
    path = _path(vault_id, folder)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            body = json.loads(handle.read(4096))
        seq, head, mac = body["seq"], body["head"], body["mac"]
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None
    if (type(seq) is not int or seq < 0 or not isinstance(head, str) or not _HEX64.fullmatch(head)
            or not isinstance(mac, str) or not _HEX64.fullmatch(mac)):
        return None
    if not hmac.compare_digest(mac, _mac(data_key, vault_id, seq, head)):
        return None
    return Witness(seq, head)


def write_witness(vault_id: str, folder: Path, data_key: bytes, seq: int, head: str) -> None:
    """Record ``seq``/``head`` as the newest change seen. Best effort: a config folder that cannot be written
    (read-only home, full disk) weakens the check but must not stop the worker recording their work."""
    path = _path(vault_id, folder)
    if path is None:
        return
    body = {"vault_id": vault_id, "seq": seq, "head": head, "mac": _mac(data_key, vault_id, seq, head)}
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(path, json.dumps(body, sort_keys=True).encode() + b"\n")


def forget_witness(vault_id: str, folder: Path) -> None:
    """Drop the witness, for a restore the worker asked for: the restored records are older on purpose."""
    path = _path(vault_id, folder)
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()
