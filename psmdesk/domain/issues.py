"""Validation results as data, so the UI can mark the right field and the CLI can print a list."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    # A warning never blocks saving: regions split and old documents stay valid.
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Issue:
    field: str
    code: str
    message: str
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.ERROR


def errors(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == Severity.ERROR]


def warnings(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == Severity.WARNING]


def has_errors(issues: Iterable[Issue]) -> bool:
    return any(i.severity == Severity.ERROR for i in issues)


class ValidationFailed(Exception):  # noqa: N818 - the name the services already use
    """Raised by services when input cannot be saved; the messages are shown to the user as-is."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues: list[Issue] = list(issues)
        super().__init__(self.summary())

    def summary(self) -> str:
        messages = [i.message for i in errors(self.issues)] or [i.message for i in self.issues]
        if not messages:
            return "Data belum bisa disimpan."
        if len(messages) == 1:
            return messages[0]
        return "Data belum bisa disimpan: " + "; ".join(messages)

    def __str__(self) -> str:
        return self.summary()
