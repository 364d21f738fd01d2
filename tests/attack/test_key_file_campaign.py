"""The key file campaign (issue 14): seeded mutations of vault.key, each refused with exit 3 or 4 and nothing on
disk changed.

Mutations: bit flips, truncation, and edits of the parsed header with its checksum redone (as an attacker can: it
is a plain SHA-256): a field set to a value of another type or size, deleted, wrapped in deep nesting, or copied
from another field, or set to what a newer app would write (a higher version, an unknown algorithm name): the
version is not authenticated, so those say "made by a newer version ... or changed" with exit 4 like any damage
(docs/security.md, "Unknown versions"). A mutation that parses to the same header is drawn again.

`make test` runs a few hundred; CONTRACTOR_APP_ATTACK=full runs the full count. CAMPAIGN_SEED replays a run.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import random
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contractor_app.cli.main import main
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.store.keyfile import canonical_json
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, vault_files
from ..sample import Templates

FULL = os.environ.get("CONTRACTOR_APP_ATTACK") == "full"
MUTATIONS = 1_200 if FULL else 300

Body = dict[str, Any]


def leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a field of the parsed header (objects and their members)."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += leaves(item, (*path, key))
    return found


def get(body: Body, path: tuple[Any, ...]) -> Any:
    for key in path:
        body = body[key]
    return body


def put(body: Body, path: tuple[Any, ...], value: Any) -> None:
    get(body, path[:-1])[path[-1]] = value


def hostile_value(rng: random.Random, old: Any) -> Any:
    choices: list[Callable[[], Any]] = [
        lambda: rng.choice([0, -1, 1, 2, 3, 2**31, 2**63, -(2**70), 10**30]),
        lambda: rng.choice([0.5, 1e308, -0.0]),
        lambda: rng.choice([True, False, None]),
        lambda: rng.choice(["", "x", "\u00e9" * 64, "\u0000", "A" * 10_000, "==", "AAAA", "0" * 64]),
        lambda: [old],
        lambda: {"value": old},
        lambda: str(old),
        lambda: rng.choice([[], {}]),
        lambda: json.loads("[" * 200 + "]" * 200),
    ]
    if isinstance(old, str):
        choices += [lambda: old[:-1], lambda: old + "A", lambda: old[::-1], lambda: old.upper(),
                    lambda: old.replace("A", "B", 1)]
    if isinstance(old, int) and not isinstance(old, bool):
        choices += [lambda: old + 1, lambda: old - 1, lambda: old * 1024, lambda: -old]
    return rng.choice(choices)()


def mutate(rng: random.Random, original: bytes, body: Body) -> tuple[str, bytes]:
    kind = rng.choice(["bit flips", "truncation", "field edit", "field edit", "field deleted", "deep nesting",
                       "field swap"])
    if kind == "bit flips":
        data = bytearray(original)
        for _ in range(rng.choice([1, 1, 2, 3, 8])):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        return kind, bytes(data)
    if kind == "truncation":
        return kind, original[: rng.randrange(len(original))]
    edited = copy.deepcopy(body)
    edited.pop("checksum")
    paths = leaves(edited)
    path = rng.choice(paths)
    if kind == "field edit":
        value = hostile_value(rng, get(edited, path))
        if rng.random() < 0.1:  # what a newer app would write, drawn on purpose
            path, value = rng.choice([(("version",), rng.randrange(3, 2**31)),
                                      (("kdf", "algorithm"), rng.choice(["scrypt", "argon2id-v2", "balloon"]))])
        put(edited, path, value)
    elif kind == "field deleted":
        del get(edited, path[:-1])[path[-1]]
    elif kind == "deep nesting":
        nested: list[Any] = []
        for _ in range(rng.choice([50, 900, 5_000])):
            nested = [nested]
        put(edited, path, nested)
    else:  # a well-formed value from another field, e.g. one slot's nonce in another's place
        put(edited, path, copy.deepcopy(get(edited, rng.choice(paths))))
    try:
        edited["checksum"] = hashlib.sha256(canonical_json(edited)).hexdigest()
        text = json.dumps(edited, sort_keys=True, indent=1)
    except (RecursionError, ValueError):
        # Too deep for Python's encoder: splice the nesting into the text instead (checksum left as it was).
        edited = copy.deepcopy(body)
        text = json.dumps(edited, sort_keys=True, indent=1).replace('"kdf": {', '"kdf": {"deep": '
                                                                    + "[" * 50_000 + "]" * 50_000 + ", ", 1)
    return kind, text.encode("utf-8")


def same_header(data: bytes, body: Body) -> bool:
    try:
        return json.loads(data) == body
    except (ValueError, RecursionError):
        return False


def one_client(vault: Vault) -> None:
    add_client(vault, NewClient(name="Campaign Co", currency="USD"))


@pytest.fixture(scope="module")
def folder(templates: Templates) -> Path:
    return templates(one_client).folder


@pytest.mark.slow
def test_every_mutation_of_the_key_file_is_refused_and_changes_nothing(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    seed = int(os.environ.get("CAMPAIGN_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    why = f"(replay with CAMPAIGN_SEED={seed})"
    records = tmp_path / "records"
    shutil.copytree(folder, records)
    key = records / "vault.key"
    original = key.read_bytes()
    body = json.loads(original)
    monkeypatch.setenv("CONTRACTOR_APP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(records), "list"]) == 0
    capsys.readouterr()
    untouched = {name: value for name, value in vault_files(records).items() if name != "vault.key"}

    tally: Counter[tuple[str, int]] = Counter()
    done = 0
    while done < MUTATIONS:
        kind, data = mutate(rng, original, body)
        if same_header(data, body):
            continue
        key.write_bytes(data)
        code = main(["--data-dir", str(records), "list"])
        err = capsys.readouterr().err
        assert code in (3, 4), f"mutation {done} ({kind}) gave exit {code}: {err.strip()!r} {why}\n{data[:2000]!r}"
        assert err.count("\n") == 1 and "Traceback" not in err and "Unexpected" not in err, (err, why)
        files = vault_files(records)
        assert files.pop("vault.key")[0] == data, f"mutation {done} ({kind}): the key file was rewritten {why}"
        assert files == untouched, f"mutation {done} ({kind}) changed the folder {why}"
        tally[(kind, code)] += 1
        done += 1
    key.write_bytes(original)
    assert main(["--data-dir", str(records), "list"]) == 0
    print(f"\nkey file campaign: seed {seed}, {done} mutations refused: "
          + ", ".join(f"{kind} exit {code}: {n}" for (kind, code), n in sorted(tally.items())))
