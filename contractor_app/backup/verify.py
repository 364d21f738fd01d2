"""`backup verify`: everything a restore would check, on a throwaway copy, without touching the records.

The backup is unpacked into a private temporary folder (encrypted, like every copy) and checked there: its list of
contents against what the copy holds, then the records check of `verify` (both integrity checks, the history's
chain and replay, every evidence file against its fingerprint, the rollback record) on the copy opened as a vault.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ..errors import LedgerError, NewerVersion
from ..store.vault import Vault
from ..store.verify import verify_vault
from .keys import Secret
from .manifest import Manifest, describe
from .stream import Progress
from .unpack import Unpacked, unpack


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: Path
    file_bytes: int
    vault_id: str
    created_at: str
    app_version: str
    manifest: Manifest
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_backup(path: Path, secret: Secret, *, progress: Progress | None = None) -> BackupReport:
    """Check ``path`` on a throwaway copy; ``progress`` follows the unpacking (and may cancel it)."""
    with tempfile.TemporaryDirectory(prefix="contractor-backup-check-") as tmp:
        unpacked = unpack(path, secret, Path(tmp), progress=progress, durable=False)  # a throwaway copy
        problems = check_copy(Path(tmp), unpacked)
    return report_of(path, unpacked, problems)


def report_of(path: Path, unpacked: Unpacked, problems: list[str]) -> BackupReport:
    header = unpacked.header
    return BackupReport(path=path, file_bytes=header.file_bytes, vault_id=header.vault_id,
                        created_at=header.created_at, app_version=header.app_version, manifest=unpacked.manifest,
                        problems=tuple(problems))


def check_copy(folder: Path, unpacked: Unpacked) -> list[str]:
    """Every problem of the unpacked vault in ``folder``, one line each; empty when it is exactly what was saved."""
    db, key, listed = folder / "vault.db", unpacked.data_key, unpacked.manifest
    try:
        problems = listed.differences(describe(db, key, unpacked.header.vault_id, listed.snapshot_sha256))
    except sqlcipher.Error as error:
        return [f"contents: the database inside cannot be read ({error})"]
    try:
        # The records check also reads every evidence file once against its fingerprint (issue 18: it was read
        # twice, here and by a separate check of the list of contents).
        with Vault.open_with_data_key(folder, key) as vault:
            problems += verify_vault(vault, closed_copy=True).problems
    except NewerVersion:  # the schema, inside the authenticated snapshot: really newer, so exit 1
        raise NewerVersion("This backup was made by a newer version of Contractor Ledger; update the app to open it. "
                           "Nothing was changed.") from None
    except LedgerError as error:
        problems.append(str(error))
    return problems
