"""A git child that dies never opens a gate.

The real git does all the work; a wrapper named ``git``, first on ``PATH`` for the
credgate process only, runs the real git for every command and, for the one
command under test (``cat-file --batch``, ``log``, ``diff``, ``rev-list``), relays
its output and, after a given number of bytes, kills the real git and then itself
with SIGKILL: what credgate sees is its child dying of a real signal mid-read,
as with the OOM killer or a timeout.  Each entry point must then exit non-zero
and say why; none may report a clean scan.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from tests import helpers
from tests.reliability.conftest import cli

WRAPPER = r'''#!{python}
import os, signal, subprocess, sys
real = os.environ["CG_TEST_REAL_GIT"]
args = sys.argv[1:]
i = 0
while i < len(args) and args[i].startswith("-"):
    i += 2 if args[i] in ("-c", "-C") else 1
sub, rest = (args[i], args[i + 1:]) if i < len(args) else ("", [])
if os.environ.get("CG_TEST_GIT_LOG"):  # one line per git command run: " ".join(sub, *rest)
    with open(os.environ["CG_TEST_GIT_LOG"], "a") as fh:
        fh.write(" ".join([sub, *rest]) + "\n")
want, opt = os.environ.get("CG_TEST_KILL_CMD", ""), os.environ.get("CG_TEST_KILL_OPT", "")
if sub != want or (opt and opt not in rest):
    os.execv(real, [real, *args])
after = int(os.environ.get("CG_TEST_KILL_AFTER", "0"))
proc = subprocess.Popen([real, *args], stdout=subprocess.PIPE)  # stdin and stderr inherited
sent = 0
while True:
    chunk = os.read(proc.stdout.fileno(), 65536)
    if not chunk:
        break
    take = chunk[: max(0, after - sent)]
    if take:
        os.write(1, take)
        sent += len(take)
    if sent >= after:
        with open(os.environ["CG_TEST_KILL_MARK"], "a") as fh:
            fh.write(f"{{want}} killed after {{sent}} bytes\n")
        proc.kill()
        os.kill(os.getpid(), signal.SIGKILL)
sys.exit(proc.wait())
'''


def install_wrapper(tmp_path: Path) -> "tuple[Path, str]":
    """(folder holding the killing ``git`` wrapper, path of the real git it runs).  With ``CG_TEST_GIT_LOG``
    set, the wrapper also appends each git command it runs (sub-command and arguments) to that file."""
    real = shutil.which("git")
    assert real
    bindir = tmp_path / "wrapbin"
    bindir.mkdir()
    w = bindir / "git"
    w.write_text(WRAPPER.format(python=sys.executable))
    w.chmod(0o755)
    return bindir, real


@pytest.fixture
def killer(tmp_path):
    """``killer(cmd, after, opt="")`` -> environment for ``cli`` that kills ``git <cmd>`` after ``after`` bytes."""
    bindir, real = install_wrapper(tmp_path)
    mark = tmp_path / "killed.log"

    def env(cmd: str, after: int, opt: str = "") -> dict:
        return {"PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}", "CG_TEST_REAL_GIT": real,
                "CG_TEST_KILL_CMD": cmd, "CG_TEST_KILL_OPT": opt, "CG_TEST_KILL_AFTER": str(after),
                "CG_TEST_KILL_MARK": str(mark), "CREDGATE_CACHE_DIR": str(tmp_path / "cache")}

    env.mark = mark  # type: ignore[attr-defined]
    return env


def _aws_files() -> dict[str, str]:
    out = {}
    for n in range(3):
        kid, sec = helpers.aws_pair()
        out[f"svc{n}/creds.env"] = f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n"
    return out


@pytest.fixture
def staged(tmp_path):
    """A repository with three AWS key pairs staged (not committed), each file edited in the work tree after
    ``git add``: the staged blobs come from ``git cat-file`` (a work tree holding them as staged would be read
    instead, changes._worktree_blob)."""
    repo = helpers.init_repo(tmp_path / "staged")
    helpers.commit_file(repo, "README.md", "hello\n", "first")
    files = _aws_files()
    for rel, text in files.items():
        p = repo / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    helpers.git(repo, "add", "-A")
    for rel, text in files.items():
        (repo / rel).write_text(text + "# edited after git add\n")
    return repo


@pytest.fixture
def committed(tmp_path):
    """A repository whose last three commits each add an AWS key pair; ``base`` is the commit before."""
    repo = helpers.init_repo(tmp_path / "committed")
    base = helpers.commit_file(repo, "README.md", "hello\n", "first")
    for rel, text in _aws_files().items():
        helpers.commit_file(repo, rel, text, f"add {rel}")
    return repo, base


def _killed(killer, p, what: str) -> None:
    out = p.out + p.err
    assert killer.mark.exists() and what in killer.mark.read_text(), "the wrapper did not kill git"
    assert p.returncode != 0, out
    assert "signal 9" in out or "SIGKILL" in out or "failed" in out, out


# the first answer of cat-file --batch is a header (~48 bytes) and ~100 bytes of content:
# 0 dies before anything is read, 70 in the middle of the first blob, 200 in the second
@pytest.mark.parametrize("after", [0, 70, 200])
def test_dead_cat_file_blocks_every_staged_gate(staged, killer, after):
    env = killer("cat-file", after, "--batch-command")  # sizes and contents from one process
    p = cli(["hook", "pre-commit"], cwd=staged, env=env)
    _killed(killer, p, "cat-file")
    assert p.returncode == 123 and "cat-file" in p.err and "--no-verify" in p.err
    killer.mark.unlink()
    p = cli(["git", "--staged"], cwd=staged, env=env)
    _killed(killer, p, "cat-file")
    assert p.returncode == 1 and "cat-file killed by signal 9" in p.out + p.err


@pytest.mark.parametrize("after", [0, 70, 200])
def test_dead_cat_file_blocks_range_push_and_ci(committed, killer, after):
    repo, base = committed
    env = killer("cat-file", after, "--batch")
    head = helpers.git(repo, "rev-parse", "HEAD").strip()
    runs = [
        (["git", "--range", f"{base}..HEAD"], None, 1),
        (["ci", "--range", f"{base}..HEAD"], None, 1),
        (["hook", "pre-push", "origin"], f"refs/heads/main {head} refs/heads/main {'0' * 40}\n".encode(), 123),
        (["git", "."], None, 1),  # a history audit
    ]
    for argv, stdin, code in runs:
        if killer.mark.exists():
            killer.mark.unlink()
        p = cli(argv, cwd=repo, env=env, input=stdin)
        _killed(killer, p, "cat-file")
        assert p.returncode == code, (argv, p.returncode, p.out, p.err)
        assert "cat-file killed by signal 9" in p.out + p.err, argv


def test_without_the_kill_the_same_runs_find_the_keys(committed, staged, killer):
    """The control: the wrapper in place, nothing killed, every entry point finds the three pairs."""
    repo, base = committed
    env = killer("no-such-command", 0)
    p = cli(["git", "--staged", "-f", "json"], cwd=staged, env=env)
    assert p.returncode == 1 and p.out.count('"aws-secret-access-key"') >= 3
    for argv in (["git", "--range", f"{base}..HEAD", "-f", "json"], ["ci", "--range", f"{base}..HEAD", "-f", "json"],
                 ["git", ".", "-f", "json"]):
        p = cli(argv, cwd=repo, env=env)
        assert p.returncode == 1 and p.out.count('"aws-secret-access-key"') >= 3, argv
    assert not killer.mark.exists()


@pytest.mark.parametrize("cmd,after", [("log", 0), ("log", 300), ("rev-list", 0)])
def test_dead_log_or_rev_list_blocks_range_ci_push_and_audit(committed, killer, cmd, after):
    repo, base = committed
    env = killer(cmd, after)
    head = helpers.git(repo, "rev-parse", "HEAD").strip()
    runs = [
        (["git", "--range", f"{base}..HEAD"], None),
        (["ci", "--range", f"{base}..HEAD"], None),
        (["hook", "pre-push", "origin"], f"refs/heads/main {head} refs/heads/main {'0' * 40}\n".encode()),
    ]
    if cmd == "log":
        runs.append((["git", "."], None))
    for argv, stdin in runs:
        if killer.mark.exists():
            killer.mark.unlink()
        p = cli(argv, cwd=repo, env=env, input=stdin)
        _killed(killer, p, cmd)


@pytest.mark.parametrize("after", [0, 200])
def test_dead_diff_blocks_the_staged_gates(staged, killer, after):
    env = killer("diff", after)
    for argv in (["hook", "pre-commit"], ["git", "--staged"]):
        if killer.mark.exists():
            killer.mark.unlink()
        p = cli(argv, cwd=staged, env=env)
        _killed(killer, p, "diff")


def _many_commits(repo: Path, n: int, secret_files: dict[str, str]) -> None:
    """``n`` commits on main through one ``git fast-import`` (seconds, not minutes); the keys in the last ones."""
    lines = []
    for i in range(n):
        lines.append(f"commit refs/heads/main\nmark :{i + 1}\n"
                     f"committer Test <t@example.invalid> {1700000000 + i} +0000\ndata 3\nc{i % 10}\n")
        if i:
            lines.append(f"from :{i}\n")
        body = f"{i}\n"
        lines.append(f"M 100644 inline counter.txt\ndata {len(body)}\n{body}\n")
    for j, (rel, text) in enumerate(secret_files.items()):
        raw = text.encode()
        lines.append(f"commit refs/heads/main\nmark :{n + j + 1}\n"
                     f"committer Test <t@example.invalid> {1800000000 + j} +0000\ndata 3\nkey\nfrom :{n + j}\n")
        lines.append(f"M 100644 inline {rel}\ndata {len(raw)}\n{text}\n")
    helpers.git(repo, "fast-import", "--quiet", input="".join(lines).encode())
    helpers.git(repo, "checkout", "-q", "-f", "main")


def test_first_push_of_a_big_history_with_log_killed_blocks(tmp_path, killer):
    """2,101 commits to a new remote: read blob-wise through one ``git log --raw``; killing it blocks."""
    repo = helpers.init_repo(tmp_path / "big")
    _many_commits(repo, 2098, _aws_files())
    head = helpers.git(repo, "rev-parse", "HEAD").strip()
    assert helpers.git(repo, "rev-list", "--count", "HEAD").strip() == "2101"
    stdin = f"refs/heads/main {head} refs/heads/main {'0' * 40}\n".encode()
    p = cli(["hook", "pre-push", "origin", "-f", "json"], cwd=repo, input=stdin, env=killer("none", 0))
    assert p.returncode == 1 and p.out.count('"aws-secret-access-key"') >= 3  # the control
    # cat-file --batch-command answers the ~2,100 sizes first (~115 KB), then the contents: killed in either
    for cmd, after in (("log", 5000), ("cat-file", 70), ("cat-file", 150_000)):
        env = killer(cmd, after, "--batch-command" if cmd == "cat-file" else "")
        if killer.mark.exists():
            killer.mark.unlink()
        p = cli(["hook", "pre-push", "origin"], cwd=repo, input=stdin, env=env)
        _killed(killer, p, cmd)
        assert p.returncode == 123 and "--no-verify" in p.err, (cmd, p.out, p.err)


def test_missing_staged_blob_blocks_the_hook(tmp_path):
    """A staged file whose object is gone from the object database never passes.  While the work tree still
    holds exactly its content (git's own staged diff then reads it from there too), that content is the staged
    blob (same object hash, changes._worktree_blob): it is scanned and the key blocks.  Once the work tree
    differs, git cannot produce the staged content at all: the hook blocks on the error, nothing is scanned."""
    repo = helpers.init_repo(tmp_path / "r")
    helpers.commit_file(repo, "README.md", "hello\n", "first")
    (rel, text), = list(_aws_files().items())[:1]
    (repo / "creds.env").write_text(text)
    helpers.git(repo, "add", "creds.env")
    oid = helpers.git(repo, "rev-parse", ":creds.env").strip()
    (repo / ".git" / "objects" / oid[:2] / oid[2:]).unlink()
    for argv in (["hook", "pre-commit", "-f", "json"], ["git", "--staged", "-f", "json"]):
        p = cli(argv, cwd=repo)
        assert p.returncode == 1, (argv, p.out, p.err)
        assert {f["rule_id"] for f in json.loads(p.out)["findings"]} >= {"aws-secret-access-key"}, argv
    (repo / "creds.env").write_text("edited after git add\n")
    p = cli(["hook", "pre-commit"], cwd=repo)
    assert p.returncode == 123 and "could not read the changes to check" in p.err, (p.out, p.err)
    p = cli(["git", "--staged"], cwd=repo)
    assert p.returncode != 0 and "aws" not in p.out.lower(), (p.out, p.err)


@pytest.mark.parametrize("reader", ["workers", "parent"])
def test_dead_cat_file_in_a_pool_worker_fails_the_audit(tmp_path, killer, reader):
    """A history large enough for the scan pool to fork (> 8 MB): with the default reader each worker runs its
    own ``git cat-file --batch``; one killed mid-read fails the audit, as the parent's single pipe does."""
    import random

    rng = random.Random(20)
    repo = helpers.init_repo(tmp_path / "big")
    for i in range(12):
        body = "".join(f"value_{j} = \"{rng.randint(0, 10**9)}-{rng.randint(0, 10**9)}\"\n" for j in range(28000))
        helpers.commit_file(repo, f"data/part_{i % 4}.py", body, f"filler {i}")
    for rel, text in _aws_files().items():
        helpers.commit_file(repo, rel, text, f"add {rel}")
    env = {"CREDGATE_HISTORY_READER": reader, "CREDGATE_JOBS": "2"}
    p = cli(["git", ".", "--full", "-f", "json"], cwd=repo, env={**killer("none", 0), **env})
    assert p.returncode == 1 and p.out.count('"aws-secret-access-key"') >= 3  # the control
    assert json.loads(p.out)["summary"]["scanned_bytes"] > 8 << 20 and not json.loads(p.out)["errors"]
    p = cli(["git", ".", "--full"], cwd=repo, env={**killer("cat-file", 1 << 20, "--batch"), **env})
    _killed(killer, p, "cat-file")
    assert p.returncode == 1 and "cat-file killed by signal 9" in p.out + p.err, (p.out, p.err)
