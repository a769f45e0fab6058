"""The only Qt code: main window, pages, dialogs, table models, background tasks."""
