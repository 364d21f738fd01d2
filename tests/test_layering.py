"""The house rules of docs/architecture.md that code can check: the layers, Qt only in gui/, and no socket.

The layers are ONE table, ``ALLOWED`` below, checked over every import statement in contractor_app/: at module level
and inside functions (the lazy imports that keep start-up fast are imports all the same), with relative imports
(``from . import x``, ``from ..store import vault``) resolved to the module they name.

Why an AST walk of our own and not import-linter: import-linter would be one more pinned tool in the lock (with
grimp, its graph builder, and that one's compiled core) for a check that is some forty lines of ``ast`` here; this
table would take several of its contracts (layers, forbidden imports, an ignore list for the one exception) instead
of one dictionary; and this test names every offending file, line and edge at once. It sees ``if TYPE_CHECKING:``
imports too, on purpose: a type named across a layer is a dependency on it. The planted-import test below proves the
check can fail, so a resolver bug cannot make it pass silently.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

import contractor_app

PACKAGE = Path(contractor_app.__file__).parent
REPO = Path(__file__).resolve().parent.parent  # the working directory for a script that imports tests.kdf

# Each part of contractor_app and the parts it may import (besides itself). The top-level helper modules are placed
# explicitly: ``contractor_app`` (the package __init__, which only holds __version__) and ``errors`` (the typed
# errors every layer raises and the CLI and GUI show) import nothing of ours, so every layer may use them; ``domain``
# is pure values and rules (Money, DateRange, pay terms) with no I/O, the vocabulary of the frozen dataclasses that
# services return, so the faces and the subsystems may name its types; ``demo`` fills a sample vault for screenshots
# and manual testing, a face like the CLI that goes through services.
BOTTOM = {"contractor_app", "errors"}
ALLOWED: dict[str, set[str]] = {
    "contractor_app": set(),
    "errors": set(),
    "domain": BOTTOM,
    "store": BOTTOM | {"domain"},
    "interchange": BOTTOM | {"domain"},
    "reports": BOTTOM | {"domain"},
    "backup": BOTTOM | {"domain", "store"},
    "services": BOTTOM | {"domain", "store", "reports", "backup", "interchange"},
    "gui": BOTTOM | {"domain", "services"},
    "cli": BOTTOM | {"domain", "services"},
    "demo": BOTTOM | {"domain", "services"},
}
# The one place a face imports another: cli/main.py, which with no subcommand starts the desktop app (gui.app, or
# with --smoke-test-gui its smoke test, gui.smoke). Nothing else may import gui or cli.
EXCEPTIONS = {("contractor_app.cli.main", "gui")}


def _module_name(relative: Path) -> str:
    """``store/vault.py`` -> ``contractor_app.store.vault`` (``relative`` is relative to the package folder)."""
    return ".".join(("contractor_app", *relative.with_suffix("").parts)).removesuffix(".__init__")


@cache  # the same names come up in many files; each answer is a look at the disk
def _is_module(name: str) -> bool:
    relative = Path(*name.split(".")[1:])
    return (PACKAGE / relative).with_suffix(".py").is_file() or (PACKAGE / relative / "__init__.py").is_file()


@cache  # four tests read the same files: parse each once
def imports_of(relative: Path, source: str) -> list[tuple[int, str]]:
    """Every (line, module) that the file imports, anywhere in it, relative imports resolved."""
    here = _module_name(relative)
    package = here.split(".") if relative.name == "__init__.py" else here.split(".")[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            for alias in node.names:  # ``from . import vault`` names a module; ``from .x import f`` names x
                candidate = f"{module}.{alias.name}"
                found.append((node.lineno, candidate if _is_module(candidate) else module))
    return sorted(set(found))


def _part(module: str) -> str:
    names = module.split(".")
    return names[1] if len(names) > 1 else names[0]


def _sources() -> dict[Path, str]:
    """Every module of the package but the Alembic scripts (store's own, loaded by store.migrate)."""
    return {
        path.relative_to(PACKAGE): path.read_text(encoding="utf-8")
        for path in sorted(PACKAGE.rglob("*.py"))
        if "migrations" not in path.relative_to(PACKAGE).parts
    }


def violations(sources: dict[Path, str]) -> list[str]:
    found = []
    for relative, source in sources.items():
        here = _module_name(relative)
        for line, target in imports_of(relative, source):
            if target.split(".")[0] == "PySide6" and _part(here) != "gui":
                found.append(f"{relative}:{line} imports {target} (Qt stays in gui/)")
            if target.split(".")[0] != "contractor_app":
                continue
            source_part, target_part = _part(here), _part(target)
            if source_part == target_part or (here, target_part) in EXCEPTIONS:
                continue
            if target_part not in ALLOWED.get(source_part, set()):
                found.append(f"{relative}:{line} {source_part} -> {target_part} ({target})")
    return found


def import_cycles(sources: dict[Path, str]) -> list[list[str]]:
    """Groups of our modules that import each other, directly or round a loop (Tarjan's strongly connected parts)."""
    graph = {
        _module_name(relative): {target for _, target in imports_of(relative, source)
                                 if target.startswith("contractor_app.")}
        for relative, source in sources.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph[module] & graph.keys():
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = [stack.pop()]
            while group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return cycles


def test_every_part_of_the_package_is_in_the_table() -> None:
    parts = {_part(_module_name(relative)) for relative in _sources()}
    assert parts <= set(ALLOWED), f"place these in ALLOWED: {sorted(parts - set(ALLOWED))}"


def test_every_import_follows_the_layer_table() -> None:
    found = violations(_sources())
    assert found == [], f"{len(found)} imports break the layer table:\n" + "\n".join(found)


def test_the_architecture_diagram_shows_the_imports_the_code_has() -> None:
    """docs/architecture.md draws one arrow per pair of parts with at least one import between them."""
    text = (Path(__file__).parent.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    diagram = text.split("```mermaid", 1)[1].split("```", 1)[0]
    drawn = {tuple(line.split(" --> ")) for line in (raw.strip() for raw in diagram.splitlines()) if " --> " in line}
    actual = set()
    for relative, source in _sources().items():
        here = _part(_module_name(relative))
        for _, target in imports_of(relative, source):
            there = _part(target)
            if target.startswith("contractor_app") and there != here and there not in BOTTOM:
                actual.add((here, there))
    assert drawn == actual


def test_no_modules_import_each_other() -> None:
    assert import_cycles(_sources()) == []


def test_the_layer_check_sees_relative_and_function_level_imports() -> None:
    """The checks can fail: imports planted in a function, relative and absolute, are each caught."""
    planted = {
        Path("store/planted.py"): (
            "def f():\n    from ..gui import app\n    from .. import services\n"
            "    import contractor_app.backup.create\n    import PySide6\n    from . import vault\n"
        ),
        Path("store/vault.py"): "from .planted import f\n",
    }
    assert violations(planted) == [
        "store/planted.py:2 store -> gui (contractor_app.gui.app)",
        "store/planted.py:3 store -> services (contractor_app.services)",
        "store/planted.py:4 store -> backup (contractor_app.backup.create)",
        "store/planted.py:5 imports PySide6 (Qt stays in gui/)",
    ]
    assert import_cycles(planted) == [["contractor_app.store.planted", "contractor_app.store.vault"]]


def test_importing_every_core_module_loads_no_qt() -> None:
    """Catches indirect imports too: load every module outside gui/ and look at sys.modules."""
    modules = [
        _module_name(path.relative_to(PACKAGE))
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
from tests.kdf import use_fast_kdf
use_fast_kdf()  # thirteen unlocks: the test KDF keeps them instant (the KDF opens no socket either way)

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
    ["anchor", "show"], ["anchor", "list"],
]
codes = [main(["--data-dir", folder, *command]) for command in commands]
import os
os.environ["CONTRACTOR_APP_NEW_PASSWORD"] = password + "2"
codes.append(main(["--data-dir", folder, "passwd"]))
print("RESULT", codes, sorted(set(opened)), file=sys.stderr)
"""


@pytest.mark.slow
def test_a_whole_cli_session_opens_no_socket(tmp_path: Path) -> None:
    env = {**os.environ, "CONTRACTOR_APP_PASSWORD": "session password"}
    done = subprocess.run(
        [sys.executable, "-c", SESSION, str(tmp_path / "records"), "session password"],
        capture_output=True, text=True, env=env, check=True, cwd=REPO,
    )
    result = done.stderr.strip().splitlines()[-1]
    assert result == f"RESULT {[0] * 15} []"


def test_the_audit_hook_sees_a_socket_when_one_is_opened() -> None:
    """Proves the hook above would notice: the same hook, one real (unconnected) socket."""
    script = (
        "import socket, sys\nseen=[]\n"
        "sys.addaudithook(lambda e, a: seen.append(e) if e.startswith('socket.') else None)\n"
        "socket.socket().close()\nprint(sorted(set(seen)))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "socket.__new__" in done.stdout
