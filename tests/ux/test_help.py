"""Help reads like a man page: every command documents itself with examples, and every example parses."""
from __future__ import annotations

import importlib

import pytest

from credgate.main import COMMANDS, EPILOG, build_parser
from tests.helpers import run_credgate
from tests.ux.cmdline import credgate_invocations, parse_error


def _epilogs():
    yield "credgate", EPILOG
    for name, (mod, _) in COMMANDS.items():
        module = importlib.import_module(mod)
        yield name, getattr(module, "EPILOG", "") or ""


def test_top_level_help_is_a_man_page():
    proc = run_credgate(["--help"])
    out = proc.stdout.decode()
    assert proc.returncode == 0
    for heading in ("getting started:", "at commit time", "in a pipeline", "audits", "output:", "environment:",
                    "exit codes:"):
        assert heading in out, heading
    for name in COMMANDS:
        assert f"    {name} " in out, name
    assert run_credgate([]).returncode == 2  # no command: the help, and a usage exit code


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_with_examples(name):
    proc = run_credgate([name, "--help"])
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr.decode()
    assert "examples:" in out and f"credgate {name}" in out
    assert "Traceback" not in out + proc.stderr.decode()


def test_every_example_in_every_help_text_parses():
    checked = 0
    problems = []
    for where, text in _epilogs():
        for line in text.splitlines():
            for cmd in credgate_invocations(line):
                checked += 1
                err = parse_error(cmd)
                if err:
                    problems.append(f"{where}: {cmd!r}: {err}")
    assert not problems, "\n".join(problems)
    assert checked >= 40


def test_the_example_checker_can_fail():
    assert parse_error("credgate dir . --no-such-option")
    assert parse_error("credgate dir . --format pdf")
    assert parse_error("credgate dir .") is None
    assert credgate_invocations("  credgate dir .   scan the current folder") == ["credgate dir ."]
    assert credgate_invocations('echo x | credgate hook pre-push origin  # c') == ["credgate hook pre-push origin"]
    assert build_parser() is not None
