"""The table-model base: a model described by its columns shows each row's cells, tooltips, alignment and extra
roles, answers nothing outside its rows, and passes Qt's model tester."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from contractor_app.gui.table_model import RIGHT, Column, TableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Fruit:
    id: int
    name: str
    grams: int


class FruitModel(TableModel[Fruit]):
    def __init__(self) -> None:
        super().__init__([Column("name", "Name", lambda fruit: fruit.name, tooltip=lambda fruit: f"#{fruit.id}"),
                          Column("grams", "Weight", lambda fruit: f"{fruit.grams} g", align=RIGHT)])

    def extra(self, row: Fruit, key: str, role: int) -> Any:
        return row.id if role == ID_ROLE else None


def test_a_model_shows_its_rows_through_its_columns(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = FruitModel()
    model.set_rows([Fruit(1, "pear", 180), Fruit(2, "fig", 40)])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert [model.headerData(n, Qt.Orientation.Horizontal) for n in range(2)] == ["Name", "Weight"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.column_of("grams") == 1 and model.text(1, 1) == "40 g"
    fig_name, fig_grams = model.index(1, 0), model.index(1, 1)
    assert fig_name.data() == "fig" and fig_grams.data() == "40 g"
    assert fig_name.data(Qt.ItemDataRole.ToolTipRole) == "#2"
    assert fig_grams.data(Qt.ItemDataRole.ToolTipRole) is None  # no tooltip unless the column gives one
    assert fig_grams.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert fig_name.data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert fig_name.data(ID_ROLE) == 2 and fig_grams.data(ID_ROLE) == 2
    assert not model.flags(fig_name) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(fig_name) & Qt.ItemFlag.ItemIsSelectable


def test_nothing_is_answered_outside_the_rows(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = FruitModel()
    model.set_rows([Fruit(1, "pear", 180)])
    assert model.data(model.createIndex(5, 0)) is None and model.data(model.createIndex(0, 7)) is None
    assert model.data(QModelIndex()) is None and model.row_at(-1) is None and model.row_at(1) is None
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    model.set_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0
