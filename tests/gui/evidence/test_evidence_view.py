"""The Evidence view through its widgets: files dropped or picked, fingerprints, links, previews, copies out."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from contractor_app.gui.controller import Ledger
from contractor_app.gui.evidence import EvidenceView
from contractor_app.gui.evidence import view as evidence_view_module
from contractor_app.gui.evidence.link_dialog import ChoicesModel, KindFilter, linkable_records
from contractor_app.gui.evidence.model import SHA256
from contractor_app.gui.evidence.view import free_path, safe_file_name
from contractor_app.gui.previews import preview
from contractor_app.services.evidence import MAX_EVIDENCE_BYTES, EvidenceRow, get_evidence, list_evidence
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.store.vault import Vault

from ...sample import SampleWork, Templates
from ..conftest import unlock_copy


def paid_yesterday(vault: Vault) -> None:
    record_payment(vault, NewPayment(client="Acme Labeling", gross=Decimal("240.00"), reference="ACME-NOV-1",
                                     received_on=datetime.now(UTC).date() - timedelta(days=1)))


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=3), paid_yesterday).folder


@pytest.fixture
def opened(ledger: Ledger, template: Path, data_dir: Path) -> Ledger:
    unlock_copy(ledger, template, data_dir, "evidence")
    return ledger


def view_of(ledger: Ledger) -> EvidenceView:
    assert ledger.main is not None
    return ledger.main.evidence


def selected(view: EvidenceView) -> EvidenceRow:
    row = view.selected()
    assert row is not None
    return row


def row_at(view: EvidenceView, number: int) -> EvidenceRow:
    row = view.model.evidence_at(number)
    assert row is not None
    return row


def png_bytes(width: int = 120, height: int = 80) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes for the format; PySide takes str
    return bytes(buffer.data().data())


def drop(view: EvidenceView, paths: list[Path]) -> None:
    """What the desktop sends when files are dragged onto the drop zone."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    zone = view.drop_zone
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(zone, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(zone, event)
    assert event.isAccepted()


def test_a_dropped_file_gets_its_fingerprint_a_link_and_a_true_copy(  # type: ignore[no-untyped-def]
        qtbot, qtmodeltester, opened: Ledger, tmp_path: Path) -> None:
    view = view_of(opened)
    assert view.empty.isVisibleTo(view) and "Each file gets a fingerprint (SHA-256)" in view.empty.text()
    shot = tmp_path / "task counts.png"
    shot.write_bytes(png_bytes())
    statement = tmp_path / "statement.txt"
    statement.write_bytes("Pay statement: 12 h at $20.00 — Acme".encode())
    drop(view, [shot, statement])

    assert view.model.rowCount() == 2 and view.table.isVisibleTo(view)
    qtmodeltester.check(view.model)
    assert "Added 2 files" in view.message.text()
    names = [view.model.index(row, 0).data() for row in range(2)]
    assert names == ["task counts.png", "statement.txt"]
    for row, path in enumerate((shot, statement)):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert view.model.index(row, SHA256).data(Qt.ItemDataRole.ToolTipRole).startswith(f"SHA-256 {digest}")
        assert view.model.index(row, SHA256).data().replace(" ", "").rstrip("…") == digest[:12]
    assert isinstance(view.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole), QImage)  # a thumbnail
    assert not isinstance(view.model.index(1, 0).data(Qt.ItemDataRole.DecorationRole), QImage)  # text: none
    assert view.model.index(0, 4).data() == "not linked yet"

    # the last one added is selected: its full fingerprint is shown, selectable, and copied on a click
    assert selected(view).name == "statement.txt"
    view.select(row_at(view, 0).id)
    digest = hashlib.sha256(shot.read_bytes()).hexdigest()
    assert view.details.sha256.text() == digest and view.details.sha256.isReadOnly()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(view.details.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == digest
    QGuiApplication.clipboard().clear()
    rect = view.table.visualRect(view.model.index(0, SHA256))
    assert rect.isValid()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QGuiApplication.clipboard().text() == digest
    assert view.details.preview.has_image  # the picture itself, in the app

    # link it to the payment
    dialog = view.link_selected()
    assert dialog is not None
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    dialog.kind.setCurrentIndex(dialog.kind.findData("payment"))
    assert dialog.proxy.rowCount() == 1
    label = dialog.proxy.index(0, 0).data()
    assert "ACME-NOV-1" in label and "Acme Labeling" in label
    assert not dialog.link_button.isEnabled()
    dialog.proxy.setData(dialog.proxy.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.link_button.isEnabled()
    dialog.accept()
    assert opened.session is not None
    payment_id = next(link.entity_id for link in opened.session.read(get_evidence, selected(view).id).links)
    assert selected(view).links[0].entity == "payment"
    assert view.model.index(view.table.currentIndex().row(), 4).data() == f"Payment #{payment_id}"
    assert view.details.links.text() == f"Payment #{payment_id}"
    again = view.link_selected()
    assert again is not None
    again.kind.setCurrentIndex(again.kind.findData("payment"))
    assert "already linked" in again.proxy.index(0, 0).data()
    assert not again.proxy.flags(again.proxy.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    again.reject()

    # export a copy: byte for byte the file that was added; a second export never replaces the first
    out = tmp_path / "out"
    out.mkdir()
    view.export_to(out)
    assert (out / "task counts.png").read_bytes() == shot.read_bytes()
    assert "Saved a copy" in view.details.message.text()
    view.export_to(out)
    assert (out / "task counts (2).png").read_bytes() == shot.read_bytes()
    view.export_to(tmp_path / "no such folder")
    assert "The copy was not saved" in view.details.message.text() and "does not exist" in view.details.message.text()


def test_picking_files_the_same_file_twice_and_an_oversized_one(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, opened: Ledger, tmp_path: Path) -> None:
    view = view_of(opened)
    contract = tmp_path / "contract.pdf"
    contract.write_bytes(b"%PDF-1.4 not really a pdf")
    huge = tmp_path / "screen recording.mp4"
    with huge.open("wb") as handle:  # sparse: no disk space used, but its size is over the limit
        handle.truncate(MAX_EVIDENCE_BYTES + 1)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileNames",
                        lambda *args, **kwargs: ([str(contract), str(huge)], ""))
    qtbot.mouseClick(view.drop_zone.add_button, Qt.MouseButton.LeftButton)
    assert opened.session is not None
    assert [row.name for row in opened.session.read(list_evidence)] == ["contract.pdf"]
    text = view.message.text()
    assert "screen recording.mp4 is too large" in text and "Nothing was added for it" in text
    assert "Added 1 file." in text
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(contract.read_bytes())
    view.add_files([copy])
    assert "copy.pdf is already kept (as “contract.pdf”)" in view.message.text()
    assert view.model.rowCount() == 1 and selected(view).name == "contract.pdf"
    # a "PDF" that is not one: no preview, and no crash
    assert not view.details.preview.has_image and "No preview for this file" in view.details.preview.text()


def test_cancel_stops_before_the_next_file(  # type: ignore[no-untyped-def]
        qtbot, opened: Ledger, tmp_path: Path) -> None:
    view = view_of(opened)
    paths = []
    for number in range(4):
        path = tmp_path / f"shot {number}.txt"
        path.write_text(f"file {number}")
        paths.append(path)
    seen = []

    def progress(done: int, total: int, name: str) -> None:
        seen.append((done, total, name, view.progress_row.isVisibleTo(view)))
        if done == 1:
            view.cancel_button.click()

    view.importer.progress.connect(progress)
    view.add_files(paths)
    assert seen[0] == (0, 4, "shot 0.txt", True)
    assert [row_at(view, r).name for r in range(view.model.rowCount())] == ["shot 0.txt", "shot 1.txt"]
    assert "Stopped: 2 files were not added." in view.message.text() and not view.progress_row.isVisibleTo(view)


def test_hostile_files_have_no_preview_and_do_not_crash(  # type: ignore[no-untyped-def]
        qtbot, opened: Ledger, tmp_path: Path, monkeypatch) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    bomb = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 4096)) + chunk(b"IEND", b""))
    files = {"bomb.png": bomb, "noise.jpg": os.urandom(5000), "broken.pdf": b"%PDF-1.7\n" + os.urandom(3000),
             "half.png": png_bytes()[:60], "drawing.svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>"}
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    view = view_of(opened)
    view.add_files([tmp_path / name for name in files])
    assert view.model.rowCount() == len(files)
    for row in range(view.model.rowCount()):
        view.select(row_at(view, row).id)
        assert not view.details.preview.has_image
        assert "No preview for this file" in view.details.preview.text()
        assert not isinstance(view.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole), QImage)

    # A file with no thumbnail is tried once, not read again at every change of the records.
    tried: list[int] = []

    def no_thumbnails(vault: Vault, ids: list[int]) -> dict[int, QImage | None]:
        tried.extend(ids)
        return {}

    monkeypatch.setattr(evidence_view_module, "_thumbnails", no_thumbnails)
    opened.main.session.changed.emit(frozenset({"evidence"}))  # type: ignore[union-attr]
    assert tried == []


def test_a_real_pdf_shows_its_first_page(  # type: ignore[no-untyped-def]
        qtbot, opened: Ledger, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "contract.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "Contract between Dana Rivera and Acme Labeling")
    pdf.showPage()
    pdf.save()
    view = view_of(opened)
    view.add_files([path])
    assert view.details.preview.has_image
    image = preview(path.read_bytes(), 200)
    assert image is not None and max(image.width(), image.height()) == 200


def test_export_names_stay_inside_the_folder(tmp_path: Path) -> None:
    assert safe_file_name("../../etc/passwd", 3) == "_.._etc_passwd"
    assert safe_file_name("...", 4) == "evidence-4"
    assert safe_file_name('a<b>:c"d|e?f*g\\h', 5) == "a_b__c_d_e_f_g_h"
    (tmp_path / "a.pdf").write_bytes(b"x")
    assert free_path(tmp_path, "a.pdf") == tmp_path / "a (2).pdf"
    assert free_path(tmp_path, "b.pdf") == tmp_path / "b.pdf"


def test_the_records_offered_for_linking_are_described_in_words(  # type: ignore[no-untyped-def]
        qtmodeltester, opened: Ledger) -> None:
    session = opened.session
    assert session is not None
    choices = session.read(linkable_records, session.profile.zone, session.profile.timezone)
    kinds = {choice.entity for choice in choices}
    assert kinds == {"client", "entry", "payment"}
    model = ChoicesModel(choices, {("client", 1)})
    proxy = KindFilter()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("taskhive")
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "TaskHive"
    proxy.set_kind("entry")
    assert proxy.rowCount() > 0 and all("TaskHive" in proxy.index(r, 0).data() for r in range(proxy.rowCount()))
