"""Benchmarks: `python -m benchmarks` (or `make bench`) prints one table."""
