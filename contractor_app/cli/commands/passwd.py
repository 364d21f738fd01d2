"""`passwd`: change the password, or set a new one with the recovery key (`passwd --recovery`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ...services.lifecycle import recover_vault, unlock_vault
from .. import password
from ..context import Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("passwd", help="change your password (or use your recovery key)")
    parser.add_argument("--recovery", action="store_true",
                        help="you forgot the password: unlock with the recovery key instead")
    parser.add_argument("--recovery-key-file", type=Path, help="read the recovery key from FILE")
    parser.add_argument("--new-password-file", type=Path, help="read the new password from FILE")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    if args.recovery or args.recovery_key_file:
        key = password.recovery_key(args.recovery_key_file)
        new = password.new_password(file=args.new_password_file, env=password.NEW_PASSWORD_ENV)
        recover_vault(ctx.data_dir, key, new).lock()
        ctx.print("Your new password is set. Your recovery key still works; keep it safe.")
        return 0
    old = password.current_password(ctx.password_file)
    new = password.new_password(file=args.new_password_file, env=password.NEW_PASSWORD_ENV)
    vault = unlock_vault(ctx.data_dir, old)
    with vault:
        vault.change_password(old, new)
    ctx.print("Password changed. Use the new one from now on.")
    return 0
