"""Reviews that keep the plan alive (issue 10): the trigger sweep, review tasks, recorded reviews."""

from workbench.casework.reviews.service import ReviewService

__all__ = ["ReviewService"]
