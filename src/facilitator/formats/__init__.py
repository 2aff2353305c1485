"""Readers and writers of files. No database access here."""
