"""Likelihood of reoffending assessment (issue 3): the case page tab."""
