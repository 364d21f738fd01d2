"""verify.py: checks a Contractor Ledger evidence bundle without the app. Needs Python 3.10+ and `cryptography`.

Run it in the unzipped bundle's folder:  python verify.py   (or: python verify.py PATH/TO/FOLDER)

What it checks, and how:
  1. manifest.json is signed (manifest.sig) by the worker's report key, the key in manifest.json and key/;
  2. every file the manifest lists is there, with the SHA-256 the manifest gives (a changed byte names the file);
  3. every report PDF carries exactly one Contractor Ledger signature (in the PDF's /Keywords entry) that verifies
     with that same key over the whole file, the signature's own 128 hex digits read as zeros;
  4. every anchor's SHA-256 is recomputed from its text (records id, day, number of changes, history fingerprint);
  5. every time-stamp response (.tsr, RFC 3161) says "granted" and its message imprint is SHA-256 of exactly that
     anchor; its time and authority are printed.
What it does NOT check (say so to whoever relies on it):
  - the time-stamping authority's signature and certificate chain inside each .tsr: check those with
    `openssl ts -verify -digest <anchor SHA-256> -in FILE.tsr -CAfile <the authority's CA>` (README.txt);
  - that the history fingerprint in an anchor is the worker's real history (that needs the records themselves);
  - that the key is the worker's: compare its fingerprint with the one printed in the reports and, better, with
    one the worker gave you separately. Whoever can change every file can also sign with a key of their own.

This file is written into each bundle by Contractor Ledger (contractor_app/interchange/bundle_verify.py). It uses
nothing of the app; its DER reading (the .tsr) is a small bounded parser of definite-length DER, nothing more.
Exit code: 0 everything checked is good, 1 something is wrong (named above the verdict), 2 it could not run.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from pathlib import Path

try:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
except ImportError:  # pragma: no cover - the one thing a clinic may lack
    print("verify.py needs the Python package `cryptography`: run  python -m pip install cryptography  and try again.")
    sys.exit(2)

MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
FORMAT = "contractor-ledger-bundle"
MAX_MANIFEST = 16 * 1024 * 1024
MAX_TSR = 1024 * 1024
CHUNK = 1024 * 1024
PLACEHOLDER = b"0" * 128
REPORT_SIGNATURE = re.compile(
    rb"/Keywords \(contractor-ledger-report CLDATA:([A-Za-z0-9_=-]+):CLDATA CLSIG:([0-9a-f]{128})\)")
# DER object identifiers, as their encoded bytes: CMS signedData, id-ct-TSTInfo, SHA-256.
SIGNED_DATA = bytes.fromhex("2a864886f70d010702")
TST_INFO = bytes.fromhex("2a864886f70d0109100104")
SHA256_OID = bytes.fromhex("608648016503040201")


class Bad(Exception):
    """One thing wrong with one file: the message names it."""


def fingerprint(public: bytes) -> str:
    """As the reports print it: the first 32 hex digits of SHA-256 of the raw key, in groups of four."""
    digest = hashlib.sha256(public).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def safe_path(folder: Path, name: object) -> Path:
    """The file ``name`` inside ``folder``; refuses absolute paths, '..', and anything that leads outside."""
    if not isinstance(name, str) or not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name:
        raise Bad(f"the manifest names an unsafe path {name!r}")
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise Bad(f"the manifest names an unsafe path {name!r}")
    path = folder.joinpath(*parts)
    if path.is_symlink() or not path.resolve().is_relative_to(folder.resolve()):
        raise Bad(f"{name} is a link or leads outside the bundle")
    return path


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_manifest(folder: Path) -> tuple[dict, Ed25519PublicKey]:
    """The manifest, after checking its signature with the key it names."""
    try:
        with (folder / MANIFEST).open("rb") as handle:
            raw = handle.read(MAX_MANIFEST + 1)
        with (folder / SIGNATURE).open("rb") as handle:
            signature = handle.read(1024).strip()
    except OSError as error:
        raise Bad(f"{error.filename and Path(error.filename).name} cannot be read ({error.strerror}): "
                  "is this an unzipped Contractor Ledger bundle?") from None
    if len(raw) > MAX_MANIFEST:
        raise Bad(f"{MANIFEST} is too large to be a bundle's manifest")
    try:
        manifest = json.loads(raw)
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(manifest["public_key"]))
        key.verify(bytes.fromhex(signature.decode("ascii")), raw)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, InvalidSignature):
        raise Bad(f"{MANIFEST} was changed (or {SIGNATURE}): its signature does not match") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(manifest.get("files"),
                                                                                             dict):
        raise Bad(f"{MANIFEST} is not a Contractor Ledger bundle manifest")
    return manifest, key


def check_report(path: Path, name: str, key_hex: str) -> dict:
    """The report's signature, re-checked exactly as the app checks it; returns its signed data."""
    pdf = path.read_bytes()
    found = list(REPORT_SIGNATURE.finditer(pdf))
    if len(found) != 1:
        raise Bad(f"{name} does not carry exactly one Contractor Ledger signature")
    entry = found[0]
    try:
        body = json.loads(base64.urlsafe_b64decode(entry.group(1)))
        if body["public_key"] != key_hex:
            raise Bad(f"{name} is signed with another key than this bundle's")
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(body["public_key"]))
        blank = pdf[:entry.start(2)] + PLACEHOLDER + pdf[entry.end(2):]
        public.verify(bytes.fromhex(entry.group(2).decode("ascii")), blank)
    except (ValueError, KeyError, TypeError, InvalidSignature):
        raise Bad(f"{name}: the report's signature does not match: it was altered after it was made") from None
    return body


def anchor_sha256(vault_id: str, anchor: dict) -> str:
    statement = (f"contractor-ledger anchor v1\nvault {vault_id}\nday {anchor['day']}\nchanges {anchor['changes']}\n"
                 f"head {anchor['head']}\n")
    return hashlib.sha256(statement.encode("utf-8")).hexdigest()


# --- a small, bounded reader of definite-length DER, for the .tsr's message imprint only --------------------------

def _tlv(data: bytes, pos: int, end: int) -> tuple[int, int, int]:
    """(tag, start of contents, end of contents) of the element at ``pos``; refuses anything not plain DER."""
    if pos + 2 > end:
        raise ValueError("truncated")
    tag, first = data[pos], data[pos + 1]
    if tag & 0x1F == 0x1F:
        raise ValueError("long tag")
    pos += 2
    if first < 0x80:
        length = first
    elif 0x81 <= first <= 0x84:
        count = first - 0x80
        if pos + count > end:
            raise ValueError("truncated length")
        length = int.from_bytes(data[pos:pos + count], "big")
        pos += count
    else:
        raise ValueError("indefinite or oversized length")
    if pos + length > end:
        raise ValueError("element runs past its container")
    return tag, pos, pos + length


def _children(data: bytes, start: int, end: int, limit: int = 16) -> list[tuple[int, int, int]]:
    found: list[tuple[int, int, int]] = []
    pos = start
    while pos < end:
        if len(found) == limit:
            raise ValueError("too many elements")
        tag, inner, stop = _tlv(data, pos, end)
        found.append((tag, inner, stop))
        pos = stop
    return found


def _one(data: bytes, start: int, end: int, tag: int) -> tuple[int, int]:
    """The contents of the single element with ``tag`` that fills [start, end)."""
    found = _children(data, start, end, 1)
    if len(found) != 1 or found[0][0] != tag:
        raise ValueError("unexpected structure")
    return found[0][1], found[0][2]


def read_tsr(der: bytes) -> tuple[bytes, str]:
    """(the message imprint's SHA-256, the stamped time as written) of a granted RFC 3161 response.

    The path walked: TimeStampResp { status { INTEGER 0|1 }, ContentInfo { signedData, [0] SignedData { version,
    digestAlgorithms, encapContentInfo { id-ct-TSTInfo, [0] OCTET STRING TSTInfo { version, policy,
    messageImprint { { sha256 }, OCTET STRING }, serialNumber, genTime } } } } }. Nothing else is read."""
    start, end = _one(der, 0, len(der), 0x30)
    response = _children(der, start, end, 2)
    if len(response) != 2 or response[0][0] != 0x30 or response[1][0] != 0x30:
        raise ValueError("not a time-stamp response with a token")
    status = _children(der, response[0][1], response[0][2])
    if not status or status[0][0] != 0x02 or der[status[0][1]:status[0][2]] not in (b"\x00", b"\x01"):
        raise ValueError("the authority did not grant this time stamp")
    info = _children(der, response[1][1], response[1][2], 2)
    if len(info) != 2 or info[0][0] != 0x06 or der[info[0][1]:info[0][2]] != SIGNED_DATA or info[1][0] != 0xA0:
        raise ValueError("the token is not CMS signed data")
    signed = _children(der, *_one(der, info[1][1], info[1][2], 0x30))
    if len(signed) < 3 or signed[2][0] != 0x30:
        raise ValueError("the signed data has no content")
    content = _children(der, signed[2][1], signed[2][2], 2)
    if (len(content) != 2 or content[0][0] != 0x06 or der[content[0][1]:content[0][2]] != TST_INFO
            or content[1][0] != 0xA0):
        raise ValueError("the signed content is not time-stamp information")
    octets = _one(der, content[1][1], content[1][2], 0x04)
    tst = _children(der, *_one(der, octets[0], octets[1], 0x30))
    if len(tst) < 5 or tst[2][0] != 0x30 or tst[4][0] != 0x18:
        raise ValueError("the time-stamp information is malformed")
    imprint = _children(der, tst[2][1], tst[2][2], 2)
    if len(imprint) != 2 or imprint[0][0] != 0x30 or imprint[1][0] != 0x04:
        raise ValueError("the message imprint is malformed")
    algorithm = _children(der, imprint[0][1], imprint[0][2], 2)
    if not algorithm or algorithm[0][0] != 0x06 or der[algorithm[0][1]:algorithm[0][2]] != SHA256_OID:
        raise ValueError("the message imprint is not SHA-256")
    return der[imprint[1][1]:imprint[1][2]], der[tst[4][1]:tst[4][2]].decode("ascii", "replace")


def _when(generalized: str) -> str:
    """'20260302180005Z' -> '2026-03-02 18:00:05 UTC' (as written when it is not that shape)."""
    if re.fullmatch(r"\d{14}(\.\d+)?Z", generalized):
        g = generalized
        return f"{g[0:4]}-{g[4:6]}-{g[6:8]} {g[8:10]}:{g[10:12]}:{g[12:14]} UTC"
    return generalized


# --- the run ---------------------------------------------------------------------------------------------------

def check(folder: Path) -> tuple[list[str], list[str]]:
    """(what was found good, what is wrong), each one line naming the file."""
    good: list[str] = []
    bad: list[str] = []
    try:
        manifest, _ = read_manifest(folder)
    except Bad as problem:
        return good, [str(problem)]
    key_hex = manifest["public_key"]
    good.append(f"{MANIFEST} is signed by the key with fingerprint {fingerprint(bytes.fromhex(key_hex))}")
    intact: set[str] = set()
    for name, expected in sorted(manifest["files"].items()):
        try:
            path = safe_path(folder, name)
            if not path.is_file():
                raise Bad(f"{name} is missing")
            if file_sha256(path) != expected:
                raise Bad(f"{name} was changed: its SHA-256 is not the one in the manifest")
            intact.add(name)
        except Bad as problem:
            bad.append(str(problem))
        except OSError as error:
            bad.append(f"{name} cannot be read ({error.strerror})")
    good.append(f"{len(intact)} of {len(manifest['files'])} files match their SHA-256")
    listed = set(manifest["files"]) | {MANIFEST, SIGNATURE}
    extra = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()
                   and p.relative_to(folder).as_posix() not in listed)
    for name in extra:
        good.append(f"note: {name} is not part of the bundle (not checked)")
    for name in manifest.get("reports", []):
        if name in intact:
            try:
                body = check_report(safe_path(folder, name), name, key_hex)
                good.append(f"{name}: signature good ({body.get('kind')}, records as of change "
                            f"{body.get('audit_seq')})")
            except Bad as problem:
                bad.append(str(problem))
    vault_id = str(manifest.get("vault_id", ""))
    for anchor in manifest.get("anchors", []):
        try:
            code = anchor["code"]
            if anchor_sha256(vault_id, anchor) != anchor["sha256"]:
                bad.append(f"anchor {code}: its SHA-256 does not follow from its text")
                continue
            good.append(f"anchor {code}: SHA-256 recomputed and matches ({anchor['changes']} changes, "
                        f"day {anchor['day']})")
            for name in anchor.get("timestamps", []):
                if name not in intact:
                    continue
                with safe_path(folder, name).open("rb") as handle:
                    data = handle.read(MAX_TSR + 1)
                try:
                    imprint, at = read_tsr(data)
                except (ValueError, IndexError) as problem:
                    bad.append(f"{name}: not a readable granted RFC 3161 response ({problem})")
                    continue
                if imprint.hex() != anchor["sha256"]:
                    bad.append(f"{name}: its message imprint is not anchor {code}'s SHA-256")
                else:
                    good.append(f"{name}: stamps anchor {code} at {_when(at)} (imprint matches; the authority's "
                                "signature is not checked here)")
        except (KeyError, TypeError):
            bad.append(f"{MANIFEST}: an anchor entry is malformed")
    return good, bad


def main(argv: list[str]) -> int:
    if hasattr(sys.stdout, "reconfigure"):  # a Windows console cannot print every file name: never crash on one
        sys.stdout.reconfigure(errors="replace")
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    if not folder.is_dir():
        print(f"{folder} is not a folder: give the unzipped bundle's folder.")
        return 2
    good, bad = check(folder)
    for line in good:
        print(f"  ok   {line}")
    for line in bad:
        print(f"  BAD  {line}")
    print()
    if bad:
        print(f"VERDICT: NOT INTACT. {len(bad)} problem(s) above: the files named were changed, removed or added "
              "after Contractor Ledger made this bundle. Do not rely on them without asking the worker.")
        return 1
    print("VERDICT: INTACT. Every file is as Contractor Ledger wrote it, the reports' signatures are good, and the "
          "anchors and time stamps match. Not checked here: the time-stamping authorities' own signatures "
          "(see README.txt), and whether the key is the worker's (compare its fingerprint with theirs).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
