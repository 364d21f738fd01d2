"""The Evidence view."""

from .view import EvidenceView

__all__ = ["EvidenceView"]
