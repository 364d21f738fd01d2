"""Backups as the worker sees them, and the one door into backup/ (tests/test_layering.py).

The CLI, the unlock window and the Backups view reach backups only through this package. The backup
types the faces name (the secrets, the check's report, a staged restore) are re-exported by its modules.
Slow work takes a ``progress`` callable that may raise BackupCancelled: the backup code then leaves
nothing behind (no partial file, no staging folder). A failure raises BackupFailed for the caller to show
the worker; it is never swallowed.

- ``schedule``: the settings (kept in the vault under "backups", so changing them is an audited change),
  the backup folder, and the automatic daily backup with rotation: made after a command that changed
  the records (CLI) or on lock (GUI), at most one a day, and none when nothing changed since the last;
- ``create``: back up now, and check a backup (`backup verify`);
- ``listing``: this vault's backups in the folder with the outcome of their last check (kept under
  "backups.checks", so a backup shows as checked only while it is the very file that was), a backup's
  date read from its header without any password, and the newest backup's witness for an unlock;
- ``restore``: the one restore, ``restore_backup``, and its two halves, which the Backups view runs apart
  (``prepare_restore`` while the records are still open, then ``finish_restore`` once they are locked).
"""
