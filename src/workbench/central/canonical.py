"""Canonical JSON and the payload hash of a pushed change.

The payload hash identifies a change's content for idempotency: the same change id with the same hash
is a DUPLICATE, with another hash it is refused. It is the SHA-256 of the change's canonical JSON
(``dumps`` of ``ChangeIn.model_dump(mode="json")``), and it is stored in the change log, so its bytes
must never change between versions. ``payload_hash`` writes that JSON directly from the change's
fields (a first sync hashes tens of thousands of changes) and falls back to the model's own dump for
anything it does not write the same way; a test compares the two on every kind of change.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import orjson

from workbench.protocol.messages import ChangeIn, Scalar


def dumps(value: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, ASCII only."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def dumps_patch(patch: dict[str, Scalar]) -> str:
    """``dumps(patch)`` for a flat dict of wire scalars (every pushed change has one).

    orjson writes it several times faster and byte for byte the same when there is no float (it
    writes those differently), the result is ASCII (``dumps`` escapes the rest) and holds no DEL
    (which ``dumps`` escapes too); otherwise, and for an integer beyond 64 bits, ``dumps`` writes it.
    """
    if float not in set(map(type, patch.values())):
        try:
            text = orjson.dumps(patch, option=orjson.OPT_SORT_KEYS)
        except TypeError:
            return dumps(patch)
        if text.isascii() and b"\x7f" not in text:
            return text.decode("ascii")
    return dumps(patch)


def reference_hash(change: ChangeIn) -> str:
    """The payload hash as defined: SHA-256 of the canonical JSON of the change's JSON dump."""
    return hashlib.sha256(dumps(change.model_dump(mode="json")).encode()).hexdigest()


def payload_hash(
    change: ChangeIn, patch_json: str | None = None, ids: tuple[str, str, str] | None = None
) -> str:
    """The payload hash (``reference_hash``), written without dumping the model when it can be.

    ``patch_json`` is ``dumps(change.patch)`` and ``ids`` the change id, entity id and author id as
    text, when the caller has them already (the model's dump keeps the patch's values as they are).
    A time with a zone is left to the model: it writes UTC as ``Z``.
    """
    if patch_json is None:
        patch_json = dumps_patch(change.patch)
    created = change.created_at
    if created.tzinfo is not None:
        return reference_hash(change)
    change_id, entity_id, author_id = ids or (
        str(change.change_id),
        str(change.entity_id),
        str(change.author_id),
    )
    pid = "null" if change.prisoner_id is None else f'"{change.prisoner_id}"'
    base = "null" if change.base_version is None else str(int(change.base_version))
    text = (
        f'{{"author_id":"{author_id}","base_version":{base},'
        f'"change_id":"{change_id}","created_at":"{created.isoformat()}",'
        f'"entity":{dumps(change.entity)},"entity_id":"{entity_id}","op":"{change.op.value}",'
        f'"patch":{patch_json},"prisoner_id":{pid}}}'
    )
    return hashlib.sha256(text.encode()).hexdigest()


def same_json(a: dict[str, Scalar], b: dict[str, Scalar]) -> bool:
    """Whether ``a`` and ``b`` write the same canonical JSON: equal, keys in the same order and each
    value of the same type (so True is not taken for 1, nor 1.0 for 1); all compared in C."""
    if a is b:
        return True
    return a == b and list(a) == list(b) and list(map(type, a.values())) == list(map(type, b.values()))
