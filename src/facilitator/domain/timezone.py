"""Times are stored in UTC and shown in Europe/Stockholm, whatever the laptop's zone."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def to_utc_text(local: datetime) -> str:
    """Store a Stockholm wall-clock time (naive or aware) as ISO 8601 UTC text."""
    if local.tzinfo is None:
        local = local.replace(tzinfo=STOCKHOLM)
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_utc_text(stored: str | None) -> datetime | None:
    """Read stored UTC text back as an aware Stockholm time."""
    if not stored:
        return None
    parsed = datetime.fromisoformat(stored.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(STOCKHOLM)


def utc_now_text() -> str:
    """The current time as stored in created_at/updated_at columns."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
