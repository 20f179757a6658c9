"""Likelihood of reoffending: OGRS3, criminogenic needs, protective factors and the tier (issue 3).

Seed 3.13–3.14: inspectors found the likelihood-of-reoffending assessment sufficient in only 77% of
cases, offending-related factors not identified in 29%, the evidence unclear in 27%, protective
factors ignored in 19%, and assessments copied forward without updating. The package holds:

- ``form``: the form's figures (``preview``: OGRS3 and the tier from the domain), what stops signing,
  what cannot be stored, and the stored rows of a form (the builders the demo generator uses too);
- ``service``: ``AssessmentService`` — drafts owned by their author (sync class C), signing into an
  immutable completed record (class A), corrections that supersede, history;
- ``recalculation``: the managers' bulk "Recalculate tiers" into the local ``tier_derivation`` table.
"""

from __future__ import annotations

from workbench.casework.assessment.form import (
    LIKELIHOOD_CHANGED,
    MAX_PROTECTIVE_FACTOR_LENGTH,
    MAX_PROTECTIVE_FACTORS,
    preview,
)
from workbench.casework.assessment.recalculation import RULE_VERSION, RULES_VERSION
from workbench.casework.assessment.service import AssessmentService

__all__ = [
    "LIKELIHOOD_CHANGED",
    "MAX_PROTECTIVE_FACTORS",
    "MAX_PROTECTIVE_FACTOR_LENGTH",
    "RULES_VERSION",
    "RULE_VERSION",
    "AssessmentService",
    "preview",
]
