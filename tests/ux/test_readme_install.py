"""Issue 18 "No dead ends": every install step the README shows can be followed as written.

credgate is not published on a package index, so no line may tell a reader to
`pip install credgate` (or `'credgate[extra]'`) from one; the pre-commit framework
is installed before the first `pre-commit install`; the quick start is a virtual
environment and two commands.
"""
from __future__ import annotations

import re
import shlex
from pathlib import Path

from tests.ux.test_readme import section, sh_blocks

README = Path(__file__).resolve().parents[2] / "README.md"
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _pip_installs(text: str) -> list[list[str]]:
    """The arguments of every `pip install ...` in the text (code blocks and inline spans)."""
    out = []
    for m in re.finditer(r"pip install ([^`\n]+)", text):
        cmd = m.group(1).split("#")[0].split("&&")[0].split(";")[0]
        try:
            out.append(shlex.split(cmd))
        except ValueError:
            out.append(cmd.split())
    return out


def test_no_line_installs_credgate_from_a_package_index():
    text = README.read_text(encoding="utf-8")
    installs = _pip_installs(text)
    assert len(installs) >= 5, installs
    from_index = [a for args in installs for a in args if re.fullmatch(r"credgate(\[[\w,]+\])?", a)]
    assert not from_index, from_index
    assert "is not published on PyPI" in " ".join(text.split())


def test_pre_commit_is_installed_before_pre_commit_install_in_every_section():
    text = README.read_text(encoding="utf-8")
    checked = 0
    for name in ("developers", "git"):
        body = section(text, name)
        first_use = body.index("pre-commit install ")
        assert "pip install pre-commit" in body[:first_use], name
        checked += 1
    assert checked == 2
    # the developers' tested snippet itself starts with it (the sandbox already has the framework)
    dev = section(text, "developers")
    first_block = next(body for _, runs, body in sh_blocks(dev) if runs)
    assert first_block[0].strip() == "pip install pre-commit", first_block


def test_quick_start_is_a_venv_and_two_commands_from_a_clone():
    """Debian's python is "externally managed": `pip install .` outside a virtual environment fails, so the
    quick start makes and activates one first (tests/ux/test_readme_walkthrough.py runs these lines)."""
    text = README.read_text(encoding="utf-8")
    quick = text[text.index("## Quick start"):text.index("<!-- section:developers -->")]
    blocks = [body for _, _, body in sh_blocks(quick)]
    lines = [line.strip() for body in blocks for line in body if line.strip()]
    assert lines == ["python3 -m venv .venv && . .venv/bin/activate", "pip install . && credgate dir .",
                     "pip install -e '.[test]' && python -m pytest"], lines
    assert "From a clone of this repository" in quick and "externally-managed-environment" in quick
    # the extras named there exist
    assert re.search(r"^test = \[", PYPROJECT.read_text(encoding="utf-8"), re.M)
