"""Bulk recalculation of OGRS3 and the tier for every prisoner's latest completed assessment.

Run by managers after a policy or formula change. One read of plain tuples, the domain functions
(``ogrs3.calculate``, ``tier.calculate_tier``, fast enough on their own: there is no second copy of the
arithmetic here) per prisoner with what repeats across prisoners parsed once, then bulk writes into the
local, unsynced ``tier_derivation`` table, LIKELIHOOD_CHANGED domain events, and one audit event per run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from sqlalchemy import bindparam, delete
from sqlalchemy.orm import Session

from workbench.casework.assessment.form import LIKELIHOOD_CHANGED, _table
from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.assessment import RecalculationResult
from workbench.domain import ogrs3, tier
from workbench.domain.errors import ValidationError
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.domain.ogrs3 import (
    Ogrs3Error,
    Ogrs3Input,
    calculate,
)
from workbench.domain.tier import (
    TierInput,
    TierResult,
    calculate_tier,
)
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import (
    DomainEvent,
    TierDerivation,
)
from workbench.store.unit_of_work import utcnow

RULES_VERSION: Final = "ogrs3-v3/tier-v1"
"""The OGRS3 and tier rules of this release (DESIGN.md section 4). Change it with any change to
``domain/ogrs3.py`` or ``domain/tier.py`` that can change a figure; :data:`RULE_VERSION` adds a digest
of the domain's published tables so an edited table shows even if this is forgotten."""


def _rule_version() -> str:
    tables = (*ogrs3.rule_tables(), *tier.rule_tables())  # the domain's published tables
    return f"{RULES_VERSION}+{hashlib.sha256(repr(tables).encode()).hexdigest()[:8]}"


RULE_VERSION: Final = _rule_version()
"""Stored with each derived figure and in each run's audit event (at most 40 characters)."""

_CHUNK: Final = 2_000
_BULK_PAGE_CACHE_KIB: Final = 64 * 1024

# Every live prisoner's latest completed assessment: its inputs, its identified needs as
# "SECTION=SEVERITY,..." (a completed assessment records every section, so a section not listed has no
# need), its figures as signed and its derived figures (NULL where none). The latest assessment is
# ranked on narrow columns and joined back, so the sort does not carry whole rows. One statement, so
# 20,000 prisoners cost one pass over the tables rather than 20,000 look-ups.
_RECALCULATION_INPUTS_SQL: Final = """
WITH ranked AS (
    SELECT a.id, ROW_NUMBER() OVER (
        PARTITION BY a.prisoner_id ORDER BY a.completed_at DESC, a.id DESC) AS rn
    FROM lor_assessment AS a JOIN prisoner AS p ON p.id = a.prisoner_id
    WHERE a.status = 'COMPLETED' AND a.deleted_at IS NULL
      AND p.deleted_at IS NULL AND p.left_scope_at IS NULL{prisoner}
), identified AS (
    SELECT assessment_id, group_concat(section || '=' || severity, ',') AS needs
    FROM lor_need WHERE severity != 'NO_NEED' AND deleted_at IS NULL GROUP BY assessment_id
), ranked_analysis AS (
    -- risk of harm (issue 8): the current signed analysis (newest, not superseded) gives RoSH. The
    -- superseded ids are one uncorrelated list (SQLite builds it once), not a look-up per row: there is
    -- no index on supersedes_id, and a correlated NOT EXISTS made 20,000 prisoners take 20 s.
    SELECT r.prisoner_id, r.overall_level, ROW_NUMBER() OVER (
        PARTITION BY r.prisoner_id ORDER BY r.completed_at DESC, r.id DESC) AS rn
    FROM rosh_analysis AS r
    WHERE r.status = 'COMPLETED' AND r.deleted_at IS NULL{analysis_prisoner} AND r.id NOT IN (
        SELECT x.supersedes_id FROM rosh_analysis AS x
        WHERE x.supersedes_id IS NOT NULL AND x.status = 'COMPLETED' AND x.deleted_at IS NULL)
), analysis AS (
    SELECT prisoner_id, overall_level FROM ranked_analysis WHERE rn = 1
), ranked_mappa AS (
    -- and the MAPPA status, where recorded, gives the MAPPA level
    SELECT m.prisoner_id, m.level, ROW_NUMBER() OVER (
        PARTITION BY m.prisoner_id ORDER BY m.updated_at DESC, m.id DESC) AS rn
    FROM mappa_status AS m WHERE m.deleted_at IS NULL AND m.level IS NOT NULL{mappa_prisoner}
), mappa AS (
    SELECT prisoner_id, level FROM ranked_mappa WHERE rn = 1
)
SELECT l.id, l.prisoner_id, l.gender, l.date_of_birth, l.conviction_date, l.follow_up_start,
       l.total_sanctions, l.age_at_first_sanction, l.offence_group, l.rsr_pct,
       COALESCE(ra.overall_level, l.rosh_level), COALESCE(mp.level, l.mappa_level),
       l.complexity_factors, l.iom, l.parenting_responsibilities, l.impulsivity_or_temper_problems,
       l.previous_breach_or_recall, l.has_mandate_for_change, n.needs,
       l.ogrs3_one_year_pct, l.ogrs3_two_year_pct, l.ogrs3_band, l.tier, l.tier_protect_points,
       l.tier_change_points, l.tier_reasons, l.tier_missing, l.tier_provisional,
       d.ogrs3_one_year_pct, d.ogrs3_two_year_pct, d.ogrs3_band, d.tier, d.tier_protect_points,
       d.tier_change_points, d.tier_reasons, d.tier_missing, d.tier_provisional,
       d.assessment_id IS NOT NULL
FROM ranked AS k
JOIN lor_assessment AS l ON l.id = k.id
LEFT JOIN identified AS n ON n.assessment_id = l.id
LEFT JOIN tier_derivation AS d ON d.assessment_id = l.id
LEFT JOIN analysis AS ra ON ra.prisoner_id = l.prisoner_id
LEFT JOIN mappa AS mp ON mp.prisoner_id = l.prisoner_id
WHERE k.rn = 1
"""
# Column positions in a row of _RECALCULATION_INPUTS_SQL.
_NEEDS: Final = 18
_SIGNED: Final = slice(19, 28)
_DERIVED: Final = slice(28, 37)
_HAS_DERIVED: Final = 37

# The figures compared and stored: OGRS3 1-year %, 2-year %, band, tier, protect points, change points,
# reasons (JSON), missing (JSON), provisional — the column order of lor_assessment and tier_derivation.
_Figures = tuple[int | None, int | None, str | None, str, int, int, str, str, bool]
_ALL_NO_NEED: Final = {s.value: NeedSeverity.NO_NEED.value for s in NeedSection}
_DERIVED_COLUMNS: Final = (
    "assessment_id",
    "prisoner_id",
    "ogrs3_one_year_pct",
    "ogrs3_two_year_pct",
    "ogrs3_band",
    "tier",
    "tier_protect_points",
    "tier_change_points",
    "tier_reasons",
    "tier_missing",
    "tier_provisional",
)


class _Cancelled(Exception):
    """Raised inside the recalculation's transaction to roll it back."""


def _recalculation_inputs(s: Session) -> list[Any]:
    """Rows of :data:`_RECALCULATION_INPUTS_SQL`, as plain tuples."""
    sql = _RECALCULATION_INPUTS_SQL.format(prisoner="", analysis_prisoner="", mappa_prisoner="")
    return list(s.connection().exec_driver_sql(sql).fetchall())


# -- risk of harm (issue 8): one prisoner's tier again when a new analysis is signed --


def recalculate_prisoner(s: Session, prisoner_id: str) -> bool:
    """Derive one prisoner's tier again inside the caller's transaction (a signed analysis or MAPPA
    status changed its inputs); returns whether the figures changed. Like the bulk run: derived,
    unsynced ``tier_derivation`` rows and a LIKELIHOOD_CHANGED event per tier or band move; the caller's
    own audit event records why."""
    one = {k: f" AND {a}.prisoner_id = ?" for k, a in (("prisoner", "a"), ("analysis_prisoner", "r"))}
    sql = _RECALCULATION_INPUTS_SQL.format(**one, mappa_prisoner=" AND m.prisoner_id = ?")
    # Placeholders in the order they appear: the assessment, the analysis, the MAPPA status.
    rows = list(s.connection().exec_driver_sql(sql, (prisoner_id,) * 3).fetchall())
    d = _derive(rows, None, None)
    _write_derivations(s, d, utcnow(), new_id())
    return d.changed > 0


class _Calculator:
    """The domain's OGRS3 and tier for stored rows, with what repeats across prisoners worked out once:
    dates, complexity-factor sets, RSR decimals, need mappings and the JSON of reason lists."""

    def __init__(self) -> None:
        self._dates: dict[str, date] = {}
        self._factors: dict[str, frozenset[str]] = {"[]": frozenset()}
        self._rsr: dict[str, Decimal | None] = {}
        self._needs: dict[str | None, Mapping[str, str]] = {None: _ALL_NO_NEED}
        self._json: dict[tuple[str, ...], str] = {(): "[]"}
        self._line_json: dict[str, str] = {}

    def _day(self, value: str | None) -> date | None:
        if value is None:
            return None
        d = self._dates.get(value)
        if d is None:
            d = self._dates[value] = date.fromisoformat(value[:10])
        return d

    def _need_map(self, text: str | None) -> Mapping[str, str]:
        needs = self._needs.get(text)
        if needs is None:
            assert text is not None
            built = dict(_ALL_NO_NEED)
            for item in text.split(","):
                section, _, severity = item.partition("=")
                built[section] = severity
            needs = self._needs[text] = built
        return needs

    def _as_json(self, items: tuple[str, ...]) -> str:
        """``json.dumps(list(items))``, built from each line's JSON (lines repeat across prisoners far
        more than whole lists do); the default separator is ", ", so the text is the same."""
        text = self._json.get(items)
        if text is None:
            lines = self._line_json
            parts = []
            for item in items:
                part = lines.get(item)
                if part is None:
                    part = lines[item] = json.dumps(item)
                parts.append(part)
            text = self._json[items] = "[" + ", ".join(parts) + "]"
        return text

    def _figures(self, one: int | None, two: int | None, band: str | None, t: TierResult) -> _Figures:
        """The stored figures of one derivation, in column order."""
        return (
            one,
            two,
            band,
            t.tier,
            t.protect_points,
            t.change_points,
            self._as_json(t.reasons),
            self._as_json(t.missing),
            t.provisional,
        )

    def figures(self, r: Sequence[Any]) -> _Figures | None:
        """The current rules' figures for one row; None if its stored values are no longer valid input
        (nothing is then recorded for it)."""
        gender = r[2]
        try:
            o = calculate(
                Ogrs3Input(gender, self._day(r[3]), self._day(r[4]), self._day(r[5]), r[6], r[7], r[8])
            )
            one: int | None = o.one_year_pct
            two: int | None = o.two_year_pct
            band: str | None = o.band
        except Ogrs3Error:
            one = two = band = None
        rsr_text = r[9]
        try:
            if rsr_text in self._rsr:
                rsr = self._rsr[rsr_text]
            else:
                rsr = self._rsr[rsr_text] = Decimal(rsr_text) if rsr_text else None
            factors = self._factors.get(r[12])
            if factors is None:
                factors = self._factors[r[12]] = frozenset(json.loads(r[12]))
            t = calculate_tier(
                TierInput(
                    gender=gender,
                    rosh_level=r[10],
                    rsr_pct=rsr,
                    mappa_level=r[11],
                    complexity_factors=factors,
                    has_mandate_for_change=bool(r[17]),
                    has_assessment=True,
                    needs=self._need_map(r[_NEEDS]),
                    ogrs3_two_year_pct=two,
                    iom=bool(r[13]),
                    parenting_responsibilities=bool(r[14]),
                    impulsivity_or_temper_problems=bool(r[15]),
                    previous_breach_or_recall=bool(r[16]),
                )
            )
        except (ValidationError, InvalidOperation, ValueError, TypeError):
            return None
        return self._figures(one, two, band, t)


@dataclass
class _Derivation:
    """What one recalculation run found."""

    total: int
    recalculated: int = 0
    upserts: list[tuple[Any, ...]] = field(default_factory=list)  # _DERIVED_COLUMNS values
    reverted: dict[str, str] = field(default_factory=dict)  # assessment id → prisoner id: back to as signed
    # (prisoner id, assessment id, old tier, new tier, old band, new band, old 2-year %, new 2-year %)
    moves: list[tuple[Any, ...]] = field(default_factory=list)
    tiers_changed: int = 0
    bands_changed: int = 0

    @property
    def changed(self) -> int:
        return len(self.upserts) + len(self.reverted)


def _derive(
    rows: Sequence[Sequence[Any]],
    progress: Callable[[int, int], object] | None,
    cancelled: Callable[[], bool] | None,
) -> _Derivation:
    """Compare every row's figures under the current rules with its current ones (derived, else signed)."""
    calc = _Calculator()
    d = _Derivation(len(rows))
    upserts, moves = d.upserts, d.moves
    for start in range(0, d.total, _CHUNK):
        if cancelled is not None and cancelled():
            raise _Cancelled
        for r in rows[start : start + _CHUNK]:
            new = calc.figures(r)
            if new is None:
                continue
            d.recalculated += 1
            signed = r[_SIGNED]
            current = r[_DERIVED] if r[_HAS_DERIVED] else signed
            if new == current:
                continue
            if new == signed:  # only reachable with a derived row: the rules are back to the signed ones
                d.reverted[r[0]] = r[1]
            else:
                upserts.append((r[0], r[1], *new))
            tier_moved = new[3] != current[3]
            band_moved = new[2] != current[2]
            if tier_moved or band_moved:
                d.tiers_changed += tier_moved
                d.bands_changed += band_moved
                moves.append((r[1], r[0], current[3], new[3], current[2], new[2], current[1], new[1]))
        if progress is not None:
            progress(min(start + _CHUNK, d.total), d.total)
    return d


def recalculate_tiers(
    ctx: ServiceContext,
    user: CurrentUser,
    progress: Callable[[int, int], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RecalculationResult:
    """``AssessmentService.recalculate_tiers`` (see there): one transaction, rolled back if cancelled."""
    require(user.role, Permission.RECALCULATE_TIERS)
    total = 0
    try:
        with ctx.write(user, Permission.RECALCULATE_TIERS) as uow:
            s = uow.session
            with _page_cache(s, _BULK_PAGE_CACHE_KIB):
                inputs = _recalculation_inputs(s)
                total = len(inputs)
                if progress is not None:
                    progress(0, total)
                d = _derive(inputs, progress, cancelled)
                run_id = new_id()
                _write_derivations(s, d, utcnow(), run_id)
            if cancelled is not None and cancelled():
                raise _Cancelled
            uow.audit("lor.tiers_recalculated", "tier_derivation_run", run_id, _run_details(user, d))
    except _Cancelled:
        return RecalculationResult(total, 0, 0, 0, True, ChangeSet())
    prisoners = frozenset(p for _, p, *_ in d.upserts) | frozenset(d.reverted.values())
    entities = frozenset({"tier_derivation", "domain_event"}) if prisoners else frozenset[str]()
    return RecalculationResult(
        total, d.changed, d.tiers_changed, d.bands_changed, False, ChangeSet(prisoners, entities)
    )


_UPSERT_COLUMNS: Final = (*_DERIVED_COLUMNS, "rule_version", "derived_at")
_UPSERT_SQL: Final = (
    f"INSERT INTO tier_derivation ({', '.join(_UPSERT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _UPSERT_COLUMNS)}) ON CONFLICT (assessment_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _UPSERT_COLUMNS[1:])
)
_EVENT_SQL: Final = (
    "INSERT INTO domain_event (id, prisoner_id, kind, payload, occurred_at, consumed_at) "
    "VALUES (?, ?, ?, ?, ?, NULL)"
)


def _as_stored(s: Session, column: Any, value: Any) -> Any:
    """``value`` as SQLAlchemy would store it in ``column`` (a DateTime as its SQLite text)."""
    dialect = s.get_bind().dialect
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process(value) if process is not None else value


def _write_derivations(s: Session, d: _Derivation, now: datetime, run_id: str) -> None:
    """Upsert the changed figures, drop those back to as signed, and raise LIKELIHOOD_CHANGED for each
    move: plain ``executemany`` of positional tuples (no ORM objects, no per-row audit or outbox)."""
    conn = s.connection()
    if d.upserts:
        derived_at = _as_stored(s, _table(TierDerivation).c.derived_at, now)
        conn.exec_driver_sql(_UPSERT_SQL, [(*u, RULE_VERSION, derived_at) for u in d.upserts])
    if d.reverted:
        table = _table(TierDerivation)
        s.execute(
            delete(table).where(table.c.assessment_id == bindparam("aid")),
            [{"aid": a} for a in d.reverted],
        )
    if d.moves:
        occurred_at = _as_stored(s, _table(DomainEvent).c.occurred_at, now)
        conn.exec_driver_sql(_EVENT_SQL, _likelihood_events(d.moves, run_id, occurred_at))


def _likelihood_events(
    moves: Sequence[tuple[Any, ...]], run_id: str, occurred_at: Any
) -> list[tuple[Any, ...]]:
    """LIKELIHOOD_CHANGED domain events (local; the review-trigger work consumes them), one per move,
    as :data:`_EVENT_SQL` parameters."""
    dumps = json.dumps
    return [
        (
            new_id(),
            pid,
            LIKELIHOOD_CHANGED,
            # Keys in sorted order (what sort_keys=True gives), without sort_keys' per-call encoder.
            dumps(
                {
                    "assessment_id": aid,
                    "new_band": new_band,
                    "new_tier": new_tier,
                    "new_two_year_pct": new_two,
                    "old_band": old_band,
                    "old_tier": old_tier,
                    "old_two_year_pct": old_two,
                    "run_id": run_id,
                    "source": "RECALCULATION",
                }
            ),
            occurred_at,
        )
        for pid, aid, old_tier, new_tier, old_band, new_band, old_two, new_two in moves
    ]


@contextmanager
def _page_cache(s: Session, kib: int) -> Iterator[None]:
    """A larger SQLite page cache on this connection while a bulk run reads the same pages twice (the
    latest assessments are ranked, then read); restored afterwards."""
    conn = s.connection()
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size = {-kib}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {before}")


_MOVE_FIELDS: Final = ("prisoner_id", "old_tier", "new_tier", "old_band", "new_band")


def _run_details(user: CurrentUser, d: _Derivation) -> dict[str, Any]:
    """The run's one audit event: who, which rules, how many, and every tier or band move, compactly."""
    return {
        "run_by": user.display_name,
        "role": user.role.value,
        "rule_version": RULE_VERSION,
        "assessments": d.total,
        "recalculated": d.recalculated,
        "changed": d.changed,
        "tiers_changed": d.tiers_changed,
        "bands_changed": d.bands_changed,
        "likelihood_changed_events": len(d.moves),
        "move_fields": list(_MOVE_FIELDS),
        "moves": sorted([m[0], m[2], m[3], m[4], m[5]] for m in d.moves),  # ordered by prisoner id
    }
