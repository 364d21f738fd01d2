"""The Dashboard view."""

from .view import DashboardView

__all__ = ["DashboardView"]
