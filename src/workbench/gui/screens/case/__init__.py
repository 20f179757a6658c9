"""The case page: one prisoner's summary, key dates, allocations and what is due."""
