"""Importing another tracker's history: preview it, then add it in one unit of work, or nothing at all.

The importers in interchange/ only read files. Here their entries meet the vault:

- Clients: ``--client`` puts every entry under that client; otherwise each entry's client in the file must be a
  client already in the records (same name, any case). Formats without clients (Watson, Timewarrior) need
  ``--client``. A missing client is an error naming it, because adding one needs its currency and pay terms.
- Projects: a project named like one of the client's engagements goes there; any other goes to the client's
  first engagement, and the project name is kept in the note ("project: ...").
- Category: the first tag naming a category (training, waiting, ...) sets it; otherwise productive.
- Note: the description, then the other facts in brackets: [project: ...; task: ...; tags: ...].
- Skipped, with the reason shown in the preview: intervals still running, entries of zero length, and
  duplicates: an original id imported before from the same format, or the same engagement, start and end as an
  entry already in the records or earlier in the file. Re-importing a file therefore adds nothing.
- Overlaps with other entries are kept (a worker may work for two platforms at once) and counted; `list` flags them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, select, type_coerce
from sqlalchemy.orm import Session

from ..domain.categories import CATEGORIES, DEFAULT_CATEGORY
from ..domain.overlaps import overlapping_keys
from ..domain.times import zone
from ..errors import InvalidInput
from ..interchange import clockify, generic_csv, kimai, timewarrior, toggl, watson
from ..interchange.generic_csv import FIELDS as FIELDS  # re-exported: the CLI names the mapping fields
from ..interchange.generic_csv import ColumnMapping
from ..interchange.generic_csv import parse_mapping as parse_mapping  # re-exported: the CLI reads --map
from ..interchange.records import MAX_TEXT, ParsedEntry, ParsedFile, Skipped, problem
from ..store.models import Client, Engagement, WorkEntry
from ..store.vault import UnitOfWork, Vault
from .clients.lookup import find_client
from .entries.log import NewEntry, add_many
from .profile import load_profile
from .settings import saved_column_mapping, source_name, write_setting

PARSERS: dict[str, Callable[[Path, ZoneInfo], ParsedFile]] = {
    "toggl": toggl.parse, "clockify": clockify.parse, "watson": watson.parse,
    "timewarrior": timewarrior.parse, "kimai": kimai.parse,
}
FORMATS = (*PARSERS, generic_csv.FORMAT)
MAPPING_KEY = "import.csv.{source}"  # the settings key a generic CSV source's column mapping is saved under


@dataclass(frozen=True, slots=True)
class ImportRequest:
    format: str
    path: Path
    client: str | None = None  # every entry goes to this client
    timezone: str | None = None  # the zone of wall-clock times in the file; default: the worker's
    source: str | None = None  # generic CSV: the name its column mapping is saved under
    mapping: ColumnMapping | None = None  # generic CSV: a new mapping, saved with the import


@dataclass(frozen=True, slots=True)
class ProjectTotal:
    client: str
    engagement: str
    project: str | None  # as named in the file
    entries: int
    seconds: int


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import adds (or added, when ``committed``): for the CLI's --dry-run and the GUI's preview table."""

    format: str
    path: Path
    timezone: str
    entries: int
    seconds: int
    first_start: datetime | None
    last_end: datetime | None
    projects: tuple[ProjectTotal, ...]
    skipped: tuple[Skipped, ...]
    overlapping: int  # new entries that overlap another entry (kept, and flagged by `list`)
    committed: bool


def preview_import(vault: Vault, request: ImportRequest) -> ImportPreview:
    """Read the file and compare it with the records; write nothing."""
    tz, parsed, source = _read(vault, request)
    with vault.reading() as session:
        plan = _Plan(session, parsed, request.client, tz, source)
    return plan.preview(committed=False)


def run_import(vault: Vault, request: ImportRequest) -> ImportPreview:
    """Add every new entry of the file in one unit of work: all of them, or none."""
    tz, parsed, source = _read(vault, request)
    with vault.unit_of_work() as uow:
        plan = _Plan(uow.session, parsed, request.client, tz, source)
        add_many(uow, plan.new)
        if request.mapping is not None and source is not None:
            _save_mapping(uow, source, request.mapping)
    return plan.preview(committed=True)


def saved_mapping(vault: Vault, source: str) -> ColumnMapping | None:
    fields = saved_column_mapping(vault, MAPPING_KEY.format(source=source_name(source)), source)
    return ColumnMapping.from_fields(fields) if fields is not None else None


# --- internals ----------------------------------------------------------------------------------------------

def _read(vault: Vault, request: ImportRequest) -> tuple[str, ParsedFile, str | None]:
    """The zone name, the parsed file, and (generic CSV) the checked source name."""
    tz = zone(request.timezone or load_profile(vault).timezone)
    if request.format == generic_csv.FORMAT:
        if not request.source:
            raise InvalidInput("A generic CSV import needs --source NAME: its column mapping is saved under it.")
        source = source_name(request.source)
        mapping = request.mapping or saved_mapping(vault, source)
        if mapping is None:
            raise InvalidInput.said("No column mapping saved for {source!r} yet: give one with --map FIELD=COLUMN for "
                                    "the fields {fields} (start, and end or duration, needed).", source=source,
                                    fields=", ".join(generic_csv.FIELDS))
        return tz.key, generic_csv.parse(request.path, tz, mapping), source
    if request.format not in PARSERS:
        raise InvalidInput.said("Unknown import format {format!r}: use one of {formats}.", format=request.format,
                                formats=", ".join(FORMATS))
    return tz.key, PARSERS[request.format](request.path, tz), None


def _save_mapping(uow: UnitOfWork, source: str, mapping: ColumnMapping) -> None:
    write_setting(uow, MAPPING_KEY.format(source=source), mapping.fields())


class _Plan:
    """The file's entries mapped onto clients and engagements, with duplicates and overlaps found."""

    def __init__(self, session: Session, parsed: ParsedFile, chosen_client: str | None, tz: str,
                 csv_source: str | None) -> None:
        self.parsed = parsed
        self.tz = tz
        self.chosen_client = chosen_client
        self.source = f"import:{parsed.format}"
        self.ref_prefix = f"{csv_source}:" if csv_source else ""  # ids of two CSV sources must not collide
        self.new: list[NewEntry] = []
        self.skipped: list[Skipped] = list(parsed.skipped)
        self.totals: dict[tuple[str, str, str | None], list[int]] = defaultdict(lambda: [0, 0])
        entries = sorted(parsed.entries, key=lambda e: (e.start, e.end))
        self.clients = _clients_of(session, parsed, chosen_client)
        self.engagements = _engagements(session, {client.id for client in self.clients.values()})
        self.engagement_of: dict[tuple[int, str | None], tuple[Engagement, bool]] = {}
        self.known_refs, self.known_spans, existing_spans = _existing(session, self.source, entries)
        self.seen_refs: dict[str, str] = {}  # id -> where in the file
        self.seen_spans: dict[tuple[int, int, int], str] = {}  # (engagement, start, end) -> where in the file
        for entry in entries:
            self._take(entry)
        self.overlapping = _count_overlapping([span[1:] for span in self.seen_spans], existing_spans)

    def _take(self, entry: ParsedEntry) -> None:
        if entry.seconds <= 0:
            self.skipped.append(Skipped(entry.where, "lasts 0 seconds"))
            return
        client = self.clients[(self.chosen_client or entry.client or "").lower()]
        wanted = (client.id, entry.project.lower() if entry.project else None)
        if wanted not in self.engagement_of:
            self.engagement_of[wanted] = _engagement_for(self.engagements, client, entry.project)
        engagement, matched = self.engagement_of[wanted]
        ref = self.ref_prefix + entry.ref if entry.ref else None
        span = (engagement.id, int(entry.start.timestamp()), int(entry.end.timestamp()))
        duplicate = self._duplicate(ref, span)
        if duplicate:
            self.skipped.append(Skipped(entry.where, duplicate))
            return
        if ref:
            self.seen_refs[ref] = entry.where
        self.seen_spans[span] = entry.where
        self.new.append(NewEntry(
            client=client.name, engagement=engagement.name, start=entry.start, end=entry.end, tz=self.tz,
            category=_category(entry.tags), break_seconds=entry.break_seconds,
            note=_note(self.parsed, entry, None if matched else entry.project), source=self.source, source_ref=ref,
        ))
        total = self.totals[(client.name, engagement.name, entry.project)]
        total[0] += 1
        total[1] += entry.seconds

    def _duplicate(self, ref: str | None, span: tuple[int, int, int]) -> str | None:
        if ref and ref in self.known_refs:
            return f"already imported (id {ref})"
        if ref and ref in self.seen_refs:
            return f"same id as {self.seen_refs[ref]}"
        if span in self.known_spans:
            return f"same engagement, start and end as entry #{self.known_spans[span]} in your records"
        if span in self.seen_spans:
            return f"same engagement, start and end as {self.seen_spans[span]}"
        return None

    def preview(self, *, committed: bool) -> ImportPreview:
        return ImportPreview(
            format=self.parsed.format, path=self.parsed.path, timezone=self.tz, entries=len(self.new),
            seconds=sum(seconds for _, seconds in self.totals.values()),
            first_start=min((e.start for e in self.new), default=None),
            last_end=max((e.end for e in self.new), default=None),
            projects=tuple(ProjectTotal(client, engagement, project, count, seconds)
                           for (client, engagement, project), (count, seconds)
                           in sorted(self.totals.items(), key=lambda item: (*item[0][:2], item[0][2] or ""))),
            skipped=tuple(self.skipped), overlapping=self.overlapping, committed=committed,
        )


def _clients_of(session: Session, parsed: ParsedFile, chosen: str | None) -> dict[str, Client]:
    """lower-case name -> client, for the chosen client or every client the file names; errors list the unknown."""
    if chosen:
        return {chosen.lower(): find_client(session, chosen)}
    known = {client.name.lower(): client for client in session.scalars(select(Client))}
    unknown: dict[str, str] = {}
    for entry in parsed.entries:
        if entry.client is None:
            if _names_clients(parsed):
                raise InvalidInput.said("{name}, {where}: no client. Choose the client these entries are for with "
                                        "--client NAME. Nothing was imported.", name=parsed.path.name,
                                        where=entry.where)
            raise InvalidInput.said("{name} has no clients: choose the client these entries are for with --client "
                                    "NAME. Nothing was imported.", name=parsed.path.name)
        if entry.client.lower() not in known:
            unknown.setdefault(entry.client, entry.where)
    if unknown:
        listed = ", ".join(f"{name!r} ({where})" for name, where in list(unknown.items())[:5])
        if len(unknown) > 5:
            raise InvalidInput.said("{name} names clients that are not in your records: {listed} and {more} more. Add "
                                    "each with `contractor-app client add NAME --rate ...`, or put every entry under "
                                    "one client with --client NAME. Nothing was imported.", name=parsed.path.name,
                                    listed=listed, more=len(unknown) - 5)
        raise InvalidInput.said("{name} names clients that are not in your records: {listed}. Add each with "
                                "`contractor-app client add NAME --rate ...`, or put every entry under one client "
                                "with --client NAME. Nothing was imported.", name=parsed.path.name, listed=listed)
    return known


def _names_clients(parsed: ParsedFile) -> bool:
    return any(entry.client for entry in parsed.entries)


def _engagements(session: Session, client_ids: set[int]) -> dict[int, list[Engagement]]:
    found: dict[int, list[Engagement]] = defaultdict(list)
    for engagement in session.scalars(
        select(Engagement).where(Engagement.client_id.in_(client_ids)).order_by(Engagement.id)
    ):
        found[engagement.client_id].append(engagement)
    return found


def _engagement_for(engagements: dict[int, list[Engagement]], client: Client, project: str | None
                    ) -> tuple[Engagement, bool]:
    """The client's engagement named like the project, else its first; and whether the name matched."""
    mine = engagements.get(client.id)
    if not mine:
        raise InvalidInput.said("{client} has no engagement to import into. Nothing was imported.", client=client.name)
    if project:
        for engagement in mine:
            if engagement.name.lower() == project.lower():
                return engagement, True
    return mine[0], False


def _existing(session: Session, source: str, entries: list[ParsedEntry]
              ) -> tuple[set[str], dict[tuple[int, int, int], int], list[tuple[int, int]]]:
    """Ids already imported from this format; (engagement, start, end) -> entry id, and spans, of the entries
    the file's period touches (for duplicates and overlaps)."""
    refs = {ref for ref in session.scalars(
        select(WorkEntry.source_ref).where(WorkEntry.source == source, WorkEntry.source_ref.is_not(None))
    ) if ref is not None}
    if not entries:
        return refs, {}, []
    table = WorkEntry.__table__.c
    start, end = type_coerce(table.start_at, Integer), type_coerce(table.end_at, Integer)
    low = min(int(e.start.timestamp()) for e in entries)
    high = max(int(e.end.timestamp()) for e in entries)
    rows = session.execute(
        select(table.id, table.engagement_id, start, end).where(start < high, end > low)
    ).all()
    return refs, {(row[1], row[2], row[3]): row[0] for row in rows}, [(row[2], row[3]) for row in rows]


def _count_overlapping(new: list[tuple[int, int]], others: list[tuple[int, int]]) -> int:
    """How many of ``new`` overlap another span (new or existing)."""
    spans = [(("new", i), s, e) for i, (s, e) in enumerate(new)]
    spans += [(("old", i), s, e) for i, (s, e) in enumerate(others)]
    return sum(1 for kind, _ in overlapping_keys(spans) if kind == "new")


def _category(tags: tuple[str, ...]) -> str:
    for tag in tags:
        if tag.lower() in CATEGORIES:
            return tag.lower()
    return DEFAULT_CATEGORY


def _note(parsed: ParsedFile, entry: ParsedEntry, unmatched_project: str | None) -> str | None:
    details = list(entry.details)
    if unmatched_project:
        details.insert(0, ("project", unmatched_project))
    if entry.tags:
        details.append(("tags", ", ".join(entry.tags)))
    meta = "; ".join(f"{key}: {value}" for key, value in details)
    note = f"{entry.description} [{meta}]" if entry.description and meta else entry.description or meta or None
    if note and len(note) > MAX_TEXT:
        raise problem(parsed.path, entry.where, "description", f"the note would be longer than {MAX_TEXT} characters")
    return note
