"""The house rules of DESIGN.md section 2 that code can check: Qt stays in gui/, and nothing opens a socket."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import contractor_app

PACKAGE = Path(contractor_app.__file__).parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_nothing_outside_gui_imports_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts
        and any(name.split(".")[0] == "PySide6" for name in _imports(path))
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    """Catches indirect imports too: load every module outside gui/ and look at sys.modules."""
    modules = [
        ".".join(("contractor_app", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts and "migrations" not in path.relative_to(PACKAGE).parts
    ]
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert len(modules) > 20
    assert json.loads(done.stdout) == []


SESSION = r"""
import socket, sys
opened = []

def hook(event, args):
    if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
        opened.append(event)

sys.addaudithook(hook)
from contractor_app.cli.main import main

folder, password = sys.argv[1], sys.argv[2]
commands = [
    ["init", "--timezone", "UTC"],
    ["client", "add", "Acme", "--rate", "20/h"],
    ["client", "list"],
    ["log", "--client", "Acme", "--start", "2026-11-02T09:00", "--end", "2026-11-02T10:00", "--note", "n"],
    ["timer", "start", "--client", "Acme", "--at", "2026-11-03T09:00"],
    ["timer", "status"],
    ["timer", "stop", "--at", "2026-11-03T10:00"],
    ["pay", "--client", "Acme", "--date", "2026-11-10", "--amount", "20"],
    ["list", "--format", "json"], ["list", "--format", "csv"], ["summary", "--format", "json"], ["verify"],
]
codes = [main(["--data-dir", folder, *command]) for command in commands]
import os
os.environ["CONTRACTOR_APP_NEW_PASSWORD"] = password + "2"
codes.append(main(["--data-dir", folder, "passwd"]))
print("RESULT", codes, sorted(set(opened)), file=sys.stderr)
"""


def test_a_whole_cli_session_opens_no_socket(tmp_path: Path) -> None:
    env = {**os.environ, "CONTRACTOR_APP_PASSWORD": "session password"}
    done = subprocess.run(
        [sys.executable, "-c", SESSION, str(tmp_path / "records"), "session password"],
        capture_output=True, text=True, env=env, check=True,
    )
    result = done.stderr.strip().splitlines()[-1]
    assert result == f"RESULT {[0] * 13} []"


def test_the_audit_hook_sees_a_socket_when_one_is_opened() -> None:
    """Proves the hook above would notice: the same hook, one real (unconnected) socket."""
    script = (
        "import socket, sys\nseen=[]\nsys.addaudithook(lambda e, a: seen.append(e) if e.startswith('socket.') else None)\n"
        "socket.socket().close()\nprint(sorted(set(seen)))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "socket.__new__" in done.stdout
