"""The risk management plan editor (issue 8 point 4)."""
