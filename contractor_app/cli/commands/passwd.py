"""`passwd`: change the password, or set a new one with the recovery key (`passwd --recovery`); and `rekey`, for
"my password or recovery key may have leaked".

Both move the records to a new data key (store/rekey.py), so that an older copy of the key file no longer opens
them with the old password. Backups made before keep opening with the password and recovery key of their day.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import password
from ..context import Context

OLD_BACKUPS = ("Backups made before this change still open with the password and recovery key you had when "
               "each was made; delete the ones you no longer need.")


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("passwd", help="change your password (or use your recovery key)")
    parser.add_argument("--recovery", action="store_true",
                        help="you forgot the password: unlock with the recovery key instead")
    parser.add_argument("--recovery-key-file", type=Path, help="read the recovery key from FILE")
    parser.add_argument("--new-password-file", type=Path, help="read the new password from FILE")
    parser.add_argument("--new-recovery-key", action="store_true",
                        help="also issue a new recovery key (the old one stops working)")
    parser.set_defaults(run=run)

    rekey = commands.add_parser(
        "rekey", help="your password or recovery key may have leaked: move your records to a new key")
    rekey.add_argument("--new-recovery-key", action="store_true",
                       help="issue a new recovery key (the old one stops working)")
    rekey.add_argument("--new-password", action="store_true", help="set a new password too (asked for)")
    rekey.add_argument("--new-password-file", type=Path, help="read the new password from FILE")
    rekey.set_defaults(run=run_rekey)


def run(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.lifecycle import recover_vault, unlock_vault

    if args.recovery or args.recovery_key_file:
        key = password.recovery_key(args.recovery_key_file)
        new = password.new_password(file=args.new_password_file, env=password.NEW_PASSWORD_ENV)
        vault = recover_vault(ctx.data_dir, key, new)
        with vault:
            issued = vault.rekey(new, new_recovery_key=True) if args.new_recovery_key else None
        ctx.print("Your new password is set; the old one no longer opens your records, not even with an older "
                  "copy of the key file.")
        _say_recovery(ctx, issued, kept="Your recovery key still works; keep it safe.")
        return 0
    old = password.current_password(ctx.password_file)
    new = password.new_password(file=args.new_password_file, env=password.NEW_PASSWORD_ENV)
    vault = unlock_vault(ctx.data_dir, old)
    with vault:
        issued = vault.change_password(old, new, new_recovery_key=args.new_recovery_key)
    ctx.print("Password changed. Use the new one from now on: the old one no longer opens your records, not even "
              "with an older copy of the key file.")
    _say_recovery(ctx, issued, kept="Your recovery key still works.")
    return 0


def run_rekey(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.lifecycle import unlock_vault

    old = password.current_password(ctx.password_file)
    vault = unlock_vault(ctx.data_dir, old)
    with vault:
        new = old
        if args.new_password or args.new_password_file:
            new = password.new_password(file=args.new_password_file, env=password.NEW_PASSWORD_ENV)
            issued = vault.change_password(old, new, new_recovery_key=args.new_recovery_key)
        else:
            issued = vault.rekey_with_password(old, new_recovery_key=args.new_recovery_key)
    ctx.print("Your records moved to a new key: copies of the key file from before no longer open them.")
    if new == old:
        ctx.print("Your password is unchanged. If it may have leaked, change it: `contractor-app passwd`.")
    _say_recovery(ctx, issued, kept="Your recovery key still works. If it may have leaked, run "
                                     "`contractor-app rekey --new-recovery-key`.")
    return 0


def _say_recovery(ctx: Context, issued: str | None, *, kept: str) -> None:
    if issued is None:
        ctx.print(kept)
    else:
        ctx.print("Your NEW recovery key (shown only this once; the old one no longer works):")
        ctx.print("")
        ctx.print(f"    {issued}")
        ctx.print("")
        ctx.print("Write it down or print it, and keep it apart from your password.")
    ctx.print(OLD_BACKUPS)
