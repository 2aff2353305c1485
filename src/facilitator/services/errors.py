"""Errors a use case reports to whoever called it (window or command line)."""


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
