"""What applying the central record's answers touched (for the window's ChangeSet and the sync report).

Its own module so that ``sync.state`` (the report) and ``sync.apply`` (which fills it in) do not
import each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Effects:
    """Counts and touched prisoners/entities of one applying run."""

    prisoner_ids: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    applied: int = 0
    skipped: int = 0
    own_acked: int = 0
    conflicts: int = 0
    predicted: int = 0
    quarantined: int = 0
    purged: int = 0

    def touch(self, entity: str, prisoner_id: str | None) -> None:
        """Note that ``entity`` of ``prisoner_id`` (if any) changed."""
        self.entities.add(entity)
        if prisoner_id:
            self.prisoner_ids.add(prisoner_id)
