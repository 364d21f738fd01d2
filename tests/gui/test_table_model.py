"""The table-model base: a model described by its columns shows each row's cells, tooltips, alignment and extra
roles, answers nothing outside its rows, and passes Qt's model tester."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

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


class Basket(TableModel[Fruit]):
    """Editable weights, a problem colour for heavy fruit, a header tooltip and words for a screen reader."""

    def __init__(self) -> None:
        super().__init__([
            Column("name", "Name", lambda fruit: fruit.name, accessible=lambda fruit: f"{fruit.name}, fruit"),
            Column("grams", "Weight", lambda fruit: f"{fruit.grams} g", align=RIGHT, header_tooltip="In grams",
                   problem=lambda fruit: fruit.grams > 500, edit=lambda fruit: fruit.grams)])
        self.edits: list[tuple[int, str, Any]] = []

    def edit(self, row: Fruit, key: str, value: Any) -> bool:
        if not str(value).isdigit():
            return False
        self.edits.append((row.id, key, int(value)))
        return True


def test_editable_columns_problem_colours_header_tips_and_screen_reader_text(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = Basket()
    model.set_rows([Fruit(1, "pear", 180), Fruit(2, "melon", 900)])
    qtmodeltester.check(model)
    name, grams, heavy = model.index(0, 0), model.index(0, 1), model.index(1, 1)
    assert not model.flags(name) & Qt.ItemFlag.ItemIsEditable and model.flags(grams) & Qt.ItemFlag.ItemIsEditable
    assert grams.data(Qt.ItemDataRole.EditRole) == 180 and name.data(Qt.ItemDataRole.EditRole) is None
    assert model.setData(grams, "200") and model.edits == [(1, "grams", 200)]
    assert not model.setData(grams, "heavy") and not model.setData(name, "plum")  # refused; not editable
    assert not model.setData(grams, "200", Qt.ItemDataRole.DisplayRole) and len(model.edits) == 1
    assert heavy.data(Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")
    assert grams.data(Qt.ItemDataRole.ForegroundRole) is None  # only problem cells are coloured
    changed: list[Any] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.set_problem_colour("#ff8a80")  # a dark palette: the problem cells repaint in the new colour
    assert heavy.data(Qt.ItemDataRole.ForegroundRole) == QColor("#ff8a80") and changed
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "In grams"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert name.data(Qt.ItemDataRole.AccessibleTextRole) == "pear, fruit"
    assert grams.data(Qt.ItemDataRole.AccessibleTextRole) is None


class LazyModel(TableModel[int]):
    """Rows read on demand (as the Entries table reads pages): only row_at and rowCount are its own."""

    def __init__(self, count: int) -> None:
        super().__init__([Column("square", "Square", lambda number: str(number * number))])
        self.count, self.read = count, 0

    def row_at(self, number: int) -> int | None:
        self.read += 1
        return number if 0 <= number < self.count else None

    def rowCount(self, parent: Any = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.count


def test_a_model_may_read_its_rows_lazily(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = LazyModel(100_000)
    assert model.index(99_999, 0).data() == str(99_999 ** 2) and model.text(3, 0) == "9"
    assert model.data(model.createIndex(100_000, 0)) is None
    assert model.read == 3  # only the rows asked for
