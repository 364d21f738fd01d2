"""The evidence bundle (issue 16): one zip a clinic checks without the app. verify.py runs in a FRESH virtualenv with
only `cryptography` installed: all good on a fresh bundle; one byte changed in a report, an evidence file, the
manifest or a time stamp, and it names that file and exits non-zero."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput
from contractor_app.services.anchors import import_timestamp, today_anchor, write_timestamp_request
from contractor_app.services.bundle import FOLDER, make_bundle
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.evidence import add_evidence
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.services.reports import fingerprint, public_bytes, signing_key
from contractor_app.store.vault import Vault

from ..conftest import Cli
from ..tsa import TestAuthority

STAMPED = datetime(2026, 3, 2, 18, 0, 5, tzinfo=UTC)
EVIDENCE = b"%PDF-1.4 a pay stub, kept as it came\n" + bytes(range(256))
MARCH = DateRange(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture(scope="module")
def clean_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtualenv holding only `cryptography` (and what it needs), installed offline from this machine's wheels:
    the clinic's computer. Skipped, saying why, when no wheel of it can be found offline."""
    folder = tmp_path_factory.mktemp("clinic") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, capture_output=True, timeout=120)
    python = folder / "bin" / "python"
    links = [p for p in os.environ.get("PIP_FIND_LINKS", "").split() + ["/opt/wheels", "/opt/pypi/files"]
             if Path(p).is_dir()]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    installed = subprocess.run([str(python), "-m", "pip", "install", "--no-index", "--isolated", "-q",
                                *(f"--find-links={link}" for link in links), "cryptography"],
                               capture_output=True, text=True, timeout=300, env=env)
    if installed.returncode != 0:
        pytest.skip(f"no cryptography wheel offline for a fresh virtualenv: {installed.stderr.strip()[-200:]}")
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=json"], capture_output=True, text=True,
                            check=True, env=env)
    assert {p["name"].lower() for p in json.loads(listed.stdout)} <= {"cryptography", "cffi", "pycparser", "pip",
                                                                     "setuptools"}
    return python


@pytest.fixture
def records(vault: Vault, tmp_path: Path) -> Vault:
    add_client(vault, NewClient(name="Acme", currency="USD",
                                terms=Terms(kind="hourly", rate=Money(Decimal("20"), "USD"))))
    add_client(vault, NewClient(name="Other Co", currency="USD",
                                terms=Terms(kind="hourly", rate=Money(Decimal("30"), "USD"))))
    for day in (2, 3):
        start = datetime(2026, 3, day, 14, tzinfo=UTC)
        log_work(vault, NewEntry(client="Acme", start=start, end=start + timedelta(hours=3), tz="UTC"))
    start = datetime(2026, 3, 4, 14, tzinfo=UTC)
    log_work(vault, NewEntry(client="Other Co", start=start, end=start + timedelta(hours=1), tz="UTC",
                             note="not for this client's lawyer"))
    record_payment(vault, NewPayment(client="Acme", received_on=date(2026, 3, 10), gross=Decimal("40")))
    add_evidence(vault, EVIDENCE, name="../stub march.pdf")
    anchor = today_anchor(vault)
    authority = TestAuthority()
    request = tmp_path / "anchor.tsq"
    write_timestamp_request(vault, anchor.code, request)
    response, ca = tmp_path / "anchor.tsr", tmp_path / "ca.pem"
    response.write_bytes(authority.answer(request.read_bytes(), STAMPED))
    ca.write_bytes(authority.root_pem())
    import_timestamp(vault, anchor.code, response, ca_file=ca)
    return vault


def unzip(bundle: Path, where: Path) -> Path:
    with zipfile.ZipFile(bundle) as archive:
        for name in archive.namelist():
            assert name.startswith(f"{FOLDER}/") and ".." not in name.split("/") and not name.startswith("/")
        archive.extractall(where)
    return where / FOLDER


def run_verify(python: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(python), "verify.py"], cwd=folder, capture_output=True, text=True, timeout=120,
                          env={"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"})


def test_the_bundle_holds_reports_csvs_evidence_anchors_key_and_a_signed_manifest(records: Vault,
                                                                                   tmp_path: Path) -> None:
    path = tmp_path / "claim.zip"
    result = make_bundle(records, "acme", MARCH, path)

    assert path.stat().st_mode & 0o777 == 0o600
    folder = unzip(path, tmp_path / "out")
    names = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    evidence = [name for name in names if name.startswith("evidence/")]
    assert {"reports/claim.pdf", "reports/pay-summary.pdf", "reports/privacy.pdf", "records/entries.csv",
            "records/payments.csv", "key/public_key.txt", "verify.py", "README.txt", "manifest.json",
            "manifest.sig", "anchors/anchors.json"} <= names
    assert len(evidence) == 1 and (folder / evidence[0]).read_bytes() == EVIDENCE  # original bytes, safe name
    assert [n for n in names if n.endswith(".tsr")]
    manifest = json.loads((folder / "manifest.json").read_bytes())
    assert set(manifest["files"]) == names - {"manifest.json", "manifest.sig"}
    key = public_bytes(signing_key(records).public_key())
    assert manifest["public_key"] == key.hex() and result.fingerprint == fingerprint(key)
    assert fingerprint(key) in (folder / "key/public_key.txt").read_text()
    assert PdfReader(folder / "reports/claim.pdf").pages  # real PDFs
    entries = (folder / "records/entries.csv").read_text("utf-8-sig")
    assert entries.count("Acme") == 2 and "Other Co" not in entries  # this client's records only
    assert (result.entries, result.payments, result.evidence, result.timestamps) == (2, 1, 1, 1)


def test_a_name_not_a_zip_in_no_folder_or_in_the_records_folder_is_refused(records: Vault, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="end in .zip"):
        make_bundle(records, "Acme", MARCH, tmp_path / "claim.pdf")
    with pytest.raises(InvalidInput, match="existing folder"):
        make_bundle(records, "Acme", MARCH, tmp_path / "missing" / "claim.zip")
    with pytest.raises(InvalidInput, match="outside your records folder"):
        make_bundle(records, "Acme", MARCH, records.paths.folder / "claim.zip")
    assert not list(tmp_path.glob("*.zip")) and not list(records.paths.folder.glob("*.zip"))


@pytest.mark.slow
@pytest.mark.parametrize("spoil", [None, "reports/claim.pdf", "evidence", "manifest.json", "tsr"])
def test_verify_py_in_a_clean_python_finds_the_one_changed_file(records: Vault, tmp_path: Path, clean_python: Path,
                                                                spoil: str | None) -> None:
    path = tmp_path / "claim.zip"
    make_bundle(records, "Acme", MARCH, path)
    folder = unzip(path, tmp_path / "out")
    named = spoil
    if spoil == "evidence":
        named = next(p for p in folder.rglob("*") if p.parent.name == "evidence").relative_to(folder).as_posix()
    elif spoil == "tsr":
        named = next(folder.rglob("*.tsr")).relative_to(folder).as_posix()
    if named:
        target = folder / named
        content = bytearray(target.read_bytes())
        content[len(content) // 2] ^= 0x01
        target.write_bytes(bytes(content))

    result = run_verify(clean_python, folder)

    if named is None:
        assert result.returncode == 0, result.stdout + result.stderr
        assert "VERDICT: INTACT" in result.stdout
        assert "signature good" in result.stdout and "stamps anchor" in result.stdout
        assert "2026-03-02 18:00:05 UTC" in result.stdout
    else:
        assert result.returncode == 1, result.stdout + result.stderr
        assert "NOT INTACT" in result.stdout
        bad = [line for line in result.stdout.splitlines() if "BAD" in line]
        assert bad and all(named in line for line in bad), result.stdout


def test_verify_py_names_a_missing_file_and_notes_an_added_one(records: Vault, tmp_path: Path) -> None:
    """Run in this interpreter (fast): a removed file fails the check by name; a file added after (a desktop's
    thumbnail cache, say) is named as not part of the bundle but does not by itself fail it."""
    path = tmp_path / "claim.zip"
    make_bundle(records, "Acme", MARCH, path)
    folder = unzip(path, tmp_path / "out")
    (folder / "records/payments.csv").unlink()
    shutil.copy(folder / "README.txt", folder / "extra.txt")
    result = subprocess.run([sys.executable, str(folder / "verify.py"), str(folder)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1
    assert "BAD  records/payments.csv is missing" in result.stdout
    assert "extra.txt is not part of the bundle" in result.stdout


def test_the_bundle_command_writes_the_zip_and_refuses_an_unknown_client(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    assert cli("client", "add", "Acme", "--rate", "20/h").code == 0
    out = tmp_path / "claim.zip"

    result = cli("bundle", "--client", "Acme", "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(out))

    assert result.code == 0, result.err
    assert "3 signed reports" in result.out and "python verify.py" in result.out
    assert zipfile.ZipFile(out).testzip() is None
    unknown = cli("bundle", "--client", "Nobody", "-o", str(tmp_path / "other.zip"))
    assert unknown.code == 1 and "No client named 'Nobody'" in unknown.err
    assert not (tmp_path / "other.zip").exists()


def test_a_failure_half_way_leaves_no_file_behind(records: Vault, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def damaged(vault: Vault, evidence_id: int) -> bytes:
        raise InvalidInput("Evidence #1 does not match its fingerprint; run `verify`.")

    monkeypatch.setattr("contractor_app.services.bundle.evidence_bytes", damaged)
    out = tmp_path / "bundles"
    out.mkdir()
    with pytest.raises(InvalidInput, match="fingerprint"):
        make_bundle(records, "Acme", MARCH, out / "claim.zip")
    assert list(out.iterdir()) == []  # no zip, no temp file
