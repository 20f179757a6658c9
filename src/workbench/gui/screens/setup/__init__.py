"""First-run set-up of a real profile."""
