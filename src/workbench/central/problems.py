"""Problem documents (RFC 9457) for everything the central record refuses."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from starlette.responses import Response

from workbench.central.validation import printable
from workbench.protocol.messages import Problem

PROBLEM_MEDIA_TYPE = "application/problem+json"
MAX_ERRORS = 50


def problem(
    status: int, title: str, detail: str, errors: Sequence[Mapping[str, Any]] = (), slug: str | None = None
) -> Problem:
    """A problem document; ``errors`` are capped so a huge bad body cannot make a huge answer."""
    listed = [dict(e) for e in errors[:MAX_ERRORS]]
    if len(errors) > MAX_ERRORS:
        listed.append({"path": "", "message": f"… and {len(errors) - MAX_ERRORS} more problems"})
    return Problem(
        type=f"urn:workbench:problem:{slug}" if slug else "about:blank",
        title=title,
        status=status,
        detail=detail,
        errors=listed,
    )


def problem_response(p: Problem, headers: Mapping[str, str] | None = None) -> Response:
    """``p`` as an HTTP response. ASCII-escaped, so no input echoed back can break the encoding."""
    body = json.dumps(p.model_dump(mode="json"), ensure_ascii=True, separators=(",", ":"))
    return Response(body, status_code=p.status, media_type=PROBLEM_MEDIA_TYPE, headers=dict(headers or {}))


def pydantic_errors(errors: Sequence[Any], prefix: str = "") -> list[dict[str, str]]:
    """Pydantic/FastAPI validation errors as ``{"path", "message"}`` pairs, with input never echoed whole."""
    out: list[dict[str, str]] = []
    for err in errors:
        loc = [printable(part, 40) for part in err.get("loc", ())]
        path = ".".join(([prefix] if prefix else []) + loc)
        out.append({"path": path, "message": printable(str(err.get("msg", "invalid")), 200)})
    return out
