"""Talking to the central record: a raw ``Transport`` (httpx) and ``SyncApi`` on top of it.

``Transport`` is deliberately small (one method sending bytes, answering status, headers and bytes)
so tests can wrap it with a fault injector that drops, duplicates, delays or cuts requests short.
``SyncApi`` adds the protocol: the version header and bearer token (in the transport), parsing with
the shared pydantic schemas, retries with exponential backoff and jitter, and the mapping of HTTP
answers to the error taxonomy (DESIGN.md section 5, point 8):

- 426 → ``ProtocolUnsupported``: the terminal keeps working offline, the message says update;
- 503 → retried after ``Retry-After``; 429, other 5xx, timeouts and connection errors → retried with
  backoff; when the attempts run out → ``Offline`` (nothing local changes);
- 401/403 on the whole request → ``NotAuthorised``;
- another 4xx on a push → ``BatchRefused`` with the problem, which the client narrows to the change
  responsible and quarantines.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeVar
from uuid import UUID

import httpx
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from workbench.domain.errors import SyncError
from workbench.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from workbench.protocol.messages import ChangesPage, Problem, PushRequest, PushResponse, ServerInfo, Snapshot

log = logging.getLogger("workbench.sync.transport")

Params = Mapping[str, str | int]
_M = TypeVar("_M", bound=BaseModel)


@dataclass(frozen=True)
class RawResponse:
    """An HTTP answer as bytes. Header names are lower-case."""

    status: int
    headers: Mapping[str, str]
    body: bytes


class Transport(Protocol):
    """Sends one HTTP request to the central record and returns its raw answer.

    Raises ``TransportFailure`` when no complete answer arrived (connection refused or reset,
    timeout). Implementations add the protocol header and the bearer token.
    """

    def request(
        self, method: str, path: str, *, params: Params | None = None, body: bytes | None = None
    ) -> RawResponse:
        """Send ``method path`` with ``params`` and a JSON ``body``; return the answer."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


class TransportFailure(SyncError):
    """No usable answer arrived (network down, timeout, connection reset, answer cut short)."""


class Offline(SyncError):
    """The central record could not be reached after retrying; local work is kept for later."""


class ProtocolUnsupported(SyncError):
    """The central record does not speak this terminal's protocol version (HTTP 426)."""


class NotAuthorised(SyncError):
    """The central record refused this terminal's token (HTTP 401/403)."""


AUDIT_HEAD_PROBLEM = "urn:workbench:problem:audit-head-backwards"


class AuditTrailRefused(SyncError):
    """The central record refused a push because this terminal's audit trail went backwards.

    Not a problem with any one change, so nothing is quarantined: the changes stay queued and sync
    stops with this message until an administrator has investigated.
    """

    def __init__(self, problem: Problem) -> None:
        super().__init__(
            f"The central record refused this terminal's changes: {problem.detail} "
            "Your work is kept on this terminal."
        )
        self.problem = problem


class AuditHeadNotAccepted(SyncError):
    """A central record older than the audit anchor refused the push's ``audit_head`` field (422)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.title}: {problem.detail}")
        self.problem = problem


class BatchRefused(SyncError):
    """The central record refused a whole push with a problem document (a 4xx other than 401/403/426/429)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.title}: {problem.detail}")
        self.problem = problem


class HttpxTransport:
    """``Transport`` over an ``httpx.Client`` with the protocol header and the bearer token."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        timeout: float = 30.0,
        protocol_version: str = PROTOCOL_VERSION,
        client: httpx.Client | None = None,
    ) -> None:
        self._client = client or httpx.Client(base_url=base_url, timeout=timeout)
        self._headers = {
            PROTOCOL_HEADER: protocol_version,
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
        }

    def request(
        self, method: str, path: str, *, params: Params | None = None, body: bytes | None = None
    ) -> RawResponse:
        """Send one request; network errors become ``TransportFailure``."""
        headers = dict(self._headers)
        if body is not None:
            headers["Content-Type"] = "application/json"
        try:
            response = self._client.request(
                method, path, params=dict(params or {}), content=body, headers=headers
            )
        except httpx.HTTPError as exc:  # connect, read, write, pool timeouts; protocol errors
            raise TransportFailure(
                f"The central record could not be reached ({type(exc).__name__})."
            ) from exc
        return RawResponse(
            response.status_code, {k.lower(): v for k, v in response.headers.items()}, response.content
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded exponential backoff with jitter: delay n is ``min(cap, base·2ⁿ)`` scaled by 0.5–1.0."""

    max_attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_retry_after: float = 120.0

    def delay(self, attempt: int, rng: Callable[[], float]) -> float:
        """How long to wait after failed attempt number ``attempt`` (0-based)."""
        ceiling = min(self.max_delay, self.base_delay * float(2**attempt))
        return float(ceiling * (0.5 + rng() / 2))


class _Retry(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: fall back to backoff


def _server_protocol(headers: Mapping[str, str]) -> int | None:
    """The newest protocol the central record speaks, from a 426's ``Upgrade: X-Workbench-Protocol/N``."""
    name, _, version = headers.get("upgrade", "").partition("/")
    if name.strip().lower() != PROTOCOL_HEADER.lower() or not version.strip().isdigit():
        return None
    return int(version.strip()[:6])


def _problem(raw: RawResponse) -> Problem:
    try:
        return Problem.model_validate_json(raw.body)
    except PydanticValidationError:
        text = raw.body[:200].decode("utf-8", "replace")
        return Problem(title=f"HTTP {raw.status}", status=raw.status, detail=text or "no explanation given")


class SyncApi:
    """The sync protocol's requests, with retries and errors mapped (see the module docstring)."""

    def __init__(
        self,
        transport: Transport,
        retry: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.transport = transport
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = rng

    # -- the endpoints ------------------------------------------------------------------------

    def info(self) -> ServerInfo:
        """The server epoch, protocol versions and time."""
        return self._call("GET", "/sync/v1/info", ServerInfo)

    def push(self, request: PushRequest) -> PushResponse:
        """Push a batch; each change gets a result. Safe to repeat: changes are idempotent by id."""
        # Without a head the field is left out, not sent as null: a central record older than the audit
        # anchor refuses any field it does not know.
        body = request.model_dump_json(
            exclude={"audit_head"} if request.audit_head is None else None
        ).encode()
        return self.push_body(body)

    def push_body(self, body: bytes) -> PushResponse:
        """Push a batch already serialised as ``PushRequest`` JSON (``outbound.push_body``), as ``push``."""
        return self._call("POST", "/sync/v1/push", PushResponse, body=body, batch=True)

    def changes(self, after: int, limit: int) -> ChangesPage:
        """One page of the changes feed after ``after``."""
        return self._call("GET", "/sync/v1/changes", ChangesPage, params={"after": after, "limit": limit})

    def snapshot(self, prisoner_id: UUID | str) -> Snapshot | None:
        """Every current row of a prisoner in scope, or None when the server says it is not (404)."""
        try:
            return self._call("GET", f"/sync/v1/snapshot/{prisoner_id}", Snapshot, not_found_is_none=True)
        except _NotFound:
            return None

    def close(self) -> None:
        """Close the transport."""
        self.transport.close()

    # -- retries and error mapping -----------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        model: type[_M],
        *,
        params: Params | None = None,
        body: bytes | None = None,
        batch: bool = False,
        not_found_is_none: bool = False,
    ) -> _M:
        last = "no attempt made"
        for attempt in range(self.retry.max_attempts):
            try:
                raw = self.transport.request(method, path, params=params, body=body)
                return self._interpret(raw, model, batch=batch, not_found_is_none=not_found_is_none)
            except TransportFailure as exc:
                last, wait = exc.message, None
            except _Retry as exc:
                last, wait = exc.reason, exc.retry_after
            if attempt + 1 >= self.retry.max_attempts:
                break
            delay = (
                min(wait, self.retry.max_retry_after)
                if wait is not None
                else self.retry.delay(attempt, self._rng)
            )
            log.info("sync request %s %s failed (%s); retrying in %.2f s", method, path, last, delay)
            self._sleep(delay)
        raise Offline(
            f"The central record could not be reached; your work is kept and will be sent later ({last})."
        )

    def _interpret(self, raw: RawResponse, model: type[_M], *, batch: bool, not_found_is_none: bool) -> _M:
        status = raw.status
        if 200 <= status < 300:
            try:
                return model.model_validate_json(raw.body)
            except PydanticValidationError as exc:
                raise _Retry("the answer was incomplete or not understood") from exc
        if status == 426:
            problem = _problem(raw)
            theirs = _server_protocol(raw.headers)
            if theirs is not None and theirs < int(PROTOCOL_VERSION):
                raise ProtocolUnsupported(
                    f"The central record is older than this workbench (it speaks sync protocol {theirs}, "
                    f"this workbench {PROTOCOL_VERSION}). Ask for the central record to be updated; "
                    f"everything you record is kept on this terminal meanwhile. ({problem.detail})"
                )
            raise ProtocolUnsupported(
                "This workbench is too old for the central record (protocol "
                f"{PROTOCOL_VERSION} is no longer accepted). Ask for the workbench to be updated; "
                f"everything you record is kept on this terminal meanwhile. ({problem.detail})"
            )
        if status == 503:
            raise _Retry("the central record is under maintenance or busy", _retry_after(raw.headers))
        if status == 429:
            raise _Retry("the central record asked us to slow down", _retry_after(raw.headers))
        if status >= 500 or status == 408:
            raise _Retry(f"the central record failed (HTTP {status})", _retry_after(raw.headers))
        if status in (401, 403):
            raise NotAuthorised(
                "The central record did not accept this terminal's credentials. An administrator must "
                f"enrol the terminal again (workbench central add-device). ({_problem(raw).detail})"
            )
        if status == 404 and not_found_is_none:
            raise _NotFound()
        if batch:
            problem = _problem(raw)
            if status == 409 and problem.type == AUDIT_HEAD_PROBLEM:
                raise AuditTrailRefused(problem)
            if status == 422 and any(
                str(e.get("path", "")).split(".")[0] == "audit_head" for e in problem.errors
            ):
                raise AuditHeadNotAccepted(problem)
            raise BatchRefused(problem)
        raise SyncError(f"The central record refused the request: {_problem(raw).detail}")


class _NotFound(Exception):
    pass
