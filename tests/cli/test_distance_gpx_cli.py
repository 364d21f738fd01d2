"""`distance import-gpx` end to end: a known route becomes a priced trip; a hostile file is one line, exit 1."""

from __future__ import annotations

import json
from pathlib import Path

from ..conftest import Cli

ROUTE = (b'<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Run</name>'
         b'<trkseg><trkpt lat="40.0" lon="-74.0"><time>2026-03-02T14:00:00Z</time></trkpt>'
         b'<trkpt lat="40.1" lon="-74.0"><time>2026-03-02T14:10:00Z</time></trkpt>'
         b'<trkpt lat="40.2" lon="-74.0"><time>2026-03-02T14:20:00Z</time></trkpt></trkseg></trk></gpx>')


def test_import_gpx_records_a_priced_trip_and_refuses_a_bomb(cli: Cli, tmp_path: Path) -> None:
    cli.init("--name", "Test Worker", "--currency", "USD", "--jurisdiction", "US")
    assert cli("client", "add", "Acme Delivery", "--rate", "20/h").code == 0
    track = tmp_path / "run.gpx"
    track.write_bytes(ROUTE)
    imported = cli("distance", "import-gpx", str(track), "--client", "acme")  # in miles: the US rate is per mile
    assert imported.code == 0, imported.err
    assert imported.out.startswith("Recorded trip #1: 13.82 mi for Acme Delivery on 2026-03-02, ")
    [trip] = json.loads(cli("distance", "list", "--format", "json").out)["trips"]
    assert (trip["source"], trip["distance"], trip["note"]) == ("gpx", "13.82", "GPX run.gpx: Run")
    again = cli("distance", "import-gpx", str(track), "--client", "acme", "--unit", "mi")
    assert again.code == 0 and "Skipped 1 track day" in again.out and "No new trips" in again.out

    bomb = tmp_path / "bomb.gpx"
    bomb.write_bytes(b'<!DOCTYPE gpx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><gpx>&b;</gpx>')
    refused = cli("distance", "import-gpx", str(bomb), "--client", "acme")
    assert refused.code == 1 and refused.err.count("\n") == 1 and "DOCTYPE" in refused.err
    assert len(json.loads(cli("distance", "list", "--format", "json").out)["trips"]) == 1
