"""Children at risk, identifiable victims and MAPPA (issue 8 point 5)."""
