"""verify.py's own small DER reader (contractor_app/interchange/bundle_verify.py): it finds the message imprint and
time of a real RFC 3161 response and refuses what is not plain, bounded, definite-length DER."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from contractor_app.interchange.bundle_verify import Bad, read_tsr, safe_path

from ..tsa import TestAuthority

AT = datetime(2026, 3, 2, 18, 0, 5, tzinfo=UTC)


@pytest.fixture(scope="module")
def response() -> bytes:
    return TestAuthority().stamp(bytes(range(32)), AT)


def test_the_imprint_and_time_of_a_real_response(response: bytes) -> None:
    assert read_tsr(response) == (bytes(range(32)), "20260302180005Z")


@pytest.mark.parametrize("spoil", ["truncated", "trailing", "indefinite", "empty", "not granted"])
def test_what_is_not_a_plain_granted_response_is_refused(response: bytes, spoil: str) -> None:
    bad = {"truncated": response[:-10], "trailing": response + b"\x00", "empty": b"",
           "indefinite": b"\x30\x80" + response[4:],
           "not granted": response.replace(b"\x30\x03\x02\x01\x00", b"\x30\x03\x02\x01\x02", 1)}[spoil]
    if spoil == "not granted":
        assert bad != response
    with pytest.raises(ValueError):
        read_tsr(bad)


@pytest.mark.parametrize("name", ["/etc/passwd", "../outside", "a/../../b", "C:\\x", "a//b", "", 7])
def test_unsafe_names_in_a_manifest_are_refused(tmp_path, name: object) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Bad):
        safe_path(tmp_path, name)
