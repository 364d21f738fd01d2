"""Durable, private file writes (0600, random temp name, fsync, rename) and an inter-process lock.

Every file the app writes goes through ``private_file``: reports, exports, backups, evidence copies, the
recovery sheet and the key header. A fixed temp name could be planted as a symlink by another local user, and
a file created with the default umask is readable by everyone on the machine.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_MODE = 0o600  # every file the app writes: records, reports, backups, keys are the worker's alone
_TEMP_SUFFIX = ".tmp"
# Created, never opened: O_EXCL refuses any file or symlink already there, O_NOFOLLOW a symlink in the last part.
CREATE_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
                 | getattr(os, "O_CLOEXEC", 0))


def temp_name(path: Path) -> Path:
    """A fresh hidden name beside ``path``: unpredictable, so nobody can plant a symlink where we will write."""
    return path.with_name(f".{path.name}.{secrets.token_hex(8)}{_TEMP_SUFFIX}")


@contextlib.contextmanager
def private_file(path: Path, *, replace: bool = True) -> Iterator[BinaryIO]:
    """Write a new ``path`` readable by its owner only (0600), whole or not at all.

    The body writes to a handle on a temp file created under a random name in the target folder with
    O_CREAT|O_EXCL|O_NOFOLLOW; when the body ends normally the file is fsynced and renamed into place, then the
    folder is fsynced. If the body raises, the temp file is removed and ``path`` is untouched. With
    ``replace=False`` an existing ``path`` (file or symlink) is never replaced: FileExistsError, nothing written.
    """
    tmp = temp_name(path)
    fd = os.open(tmp, CREATE_FLAGS, PRIVATE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, path)  # replaces a symlink at ``path`` itself, never the file it points to
        else:
            _link_new(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def _link_new(tmp: Path, path: Path) -> None:
    """Rename ``tmp`` to ``path`` only if nothing is there: link() refuses an existing name atomically."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares): check, then rename
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "File exists", str(path)) from None
        os.replace(tmp, path)
        return
    tmp.unlink()


def write_private(path: Path, data: bytes, *, replace: bool = True) -> None:
    """``data`` to ``path`` through ``private_file`` (0600, random temp name, fsync, rename)."""
    with private_file(path, replace=replace) as handle:
        handle.write(data)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new content, never a mix.

    For the small files beside the database (the key header, the restore journal), whose writers hold
    ``exclusive_lock``: temp copies a killed writer left behind are removed first, so at most one ever exists (an
    old key file would still open with the password of its day).
    """
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*{_TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            stale.unlink()
    write_private(path, data)


def fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":  # Windows cannot open a directory for fsync; NTFS renames are journaled.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``path`` (created if needed) for read-modify-write of the key header."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock on every platform
