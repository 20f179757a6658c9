"""The central record's HTTP service (FastAPI): ``create_app(database_url)``.

Endpoints (all under ``/sync/v1``; every request carries ``X-Workbench-Protocol``):

- ``GET  /info``                     server epoch, protocol versions, time (no token needed)
- ``POST /push``                     a batch of outbox changes → a result per change
- ``GET  /changes?after=N&limit=M``  the changes feed for the device's establishment
- ``GET  /snapshot/{prisoner_id}``   every current row of a prisoner in scope
- ``POST /grants``                   an audited, time-limited grant of scope (manager/administrator)

plus the OpenAPI document at ``/openapi.json``. Anything refused is a problem document (RFC 9457)
saying what was wrong; an unexpected failure is logged and answered with a 500 problem without
internals.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import insert, update
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from workbench import __version__
from workbench.central import ops, pull
from workbench.central.apply import Applier, InvalidChange, Refused
from workbench.central.audit_heads import record_head
from workbench.central.auth import DeviceIdentity, bearer_token, device_for_token, hash_token
from workbench.central.db import Database, current_epoch, open_database, utcnow
from workbench.central.models import RawPush
from workbench.central.problems import problem, problem_response, pydantic_errors
from workbench.protocol import PROTOCOL_HEADER, SUPPORTED_VERSIONS
from workbench.protocol.messages import (
    MAX_BATCH,
    MAX_PAGE,
    AuditHead,
    ChangeIn,
    ChangesPage,
    Grant,
    GrantRecord,
    Problem,
    PushRequest,
    PushResponse,
    ServerInfo,
    Snapshot,
)

log = logging.getLogger("workbench.central.app")

MAX_BODY = 32 * 1024 * 1024
"""The largest push body accepted (a full batch of long texts fits well inside)."""
ARCHIVE_PREFIX = 64 * 1024
"""How much of an oversize body is archived."""
RETRY_AFTER_S = 60
PUSH_PATH = "/sync/v1/push"

_PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem, "description": text}
    for code, text in (
        (400, "Not JSON"),
        (401, "No or unknown token"),
        (403, "Not allowed"),
        (404, "Not found or not in scope"),
        (413, "Body too large"),
        (422, "Invalid request"),
        (409, "The terminal's audit trail went backwards"),
        (426, "Unsupported protocol version"),
        (503, "Maintenance or temporarily unavailable"),
    )
}


class _PushEnvelope(BaseModel):
    """The outside of a push, read first so one bad change cannot hide the others' results."""

    model_config = ConfigDict(extra="forbid")
    device_id: uuid.UUID
    changes: list[Any] = Field(min_length=1, max_length=MAX_BATCH)
    audit_head: AuditHead | None = None


class _RequestTooLarge(Exception):
    pass


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


class _Guard:
    """Pure ASGI middleware: maintenance (503), protocol version (426), and the last-resort 500."""

    def __init__(self, app: ASGIApp, state: _AppState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        started = False

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            if path.startswith("/sync/"):
                early = await self._precheck(scope, receive, path)
                if early is not None:
                    await early(scope, receive, send)
                    return
            await self.app(scope, receive, tracked_send)
        except Exception as exc:
            # The traceback may quote SQL parameters (personal data): only at DEBUG (DESIGN.md section 6).
            log.error("unexpected %s serving %s %s", type(exc).__name__, scope.get("method"), path)
            log.debug("unexpected error details", exc_info=True)
            if not started:
                p = problem(
                    500,
                    "Internal error",
                    "the central record failed unexpectedly; the change was not confirmed, so retry later",
                    slug="internal",
                )
                await problem_response(p)(scope, receive, send)

    async def _precheck(self, scope: Scope, receive: Receive, path: str) -> Response | None:
        maintenance = self.state.maintenance
        if maintenance is not None and maintenance():
            p = problem(
                503,
                "Maintenance",
                "the central record is under maintenance; try again later",
                slug="maintenance",
            )
            return problem_response(p, {"Retry-After": str(RETRY_AFTER_S)})
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        version = headers.get(PROTOCOL_HEADER.lower())
        if version in SUPPORTED_VERSIONS:
            return None
        if path == PUSH_PATH and scope.get("method") == "POST":
            body, size, truncated = await _read_limited(receive)
            await run_in_threadpool(
                _archive,
                self.state.db,
                body,
                size,
                truncated,
                headers.get("authorization"),
                "UNSUPPORTED_PROTOCOL",
            )
        said = "no protocol version" if version is None else f"protocol version {version[:20]!r}"
        p = problem(
            426,
            "Unsupported protocol version",
            f"the request carried {said} in {PROTOCOL_HEADER}; this central record speaks "
            f"{', '.join(sorted(SUPPORTED_VERSIONS))}. Update the workbench; local work is kept.",
            slug="unsupported-protocol",
        )
        return problem_response(p, {"Upgrade": f"{PROTOCOL_HEADER}/{max(SUPPORTED_VERSIONS)}"})


async def _read_limited(receive: Receive) -> tuple[bytes, int, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= MAX_BODY:
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    if size > MAX_BODY:
        return body[:ARCHIVE_PREFIX], size, True
    return body, size, False


def _archive(
    db: Database,
    body: bytes,
    size: int,
    truncated: bool,
    authorization: str | None,
    status: str,
    device_id: str | None = None,
) -> int:
    token = bearer_token(authorization)
    with db.write() as conn:
        result = conn.execute(
            insert(RawPush)
            .values(
                received_at=utcnow(),
                token_hash=hash_token(token) if token else None,
                device_id=device_id,
                size=size,
                body=body,
                truncated=truncated,
                status=status,
            )
            .returning(RawPush.id)
        )
        return int(result.scalar_one())


def _set_archive_status(
    db: Database, raw_id: int, status: str, detail: str | None = None, device_id: str | None = None
) -> None:
    values: dict[str, Any] = {"status": status, "detail": detail}
    if device_id is not None:
        values["device_id"] = device_id
    with db.write() as conn:
        conn.execute(update(RawPush).where(RawPush.id == raw_id).values(**values))


class _AppState:
    def __init__(self, db: Database, maintenance: Callable[[], bool] | None) -> None:
        self.db = db
        self.maintenance = maintenance


def _authenticate(db: Database, authorization: str | None) -> DeviceIdentity:
    token = bearer_token(authorization)
    device = None
    if token is not None:
        with db.read() as conn:
            device = device_for_token(conn, token)
    if device is None:
        raise Refused(
            problem(
                401,
                "Not authenticated",
                "send the terminal's bearer token (Authorization: Bearer ...); an administrator "
                "issues it with `workbench central add-device`",
                slug="unauthenticated",
            )
        )
    return device


def _push(db: Database, raw_id: int, body: bytes, device: DeviceIdentity) -> Response:
    """Parse and apply one push body (runs in a worker thread)."""
    try:
        data = json.loads(body, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        _set_archive_status(db, raw_id, "MALFORMED", "not JSON")
        detail = str(exc) if isinstance(exc, ValueError) else "nested too deeply"
        return problem_response(
            problem(400, "Not JSON", f"the push body is not valid JSON: {detail[:200]}", slug="not-json")
        )
    try:
        envelope = _PushEnvelope.model_validate(data)
    except PydanticValidationError as exc:
        _set_archive_status(db, raw_id, "MALFORMED", "envelope")
        errors = pydantic_errors(exc.errors())
        return problem_response(problem(422, "Invalid push", _summary(errors), errors, slug="invalid-push"))
    if str(envelope.device_id) != device.device_id:
        _set_archive_status(db, raw_id, "FORBIDDEN", "device mismatch")
        return problem_response(
            problem(
                403, "Wrong device", "device_id does not match the token's device", slug="device-mismatch"
            )
        )
    if envelope.audit_head is not None:
        # Before any change is applied: a terminal whose trail went backwards gets nothing applied.
        refused = record_head(db, device.device_id, envelope.audit_head)
        if refused is not None:
            _set_archive_status(db, raw_id, "REFUSED", "audit head went backwards")
            return problem_response(refused)
    items: list[ChangeIn | InvalidChange] = []
    unidentified: list[dict[str, str]] = []
    for i, raw in enumerate(envelope.changes):
        try:
            items.append(ChangeIn.model_validate(raw))
        except (PydanticValidationError, RecursionError) as exc:
            errors = (
                pydantic_errors(exc.errors(), f"changes.{i}")
                if isinstance(exc, PydanticValidationError)
                else [{"path": f"changes.{i}", "message": "nested too deeply"}]
            )
            change_id = _change_id_of(raw)
            if change_id is None:
                unidentified.extend(errors)
                continue
            p = problem(422, "Invalid change", _summary(errors), errors, slug="invalid-change")
            items.append(InvalidChange(change_id, _key_of(raw), p, raw))
    if unidentified:
        _set_archive_status(db, raw_id, "MALFORMED", "changes without a usable change_id")
        return problem_response(
            problem(
                422,
                "Invalid push",
                "some changes cannot be identified (no valid change_id), so nothing was applied: "
                + _summary(unidentified),
                unidentified,
                slug="invalid-push",
            )
        )
    results = Applier(db, device).apply_batch(items)
    with db.read() as conn:
        epoch = current_epoch(conn)
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status.value] = counts.get(r.status.value, 0) + 1
    _set_archive_status(db, raw_id, "PROCESSED", json.dumps(counts, sort_keys=True))
    return _json(PushResponse(epoch=epoch, results=results))


def _summary(errors: list[dict[str, str]]) -> str:
    shown = "; ".join(f"{e['path']}: {e['message']}" for e in errors[:3])
    return shown + (f" (and {len(errors) - 3} more)" if len(errors) > 3 else "")


def _change_id_of(raw: Any) -> uuid.UUID | None:
    if isinstance(raw, dict) and isinstance(raw.get("change_id"), str) and len(raw["change_id"]) <= 64:
        try:
            return uuid.UUID(raw["change_id"])
        except ValueError:
            return None
    return None


def _key_of(raw: dict[str, Any]) -> tuple[str, str] | None:
    entity, entity_id = raw.get("entity"), raw.get("entity_id")
    if isinstance(entity, str) and isinstance(entity_id, str) and len(entity) <= 40:
        try:
            return entity, str(uuid.UUID(entity_id))
        except ValueError:
            return None
    return None


def _json(model: BaseModel, status: int = 200) -> Response:
    return Response(model.model_dump_json(), status_code=status, media_type="application/json")


def create_app(database_url: str, *, maintenance: Callable[[], bool] | None = None) -> FastAPI:
    """The central record service on the database at ``database_url`` (migrated on start-up).

    ``maintenance``, if given, is asked on every request; while it returns True every ``/sync/``
    request is answered 503 with ``Retry-After`` and the database is not touched.
    """
    db = open_database(database_url)
    state = _AppState(db, maintenance)
    app = FastAPI(
        title="Offender Supervisor Workbench — central record",
        version=__version__,
        description="Sync protocol between wing terminals and the central record (DESIGN.md section 5). "
        f"Every request carries the {PROTOCOL_HEADER} header.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.central = state
    app.state.db = db

    def device(request: Request) -> DeviceIdentity:
        return _authenticate(db, request.headers.get("authorization"))

    @app.exception_handler(Refused)
    async def _refused(_request: Request, exc: Refused) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if exc.problem.status == 401 else None
        return problem_response(exc.problem, headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> Response:
        errors = pydantic_errors(exc.errors())
        return problem_response(
            problem(422, "Invalid request", _summary(errors), errors, slug="invalid-request")
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> Response:
        return problem_response(problem(exc.status_code, str(exc.detail), str(exc.detail)))

    @app.exception_handler(OperationalError)
    async def _db_unavailable(_request: Request, exc: OperationalError) -> Response:
        log.warning("database unavailable: %s", type(exc.orig).__name__)
        p = problem(
            503,
            "Temporarily unavailable",
            "the central record's database is busy or unreachable; nothing was confirmed, so retry",
            slug="unavailable",
        )
        return problem_response(p, {"Retry-After": "5"})

    @app.get("/sync/v1/info", response_model=ServerInfo, responses=_PROBLEM_RESPONSES)
    def info() -> Response:
        """The server epoch, the protocol versions spoken and the server's time."""
        with db.read() as conn:
            epoch = current_epoch(conn)
        return _json(
            ServerInfo(
                epoch=epoch,
                protocol_versions=sorted(SUPPORTED_VERSIONS),
                server_time=utcnow(),
                maintenance=False,
            )
        )

    @app.post(
        PUSH_PATH,
        response_model=PushResponse,
        responses=_PROBLEM_RESPONSES,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}},
            }
        },
    )
    async def push(request: Request) -> Response:
        """Apply a batch of outbox changes, in order, each in its own transaction; one result per change.

        The body is archived exactly as received before anything else looks at it.
        """
        body, size, truncated = await _read_limited(request.receive)
        authorization = request.headers.get("authorization")
        raw_id = await run_in_threadpool(_archive, db, body, size, truncated, authorization, "RECEIVED")
        if truncated:
            await run_in_threadpool(_set_archive_status, db, raw_id, "TOO_LARGE")
            return problem_response(
                problem(
                    413,
                    "Push too large",
                    f"the body is {size} bytes; at most {MAX_BODY} are accepted — send smaller batches",
                    slug="too-large",
                )
            )
        try:
            who = await run_in_threadpool(_authenticate, db, authorization)
        except Refused as exc:
            await run_in_threadpool(_set_archive_status, db, raw_id, "UNAUTHORISED")
            return problem_response(exc.problem, {"WWW-Authenticate": "Bearer"})
        await run_in_threadpool(_set_archive_status, db, raw_id, "RECEIVED", None, who.device_id)
        return await run_in_threadpool(_push, db, raw_id, body, who)

    @app.get("/sync/v1/changes", response_model=ChangesPage, responses=_PROBLEM_RESPONSES)
    def changes(
        after: int = Query(0, ge=0, le=2**62, description="the last server_seq already applied"),
        limit: int = Query(500, ge=1, le=MAX_PAGE),
        who: DeviceIdentity = Depends(device),  # noqa: B008 - FastAPI's dependency idiom
    ) -> Response:
        """Changes and scope events after ``after`` that the device's establishment may see."""
        return _json(pull.changes_page(db, who, after, limit))

    @app.get("/sync/v1/snapshot/{prisoner_id}", response_model=Snapshot, responses=_PROBLEM_RESPONSES)
    def snapshot(prisoner_id: uuid.UUID, who: DeviceIdentity = Depends(device)) -> Response:  # noqa: B008
        """Every current row of one prisoner, for a terminal the prisoner has just entered the scope of."""
        snap = pull.snapshot(db, who, prisoner_id)
        if snap is None:
            raise Refused(
                problem(404, "Not in scope", "no such prisoner in this terminal's scope", slug="not-in-scope")
            )
        return _json(snap)

    @app.post("/sync/v1/grants", response_model=GrantRecord, status_code=201, responses=_PROBLEM_RESPONSES)
    def grants(grant: Grant, who: DeviceIdentity = Depends(device)) -> Response:  # noqa: B008
        """Let another establishment see a prisoner until ``expires_on`` (manager or administrator)."""
        return _json(pull.create_grant(db, who, grant, _today()), status=201)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        push_schema = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, sub in push_schema.pop("$defs", {}).items():
            components.setdefault(name, sub)
        components.setdefault("PushRequest", push_schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(_Guard, state=state)
    ops.install(app)  # -- operations (issue 11 point 8): /healthz, /readyz, /metrics, access log; outermost
    return app


def _today() -> date:
    return utcnow().date()
