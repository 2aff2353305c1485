"""Facilitator: plan webcast sessions, invite officials, record attendance."""

__version__ = "0.1.0"
