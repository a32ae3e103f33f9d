"""Exceptions that map to documented exit codes."""
from __future__ import annotations

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_INTERNAL = 123


class CredgateError(Exception):
    """A problem the user can fix; ``exit_code`` says how we exit."""

    exit_code = EXIT_USAGE


class ConfigError(CredgateError):
    """The configuration (file, rule, option) is wrong."""


class UsageError(CredgateError):
    """The command line is wrong."""
