"""A report's signed payload is input like any other: signed by any key, its fields are checked before use."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from contractor_app.reports.integrity import ReportInvalid, keywords, read_signed, sign


def signed_pdf(**changes: object) -> bytes:
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    body = {"format": "contractor-ledger-report", "version": 1, "kind": "claim", "client": "Acme", "from": None,
            "to": "2026-11-01", "as_of": "2026-11-02", "paper": "a4", "vault_id": "v", "audit_seq": 3,
            "audit_head": "h", "data_sha256": "d", "sections": {"entries": "e"}, "public_key": public, **changes}
    return sign(b"%PDF-1.4\n<< /Keywords (" + keywords(body).encode() + b") >>\n%%EOF\n", key)


def test_a_well_formed_payload_reads_back() -> None:
    assert read_signed(signed_pdf())["kind"] == "claim"


@pytest.mark.parametrize("changes", [{"kind": ["claim"]}, {"sections": {"entries": 5}}, {"audit_seq": "3"},
                                     {"audit_seq": True}, {"client": 7}, {"sections": []}])
def test_odd_fields_are_refused_even_when_the_signature_holds(changes: dict[str, object]) -> None:
    with pytest.raises(ReportInvalid, match="not made by it"):
        read_signed(signed_pdf(**changes))
