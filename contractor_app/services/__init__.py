"""Use cases over an unlocked vault: one unit of work per user action, plain dataclasses in and out.

The CLI and the GUI are two faces of these functions; nothing here knows about either.
"""
