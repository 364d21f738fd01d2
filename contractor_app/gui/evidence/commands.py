"""Undoable changes to evidence: taking links off a kept file (the file itself stays kept)."""

from __future__ import annotations

from ...services.evidence import link_evidence, unlink_evidence
from ..session import Session
from ..undo import Failure, ServiceCommand, tr


class UnlinkEvidence(ServiceCommand):
    """Links already taken off when pushed; undo links them again (an audited change of its own)."""

    def __init__(self, session: Session, evidence_id: int, links: list[tuple[str, int]], on_failure: Failure) -> None:
        super().__init__(session, tr("Unlink evidence"), on_failure)
        self.evidence_id, self.links = evidence_id, list(links)

    def apply(self) -> None:
        self._call(unlink_evidence, self.evidence_id, self.links)

    def revert(self) -> None:
        self._call(link_evidence, self.evidence_id, self.links)
