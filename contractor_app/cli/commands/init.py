"""`init`: create the vault and show the recovery key, once."""

from __future__ import annotations

import argparse

from ...domain.currency import check_currency
from ...domain.jurisdiction import check_jurisdiction
from ...domain.times import zone
from .. import password
from ..context import Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("init", help="create your encrypted records; prints the recovery key once")
    parser.add_argument("--name", default="", help="your name, as reports should show it")
    parser.add_argument("--currency", default="USD", help="your usual currency (ISO code, default USD)")
    parser.add_argument("--timezone", default=None, help="your time zone, e.g. America/New_York")
    parser.add_argument("--jurisdiction", default="", help="where you work, e.g. US-CA, GB, US-NY-NYC")
    parser.set_defaults(run=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    # Check everything before creating anything, so bad input leaves no half-made vault.
    from ...services.lifecycle import create_vault
    from ...services.profile import Profile, save_profile, system_timezone

    profile = Profile(
        name=args.name,
        currency=check_currency(args.currency),
        timezone=zone(args.timezone or system_timezone()).key,
        jurisdiction=check_jurisdiction(args.jurisdiction) if args.jurisdiction else "",
    )
    secret = password.new_password(file=ctx.password_file, env=password.PASSWORD_ENV)
    vault, recovery_key = create_vault(ctx.data_dir, secret)
    with vault:
        save_profile(vault, profile)
    ctx.print(
        f"Created your encrypted records in {ctx.data_dir}",
        "",
        "Your recovery key (shown only this once):",
        "",
        f"    {recovery_key}",
        "",
        "Write it down or print it and keep it somewhere safe, away from this computer.",
        "If you lose both your password and your recovery key, nobody can open your records.",
    )
    return 0
