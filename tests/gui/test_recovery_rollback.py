"""The unlock window's recovery page refuses records rolled back to an older copy, as the password unlock does
(issue 14): the backups' witness is consulted when this computer keeps none."""

from __future__ import annotations

import shutil
from pathlib import Path

from contractor_app.gui.tasks import SyncRunner
from contractor_app.gui.unlock import UnlockWindow

from ..backup.test_backup_witness import _backup, _change, _copy_pair, _put_back
from ..conftest import vault_files
from ..sample import Templates


def test_the_recovery_page_refuses_an_older_copy_and_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, data_dir: Path, templates: Templates, tmp_path: Path, config_dir: Path) -> None:
    sample = templates()
    sample.copy_to(data_dir)
    _change(data_dir, "First")
    _copy_pair(data_dir, tmp_path / "older")
    _change(data_dir, "Second")
    _backup(data_dir)
    _put_back(tmp_path / "older", data_dir)
    shutil.rmtree(config_dir / "witness")
    before = vault_files(data_dir)

    window = UnlockWindow(data_dir, SyncRunner())
    qtbot.addWidget(window)
    window.show()
    window.forgot.click()
    window.recovery_key.setText(sample.recovery_key)
    window.new_password.setText("a brand new password")
    window.repeat_password.setText("a brand new password")
    with qtbot.assertNotEmitted(window.unlocked):
        window.recover()
    text = window.recovery_message.text()
    assert "older copy" in text and "Nothing was changed" in text, text
    assert text.count("Nothing was changed") == 1 and "`" not in text, text  # said once; no command-line advice
    label = window.recovery_message
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # shown whole, not cut off
    assert vault_files(data_dir) == before
