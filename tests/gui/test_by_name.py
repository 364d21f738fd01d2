"""gui/by_name.py: Qt's flags set from their names are Qt's own values; a wrong name is an error, not ignored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton

from contractor_app.gui.by_name import set_by_name


def test_flags_set_by_name_are_qts_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    label, button = QLabel("x"), QToolButton()
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    set_by_name(label, alignment="AlignHCenter|AlignTop", textInteractionFlags="TextSelectableByMouse")
    set_by_name(button, focusPolicy="TabFocus")
    assert label.alignment() == Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert button.focusPolicy() == Qt.FocusPolicy.TabFocus


@pytest.mark.parametrize("properties", [{"alignment": "AlignHCentre"}, {"alignement": "AlignHCenter"}])
def test_a_name_qt_does_not_know_raises(qtbot, properties: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("x")
    qtbot.addWidget(label)
    before = label.alignment()
    with pytest.raises(ValueError, match="QLabel has no property"):
        set_by_name(label, **properties)
    assert label.alignment() == before
