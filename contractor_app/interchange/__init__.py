"""Importers and exporters: other trackers' files in, the worker's records out."""
