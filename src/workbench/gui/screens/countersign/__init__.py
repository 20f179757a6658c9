"""The OMU manager's countersigning queue (issue 8 point 6)."""
