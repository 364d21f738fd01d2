"""Icons (issue 20): one licensed SVG set on the sidebar, the actions and the tray, drawn in the palette's colours.

Each sidebar entry and each action that has an icon by convention has one; in a dark palette the icons are light
and in a light palette dark (pixels sampled from the window, after the palette changed under a running window);
they are drawn at the screen's pixel ratio; every icon file is used, every file used exists and carries its licence;
and Qt's SVG module is not loaded when the unlock window shows (it costs start-up time, issue 18).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QAction, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from contractor_app.gui.controller import Ledger
from contractor_app.gui.icon_set import FOLDER, NAMES, icon
from contractor_app.gui.main_window import VIEW_KEYS, MainWindow

from ..conftest import Cli
from ..sample import SampleWork, Templates
from .conftest import tray_of, unlock_copy
from .test_contrast import PALETTES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=2)).folder


@pytest.fixture
def main(qtbot, ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = unlock_copy(ledger, template, data_dir, view=None)  # the tests show the views they check
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    yield
    qapp.setPalette(before)


def _drawn(icon_: QIcon) -> bool:
    """Something is drawn: a null icon, or one whose file did not load, gives no opaque pixel."""
    image = icon_.pixmap(QSize(24, 24)).toImage()
    return any(image.pixelColor(x, y).alpha() > 128 for x in range(image.width()) for y in range(image.height()))


@pytest.mark.tray
def test_every_sidebar_entry_and_every_listed_action_has_an_icon(main: MainWindow, ledger: Ledger) -> None:
    tray = tray_of(ledger)
    for row in range(main.sidebar.count()):
        item = main.sidebar.item(row)
        assert not item.icon().isNull() and _drawn(item.icon()), item.text()
    actions: list[QAction] = [
        main.undo_action, main.redo_action, main.new_entry_action, main.find_action, main.delete_action,
        main.timer_action, main.lock_action, main.quit_action, main.add_client_action, main.record_payment_action,
        main.add_invoice_action, main.preferences_action, main.help_action, main.about_action, main.capture_action,
        main.capture_region_action, *main.view_actions,
        tray.toggle_action, tray.add_action, tray.capture_action, tray.open_action, tray.lock_action, tray.quit_action]
    for action in actions:
        assert not action.icon().isNull() and _drawn(action.icon()), action.text()
    for button in (main.lock_button, main.today.panel.button, main.reports.save_button, main.backups.back_up_button):
        assert not button.icon().isNull() and _drawn(button.icon()), button.text()


def _image(icon_: QIcon) -> QImage:
    return icon_.pixmap(QSize(24, 24)).toImage()


@pytest.mark.tray
def test_the_timer_icon_follows_the_timer(main: MainWindow, ledger: Ledger) -> None:
    start, stop = _image(icon("startTimer")), _image(icon("stopTimer"))
    assert start != stop
    assert _image(main.timer_action.icon()) == start == _image(tray_of(ledger).toggle_action.icon())
    assert ledger.timer is not None and ledger.timer.toggle()  # on the last-used client
    assert _image(main.timer_action.icon()) == stop == _image(tray_of(ledger).toggle_action.icon())
    assert _image(main.today.panel.button.icon()) == stop
    assert ledger.timer.toggle()
    assert _image(main.timer_action.icon()) == start == _image(tray_of(ledger).toggle_action.icon())


def _icon_lightness(main: MainWindow, row: int) -> tuple[int, int]:
    """The lightest and darkest pixel in the icon's place of a sidebar entry, as the window draws it now."""
    QApplication.processEvents()  # the palette reaches the widgets as posted events
    image: QImage = main.sidebar.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rect: QRect = main.sidebar.visualItemRect(main.sidebar.item(row))
    side = main.sidebar.iconSize().width()
    values = [image.pixelColor(round(x * ratio), round(y * ratio)).lightness()
              for x in range(rect.left(), rect.left() + side + 6) for y in range(rect.top(), rect.bottom())]
    return max(values), min(values)


@pytest.mark.usefixtures("restore_palette")
def test_icons_are_light_in_a_dark_palette_and_dark_in_a_light_one(main: MainWindow, qapp: QApplication) -> None:
    """The same running window, its palette changed twice: the icons are drawn again in the new text colour."""
    main.show_key("dashboard")  # row 0 is selected; the others sit on the list's own background
    qapp.setPalette(QStyleFactory.create("Fusion").standardPalette())
    for row in range(1, main.sidebar.count()):
        lightest, darkest = _icon_lightness(main, row)
        assert lightest > 200 and darkest < 80, (VIEW_KEYS[row], lightest, darkest)  # dark strokes on white
    qapp.setPalette(PALETTES["dark"]())
    for row in range(1, main.sidebar.count()):
        lightest, darkest = _icon_lightness(main, row)
        assert darkest < 60 and lightest > 180, (VIEW_KEYS[row], lightest, darkest)  # light strokes on dark
    background = PALETTES["dark"]().color(QPalette.ColorRole.Base).lightness()
    assert _icon_lightness(main, 1)[1] <= background + 5  # the dark is the background, not a dark stroke


@pytest.mark.parametrize("name", list(PALETTES))
def test_each_mode_is_drawn_in_its_palette_colour(name: str, qapp: QApplication, restore_palette: None) -> None:
    palette = PALETTES[name]()
    qapp.setPalette(palette)
    for mode, group, role in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
                              (QIcon.Mode.Selected, QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
                              (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)):
        image = icon("lock").pixmap(QSize(48, 48), mode).toImage()
        solid = [image.pixelColor(x, y) for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() == 255]
        expected = palette.color(group, role)
        assert solid and all(colour.rgb() == expected.rgb() for colour in solid), (name, mode, expected.name())


def test_icons_are_drawn_for_the_screens_pixels(qapp: QApplication) -> None:
    """At 200% a 16-pixel icon is drawn from the SVG at 32 pixels, not a 16-pixel image stretched."""
    sharp = icon("lock").pixmap(QSize(16, 16), 2.0)
    assert sharp.size() == QSize(32, 32) and sharp.devicePixelRatio() == 2.0
    assert sharp.toImage() == icon("lock").pixmap(QSize(32, 32), 1.0).toImage()
    stretched = icon("lock").pixmap(QSize(16, 16), 1.0).scaled(32, 32)
    assert sharp.toImage() != stretched.toImage()


def test_every_icon_file_is_used_exists_and_is_under_the_licence() -> None:
    files = {path.stem for path in FOLDER.glob("*.svg")}
    assert set(NAMES.values()) == files  # every file shipped is used, every file used is shipped
    licence = (FOLDER / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide Icons and Contributors" in licence
    derived = set(re.search(r"derived from the Feather project:\n\n(.*?)\n", licence, re.S).group(1)  # type: ignore[union-attr]
                  .split(", "))
    if files & derived:  # Feather's icons carry its MIT notice, kept in the same file
        assert "The MIT License (MIT)" in licence and "Cole Bemis" in licence
    for file in files:
        text = (FOLDER / f"{file}.svg").read_text(encoding="utf-8")
        assert text.startswith("<!-- @license lucide-static") and "ISC" in text.splitlines()[0], file
        assert 'stroke="currentColor"' in text and not re.search(r"#[0-9a-fA-F]{3,8}\b", text), file  # themable
    assert (ROOT / "packaging" / "build_deb.py").read_text(encoding="utf-8").count("resources/icons/lucide/") == 2


def test_every_icon_name_is_asked_for_by_the_interface() -> None:
    sources = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "contractor_app" / "gui").rglob("*.py")
                        if path.name != "icon_set.py")
    unused = [name for name in NAMES if name not in VIEW_KEYS and f'"{name}"' not in sources]
    assert unused == []


@pytest.mark.slow  # a fresh process that starts the app, as tests/cli/test_startup.py's are
def test_qt_svg_is_not_loaded_when_the_unlock_window_shows(cli: Cli, tmp_path: Path) -> None:
    """The tray (with its icons) is made once the unlock window has painted, and the main window's module is
    preloaded while it shows: neither may load QtSvg. Read in a fresh process once the window is shown, then after
    importing what the preload imports."""
    cli.init()
    code = ("import sys; from PySide6.QtCore import QTimer; from contractor_app.gui import app, controller\n"
            "shown = controller.Ledger.show_unlock\n"
            "def show(self):\n"
            "    window = shown(self)\n"
            "    print('SHOWN', 'PySide6.QtSvg' in sys.modules, 'contractor_app.gui.tray' in sys.modules)\n"
            "    controller.preload()\n"
            "    print('PRELOADED', 'PySide6.QtSvg' in sys.modules, 'contractor_app.gui.icon_set' in sys.modules)\n"
            "    QTimer.singleShot(0, self.quit)\n"
            "    return window\n"
            "controller.Ledger.show_unlock = show\n"
            "sys.exit(app.run([], data_dir=__import__('pathlib').Path(sys.argv[1])))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", code, str(cli.data_dir)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert "SHOWN False False" in result.stdout, result.stdout + result.stderr  # no QtSvg, and no tray yet
    assert "PRELOADED False True" in result.stdout, result.stdout + result.stderr

