"""Which new passwords are refused: too short, or among the commonest passwords.

A thief with the key file runs the commonest passwords first (and their usual variations: a capital letter,
a year or "!" added), at a cost Argon2id slows but does not stop; "password1" falls in the first second. The list
(resources/passwords, 10,000 entries from zxcvbn, MIT) ships with the app: nothing is looked up anywhere.
One check for the command line and the desktop app; plain Python, no store, so the GUI's meter can use it.
"""

from __future__ import annotations

import re
from functools import cache

from ..errors import InvalidInput

MIN_LENGTH = 8  # store.vault's rule (check_new_password), repeated here so the meter needs no store
COMMON_LIST = ("contractor_app.resources", "common-passwords.txt")
_ADDED = re.compile(r"^(.*?)[\d\W_]{1,4}$")  # a listed password with up to four digits or symbols added


@cache
def common_passwords() -> frozenset[str]:
    from importlib import resources  # loaded when a password is checked, not when the unlock window starts

    text = resources.files(COMMON_LIST[0]).joinpath("passwords").joinpath(COMMON_LIST[1]).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line)


def is_common(password: str) -> bool:
    """On the list, whatever its capitals, or a listed password with up to four digits or symbols added."""
    lowered = password.strip().lower()
    common = common_passwords()
    if lowered in common:
        return True
    added = _ADDED.match(lowered)
    return bool(added and len(added.group(1)) >= 4 and added.group(1) in common)


COMMON = ("This is one of the 10,000 most common passwords, the first ones anyone who has your files tries. Choose "
          "another: a few unrelated words make a strong password.")


def refusal(password: str) -> str | None:
    """Why ``password`` may not be a new password, in one sentence for the worker; None when it may."""
    if len(password) < MIN_LENGTH:
        return f"The password must have at least {MIN_LENGTH} characters."
    return COMMON if is_common(password) else None


def check_new_password(password: str) -> None:
    """Raise InvalidInput (exit 1) with the reason when ``password`` may not be a new password (the same sentences as
    :func:`refusal`, said whole so that the app can translate them)."""
    if len(password) < MIN_LENGTH:
        raise InvalidInput.said("The password must have at least {count} characters. Nothing was changed.",
                                count=MIN_LENGTH)
    if is_common(password):
        raise InvalidInput(COMMON + " Nothing was changed.")
