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
from typing import Any, TypeVar

from workbench.domain.errors import ValidationError
from workbench.domain.needs import NeedSection
from workbench.domain.plan import Department

__all__ = ["Catalogue", "Intervention", "InterventionCategory", "catalogue_from_mapping"]

_E = TypeVar("_E", bound=StrEnum)


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
    match_case: tuple[str, ...] = ()

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
    _ordinary: frozenset[str] = field(init=False, repr=False, compare=False)
    _names: tuple[tuple[str, bool], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {i.code: i for i in self.items})
        by_name = {n.casefold(): i for i in self.items for n in i.names}
        object.__setattr__(self, "_by_name", by_name)
        exact = {n for i in self.items for n in i.match_case}
        object.__setattr__(self, "_ordinary", frozenset(n.lower() for n in exact))
        # Longest names first, so "Thinking Skills Programme" wins over "Thinking Skills"; a name that is
        # also an ordinary word ("Resolve") must be written as listed, others match whatever the case.
        names = sorted({n for i in self.items for n in i.names}, key=lambda n: (-len(n), n))
        object.__setattr__(self, "_names", tuple((n, n in exact) for n in names))
        alternatives = "|".join(re.escape(n) if n in exact else f"(?i:{re.escape(n)})" for n in names)
        pattern = rf"(?<![\w])({alternatives})(?![\w])" if names else None
        object.__setattr__(self, "_pattern", re.compile(pattern) if pattern else None)

    def by_code(self, code: str) -> Intervention | None:
        """The intervention with ``code``, or None."""
        return self._by_code.get(code)

    def find(self, text: str) -> list[tuple[str, Intervention]]:
        """Every catalogue name in ``text``, in order: (the words as written, the intervention)."""
        if self._pattern is None:
            return []
        return [(text[start:end], item) for start, end, item in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int, Intervention]]:
        """Every catalogue name in ``text``, in order: (start, end, the intervention)."""
        if self._pattern is None:
            return []
        return [(m.start(), m.end(), self._named(m.group(0))) for m in self._pattern.finditer(text)]

    def _named(self, written: str) -> Intervention:
        """The intervention whose name matched ``written``.

        Usually found by case-folding; but ignoring case, "ı" and "İ" match "i" and do not fold back to
        it, so then the name that matches is searched for (rare: named groups would instead make every
        look-up several times slower).
        """
        item = self._by_name.get(written.casefold())
        if item is not None:
            return item
        for name, exact in self._names:
            if written == name or (not exact and re.fullmatch(re.escape(name), written, re.IGNORECASE)):
                return self._by_name[name.casefold()]
        raise AssertionError(
            f"{written!r} matched no catalogue name"
        )  # unreachable: the pattern is the names

    def ordinary_words(self) -> frozenset[str]:
        """The lower-cased ``match_case`` names ("resolve", "calm"): programme names that are also words."""
        return self._ordinary

    def in_category(self, category: InterventionCategory) -> list[Intervention]:
        """The interventions of one category, in file order."""
        return [i for i in self.items if i.category is category]


def _strings(entry: Mapping[str, Any], key: str, where: str) -> list[str]:
    """``entry[key]`` as a list of stripped strings (absent → empty); anything else is refused."""
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError(f'{where}: {key} must be a list of quoted names, e.g. {key} = ["TSP"].')
    return [v.strip() for v in value]


def _member(kind: type[_E], value: object, where: str, what: str) -> _E:
    """``value`` as a member of the code list ``kind``, or a message naming the entry and the choices."""
    try:
        return kind(str(value))
    except ValueError:
        choices = ", ".join(m.value for m in kind)
        raise ValidationError(f"{where}: unknown {what} {value!r} (one of {choices}).") from None


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
        category = _member(InterventionCategory, entry.get("category"), where, "category")
        department = _member(Department, entry.get("department"), where, "department")
        needs = tuple(_member(NeedSection, s, where, "need section") for s in _strings(entry, "needs", where))
        aliases = tuple(a for a in _strings(entry, "aliases", where) if a)
        for label in (name, *aliases):
            key = label.casefold()
            if key in seen_names and seen_names[key] != code:
                raise ValidationError(f"{where}: the name {label!r} is already used by {seen_names[key]}.")
            seen_names[key] = code
        if any(i.code == code for i in items):
            raise ValidationError(f"{where}: the code is used twice.")
        match_case = tuple(_strings(entry, "match_case", where))
        for label in match_case:
            if label not in (name, *aliases):
                raise ValidationError(
                    f"{where}: match_case lists {label!r}, which is not its name or one of its aliases."
                )
        outcome = str(entry.get("outcome", "")).strip()
        items.append(Intervention(code, name, category, department, aliases, needs, outcome, match_case))
    return Catalogue(tuple(items))
