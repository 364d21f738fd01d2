"""The frozen app's entry point: PyInstaller needs a script, and this is the `contractor-app` console script."""

from __future__ import annotations

import sys

from contractor_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
