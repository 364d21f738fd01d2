"""Who opens a backup (the password of its day: exit 3 otherwise; the recovery key) and hostile headers: absurd
key-derivation settings refused before any key is derived, a newer format told as such."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contractor_app.backup import format
from contractor_app.backup.keys import Password
from contractor_app.backup.verify import verify_backup
from contractor_app.errors import BackupDamaged, NewerVersion
from contractor_app.store import crypto
from contractor_app.store.keyfile import canonical_json

from ..conftest import PASSWORD, Cli
from .conftest import Built


def forged(data: bytes, edit: Callable[[dict[str, Any]], None]) -> bytes:
    """The backup with its header edited and every checksum and hash recomputed, as a deliberate forger would."""
    length = int.from_bytes(data[len(format.MAGIC):format.PREFIX_BYTES], "big")
    body = json.loads(data[format.PREFIX_BYTES:format.PREFIX_BYTES + length])
    edit(body)
    key_file = body["key_file"]
    key_file.pop("checksum")
    key_file["checksum"] = hashlib.sha256(canonical_json(key_file)).hexdigest()
    body.pop("checksum")
    body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
    raw = canonical_json(body)
    payload = data[format.PREFIX_BYTES + length:-format.TRAILER_BYTES]
    return (format.MAGIC + len(raw).to_bytes(4, "big") + raw + payload + format.END_MAGIC
            + hashlib.sha256(raw).digest())


@pytest.fixture
def no_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a key was derived from a hostile header")

    monkeypatch.setattr(crypto.KdfParams, "derive", refuse)
    monkeypatch.setattr(crypto, "Argon2id", refuse)


@pytest.mark.parametrize("field, value", [
    ("memory_kib", 64 * 1024 * 1024),  # 64 GiB
    ("iterations", 10**9),
    ("lanes", 4096),
    ("memory_kib", "65536"),
    ("iterations", 2.0),
    ("lanes", True),
])
def test_absurd_key_settings_are_refused_before_any_key_is_derived(
        built: Built, tmp_path: Path, no_kdf: None, field: str, value: object) -> None:
    hostile = tmp_path / "hostile.clbackup"
    hostile.write_bytes(forged(built.backup.read_bytes(), lambda body: body["key_file"]["kdf"].update({field: value})))
    began = time.perf_counter()
    with pytest.raises(BackupDamaged, match="key settings"):
        verify_backup(hostile, Password(PASSWORD))
    # The patched KDF is the proof; the time is a second sign (about 10 ms here; a real 64 GiB derivation
    # would take minutes, or kill the app). Loose, because other work may share the machine.
    assert time.perf_counter() - began < 0.5


def test_an_impossible_header_length_is_refused_without_reading_on(tmp_path: Path, no_kdf: None) -> None:
    hostile = tmp_path / "hostile.clbackup"
    hostile.write_bytes(format.MAGIC + b"\xff\xff\xff\xff" + b"{}")
    with pytest.raises(BackupDamaged, match="length is impossible"):
        verify_backup(hostile, Password(PASSWORD))


def test_a_newer_format_says_so(built: Built, tmp_path: Path, cli: Cli, no_kdf: None) -> None:
    newer = tmp_path / "newer.clbackup"
    newer.write_bytes(forged(built.backup.read_bytes(), lambda body: body.update(version=2, new_field=[1, 2])))
    with pytest.raises(NewerVersion):
        verify_backup(newer, Password(PASSWORD))
    result = cli("backup", "verify", str(newer))
    assert result.code == 4  # the version is not authenticated: newer or changed cannot be told apart
    assert result.err == ("Error: This backup names a format version this app does not know: it was made by a newer "
                          "version of Contractor Ledger (update the app to open it), or it was changed. Nothing was "
                          "changed.\n")


def test_a_forged_field_of_the_right_type_still_fails_authentication(built: Built, tmp_path: Path) -> None:
    """Checksums can be recomputed by anyone; the header's hash is bound to every chunk, so the change is caught."""
    forged_file = tmp_path / "forged.clbackup"
    forged_file.write_bytes(forged(built.backup.read_bytes(), lambda body: body.update(app_version="9.9.9")))
    with pytest.raises(BackupDamaged, match="fails its check"):
        verify_backup(forged_file, Password(PASSWORD))


def test_wrong_password_is_exit_3_and_the_recovery_key_opens(built: Built, cli: Cli, tmp_path: Path) -> None:
    for command in ("verify", "restore"):
        result = cli("backup", command, str(built.backup), password="not the password")
        assert result.code == 3, result.err
        assert result.err.startswith("Error: Wrong password for this backup") and result.err.count("\n") == 1
    assert not any(cli.data_dir.glob("vault.*"))

    key_file = tmp_path / "recovery.txt"
    key_file.write_text(built.recovery_key + "\n")
    assert cli("backup", "verify", str(built.backup), "--recovery-key-file", str(key_file)).code == 0
    wrong_key = tmp_path / "wrong.txt"
    wrong_key.write_text("AAAA-" * 7 + "AAAA\n")
    result = cli("backup", "verify", str(built.backup), "--recovery-key-file", str(wrong_key))
    assert result.code == 3 and "recovery key does not open this backup" in result.err

    new_password = tmp_path / "new.txt"
    new_password.write_text("a fresh password\n")
    result = cli("backup", "restore", str(built.backup), "--recovery-key-file", str(key_file),
                 "--new-password-file", str(new_password), password=None)
    assert result.code == 0, result.err
    assert "Use your new password" in result.out
    assert cli("verify", password="a fresh password").code == 0
    assert cli("verify").code == 3
