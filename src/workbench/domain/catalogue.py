"""The intervention catalogue: accredited programmes and departments' services (issue 9 point 2).

Reference data (class D) read from ``resources/interventions.toml`` by ``workbench.config`` and
validated here. The objective linter finds programme and service names in an objective's text with it;
the intervention ledger records requirements against its codes. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from workbench.domain.errors import ValidationError
from workbench.domain.needs import NeedSection
from workbench.domain.plan import Department

__all__ = ["Catalogue", "Intervention", "InterventionCategory", "catalogue_from_mapping"]


class InterventionCategory(StrEnum):
    """The catalogue's groups (issue 9 point 2)."""

    ACCREDITED_PROGRAMME = "ACCREDITED_PROGRAMME"
    EDUCATION = "EDUCATION"
    SUBSTANCE_MISUSE = "SUBSTANCE_MISUSE"
    PSYCHOLOGY = "PSYCHOLOGY"
    CHAPLAINCY = "CHAPLAINCY"
    RESETTLEMENT = "RESETTLEMENT"
    HEALTHCARE = "HEALTHCARE"
    WORK = "WORK"


@dataclass(frozen=True, slots=True)
class Intervention:
    """One programme or service.

    ``aliases`` are other names and abbreviations staff write ("TSP", "Thinking Skills"); ``needs`` the
    need sections it addresses; ``outcome`` the change it works towards, in plain words ("think through
    the consequences before acting"), which the linter's suggested rewrite uses.
    """

    code: str
    name: str
    category: InterventionCategory
    department: Department
    aliases: tuple[str, ...] = ()
    needs: tuple[NeedSection, ...] = ()
    outcome: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Catalogue:
    """Every intervention, in file order; look-ups by code and by name in free text."""

    items: tuple[Intervention, ...]
    _by_code: dict[str, Intervention] = field(init=False, repr=False, compare=False)
    _pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _by_name: dict[str, Intervention] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {i.code: i for i in self.items})
        by_name = {n.casefold(): i for i in self.items for n in i.names}
        object.__setattr__(self, "_by_name", by_name)
        # Longest names first, so "Thinking Skills Programme" wins over "Thinking Skills".
        names = sorted(by_name, key=len, reverse=True)
        pattern = r"(?<![\w])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])" if names else None
        object.__setattr__(self, "_pattern", re.compile(pattern, re.IGNORECASE) if pattern else None)

    def by_code(self, code: str) -> Intervention | None:
        """The intervention with ``code``, or None."""
        return self._by_code.get(code)

    def find(self, text: str) -> list[tuple[str, Intervention]]:
        """Every catalogue name in ``text``, in order: (the words as written, the intervention)."""
        if self._pattern is None:
            return []
        return [(m.group(0), self._by_name[m.group(0).casefold()]) for m in self._pattern.finditer(text)]

    def in_category(self, category: InterventionCategory) -> list[Intervention]:
        """The interventions of one category, in file order."""
        return [i for i in self.items if i.category is category]


def catalogue_from_mapping(data: Mapping[str, Any]) -> Catalogue:
    """The catalogue from a parsed ``interventions.toml`` (``[[intervention]]`` tables).

    Raises ``ValidationError`` naming the entry and field at fault: a duplicated code or name, an
    unknown category, department or need section, or a missing name.
    """
    entries = data.get("intervention")
    if not isinstance(entries, list) or not entries:
        raise ValidationError("The intervention catalogue has no [[intervention]] entries.")
    items: list[Intervention] = []
    seen_names: dict[str, str] = {}
    for n, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping):
            raise ValidationError(f"Intervention {n} is not a table.")
        code = str(entry.get("code", "")).strip()
        where = f"Intervention {n} ({code or 'no code'})"
        name = str(entry.get("name", "")).strip()
        if not code or not name:
            raise ValidationError(f"{where} needs a code and a name.")
        try:
            category = InterventionCategory(str(entry.get("category", "")))
            department = Department(str(entry.get("department", "")))
            needs = tuple(NeedSection(str(s)) for s in entry.get("needs", []))
        except ValueError as exc:
            raise ValidationError(f"{where}: {exc}.") from exc
        aliases = tuple(str(a).strip() for a in entry.get("aliases", []) if str(a).strip())
        for label in (name, *aliases):
            key = label.casefold()
            if key in seen_names and seen_names[key] != code:
                raise ValidationError(f"{where}: the name {label!r} is already used by {seen_names[key]}.")
            seen_names[key] = code
        if any(i.code == code for i in items):
            raise ValidationError(f"{where}: the code is used twice.")
        outcome = str(entry.get("outcome", "")).strip()
        items.append(Intervention(code, name, category, department, aliases, needs, outcome))
    return Catalogue(tuple(items))
