"""Evidence in one key, in the app: Ctrl+Shift+E, the Timer menu and the tray grab the screen (a fake one here),
show it for a second look and keep it encrypted, linked to the running work; nothing is left in plaintext on disk;
where grabbing is not allowed the worker is told what to do instead."""

from __future__ import annotations

import hashlib
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QKeySequence, QPixmap
from PySide6.QtWidgets import QMenu, QMessageBox

from contractor_app.gui import capture as capture_module
from contractor_app.gui.capture import RegionPicker, ReviewDialog, png_bytes
from contractor_app.gui.controller import Ledger
from contractor_app.services.entries.timer import stop_timer
from contractor_app.services.evidence import evidence_bytes, list_evidence

from .conftest import tray_of, unlock
from .test_timer_recovery import vault_with_timer

WIDTH, HEIGHT = 321, 123  # distinctive dimensions: the PNG header of this image is found nowhere else


def fake_screen() -> QPixmap:
    image = QPixmap(WIDTH, HEIGHT)
    image.fill(QColor(18, 52, 86))
    return image


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


@pytest.fixture
def running(ledger: Ledger, data_dir: Path) -> Ledger:
    vault_with_timer(data_dir, datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1))
    unlock(ledger)
    return ledger


@pytest.mark.tray
def test_a_capture_is_kept_encrypted_and_linked_to_the_running_entry(running: Ledger, data_dir: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    main, session = running.main, running.session
    assert main is not None and session is not None
    looked: list[tuple[QPixmap, str]] = []
    main.capture.grab = fake_screen
    def review(image: QPixmap, client: str) -> bool:
        looked.append((image, client))
        return True

    main.capture.review = review
    header = png_bytes(fake_screen())[:33]  # signature and IHDR: the image's size, in plaintext PNG
    temp = tmp_path / "temp"  # Python's and Qt's temporary folder while capturing: it must stay empty
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    assert main.capture_action.shortcuts() == [QKeySequence("Ctrl+Shift+E")] and main.capture_action.isEnabled()
    timer_menu = main.menuBar().actions()[2].menu()
    assert isinstance(timer_menu, QMenu) and main.capture_action in timer_menu.actions()  # the Timer menu
    main.capture_action.trigger()
    [kept] = session.read(list_evidence)
    assert looked[0][1] == "Acme Labeling" and looked[0][0].size().width() == WIDTH
    content = session.read(evidence_bytes, kept.id)
    assert content.startswith(header) and kept.sha256 == hashlib.sha256(content).hexdigest()
    shown = QPixmap()
    assert shown.loadFromData(content, "PNG") and shown.toImage().pixelColor(5, 5) == QColor(18, 52, 86)
    assert [link.entity for link in kept.links] == ["client", "timer"]
    # Nothing was written to the temp folder, and nothing in the data folder holds the PNG in plaintext.
    assert files_under(temp) == []
    assert files_under(data_dir) and all(header not in path.read_bytes() for path in files_under(data_dir))
    # The tray asks for the same; stopping the timer links both captures to the entry it logs.
    main.capture.grab = lambda: fake_screen().copy(QRect(0, 0, 100, 50))
    tray_of(running).capture_action.trigger()
    session.call(stop_timer)
    entries = {link.entity for view in session.read(list_evidence) for link in view.links}
    assert entries == {"client", "entry"} and len(session.read(list_evidence)) == 2
    assert not main.capture_action.isEnabled() and not tray_of(running).capture_action.isEnabled()


def test_discard_keeps_nothing_and_a_forbidden_grab_is_explained(running: Ledger,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    main, session = running.main, running.session
    assert main is not None and session is not None
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    main.capture.grab = fake_screen
    main.capture.review = lambda image, client: False
    main.capture_action.trigger()
    main.capture.grab = QPixmap  # what Qt gives where the desktop forbids a grab: a null pixmap
    main.capture_action.trigger()
    monkeypatch.setattr(capture_module, "grab_forbidden", lambda: True)
    main.capture.grab = fake_screen
    main.capture_action.trigger()
    assert session.read(list_evidence) == []
    assert len(told) == 2 and all("system's screenshot tool" in text for text in told)


def test_a_dragged_region_is_what_is_kept(running: Ledger) -> None:
    main, session = running.main, running.session
    assert main is not None and session is not None
    main.capture.grab = fake_screen
    main.capture.pick_region = lambda image: image.copy(QRect(10, 10, 40, 20))
    main.capture.review = lambda image, client: True
    main.capture_region_action.trigger()
    [kept] = session.read(list_evidence)
    shown = QPixmap()
    assert shown.loadFromData(session.read(evidence_bytes, kept.id), "PNG") and (shown.width(), shown.height()) == (
        40, 20)


def test_the_region_picker_keeps_the_dragged_part_and_escape_cancels(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = RegionPicker(fake_screen())
    qtbot.addWidget(picker)
    picker.resize(WIDTH, HEIGHT)
    picker.show()
    qtbot.mousePress(picker, Qt.MouseButton.LeftButton, pos=QPoint(30, 20))
    qtbot.mouseMove(picker, QPoint(90, 60))
    qtbot.mouseRelease(picker, Qt.MouseButton.LeftButton, pos=QPoint(90, 60))
    assert picker.result() == RegionPicker.DialogCode.Accepted and picker.chosen().size().toTuple() == (60, 40)
    escaped = RegionPicker(fake_screen())
    qtbot.addWidget(escaped)
    escaped.show()
    qtbot.keyClick(escaped, Qt.Key.Key_Escape)
    assert escaped.result() == RegionPicker.DialogCode.Rejected


def test_the_second_look(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(fake_screen(), "Acme Labeling")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep_button.isDefault() and "Acme Labeling" in dialog.findChildren(type(dialog.preview))[0].text()
    assert dialog.preview.pixmap().size().toTuple() == (WIDTH, HEIGHT)  # a small image is not blown up
    dialog.grab().save("/tmp/capture3/review.png")
    dialog.discard_button.click()
    assert dialog.result() == ReviewDialog.DialogCode.Rejected
