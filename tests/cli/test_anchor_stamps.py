"""An anchor time-stamped offline (issue 16): `anchor request` writes the .tsq, a local test authority (key and
certificate made in the test) answers it, `anchor stamp` checks the .tsr and keeps it; hostile responses exit 4."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from asn1crypto import tsp

from ..conftest import Cli
from ..tsa import TestAuthority

AT = datetime(2026, 3, 2, 18, 0, 5, tzinfo=UTC)


@pytest.fixture(scope="module")
def authority() -> TestAuthority:
    return TestAuthority()


@pytest.fixture
def anchored(cli: Cli, authority: TestAuthority, tmp_path: Path) -> tuple[Cli, str, Path, Path]:
    cli.prepared(())
    code = re.search(r"anchor (CL1-\S+)", cli("anchor", "show").out)
    assert code
    request = tmp_path / "anchor.tsq"
    result = cli("anchor", "request", code.group(1), "-o", str(request))
    assert result.code == 0, result.err
    assert request.stat().st_mode & 0o777 == 0o600
    ca = tmp_path / "ca.pem"
    ca.write_bytes(authority.root_pem())
    return cli, code.group(1), request, ca


def test_a_response_from_the_test_authority_is_checked_kept_and_listed(
        anchored: tuple[Cli, str, Path, Path], authority: TestAuthority, tmp_path: Path) -> None:
    cli, code, request, ca = anchored
    asked = tsp.TimeStampReq.load(request.read_bytes())
    shown = cli("anchor", "show", "--format", "json").out
    assert asked["message_imprint"]["hashed_message"].native.hex() in shown  # the imprint is the anchor's SHA-256
    response = tmp_path / "anchor.tsr"
    response.write_bytes(authority.answer(request.read_bytes(), AT))

    result = cli("anchor", "stamp", code, str(response), "--ca", str(ca))

    assert result.code == 0, result.err
    assert "existed no later than 2026-03-02 18:00:05 UTC, per Test TSA" in result.out
    assert "time-stamped 2026-03-02 18:00 UTC by Test TSA" in cli("anchor", "list").out
    again = cli("anchor", "stamp", code, str(response), "--ca", str(ca))
    assert again.code == 1 and "already kept" in again.err
    assert cli("verify").code == 0


@pytest.mark.parametrize("spoil", ["other imprint", "tampered signature", "wrong ca", "garbage"])
def test_hostile_responses_are_refused_in_one_line(anchored: tuple[Cli, str, Path, Path], authority: TestAuthority,
                                                   tmp_path: Path, spoil: str) -> None:
    cli, code, request, ca = anchored
    response = tmp_path / "anchor.tsr"
    good = authority.answer(request.read_bytes(), AT)
    if spoil == "other imprint":
        response.write_bytes(authority.stamp(hashlib.sha256(b"another day").digest(), AT))
    elif spoil == "tampered signature":
        parsed = tsp.TimeStampResp.load(good)
        signer = parsed["time_stamp_token"]["content"]["signer_infos"][0]
        signer["signature"] = bytes(b ^ 0xFF if i == 5 else b for i, b in enumerate(signer["signature"].native))
        response.write_bytes(parsed.dump(force=True))
    elif spoil == "wrong ca":
        response.write_bytes(good)
        ca.write_bytes(TestAuthority("Some Other CA").root_pem())
    else:
        response.write_bytes(good[: len(good) // 2])

    result = cli("anchor", "stamp", code, str(response), "--ca", str(ca))

    assert result.code == 4, (result.code, result.err)
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert "time-stamped" not in cli("anchor", "list").out  # nothing kept
