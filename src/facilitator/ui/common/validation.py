"""Showing validation problems next to the field they belong to."""

from PySide6.QtWidgets import QLabel, QWidget

from ... import labels


def widget_name(field: str) -> str:
    """``join_link`` (domain field) -> ``joinLink`` (Designer object name)."""
    head, *rest = field.split("_")
    return head + "".join(part.capitalize() for part in rest)


def show_problems(form: object, fields: list[str], problems: dict[str, str]) -> QWidget | None:
    """Fill each field's problem label (``<field>Problem``); return the first bad field."""
    first = None
    for field in fields:
        label: QLabel | None = getattr(form, widget_name(field) + "Problem", None)
        if label is None:
            continue
        code = problems.get(field)
        label.setText(labels.problem(code) if code else "")
        label.setVisible(bool(code))
        label.setProperty("problem", bool(code))
        label.style().unpolish(label)
        label.style().polish(label)
        if code and first is None:
            first = getattr(form, widget_name(field))
    return first
