"""RFC 3161 responses checked offline (issue 16), against a local test authority made in the test."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from asn1crypto import tsp
from cryptography import x509

from contractor_app.interchange.timestamps import TimestampInvalid, check_response, make_request, read_trusted

from ..tsa import TestAuthority

DIGEST = hashlib.sha256(b"contractor-ledger anchor v1\n").digest()
AT = datetime(2026, 3, 2, 18, 0, 5, tzinfo=UTC)


@pytest.fixture(scope="module")
def authority() -> TestAuthority:
    return TestAuthority()


@pytest.fixture(scope="module")
def trusted(authority: TestAuthority) -> list[x509.Certificate]:
    return [authority.root]


def test_a_request_asks_for_the_digest_and_the_certificate() -> None:
    request = tsp.TimeStampReq.load(make_request(DIGEST))
    assert request["message_imprint"]["hashed_message"].native == DIGEST
    assert request["message_imprint"]["hash_algorithm"]["algorithm"].native == "sha256"
    assert request["cert_req"].native is True


def test_a_response_from_the_test_authority_is_verified(authority: TestAuthority,
                                                        trusted: list[x509.Certificate]) -> None:
    stamp = check_response(authority.answer(make_request(DIGEST), AT), DIGEST, trusted)
    assert (stamp.at, stamp.authority, stamp.serial) == (AT, "Test TSA", "7")


def test_a_response_for_another_imprint_is_refused(authority: TestAuthority,
                                                   trusted: list[x509.Certificate]) -> None:
    other = authority.stamp(hashlib.sha256(b"something else").digest(), AT)
    with pytest.raises(TimestampInvalid, match="for something else"):
        check_response(other, DIGEST, trusted)


def test_a_tampered_signature_is_refused(authority: TestAuthority, trusted: list[x509.Certificate]) -> None:
    response = tsp.TimeStampResp.load(authority.stamp(DIGEST, AT))
    signer = response["time_stamp_token"]["content"]["signer_infos"][0]
    signature = bytearray(signer["signature"].native)
    signature[10] ^= 0x01
    signer["signature"] = bytes(signature)
    with pytest.raises(TimestampInvalid, match="signature does not verify"):
        check_response(response.dump(force=True), DIGEST, trusted)


def test_a_changed_time_is_refused(authority: TestAuthority, trusted: list[x509.Certificate]) -> None:
    good = authority.stamp(DIGEST, AT)
    later = good.replace(b"20260302180005Z", b"20260302180006Z")
    assert later != good
    with pytest.raises(TimestampInvalid, match="altered"):
        check_response(later, DIGEST, trusted)


def test_a_chain_to_another_ca_is_refused(authority: TestAuthority) -> None:
    stranger = TestAuthority("Another Root CA")
    with pytest.raises(TimestampInvalid, match="not one you trust"):
        check_response(authority.stamp(DIGEST, AT), DIGEST, [stranger.root])
    # and an authority whose certificate is issued by a root of the same NAME but another key
    impostor = TestAuthority("Test Root CA")
    with pytest.raises(TimestampInvalid, match="not one you trust"):
        check_response(impostor.stamp(DIGEST, AT), DIGEST, [authority.root])


@pytest.mark.parametrize("garbage", [b"", b"\x30\x03\x02\x01\x00", b"not asn.1 at all", b"\x30\x84\xff\xff\xff\xff"])
def test_garbage_is_refused_in_one_line(garbage: bytes, trusted: list[x509.Certificate]) -> None:
    with pytest.raises(TimestampInvalid) as caught:
        check_response(garbage, DIGEST, trusted)
    assert "\n" not in str(caught.value) and caught.value.exit_code == 4


def test_trailing_bytes_and_oversize_are_refused(authority: TestAuthority, trusted: list[x509.Certificate]) -> None:
    with pytest.raises(TimestampInvalid):
        check_response(authority.stamp(DIGEST, AT) + b"\x00", DIGEST, trusted)
    with pytest.raises(TimestampInvalid, match="too large"):
        check_response(b"\x30" * (1024 * 1024 + 1), DIGEST, trusted)


def test_the_ca_file_is_read_as_pem(authority: TestAuthority, tmp_path: Path) -> None:
    pem = tmp_path / "ca.pem"
    pem.write_bytes(authority.root_pem())
    assert read_trusted(pem) == [authority.root]
    (tmp_path / "junk.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n")
    from contractor_app.errors import InvalidInput
    with pytest.raises(InvalidInput, match="no readable certificate"):
        read_trusted(tmp_path / "junk.pem")
