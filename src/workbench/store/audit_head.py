"""The audit trail's head kept OUTSIDE the table, so a shortened trail is detected (issue 7 point 19).

The hash chain alone proves that no stored event was changed, removed from the middle or reordered;
it cannot prove that none were removed from the end, nor that the whole trail was not rewritten and
re-hashed by someone holding the key. So after each committing unit of work the number of events and
the newest hash are written to a small file beside the database (``<database>.audit-head.json``,
0600, replaced atomically), and sent with each push to the central record. ``verify_chain`` compares
the trail with it: shorter than the anchor is truncation; longer is fine (a crash between the
database commit and the file write leaves the file behind, never ahead).
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.domain.errors import StorageError

log = logging.getLogger("workbench.store")

SUFFIX = ".audit-head.json"
_HASH_RE = re.compile(r"^[0-9a-f]{64}$")
_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()


@dataclass(frozen=True)
class AuditHead:
    """How many events the trail holds and the hash of the newest (the chain's head)."""

    count: int
    hash: str

    def to_json(self) -> str:
        """The file's content."""
        return json.dumps({"count": self.count, "hash": self.hash}, sort_keys=True) + "\n"


def head_path(database: Path) -> Path:
    """Where the anchor of the database at ``database`` is kept (beside it, same directory)."""
    return database.with_name(database.name + SUFFIX)


def read_head(database: Path) -> AuditHead | None:
    """The anchor of ``database``; None when there is none yet. ``StorageError`` if it is unreadable."""
    path = head_path(database)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(f"The audit anchor {path.name} cannot be read: {exc.strerror}.") from exc
    try:
        data = json.loads(text)
        count, digest = data["count"], data["hash"]
    except (ValueError, TypeError, KeyError) as exc:
        raise StorageError(f"The audit anchor {path.name} is damaged (not the expected JSON).") from exc
    if not isinstance(count, int) or isinstance(count, bool) or count < 0 or not isinstance(digest, str):
        raise StorageError(f"The audit anchor {path.name} is damaged (bad count or hash).")
    if not _HASH_RE.match(digest):
        raise StorageError(f"The audit anchor {path.name} is damaged (bad count or hash).")
    return AuditHead(count, digest)


def write_head(database: Path, head: AuditHead) -> None:
    """Replace the anchor atomically with ``head``: a temporary 0600 file, fsync, then rename over it.

    A reader (or a crash) sees the old anchor or the new one, never a half-written file. The folder is
    not fsynced after the rename: losing the rename in a power cut leaves the old anchor, which is
    behind the trail, and behind is allowed; the extra fsync would cost every save a few ms.
    """
    path = head_path(database)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, head.to_json().encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def lock_for(database: Path) -> threading.Lock:
    """One lock per database file, so two threads committing at once advance the anchor in order."""
    key = database.resolve()
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


def advance_head(database: Path, read_trail: Callable[[int | None], tuple[AuditHead, str | None]]) -> bool:
    """Move the anchor forward to the committed trail's head; return whether it moved.

    ``read_trail(count)`` reads the committed trail: its head, and the hash it holds at position
    ``count`` (None if shorter; ``count`` is None when there is no anchor yet). It runs under a lock
    per database, after the commit, so the anchor is never ahead of what is committed. The anchor
    never moves backwards, and never moves past a trail that no longer continues from it: a truncated
    or rewritten trail keeps its old anchor as evidence for ``workbench audit verify``.
    """
    with lock_for(database):
        try:
            current = read_head(database)
        except StorageError:
            log.warning("the audit anchor is damaged; it is left as it is for audit verify to report")
            return False
        head, at_anchor = read_trail(None if current is None else current.count)
        if current is not None:
            if head.count <= current.count:
                return False
            if at_anchor != current.hash:
                log.warning("the audit trail does not continue from its anchor; run workbench audit verify")
                return False
        write_head(database, head)
        return True
