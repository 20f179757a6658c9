"""The central record: the shared authority terminals sync with (DESIGN.md section 5).

An ASGI service (FastAPI under uvicorn) on PostgreSQL in production and SQLite as the embedded
default. It imports only ``workbench.protocol`` and ``workbench.domain`` of ours, never Qt.

- ``app.create_app``: the HTTP service (``/sync/v1/...`` and ``/openapi.json``);
- ``db.open_database`` / ``db.mark_restored``: engine, migrations, server epoch;
- ``apply``: how one pushed change is applied (idempotency, authorisation, merge, sequence numbers);
- ``pull``: the changes feed, snapshots and grants;
- ``enrol``: establishments, devices (with their bearer tokens) and users;
- ``embedded.start_embedded``: the service on SQLite on loopback in a background thread.
"""
