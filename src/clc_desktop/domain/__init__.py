"""Plain Python rules and code lists. No Qt, no SQLAlchemy."""
