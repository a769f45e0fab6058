"""The Consolidation page (coordinator mode): a shell (:mod:`.page`) and one widget per
tab, sharing a coordinator context (:mod:`.context`)."""

from clc_desktop.ui.pages.consolidation.page import ConsolidationPage

__all__ = ["ConsolidationPage"]
