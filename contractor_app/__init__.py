"""Contractor Ledger: a worker's own encrypted record of work, pay and data."""

__version__ = "0.1.0"
