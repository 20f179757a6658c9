"""The "Risk of harm" tab: RoSH screening, full analysis (issue 8 points 2 and 3)."""
