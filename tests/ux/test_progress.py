"""Progress and the end-of-run summary: shown to a person at a terminal, silent in CI, pipes and hooks."""
from __future__ import annotations

import os
import re

from tests.helpers import aws_pair, commit_file, git, github_pat, init_repo, run_credgate
from tests.ux.ptyrun import run_in_pty

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _tree(tmp_path):
    root = tmp_path / "proj"
    for i in range(40):
        d = root / f"pkg{i % 4}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"mod{i}.py").write_text(f"def f{i}():\n    return {i}\n" * 20)
    key_id, secret = aws_pair()
    (root / "pkg0" / "settings.py").write_text(f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n')
    (root / "pkg1" / "tok.py").write_text(f'TOKEN = "{github_pat()}"\n')
    (root / "blob.bin").write_bytes(b"\x00\x01" * 100)
    (root / "big.txt").write_text("x" * 5000)
    return root


def test_terminal_gets_a_progress_bar_and_a_summary_table(tmp_path):
    root = _tree(tmp_path)
    report = tmp_path / "audit.html"
    rc, out = run_in_pty(["dir", str(root), "--max-file-size", "1KB", "-f", "html", "-o", str(report)],
                         env={"CREDGATE_PROGRESS_DELAY": "0"})
    text = ANSI.sub("", out).replace("\r", "\n")
    assert rc == 1, text
    # the bar: counts and rate
    assert re.search(r"scanning .*\d+ items, [\d.]+ MB, [\d,]+/s, \d+ findings", text), text
    # the table: by severity and rule, skipped, time, where the report is
    table = text[text.index("credgate dir summary"):]
    assert re.search(r"critical\s+3", table) and re.search(r"total findings\s+3", table)
    assert re.search(r"aws-access-key-id\s+1", table) and re.search(r"github-personal-access-token\s+1", table)
    assert re.search(r"skipped\s+2 \(", table) and "binary" in table
    assert re.search(r"time taken\s+\d+\.\d\ds", table)
    assert f"report{' ' * 1}" in table and str(report) in table
    assert report.exists()


def test_short_runs_on_a_terminal_show_no_bar(tmp_path):
    root = _tree(tmp_path)
    rc, out = run_in_pty(["dir", str(root)], env={"CREDGATE_PROGRESS_DELAY": "3600"})
    text = ANSI.sub("", out)
    assert rc == 1 and "scanning" not in text and "summary" not in text, text
    assert "credgate dir: 3 findings" in text, text


def test_silent_in_ci_when_piped_quiet_or_disabled(tmp_path):
    root = _tree(tmp_path)
    out_file = tmp_path / "r.json"
    args = ["dir", str(root), "-f", "json", "-o", str(out_file)]
    for env in ({"CI": "true"}, {"CREDGATE_PROGRESS": "0"}):
        rc, out = run_in_pty(args, env={"CREDGATE_PROGRESS_DELAY": "0", **env}, unset=("NO_COLOR",)
                             if "CI" in env else ("CI", "NO_COLOR"))
        text = ANSI.sub("", out)
        assert rc == 1 and "scanning" not in text and "summary" not in text, (env, text)
    rc, out = run_in_pty([*args, "--quiet"], env={"CREDGATE_PROGRESS_DELAY": "0"})
    assert rc == 1 and ANSI.sub("", out).strip() == ""
    piped = run_credgate(args, env={"CREDGATE_PROGRESS_DELAY": "0"})  # stderr is a pipe
    assert piped.returncode == 1
    assert b"scanning" not in piped.stderr and b"summary" not in piped.stderr
    assert piped.stderr.decode().startswith("credgate dir: 3 findings")


def test_hook_path_never_imports_rich(tmp_path):
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hello\n")
    key_id, secret = aws_pair()
    (repo / "s.py").write_text(f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n')
    git(repo, "add", "s.py")
    rc, out = run_in_pty(["hook", "pre-commit"], cwd=repo, env={"CREDGATE_PROGRESS_DELAY": "0"},
                         python_args=["-X", "importtime"])
    assert rc == 1, out
    assert "credgate.linter.engine" in out  # importtime did report
    imported = [l.split("|")[-1].strip() for l in out.splitlines() if l.startswith("import time:")]
    assert not [m for m in imported if m == "rich" or m.startswith("rich.")]
    # same on a quick interactive scan: rich only loads once a bar is due
    rc, out = run_in_pty(["dir", str(repo)], python_args=["-X", "importtime"])
    assert not [l for l in out.splitlines() if l.startswith("import time:") and "| rich" in l]


# ---- issue 18: progress by default on a terminal, with or without rich; never in hooks, CI or pipes

PLAIN_LINE = re.compile(r"\rcredgate: scanning  \d[\d,]* items, [\d.]+ MB, [\d,]+/s, \d+ findings.*? \d+:\d\d")


def _no_rich(tmp_path) -> dict:
    """An interpreter where `import rich` fails, as without the ui extra."""
    shadow = tmp_path / "no-rich" / "rich"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text('raise ImportError("rich is not installed")\n')
    # the shadow first, then whatever PYTHONPATH points at (a worktree ahead of an installed credgate)
    path = os.pathsep.join(p for p in (str(shadow.parent), os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path, "CREDGATE_PROGRESS_DELAY": "0"}


def test_without_rich_a_plain_line_is_redrawn_in_place(tmp_path):
    root = _tree(tmp_path)
    report = tmp_path / "audit.json"
    rc, out = run_in_pty(["dir", str(root), "-f", "json", "-o", str(report)], env=_no_rich(tmp_path))
    assert rc == 1, out
    lines = PLAIN_LINE.findall(out)
    assert lines, out
    assert "\x1b" not in "".join(lines)  # plain: carriage returns, no cursor control
    last = out.rindex("\rcredgate: scanning")
    final = out[last:out.index("\n", last)]
    assert re.match(r"\rcredgate: scanning  4[0-9] items, [\d.]+ MB, [\d,]+/s, 3 findings, 1 skipped  \d+:\d\d *\r$",
                    final), repr(final)  # the last state stays on screen, then a new line
    assert re.search(r"total findings\s+3", ANSI.sub("", out)) and report.exists()


def test_no_progress_flag_and_pipes_draw_nothing_with_or_without_rich(tmp_path):
    root = _tree(tmp_path)
    out_file = tmp_path / "r.json"
    args = ["dir", str(root), "-f", "json", "-o", str(out_file)]
    for env in ({"CREDGATE_PROGRESS_DELAY": "0"}, _no_rich(tmp_path)):
        rc, out = run_in_pty([*args, "--no-progress"], env=env)
        text = ANSI.sub("", out)
        assert rc == 1 and "scanning" not in text and "summary" not in text and not re.search("\r(?!\n)", text), text
        assert text.startswith("credgate dir: 3 findings"), text
        piped = run_credgate(args, env=env)  # stderr is a pipe, not a terminal
        assert piped.returncode == 1
        assert b"scanning" not in piped.stderr and b"\r" not in piped.stderr and b"summary" not in piped.stderr
        rc, out = run_in_pty(args, env={**env, "CI": "true"}, unset=("NO_COLOR",))
        assert rc == 1 and "scanning" not in out and "summary" not in out, out


def test_hooks_draw_no_progress_on_a_terminal_even_without_rich(tmp_path):
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hello\n")
    for i in range(30):
        (repo / f"m{i}.py").write_text("x = 1\n" * 200)
    key_id, secret = aws_pair()
    (repo / "s.py").write_text(f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n')
    git(repo, "add", ".")
    for env in ({"CREDGATE_PROGRESS_DELAY": "0"}, _no_rich(tmp_path)):
        rc, out = run_in_pty(["hook", "pre-commit"], cwd=repo, env=env)
        assert rc == 1 and "s.py:1:" in out, out
        assert "scanning" not in out and "summary" not in out and "items," not in out, out


def test_aws_audit_shows_progress_while_it_reads(tmp_path, aws_client, moto_endpoint):
    aws_client("ssm").put_parameter(Name="/app/token", Value=github_pat(), Type="String")
    for env in ({"CREDGATE_PROGRESS_DELAY": "0"}, _no_rich(tmp_path)):
        rc, out = run_in_pty(["aws", "--regions", "us-east-1,eu-west-1", "--services", "ssm,lambda", "--no-state",
                              "--max-attempts", "1", "-f", "json", "-o", str(tmp_path / "aws.json")],
                             cwd=tmp_path, env={**env, "AWS_ENDPOINT_URL": moto_endpoint})
        text = ANSI.sub("", out)
        assert rc == 1, text
        assert re.search(r"scanning .*\d+ items, [\d.]+ MB, [\d,]+/s, \d+ findings +4/4 region-services read",
                         text), text
        assert "credgate aws summary" in text


def test_aws_progress_ends_before_the_audit_summary_is_printed(tmp_path, aws_client, moto_endpoint):
    """Issue 18: the audit's one-line summary was printed over the live bar, which then drew itself again
    after it. Now the bar's last state ends its line first and nothing redraws after the summary."""
    aws_client("ssm").put_parameter(Name="/app/token", Value=github_pat(), Type="String")
    for env in ({"CREDGATE_PROGRESS_DELAY": "0"}, _no_rich(tmp_path)):
        rc, out = run_in_pty(["aws", "--regions", "us-east-1", "--services", "ssm", "--no-state",
                              "--max-attempts", "1", "-f", "json", "-o", str(tmp_path / "aws.json")],
                             cwd=tmp_path, env={**env, "AWS_ENDPOINT_URL": moto_endpoint})
        text = ANSI.sub("", out)
        assert rc == 1, text
        at = text.index("credgate aws: 1 account(s)")
        assert text[:at].endswith("\n"), repr(text[max(0, at - 200):at + 40])  # starts a line of its own
        after = text[at:]
        assert "scanning" not in after and "region-services read" not in after, repr(after)
        assert "1/1 region-services read" in text[:at], repr(text[:at])  # the bar's final state stays on screen
