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
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import Connection, insert, update
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
from workbench.central.openapi_doc import conform
from workbench.central.problems import problem, problem_response, pydantic_errors
from workbench.central.ratelimit import FailedAuthLimiter, TooManyFailures
from workbench.protocol import PROTOCOL_HEADER, SUPPORTED_VERSIONS
from workbench.protocol.messages import (
    MAX_BATCH,
    MAX_PAGE,
    AuditHead,
    ChangeIn,
    ChangeResult,
    ChangesPage,
    Grant,
    GrantRecord,
    PushRequest,
    PushResponse,
    ServerInfo,
    Snapshot,
)

log = logging.getLogger("workbench.central.app")

MAX_BODY = 32 * 1024 * 1024
"""The largest push body accepted (a full batch of long texts fits well inside)."""
MAX_GRANT_BODY = 64 * 1024
"""The largest grant body accepted (a grant is a few fields and a reason of at most 2,000 characters)."""
ARCHIVE_PREFIX = 64 * 1024
"""How much of an oversize body is archived."""
RETRY_AFTER_S = 60
PUSH_PATH = "/sync/v1/push"
_OLDEST = min(int(v) for v in SUPPORTED_VERSIONS)


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
            # Kept as evidence of what an outdated terminal sent, but only from a known device.
            authorization = headers.get("authorization")
            known = await run_in_threadpool(_known_device, self.state.db, authorization)
            if known is not None:
                body, size, truncated = await _read_limited(receive)
                await run_in_threadpool(
                    _archive,
                    self.state.db,
                    body,
                    size,
                    truncated,
                    authorization,
                    "UNSUPPORTED_PROTOCOL",
                    known.device_id,
                )
        said = "no protocol version" if version is None else f"protocol version {version[:20]!r}"
        speaks = ", ".join(sorted(SUPPORTED_VERSIONS))
        detail = (
            f"the request carried {said} in {PROTOCOL_HEADER}; this central record speaks {speaks}. "
            "Update the workbench; local work is kept."
        )
        if version is not None and version.isdigit() and len(version) < 6 and int(version) < _OLDEST:
            # -- protocol 2 (issue 11): an older terminal is told plainly what to do --
            detail = (
                f"this terminal's workbench is too old: it speaks sync protocol {version}, and this "
                f"central record speaks {speaks}. Update the workbench on this terminal; everything "
                "recorded on it is kept and will be sent after the update."
            )
        p = problem(426, "Unsupported protocol version", detail, slug="unsupported-protocol")
        return problem_response(p, {"Upgrade": f"{PROTOCOL_HEADER}/{max(SUPPORTED_VERSIONS)}"})


async def _read_limited(receive: Receive, limit: int = MAX_BODY) -> tuple[bytes, int, bool]:
    """The body, read until it ends or passes ``limit`` (then only a prefix is kept and reading stops).

    Never holds more than ``limit`` plus one chunk; an oversize body is answered without reading on.
    """
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"".join(chunks)[:ARCHIVE_PREFIX], size, True
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), size, False


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


def _close_archive(db: Database, raw_id: int, reason: str) -> None:
    """Mark an archived push FAILED after an unexpected error; never raises (the error is what matters)."""
    try:
        _set_archive_status(db, raw_id, "FAILED", reason[:200])
    except Exception:  # the database may be what failed
        log.warning("could not mark raw push %s as failed", raw_id)


class _AppState:
    def __init__(
        self, db: Database, maintenance: Callable[[], bool] | None, limiter: FailedAuthLimiter
    ) -> None:
        self.db = db
        self.maintenance = maintenance
        self.limiter = limiter


def _authenticate(
    db: Database, authorization: str | None, limiter: FailedAuthLimiter, address: str
) -> DeviceIdentity:
    """The device holding the request's token; else 401, or 429 once ``address`` failed too often.

    Only headers are looked at: the body of an unauthenticated request is never read or stored.
    """
    device = _known_device(db, authorization)
    if device is not None:
        return device
    wait = limiter.failed(address)
    if wait is not None:
        log.warning("too many failed tokens from one client address; answering 429 for %d s", wait)
        raise TooManyFailures(
            problem(
                429,
                "Too many failed sign-ins",
                f"this address sent {limiter.limit} unknown or missing tokens within "
                f"{int(limiter.window_s)} seconds; wait {wait} seconds, then send the terminal's own "
                "token (an administrator can issue a new one with `workbench central add-device`)",
                slug="too-many-failures",
            ),
            wait,
        )
    raise Refused(
        problem(
            401,
            "Not authenticated",
            "send the terminal's bearer token (Authorization: Bearer ...); an administrator "
            "issues it with `workbench central add-device`",
            slug="unauthenticated",
        )
    )


def _known_device(db: Database, authorization: str | None) -> DeviceIdentity | None:
    token = bearer_token(authorization)
    if token is None:
        return None
    with db.read() as conn:
        return device_for_token(conn, token)


def _client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def _refusal_response(exc: Refused | TooManyFailures) -> Response:
    if isinstance(exc, TooManyFailures):
        return problem_response(exc.problem, {"Retry-After": str(exc.retry_after)})
    headers = {"WWW-Authenticate": "Bearer"} if exc.problem.status == 401 else None
    return problem_response(exc.problem, headers)


def _too_large(size: int, limit: int = MAX_BODY, what: str = "Push") -> Response:
    advice = " — send smaller batches" if what == "Push" else ""
    return problem_response(
        problem(
            413,
            f"{what} too large",
            f"the body is {size} bytes or more; at most {limit} are accepted{advice}",
            slug="too-large",
        )
    )


def _declared_length(headers: Mapping[str, str]) -> int | None:
    try:
        return int(headers.get("content-length", ""))
    except ValueError:
        return None


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
    epochs: list[str] = []
    counts: dict[str, int] = {}

    def processed(conn: Connection, results: list[ChangeResult]) -> None:
        # In the apply transaction: the archive says PROCESSED exactly when the changes are stored.
        counts.clear()  # a batch written again carefully counts once
        for r in results:
            counts[r.status.value] = counts.get(r.status.value, 0) + 1
        conn.execute(
            update(RawPush)
            .where(RawPush.id == raw_id)
            .values(status="PROCESSED", detail=json.dumps(counts, sort_keys=True))
        )
        epochs.append(current_epoch(conn))

    applier = Applier(db, device)
    results = applier.apply_batch(items, processed)
    ops.LOCK_HOLD.observe(applier.lock_held_s)
    ops.count_results(counts)  # committed: counted here, not by parsing the answer again
    return _json(PushResponse(epoch=epochs[-1], results=results))


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


def create_app(
    database_url: str,
    *,
    maintenance: Callable[[], bool] | None = None,
    limiter: FailedAuthLimiter | None = None,
) -> FastAPI:
    """The central record service on the database at ``database_url`` (migrated on start-up).

    ``maintenance``, if given, is asked on every request; while it returns True every ``/sync/``
    request is answered 503 with ``Retry-After`` and the database is not touched. ``limiter`` counts
    failed tokens per client address (a fresh default one if not given).
    """
    db = open_database(database_url)
    state = _AppState(db, maintenance, limiter or FailedAuthLimiter())
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
        return _authenticate(
            db, request.headers.get("authorization"), state.limiter, _client_address(request.scope)
        )

    @app.exception_handler(Refused)
    async def _refused(_request: Request, exc: Refused) -> Response:
        return _refusal_response(exc)

    @app.exception_handler(TooManyFailures)
    async def _too_many(_request: Request, exc: TooManyFailures) -> Response:
        return _refusal_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> Response:
        errors = pydantic_errors(exc.errors())
        return problem_response(
            problem(422, "Invalid request", _summary(errors), errors, slug="invalid-request")
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> Response:
        # Keep the exception's headers: a 405 must say which methods are allowed (``Allow``).
        return problem_response(problem(exc.status_code, str(exc.detail), str(exc.detail)), exc.headers)

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

    @app.get("/sync/v1/info", response_model=ServerInfo)
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
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}},
            }
        },
    )
    async def push(request: Request) -> Response:
        """Apply a batch of outbox changes, in order, each in its own transaction; one result per change.

        The token is checked, and a declared oversize refused, before the body is read; the body of an
        authenticated push is then archived exactly as received before anything else looks at it.
        """
        authorization = request.headers.get("authorization")
        try:
            who = await run_in_threadpool(
                _authenticate, db, authorization, state.limiter, _client_address(request.scope)
            )
        except (Refused, TooManyFailures) as exc:
            return _refusal_response(exc)
        declared = _declared_length(request.headers)
        if declared is not None and declared > MAX_BODY:
            await run_in_threadpool(
                _archive, db, b"", declared, True, authorization, "TOO_LARGE", who.device_id
            )
            return _too_large(declared)
        body, size, truncated = await _read_limited(request.receive)
        if truncated:
            await run_in_threadpool(_archive, db, body, size, True, authorization, "TOO_LARGE", who.device_id)
            return _too_large(size)
        raw_id = await run_in_threadpool(
            _archive, db, body, size, False, authorization, "RECEIVED", who.device_id
        )
        try:
            return await run_in_threadpool(_push, db, raw_id, body, who)
        except Exception as exc:
            # The archived body is never left RECEIVED for ever: it says the push failed (issue 11).
            await run_in_threadpool(_close_archive, db, raw_id, type(exc).__name__)
            raise

    @app.get("/sync/v1/changes", response_model=ChangesPage)
    def changes(
        after: int = Query(0, ge=0, le=2**62, description="the last server_seq already applied"),
        limit: int = Query(500, ge=1, le=MAX_PAGE),
        who: DeviceIdentity = Depends(device),  # noqa: B008 - FastAPI's dependency idiom
    ) -> Response:
        """Changes and scope events after ``after`` that the device's establishment may see."""
        return _json(pull.changes_page(db, who, after, limit))

    @app.get("/sync/v1/snapshot/{prisoner_id}", response_model=Snapshot)
    def snapshot(prisoner_id: uuid.UUID, who: DeviceIdentity = Depends(device)) -> Response:  # noqa: B008
        """Every current row of one prisoner, for a terminal the prisoner has just entered the scope of."""
        snap = pull.snapshot(db, who, prisoner_id)
        if snap is None:
            raise Refused(
                problem(404, "Not in scope", "no such prisoner in this terminal's scope", slug="not-in-scope")
            )
        return _json(snap)

    @app.post(
        "/sync/v1/grants",
        response_model=GrantRecord,
        status_code=201,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Grant"}}},
            }
        },
    )
    async def grants(request: Request) -> Response:
        """Let another establishment see a prisoner until ``expires_on`` (manager or administrator).

        Like a push, the token is checked before the body is read (issue 11 point 1).
        """
        who = await run_in_threadpool(
            _authenticate,
            db,
            request.headers.get("authorization"),
            state.limiter,
            _client_address(request.scope),
        )
        declared = _declared_length(request.headers)
        if declared is not None and declared > MAX_GRANT_BODY:
            return _too_large(declared, MAX_GRANT_BODY, "Grant")
        body, size, truncated = await _read_limited(request.receive, MAX_GRANT_BODY)
        if truncated:
            return _too_large(size, MAX_GRANT_BODY, "Grant")
        try:
            grant = Grant.model_validate_json(body)
        except PydanticValidationError as exc:
            errors = pydantic_errors(exc.errors(), "body")
            return problem_response(
                problem(422, "Invalid request", _summary(errors), errors, slug="invalid-request")
            )
        record = await run_in_threadpool(pull.create_grant, db, who, grant, _today())
        return _json(record, status=201)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (PushRequest, Grant):  # bodies read by hand, after the token check
            body_schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, sub in body_schema.pop("$defs", {}).items():
                components.setdefault(name, sub)
            components.setdefault(model.__name__, body_schema)
        app.openapi_schema = conform(schema, SUPPORTED_VERSIONS)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(_Guard, state=state)
    ops.install(app)  # -- operations (issue 11 point 8): /healthz, /readyz, /metrics, access log; outermost
    return app


def _today() -> date:
    return utcnow().date()
