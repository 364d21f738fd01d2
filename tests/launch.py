"""`python -m tests.launch ARGS`: run `contractor-app ARGS` with the fast test KDF (tests/kdf.py).

For tests that need the CLI in a process of its own (kills, peak memory). Run it with the repository as the
working directory (or on PYTHONPATH) so that ``tests`` imports.
"""

from __future__ import annotations

import sys

from contractor_app.cli.main import main

from .kdf import use_fast_kdf

if __name__ == "__main__":
    use_fast_kdf()
    sys.exit(main(sys.argv[1:]))
