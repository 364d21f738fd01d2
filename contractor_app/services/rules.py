"""The rule book: rule files shipped under resources/rules, with the worker's own overrides from the vault.

Every value carries its jurisdiction, effective date and source; an override records "your override" (and the
worker's note) as its source, so a report always says where a figure came from.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any

from ..domain.currency import check_currency
from ..domain.jurisdiction import check_jurisdiction
from ..domain.rules import FreelancerLaw, MinimumWage, OvertimeRule, RuleBook
from ..errors import InvalidInput
from ..store.vault import Vault
from .settings import read_setting, stored_setting, write_setting

OVERRIDES_KEY = "minimum_wage_overrides"
RULE_FILES = ("minimum_wage", "freelancer_laws", "overtime")


def rule_file(kind: str) -> dict[str, Any]:
    path = files("contractor_app").joinpath("resources", "rules", f"{kind}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != "contractor-ledger-rules" or data.get("kind") != kind:
        raise ValueError(f"{kind}.json is not a rules file of its kind")
    return data


def _decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


@cache
def _shipped() -> tuple[list[MinimumWage], list[FreelancerLaw], list[OvertimeRule]]:
    wages = [
        MinimumWage(jurisdiction=v["jurisdiction"], effective_from=date.fromisoformat(v["effective_from"]),
                    amount=Decimal(v["amount"]), currency=v["currency"], source=v["source"],
                    confirmed=v.get("confirmed", True))
        for v in rule_file("minimum_wage")["values"]
    ]
    laws = [
        FreelancerLaw(jurisdiction=v["jurisdiction"], effective_from=date.fromisoformat(v["effective_from"]),
                      name=v["name"], citation=v["citation"], deadline_days=v["deadline_days"],
                      contract_threshold=Decimal(v["contract_threshold"]), threshold_days=v["threshold_days"],
                      currency=v["currency"], remedy=v["remedy"], remedy_multiplier=_decimal(v["remedy_multiplier"]),
                      source=v["source"])
        for v in rule_file("freelancer_laws")["values"]
    ]
    overtime = [
        OvertimeRule(jurisdiction=v["jurisdiction"], effective_from=date.fromisoformat(v["effective_from"]),
                     name=v["name"], weekly_hours=Decimal(v["weekly_hours"]),
                     weekly_multiplier=Decimal(v["weekly_multiplier"]), daily_hours=_decimal(v["daily_hours"]),
                     daily_double_hours=_decimal(v["daily_double_hours"]), seventh_day=v["seventh_day"],
                     source=v["source"])
        for v in rule_file("overtime")["values"]
    ]
    return wages, laws, overtime


def load_rules(vault: Vault) -> RuleBook:
    wages, laws, overtime = _shipped()
    return RuleBook([*wages, *wage_overrides(vault)], laws, overtime)


def wage_overrides(vault: Vault) -> list[MinimumWage]:
    stored = read_setting(vault, OVERRIDES_KEY) or []
    return [
        MinimumWage(jurisdiction=v["jurisdiction"], effective_from=date.fromisoformat(v["effective_from"]),
                    amount=Decimal(v["amount"]), currency=v["currency"], source=v["source"], overridden=True)
        for v in stored
    ]


def override_minimum_wage(vault: Vault, *, jurisdiction: str, effective_from: date, amount: Decimal,
                          currency: str, note: str = "") -> MinimumWage:
    """Record the worker's own value for a minimum wage (one audited change); it wins over the shipped one."""
    if amount <= 0 or -amount.as_tuple().exponent > 4:  # type: ignore[operator]
        raise InvalidInput("A minimum wage must be a positive amount with at most 4 decimal places.")
    value = MinimumWage(jurisdiction=check_jurisdiction(jurisdiction), effective_from=effective_from,
                        amount=amount, currency=check_currency(currency),
                        source=f"your override{': ' + note.strip() if note.strip() else ''}", overridden=True)
    stored = {**asdict(value), "effective_from": effective_from.isoformat(), "amount": str(amount)}
    del stored["confirmed"], stored["overridden"]
    with vault.unit_of_work() as uow:
        kept = [v for v in stored_setting(uow, OVERRIDES_KEY) or []
                if (v["jurisdiction"], v["effective_from"]) != (value.jurisdiction, stored["effective_from"])]
        write_setting(uow, OVERRIDES_KEY, [*kept, stored])
    return value


def shipped_rules() -> RuleBook:
    """The rules as shipped, without a vault's overrides: for first-run setup, before there are records."""
    return RuleBook(*_shipped())


def known_jurisdictions() -> frozenset[str]:
    """Every jurisdiction some shipped rule file names (countries, states, cities)."""
    return frozenset(v["jurisdiction"] for kind in RULE_FILES for v in rule_file(kind)["values"])
