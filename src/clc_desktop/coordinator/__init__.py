"""The coordinator's side: the units it expects reports from, the reports it imported,
their status, what it consolidates from them and who has not reported yet.

A coordinator (commune cluster, district, city) has its own store
(:mod:`~clc_desktop.coordinator.store`, its own file and migrations, opened through the
same safe path as a centre's) and its own use cases, each taking the caller's
``Session`` (one user action, one transaction):

* :mod:`~clc_desktop.coordinator.hierarchy`: units, merges, the unit list as .xlsx;
* :mod:`~clc_desktop.coordinator.report_import`: a dry run of an import, then one commit;
  the status of each unit's report per period;
* :mod:`~clc_desktop.coordinator.consolidation`: the sum of the reports below a unit, and
  the consolidated workbook;
* :mod:`~clc_desktop.coordinator.completeness`: which units reported, and the list as .xlsx.

Report files themselves are :mod:`clc_desktop.reports` (the exchange format). No Qt here.
"""
