"""A hostile vault.key (issue 14, finding 6): every malformed field is damage (exit 4, one line), never
"Unexpected error"; the KDF cost a header may ask for is capped; an unknown version or algorithm says so."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from contractor_app.store.crypto import KdfParams
from contractor_app.store.keyfile import canonical_json

from ..conftest import Cli
from .test_tamper import assert_damage, damaged, template  # noqa: F401 (fixtures)
from .test_vault import assert_one_line_error


def edit(path: Path, change: Any) -> None:
    """Apply ``change`` to the parsed header and redo its checksum, as an attacker can (it is a plain SHA-256)."""
    body = json.loads(path.read_text())
    body.pop("checksum")
    change(body)
    body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
    path.write_text(json.dumps(body))


def never(*args: object) -> bytes:
    raise AssertionError("the KDF ran on a hostile header")


def test_a_deeply_nested_key_file_is_damage(damaged: Cli) -> None:
    path = damaged.data_dir / "vault.key"
    original = path.read_text()
    path.write_text("[" * 100_000 + "]" * 100_000)
    assert_damage(damaged("list"), "damaged", "key file")
    deep = "[" * 20_000 + "1" + "]" * 20_000  # inside a header that is otherwise whole
    path.write_text(original.replace('"lanes": ', f'"deep": {deep}, "lanes": ', 1))
    assert_damage(damaged("list"), "damaged", "key file")


@pytest.mark.parametrize("where", ["rollback mac", "rollback head", "checksum"])
def test_a_non_ascii_mac_is_damage(damaged: Cli, where: str) -> None:
    path = damaged.data_dir / "vault.key"
    if where == "checksum":
        body = json.loads(path.read_text())
        body["checksum"] = "\u00e9" * 64
        path.write_text(json.dumps(body, ensure_ascii=False))
    else:
        field = where.split()[1]
        edit(path, lambda body: body["rollback"].update({field: "\u00e9" * 64}))
    assert_damage(damaged("list"), "damaged", "key file")


@pytest.mark.parametrize(("slot", "field", "value"), [
    ("password_slot", "nonce", base64.b64encode(b"short").decode()),
    ("password_slot", "nonce", "not base64!"),
    ("password_slot", "sealed", base64.b64encode(b"x" * 47).decode()),
    ("recovery_slot", "nonce", base64.b64encode(b"x" * 13).decode()),
    ("recovery_slot", "ephemeral", base64.b64encode(b"x" * 31).decode()),
    ("password_slot", "nonce", 12),
])
def test_a_bad_nonce_or_sealed_key_is_damage(damaged: Cli, slot: str, field: str, value: object,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    edit(damaged.data_dir / "vault.key", lambda body: body[slot].update({field: value}))
    monkeypatch.setattr(KdfParams, "derive", never)
    assert_damage(damaged("list"), "damaged", "key file")


@pytest.mark.parametrize("kdf", [
    {"memory_kib": 1024 * 1024, "iterations": 64},  # the 115-second, 1.1 GB unlock the old ceiling allowed
    {"memory_kib": 512 * 1024, "iterations": 1},  # more memory than 4 times the calibrated 64 MiB
    {"memory_kib": 256 * 1024, "iterations": 17},  # within each bound, but over the work cap
])
def test_the_kdf_cost_a_header_may_ask_for_is_capped(damaged: Cli, kdf: dict[str, int],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    edit(damaged.data_dir / "vault.key", lambda body: body["kdf"].update(kdf))
    monkeypatch.setattr(KdfParams, "derive", never)
    assert_damage(damaged("list"), "damaged", "key file")


def test_the_cap_admits_what_calibration_can_make() -> None:
    KdfParams(64, 64 * 1024, 4, b"s" * 16)  # the slowest a calibrated key file can be
    KdfParams(16, 256 * 1024, 4, b"s" * 16)


@pytest.mark.parametrize("algorithm", ["scrypt", "argon2id-v2"])
def test_an_unknown_kdf_algorithm_was_made_by_a_newer_version(damaged: Cli, algorithm: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    edit(damaged.data_dir / "vault.key", lambda body: body["kdf"].update(algorithm=algorithm))
    monkeypatch.setattr(KdfParams, "derive", never)
    assert_one_line_error(damaged("list"), 4, "newer version")


@pytest.mark.parametrize("algorithm", [None, 7, "ARGON2ID", "argon2id\u0000", "", ["argon2id"]])
def test_a_malformed_kdf_algorithm_is_damage(damaged: Cli, algorithm: object, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    edit(damaged.data_dir / "vault.key", lambda body: body["kdf"].update(algorithm=algorithm))
    monkeypatch.setattr(KdfParams, "derive", never)
    assert_damage(damaged("list"), "damaged", "key file")


@pytest.mark.parametrize("version", [0, -1, "2", 2.0, True, None, 2**70])
def test_a_malformed_version_is_damage(damaged: Cli, version: object, monkeypatch: pytest.MonkeyPatch) -> None:
    edit(damaged.data_dir / "vault.key", lambda body: body.update(version=version))
    monkeypatch.setattr(KdfParams, "derive", never)
    assert_damage(damaged("list"), "damaged", "key file")


def test_a_newer_version_with_a_bad_checksum_is_damage_not_an_update_request(damaged: Cli) -> None:
    """A bit flip turning version 2 into 3 must not send the worker off to update the app."""
    path = damaged.data_dir / "vault.key"
    path.write_text(path.read_text().replace('"version": 2', '"version": 3'))
    assert_damage(damaged("list"), "damaged", "key file", "checksum")
