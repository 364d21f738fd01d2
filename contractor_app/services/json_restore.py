"""Importing a full JSON export (`import json`): the worker's records back, with their ids, exactly.

Meant for new records (made with `init` on another computer, or another --data-dir): every record is added
with its own id, and the export's settings (the profile) replace the new records' own. Importing into records
that already hold these records adds nothing: a record whose id is there with the same content is counted as
present. A record whose id is there with other content is a conflict, and nothing is imported; a setting that
differs is kept as it is (and listed as skipped) once the records hold anything.

Everything in the file is checked before anything is written: types, required fields, currencies, zones and
categories, the schema's rules, and that every reference points at a record in the file or the vault. Evidence
files come from --evidence-dir, each checked against its size and SHA-256 fingerprint.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from ..domain.categories import check_category
from ..domain.currency import check_currency
from ..domain.times import zone
from ..errors import InvalidInput
from ..interchange import json_export
from ..interchange.reading import read_bytes
from ..interchange.records import Skipped, problem
from ..store.models import Evidence, Setting
from ..store.vault import UnitOfWork, Vault
from .expenses import KINDS as EXPENSE_KINDS
from .profile import PROFILE_KEY, Profile
from .record_tables import RecordTable, evidence_file_name, record_tables

MAX_EVIDENCE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RestorePreview:
    path: Path
    added: dict[str, int]  # table -> records the import adds (or added, when committed)
    present: dict[str, int]  # table -> records already in the vault, identical
    skipped: tuple[Skipped, ...]
    committed: bool

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


def preview_restore(vault: Vault, path: Path, *, evidence_dir: Path | None = None) -> RestorePreview:
    records = json_export.read(path)
    with vault.reading() as session:
        plan = _Plan(session, path, records, evidence_dir)
    return plan.preview(committed=False)


def run_restore(vault: Vault, path: Path, *, evidence_dir: Path | None = None) -> RestorePreview:
    records = json_export.read(path)
    with vault.unit_of_work() as uow:
        plan = _Plan(uow.session, path, records, evidence_dir)
        plan.apply(uow)
    return plan.preview(committed=True)


class _Plan:
    def __init__(self, session: Session, path: Path, records: dict[str, list[dict[str, Any]]],
                 evidence_dir: Path | None) -> None:
        self.path = path
        tables = record_tables()
        unknown = sorted(set(records) - {table.name for table in tables})
        if unknown:
            raise problem(path, "records", unknown[0], "not a table of this version of the export")
        fresh = all(session.scalar(select(func.count()).select_from(t.table)) == 0
                    for t in tables if t.name != Setting.__tablename__)
        ids: dict[str, set[Any]] = {}
        self.inserts: list[tuple[RecordTable, list[Any]]] = []
        self.updates: list[tuple[Setting, Any]] = []
        self.present: dict[str, int] = {}
        self.skipped: list[Skipped] = []
        for table in tables:
            existing = _existing(session, table)
            rows = [self._decode(table, number, raw) for number, raw in enumerate(records.get(table.name, []), 1)]
            ids[table.name] = set(existing) | {_key(table, values) for _, values, _ in rows}
            new: list[Any] = []
            for where, values, encoded in rows:
                self._check_references(table, where, values, ids)
                key = _key(table, values)
                if key not in existing:
                    if table.model is Evidence:
                        values["content"] = _evidence_bytes(path, where, values, evidence_dir)
                    new.append(table.model(**values))
                elif existing[key] == encoded:
                    self.present[table.name] = self.present.get(table.name, 0) + 1
                elif table.model is Setting and fresh:
                    self.updates.append((session.get_one(Setting, key[0]), values["value"]))
                elif table.model is Setting:
                    self.skipped.append(Skipped(where, f"your setting {key[0]!r} differs; yours is kept"))
                else:
                    raise problem(path, where, None, f"your records already hold a different {table.name} record "
                                  f"with id {key[0]}; import the export into new records (`init` with another "
                                  "--data-dir)")
            self.inserts.append((table, new))

    def _decode(self, table: RecordTable, number: int, raw: dict[str, Any]) -> tuple[str, dict[str, Any], dict]:
        """(place, column values, the same values as the document encodes them)."""
        where = f"{table.name} record {number}"
        allowed = {field.name for field in table.fields} | ({"file"} if table.model is Evidence else set())
        extra = sorted(set(raw) - allowed)
        if extra:
            raise problem(self.path, where, extra[0], "is not a field of this table")
        values: dict[str, Any] = {}
        for field in table.fields:
            if field.name in raw:
                try:
                    value = json_export.decode(field.kind, raw[field.name])
                except InvalidInput as error:
                    raise problem(self.path, where, field.name, str(error)) from None
            else:
                default = field.column.default
                value = default.arg if isinstance(default, ScalarElementColumnDefault) else None
            if value is None and not field.nullable:
                raise problem(self.path, where, field.name, "is required")
            values[field.name] = value
        checks = [(name, _field_check(name)) for name in _FIELD_RULES
                  if values.get(name) is not None]
        for field_name, check in [*checks, *_RULES.get(table.name, ())]:
            try:
                check(values)
            except InvalidInput as error:
                raise problem(self.path, where, field_name, str(error).rstrip(".")) from None
        encoded = {field.name: json_export.encode(field.kind, values[field.name]) for field in table.fields}
        return where, values, encoded

    def _check_references(self, table: RecordTable, where: str, values: dict[str, Any],
                          ids: dict[str, set[Any]]) -> None:
        for field in table.fields:
            for foreign in field.column.foreign_keys:
                target = foreign.column.table.name
                value = values[field.name]
                if value is not None and (value,) not in ids.get(target, set()):
                    raise problem(self.path, where, field.name, f"refers to {target} {value}, which is neither in "
                                                                "the file nor in your records")

    def apply(self, uow: UnitOfWork) -> None:
        for row, value in self.updates:
            row.value = value
            uow.updated(row)
        for table, rows in self.inserts:
            if not rows:
                continue
            try:
                uow.created_all(rows)
            except IntegrityError as error:
                rule = str(error.orig).split("\n")[0][:120]
                raise problem(self.path, table.name, None, f"a record breaks a rule of your records ({rule})") from None

    def preview(self, *, committed: bool) -> RestorePreview:
        added = {table.name: len(rows) for table, rows in self.inserts if rows}
        if self.updates:
            added[Setting.__tablename__] = added.get(Setting.__tablename__, 0) + len(self.updates)
        return RestorePreview(self.path, added, dict(self.present), tuple(self.skipped), committed)


def _existing(session: Session, table: RecordTable) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Primary key -> the row encoded as the document would hold it."""
    query = select(*(field.column for field in table.fields))
    rows = {}
    for row in session.execute(query).mappings():
        encoded = {field.name: json_export.encode(field.kind, row[field.name]) for field in table.fields}
        rows[_key(table, row)] = encoded
    return rows


def _key(table: RecordTable, values: Any) -> tuple[Any, ...]:
    return tuple(values[column.name] for column in table.key)


def _evidence_bytes(path: Path, where: str, values: dict[str, Any], folder: Path | None) -> bytes:
    if folder is None:
        raise problem(path, where, None, "the export holds evidence files; give the folder they were exported to "
                                         "with --evidence-dir DIR")
    name = evidence_file_name(values["id"], values["name"])
    content = read_bytes(folder / name, limit=MAX_EVIDENCE_BYTES)
    if len(content) != values["size"] or hashlib.sha256(content).hexdigest() != values["sha256"]:
        raise problem(path, where, "sha256", f"the file {name} in {folder} does not match its fingerprint")
    return content


def _one_of(name: str, allowed: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def check(values: dict[str, Any]) -> None:
        if values[name] not in allowed:
            raise InvalidInput(f"must be one of {', '.join(map(str, allowed))}")
    return check


def _rule(test: Callable[[dict[str, Any]], bool], message: str) -> Callable[[dict[str, Any]], None]:
    def check(values: dict[str, Any]) -> None:
        if not test(values):
            raise InvalidInput(message)
    return check


def _profile(values: dict[str, Any]) -> None:
    if values["key"] != PROFILE_KEY:
        return
    value = values["value"]
    if not isinstance(value, dict) or set(value) - set(Profile.__slots__) or not all(
            isinstance(v, str) for v in value.values()):
        raise InvalidInput("expected the profile's name, currency, timezone and jurisdiction as text")
    profile = Profile(**value)
    check_currency(profile.currency)
    zone(profile.timezone)


def _entry_times(values: dict[str, Any]) -> None:
    if values["end_at"] <= values["start_at"]:
        raise InvalidInput("the entry ends before or when it starts")
    if not 0 <= values["break_seconds"] < (values["end_at"] - values["start_at"]).total_seconds():
        raise InvalidInput("the break must be shorter than the entry")


def _incident_costs(values: dict[str, Any]) -> None:
    """Costs are money: an amount of zero or more with its currency, or neither."""
    costs, currency = values["costs"], values["costs_currency"]
    if (costs is None) != (currency is None):
        raise InvalidInput("give both the costs and their currency, or neither")
    if currency is not None:
        check_currency(currency)
        if costs < 0:
            raise InvalidInput("costs cannot be negative")


def _converted(values: dict[str, Any]) -> None:
    """A payment's (or statement line's) other side of a conversion: amount, currency and rate together."""
    parts = (values["converted_amount"], values["converted_currency"], values["exchange_rate"])
    if any(part is None for part in parts) and any(part is not None for part in parts):
        raise InvalidInput("give the converted amount, its currency and the rate together, or none of them")
    if values["converted_currency"] is not None:
        check_currency(values["converted_currency"])
        if values["exchange_rate"] <= 0:
            raise InvalidInput("the exchange rate must be more than zero")


def _exchange_rate(values: dict[str, Any]) -> None:
    check_currency(values["from_currency"])
    check_currency(values["to_currency"])
    if values["rate"] <= 0:
        raise InvalidInput("the exchange rate must be more than zero")


# Per table: (field named in errors, check): the schema's CHECK rules and the values the app relies on. Any
# field named currency, tz or category is checked as such in every table (see _decode).
_RULES: dict[str, tuple[tuple[str, Callable[[dict[str, Any]], None]], ...]] = {
    "settings": (("value", _profile),),
    "clients": (("classification", _one_of("classification", ("contractor", "employee"))),
                ("workweek_start", _one_of("workweek_start", tuple(range(7))))),
    "pay_terms": (("kind", _one_of("kind", ("hourly", "per_unit", "fixed"))),),
    "work_entries": (("end_at", _entry_times),),
    "running_timer": (("id", _one_of("id", (1,))),),
    "payment_allocations": (("invoice_id", _rule(lambda v: (v["work_entry_id"] is None) != (v["invoice_id"] is None),
                                                 "give exactly one of work_entry_id and invoice_id")),),
    "data_records": (("direction", _one_of("direction", ("handled", "collected"))),),
    "incidents": (("kind", _one_of("kind", ("breach", "dispute"))), ("costs_currency", _incident_costs)),
    "payments": (("converted_currency", _converted),),
    "statement_lines": (("converted_currency", _converted),),
    "exchange_rates": (("rate", _exchange_rate),),
    "access_requests": (("law", _one_of("law", ("gdpr", "uk-gdpr", "ccpa"))),
                        ("sent_via", _one_of("sent_via", ("email", "post", "web-form", "in-app"))),
                        ("complete", _rule(lambda v: (v["answered_on"] is None) == (v["complete"] is None),
                                           "give both answered_on and complete, or neither"))),
    "expenses": (("kind", _one_of("kind", EXPENSE_KINDS)), ("amount", _rule(lambda v: v["amount"] > 0,
                                                                           "must be more than zero"))),
    "trips": (("unit", _one_of("unit", ("km", "mi"))), ("source", _one_of("source", ("manual", "gpx"))),
              ("distance", _rule(lambda v: v["distance"] > 0, "must be more than zero"))),
    "anchor_sendings": (("how", _one_of("how", ("email", "copy", "print"))),),
}
# Time stamps come back as the export holds them: they were checked when first imported, and a JSON file can be
# edited, so a restored time stamp is no stronger than the .tsr it carries (check it again with any RFC 3161 tool).
_FIELD_RULES: dict[str, Callable[[Any], object]] = {"currency": check_currency, "tz": zone, "category": check_category}


def _field_check(name: str) -> Callable[[dict[str, Any]], object]:
    """The _FIELD_RULES check for ``name``, applied to a record's values."""
    return lambda values: _FIELD_RULES[name](values[name])
