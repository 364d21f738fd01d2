"""Evidence linked by mistake is unlinked from the details beside the list, and undo links it again; a file too
large to preview is never read for its preview: the panel says so and offers the copy out instead."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from contractor_app.gui.controller import Ledger
from contractor_app.gui.evidence import EvidenceView
from contractor_app.gui.evidence import view as evidence_view_module
from contractor_app.services.evidence import EvidenceRow, add_evidence, get_evidence

from ...sample import SampleWork, Templates
from ..conftest import unlock_copy


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=3)).folder


@pytest.fixture
def view(ledger: Ledger, template: Path, data_dir: Path) -> EvidenceView:
    main = unlock_copy(ledger, template, data_dir, "evidence")
    return main.evidence


def links_of(view: EvidenceView, evidence_id: int) -> list[tuple[str, int]]:
    return [(link.entity, link.entity_id) for link in view.session.read(get_evidence, evidence_id).links]


def test_unlinking_from_the_details_with_undo(qtbot, view: EvidenceView) -> None:  # type: ignore[no-untyped-def]
    made: list[EvidenceRow] = []
    view.session.call(add_evidence, b"a screenshot of the task counts", "counts.png",
                      links=[("client", "Acme Labeling"), ("client", "TaskHive")], on_result=made.append)
    [kept] = made
    view.select(kept.id)
    details = view.details
    assert details.unlink_button.isEnabled()
    actions = details.unlink_button.menu().actions()
    assert [action.text() for action in actions] == ["Acme Labeling", "TaskHive"]
    before = links_of(view, kept.id)

    actions[1].trigger()  # "TaskHive"
    assert links_of(view, kept.id) == before[:1]
    assert "TaskHive" not in details.links.text() and "Unlinked" in details.message.text()
    assert view.undo.undoText() == "Unlink evidence"
    assert [action.text() for action in details.unlink_button.menu().actions()] == ["Acme Labeling"]

    view.undo.undo()
    assert sorted(links_of(view, kept.id)) == sorted(before)
    view.undo.redo()
    assert links_of(view, kept.id) == before[:1]

    details.unlink_button.menu().actions()[0].trigger()  # the last link: the file stays, linked to nothing
    assert links_of(view, kept.id) == [] and not details.unlink_button.isEnabled()
    assert view.model.row_of(kept.id) >= 0


def test_a_file_too_large_to_preview_is_not_read_for_it(  # type: ignore[no-untyped-def]
        qtbot, view: EvidenceView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "screen recording.png"
    size = evidence_view_module.PREVIEW_MAX_BYTES + 1
    with big.open("wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n")
        handle.truncate(size)
    view.add_files([big])
    [evidence] = [row for row in view.model.rows if row.name == big.name]
    assert evidence.size == size
    tracemalloc.start()
    try:
        view.select(evidence.id)
        QApplication.processEvents()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024, peak  # the file's 25 MB never came into Python
    text = view.details.preview.text()
    assert "too large to preview" in text.lower() and "Export a copy" in text and not view.details.preview.has_image
