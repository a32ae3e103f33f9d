"""The README never goes stale.

Convention (also written, invisibly, at the top of the README's developers section):

* every ``credgate ...`` command in every fenced ```sh block must be accepted by
  credgate's own argument parser (``credgate.main.build_parser``), so a renamed
  option or command breaks this test, not the reader;
* a ```sh block right after a ``<!-- test: sandbox -->`` marker is also *run*,
  line by line and in README order, in one shared sandbox: a git repository with
  two commits, an AWS key added and deleted in its history, an ``origin/main``
  ref, and ``backups/site-2019.tar.gz`` holding an old config with a token.  Each
  line must exit 0 or 1 (1 = findings), or exactly N when it ends with
  ``# exit N``; files named by ``-o/--output`` (and ``ci --junit/--sarif/--markdown``)
  must exist afterwards.  ``pip ...`` lines are not run (the package is installed).
"""
from __future__ import annotations

import io
import os
import re
import shlex
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.helpers import aws_pair, commit_file, git, git_env, github_pat, init_repo
from tests.ux.cmdline import credgate_invocations, parse_error

README = Path(__file__).resolve().parents[2] / "README.md"
MARKER = "<!-- test: sandbox -->"
USER_SECTIONS = ("developers", "pipelines", "auditors")


def sh_blocks(text: str) -> list[tuple[int, bool, list[str]]]:
    """(line number, runs in the sandbox?, lines) for every ```sh block."""
    lines = text.splitlines()
    out = []
    i = 0
    while i < len(lines):
        if lines[i].strip() in ("```sh", "```bash", "```shell"):
            start = i
            prev = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
            body = []
            i += 1
            while i < len(lines) and lines[i].strip() != "```":
                body.append(lines[i])
                i += 1
            out.append((start + 1, prev == MARKER, body))
        i += 1
    return out


def section(text: str, name: str) -> str:
    m = re.search(rf"<!-- section:{name} -->(.*?)<!-- /section:{name} -->", text, re.S)
    return m.group(1) if m else ""


def test_user_sections_exist_and_each_has_runnable_snippets():
    text = README.read_text(encoding="utf-8")
    assert "## Quick start" in text
    for name in USER_SECTIONS:
        body = section(text, name)
        assert body, f"README has no section {name}"
        assert sum(ok for _, ok, _ in sh_blocks(body)) >= 1, f"section {name} has no tested snippet"


def test_every_credgate_command_in_the_readme_parses():
    problems, checked = [], 0
    for lineno, _, body in sh_blocks(README.read_text(encoding="utf-8")):
        for k, line in enumerate(body):
            for cmd in credgate_invocations(line):
                checked += 1
                err = parse_error(cmd)
                if err:
                    problems.append(f"README.md:{lineno + 1 + k}: {cmd}\n    {err}")
    assert not problems, "README commands credgate does not accept:\n" + "\n".join(problems)
    assert checked >= 30


def _sandbox(root: Path) -> Path:
    repo = init_repo(root / "app")
    first = commit_file(repo, "README.md", "# app\n", message="initial")
    key_id, secret = aws_pair()
    commit_file(repo, "config/deploy.env", f"AWS_ACCESS_KEY_ID={key_id}\nAWS_SECRET_ACCESS_KEY={secret}\n",
                message="deploy settings")
    git(repo, "rm", "-q", "config/deploy.env")
    git(repo, "commit", "-q", "-m", "remove deploy settings")
    git(repo, "update-ref", "refs/remotes/origin/main", first)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        data = f'GITHUB_TOKEN = "{github_pat()}"\n'.encode()
        info = tarfile.TarInfo("site/config.py")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    (repo / "backups").mkdir()
    (repo / "backups" / "site-2019.tar.gz").write_bytes(buf.getvalue())
    with open(repo / ".git" / "info" / "exclude", "a") as fh:
        fh.write("backups/\n")
    return repo


def _outputs(line: str) -> list[str]:
    files = []
    for cmd in credgate_invocations(line):
        argv = shlex.split(cmd)
        for i, a in enumerate(argv[:-1]):
            if a in ("-o", "--output", "--junit", "--sarif", "--markdown"):
                files.append(argv[i + 1])
        files += [a.split("=", 1)[1] for a in argv if a.startswith(("--output=", "--junit=", "--sarif="))]
    return files


def _expected(line: str) -> set[int]:
    m = re.search(r"#\s*exit\s+(\d+)\s*$", line)
    return {int(m.group(1))} if m else {0, 1}


def test_readme_sandbox_snippets_run(tmp_path):
    repo = _sandbox(tmp_path)
    env = git_env(Path(os.environ["HOME"]))
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env.pop("CI", None)
    ran = 0
    text = README.read_text(encoding="utf-8")
    for lineno, runs, body in sh_blocks(text):
        if not runs:
            continue
        for k, line in enumerate(body):
            stripped = line.strip()
            if not stripped or stripped.startswith("#") or stripped.startswith("pip "):
                continue
            where = f"README.md:{lineno + 1 + k}"
            proc = subprocess.run(["bash", "-c", line], cwd=repo, env=env, capture_output=True, timeout=300)
            out = proc.stdout.decode(errors="replace") + proc.stderr.decode(errors="replace")
            ran += 1
            assert proc.returncode in _expected(line), f"{where}: `{stripped}` exited {proc.returncode}\n{out}"
            assert "Traceback" not in out and "internal error" not in out, f"{where}: {out}"
            for f in _outputs(line):
                assert (repo / f).is_file(), f"{where}: `{stripped}` did not write {f}\n{out}"
    assert ran >= 12, ran
    # the journey the README promises: a blocked commit, a history audit, a backup audit, a gate
    assert "settings.py" not in git(repo, "log", "--name-only", "--format=")
    assert "config/deploy.env" in (repo / "history.html").read_text()
    assert "site-2019.tar.gz!site/config.py" in (repo / "backups.html").read_text()
    assert "failures=\"0\"" not in (repo / "credgate-junit.xml").read_text()  # the deleted key in the range


@pytest.mark.parametrize("name", USER_SECTIONS)
def test_user_sections_mention_no_command_that_is_not_run_or_parsed(name):
    """Inline `credgate ...` spans in the prose parse too (the reader pastes those as well)."""
    body = section(README.read_text(encoding="utf-8"), name)
    spans = re.findall(r"`(credgate [^`]+)`", body)
    assert spans
    bad = [s for s in spans if "RULE_ID" not in s and "..." not in s and parse_error(s)]
    assert not bad, bad
