"""The hostile-file campaign: thousands of generated files per import format and for backup headers.

Run by test_campaign.py, one process per format (so that the peak RSS it reports is this campaign's own), as

    python -m tests.attack.campaign imports FORMAT COUNT SEED RECORDS_FOLDER
    python -m tests.attack.campaign headers COUNT SEED BACKUP_FILE RECORDS_FOLDER

Each prints one JSON line: counts of files refused and accepted, the problems found (an exception that is not a
LedgerError, an error of more than one line or with the wrong exit code, rows changed by a refused file), and
the peak RSS. The records folder is a vault made by the test (its fast KDF is in its key file), unlocked here.
Every file comes from a seeded generator, so ``SEED`` replays a run exactly.

The generators mix three kinds of damage: byte-level corruption of real files (the tokens of test_fuzz.py),
field-level edits that keep the syntax valid (so that the checks behind the parser are reached), and structural
bombs scaled down to a few hundred kilobytes (wide headers, long lines, deep nesting, huge numbers, odd encodings).
"""

from __future__ import annotations

import codecs
import copy
import hashlib
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from contractor_app.errors import LedgerError
from contractor_app.interchange.generic_csv import parse_mapping
from contractor_app.interchange.statements.mapped import PaymentMapping
from contractor_app.services.exports import export_json
from contractor_app.services.imports import ImportRequest, run_import
from contractor_app.services.json_restore import run_restore
from contractor_app.services.statement_imports import StatementRequest, import_statement
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, vault_files
from ..interchange.conftest import ACME, FIXTURES, row_counts
from ..interchange.test_fuzz import TOKENS, corrupt
from .memory import peak_mb

STATEMENT_FORMATS = ("paypal", "wise", "upwork", "payoneer", "payments-csv")
FORMATS = ("toggl", "clockify", "watson", "timewarrior", "kimai", "csv", "json", *STATEMENT_FORMATS)
BASES: dict[str, list[tuple[str, str | None]]] = {
    "toggl": [("toggl_detailed.csv", None)],
    "clockify": [("clockify_us_12h.csv", None), ("clockify_iso_24h.csv", "TaskHive")],
    "watson": [("watson_frames.json", ACME), ("watson_log.json", ACME)],
    "timewarrior": [("timew_2024-03.data", ACME), ("timew_export.json", ACME)],
    "kimai": [("kimai_en.csv", None), ("kimai_de.csv", None)],
    "csv": [("generic.csv", None)],
}
STATEMENTS = FIXTURES / "statements"
STATEMENT_BASES: dict[str, list[bytes]] = {
    "paypal": [(STATEMENTS / "paypal_activity_de.csv").read_bytes()],
    "wise": [(STATEMENTS / name).read_bytes() for name in ("wise_statement_USD.csv", "wise_statement_EUR.csv",
                                                           "wise_transaction_history.csv")],
    "upwork": [(STATEMENTS / "upwork_transactions.csv").read_bytes()],
    "payoneer": [b"Transaction Date,Description,Amount,Currency,Transaction ID\n"
                 b"2026-10-20,Payment from Acme AI,310.00,USD,PN-77\n2026-10-21,Fee,-3.00,USD,PN-78\n"
                 b"2026-10-22,Payment from Acme Labeling,1234.50,USD,PN-79\n"],
    "payments-csv": [b"Booking date;Amount;Ref;Counterparty\n14.10.2026;1.234,50;B-1;Northwind LLC\n"
                     b"15.10.2026;-20,00;B-2;Bank fee\n16.10.2026;99,00;B-3;Acme Labeling\n"],
}
STATEMENT_MAPPINGS = {
    "payoneer": PaymentMapping(date="Transaction Date", amount="Amount", id="Transaction ID", currency="Currency",
                               reference="Description"),
    "payments-csv": PaymentMapping(date="Booking date", amount="Amount", id="Ref", payer="Counterparty"),
}
MAPPING = parse_mapping(["start=When", "end=Finished", "client=Who", "note=What", "id=Ref", "category=Kind"])
HOSTILE_VALUES: list[Any] = [None, True, -1, 0, 2**70, -(2**63), 1e308, 0.1, "", " ", "x" * 70_000, "\x00", "\ud800",
                             "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-02-30T10:00:00Z", "NaN", "-0",
                             "=HYPERLINK(\"x\")", "../../etc/passwd", "CLSIG:" + "0" * 128, [], {}, [[[[]]]],
                             {"id": 1}, "Acme Labeling", "USD", "XXX", "24:00", "-1:00", "99999:00"]


def hostile_value(rng: random.Random) -> Any:
    """A fresh copy: a shared list put into a document twice (or into itself) would make it circular."""
    return copy.deepcopy(rng.choice(HOSTILE_VALUES))


# --- generators ----------------------------------------------------------------------------------------------

def bytes_corrupted(base: bytes, rng: random.Random) -> bytes:
    steps = [(rng.choice(["replace", "insert", "delete", "truncate", "duplicate"]), rng.random(), rng.random(),
              rng.choice(TOKENS) if rng.random() < 0.7 else rng.randbytes(rng.randrange(1, 7)))
             for _ in range(rng.randrange(1, 7))]
    return corrupt(base, steps)


def csv_fields_edited(base: bytes, rng: random.Random) -> bytes:
    lines = base.decode("utf-8-sig").splitlines()
    for _ in range(rng.randrange(1, 5)):
        row = rng.randrange(len(lines))
        cells = lines[row].split(",")
        cells[rng.randrange(len(cells))] = str(hostile_value(rng)).replace("\n", " ")
        lines[row] = ",".join(cells)
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def json_fields_edited(base: bytes, rng: random.Random) -> bytes:
    document = json.loads(base)
    for _ in range(rng.randrange(1, 5)):
        _edit_somewhere(document, rng)
    return json.dumps(document, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")


def _edit_somewhere(node: Any, rng: random.Random) -> None:
    """Replace, delete or add one value at a random place of a JSON document."""
    for _ in range(40):
        if isinstance(node, list) and node:
            index = rng.randrange(len(node))
            if rng.random() < 0.35 or not isinstance(node[index], dict | list):
                action = rng.random()
                if action < 0.7:
                    node[index] = hostile_value(rng)
                elif action < 0.85:
                    del node[index]
                else:
                    node.insert(index, hostile_value(rng))
                return
            node = node[index]
        elif isinstance(node, dict) and node:
            key = rng.choice(list(node))
            if rng.random() < 0.35 or not isinstance(node[key], dict | list):
                action = rng.random()
                if action < 0.7:
                    node[key] = hostile_value(rng)
                elif action < 0.85:
                    del node[key]
                else:
                    node[rng.choice(["extra", "id", "start", "end", key + "_"])] = hostile_value(rng)
                return
            node = node[key]
        else:
            return


def structural_bomb(base: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(12)
    if kind == 0:  # a header far wider than any tracker writes
        return b",".join(b"c%d" % i for i in range(rng.randrange(150, 2000))) + b"\n" + base
    if kind == 1:  # one very long line
        return base + b"x," * rng.randrange(100_000, 200_000) + b"\n"
    if kind == 2:  # a tall quoted cell
        return base + b'"' + b"y\n" * rng.randrange(1000, 80_000) + b'"\n'
    if kind == 3:  # deep nesting
        depth = rng.choice([50, 900, 5000, 50_000])
        return b"[" * depth + b"]" * depth
    if kind == 4:  # huge and odd numbers
        return base.replace(b"1", rng.choice([b"1e999999", b"99999999999999999999999", b"-0", b"1.5e-400"]), 3)
    if kind == 5:  # random bytes
        return rng.randbytes(rng.randrange(0, 8192))
    if kind == 6:  # another encoding
        text = base.decode("utf-8", "replace")
        return rng.choice([codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
                           codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
                           text.encode("utf-16-le"), text.encode("latin-1", "replace"), codecs.BOM_UTF8 * 3 + base])
    if kind == 7:  # NULs and control characters sprinkled in
        data = bytearray(base)
        for _ in range(rng.randrange(1, 20)):
            data.insert(rng.randrange(len(data) + 1), rng.choice([0, 1, 8, 11, 12, 27, 127]))
        return bytes(data)
    if kind == 8:  # every data line repeated
        head, _, rest = base.partition(b"\n")
        return head + b"\n" + rest * rng.randrange(2, 200)
    if kind == 9:  # line ends of another system, or none
        return base.replace(b"\n", rng.choice([b"\r", b"\r\n", b"\n\r", b"\x85", b"\xe2\x80\xa8", b""]))
    if kind == 10:  # many empty lines
        return base + b"\n" * rng.randrange(1000, 200_000)
    return base[: rng.randrange(len(base) + 1)]  # cut anywhere


def generator(fmt: str, base: bytes, rng: random.Random) -> bytes:
    looks_json = base.lstrip()[:1] in (b"[", b"{")
    choice = rng.random()
    if choice < 0.45:
        return bytes_corrupted(base, rng)
    if choice < 0.8:
        return json_fields_edited(base, rng) if looks_json else csv_fields_edited(base, rng)
    return structural_bomb(base, rng)


# --- runs ----------------------------------------------------------------------------------------------------

def fresh_write(path: Path, data: bytes) -> None:
    """Write ``data`` as a new file. Truncating the previous one instead makes ext4 flush it to disk on close
    (auto_da_alloc): 4 ms a file, a fifth of the campaign's time."""
    path.unlink(missing_ok=True)
    path.write_bytes(data)


class Tally:
    def __init__(self) -> None:
        self.outcomes: Counter[str] = Counter()
        self.problems: list[str] = []
        self._counts: dict[str, int] | None = None  # rows per table; only an accepted file may change them

    def attempt(self, vault: Vault, label: str, action: Callable[[], object], exit_codes: tuple[int, ...],
                also: tuple[type[LedgerError], ...] = ()) -> None:
        """Run ``action``: accepted, or refused with one of ``exit_codes`` (or one of the errors ``also``)."""
        before = self._counts if self._counts is not None else row_counts(vault)
        try:
            action()
        except LedgerError as error:
            self.outcomes["refused"] += 1
            if (error.exit_code not in exit_codes and not isinstance(error, also)) or "\n" in str(error):
                self.problems.append(f"{label}: exit {error.exit_code} or several lines: {str(error)[:200]!r}")
            self._counts = row_counts(vault)
            if self._counts != before:
                self.problems.append(f"{label}: refused, but rows changed")
        except BaseException as error:  # noqa: BLE001 - this is what the campaign hunts
            self.outcomes["crash"] += 1
            self.problems.append(f"{label}: unhandled {type(error).__name__}: {str(error)[:200]!r}")
            self._counts = None
        else:
            self.outcomes["accepted"] += 1
            self._counts = None

    def report(self, **extra: object) -> None:
        print(json.dumps({**self.outcomes, "problems": self.problems[:50], "problem_count": len(self.problems),
                          "peak_mb": peak_mb(), **extra}))


def run_imports(fmt: str, count: int, seed: int, folder: Path) -> None:
    rng = random.Random(seed)
    tally = Tally()
    work = folder.parent / f"campaign-{fmt}"
    work.mkdir(exist_ok=True)
    with Vault.unlock(folder, PASSWORD) as vault:
        bases: list[tuple[bytes, str | None]]
        if fmt in STATEMENT_FORMATS:
            bases = [(base, None) for base in STATEMENT_BASES[fmt]]
        elif fmt == "json":
            run_import(vault, ImportRequest(format="toggl", path=FIXTURES / "toggl_detailed.csv"))
            export_json(vault, work / "base.json")
            bases = [((work / "base.json").read_bytes(), None)]
        else:
            bases = [((FIXTURES / name).read_bytes(), client) for name, client in BASES[fmt]]
        for number in range(count):
            base, client = bases[number % len(bases)]
            path = work / f"file{number % 2}{'.json' if base.lstrip()[:1] in (b'[', b'{') else '.csv'}"
            fresh_write(path, generator(fmt, base, rng))
            label = f"{fmt} file {number} (seed {seed})"
            if fmt in STATEMENT_FORMATS:
                statement = StatementRequest(fmt, path, client=ACME if fmt == "payments-csv" else None,
                                             source="bank" if fmt == "payments-csv" else None,
                                             mapping=STATEMENT_MAPPINGS.get(fmt))
                tally.attempt(vault, label, partial(import_statement, vault, statement), (1,))
            elif fmt == "json":
                tally.attempt(vault, label, partial(run_restore, vault, path), (1,))
            else:
                request = ImportRequest(format=fmt, path=path, client=client,
                                        source="campaign" if fmt == "csv" else None,
                                        mapping=MAPPING if fmt == "csv" else None)
                tally.attempt(vault, label, partial(run_import, vault, request), (1,))
    tally.report(format=fmt, files=count, seed=seed)


# --- backup headers ------------------------------------------------------------------------------------------

def header_variants(raw: bytes, rng: random.Random) -> bytes:
    """A hostile header: its JSON edited at random places and its checksum recomputed (so that every field check
    behind the checksum is reached), or its bytes damaged as they are."""
    choice = rng.random()
    if choice < 0.25:
        return bytes_corrupted(raw, rng)
    body = json.loads(raw)
    body.pop("checksum", None)
    if choice < 0.35:  # a field nested deeply (built as text: Python's own json cannot build it either)
        depth = rng.choice([10, 500, 5000, 100_000])
        body[rng.choice(list(body))] = "__DEEP__"
        return json.dumps(body).replace('"__DEEP__"', "[" * depth + "]" * depth).encode()
    else:
        for _ in range(rng.randrange(1, 4)):
            _edit_somewhere(body, rng)
    from contractor_app.store.keyfile import canonical_json

    try:
        body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
        return canonical_json(body)
    except (ValueError, TypeError, RecursionError):  # a value canonical JSON refuses: write it plainly
        return json.dumps(body, allow_nan=True).encode("utf-8", "surrogatepass")


def run_headers(count: int, seed: int, backup: Path, folder: Path) -> None:
    from contractor_app.backup import format
    from contractor_app.backup.keys import Password
    from contractor_app.services.backups.restore import restore_backup

    rng = random.Random(seed)
    tally = Tally()
    data = backup.read_bytes()
    length = int.from_bytes(data[len(format.MAGIC):format.PREFIX_BYTES], "big")
    raw, payload = data[format.PREFIX_BYTES:format.PREFIX_BYTES + length], data[format.PREFIX_BYTES + length:
                                                                               -format.TRAILER_BYTES]
    candidate = folder.parent / "campaign-header.clbackup"
    with Vault.unlock(folder, PASSWORD) as vault:
        for number in range(count):
            hostile = header_variants(raw, rng)
            # The whole file made consistent around the hostile header: prefix, payload, and a trailer that
            # repeats its hash, so only the header's own checks (and the payload's binding to it) can refuse it.
            fresh_write(candidate, format.MAGIC + len(hostile).to_bytes(4, "big") + hostile + payload
                        + format.END_MAGIC + hashlib.sha256(hostile).digest())
            label = f"header {number} (seed {seed})"
            # A higher version is not authenticated either: exit 4 like any other change (UnknownFormatVersion).
            tally.attempt(vault, label, partial(format.parse, hostile), (4,))
            if number % 25 == 0 and hostile != raw:  # the whole restore path too: it must refuse, change nothing
                vault.lock()
                before = vault_files(folder)
                try:
                    restore_backup(candidate, Password(PASSWORD), folder)
                except LedgerError as error:
                    tally.outcomes["restore refused"] += 1
                    if error.exit_code not in (3, 4):
                        tally.problems.append(f"{label}: restore exit {error.exit_code}: {str(error)[:200]!r}")
                except BaseException as error:  # noqa: BLE001 - this is what the campaign hunts
                    tally.problems.append(f"{label}: restore unhandled {type(error).__name__}: {str(error)[:200]!r}")
                else:
                    tally.problems.append(f"{label}: a hostile header was restored")
                if vault_files(folder) != before:
                    tally.problems.append(f"{label}: the records folder changed")
                vault = Vault.unlock(folder, PASSWORD)
        vault.lock()
    tally.report(format="backup headers", files=count, seed=seed)


if __name__ == "__main__":
    if sys.argv[1] == "imports":
        run_imports(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5]))
    else:
        run_headers(int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]))
