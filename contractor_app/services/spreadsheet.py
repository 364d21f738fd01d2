"""CSV a spreadsheet opens safely, for `list --format csv`: the cells' format code (interchange/csv_cells.py) without
the export use cases (exports.py), which load SQLAlchemy and the models to read every record. `list` reads in plain
SQL, whatever its format (docs/decisions/0005)."""

from __future__ import annotations

from ..interchange.csv_cells import write_rows as write_rows  # re-exported: the CLI reaches interchange through here
