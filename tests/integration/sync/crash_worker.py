"""Run in a subprocess by test_crashes.py: start a local save, push or pull, say so, and wait to be killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from workbench.store.engine import open_store
from workbench.store.models import Prisoner
from workbench.store.unit_of_work import Actor, UnitOfWork
from workbench.sync import apply as apply_module
from workbench.sync.client import SyncClient, SyncConfig
from workbench.sync.transport import HttpxTransport, RawResponse, SyncApi


def _announce_and_hang(marker: str) -> None:
    print(marker, flush=True)
    time.sleep(120)  # the parent SIGKILLs us here


class _HangAfterPush:
    def __init__(self, inner: HttpxTransport) -> None:
        self.inner = inner

    def request(
        self, method: str, path: str, *, params: Any = None, body: bytes | None = None
    ) -> RawResponse:
        answer = self.inner.request(method, path, params=params, body=body)
        if path.endswith("/push"):
            _announce_and_hang("PUSH-COMMITTED")  # the server applied the batch; its answer is never used
        return answer

    def close(self) -> None:
        self.inner.close()


def main() -> None:
    mode, db, key, url, token, device, user_id, username, pid = sys.argv[1:10]
    store = open_store(Path(db), bytes.fromhex(key))
    if mode == "save":
        with UnitOfWork(store, Actor(user_id, username)) as uow:
            row = uow.session.get(Prisoner, pid)
            assert row is not None
            uow.update(row, "prisoner.edited", location="CRASHED-SAVE")
            uow.session.flush()
            uow._flush_changes()  # rows, audit and outbox written inside the open transaction
            _announce_and_hang("SAVE-IN-TRANSACTION")
    transport: Any = HttpxTransport(url, token, timeout=10)
    if mode == "push":
        transport = _HangAfterPush(transport)
    if mode == "pull":
        real = apply_module.LocalApplier.apply_change
        seen = [0]

        def slow(self: Any, change: Any) -> None:
            real(self, change)
            seen[0] += 1
            if seen[0] == 4:
                _announce_and_hang("PULL-IN-TRANSACTION")

        apply_module.LocalApplier.apply_change = slow  # type: ignore[method-assign]
    client = SyncClient(store, SyncApi(transport), SyncConfig(device))
    client.sync(push=mode == "push", pull=mode == "pull")
    print("FINISHED", flush=True)


if __name__ == "__main__":
    main()
