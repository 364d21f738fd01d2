"""`backup verify` reads the evidence bytes once (issue 18: they were hashed twice, by the list-of-contents check
and by the records check), and a damaged evidence file is one problem, reported once."""

from __future__ import annotations

from pathlib import Path

from contractor_app.backup.create import create_backup
from contractor_app.backup.keys import Password
from contractor_app.backup.verify import verify_backup
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .conftest import Built, copy_of


def test_evidence_whose_bytes_changed_is_one_problem_of_the_backup(built: Built, tmp_path: Path) -> None:
    folder = copy_of(built, tmp_path / "records")
    with Vault.unlock(folder, PASSWORD) as vault:
        with vault.unit_of_work() as uow:  # behind the app's back: the bytes change, the fingerprint does not
            (evidence_id,) = uow.session.connection().exec_driver_sql(
                "SELECT id FROM evidence ORDER BY id LIMIT 1").fetchone()
            uow.session.connection().exec_driver_sql(
                "UPDATE evidence SET content = zeroblob(size) WHERE id = ?", (evidence_id,))
        create_backup(vault, tmp_path / "b.clbackup")
    report = verify_backup(tmp_path / "b.clbackup", Password(PASSWORD))
    about_it = [problem for problem in report.problems if "fingerprint" in problem]
    assert about_it == [f"record check: evidence #{evidence_id} ({_name(folder, evidence_id)}) does not match "
                        "its SHA-256 fingerprint"]


def _name(folder: Path, evidence_id: int) -> str:
    with Vault.unlock(folder, PASSWORD) as vault, vault.reading() as session:
        return session.connection().exec_driver_sql(
            "SELECT name FROM evidence WHERE id = ?", (evidence_id,)).scalar_one()
