"""Where the records live: ``--data-dir``, else CONTRACTOR_APP_DATA_DIR, else the platform's user data folder.

A module of its own, free of the database layer, so that the desktop app finds its folder and shows the unlock
window before SQLAlchemy and the models load (issue 18: start-up).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_ENV = "CONTRACTOR_APP_DATA_DIR"
APP_DIR_NAME = "contractor-app"


def default_data_dir() -> Path:
    return Path(os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_DIR_NAME, appauthor=False))
