"""Application services (use cases): the only code that writes case data.

Each call checks the user's role, runs as ONE transaction that writes the domain rows, an audit
event and an outbox change, and returns frozen DTOs plus a ``ChangeSet`` (DESIGN.md section 2).
"""
