"""How many git processes one pre-commit hook run starts (issue 16: hook start-up).

The real git does all the work; the ``git`` wrapper of ``tests/reliability/test_git_children.py``, first on
``PATH`` for the credgate process only, runs it for every command and logs each command line.  A hook run
asks git at most three things: the top of the work tree and where ``MERGE_HEAD`` is (one ``rev-parse``), the
staged diff (which also names every staged path, for the framework's file names), and the staged blobs (one
``cat-file --batch-command``: their sizes, then the contents of those within the size limit).  The last is
not needed when the work tree holds every staged blob as it is (a file staged and committed unchanged, the
common case): a regular file whose git object hash is the staged blob's id is that blob
(``changes._worktree_blob``), so a clean one-file change takes two processes.
"""
from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

from tests import helpers
from tests.reliability.conftest import cli
from tests.reliability.test_git_children import install_wrapper

THREE = ["rev-parse --show-toplevel --git-path MERGE_HEAD", "diff --cached", "cat-file --batch-command"]
TWO = THREE[:2]


def _env(tmp_path: Path, log: Path) -> dict:
    bindir, real = install_wrapper(tmp_path)
    return {"PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}", "CG_TEST_REAL_GIT": real,
            "CG_TEST_KILL_CMD": "none", "CG_TEST_GIT_LOG": str(log), "CREDGATE_CACHE_DIR": str(tmp_path / "cache")}


def _calls(log: Path) -> list[str]:
    lines = log.read_text().splitlines() if log.exists() else []
    log.unlink(missing_ok=True)
    return lines


def _kinds(calls: list[str]) -> list[str]:
    return [next((k for k in THREE if c.startswith(k)), c) for c in calls]


def _repo(tmp_path: Path) -> Path:
    repo = helpers.init_repo(tmp_path / "repo")
    helpers.commit_file(repo, "app/service.py", "import os\n\n\ndef handler(event):\n    return os.environ['STAGE']\n")
    return repo


def test_a_clean_one_file_change_takes_two_git_processes(tmp_path):
    repo = _repo(tmp_path)
    (repo / "app/service.py").write_text((repo / "app/service.py").read_text() + "# one more line\n")
    helpers.git(repo, "add", "app/service.py")
    log = tmp_path / "git.log"
    env = _env(tmp_path, log)
    for argv in (["hook", "pre-commit"], ["hook", "pre-commit", "--", "app/service.py"]):  # native, framework
        p = cli(argv, cwd=repo, env=env)
        assert p.returncode == 0, p.out + p.err
        calls = _calls(log)
        assert _kinds(calls) == TWO, calls  # the staged blob is the work tree's file: no cat-file


def test_a_file_edited_after_staging_is_read_from_git(tmp_path):
    """The work tree no longer holds the staged blob: its content comes from ``cat-file``, and what is
    scanned is what is staged (the key staged then deleted from the work tree still blocks; a key only in the
    work tree, never staged, does not)."""
    repo = _repo(tmp_path)
    key_id, secret = helpers.aws_pair()
    staged = f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n'
    (repo / "app/settings.py").write_text(staged)
    helpers.git(repo, "add", "app/settings.py")
    (repo / "app/settings.py").write_text("import os\nKEY = os.environ['KEY']\n")
    log = tmp_path / "git.log"
    env = _env(tmp_path, log)
    p = cli(["hook", "pre-commit", "-f", "json"], cwd=repo, env=env)
    assert p.returncode == 1, p.out + p.err
    assert {f["rule_id"] for f in json.loads(p.out)["findings"]} >= {"aws-access-key-id", "aws-secret-access-key"}
    assert _kinds(_calls(log)) == THREE
    (repo / "app/settings.py").write_text("import os\nKEY = os.environ['KEY']\n")
    helpers.git(repo, "add", "app/settings.py")
    (repo / "app/settings.py").write_text(staged)  # the key in the work tree only: not part of the commit
    p = cli(["hook", "pre-commit"], cwd=repo, env=env)
    assert p.returncode == 0, p.out + p.err
    assert _kinds(_calls(log)) == THREE


def test_mixed_blobs_keep_their_order_and_a_symlink_goes_to_git(tmp_path, monkeypatch):
    """Some staged blobs from the work tree, some from git: the fragments come in the staged diff's order,
    each with its own staged content; a staged symlink (its blob is the link's target name) is never read
    through the link."""
    repo = _repo(tmp_path)
    names = [f"m{i}.txt" for i in range(6)]
    for i, n in enumerate(names):
        (repo / n).write_text(f"staged {i}\n")
    (repo / "link").symlink_to("m0.txt")
    helpers.git(repo, "add", ".")
    for n in names[1::2]:  # every other file edited after git add: those come from cat-file
        (repo / n).write_text("edited later\n")
    from credgate.sources.git import changes

    asked: list[str] = []

    class Recording(changes.BlobReader):
        def read(self, oids, *a, **k):  # type: ignore[override]
            oids = list(oids)
            asked.extend(oids)
            return super().read(oids, *a, **k)

    monkeypatch.setattr(changes, "BlobReader", Recording)
    got = [(f.path, f.data) for f in changes.iter_staged(repo)]
    from_git = {helpers.git(repo, "rev-parse", f":{n}").strip() for n in ["link", *names[1::2]]}
    assert set(asked) == from_git  # the edited files and the symlink; the others from the work tree
    assert got == sorted([(n, f"staged {i}\n".encode()) for i, n in enumerate(names)] + [("link", b"m0.txt")])
    assert [p for p, _ in got] == [p for p, _ in sorted(got)]
    # past the work-tree budget (here: after the first blob read there) the rest stream from git, in order
    monkeypatch.setattr(changes, "_LOCAL_BUDGET", 1)
    asked.clear()
    assert [(f.path, f.data) for f in changes.iter_staged(repo)] == got
    all_oids = {helpers.git(repo, "rev-parse", f":{n}").strip() for n in ["link", *names]}
    assert set(asked) == all_oids - {helpers.git(repo, "rev-parse", ":m0.txt").strip()}


def test_a_blocked_commit_takes_the_same_two(tmp_path):
    repo = _repo(tmp_path)
    key_id, secret = helpers.aws_pair()
    (repo / "app/settings.py").write_text(f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n')
    helpers.git(repo, "add", "app/settings.py")
    log = tmp_path / "git.log"
    env = _env(tmp_path, log)
    p = cli(["hook", "pre-commit", "-f", "json", "--", "app/settings.py"], cwd=repo, env=env)
    assert p.returncode == 1, p.out + p.err
    assert {f["rule_id"] for f in json.loads(p.out)["findings"]} >= {"aws-access-key-id", "aws-secret-access-key"}
    assert _kinds(_calls(log)) == TWO


def test_a_too_large_staged_file_is_sized_not_read(tmp_path):
    """The sizes come first from the same process: a blob over the limit is skipped without another git call."""
    repo = _repo(tmp_path)
    (repo / "big.txt").write_text("x" * 3000 + "\n")
    (repo / "app/service.py").write_text((repo / "app/service.py").read_text() + "# one more line\n")
    helpers.git(repo, "add", ".")
    log = tmp_path / "git.log"
    env = _env(tmp_path, log)
    p = cli(["hook", "pre-commit", "--max-file-size", "2KB", "-f", "json"], cwd=repo, env=env)
    assert p.returncode == 1, p.out + p.err  # a gate blocks on what it could not scan
    assert [s["path"] for s in json.loads(p.out)["skipped"] if s["reason"] == "too-large"] == ["big.txt"]
    assert _kinds(_calls(log)) == THREE
    p = cli(["hook", "pre-commit", "--max-file-size", "2KB", "--allow-skip", "too-large"], cwd=repo, env=env)
    assert p.returncode == 0, p.out + p.err


def test_a_pure_rename_is_still_a_staged_path_for_the_framework(tmp_path):
    """The framework passes the renamed file's new name: it is staged (no added lines), not read from the
    work tree as a file from outside the change; the staged diff says so, no extra git call."""
    repo = _repo(tmp_path)
    key_id, secret = helpers.aws_pair()
    helpers.commit_file(repo, "old.env", f"AWS_ACCESS_KEY_ID={key_id}\nAWS_SECRET_ACCESS_KEY={secret}\n")
    helpers.git(repo, "mv", "old.env", "new.env")
    log = tmp_path / "git.log"
    env = _env(tmp_path, log)
    p = cli(["hook", "pre-commit", "--", "new.env"], cwd=repo, env=env)
    assert p.returncode == 0, p.out + p.err  # a rename adds no lines: nothing new to block
    assert _kinds(_calls(log))[:2] == THREE[:2]
    (repo / "outside.env").write_text(f"AWS_ACCESS_KEY_ID={key_id}\nAWS_SECRET_ACCESS_KEY={secret}\n")
    p = cli(["hook", "pre-commit", "--", "new.env", "outside.env"], cwd=repo, env=env)
    assert p.returncode == 1 and "outside.env" in p.out, p.out + p.err  # not staged: scanned whole


OLD_GIT = r'''#!{python}
import os, sys
real = os.environ["CG_TEST_REAL_GIT"]
args = sys.argv[1:]
with open(os.environ["CG_TEST_GIT_LOG"], "a") as fh:
    fh.write(" ".join(args) + "\n")
if "cat-file" in args and "--batch-command" in args:  # what git before 2.36 answers
    sys.stderr.write("error: unknown option `batch-command'\nusage: git cat-file ...\n")
    sys.exit(129)
os.execv(real, [real, *args])
'''


def test_git_without_batch_command_falls_back_to_two_cat_files(tmp_path):
    """git before 2.36 has no ``cat-file --batch-command``: it exits 129 (usage) and the reader asks
    ``--batch-check`` then ``--batch``, as before; the staged key is found and blocks.  (A wrapper
    answers for that one option as old git does; every other command runs the real git.)"""
    repo = _repo(tmp_path)
    key_id, secret = helpers.aws_pair()
    (repo / "app/settings.py").write_text(f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n')
    helpers.git(repo, "add", "app/settings.py")
    (repo / "app/settings.py").write_text("edited after git add: the staged blob comes from git\n")
    bindir = tmp_path / "oldgit"
    bindir.mkdir()
    w = bindir / "git"
    w.write_text(OLD_GIT.format(python=sys.executable))
    w.chmod(w.stat().st_mode | stat.S_IXUSR)
    real = install_wrapper(tmp_path)[1]
    log = tmp_path / "git.log"
    env = {"PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}", "CG_TEST_REAL_GIT": real,
           "CG_TEST_GIT_LOG": str(log), "CREDGATE_CACHE_DIR": str(tmp_path / "cache")}
    p = cli(["hook", "pre-commit", "-f", "json"], cwd=repo, env=env)
    assert p.returncode == 1, p.out + p.err
    assert {f["rule_id"] for f in json.loads(p.out)["findings"]} >= {"aws-access-key-id", "aws-secret-access-key"}
    cat = [next(o for o in ("--batch-command", "--batch-check", "--batch") if o in c)
           for c in _calls(log) if " cat-file " in c]
    assert cat == ["--batch-command", "--batch-check", "--batch"], cat
