"""Helpers for the central record's integration tests: building changes and talking to the service."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import func, select, text

from workbench.central import enrol
from workbench.central.db import Database
from workbench.central.embedded import RunningServer
from workbench.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

# -- talking to the service ------------------------------------------------------------------------


def stamp(day: int = 1, hour: int = 9) -> str:
    """A naive-UTC ISO time as the terminal writes it."""
    return f"2026-11-{day:02d}T{hour:02d}:00:00"


def change(
    entity: str,
    entity_id: str,
    prisoner_id: str | None,
    op: str,
    patch: dict[str, Any],
    author: str,
    *,
    base_version: int | None = None,
    change_id: str | None = None,
) -> dict[str, Any]:
    """A ChangeIn as JSON, the way the terminal's outbox produces it."""
    return {
        "change_id": change_id or str(uuid.uuid4()),
        "entity": entity,
        "entity_id": entity_id,
        "prisoner_id": prisoner_id,
        "op": op,
        "base_version": base_version,
        "patch": patch,
        "author_id": author,
        "created_at": "2026-11-26T09:00:00",
    }


_NOMS_COUNTER = iter(range(1000, 9999))


def prisoner_row(establishment: str = "MDI", **over: Any) -> dict[str, Any]:
    """A full prisoner row (INSERT patch)."""
    pid = over.pop("id", None) or str(uuid.uuid4())
    row = {
        "id": pid,
        "prisoner_id": pid,
        "created_at": stamp(),
        "updated_at": stamp(),
        "deleted_at": None,
        "deleted_by": None,
        "delete_reason": None,
        "noms_number": f"A{next(_NOMS_COUNTER)}BC",
        "family_name": "Smith",
        "given_name": "John",
        "date_of_birth": "1980-05-17",
        "gender": "MALE",
        "establishment_code": establishment,
        "location": "A-1-01",
        "arrived_on": "2026-11-20",
        "is_ppo": False,
        "rosh_level": "HIGH",
        "left_scope_at": None,
    }
    row.update(over)
    return row


def contact_row(prisoner_id: str, author: str, **over: Any) -> dict[str, Any]:
    """A full contact entry row (class A)."""
    cid = over.pop("id", None) or str(uuid.uuid4())
    row = {
        "id": cid,
        "prisoner_id": prisoner_id,
        "created_at": stamp(),
        "updated_at": stamp(),
        "deleted_at": None,
        "deleted_by": None,
        "delete_reason": None,
        "contact_date": "2026-11-21",
        "kind": "FIRST_CONTACT",
        "summary": "Met in the wing office.",
        "author_id": author,
        "author_name": "Sam Supervisor",
        "supersedes_id": None,
    }
    row.update(over)
    return row


@dataclass
class Terminal:
    """One enrolled terminal talking to the service over HTTP."""

    device_id: str
    establishment: str
    token: str
    client: httpx.Client

    def headers(self) -> dict[str, str]:
        return {PROTOCOL_HEADER: PROTOCOL_VERSION, "Authorization": f"Bearer {self.token}"}

    def push_raw(self, changes: list[dict[str, Any]]) -> httpx.Response:
        return self.client.post(
            "/sync/v1/push", json={"device_id": self.device_id, "changes": changes}, headers=self.headers()
        )

    def push(self, *changes: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.push_raw(list(changes))
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def push_one(self, c: dict[str, Any]) -> dict[str, Any]:
        return self.push(c)[0]

    def pull(self, after: int = 0, limit: int = 500) -> dict[str, Any]:
        response = self.client.get(
            "/sync/v1/changes", params={"after": after, "limit": limit}, headers=self.headers()
        )
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        return page

    def pull_all(self, after: int = 0) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
        changes: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        while True:
            page = self.pull(after)
            changes += page["changes"]
            events += page["scope_events"]
            after = page["next_after"]
            if not page["has_more"]:
                return changes, events, after

    def receive(self, author: str, **over: Any) -> tuple[str, dict[str, Any]]:
        """Receive a new prisoner here; return its id and the push result."""
        row = prisoner_row(self.establishment, **over)
        result = self.push_one(change("prisoner", row["id"], row["id"], "INSERT", row, author))
        assert result["status"] == "APPLIED", result
        return row["id"], result


@dataclass
class Central:
    """The service under test, its database, and its enrolled terminals and users."""

    backend: str
    url: str
    running: RunningServer
    db: Database
    maintenance: list[bool]
    mdi: Terminal
    mdi2: Terminal
    lei: Terminal
    users: dict[str, str] = field(default_factory=dict)
    clients: list[httpx.Client] = field(default_factory=list)

    def terminal(self, establishment: str, name: str) -> Terminal:
        device = enrol.add_device(self.db, establishment, name)
        client = httpx.Client(base_url=self.running.url, timeout=30)
        self.clients.append(client)
        return Terminal(device.device_id, establishment, device.token, client)

    def count(self, table: str, where: str = "") -> int:
        with self.db.read() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table} {where}")).scalar_one())

    def max_seq(self) -> int:
        from workbench.central.models import SeqCounter

        with self.db.read() as conn:
            return int(conn.execute(select(func.max(SeqCounter.value))).scalar_one())
