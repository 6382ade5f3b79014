"""The exception tree and the `Issue` record every check returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, get_args

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)  # Vietnamese first: the default of every message and report


class VncpcError(Exception):
    """Base of every exception this package raises on purpose."""


class BilingualError(VncpcError):
    """An error that carries a Vietnamese and an English message (`str()` gives the Vietnamese one)."""

    def __init__(self, message_vi: str, message_en: str | None = None) -> None:
        super().__init__(message_vi)
        self.message_vi = message_vi
        self.message_en = message_en or message_vi

    def message(self, lang: Lang = "vi") -> str:
        """Return the message in `lang`."""
        return self.message_vi if lang == "vi" else self.message_en


class InputError(BilingualError, ValueError):
    """A bad argument to a calculation: carries a Vietnamese and an English message."""


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One problem found in one file, with where it is and what to do.

    `code` is a stable machine-readable identifier (e.g. ``"value.not_in_list"``); `message_vi` and
    `message_en` are complete sentences for a staff member, quoting the bad value and what was expected.
    """

    code: str
    file: str
    message_vi: str
    message_en: str
    sheet: str | None = None
    cell: str | None = None
    column: str | None = None
    value: Any = None
    severity: Severity = Severity.ERROR
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def message(self, lang: Lang = "vi") -> str:
        """Return the message in `lang`."""
        return self.message_vi if lang == "vi" else self.message_en

    @property
    def location(self) -> str:
        """Return ``file › sheet › cell`` (whatever parts are known)."""
        parts = [self.file]
        if self.sheet:
            parts.append(self.sheet)
        if self.cell:
            parts.append(self.cell)
        return " › ".join(parts)

    def to_dict(self, lang: Lang = "vi") -> dict[str, Any]:
        """Return a JSON-ready dict of this issue."""
        value = self.value if isinstance(self.value, (str, int, float, bool, type(None))) else str(self.value)
        return {
            "severity": self.severity.value,
            "code": self.code,
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "column": self.column,
            "value": value,
            "message": self.message(lang),
            "message_vi": self.message_vi,
            "message_en": self.message_en,
        }


class ValidationFailed(VncpcError):
    """Raised only in strict mode: carries every `Issue` found."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(f"{len(issues)} vấn đề / issues")
        self.issues = issues
