"""A file added twice: the refusal names the copy already kept, so the desktop app can select it for linking."""

from __future__ import annotations

from pathlib import Path

import pytest

from contractor_app.errors import InvalidInput
from contractor_app.services.evidence import AlreadyKept, add_evidence, list_evidence
from contractor_app.store.vault import Vault


def test_adding_the_same_bytes_again_names_the_kept_copy(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "contract.pdf"
    source.write_bytes(b"the contract, signed")
    kept = add_evidence(vault, source)
    with pytest.raises(AlreadyKept) as refused:
        add_evidence(vault, b"the contract, signed", "renamed.pdf")
    assert refused.value.evidence_id == kept.id
    assert isinstance(refused.value, InvalidInput)  # the command line shows it as any bad input
    assert f"already kept as evidence #{kept.id} ('contract.pdf'" in str(refused.value)
    assert [row.id for row in list_evidence(vault)] == [kept.id]
