"""`backup create | verify | restore | forget-previous | settings`: encrypted backups that prove they restore.

Exit codes as everywhere: 0 ok; 1 bad input; 3 wrong password; 4 the backup is damaged or tampered with.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import BackupDamaged
from .. import password
from ..context import Context

if TYPE_CHECKING:
    from ...services.backups.create import BackupReport, Secret


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("backup", help="make, check or restore an encrypted backup of your records")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="back up your records now")
    create.add_argument("-o", "--output", type=Path, metavar="FILE", help="where to save it (default: backup folder)")
    create.set_defaults(run=run_create)

    for name, help_text in (("verify", "check that a backup is complete and restores, without restoring it"),
                            ("restore", "replace your records with a backup's (the current ones are kept aside)")):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("file", type=Path, metavar="FILE")
        action.add_argument("--recovery", action="store_true", help="open it with your recovery key")
        action.add_argument("--recovery-key-file", type=Path, help="read the recovery key from FILE")
        if name == "restore":
            action.add_argument("--new-password-file", type=Path,
                                help="with --recovery: read the new password from FILE")
        action.set_defaults(run=run_verify if name == "verify" else run_restore)

    forget = actions.add_parser("forget-previous", help="delete the records a restore kept aside")
    forget.set_defaults(run=run_forget)

    settings = actions.add_parser("settings", help="show or change automatic backups")
    where = settings.add_mutually_exclusive_group()
    where.add_argument("--folder", type=Path, help="where automatic backups go (a full path)")
    where.add_argument("--default-folder", action="store_true", help="back to the backups folder beside your records")
    settings.add_argument("--automatic", choices=("on", "off"), help="make a backup each day you change something")
    for period in ("daily", "weekly", "monthly"):
        settings.add_argument(f"--keep-{period}", type=int, metavar="N", help=f"how many {period} backups to keep")
    settings.set_defaults(run=run_settings)


def run_create(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.backups.create import back_up_now

    with ctx.vault() as vault:
        info = back_up_now(vault, args.output)
    manifest = info.manifest
    ctx.print(f"Backup saved: {info.path} ({_size(info.file_bytes)}; {manifest.records} records, "
              f"{manifest.evidence_files} evidence files, {manifest.changes} changes).",
              "It opens with your current password or your recovery key. "
              f"Check it any time with `contractor-app backup verify {info.path}`.")
    return 0


def run_verify(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.backups.create import check_backup

    report = check_backup(args.file, _secret(ctx, args))
    if not report.ok:
        for problem in report.problems:
            ctx.print(f"PROBLEM: {problem}")
        raise BackupDamaged("contents", f"The check found {len(report.problems)} problem(s); see above.")
    ctx.print(f"Backup check passed: {_describe(report)}. It restores completely.")
    return 0


def run_restore(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.backups.create import RecoveryKey
    from ...services.backups.restore import KEPT_DAYS, restore_backup

    secret = _secret(ctx, args)
    new_password = None
    if isinstance(secret, RecoveryKey):  # asked first (and checked by the restore before it unpacks anything)
        new_password = password.new_password(file=args.new_password_file, env=password.NEW_PASSWORD_ENV)
    result = restore_backup(args.file, secret, ctx.data_dir, new_password=new_password)
    ctx.print(f"Restored your records from the backup of {_describe(result.report)}.")
    if result.previous is not None:
        ctx.print(f"Your records as they were are kept in {result.previous} for {KEPT_DAYS} days. Once you have "
                  "checked the restored ones, you can delete them with `contractor-app backup forget-previous`.")
    ctx.print("Use your new password from now on." if new_password else
              "Unlock with the password you had when the backup was made.")
    return 0


def run_forget(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.backups.restore import forget_previous

    with ctx.vault():  # only the owner of records that open may delete the ones kept aside
        gone = forget_previous(ctx.data_dir)
    ctx.print(f"Deleted {len(gone)} earlier set(s) of records kept aside by a restore." if gone else
              "No earlier records are kept aside.")
    return 0


def run_settings(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.backups.schedule import backup_folder, load_settings, save_settings

    with ctx.vault() as vault:
        settings = current = load_settings(vault)
        if args.folder is not None or args.default_folder:
            settings = replace(settings, folder="" if args.default_folder else str(args.folder))
        if args.automatic is not None:
            settings = replace(settings, automatic=args.automatic == "on")
        for period in ("daily", "weekly", "monthly"):
            if getattr(args, f"keep_{period}") is not None:
                settings = replace(settings, **{f"keep_{period}": getattr(args, f"keep_{period}")})
        if settings != current:
            settings = save_settings(vault, settings)
        folder = backup_folder(vault, settings)
    ctx.print(f"Automatic backups: {'on' if settings.automatic else 'off'}, into {folder}",
              f"Keeping the last {settings.keep_daily} daily, {settings.keep_weekly} weekly and "
              f"{settings.keep_monthly} monthly backups.")
    return 0


def _secret(ctx: Context, args: argparse.Namespace) -> Secret:
    from ...services.backups.create import Password, RecoveryKey

    if args.recovery or args.recovery_key_file:
        return RecoveryKey(password.recovery_key(args.recovery_key_file))
    return Password(password.current_password(ctx.password_file))


def _describe(report: BackupReport) -> str:
    manifest = report.manifest
    return (f"{report.created_at.replace('T', ' ').replace('Z', ' UTC')} ({manifest.records} records, "
            f"{manifest.evidence_files} evidence files, {manifest.changes} changes, {_size(report.file_bytes)})")


def _size(count: int) -> str:
    if count < 1000:
        return f"{count} bytes"
    value, units = count / 1000, ["KB", "MB", "GB"]
    while value >= 1000 and len(units) > 1:
        value, units = value / 1000, units[1:]
    return f"{value:.1f} {units[0]}"
