"""The one family of errors the library raises; the CLIs turn each into one line and exit 2."""

from __future__ import annotations


class PipelineError(Exception):
    """Base of every error the library raises on purpose."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem

    def line(self) -> str:
        """The one line shown to the user."""
        return self.problem


class ExcerptError(PipelineError):
    """An excerpt file (or folder) that cannot be used, named with the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(problem)
        self.path = path

    def line(self) -> str:
        return f"{self.path}: {self.problem}"

    def __str__(self) -> str:
        return self.line()


class VerdictError(ExcerptError):
    """A malformed verdicts.toml, named with the line."""


class RecordError(ExcerptError):
    """An out/ record that cannot be read (checks.py)."""


class UsageError(PipelineError):
    """A bad command-line argument or combination."""
