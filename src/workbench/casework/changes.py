"""What a write touched, returned by every casework call and broadcast to the screens."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What a write touched, so screens refresh only that (STYLE.md point 4)."""

    prisoner_ids: frozenset[str] = field(default_factory=frozenset)
    entities: frozenset[str] = field(default_factory=frozenset)

    def touches(self, entity: str) -> bool:
        return entity in self.entities

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.prisoner_ids | other.prisoner_ids, self.entities | other.entities)
