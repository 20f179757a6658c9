"""The OpenAPI document says what the server really does (issue 11 point 4).

FastAPI describes the happy path; this adds, for every ``/sync/`` operation, what the service in fact
requires and answers: the ``X-Workbench-Protocol`` header, the bearer token (not on ``/info``), and each
error it can give as an ``application/problem+json`` problem document (RFC 9457), with the headers that
come with it (``Retry-After``, ``WWW-Authenticate``, ``Upgrade``). The conformance test runs
schemathesis against this document.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from workbench.central.problems import PROBLEM_MEDIA_TYPE
from workbench.protocol import PROTOCOL_HEADER

SECURITY_SCHEME = "deviceToken"
"""The name of the bearer-token scheme in ``components.securitySchemes``."""

_TEXT: dict[int, str] = {
    400: "The body is not JSON",
    401: "No token, or a token that is unknown, revoked or of a retired device",
    403: "Not allowed (wrong device, or the user may not do this)",
    404: "Not found, or not in this terminal's scope",
    409: "The terminal's audit trail went backwards",
    413: "The body is larger than the central record accepts",
    422: "The request is not valid; ``errors`` lists each problem by path",
    426: "Unsupported or missing protocol version; update the workbench",
    429: "Too many failed tokens from this address; wait ``Retry-After`` seconds",
    500: "An unexpected failure; nothing was confirmed, retry later",
    503: "Maintenance, or the database is busy or unreachable; retry after ``Retry-After`` seconds",
}

_HEADERS: dict[int, dict[str, dict[str, Any]]] = {
    401: {"WWW-Authenticate": {"description": "Bearer", "required": True, "schema": {"type": "string"}}},
    426: {
        "Upgrade": {
            "description": "the newest protocol version spoken, e.g. X-Workbench-Protocol/1",
            "required": True,
            "schema": {"type": "string"},
        }
    },
    429: {"Retry-After": {"description": "seconds", "required": True, "schema": {"type": "integer"}}},
    503: {"Retry-After": {"description": "seconds", "required": True, "schema": {"type": "integer"}}},
}

ALWAYS = (426, 500, 503)
"""Every ``/sync/`` operation can answer these (protocol check, last resort, maintenance)."""
AUTHENTICATED = (401, 429)
"""Every operation that needs a device token can answer these."""

ERRORS: dict[tuple[str, str], tuple[int, ...]] = {
    ("get", "/sync/v1/info"): (),
    ("post", "/sync/v1/push"): (400, 403, 409, 413, 422),
    ("get", "/sync/v1/changes"): (422,),
    ("get", "/sync/v1/snapshot/{prisoner_id}"): (404, 422),
    ("post", "/sync/v1/grants"): (403, 404, 413, 422),
}
"""The errors each operation can give besides ``ALWAYS`` (and ``AUTHENTICATED`` where a token is needed)."""

PUBLIC = frozenset({("get", "/sync/v1/info")})
"""Operations answered without a token."""


def problem_response(status: int) -> dict[str, Any]:
    """The OpenAPI response object of a problem document with ``status``."""
    response: dict[str, Any] = {
        "description": _TEXT.get(status, "Refused"),
        "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }
    if status in _HEADERS:
        response["headers"] = _HEADERS[status]
    return response


def conform(schema: dict[str, Any], versions: Iterable[str]) -> dict[str, Any]:
    """Complete FastAPI's document (in place) with the header, token and problem responses of ``/sync/``."""
    components = schema.setdefault("components", {})
    components.setdefault("securitySchemes", {})[SECURITY_SCHEME] = {
        "type": "http",
        "scheme": "bearer",
        "description": "the terminal's device token, issued by `workbench central add-device`",
    }
    schemas: Mapping[str, Any] = components.get("schemas", {})
    header = {
        "name": PROTOCOL_HEADER,
        "in": "header",
        "required": True,
        "description": "the sync protocol version the terminal speaks",
        "schema": {"type": "string", "enum": sorted(versions)},
    }
    for path, operations in schema.get("paths", {}).items():
        if not path.startswith("/sync/"):
            continue
        for method, operation in operations.items():
            key = (method, path)
            params = [p for p in operation.get("parameters", []) if p.get("name") != PROTOCOL_HEADER]
            operation["parameters"] = [*params, header]
            codes = set(ALWAYS) | set(ERRORS.get(key, (400, 403, 404, 422)))
            if key not in PUBLIC:
                codes |= set(AUTHENTICATED)
                operation["security"] = [{SECURITY_SCHEME: []}]
            responses = operation.setdefault("responses", {})
            for code in list(responses):
                if code.isdigit() and int(code) >= 400 and int(code) not in codes:
                    del responses[code]  # e.g. FastAPI's default 422 where none can happen
            for code in sorted(codes):
                responses[str(code)] = problem_response(code)
    if "Problem" not in schemas:
        raise ValueError("the Problem schema is missing from the OpenAPI components")
    for unused in ("HTTPValidationError", "ValidationError"):
        if not _referenced(schema, unused):
            components.get("schemas", {}).pop(unused, None)
    return schema


def _referenced(schema: dict[str, Any], name: str) -> bool:
    """Whether any ``$ref`` in the paths or the component schemas points at schema ``name``."""
    target = f"#/components/schemas/{name}"
    stack: list[Any] = [schema.get("paths", {}), schema["components"].get("schemas", {})]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("$ref") == target:
                return True
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False
