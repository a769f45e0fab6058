"""Use cases: one user action, one transaction. No Qt."""
