"""Error types for bad input; each reads as one line naming the file and the problem."""

from __future__ import annotations

from dataclasses import dataclass


class ArticleError(Exception):
    """An article that cannot be read as one: "PATH: message".

    The fields live in `args`, so the error pickles and compares like any exception, and the
    properties are read-only: an error should say what happened, not be edited on the way up.
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message)

    @property
    def path(self) -> str:
        return str(self.args[0])

    @property
    def message(self) -> str:
        return str(self.args[1])

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class FileError(Exception):
    """A file the checker is told to use (rules, configuration, accepted findings) that cannot
    be used: "PATH:LINE: message", or "PATH: message" when no line is to blame."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        super().__init__(path, line, message)

    @property
    def path(self) -> str:
        return str(self.args[0])

    @property
    def line(self) -> int | None:
        line: int | None = self.args[1]
        return line

    @property
    def message(self) -> str:
        return str(self.args[2])

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class RuleFileError(FileError):
    """A rule file that cannot be used: "PATH:LINE: message (key KEY)"."""

    def __init__(self, path: str, line: int | None, message: str, key: str | None = None) -> None:
        Exception.__init__(self, path, line, message, key)

    @property
    def key(self) -> str | None:
        key: str | None = self.args[3]
        return key

    def __str__(self) -> str:
        suffix = "" if self.key is None else f" (key {self.key})"
        return f"{super().__str__()}{suffix}"


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A problem found while reading input, collected so the rest of the input is still read."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ConfigError(FileError):
    """A configuration file that cannot be used: "PATH:LINE: message" (no line: "PATH: message")."""


class AcceptedFileError(FileError):
    """An accepted-findings file that cannot be used: "PATH:LINE: message"."""
