"""Kilas: an offline studio for one-minute vertical public-service videos."""

__version__ = "0.1.0"
