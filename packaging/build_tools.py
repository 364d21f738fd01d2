"""Check that the system tools `make package` needs are installed, before anything is built.

PyInstaller strips the bundled binaries with `strip`, and `build_deb.py` runs `objdump`, `dpkg`, `dpkg-deb`,
`desktop-file-validate` and `appstreamcli`. Without this check a missing one surfaced as a Python traceback
(FileNotFoundError) minutes into the build; now `make package` stops at once and names what to install.
Standard library only: it runs before the packaging venv exists.

    python3 packaging/build_tools.py    # exit 0 when all are there, 1 (with what to install) otherwise
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable

# Each command, the Debian/Ubuntu package that provides it, and what the build uses it for. dpkg and dpkg-deb come
# with every Debian system; elsewhere (Fedora, Arch) they are in a package named dpkg, and dpkg-dev brings them.
TOOLS: tuple[tuple[str, str, str], ...] = (
    ("strip", "binutils", "PyInstaller strips the bundled binaries"),
    ("objdump", "binutils", "reads the glibc version the bundled binaries need"),
    ("dpkg", "dpkg-dev", "names the package's architecture"),
    ("dpkg-deb", "dpkg-dev", "builds the .deb"),
    ("desktop-file-validate", "desktop-file-utils", "checks the .desktop file"),
    ("appstreamcli", "appstream", "checks the AppStream metainfo"),
)


def missing_tools(which: Callable[[str], str | None] = shutil.which) -> list[tuple[str, str, str]]:
    """The TOOLS rows whose command is not on the PATH."""
    return [row for row in TOOLS if which(row[0]) is None]


def explain(missing: list[tuple[str, str, str]]) -> str:
    """What is missing, what each is for, and the one command that installs them all."""
    packages = sorted({package for _, package, _ in missing})
    lines = ["make package needs tools that are not installed:"]
    lines += [f"  {command:<22} ({package}): {purpose}" for command, package, purpose in missing]
    lines += [f"Install them with:  sudo apt install {' '.join(packages)}",
              "(on other systems, install the packages that provide these commands; the names are often the same)"]
    return "\n".join(lines)


def main() -> int:
    missing = missing_tools()
    if missing:
        print(explain(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
