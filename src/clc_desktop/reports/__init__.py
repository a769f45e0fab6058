"""The exchange format (shared/spec/report-format-v1.md) and nothing else: the cube and
its hash (:mod:`.cube`), the header (:mod:`.header`), writing (:mod:`.workbook`, with the
human sheets of :mod:`.human` and :mod:`.consolidated_sheet`), reading and validating
(:mod:`.reader`).

Of this program it imports only :mod:`clc_desktop.domain` (an import-linter contract
checks it): what a report counts is :mod:`clc_desktop.services.indicators`, what a
coordinator does with reports is :mod:`clc_desktop.coordinator`. No Qt here.
"""
