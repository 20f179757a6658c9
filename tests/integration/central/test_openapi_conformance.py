"""The service does what its OpenAPI document says (issue 11 point 4), checked by schemathesis.

Schemathesis generates requests from the document served at ``/openapi.json`` (SQLite backend, a real
enrolled device token) and validates every answer against it: no 5xx, the status, content type,
headers and body each as documented. Bounded: ``EXAMPLES`` per operation, a few hundred in all.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from workbench.central import enrol
from workbench.central.app import create_app
from workbench.central.db import Database
from workbench.central.embedded import serve_in_thread
from workbench.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

pytestmark = pytest.mark.integration

EXAMPLES = 50
"""Generated requests per operation (five operations: 250 in all)."""
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


class Service:
    def __init__(self, url: str, token: str, device_id: str, manager_id: str) -> None:
        self.url, self.token, self.device_id, self.manager_id = url, token, device_id, manager_id

    def headers(self) -> dict[str, str]:
        return {PROTOCOL_HEADER: PROTOCOL_VERSION, "Authorization": f"Bearer {self.token}"}


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    app = create_app(f"sqlite:///{tmp_path / 'central.db'}")
    db: Database = app.state.db
    enrol.add_establishment(db, "MDI", "HMP Moorland")
    enrol.add_establishment(db, "LEI", "HMP Leeds")
    manager = enrol.add_user(db, "mgr.mdi", "MANAGER", "MDI")
    device = enrol.add_device(db, "MDI", "Wing A terminal")
    running = serve_in_thread(app)
    try:
        yield Service(running.url, device.token, device.device_id, manager)
    finally:
        running.stop()
        db.close()


def _operations(service: Service) -> list[Any]:
    schema = schemathesis.openapi.from_url(f"{service.url}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def test_the_document_describes_every_error_as_a_problem(service: Service) -> None:
    doc = httpx.get(f"{service.url}/openapi.json").json()
    assert doc["components"]["securitySchemes"]["deviceToken"] == {
        "type": "http",
        "scheme": "bearer",
        "description": "the terminal's device token, issued by `workbench central add-device`",
    }
    for path, operations in doc["paths"].items():
        for method, op in operations.items():
            errors = {code: r for code, r in op["responses"].items() if int(code) >= 400}
            assert {"426", "500", "503"} <= set(errors), (method, path)
            for code, response in errors.items():
                assert list(response["content"]) == ["application/problem+json"], (method, path, code)
            header = [p for p in op["parameters"] if p["name"] == PROTOCOL_HEADER]
            assert header and header[0]["required"] and header[0]["in"] == "header"
            public = path == "/sync/v1/info"
            assert ("security" in op) is not public
            assert ({"401", "429"} <= set(errors)) is not public
    grant = doc["components"]["schemas"]["Grant"]
    assert "granted_by" in grant["required"]  # the server refuses a grant without it
    assert "HTTPValidationError" not in doc["components"]["schemas"]


def _exercise(operation: Any, service: Service, seen: dict[str, set[int]]) -> None:
    """Run ``EXAMPLES`` generated requests against one operation, with every check on."""
    label = f"{operation.method.upper()} {operation.path}"

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(), own_device=st.booleans())
    def run(case: Any, own_device: bool) -> None:
        if own_device and isinstance(case.body, dict) and "device_id" in case.body:
            case.body["device_id"] = service.device_id  # so pushes get past the device check
        if own_device and isinstance(case.body, dict) and "granted_by" in case.body:
            case.body["granted_by"] = service.manager_id
        response = case.call_and_validate(headers=service.headers(), checks=CHECKS)
        seen.setdefault(label, set()).add(response.status_code)

    run()


def test_generated_requests_get_no_server_error_and_only_documented_answers(service: Service) -> None:
    operations = _operations(service)
    assert {f"{op.method.upper()} {op.path}" for op in operations} == {
        "GET /sync/v1/info",
        "POST /sync/v1/push",
        "GET /sync/v1/changes",
        "GET /sync/v1/snapshot/{prisoner_id}",
        "POST /sync/v1/grants",
    }
    seen: dict[str, set[int]] = {}
    for operation in operations:
        _exercise(operation, service, seen)
    # The bound was used on every operation, and the answers were not all refusals.
    assert set(seen) == {f"{op.method.upper()} {op.path}" for op in operations}
    assert 200 in seen["GET /sync/v1/changes"] and 200 in seen["GET /sync/v1/info"]
    assert 200 in seen["POST /sync/v1/push"]


def test_a_wrong_method_is_405_with_allow(service: Service) -> None:
    client = httpx.Client(base_url=service.url)
    for method, path, allowed in (
        ("DELETE", "/sync/v1/push", "POST"),
        ("PUT", "/sync/v1/changes", "GET"),
        ("POST", "/sync/v1/info", "GET"),
    ):
        response = client.request(method, path, headers=service.headers())
        assert response.status_code == 405, (method, path)
        assert response.headers["allow"] == allowed
        assert response.headers["content-type"] == "application/problem+json"
    client.close()
