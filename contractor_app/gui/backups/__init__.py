"""The Backups view."""

from .view import BackupsView

__all__ = ["BackupsView"]
