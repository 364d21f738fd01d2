"""Jurisdiction codes after ISO 3166: a country (US), a subdivision (US-CA) and a city below it (US-NY-NYC)."""

from __future__ import annotations

import re

from ..errors import InvalidInput

_CODE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3}(-[A-Z0-9]{2,6})?)?$")


def check_jurisdiction(code: str) -> str:
    normalized = code.strip().upper()
    if not _CODE.match(normalized):
        raise InvalidInput.said("Jurisdiction {code!r} is not understood: use a country (US, GB), a region (US-CA, "
                                "CA-ON) or a city (US-NY-NYC).", code=code)
    return normalized
