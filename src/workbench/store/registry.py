"""Every syncable model of the local store, in parent-before-child order.

The one list the sync client, the snapshot loader and the schema tests walk. A module that adds
synced models (one per capability, so no model file grows past reading size) lists them here once;
importing this module also puts every table on ``Base.metadata``.
"""

from __future__ import annotations

from typing import Any

from workbench.store.child_victim_models import CHILD_VICTIM_SYNCED_MODELS
from workbench.store.interview_models import INTERVIEW_SYNCED_MODELS  # -- interview (issue 8) --
from workbench.store.models import CORE_SYNCED_MODELS
from workbench.store.plan_models import PLAN_SYNCED_MODELS  # -- sentence plan (issue 9) --
from workbench.store.review_models import REVIEW_SYNCED_MODELS  # -- reviews and boards (issue 10) --
from workbench.store.rosh_models import ROSH_SYNCED_MODELS

SYNCED_MODELS: tuple[type[Any], ...] = (
    *CORE_SYNCED_MODELS,
    # -- risk of harm (issue 8) --
    *ROSH_SYNCED_MODELS,
    # -- interview (issue 8) --
    *INTERVIEW_SYNCED_MODELS,
    # -- children and victims (issue 8 point 5) --
    *CHILD_VICTIM_SYNCED_MODELS,
    # -- sentence plan (issue 9) --
    *PLAN_SYNCED_MODELS,
    # -- reviews and boards (issue 10) --
    *REVIEW_SYNCED_MODELS,
)
