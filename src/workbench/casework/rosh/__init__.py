"""Risk of harm casework (issue 8): screening, full analysis, countersigning.

Import the services from their modules (``casework.rosh.screening`` …); this package imports nothing
so that the likelihood assessment can read the signed records without a cycle.
"""
