"""Errors a use case reports to whoever called it (window or command line)."""

from typing import TypeVar

T = TypeVar("T")


class InvalidInput(ValueError):
    """The values cannot be stored. ``problems`` maps field name to a domain.Problem code."""

    def __init__(self, problems: dict[str, str]):
        super().__init__(", ".join(f"{field}: {code}" for field, code in problems.items()))
        self.problems = problems


class StillInUse(ValueError):
    """A row cannot be deleted because others depend on it (e.g. an organisation's people)."""

    def __init__(self, count: int):
        super().__init__(f"{count} dependent rows")
        self.count = count


class NotFound(LookupError):
    """What was asked for is not in the document: deleted meanwhile, or a wrong id typed
    on the command line. ``kind`` says what ("session", "organisation", ...), ``key`` which."""

    def __init__(self, kind: str, key: object):
        super().__init__(f"no {kind} {key!r}")
        self.kind = kind
        self.key = key

    @classmethod
    def unless(cls, found: T | None, kind: str, key: object) -> T:
        """``found``, or this error when the lookup came back empty."""
        if found is None:
            raise cls(kind, key)
        return found


class NotReady(ValueError):
    """The session (or the settings) lack what the use case needs, e.g. a calendar
    invitation needs a start time and the organiser's email. ``missing`` maps each
    missing field to a domain.Problem code, like :class:`InvalidInput`."""

    def __init__(self, missing: dict[str, str]):
        super().__init__(", ".join(f"{field}: {code}" for field, code in missing.items()))
        self.missing = missing
