"""Flagging offence-paralleling behaviour (issue 10 point 1)."""
