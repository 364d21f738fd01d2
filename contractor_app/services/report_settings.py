"""The worker's paper-size preference for reports, kept in the vault: "auto" follows their jurisdiction (Letter in
the US and Canada, A4 elsewhere), or a fixed "a4" or "letter". The CLI's --paper and the Reports view's choice
win over it for one report."""

from __future__ import annotations

from ..errors import InvalidInput
from ..reports.layout import PAPERS, default_paper
from ..store.vault import Vault
from .changes import SETTINGS, announces
from .settings import read_setting, write_setting

PAPER_KEY = "reports.paper"
PAPER_CHOICES = ("auto", *PAPERS)


def paper_preference(vault: Vault) -> str:
    """"auto", "a4" or "letter" (anything else stored is read as "auto")."""
    stored = read_setting(vault, PAPER_KEY)
    return stored if stored in PAPER_CHOICES else "auto"


@announces(SETTINGS)
def set_paper_preference(vault: Vault, choice: str) -> str:
    if choice not in PAPER_CHOICES:
        raise InvalidInput.said("Paper size must be one of {sizes}, not {choice!r}.", sizes=", ".join(PAPER_CHOICES),
                                choice=choice)
    with vault.unit_of_work() as uow:
        write_setting(uow, PAPER_KEY, choice)
    return choice


def report_paper(vault: Vault, jurisdiction: str | None) -> str:
    """The paper for a report when none was asked for: the preference, or by jurisdiction when it is "auto"."""
    choice = paper_preference(vault)
    return default_paper(jurisdiction or "US") if choice == "auto" else choice
