"""The terminal's sync client (DESIGN.md section 5): outbox push, cursor pull, merge, conflict queue.

Layering: imports ``workbench.store`` and ``workbench.protocol`` only, never Qt or casework.

- ``transport``: the HTTP transport (httpx) behind a ``Transport`` protocol, retries with backoff and
  the mapping of HTTP answers to errors (``SyncApi``);
- ``apply``: applying server changes and snapshots to the local store, generically over the entity
  registry, without ever overwriting pending local work;
- ``client``: ``SyncClient`` — push, pull, epoch handling, quarantine, purge after transfer;
- ``state``: the sync bookkeeping in ``SyncState`` and the status the window shows;
- ``settings``: where a terminal finds its central record and token.
"""
