"""Write the CycloneDX JSON SBOM of what the app bundles: the runtime dependencies only, with their licences.

`cyclonedx-py environment` reads the packaging venv, so names, versions, hashes and licences come from what was
really installed and frozen. That venv also holds the build tools (PyInstaller, cyclonedx-bom), and the tool's
dependency graph follows every requirement whatever its extra or platform marker, so the components kept are
exactly those pinned in the runtime lock (requirements/runtime.txt, which pip-compile resolved with markers
evaluated). Run with the packaging venv's Python (`make package` does):

    .venv-package/bin/python packaging/sbom.py requirements/runtime.txt dist/contractor-ledger-VERSION.cdx.json
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from contractor_app import __version__  # noqa: E402 - once the repository is on sys.path


def pinned_names(lock: Path) -> set[str]:
    text = lock.read_text(encoding="utf-8")
    return {canonicalize_name(name) for name in re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", text, re.M)}


def runtime_only(bom: dict, names: set[str]) -> dict:
    """Keep the root and the components the lock pins; fill in the root's version (pyproject's is dynamic)."""
    root = bom["metadata"]["component"]
    root["version"] = __version__
    kept = {root["bom-ref"]} | {c["bom-ref"] for c in bom["components"] if canonicalize_name(c["name"]) in names}
    missing = names - {canonicalize_name(c["name"]) for c in bom["components"]}
    if missing:
        raise SystemExit(f"not installed in this venv, so not frozen either: {', '.join(sorted(missing))}")
    bom["components"] = [c for c in bom["components"] if c["bom-ref"] in kept]
    bom["dependencies"] = [{**entry, "dependsOn": [ref for ref in entry["dependsOn"] if ref in kept]}
                           if "dependsOn" in entry else entry
                           for entry in bom["dependencies"] if entry["ref"] in kept]
    return bom


def main() -> int:
    if len(sys.argv) != 3:
        print(f"usage: {sys.argv[0]} RUNTIME-LOCK OUTPUT.cdx.json", file=sys.stderr)
        return 2
    lock, output = Path(sys.argv[1]), Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as scratch:
        full = Path(scratch) / "environment.cdx.json"
        subprocess.run([str(Path(sys.executable).with_name("cyclonedx-py")), "environment",
                        "--pyproject", str(ROOT / "pyproject.toml"), "--output-reproducible",
                        "-o", str(full), sys.executable], check=True)
        bom = runtime_only(json.loads(full.read_text(encoding="utf-8")), pinned_names(lock))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(bom, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {output}: {len(bom['components'])} runtime components")
    return 0


if __name__ == "__main__":
    sys.exit(main())
