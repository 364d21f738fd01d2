"""Alembic migration scripts. Alembic loads env.py and versions/*.py as source files, so they ship as data."""
