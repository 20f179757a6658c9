"""The single integrated sentence plan (issue 9): one plan per prisoner, versions, objectives, actions."""

from workbench.casework.plan.service import PlanService

__all__ = ["PlanService"]
