"""The guided initial interview (issue 8 point 1).

- ``form``: answers and referrals as stored, and what cannot be stored;
- ``service``: ``InterviewService`` — drafts owned by their author (class C), signing into an immutable
  record (class A), corrections that supersede, referral status updates (class B), and the Qt-free
  queries the assessment (evidence prompts) and the sentence plan (``latest_signed``) use.
"""

from __future__ import annotations

from workbench.casework.interview.service import InterviewService

__all__ = ["InterviewService"]
