"""`contractor-app`: parse the command line, run one subcommand, map errors to exit codes (DESIGN.md section 6).

Exit codes: 0 ok; 1 bad input or failed check; 2 usage; 3 wrong password; 4 damaged or tampered with.
Every error is one line on stderr; --debug adds the traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..errors import LedgerError

USAGE_ERROR = 2


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and raise instead of exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]  # raises, never returns, like the base
        raise UsageError(f"{self.prog}: {message} (see --help)")


def _with_global_options(parser: Parser) -> Parser:
    # --version is global so that the first, light parse answers it: no subcommand, database layer or Qt loads.
    parser.add_argument("--version", action="version", version=f"contractor-app {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder of your records (default: the app's data folder)")
    parser.add_argument("--password-file", type=Path, help="read the password from the first line of FILE")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    # Hidden: packaging/smoke-test.sh checks a frozen build's GUI with it (packaging/README.md).
    parser.add_argument("--smoke-test-gui", action="store_true", help=argparse.SUPPRESS)
    return parser


def build_parser(command: str | None = None) -> Parser:
    """Every subcommand with its help line; only ``command``'s module is loaded, with its own options.

    Loading one module, not all of them, keeps reportlab, the importers and the backup code out of the commands
    that do not use them (issue 18). Without a known ``command`` (`--help`, a typo) no module is loaded at all.
    """
    from .commands import COMMANDS, load

    parser = Parser(prog="contractor-app", description="Your own encrypted record of work, pay and data.")
    _with_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    chosen = COMMANDS[command][0] if command in COMMANDS else None
    for name, (module, help_line) in COMMANDS.items():
        if module != chosen:
            commands.add_parser(name, help=help_line)
        elif name == command:
            load(name).register(commands)  # may register several commands (report, verify-report)
    return parser


def _command_name(rest: Sequence[str]) -> str | None:
    """The subcommand named in what the global options left over: its first word that is not an option."""
    return next((token for token in rest if not token.startswith("-")), None)


def _desktop_app(data_dir: Path | None) -> int:
    """The desktop app, on ``data_dir`` or the default data folder. The folder is found before Qt loads: PySide reads
    the source of every module named in an import after it has loaded (platformdirs' among them)."""
    from ..services.lifecycle import default_data_dir  # not the database layer: the unlock window shows first

    folder = data_dir or default_data_dir()
    from ..gui.app import run  # only here: the command line never loads Qt

    return run(sys.argv[:1], data_dir=folder)


def main(argv: Sequence[str] | None = None) -> int:
    tokens = list(argv if argv is not None else sys.argv[1:])
    debug = "--debug" in tokens
    try:
        if not tokens:  # as the desktop entry starts it: no parser is built (2 ms of the start, issue 18)
            return _desktop_app(None)
        options, rest = _with_global_options(Parser(prog="contractor-app", add_help=False)).parse_known_args(tokens)
        if not rest:  # no command: the desktop app, without loading every subcommand first
            if options.smoke_test_gui:
                from ..gui.smoke import smoke_test
                from ..services.lifecycle import default_data_dir
                from .password import current_password  # here: getpass and the password rules, for this check only

                return smoke_test(options.data_dir or default_data_dir(), current_password(options.password_file))
            return _desktop_app(options.data_dir)
        args = build_parser(_command_name(rest)).parse_args(tokens)
        from ..services.lifecycle import default_data_dir
        from .context import Context  # after --help: it loads the database layer

        context = Context(data_dir=args.data_dir or default_data_dir(), password_file=args.password_file)
        return args.run(context, args) or 0
    except UsageError as error:
        print(str(error), file=sys.stderr)
        return USAGE_ERROR
    except LedgerError as error:
        if debug:
            import traceback  # only here: every command's start-up would pay for it

            traceback.print_exc()
        print(f"Error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("Interrupted. Nothing was changed by the unfinished command.", file=sys.stderr)
        return 130
    except SystemExit as exit_:  # --help and --version
        return int(exit_.code or 0)
    except Exception as error:  # noqa: BLE001 - a bug: never print its message, which may quote records (SQL parameters)
        if debug:
            import traceback

            traceback.print_exc()
        print(f"Unexpected error ({type(error).__name__}); run with --debug for details.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
