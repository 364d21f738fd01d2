"""The Data & privacy view."""

from .view import PrivacyView

__all__ = ["PrivacyView"]
