"""Icons, translations, stylesheet and reference data, shipped as package data.

This folder is installed as the package ``facilitator.resources`` (see pyproject.toml).
"""
