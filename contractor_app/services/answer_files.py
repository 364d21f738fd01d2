"""Reading a platform's answer to an access request (a zip or a folder) as files to keep, hostile until checked.

The answer comes from the other side of a dispute, so it is read as an attack: at most ``MAX_ENTRIES`` files,
``MAX_FILE_BYTES`` each and ``MAX_TOTAL_BYTES`` in all, counted as the bytes come out (a zip's declared sizes can
lie); an entry whose name climbs out of the archive (``..``, an absolute or drive path) or that is a symbolic link
refuses the whole answer, since nothing of it can be trusted; an encrypted entry is refused (we cannot read it, the
worker can ask for it unencrypted). A zip inside the zip is kept as one file, never expanded. Nothing is written
to disk: the files go from here into the encrypted records.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path, PurePosixPath

from ..errors import InvalidInput, Phrase
from .evidence import MAX_EVIDENCE_BYTES

MAX_ENTRIES = 5_000
MAX_FILE_BYTES = MAX_EVIDENCE_BYTES
MAX_TOTAL_BYTES = 512 * 1024 * 1024
CHUNK = 1024 * 1024

Files = list[tuple[str, bytes]]  # (name inside the answer, bytes)


def read_answer(path: Path) -> Files:
    """The answer's files as (relative name, bytes), in the archive's or the folder's (sorted) order."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        raise InvalidInput.said("There is no file or folder {path}. Nothing was added.", path=path) from None
    except OSError as error:
        raise InvalidInput.said("Cannot read {path}: {reason}. Nothing was added.", path=path,
                                reason=error.strerror or error) from None
    if stat.S_ISLNK(info.st_mode):
        raise _refuse(path, "it is a symbolic link; give the answer's zip or folder itself")
    files = _read_folder(path) if stat.S_ISDIR(info.st_mode) else _read_zip(path)
    if not files:
        raise InvalidInput.said("{name} holds no files to keep. Nothing was added.", name=path.name)
    return files


def _read_zip(path: Path) -> Files:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise _refuse(path, Phrase("it holds more than {most:,} entries", most=MAX_ENTRIES))
            files: Files = []
            total = 0
            for entry in entries:
                name = _safe_name(path, entry.filename)
                mode = entry.external_attr >> 16
                if stat.S_ISLNK(mode):
                    raise _refuse(path, Phrase("{entry!r} is a symbolic link", entry=entry.filename))
                if entry.is_dir():
                    continue
                if entry.flag_bits & 0x1:
                    raise _refuse(path, Phrase("{entry!r} is encrypted; ask for the answer without a password",
                                                 entry=entry.filename))
                if entry.file_size > MAX_FILE_BYTES:
                    raise _too_large(path, entry.filename)
                content = _bounded(archive, entry, MAX_TOTAL_BYTES - total, path)
                total += len(content)
                files.append((name, content))
            return files
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError) as error:
        raise InvalidInput.said("{name} is not a zip file that can be read ({error}). Nothing was added.",
                                name=path.name, error=error) from None
    except OSError as error:
        raise InvalidInput.said("Cannot read {path}: {reason}. Nothing was added.", path=path,
                                reason=error.strerror or error) from None


def _bounded(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, room: int, path: Path) -> bytes:
    """The entry's bytes, stopping as soon as they pass the per-file cap or the room left in the total."""
    buffer = bytearray()
    with archive.open(entry) as handle:
        while chunk := handle.read(CHUNK):
            buffer += chunk
            if len(buffer) > MAX_FILE_BYTES:
                raise _too_large(path, entry.filename)
            if len(buffer) > room:
                raise _refuse(path, _TOO_MUCH)
    return bytes(buffer)


def _read_folder(folder: Path) -> Files:
    files: Files = []
    total = 0
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(names) + [d for d in dirs if (Path(root) / d).is_symlink()]:
            full = Path(root) / name
            relative = full.relative_to(folder).as_posix()
            info = full.lstat()
            if stat.S_ISLNK(info.st_mode):
                raise _refuse(folder, Phrase("{entry!r} is a symbolic link", entry=relative))
            if not stat.S_ISREG(info.st_mode):
                raise _refuse(folder, Phrase("{entry!r} is not a regular file", entry=relative))
            if len(files) >= MAX_ENTRIES:
                raise _refuse(folder, Phrase("it holds more than {most:,} files", most=MAX_ENTRIES))
            if info.st_size > MAX_FILE_BYTES:
                raise _too_large(folder, relative)
            if total + info.st_size > MAX_TOTAL_BYTES:
                raise _refuse(folder, _TOO_MUCH)
            with full.open("rb") as handle:
                content = handle.read(MAX_FILE_BYTES + 1)
            if len(content) > MAX_FILE_BYTES or total + len(content) > MAX_TOTAL_BYTES:  # it grew while read
                raise _too_large(folder, relative)
            total += len(content)
            files.append((relative, content))
    return files


def _safe_name(path: Path, raw: str) -> str:
    """The entry's name as a relative path, or the whole answer refused when it points outside the archive."""
    name = raw.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if (not name or name.startswith("/") or ".." in parts or (parts and ":" in parts[0])
            or any(ord(char) < 32 for char in name)):
        raise _refuse(path, Phrase("the entry {entry!r} points outside the archive", entry=raw))
    return name


_TOO_MUCH = Phrase("its files come to more than {mb} MB", mb=MAX_TOTAL_BYTES // (1024 * 1024))


def _refuse(path: Path, why: str | Phrase) -> InvalidInput:
    return InvalidInput.said("{name} was refused: {why}. Nothing was added.", name=path.name, why=why, phrases=("why",))


def _too_large(path: Path, name: str) -> InvalidInput:
    return _refuse(path, Phrase("{entry!r} is larger than {mb} MB", entry=name, mb=MAX_FILE_BYTES // (1024 * 1024)))
