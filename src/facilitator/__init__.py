"""Facilitator: plan webcast sessions, invite officials, record attendance."""

# The one place for the version: pyproject.toml, the frozen builds, the installers and
# Help → About all read it from here.
__version__ = "0.1.0"

# The application's reverse-DNS id: the Linux .desktop file, AppStream metainfo and
# icon names, and the macOS bundle identifier.
APP_ID = "io.github.facilitator_se.Facilitator"
