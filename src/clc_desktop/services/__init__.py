"""The centre's use cases: one user action, one transaction (the coordinator's are
:mod:`clc_desktop.coordinator`). No Qt."""
