"""The worker's profile: name, postal address, contact, default currency, time zone and jurisdiction, kept in the
vault's settings. The address is free text (several lines) and the contact one line (an email or a phone number),
both for the claim packet and letters; older profiles have neither."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from ..domain.currency import check_currency
from ..domain.times import zone
from ..errors import InvalidInput
from ..store.vault import Vault
from .changes import PROFILE, announces
from .settings import read_setting, write_setting

PROFILE_KEY = "profile"
MAX_ADDRESS = 500
MAX_CONTACT = 200


@dataclass(frozen=True, slots=True)
class Profile:
    name: str = ""
    currency: str = "USD"
    timezone: str = "UTC"
    jurisdiction: str = ""
    address: str = ""
    contact: str = ""

    @property
    def zone(self) -> ZoneInfo:
        return zone(self.timezone)


def system_timezone() -> str:
    """The IANA name of this computer's zone (TZ, then /etc/localtime), or UTC when it cannot be told."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = str(Path("/etc/localtime").resolve())
            name = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
        except OSError:
            name = ""
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return "UTC"
    return name or "UTC"


def load_profile(vault: Vault) -> Profile:
    stored = read_setting(vault, PROFILE_KEY)
    return Profile(**stored) if stored else Profile(timezone=system_timezone())


@announces(PROFILE)
def save_profile(vault: Vault, profile: Profile) -> Profile:
    """Validate and store the profile (one audited change)."""
    address = "\n".join(line.strip() for line in profile.address.strip().splitlines())
    if len(address) > MAX_ADDRESS:
        raise InvalidInput.said("The address is too long: keep it under {limit} characters. Nothing was changed.",
                                limit=MAX_ADDRESS)
    contact = " ".join(profile.contact.split())
    if len(contact) > MAX_CONTACT:
        raise InvalidInput.said("The contact is too long: keep it under {limit} characters. Nothing was changed.",
                                limit=MAX_CONTACT)
    checked = Profile(
        name=profile.name.strip(),
        currency=check_currency(profile.currency),
        timezone=zone(profile.timezone).key,
        jurisdiction=profile.jurisdiction.strip().upper(),
        address=address,
        contact=contact,
    )
    with vault.unit_of_work() as uow:
        write_setting(uow, PROFILE_KEY, asdict(checked))
    return checked
