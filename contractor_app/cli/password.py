"""Where the password comes from: --password-file, CONTRACTOR_APP_PASSWORD, or a prompt on the terminal.

Never from a command-line argument (other users can read those in the process list).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ..errors import InvalidInput, PasswordUnavailable
from ..services.passwords import check_new_password

PASSWORD_ENV = "CONTRACTOR_APP_PASSWORD"
NEW_PASSWORD_ENV = "CONTRACTOR_APP_NEW_PASSWORD"
RECOVERY_KEY_ENV = "CONTRACTOR_APP_RECOVERY_KEY"


def read_secret_file(path: Path, what: str) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "not readable text"
        raise PasswordUnavailable(f"Cannot read the {what} file {str(path)!r}: {reason}.") from None
    secret = text.splitlines()[0] if text else ""
    if not secret:
        raise PasswordUnavailable(f"The {what} file {str(path)!r} is empty.")
    return secret


def prompts(password_file: Path | None) -> bool:
    """Whether ``current_password`` will ask on the terminal (neither a file nor the environment gives it)."""
    return password_file is None and not os.environ.get(PASSWORD_ENV)


def current_password(password_file: Path | None) -> str:
    if password_file is not None:
        return read_secret_file(password_file, "password")
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    return _prompt("Password: ")


def new_password(*, file: Path | None, env: str, confirm: bool = True) -> str:
    """A new password from a file, an environment variable, or typed twice at the prompt; refused, saying why,
    when too short or among the commonest passwords (services.passwords)."""
    if file is not None:
        chosen = read_secret_file(file, "password")
    elif os.environ.get(env):
        chosen = os.environ[env]
    else:
        chosen = _prompt("New password: ")
        if confirm and _prompt("Repeat the new password: ") != chosen:
            raise InvalidInput("The two passwords differ. Nothing was changed.")
    check_new_password(chosen)
    return chosen


def recovery_key(file: Path | None) -> str:
    if file is not None:
        return read_secret_file(file, "recovery key")
    if os.environ.get(RECOVERY_KEY_ENV):
        return os.environ[RECOVERY_KEY_ENV]
    return _prompt("Recovery key: ")


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise PasswordUnavailable(
            f"No password given and no terminal to ask on: use --password-file or {PASSWORD_ENV}."
        )
    return getpass.getpass(label)
