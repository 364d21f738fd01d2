"""The Clients view."""

from .view import ClientsView

__all__ = ["ClientsView"]
