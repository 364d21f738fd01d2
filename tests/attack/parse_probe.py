"""Run one parser on one file in a fresh process under an address-space limit; print the outcome and peak RSS.

    python -m tests.attack.parse_probe FORMAT PATH

Prints one JSON line: {"outcome": "refused"|"parsed"|"crash", "message": ..., "peak_mb": ...}. A separate process
measures the parser alone (peak RSS of a process that only imports the app and parses), and the limit keeps a
parser that explodes from taking the shared machine down with it: it then dies with MemoryError ("crash").
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from .memory import peak_mb

LIMIT_BYTES = 1536 * 1024 * 1024


def main(fmt: str, path: Path) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))
    from contractor_app.errors import LedgerError
    from contractor_app.interchange import generic_csv, json_export
    from contractor_app.services.imports import PARSERS

    outcome, message = "parsed", ""
    try:
        if fmt == "json":
            json_export.read(path)
        elif fmt == "csv":
            generic_csv.parse(path, ZoneInfo("UTC"), generic_csv.parse_mapping(["start=Start", "end=End"]))
        else:
            PARSERS[fmt](path, ZoneInfo("UTC"))
    except LedgerError as error:
        outcome, message = "refused", str(error)
    except BaseException as error:  # noqa: BLE001 - the probe reports anything else as a crash
        outcome, message = "crash", type(error).__name__
    print(json.dumps({"outcome": outcome, "message": message, "peak_mb": peak_mb()}))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
