"""Choosing what a file is proof of: a client, work entries, payments or incidents, ticked in one list.

The records are described the way the worker remembers them (a payment by its date, amount and reference; an
entry by its day, hours and note) rather than by number. Links the file already has show ticked and cannot be
unticked here: a link is part of the record's history. Entries are many, so the newest few hundred are offered,
with a filter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...domain.times import DateRange
from ...services.clients.directory import list_clients
from ...services.entries.queries import EntryQuery, page_entries
from ...services.evidence import EvidenceRow, Link
from ...services.incidents import list_incidents
from ...services.payments import list_payments
from ...services.vault import Vault
from .. import formatting as fmt
from ..widgets import narrow_combo
from .model import tr

MAX_ENTRIES = 500
KINDS = ("client", "entry", "payment", "incident")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Choice:
    entity: str  # one of KINDS
    entity_id: int
    label: str


def linkable_records(vault: Vault, zone: tzinfo, tz: str) -> list[Choice]:
    """Everything a file can be linked to here, described in words (a read: run it off the UI thread)."""
    choices = [Choice("client", client.id, client.name) for client in list_clients(vault)]
    for listed in page_entries(vault, EntryQuery(tz=tz), offset=0, limit=MAX_ENTRIES):
        entry = listed.entry
        parts = [f"{fmt.date_text(entry.start, zone)}  {fmt.time_text(entry.start, zone)}–"
                 f"{fmt.time_text(entry.end, zone)}", entry.client, fmt.category_label(entry.category)]
        if entry.note:
            parts.append(f"“{entry.note}”")
        choices.append(Choice("entry", entry.id, "  ·  ".join(parts)))
    for payment in reversed(list_payments(vault, period=DateRange())):
        parts = [payment.received_on.isoformat(), fmt.money(payment.net), payment.client]
        if payment.reference:
            parts.append(payment.reference)
        choices.append(Choice("payment", payment.id, "  ·  ".join(parts)))
    for incident in reversed(list_incidents(vault)):
        kind = tr("Data breach") if incident.kind == "breach" else tr("Dispute")
        parts = [kind, incident.company or incident.client or ""]
        if incident.notice_on:
            parts.append(incident.notice_on.isoformat())
        choices.append(Choice("incident", incident.id, "  ·  ".join(p for p in parts if p)))
    return choices


class ChoicesModel(QAbstractListModel):
    """Every linkable record, ticked when chosen; rows already linked are ticked and disabled."""

    ENTITY_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, choices: list[Choice], linked: set[tuple[str, int]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._linked = linked
        self.chosen: set[tuple[str, int]] = set()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._choices):
            return None
        choice = self._choices[index.row()]
        key = (choice.entity, choice.entity_id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key in self._linked:
                return self.tr("%1  (already linked)").replace("%1", choice.label)
            return choice.label
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = key in self._linked or key in self.chosen
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == self.ENTITY_ROLE:
            return choice.entity
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        choice = self._choices[index.row()]
        if (choice.entity, choice.entity_id) in self._linked:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole \
                or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        choice = self._choices[index.row()]
        key = (choice.entity, choice.entity_id)
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.chosen.add(key)
        else:
            self.chosen.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def row_of(self, entity: str, entity_id: int) -> int:
        return next((row for row, c in enumerate(self._choices) if (c.entity, c.entity_id) == (entity, entity_id)),
                    -1)


class KindFilter(QSortFilterProxyModel):
    """Shows one kind of record, narrowed by the words typed in the filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = KINDS[0]
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_kind(self, kind: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.kind = kind
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.kind = kind
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        return index.data(ChoicesModel.ENTITY_ROLE) == self.kind and super().filterAcceptsRow(row, parent)


class LinkDialog(QDialog):
    def __init__(self, evidence: EvidenceRow, choices: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link “%1”").replace("%1", evidence.name))
        self.resize(720, 520)
        linked = {(link.entity, link.entity_id) for link in evidence.links}
        self.model = ChoicesModel(choices, linked, self)
        self.proxy = KindFilter(self)
        self.proxy.setSourceModel(self.model)
        self.kind = narrow_combo(QComboBox(), 16)
        self.kind.setAccessibleName(self.tr("Kind of record to link to"))
        for kind, label in zip(KINDS, (self.tr("A client"), self.tr("Work entries (newest first)"),
                                       self.tr("Payments (newest first)"), self.tr("Incidents")), strict=True):
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to narrow the list: a date, a client, a note…"))
        self.search.setAccessibleName(self.tr("Filter the records"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Records to link to"))
        self.list.setUniformItemSizes(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.count = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)  # Enter is not Cancel
        self.link_button = self.buttons.addButton(self.tr("Link"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(lambda *_: self._update())
        form = QFormLayout()
        form.addRow(self.tr("Link to"), self.kind)
        form.addRow(self.tr("Filter"), self.search)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("Tick what this file is proof of. A file can be linked to several records.")))
        column.addLayout(form)
        column.addWidget(self.list, 1)
        column.addWidget(self.empty)
        column.addWidget(self.count)
        column.addWidget(self.buttons)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.proxy.set_kind(self.kind.currentData())
        shown = self.proxy.rowCount()
        self.empty.setVisible(shown == 0)
        self.empty.setText(self.tr("Nothing of this kind is recorded yet."))
        self._update()

    def _update(self) -> None:
        chosen = len(self.model.chosen)
        self.count.setText(self.tr("1 record chosen") if chosen == 1 else
                           self.tr("%1 records chosen").replace("%1", str(chosen)))
        self.link_button.setEnabled(chosen > 0)

    def choose(self, entity: str, entity_id: int) -> bool:
        """Tick one record (for tests and for the keyboard-free path); False if it is not offered."""
        row = self.model.row_of(entity, entity_id)
        return row >= 0 and self.model.setData(self.model.index(row), Qt.CheckState.Checked,
                                               Qt.ItemDataRole.CheckStateRole)

    def links(self) -> list[Link]:
        return sorted(self.model.chosen, key=lambda key: (KINDS.index(key[0]), key[1]))
