"""CLC Desktop: offline records and reports for community learning centres."""

__version__ = "0.1.0"
APP_NAME = "CLC Desktop"
