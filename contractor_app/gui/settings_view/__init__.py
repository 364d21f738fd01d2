"""The Settings view."""

from .view import SettingsView

__all__ = ["SettingsView"]
