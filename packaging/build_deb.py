"""Turn the PyInstaller onedir build into a Debian package with dpkg-deb (`make package` runs it).

Layout: the app in /opt/contractor-ledger, launchers `contractor-ledger` and `contractor-app` in /usr/bin (links), the
.desktop file, AppStream metainfo, hicolor icons (SVG and PNGs), and the copyright file and CycloneDX SBOM in
/usr/share/doc/contractor-ledger. Both desktop files are validated before packing, so a broken one fails the
build rather than a software centre.

    python3 packaging/build_deb.py --app dist/contractor-ledger --sbom dist/contractor-ledger-VERSION.cdx.json \\
        --out dist
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from build_tools import explain, missing_tools  # noqa: E402 - beside this file: sys.path[0] when run as a script

from contractor_app import __version__  # noqa: E402 - once the repository is on sys.path

APP_ID = "org.contractorledger.ContractorLedger"
PACKAGE = "contractor-ledger"
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What the bundle leaves to the system: glibc (its version is read off the binaries), OpenGL/EGL (drivers must
# match the machine), and what Qt's xcb and Wayland plugins, fonts and D-Bus link to. PyInstaller also bundles
# copies of most of the latter, but the system's are what the desktop session really uses.
DEPENDS = [
    "libgl1", "libegl1", "libfontconfig1", "libfreetype6", "libglib2.0-0", "libdbus-1-3",
    "libxkbcommon0", "libxkbcommon-x11-0", "libx11-6", "libx11-xcb1", "libxcb1", "libxcb-cursor0",
    "libxcb-glx0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0",
    "libxcb-xkb1", "libwayland-client0", "libwayland-cursor0",
]
# Relative, so the launchers also work in a tree unpacked anywhere (`dpkg-deb -x`, as the smoke test does); the
# PyInstaller bootloader follows the link to find its _internal folder.
LAUNCHER_TARGET = f"../../opt/{PACKAGE}/{PACKAGE}"
# DEP-5: the last Files paragraph that matches a file applies, so the fonts and icons come after the bundle's.
COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Contractor Ledger
Source: https://github.com/contractor-ledger/contractor-ledger

Files: *
Copyright: The Contractor Ledger contributors
License: GPL-3.0-or-later
 On Debian systems the full text is in /usr/share/common-licenses/GPL-3.

Files: opt/contractor-ledger/_internal/*
Comment: Python, Qt (PySide6, LGPL-3.0) and the other libraries the app runs on, bundled by PyInstaller.
 Each one's name, version and licence is in contractor-ledger.cdx.json (CycloneDX) beside this file.

Files: opt/contractor-ledger/_internal/contractor_app/resources/fonts/*
Copyright: Bitstream, Inc.; DejaVu changes are in the public domain
License: Bitstream-Vera
 See opt/contractor-ledger/_internal/contractor_app/resources/fonts/LICENSE-DejaVu.txt.

Files: opt/contractor-ledger/_internal/contractor_app/resources/icons/lucide/*
Copyright: Lucide Icons and Contributors; Cole Bemis (the icons derived from Feather)
License: ISC and MIT
 See opt/contractor-ledger/_internal/contractor_app/resources/icons/lucide/LICENSE.
"""


def debian_version(version: str) -> str:
    """PEP 440 to Debian: a pre-release sorts before its release with '~' (0.2.0rc1 -> 0.2.0~rc1)."""
    return re.sub(r"(?<=\d)(a|b|rc|\.dev)", r"~\1", version)


def metainfo_release(path: Path) -> str:
    releases = ET.parse(path).getroot().find("releases")
    assert releases is not None and len(releases), f"{path.name} has no <release>"
    return releases[0].get("version", "")


def min_glibc(app: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled ELF file needs: the package's libc6 floor."""
    newest = (2, 17)
    for path in app.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        symbols = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", symbols):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def stage(app: Path, sbom: Path, root: Path) -> None:
    shutil.copytree(app, root / "opt" / PACKAGE, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    for name in ("contractor-ledger", "contractor-app"):  # the app's name, and the command the README uses
        (root / "usr" / "bin" / name).symlink_to(LAUNCHER_TARGET)
    share = root / "usr" / "share"
    install(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    install(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    install(ICONS / "app.svg", share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")
    for size in PNG_SIZES:
        install(ICONS / f"app-{size}.png", share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True, exist_ok=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    install(sbom, doc / "contractor-ledger.cdx.json")
    for folder, _, _files in os.walk(root):  # dpkg wants 755 folders whatever the umask was
        Path(folder).chmod(0o755)


def validate(root: Path) -> None:
    share = root / "usr" / "share"
    subprocess.run(["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")], check=True)
    subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic",
                    str(share / "metainfo" / f"{APP_ID}.metainfo.xml")], check=True)


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def control(root: Path, glibc: str) -> str:
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    return "\n".join([
        f"Package: {PACKAGE}",
        f"Version: {debian_version(__version__)}",
        f"Architecture: {architecture()}",
        "Maintainer: The Contractor Ledger contributors <maintainers@contractorledger.org>",
        f"Installed-Size: {size_kib}",
        f"Depends: libc6 (>= {glibc}), {', '.join(DEPENDS)}",
        "Section: misc",
        "Priority: optional",
        "Homepage: https://github.com/contractor-ledger/contractor-ledger",
        "Description: your own encrypted record of work, pay and data",
        " Contractor Ledger records the work you did, what you were promised and what you",
        " were paid, checks pay against minimum wage and agreed rates, and makes signed",
        " PDF reports. Records are encrypted on your computer; the app makes no network",
        " connections.",
        "",
    ])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, required=True, help="the PyInstaller onedir folder")
    parser.add_argument("--sbom", type=Path, required=True, help="the CycloneDX JSON SBOM to ship")
    parser.add_argument("--out", type=Path, required=True, help="folder for the .deb")
    # xz makes the smallest package (for release); gzip builds several times faster (CI: same contents).
    parser.add_argument("--compression", choices=("xz", "gzip"), default="xz")
    args = parser.parse_args()
    if missing := missing_tools():
        print(explain(missing), file=sys.stderr)
        return 1
    release = metainfo_release(LINUX / f"{APP_ID}.metainfo.xml")
    if release != __version__:
        print(f"The metainfo's newest release is {release}, the app is {__version__}: add a <release>.",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="contractor-deb-") as scratch:
        root = Path(scratch) / "root"
        stage(args.app, args.sbom, root)
        validate(root)
        (root / "DEBIAN").mkdir(mode=0o755)
        (root / "DEBIAN" / "control").write_text(control(root, min_glibc(args.app)), encoding="utf-8")
        args.out.mkdir(parents=True, exist_ok=True)
        deb = args.out / f"{PACKAGE}_{debian_version(__version__)}_{architecture()}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{args.compression}", "--build", str(root), str(deb)],
                       check=True)
    print(f"built {deb} ({deb.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
