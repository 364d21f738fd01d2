"""Importers and exporters: other trackers' files in, the worker's records out (docs/interchange.md).

Format code only, no vault: each importer (toggl, clockify, watson, timewarrior, kimai, generic_csv) reads a
file into a ``records.ParsedFile``; json_export is the full export's document; csv_cells keeps CSV cells safe in
a spreadsheet. The use cases that meet the vault (preview, import, restore, export) are in services/.
"""
