"""Terminals with real encrypted stores syncing with a real central record over real HTTP on loopback.

``FaultyTransport`` wraps the real httpx transport and can drop a request, drop the answer after the
server committed, duplicate, replay an earlier batch later (reorder), delay, answer 429/500/503 or
cut a body short — once each time it is armed.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.casework.users import UserService
from workbench.central import enrol
from workbench.central.db import Database
from workbench.central.embedded import RunningServer
from workbench.config import load_catalogue
from workbench.domain.enums import Gender, RoshLevel, SentenceType, UserRole
from workbench.domain.policy import Policy
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store, open_store
from workbench.store.models import Outbox, Prisoner, SyncConflict
from workbench.store.unit_of_work import Actor, UnitOfWork
from workbench.sync.client import SyncClient, SyncConfig, SyncReport
from workbench.sync.transport import HttpxTransport, RawResponse, RetryPolicy, SyncApi, TransportFailure

PASSWORD = "a fresh long password"
TODAY = date(2026, 11, 26)

# -- faults -------------------------------------------------------------------------------------------

DROP_REQUEST = "drop-request"
DROP_RESPONSE = "drop-response"
DUPLICATE = "duplicate"
REPLAY_LATER = "replay-later"
DELAY = "delay"
CUT_RESPONSE = "cut-response"
CUT_REQUEST = "cut-request"


def status_fault(code: int) -> str:
    return f"status-{code}"


@dataclass
class FaultyTransport:
    """A ``Transport`` that misbehaves on purpose, once per armed fault, in the order armed."""

    inner: HttpxTransport
    armed: list[tuple[str, str]] = field(default_factory=list)  # (path prefix, fault)
    held: list[tuple[str, str, dict[str, Any] | None, bytes | None]] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    delay_s: float = 0.2
    after_commit: Callable[[], None] | None = None

    def arm(self, fault: str, path: str = "/sync/v1/push", times: int = 1) -> None:
        self.armed.extend([(path, fault)] * times)

    def _take(self, path: str) -> str | None:
        for i, (prefix, fault) in enumerate(self.armed):
            if path.startswith(prefix):
                del self.armed[i]
                return fault
        return None

    def request(
        self, method: str, path: str, *, params: Any = None, body: bytes | None = None
    ) -> RawResponse:
        fault = self._take(path)
        self.seen.append(f"{method} {path} {fault or ''}".strip())
        replay = [h for h in self.held if h[1] == path]
        if fault == DROP_REQUEST:
            raise TransportFailure("fault: request dropped")
        if fault == DELAY:
            time.sleep(self.delay_s)
        if fault and fault.startswith("status-"):
            code = int(fault.split("-")[1])
            problem = {"type": "about:blank", "title": f"fault {code}", "status": code, "detail": "injected"}
            return RawResponse(code, {"retry-after": "0"}, json.dumps(problem).encode())
        if fault == CUT_REQUEST and body is not None:
            body = body[: len(body) // 2]
        answer = self.inner.request(method, path, params=params, body=body)
        if self.after_commit is not None and path.endswith("/push"):
            self.after_commit()
        if fault == REPLAY_LATER:
            self.held.append((method, path, params, body))
        elif replay:
            for h in replay:  # an earlier batch arrives again, after a later one
                self.inner.request(h[0], h[1], params=h[2], body=h[3])
                self.held.remove(h)
        if fault == DROP_RESPONSE:
            raise TransportFailure("fault: answer lost after the server committed")
        if fault == DUPLICATE:
            answer = self.inner.request(method, path, params=params, body=body)
        if fault == CUT_RESPONSE:
            answer = RawResponse(answer.status, answer.headers, answer.body[: len(answer.body) // 2])
        return answer

    def close(self) -> None:
        self.inner.close()


# -- terminals ----------------------------------------------------------------------------------------


def reception(noms: str, **over: Any) -> ReceptionRequest:
    base: dict[str, Any] = dict(
        noms_number=noms,
        family_name="Testperson",
        given_name="Alex",
        date_of_birth=date(1990, 1, 1),
        gender=Gender.MALE,
        location="A-1-01",
        received_on=date(2026, 11, 20),
        sentence_type=SentenceType.DETERMINATE,
        sentence_date=date(2026, 11, 19),
        length_days=3 * 365,
        conditional_release_date=date(2028, 5, 19),
        sentence_expiry_date=date(2029, 11, 18),
        is_ppo=False,
        rosh_level=RoshLevel.HIGH,
    )
    base.update(over)
    return ReceptionRequest(**base)


@dataclass
class Term:
    """One terminal: its own encrypted store, local users, device token and sync client."""

    name: str
    establishment: str
    store: Store
    ctx: ServiceContext
    key: bytes
    admin: CurrentUser
    os: CurrentUser
    device_id: str
    token: str
    url: str
    faults: FaultyTransport
    client: SyncClient
    sleeps: list[float]

    def sync(self, **kw: Any) -> SyncReport:
        return self.client.sync(**kw)

    def sync_ok(self, **kw: Any) -> SyncReport:
        report = self.client.sync(**kw)
        assert report.error is None, report.error
        return report

    def receive(self, noms: str, **over: Any) -> str:
        pid, _ = ReceptionService(self.ctx).receive(self.os, reception(noms, **over))
        return pid

    def edit(
        self, pid: str, entity: type[Any] = Prisoner, entity_id: str | None = None, **values: Any
    ) -> None:
        with UnitOfWork(self.store, Actor(self.os.user_id, self.os.username)) as uow:
            row = uow.session.get(entity, entity_id or pid)
            assert row is not None
            uow.update(row, f"{entity.__entity__}.edited", **values)

    def delete(self, pid: str, entity: type[Any] = Prisoner, entity_id: str | None = None) -> None:
        with UnitOfWork(self.store, Actor(self.os.user_id, self.os.username)) as uow:
            row = uow.session.get(entity, entity_id or pid)
            assert row is not None
            uow.tombstone(row, f"{entity.__entity__}.deleted", "recorded in error")

    def prisoner(self, pid: str) -> Prisoner | None:
        with self.store.read() as s:
            return s.get(Prisoner, pid)

    def outbox(self, status: str | None = None) -> list[Outbox]:
        with self.store.read() as s:
            q = select(Outbox).order_by(Outbox.seq)
            if status:
                q = q.where(Outbox.status == status)
            return list(s.scalars(q))

    def conflicts(self, unresolved: bool = True) -> list[SyncConflict]:
        with self.store.read() as s:
            q = select(SyncConflict).order_by(SyncConflict.detected_at)
            if unresolved:
                q = q.where(SyncConflict.resolved_at.is_(None))
            return list(s.scalars(q))

    def count(self, sql: str) -> int:
        with self.store.read() as s:
            return int(s.execute(text(sql)).scalar_one())


@dataclass
class CentralFixture:
    """The central record under test, in a uvicorn thread on loopback, and its terminals."""

    url: str
    database_url: str
    running: RunningServer
    db: Database
    maintenance: list[bool]
    root: Path
    terminals: list[Term] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def terminal(
        self,
        name: str,
        establishment: str = "MDI",
        *,
        batch_size: int = 200,
        page_size: int = 500,
        retry: RetryPolicy | None = None,
    ) -> Term:
        key = os.urandom(32)
        store = open_store(self.root / f"{name}.db", key)
        ctx = ServiceContext(store, Policy(), today=lambda: TODAY, catalogue=load_catalogue())
        users = UserService(ctx)
        admin = users.set_up(
            establishment_code=establishment,
            establishment_name=f"HMP {establishment}",
            username=f"admin.{name}",
            display_name=f"Admin {name}",
            password=PASSWORD,
        )
        users.add_user(
            admin,
            username=f"os.{name}",
            display_name=f"Supervisor {name}",
            role=UserRole.SUPERVISOR,
            password=PASSWORD,
        )
        from workbench.security.auth import AuthService

        os_user = AuthService(store).sign_in(f"os.{name}", PASSWORD)
        for u in (admin, os_user):
            enrol.add_user(
                self.db, u.username, u.role, establishment, user_id=u.user_id, display_name=u.display_name
            )
        device = enrol.add_device(self.db, establishment, f"terminal {name}")
        faults = FaultyTransport(HttpxTransport(self.url, device.token, timeout=10))
        sleeps: list[float] = []
        api = SyncApi(
            faults, retry or RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05), sleep=sleeps.append
        )
        client = SyncClient(
            store, api, SyncConfig(device.device_id, batch_size=batch_size, page_size=page_size)
        )
        term = Term(
            name,
            establishment,
            store,
            ctx,
            key,
            admin,
            os_user,
            device.device_id,
            device.token,
            self.url,
            faults,
            client,
            sleeps,
        )
        self.terminals.append(term)
        return term

    def count(self, sql: str) -> int:
        with self.db.read() as conn:
            return int(conn.execute(text(sql)).scalar_one())

    def state(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        with self.db.read() as conn:
            row = conn.execute(
                text("SELECT fields_json FROM entity_state WHERE entity = :e AND entity_id = :i"),
                {"e": entity, "i": entity_id},
            ).first()
        return json.loads(row[0]) if row else None

    def change_ids(self) -> list[str]:
        with self.db.read() as conn:
            return [r[0] for r in conn.execute(text("SELECT change_id FROM change_log ORDER BY server_seq"))]


def assert_nothing_lost_or_duplicated(central: CentralFixture, *terms: Term) -> None:
    """Every local change is on the central record exactly once, or visibly quarantined."""
    on_server = central.change_ids()
    assert len(on_server) == len(set(on_server)), "a change was applied twice"
    server = set(on_server)
    for term in terms:
        for row in term.outbox():
            if row.status == "QUARANTINED":
                assert row.error, "a quarantined change must say why"
                continue
            assert row.status == "ACKED", f"{term.name}: change {row.seq} is {row.status}"
            assert row.change_id in server, (
                f"{term.name}: change {row.seq} was acknowledged but is not on the server"
            )
