"""A finding of the gate: severity, check name, where it is, what is wrong and how to fix it."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict


class Severity(StrEnum):
    """How bad a finding is: errors block publishing, warnings block it with --strict, info never."""

    error = "error"
    warning = "warning"
    info = "info"


# Table and sort order: the worst first.
SEVERITY_ORDER = {Severity.error: 0, Severity.warning: 1, Severity.info: 2}


class Finding(BaseModel):
    """One problem found by one named check, located as precisely as the check can."""

    model_config = ConfigDict(frozen=True)
    severity: Severity
    check: str  # "<group>.<name>", e.g. "evidence.moved"
    excerpt: str | None = None  # excerpt id
    event: str | None = None  # event id
    file: str | None = None  # the file line/column count in (an excerpt, out/index.html, verdicts.toml)
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    problem: str
    fix: str = ""

    def sort_key(self) -> tuple[Any, ...]:
        """Deterministic order: severity, check, then location, then the text."""
        return (SEVERITY_ORDER[self.severity], self.check, self.excerpt or "", self.file or "",
                self.line or 0, self.column or 0, self.event or "", self.problem)

    def where(self) -> str:
        """The location as one short string: excerpt id or file, line:column, event id."""
        parts = []
        place = self.excerpt or self.file or ""
        if self.line is not None:
            place += f" {self.line}:{self.column}" if self.column is not None else f" line {self.line}"
        if place:
            parts.append(place.strip())
        if self.event:
            parts.append(self.event)
        return " · ".join(parts)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Findings in the gate's one deterministic order, duplicates dropped."""
    return sorted(set(findings), key=Finding.sort_key)
