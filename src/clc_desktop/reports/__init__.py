"""The exchange format (shared/spec/report-format-v1.md): write, read, validate, consolidate.

No Qt here. The writers and readers arrive with the report export work.
"""
