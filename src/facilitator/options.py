"""The user's settings on this laptop (QSettings), declared as typed options in one place.

Settings that belong to a document (its county) live in the document instead.
``SETTINGS_VERSION`` and :meth:`Options.upgrade` carry old settings forward when their
shape changes.
"""

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
MAX_RECENT = 8


class Options:
    def __init__(self, settings: QSettings):
        self._settings = settings
        self.upgrade()

    def upgrade(self) -> None:
        version = int(self._settings.value("settings_version", 0) or 0)
        # Version 0 -> 1: nothing to move yet; later versions add steps here.
        if version < SETTINGS_VERSION:
            self._settings.setValue("settings_version", SETTINGS_VERSION)

    def _text(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return str(value) if value is not None else default

    # -- language: "sv", "en", or "" for the system's -----------------------------
    @property
    def language(self) -> str:
        return self._text("language")

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)

    # -- the lead, as organiser of calendar invitations ---------------------------
    @property
    def lead_name(self) -> str:
        return self._text("lead/name")

    @lead_name.setter
    def lead_name(self, value: str) -> None:
        self._settings.setValue("lead/name", value)

    @property
    def lead_email(self) -> str:
        return self._text("lead/email")

    @lead_email.setter
    def lead_email(self, value: str) -> None:
        self._settings.setValue("lead/email", value)

    # -- "Write to invitees": the lead's own subject and body, per language ------------
    def mail_template(self, language: str) -> tuple[str, str] | None:
        """(subject, body) the lead saved for ``language`` ("sv"/"en"), or None to use
        the built-in one (services.mail.default_template), which may improve later."""
        subject = self._settings.value(f"mail/{language}/subject")
        body = self._settings.value(f"mail/{language}/body")
        if subject is None and body is None:
            return None
        return str(subject or ""), str(body or "")

    def set_mail_template(self, language: str, subject: str, body: str) -> None:
        self._settings.setValue(f"mail/{language}/subject", subject)
        self._settings.setValue(f"mail/{language}/body", body)

    def reset_mail_template(self, language: str) -> None:
        """Back to the built-in template for ``language``."""
        self._settings.remove(f"mail/{language}")

    # -- attendance reports: minutes in the meeting to count as present ----------
    @property
    def minimum_minutes_present(self) -> int:
        try:
            return max(0, int(self._settings.value("attendance/minimum_minutes", 15)))
        except (TypeError, ValueError):
            return 15

    @minimum_minutes_present.setter
    def minimum_minutes_present(self, value: int) -> None:
        self._settings.setValue("attendance/minimum_minutes", int(value))

    # -- exporting attendance lists: the last choice is offered again ------------------
    @property
    def export_format(self) -> str:
        """An ExportFormat value ("csv_excel", "csv_plain", "xlsx", "pdf")."""
        return self._text("export/format", "csv_excel")

    @export_format.setter
    def export_format(self, value: str) -> None:
        self._settings.setValue("export/format", value)

    @property
    def export_columns(self) -> list[str]:
        """Column keys in the chosen order; empty for the default choice."""
        value = self._settings.value("export/columns", [])
        if isinstance(value, str):  # QSettings returns a lone item as a string
            value = [value]
        return [str(item) for item in value or []]

    @export_columns.setter
    def export_columns(self, keys: list[str]) -> None:
        self._settings.setValue("export/columns", keys)

    @property
    def export_whole_programme(self) -> bool:
        return self._text("export/whole_programme", "false") == "true"

    @export_whole_programme.setter
    def export_whole_programme(self, value: bool) -> None:
        self._settings.setValue("export/whole_programme", "true" if value else "false")

    # -- personal data and backups ------------------------------------------------
    @property
    def retention_months(self) -> int:
        """Remove Old Personal Data suggests people inactive for this many months."""
        return self._number("privacy/retention_months", 24)

    @retention_months.setter
    def retention_months(self, months: int) -> None:
        self._settings.setValue("privacy/retention_months", int(months))

    @property
    def backups_keep_newest(self) -> int:
        return self._number("backups/keep_newest", 10)

    @property
    def backups_weekly_weeks(self) -> int:
        return self._number("backups/weekly_weeks", 8)

    def _number(self, key: str, default: int) -> int:
        try:
            return max(1, int(self._settings.value(key, default)))
        except (TypeError, ValueError):
            return default

    def storage_warning_dismissed(self, path: str) -> bool:
        return path in self._list("storage_warning_dismissed")

    def dismiss_storage_warning(self, path: str) -> None:
        self._settings.setValue("storage_warning_dismissed", [*self._list("storage_warning_dismissed"), path])

    def _list(self, key: str) -> list[str]:
        value = self._settings.value(key, [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in value or []]

    # -- documents ---------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self._settings.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns a lone item as a string
            value = [value]
        return [str(item) for item in value or []]

    def add_recent_file(self, path: str) -> None:
        files = [path] + [item for item in self.recent_files if item != path]
        self._settings.setValue("recent_files", files[:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        self._settings.setValue("recent_files", [item for item in self.recent_files if item != path])

    @property
    def last_document(self) -> str:
        return self._text("last_document")

    @last_document.setter
    def last_document(self, value: str) -> None:
        self._settings.setValue("last_document", value)

    # -- window layout ---------------------------------------------------------
    def layout(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_layout(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"layout/{key}", value)

    def sync(self) -> None:
        self._settings.sync()
