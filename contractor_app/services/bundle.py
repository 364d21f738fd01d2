"""The evidence bundle (issue 16): one zip a lawyer or clinic can check WITHOUT the app or the records.

It holds the signed claim packet, pay summary and privacy report (made here like any report), the client's entries
and payments as CSV (the exports' own CSV), the evidence files in their original bytes, the anchors and their
time-stamp responses (.tsr, as the authority sent them), the vault's public report key with its fingerprint, a
README.txt and verify.py (interchange/bundle_verify.py: Python 3.10+ and `cryptography` only).

manifest.json lists every other file's SHA-256, the reports, and each anchor's text (so verify.py can recompute its
SHA-256 and compare the time stamps' imprints); manifest.sig is the Ed25519 signature of manifest.json's exact
bytes by the report signing key. So a changed byte anywhere is caught: in a listed file by its hash, in the
manifest by its signature, in a report by the report's own signature too.

The zip is written whole or not at all (store.fileio.private_file, 0600); its entry names are made here, relative,
under one folder, from safe characters only (evidence names go through evidence_file_name).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from .. import __version__
from ..domain.times import DateRange
from ..errors import InvalidInput
from ..interchange import bundle_verify
from ..reports.data import ReportRequest
from ..reports.integrity import fingerprint, public_bytes
from ..store.fileio import private_file
from ..store.models import Anchor, AnchorTimestamp
from ..store.vault import Vault
from .clients.lookup import find_client
from .evidence import evidence_bytes
from .exports import entries_csv, payments_csv
from .profile import load_profile
from .record_tables import evidence_file_name
from .report_settings import report_paper
from .reports import report_bytes, signing_key

FOLDER = "claim-bundle"
_SAFE = re.compile(r"[^A-Za-z0-9-]")  # an anchor's code is CL1-...; one restored from a hostile export may not be
BUNDLE_REPORTS = ("claim", "pay-summary", "privacy")


@dataclass(frozen=True, slots=True)
class BundleResult:
    path: Path
    files: int  # in the zip, manifest and signature included
    reports: int
    entries: int
    payments: int
    evidence: int
    anchors: int
    timestamps: int
    fingerprint: str


def make_bundle(vault: Vault, client: str, period: DateRange, path: Path, *,
                now: datetime | None = None) -> BundleResult:
    """Write the bundle for ``client`` over ``period`` to ``path`` (a .zip), replacing it whole or not at all.
    Files go into the zip as they are made (evidence one at a time, never all in memory); the manifest, which
    needs every hash, goes last."""
    if path.suffix.lower() != ".zip":
        raise InvalidInput("The bundle's file name must end in .zip.")
    if path.is_dir() or not path.parent.is_dir():
        raise InvalidInput.said("Give a file name in an existing folder, not {path}. Nothing was written.", path=path)
    if os.path.realpath(path.parent) == os.path.realpath(vault.paths.folder):
        raise InvalidInput.said("Choose a place outside your records folder ({folder}). Nothing was written.",
                                folder=vault.paths.folder)
    with vault.reading() as session:
        client_name = find_client(session, client).name
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    profile = load_profile(vault)
    paper = report_paper(vault, profile.jurisdiction)
    key = signing_key(vault)
    public = public_bytes(key.public_key())
    print_ = fingerprint(public)
    try:
        with private_file(path) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            bundle = _Zip(archive, moment)
            made = {}
            for kind in BUNDLE_REPORTS:
                request = ReportRequest(kind=kind, client=client_name, period=period,
                                        as_of=moment.astimezone(profile.zone).date(), paper=paper)
                made[kind], pdf = report_bytes(vault, request)
                bundle.add(f"reports/{kind}.pdf", pdf)
            entries, entry_count = entries_csv(vault, client=client_name, period=period)
            bundle.add("records/entries.csv", entries)
            payments, payment_count = payments_csv(vault, client=client_name)
            bundle.add("records/payments.csv", payments)
            evidence = made["claim"].evidence  # the claim packet's evidence index: the files it names
            for item in evidence:
                bundle.add(f"evidence/{evidence_file_name(item.id, item.name)}", evidence_bytes(vault, item.id))
            anchors, stamps = _anchors(vault, bundle)
            bundle.add("key/public_key.txt", f"Ed25519 public key (hex): {public.hex()}\nFingerprint: {print_}\n"
                       .encode())
            bundle.add("README.txt", readme(client_name, period, print_, moment).encode("utf-8"))
            bundle.add("verify.py", Path(bundle_verify.__file__).read_bytes())
            manifest = json.dumps({
                "format": bundle_verify.FORMAT, "version": 1, "made_by": f"contractor-ledger {__version__}",
                "made_at": moment.isoformat(), "client": client_name,
                "from": period.start.isoformat() if period.start else None,
                "to": period.end.isoformat() if period.end else None,
                "vault_id": vault.vault_id, "public_key": public.hex(), "fingerprint": print_,
                "files": dict(sorted(bundle.hashes.items())),
                "reports": [f"reports/{kind}.pdf" for kind in BUNDLE_REPORTS],
                "anchors": anchors,
            }, indent=2, sort_keys=True).encode("utf-8")
            bundle.add(bundle_verify.MANIFEST, manifest)
            bundle.add(bundle_verify.SIGNATURE, key.sign(manifest).hex().encode("ascii") + b"\n")
    except OSError as error:
        raise InvalidInput.said("Cannot write {path}: {reason}. Nothing was written.", path=path,
                                reason=error.strerror or error) from None
    return BundleResult(path=path, files=len(bundle.hashes), reports=len(BUNDLE_REPORTS), entries=entry_count,
                        payments=payment_count, evidence=len(evidence), anchors=len(anchors), timestamps=stamps,
                        fingerprint=print_)


class _Zip:
    """The open zip: each file under the one folder, 0600, dated when the bundle was made, its SHA-256 kept."""

    def __init__(self, archive: zipfile.ZipFile, moment: datetime) -> None:
        self.archive = archive
        self.stamp = moment.timetuple()[:6]
        self.hashes: dict[str, str] = {}

    def add(self, name: str, content: bytes) -> None:
        entry = zipfile.ZipInfo(f"{FOLDER}/{name}", date_time=self.stamp)
        entry.external_attr = 0o600 << 16
        entry.compress_type = zipfile.ZIP_DEFLATED
        self.archive.writestr(entry, content)
        self.hashes[name] = hashlib.sha256(content).hexdigest()


def _anchors(vault: Vault, bundle: _Zip) -> tuple[list[dict[str, object]], int]:
    """Every anchor's text for the manifest, and its time-stamp responses into the zip as they came."""
    listed: list[dict[str, object]] = []
    count = 0
    with vault.reading() as session:
        for anchor in session.scalars(select(Anchor).order_by(Anchor.seq)):
            names = []
            for number, (response,) in enumerate(session.execute(
                    select(AnchorTimestamp.response).where(AnchorTimestamp.anchor_id == anchor.id)
                    .order_by(AnchorTimestamp.id)), start=1):
                name = f"anchors/{_SAFE.sub('_', anchor.code)}-{number}.tsr"
                bundle.add(name, base64.b64decode(response))
                names.append(name)
                count += 1
            listed.append({"code": anchor.code, "day": anchor.day.isoformat(), "changes": anchor.seq,
                           "head": anchor.head, "sha256": anchor.sha256, "timestamps": names})
    bundle.add("anchors/anchors.json", json.dumps(listed, indent=2).encode("utf-8"))
    return listed, count


def readme(client: str, period: DateRange, key_fingerprint: str, moment: datetime) -> str:
    """README.txt: what the bundle is and how a clinic checks it, in plain words."""
    span = f"{period.start or 'the first record'} to {period.end or 'the last record'}"
    return f"""Contractor Ledger evidence bundle
=================================

Work records for the client {client}, {span}, made {moment:%Y-%m-%d %H:%M} UTC by the worker's own
Contractor Ledger app. The worker kept these records themselves; this bundle lets you check that the files are
exactly as the app wrote them, without installing the app and without the worker's records.

What is inside
  reports/claim.pdf        the claim packet: what is owed, why, on what evidence (signed)
  reports/pay-summary.pdf  hours, earnings and payments (signed)
  reports/privacy.pdf      data handled and data collected about the worker (signed)
  records/entries.csv      every work entry of this client in the period (opens in any spreadsheet)
  records/payments.csv     every payment received from this client
  evidence/                contracts, pay stubs, screenshots... in their original bytes
  anchors/                 codes the worker sent outside their control, and RFC 3161 time stamps (.tsr)
  key/public_key.txt       the worker's report signing key and its fingerprint: {key_fingerprint}
  manifest.json            the SHA-256 of every file; manifest.sig is its signature by that key
  verify.py                the checker

How to check it (about a minute)
  1. Unzip the bundle. You get a folder named {FOLDER}.
  2. Install Python 3.10 or later (python.org), then in a terminal:   python -m pip install cryptography
  3. In the terminal, go to the folder and run:                       python verify.py
     (on Windows: py verify.py)
  4. Read the last line. "VERDICT: INTACT" means every file is as the app wrote it. "NOT INTACT" names each
     file that was changed, removed or added; do not rely on those without asking the worker.

What verify.py does not check
  - Whether the key is the worker's. The fingerprint above is printed in the claim packet; ask the worker
    to read you theirs (Contractor Ledger shows it) over the phone or in person, and compare.
  - The time-stamping authority's own signature inside each .tsr (verify.py checks only that the stamp is for
    the anchor). To check it fully, with the authority's CA certificate:
      openssl ts -verify -digest <the anchor's SHA-256> -in anchors/<file>.tsr -CAfile <authority-ca.pem>
  - That the anchors match the worker's full history: that needs their records (`contractor-app verify`).

Anchors and time stamps show the records existed, as they are now, no later than the time given. The claim
packet's Integrity section names any entry written after the latest anchor, and any change recorded while the
computer's clock had been set back.
"""
