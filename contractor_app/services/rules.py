"""The rule book: rule files shipped under resources/rules, with the worker's own overrides from the vault.

Every value carries its jurisdiction, effective date, the page its figure was read at and the date it was read; a
value read only at a secondary source (a newspaper, a law or payroll firm's note) is ``confirmed: false`` and also
names the ``official_source`` where it is still to be confirmed and a ``quote`` of what the secondary page states. An
override records "your override" (and the worker's note) as its source, so a report always says where a figure came
from.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any

from ..domain.currency import check_currency
from ..domain.jurisdiction import check_jurisdiction
from ..domain.rules import FreelancerLaw, MinimumWage, OvertimeRule, PayFloor, RuleBook, Unknown
from ..errors import InvalidInput
from ..store.vault import Vault
from .settings import read_setting, stored_setting, write_setting

OVERRIDES_KEY = "minimum_wage_overrides"
RULE_FILES = ("minimum_wage", "freelancer_laws", "overtime", "pay_floors")
HOURLY_PLACES = Decimal("0.0001")


def rule_file(kind: str) -> dict[str, Any]:
    path = files("contractor_app.resources").joinpath("rules").joinpath(f"{kind}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != "contractor-ledger-rules" or data.get("kind") != kind:
        raise ValueError(f"{kind}.json is not a rules file of its kind")
    return data


def _decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def source_read(kind: str, value: dict[str, Any]) -> date:
    """The date the value's source was read: every shipped value has one, with no exception (a value read nowhere
    stops the rule file loading). A value read only at a secondary source (``confirmed: false``) must also name the
    official source to confirm it at and quote the secondary page (docs/rules.md)."""
    where = f"{kind} {value['jurisdiction']} {value['effective_from']}"
    read = value["source_read"]
    if read is None:
        raise ValueError(f"{where}: no source_read date: a value read at no source is not shipped")
    if not value["confirmed"] and not (str(value.get("official_source") or "").strip()
                                       and str(value.get("quote") or "").strip()):
        raise ValueError(f"{where}: read only at a secondary source, so it needs the official_source to confirm it "
                         "at and a quote of what the secondary page states")
    return date.fromisoformat(read)


def official_page(kind: str, value: dict[str, Any]) -> str:
    """For a value read at its official source but in a copy of it (a reprint, a stored reproduction), the official
    page's own https address, which reports cite before the copy ("" when the value names none). A value read only
    at a secondary source names its ``official_source`` instead, so it may not claim an official page."""
    page = value.get("official_page")
    if page is None:
        return ""
    where = f"{kind} {value['jurisdiction']} {value['effective_from']}"
    if not (isinstance(page, str) and page.startswith("https://") and page == page.strip() and " " not in page):
        raise ValueError(f"{where}: official_page must be an https address, not {page!r}")
    if not value["confirmed"]:
        raise ValueError(f"{where}: read only at a secondary source, so it names its official_source, not an "
                         "official_page")
    return page


def _official(value: dict[str, Any]) -> str:
    """Where a value read only at a secondary source is still to be confirmed ("" for one read at the official one)."""
    return str(value.get("official_source") or "")


def _quote(value: dict[str, Any]) -> str:
    return str(value.get("quote") or "")


def minimum_wage_value(v: dict[str, Any]) -> MinimumWage:
    """One value of minimum_wage.json; a daily or monthly amount becomes hourly as its divisor or the law says."""
    stated = Decimal(v["amount"])
    unit = v["unit"]
    divisor = _decimal(v.get("divisor"))
    if unit == "hour":
        hourly, legal = stated, None
    elif v.get("hourly") is not None:
        hourly, legal = Decimal(v["hourly"]), stated
    elif divisor:
        hourly, legal = (stated / divisor).quantize(HOURLY_PLACES).normalize(), stated
    else:
        raise ValueError(f"{v['jurisdiction']} {v['effective_from']}: a {unit}ly amount needs a divisor or 'hourly'")
    if unit != "hour" and not v.get("divisor_basis"):
        raise ValueError(f"{v['jurisdiction']} {v['effective_from']}: say how the {unit}ly amount becomes hourly")
    return MinimumWage(jurisdiction=v["jurisdiction"], effective_from=date.fromisoformat(v["effective_from"]),
                       amount=hourly, currency=v["currency"], source=v["source"], confirmed=v["confirmed"],
                       unit=unit, legal_amount=legal, divisor=divisor, divisor_basis=v.get("divisor_basis", ""),
                       source_read=source_read("minimum_wage", v), benchmark=v["benchmark"], note=v.get("note", ""),
                       official_source=_official(v), quote=_quote(v), official_page=official_page("minimum_wage", v))


def _unknown(v: dict[str, Any]) -> Unknown:
    return Unknown(kind=v["kind"], jurisdiction=v["jurisdiction"],
                   effective_from=date.fromisoformat(v["effective_from"]), reason=v["reason"])


@cache
def _shipped() -> tuple[list[MinimumWage], list[FreelancerLaw], list[OvertimeRule], list[PayFloor], list[Unknown]]:
    wage_file, floor_file = rule_file("minimum_wage"), rule_file("pay_floors")
    wages = [minimum_wage_value(v) for v in wage_file["values"]]
    laws = [
        FreelancerLaw(jurisdiction=v["jurisdiction"], effective_from=date.fromisoformat(v["effective_from"]),
                      name=v["name"], citation=v["citation"], deadline_days=v["deadline_days"],
                      contract_threshold=Decimal(v["contract_threshold"]), threshold_days=v["threshold_days"],
                      currency=v["currency"], remedy=v["remedy"], remedy_multiplier=_decimal(v["remedy_multiplier"]),
                      source=v["source"], window=v["window"], requires=v["requires"],
                      source_read=source_read("freelancer_laws", v), confirmed=v["confirmed"], note=v.get("note", ""),
                      official_source=_official(v), quote=_quote(v), official_page=official_page("freelancer_laws", v))
        for v in rule_file("freelancer_laws")["values"]
    ]
    overtime = [
        OvertimeRule(jurisdiction=v["jurisdiction"], effective_from=date.fromisoformat(v["effective_from"]),
                     name=v["name"], weekly_hours=Decimal(v["weekly_hours"]),
                     weekly_multiplier=Decimal(v["weekly_multiplier"]), daily_hours=_decimal(v["daily_hours"]),
                     daily_double_hours=_decimal(v["daily_double_hours"]), seventh_day=v["seventh_day"],
                     source=v["source"], source_read=source_read("overtime", v), confirmed=v["confirmed"],
                     note=v.get("note", ""), official_source=_official(v), quote=_quote(v),
                     official_page=official_page("overtime", v))
        for v in rule_file("overtime")["values"]
    ]
    floors = [
        PayFloor(jurisdiction=v["jurisdiction"], effective_from=date.fromisoformat(v["effective_from"]), name=v["name"],
                 citation=v["citation"], amount=Decimal(v["amount"]), currency=v["currency"], unit=v["unit"],
                 applies_to=v["applies_to"], source=v["source"], source_read=source_read("pay_floors", v),
                 confirmed=v["confirmed"], note=v.get("note", ""), official_source=_official(v), quote=_quote(v),
                 official_page=official_page("pay_floors", v))
        for v in floor_file["values"]
    ]
    unknown = [_unknown(v) for v in [*wage_file.get("unknown", []), *floor_file.get("unknown", [])]]
    return wages, laws, overtime, floors, unknown


def no_statutory_minimum() -> list[dict[str, str]]:
    """Countries that set no statutory minimum wage (pay floors come from elsewhere), each with a note and source."""
    return [dict(v) for v in rule_file("minimum_wage").get("no_statutory_minimum", [])]


def shipped_rules() -> RuleBook:
    """The rule book as shipped, without the worker's overrides."""
    wages, laws, overtime, floors, unknown = _shipped()
    return RuleBook(wages, laws, overtime, floors, unknown)


def load_rules(vault: Vault) -> RuleBook:
    wages, laws, overtime, floors, unknown = _shipped()
    return RuleBook([*wages, *wage_overrides(vault)], laws, overtime, floors, unknown)


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
    if amount <= 0 or -amount.as_tuple().exponent > 4:  # type: ignore[operator]  # finite here, so the exponent is an int
        raise InvalidInput("A minimum wage must be a positive amount with at most 4 decimal places.")
    value = MinimumWage(jurisdiction=check_jurisdiction(jurisdiction), effective_from=effective_from,
                        amount=amount, currency=check_currency(currency),
                        source=f"your override{': ' + note.strip() if note.strip() else ''}", overridden=True)
    stored = {"jurisdiction": value.jurisdiction, "effective_from": effective_from.isoformat(), "amount": str(amount),
              "currency": value.currency, "source": value.source}
    with vault.unit_of_work() as uow:
        kept = [v for v in stored_setting(uow, OVERRIDES_KEY) or []
                if (v["jurisdiction"], v["effective_from"]) != (value.jurisdiction, stored["effective_from"])]
        write_setting(uow, OVERRIDES_KEY, [*kept, stored])
    return value


def known_jurisdictions() -> frozenset[str]:
    """Every jurisdiction some shipped rule file names (countries, states, cities)."""
    return frozenset(v["jurisdiction"] for kind in RULE_FILES for v in rule_file(kind)["values"])
