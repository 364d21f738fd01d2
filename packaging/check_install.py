"""`make check-install`: the app finds its data files (fonts, rules, translations, icons, the passwords list) when
installed as people install it, not only from this checkout's virtualenv.

The files live in the top-level resources/ folder, installed as the package contractor_app.resources (setup.py,
pyproject.toml). This builds two fresh virtualenvs in a temporary folder, one with an editable install of the
repository and one with the wheel built from it, and in each runs CHECK with the working directory elsewhere (so
the checkout's own contractor_app/ cannot stand in for the installed one). The project's dependencies come from
the development virtualenv's site-packages on PYTHONPATH (its .pth files, and so its own editable install, are not
read from there). The wheel's file list is checked too: every file of resources/ in the package, nothing beside.

Building runs pip with build isolation, which fetches setuptools from the package index pip is configured with,
as `make .venv` does; it is not part of `make test` for that reason.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHECK = r"""
import sys
from pathlib import Path

import contractor_app
from contractor_app.gui.app import TRANSLATIONS
from contractor_app.gui.icons import ICONS
from contractor_app.reports.fonts import register_fonts
from contractor_app.reports.language import catalogue
from contractor_app.services.passwords import is_common
from contractor_app.services.rules import RULE_FILES, rule_file

expected_root = Path(sys.argv[1]).resolve()
where = Path(contractor_app.__file__).resolve().parent
assert where.is_relative_to(expected_root), f"contractor_app imported from {where}, not under {expected_root}"
register_fonts()  # every DejaVu face, read through importlib.resources
assert all(rule_file(kind)["kind"] == kind for kind in RULE_FILES)
assert catalogue("fr"), "the French report catalogue is empty or missing"
assert sorted(path.name for path in TRANSLATIONS.glob("contractor_*.qm")) == [
    "contractor_en.qm", "contractor_es.qm", "contractor_fil.qm", "contractor_fr.qm", "contractor_pt_BR.qm"]
assert (ICONS / "app-512.png").is_file() and (ICONS / "app.svg").is_file()
assert is_common("password")
print("found fonts, rules, translations, icons and the passwords list under", TRANSLATIONS.parent)
"""


def run(*args: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"failed: {' '.join(map(str, args))}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def check(venv: Path, expected_root: Path, work: Path) -> None:
    python = venv / "bin" / "python"
    site = sysconfig.get_paths()["purelib"]  # the development virtualenv's dependencies
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": site, "QT_QPA_PLATFORM": "offscreen", "HOME": str(work)}
    print(f"{venv.name}: " + run(python, "-c", CHECK, expected_root, cwd=work, env=env).strip())


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="check-install-") as temporary:
        work = Path(temporary)
        editable = work / "editable"
        run(sys.executable, "-m", "venv", editable)
        run(editable / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-deps", "-e", ROOT)
        check(editable, ROOT, work)

        # Built from a copy of the files git knows (committed or not), so no build/ folder left by an earlier build
        # can add files the repository does not have.
        source = work / "source"
        for name in run("git", "ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0"):
            if name and (ROOT / name).is_file():
                (source / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, source / name)
        run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", work / "dist", source)
        [wheel] = (work / "dist").glob("contractor_ledger-*.whl")
        names = zipfile.ZipFile(wheel).namelist()
        shipped = sorted(name for name in names if name.startswith("contractor_app/resources/"))
        expected = sorted(f"contractor_app/{path.relative_to(ROOT).as_posix()}" for path in
                          (ROOT / "resources").rglob("*") if path.is_file() and "__pycache__" not in path.parts)
        if shipped != expected:
            sys.exit(f"the wheel's resources differ from resources/: missing {sorted(set(expected) - set(shipped))}, "
                     f"extra {sorted(set(shipped) - set(expected))}")
        stray = [name for name in names if not name.startswith(("contractor_app/", "contractor_ledger-"))]
        if stray:
            sys.exit(f"the wheel holds files outside the package: {stray}")
        installed = work / "wheel"
        run(sys.executable, "-m", "venv", installed)
        run(installed / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-deps", wheel)
        check(installed, installed, work)
        print(f"{wheel.name}: {len(shipped)} files of resources/ in the package, nothing outside it")


if __name__ == "__main__":
    main()
