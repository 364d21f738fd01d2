"""Pay terms as the worker enters them (pay type, rate, which work is paid, platform fee), and the two dialogs
that use them: "New pay terms…" (a raise from a date), "Correct pay terms…" and "Add engagement…"; and "Rename
engagement…". A correction or a rename can be undone (Ctrl+Z).

Input is checked as it is typed with the same checks the services apply; the services check again on save.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.categories import CATEGORIES
from ...domain.money import parse_decimal
from ...domain.pay import FROM_THE_START, Terms
from ...errors import InvalidInput
from ...services.clients.details import ClientDetails
from ...services.clients.terms import (
    EngagementDetails,
    TermsRecord,
    add_engagement,
    add_terms,
    rename_engagement,
    update_terms,
)
from .. import formatting as fmt
from ..form_dialog import FormDialog, FormPiece
from ..form_fields import date_edit
from ..rate_fields import RateFields
from ..session import Session
from ..undo import Failure
from ..widgets import narrow_combo, small
from .commands import EditTerms, RenameEngagement, TermsValue
from .text import rate_input, terms_text


@dataclass(frozen=True, slots=True)
class TermsInput:
    terms: Terms | None  # None: no rate agreed yet (only when the rate may be left empty)
    platform_fee_percent: Decimal | None
    note: str | None


class TermsForm(FormPiece):
    """Pay type, rate, unit, which categories are paid, platform fee and a note; ``value()`` checks them."""

    def __init__(self, currency: str, *, rate_required: bool, rows: Sequence[tuple[str, QWidget]] = (),
                 parent: QWidget | None = None) -> None:
        """``rows`` come first, in the same form so the labels line up. They are laid out before this widget has
        its layout, so Tab reaches them first (inserted afterwards, they came last and a dialog opened on the pay
        type)."""
        super().__init__(parent)
        self.currency, self.rate_required = currency, rate_required
        self.pay = RateFields({"hourly": self.tr("&Rate per hour"), "per_unit": self.tr("&Rate per unit"),
                               "fixed": self.tr("&Price")},
                              self.tr("e.g. 20.00 (in %1)").replace("%1", currency) if rate_required else
                              self.tr("e.g. 20.00 (leave empty if not agreed yet)"))
        self.kind, self.rate, self.unit = self.pay.kind, self.pay.rate, self.pay.unit
        self.paid: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for number, (label, name) in enumerate(fmt.categories()):
            box = QCheckBox(label)
            box.setChecked(True)
            box.setAccessibleName(self.tr("%1 is paid").replace("%1", label))
            box.toggled.connect(self.check)
            self.paid[name] = box
            grid.addWidget(box, number // 4, number % 4)
        self.paid_box = QWidget()
        self.paid_box.setLayout(grid)
        self.paid_label = QLabel(self.tr("Paid work"))
        self.fee = QLineEdit()
        self.fee.setAccessibleName(self.tr("Platform fee in percent"))
        self.fee.setPlaceholderText(self.tr("e.g. 20 (leave empty if the platform keeps nothing)"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note on these terms"))
        self.note.setPlaceholderText(self.tr("e.g. raise after the annual review"))
        self.form = QFormLayout()
        for label, widget in rows:
            self.form.addRow(label, widget)
        self.form.addRow(self.tr("&Pay type"), self.kind)
        self.form.addRow(self.pay.rate_label, self.rate)
        self.form.addRow(self.pay.unit_label, self.unit)
        self.form.addRow(self.paid_label, self.paid_box)
        self.paid_hint = small(self.tr("Untick work the client does not pay for, such as unpaid training or "
                                       "assessments: it is still recorded, and shows in your reports as unpaid."))
        self.form.addRow("", self.paid_hint)
        self.form.addRow(self.tr("Platform &fee (%)"), self.fee)
        self.form.addRow(self.tr("N&ote"), self.note)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        column.addWidget(self.message)
        for field in (self.rate, self.unit, self.fee, self.note):
            field.textChanged.connect(self.check)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def show_terms(self, terms: Terms, fee: Decimal | None) -> None:
        """Start from existing terms (the current ones, when recording a raise)."""
        self.kind.setCurrentIndex(max(self.kind.findData(terms.kind), 0))
        self.rate.setText(rate_input(terms.rate))
        if terms.unit_name:
            self.unit.setText(terms.unit_name)
        for name, box in self.paid.items():
            box.setChecked(name not in terms.unpaid_categories)
        self.fee.setText(f"{fee.normalize():f}" if fee is not None else "")

    def show_record(self, record: TermsRecord) -> None:
        """Start from recorded terms, note included (when correcting them)."""
        self.show_terms(record.terms, record.platform_fee_percent)
        self.note.setText(record.note or "")

    def _kind_changed(self) -> None:
        fixed = self.pay.show_kind() == "fixed"
        for widget in (self.paid_box, self.paid_label, self.paid_hint):  # a fixed price does not pay by category
            widget.setVisible(not fixed)
        self.check()

    def value(self, effective_from: date = FROM_THE_START) -> TermsInput:
        """The terms as typed; raises InvalidInput with a plain message."""
        kind = self.kind.currentData()
        fee = None
        if self.fee.text().strip():
            fee = parse_decimal(self.fee.text(), what=self.tr("The platform fee"))
            if not Decimal(0) <= fee <= Decimal(100):
                raise InvalidInput(self.tr("The platform fee is a percentage from 0 to 100."))
        note = self.note.text().strip() or None
        if not self.rate.text().strip():
            if self.rate_required:
                raise InvalidInput(self.tr("Enter the new rate."))
            return TermsInput(None, fee, note)
        rate, unit = self.pay.rate_and_unit(self.currency)
        unpaid = () if kind == "fixed" else tuple(name for name in CATEGORIES if not self.paid[name].isChecked())
        return TermsInput(Terms(kind=kind, rate=rate, effective_from=effective_from, unit_name=unit,
                                unpaid_categories=unpaid), fee, note)

    def typed_enough(self) -> bool:
        return bool(self.rate.text().strip() or self.fee.text().strip())


class _Dialog(FormDialog):
    """Pay terms under the rows of what they belong to; Save is enabled when the form is valid."""

    effective: QDateEdit  # the first day the terms apply, where the dialog asks for it

    def _finish(self, terms: TermsForm, save_text: str) -> None:
        self.terms = terms
        self.add_save_button(save_text)
        terms.validity_changed.connect(lambda _: self.update_save())
        self.lay_out(terms, 600)

    def ready(self) -> bool:
        return self.terms.valid

    def effective_from(self) -> date:
        day = self.effective.date()
        return date(day.year(), day.month(), day.day())


class NewTermsDialog(_Dialog):
    """"New pay terms…": terms in force from a day (a raise), for one engagement; earlier terms stay as they were."""

    def __init__(self, session: Session, client: ClientDetails, engagement_id: int | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.client = session, client
        self.setWindowTitle(self.tr("New pay terms"))
        self.engagement = narrow_combo(QComboBox(), 24)
        self.engagement.setAccessibleName(self.tr("Engagement"))
        for engagement in client.engagements:
            self.engagement.addItem(engagement.name, engagement.id)
        self.engagement.setCurrentIndex(max(self.engagement.findData(engagement_id), 0))
        self.effective = date_edit(self.tr("First day the new terms apply"), QDate(today.year, today.month, today.day))
        self.current = small("")
        rows = [(self.tr("&Engagement"), self.engagement), ("", self.current), (self.tr("&From"), self.effective),
                ("", small(self.tr("Work before this day keeps the terms in force then; work from this day is paid "
                                   "at the new terms.")))]
        self._finish(TermsForm(client.currency, rate_required=True, rows=rows), self.tr("Save new terms"))
        self.engagement.currentIndexChanged.connect(self._engagement_changed)
        self._today = today
        self._engagement_changed()

    def chosen(self) -> EngagementDetails | None:
        return next((e for e in self.client.engagements if e.id == self.engagement.currentData()), None)

    def _engagement_changed(self) -> None:
        """Start from the terms in force today, so a raise is just a new rate."""
        engagement = self.chosen()
        current = engagement.in_force(self._today) if engagement else None
        if current is None:
            self.current.setText(self.tr("No pay terms yet."))
        else:
            self.current.setText(self.tr("Now: %1").replace("%1", terms_text(current.terms)))
            self.terms.show_terms(current.terms, current.platform_fee_percent)
            self.terms.rate.selectAll()
        self.update_save()

    def ready(self) -> bool:
        return self.terms.valid and self.engagement.currentData() is not None

    def value(self) -> TermsInput:
        if self.engagement.currentData() is None:
            raise InvalidInput(self.tr("Add an engagement first: pay terms belong to one."))
        return self.terms.value(self.effective_from())

    def save(self, entered: TermsInput) -> None:
        assert entered.terms is not None  # the rate is required here
        self.session.call(add_terms, self.engagement.currentData(), entered.terms,
                          platform_fee_percent=entered.platform_fee_percent, note=entered.note,
                          on_result=lambda _: self.close_saved(), on_error=self.failed)


class EngagementDialog(_Dialog):
    """"Add engagement…": a new project or contract under the client, with its pay terms if already agreed."""

    def __init__(self, session: Session, client: ClientDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.client = session, client
        self.setWindowTitle(self.tr("Add an engagement"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Engagement name"))
        self.name.setPlaceholderText(self.tr("The project or contract, e.g. Search relevance"))
        self._finish(TermsForm(client.currency, rate_required=False, rows=[(self.tr("&Name"), self.name)]),
                     self.tr("Add engagement"))
        self.terms.note.setPlaceholderText(self.tr("e.g. the offer email of 3 March"))
        self.name.textChanged.connect(self.update_save)
        self.update_save()

    def ready(self) -> bool:
        return self.terms.valid and bool(self.name.text().strip())

    def value(self) -> TermsInput:
        if not self.name.text().strip():
            raise InvalidInput(self.tr("An engagement needs a name."))
        return self.terms.value()

    def save(self, entered: TermsInput) -> None:
        self.session.call(add_engagement, self.client.id, self.name.text(), terms=entered.terms,
                          platform_fee_percent=entered.platform_fee_percent, note=entered.note,
                          on_result=lambda _: self.close_saved(), on_error=self.failed)



class EditTermsDialog(_Dialog):
    """"Correct pay terms…": recorded terms typed wrong (the rate, the first day, what is paid). Entries are priced
    again by what is in force on their day; the services refuse a change that would leave entries unpriced."""

    def __init__(self, session: Session, client: ClientDetails, engagement: EngagementDetails, record: TermsRecord,
                 undo: QUndoStack, on_failure: Failure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.record, self.undo, self._on_failure = session, record, undo, on_failure
        self.setWindowTitle(self.tr("Correct pay terms"))
        day = record.terms.effective_from
        self.effective = date_edit(self.tr("First day these terms apply"), QDate(day.year, day.month, day.day))
        self.effective.setMinimumDate(QDate(FROM_THE_START.year, FROM_THE_START.month, FROM_THE_START.day))
        self.effective.setSpecialValueText(self.tr("from the start"))
        rows = [("", small(self.tr("Correcting the terms of %1. To record a raise, use New pay terms instead: "
                                   "earlier work keeps its rate.").replace("%1", engagement.name))),
                (self.tr("&From"), self.effective)]
        self._finish(TermsForm(client.currency, rate_required=True, rows=rows), self.tr("Save correction"))
        self.terms.show_record(record)
        self.update_save()

    def value(self) -> TermsInput:
        return self.terms.value(self.effective_from())

    def save(self, entered: TermsInput) -> None:
        assert entered.terms is not None  # the rate is required here
        after = TermsValue(entered.terms, entered.platform_fee_percent, entered.note)
        before, terms_id = TermsValue.of(self.record), self.record.id
        self.session.call(update_terms, terms_id, after.terms, platform_fee_percent=after.platform_fee_percent,
                          note=after.note, on_error=self.failed, on_result=lambda _: self.close_saved(
                              EditTerms(self.session, terms_id, after, before, self._on_failure)))


class RenameEngagementDialog(FormDialog):
    """"Rename engagement…": its entries, terms and payments stay with it."""

    def __init__(self, session: Session, engagement: EngagementDetails, undo: QUndoStack, on_failure: Failure,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.engagement, self.undo, self._on_failure = session, engagement, undo, on_failure
        self.setWindowTitle(self.tr("Rename engagement"))
        self.name = QLineEdit(engagement.name)
        self.name.setAccessibleName(self.tr("Engagement name"))
        self.name.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow("", small(self.tr("Its entries, pay terms and payments stay with it.")))
        self.add_save_button(self.tr("Rename"))
        self.lay_out(form, 480)
        self.name.textChanged.connect(lambda _: self.update_save())

    def ready(self) -> bool:
        return bool(self.name.text().strip())

    def value(self) -> str:
        if not self.name.text().strip():
            raise InvalidInput(self.tr("An engagement needs a name."))
        return self.name.text().strip()

    def save(self, name: str) -> None:
        before, engagement_id = self.engagement.name, self.engagement.id
        self.session.call(rename_engagement, engagement_id, name, on_error=self.failed,
                          on_result=lambda _: self.close_saved(RenameEngagement(self.session, engagement_id, name,
                                                                                before, self._on_failure)))
