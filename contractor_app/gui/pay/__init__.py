"""The Pay view."""

from .view import PayView

__all__ = ["PayView"]
