"""The Reports view."""

from .view import ReportsView

__all__ = ["ReportsView"]
