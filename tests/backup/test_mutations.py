"""Hundreds of randomised changes to a backup, each refused as damage (exit 4) with nothing restored.

The changes are made on the bytes in memory and each result goes through the real restore, in process, into a data
folder holding a vault: flipped bits in the header, the payload and the trailer; truncation at every chunk boundary
and at random offsets; chunks duplicated, reordered or dropped; garbage appended; headers swapped between backups of
the same vault and of another one; header fields edited with the checksum and the trailer made consistent again.
Afterwards the data folder must be exactly as it was. Set MUTATION_SEED to replay. CONTRACTOR_APP_ATTACK=full
(`make attack`) runs four times as many random mutations (over 1,000).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from contractor_app.backup import format, stream
from contractor_app.backup.create import create_backup
from contractor_app.backup.keys import Password
from contractor_app.errors import BackupDamaged
from contractor_app.services.backups.restore import restore_backup
from contractor_app.services.backups.schedule import BackupSettings, save_settings
from contractor_app.store.keyfile import canonical_json
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli, vault_files
from .conftest import Built, build, copy_of

OTHER_PASSWORD = "someone else's password"
SCALE = 4 if os.environ.get("CONTRACTOR_APP_ATTACK") == "full" else 1


@dataclass(frozen=True)
class Layout:
    data: bytes
    body: int  # offset of the first chunk
    chunks: list[tuple[int, int]]  # (offset, length) of each sealed chunk
    trailer: int  # offset of the trailer

    @staticmethod
    def of(data: bytes) -> Layout:
        header_bytes = int.from_bytes(data[len(format.MAGIC):format.PREFIX_BYTES], "big")
        body = format.PREFIX_BYTES + header_bytes
        trailer = len(data) - format.TRAILER_BYTES
        starts = range(body, trailer, stream.CHUNK_BYTES + stream.TAG_BYTES)
        return Layout(data, body, [(s, min(stream.CHUNK_BYTES + stream.TAG_BYTES, trailer - s)) for s in starts],
                      trailer)

    def chunk(self, index: int) -> bytes:
        offset, length = self.chunks[index]
        return self.data[offset:offset + length]

    def with_chunks(self, chunks: list[bytes]) -> bytes:
        return self.data[:self.body] + b"".join(chunks) + self.data[self.trailer:]


@dataclass(frozen=True)
class Backups:
    main: bytes  # of a vault holding every kind of record
    same_vault: bytes  # of the same vault after one more change, the same size
    other_vault: bytes  # of another vault with the same password, the same size
    other_password: bytes  # of another vault with another password, the same size


@pytest.fixture(scope="module")
def backups(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Backups:
    root = tmp_path_factory.mktemp("mutations")
    with Vault.unlock(copy_of(built, root / "a"), PASSWORD) as vault:
        save_settings(vault, BackupSettings(keep_daily=6))
        create_backup(vault, root / "same.clbackup")
    other = build(root / "b")
    with Vault.unlock(other.folder, PASSWORD) as vault:
        vault.change_password(PASSWORD, OTHER_PASSWORD)
        create_backup(vault, root / "other-password.clbackup")
    found = Backups(built.backup.read_bytes(), (root / "same.clbackup").read_bytes(), other.backup.read_bytes(),
                    (root / "other-password.clbackup").read_bytes())
    sizes = {len(found.main), len(found.same_vault), len(found.other_vault), len(found.other_password)}
    assert len(sizes) == 1, "the swaps below need backups of one size"
    assert len(Layout.of(found.main).chunks) >= 6
    return found


def mutations(backups: Backups, rng: random.Random, scale: int = 1) -> Iterator[tuple[str, bytes, str]]:
    """(kind, mutated bytes, password to try) for every mutation; ``scale`` multiplies the random ones."""
    data = backups.main
    layout = Layout.of(data)
    n = len(layout.chunks)

    def flipped(low: int, high: int) -> bytes:
        position = rng.randrange(low, high)
        changed = bytearray(data)
        changed[position] ^= 1 << rng.randrange(8)
        return bytes(changed)

    for _ in range(80 * scale):
        yield "bit flipped in the header", flipped(0, layout.body), PASSWORD
    for _ in range(120 * scale):
        yield "bit flipped in the payload", flipped(layout.body, layout.trailer), PASSWORD
    for _ in range(20 * scale):
        yield "bit flipped in the trailer", flipped(layout.trailer, len(data)), PASSWORD
    boundaries = {0, format.PREFIX_BYTES, layout.body, layout.trailer, len(data) - 1}
    boundaries |= {offset for offset, _ in layout.chunks} | {offset + length for offset, length in layout.chunks}
    for cut in sorted(boundaries - {len(data)}):
        yield "truncated at a boundary", data[:cut], PASSWORD
    for _ in range(30 * scale):
        yield "truncated at a random offset", data[:rng.randrange(len(data))], PASSWORD
    chunks = [layout.chunk(i) for i in range(n)]
    for _ in range(15 * scale):  # two full-size chunks trade places: same length, so only authentication can tell
        i, j = rng.sample(range(n - 1), 2)
        swapped = chunks.copy()
        swapped[i], swapped[j] = chunks[j], chunks[i]
        yield "chunks reordered", layout.with_chunks(swapped), PASSWORD
    for _ in range(5 * scale):  # the short last chunk moved too
        i = rng.randrange(n - 1)
        yield "last chunk moved", layout.with_chunks(chunks[:i] + [chunks[-1]] + chunks[i:-1]), PASSWORD
    for _ in range(15 * scale):  # one chunk's place taken by a copy of another: same length again
        i, j = rng.sample(range(n - 1), 2)
        yield "chunk duplicated over another", layout.with_chunks(chunks[:j] + [chunks[i]] + chunks[j + 1:]), PASSWORD
    for _ in range(10 * scale):
        i = rng.randrange(n)
        yield "chunk duplicated", layout.with_chunks(chunks[:i + 1] + [chunks[i]] + chunks[i + 1:]), PASSWORD
    for _ in range(5 * scale):
        i = rng.randrange(n)
        yield "chunk dropped", layout.with_chunks(chunks[:i] + chunks[i + 1:]), PASSWORD
    for _ in range(20 * scale):
        yield "garbage appended", data + rng.randbytes(rng.choice([1, 16, 17, 4096, 65552, rng.randrange(1, 99999)])), \
            PASSWORD
    yield "trailer appended twice", data + data[layout.trailer:], PASSWORD
    yield "last chunk appended twice", data[:layout.trailer] + chunks[-1] + data[layout.trailer:], PASSWORD
    for name, other, password in (("same vault", backups.same_vault, PASSWORD),
                                  ("other vault", backups.other_vault, PASSWORD),
                                  ("other vault and password", backups.other_password, OTHER_PASSWORD)):
        theirs = Layout.of(other)
        yield f"header swapped ({name})", other[:theirs.body] + data[layout.body:], PASSWORD
        # Their header with their trailer too: the layout is consistent, only the chunks' binding to it can tell.
        yield f"header and trailer swapped ({name})", other[:theirs.body] + data[layout.body:layout.trailer] + \
            other[theirs.trailer:], password
        yield f"payload swapped ({name})", data[:layout.body] + other[theirs.body:theirs.trailer] + \
            data[layout.trailer:], PASSWORD
    header = json.loads(data[format.PREFIX_BYTES:layout.body])
    editable = ["created_at", "app_version", "payload_salt", "snapshot_bytes", "chunk_bytes", "vault_id"]
    for _ in range(20 * scale):  # a field edited, the checksum and the trailer made to agree: only the seals can tell
        edited = {**header}
        edited.pop("checksum")
        field = rng.choice(editable)
        edited[field] = _edited(edited[field], rng)
        edited["checksum"] = hashlib.sha256(canonical_json(edited)).hexdigest()
        raw = canonical_json(edited)
        yield f"header field edited ({field})", (format.MAGIC + len(raw).to_bytes(4, "big") + raw
                                                 + data[layout.body:layout.trailer] + format.END_MAGIC
                                                 + hashlib.sha256(raw).digest()), PASSWORD


def _edited(value: object, rng: random.Random) -> object:
    """Another value of the same kind: a changed character of a text, a neighbouring number."""
    if isinstance(value, int):
        return value + rng.choice([-4096, 4096, -1, 1])
    text = str(value)
    i = rng.randrange(len(text))
    replacement = rng.choice([c for c in "0123456789abcdefABCDEF" if c != text[i]])
    return text[:i] + replacement + text[i + 1:]


@pytest.mark.slow
def test_every_mutation_is_refused_as_damage_and_nothing_is_restored(backups: Backups, tmp_path: Path) -> None:
    seed = int(os.environ.get("MUTATION_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    folder = tmp_path / "records"
    Vault.create(folder, "the current password")[0].lock()
    before = vault_files(folder)
    candidate = tmp_path / "mutated.clbackup"

    # The unmodified backup restores (so the refusals below are about the mutations), into another folder.
    candidate.write_bytes(backups.main)
    assert restore_backup(candidate, Password(PASSWORD), tmp_path / "control").report.ok

    kinds: Counter[str] = Counter()
    for kind, mutated, password in mutations(backups, rng, SCALE):
        assert mutated != backups.main, kind
        candidate.write_bytes(mutated)
        with pytest.raises(BackupDamaged) as refused:
            restore_backup(candidate, Password(password), folder)
        assert refused.value.exit_code == 4 and "Nothing was restored" in str(refused.value), (kind, seed)
        kinds[kind] += 1
    assert vault_files(folder) == before, f"the data folder changed (seed {seed})"
    print(f"\nmutations (seed {seed}): {sum(kinds.values())} refused: {dict(kinds)}")
    assert sum(kinds.values()) >= (1000 if SCALE > 1 else 300)


def test_damage_through_the_cli_is_exit_4_in_one_line(backups: Backups, cli: Cli, tmp_path: Path) -> None:
    layout = Layout.of(backups.main)
    cut = tmp_path / "cut.clbackup"
    cut.write_bytes(backups.main[:layout.chunks[2][0]])
    for command in ("verify", "restore"):
        result = cli("backup", command, str(cut))
        assert result.code == 4 and result.err.count("\n") == 1, result.err
        assert "damaged (cut short)" in result.err and "Nothing was restored or changed" in result.err
    assert not cli.data_dir.exists() or not any(cli.data_dir.glob("vault.*"))


def test_the_stream_alone_detects_cuts_reorders_and_foreign_headers() -> None:
    """The layout checks above catch most of these early; the stream must catch them on its own as well."""
    import io

    key, ad = os.urandom(32), b"header hash"
    plain = os.urandom(3 * stream.CHUNK_BYTES + 100)
    sealed = io.BytesIO()
    stream.seal(key, ad, io.BytesIO(plain), len(plain), sealed)
    sealed_bytes = sealed.getvalue()
    size = stream.CHUNK_BYTES + stream.TAG_BYTES

    def unseal(data: bytes, length: int, associated: bytes = ad) -> bytes:
        out: list[bytes] = []
        stream.unseal(key, associated, io.BytesIO(data), length, out.append)
        return b"".join(out)

    assert unseal(sealed_bytes, len(plain)) == plain
    with pytest.raises(BackupDamaged, match="part 2 of 2"):  # cut after two chunks, stated as two: no last flag
        unseal(sealed_bytes[:2 * size], 2 * stream.CHUNK_BYTES)
    with pytest.raises(BackupDamaged, match="part 1 of 4"):
        unseal(sealed_bytes[size:2 * size] + sealed_bytes[:size] + sealed_bytes[2 * size:], len(plain))
    with pytest.raises(BackupDamaged, match="part 1 of 4"):
        unseal(sealed_bytes, len(plain), b"another header")
    with pytest.raises(BackupDamaged, match="part 4 of 4"):
        unseal(sealed_bytes[:-1], len(plain))

