"""The server-side pre-receive hook, through real bare repositories and real ``git push``.

Each test makes a bare "server" repository whose ``hooks/pre-receive`` execs
``credgate hook pre-receive`` (as the README tells administrators to), clones it, and pushes.
What the pusher sees is git's relay of the hook's output as ``remote:`` lines; whether the
push landed is read from the server's refs.  Keys are made at run time (tests/helpers.py).
"""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Optional

import pytest

from tests import helpers
from tests.helpers import aws_pair, commit_file, git, github_pat, init_repo

Z40 = "0" * 40

HOOK = """#!/bin/sh
# test hook: CG_TEST_WRAPBIN (when set) goes first on PATH, so credgate's own git calls meet a git that dies
if [ -n "$CG_TEST_WRAPBIN" ]; then PATH="$CG_TEST_WRAPBIN:$PATH"; export PATH; fi
exec {python} -m credgate hook pre-receive {args}
"""


def install_hook(server: Path, args: str = "") -> None:
    hook = server / "hooks" / "pre-receive"
    hook.write_text(HOOK.format(python=shlex.quote(sys.executable), args=args))
    hook.chmod(0o755)


def remove_hook(server: Path) -> None:
    (server / "hooks" / "pre-receive").unlink()


def push(clone: Path, *args: str, env: Optional[dict] = None) -> subprocess.CompletedProcess:
    e = helpers.git_env()
    e.update({"NO_COLOR": "1", "CREDGATE_PROGRESS": "0"})
    e.pop("CREDGATE_CONFIG", None)
    e.update(env or {})
    p = subprocess.run(["git", "push", "--porcelain", "origin", *args], cwd=clone, capture_output=True, env=e,
                       timeout=300)
    p.err = p.stderr.decode("utf-8", "replace")  # type: ignore[attr-defined]
    p.out = p.stdout.decode("utf-8", "replace")  # type: ignore[attr-defined]
    assert "Traceback" not in p.err, p.err
    return p


def remote_lines(p: subprocess.CompletedProcess) -> list[str]:
    return [ln[len("remote:"):].strip() for ln in p.err.splitlines() if ln.startswith("remote:")]  # type: ignore


def ref(server: Path, name: str) -> str:
    return git(server, "rev-parse", "-q", "--verify", name, check=False).strip()


def aws_text() -> tuple[str, str, str]:
    kid, sec = aws_pair()
    return kid, sec, f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n"


@pytest.fixture
def server(tmp_path: Path) -> Path:
    return init_repo(tmp_path / "server.git", bare=True)


@pytest.fixture
def clone(tmp_path: Path, server: Path) -> Path:
    """A clone of ``server`` whose main (one clean commit) is already on the server; the hook is installed after."""
    c = init_repo(tmp_path / "clone")
    git(c, "remote", "add", "origin", str(server))
    commit_file(c, "README.md", "hello\n", "first")
    git(c, "push", "-q", "origin", "main")
    install_hook(server)
    return c


def assert_refused(p: subprocess.CompletedProcess) -> None:
    assert p.returncode != 0, p.err  # type: ignore[attr-defined]
    assert "pre-receive hook declined" in p.out + p.err, p.out + p.err  # type: ignore[attr-defined]


def test_clean_branch_is_accepted(clone: Path, server: Path) -> None:
    git(clone, "checkout", "-q", "-b", "feature")
    tip = commit_file(clone, "app.py", "print('hello')\n", "clean work")
    p = push(clone, "feature")
    assert p.returncode == 0, p.err
    assert ref(server, "refs/heads/feature") == tip
    assert any("credgate hook pre-receive: 0 findings, 1 item scanned" in ln for ln in remote_lines(p)), p.err


def test_new_branch_off_a_main_that_already_holds_an_old_secret_is_accepted(clone: Path, server: Path) -> None:
    # the old secret reached main before the hook was installed
    remove_hook(server)
    _, _, text = aws_text()
    commit_file(clone, "legacy/creds.env", text, "old secret")
    git(clone, "push", "-q", "origin", "main")
    install_hook(server)
    # a clean branch off that main brings only its own commit: accepted
    git(clone, "checkout", "-q", "-b", "feature")
    tip = commit_file(clone, "docs.md", "notes\n", "clean")
    p = push(clone, "feature")
    assert p.returncode == 0, p.err
    assert ref(server, "refs/heads/feature") == tip
    # and so is a clean update of main itself, and a new branch at a commit the server already has
    git(clone, "checkout", "-q", "main")
    main_tip = commit_file(clone, "more.md", "more\n", "clean on main")
    assert push(clone, "main").returncode == 0
    assert ref(server, "refs/heads/main") == main_tip
    git(clone, "branch", "same-as-main", "main~1")
    p = push(clone, "same-as-main")
    assert p.returncode == 0, p.err
    assert any("0 items scanned" in ln for ln in remote_lines(p)), p.err


def test_secret_in_a_new_commit_is_refused_with_the_message_relayed(clone: Path, server: Path) -> None:
    before = ref(server, "refs/heads/main")
    kid, sec, text = aws_text()
    commit_file(clone, "notes.md", "clean\n", "clean first")
    bad = commit_file(clone, "config/creds.env", text, "add creds")
    commit_file(clone, "other.md", "after\n", "clean after")
    p = push(clone, "main")
    assert_refused(p)
    assert ref(server, "refs/heads/main") == before  # nothing moved
    # the hook read the pushed commits from git's quarantine, which git dropped when the push was refused
    assert subprocess.run(["git", "cat-file", "-e", bad], cwd=server, env=helpers.git_env(),
                          capture_output=True).returncode != 0
    lines = remote_lines(p)
    joined = "\n".join(lines)
    assert any(ln.startswith("config/creds.env:1:") and "aws-access-key-id" in ln for ln in lines), joined
    assert any(ln.startswith("config/creds.env:2:") and "aws-secret-access-key" in ln for ln in lines), joined
    assert f"commit  {bad[:12]}" in joined
    assert f"{kid[:4]}****" in joined  # redacted
    assert kid not in p.out + p.err and sec not in p.out + p.err  # type: ignore[attr-defined]
    # how to fix: rewrite the commits, and where the policy lives
    assert "git reset --soft @{u}" in joined and "git rebase -i" in joined
    assert "server's credgate config" in joined
    assert f"refusing the push: refs/heads/main brings 1 commit with blocking findings ({bad[:12]})" in joined
    # taking the secret out of the commits makes the push go through
    git(clone, "reset", "-q", "--hard", before)
    tip = commit_file(clone, "notes.md", "clean\n", "clean only")
    assert push(clone, "main").returncode == 0
    assert ref(server, "refs/heads/main") == tip


def test_first_push_to_an_empty_server_scans_the_root_commit(tmp_path: Path) -> None:
    server = init_repo(tmp_path / "empty.git", bare=True)
    install_hook(server)
    c = init_repo(tmp_path / "c")
    git(c, "remote", "add", "origin", str(server))
    tok = github_pat()
    commit_file(c, "app.py", f'TOKEN = "{tok}"\n', "root with a token")
    p = push(c, "main")
    assert_refused(p)
    assert ref(server, "refs/heads/main") == ""
    assert any(ln.startswith("app.py:1:") for ln in remote_lines(p)), p.err
    assert tok not in p.err  # type: ignore[attr-defined]


def test_branch_deletion_is_accepted(clone: Path, server: Path) -> None:
    git(clone, "checkout", "-q", "-b", "gone")
    commit_file(clone, "x.md", "x\n")
    assert push(clone, "gone").returncode == 0
    p = push(clone, ":gone")
    assert p.returncode == 0, p.err
    assert ref(server, "refs/heads/gone") == ""


def test_deleting_the_branch_that_holds_an_old_secret_is_accepted(clone: Path, server: Path) -> None:
    remove_hook(server)
    git(clone, "checkout", "-q", "-b", "leaky")
    _, _, text = aws_text()
    commit_file(clone, "creds.env", text, "old secret")
    git(clone, "push", "-q", "origin", "leaky")
    install_hook(server)
    p = push(clone, "--delete", "leaky")
    assert p.returncode == 0, p.err
    assert ref(server, "refs/heads/leaky") == ""


@pytest.mark.parametrize("annotated", [True, False])
def test_tag_pointing_at_a_new_commit_with_a_secret_is_refused(clone: Path, server: Path, annotated: bool) -> None:
    git(clone, "checkout", "-q", "-b", "release")
    kid, sec, text = aws_text()
    bad = commit_file(clone, "deploy/creds.env", text, "release with creds")
    if annotated:
        git(clone, "tag", "-a", "v1.0", "-m", "release 1.0")
    else:
        git(clone, "tag", "v1.0")
    p = push(clone, "v1.0")
    assert_refused(p)
    assert ref(server, "refs/tags/v1.0") == ""
    joined = "\n".join(remote_lines(p))
    assert "deploy/creds.env:1:" in joined and f"commit  {bad[:12]}" in joined
    assert "refs/tags/v1.0 brings 1 commit" in joined
    assert kid not in p.err and sec not in p.err  # type: ignore[attr-defined]


def test_tag_of_a_commit_the_server_already_has_is_accepted_even_with_an_old_secret(clone: Path,
                                                                                      server: Path) -> None:
    remove_hook(server)
    _, _, text = aws_text()
    commit_file(clone, "legacy.env", text, "old secret")
    git(clone, "push", "-q", "origin", "main")
    install_hook(server)
    git(clone, "tag", "-a", "v0.9", "-m", "old release")
    p = push(clone, "v0.9")
    assert p.returncode == 0, p.err
    assert ref(server, "refs/tags/v0.9") != ""


def test_tag_pointing_at_a_blob_with_a_secret_is_refused(clone: Path, server: Path) -> None:
    kid, sec, text = aws_text()
    blob = git(clone, "hash-object", "-w", "--stdin", input=text.encode()).strip()
    git(clone, "tag", "-a", "keyfile", "-m", "a blob", blob)
    p = push(clone, "keyfile")
    assert_refused(p)
    joined = "\n".join(remote_lines(p))
    assert "refs/tags/keyfile:1:" in joined, joined
    assert kid not in p.err and sec not in p.err  # type: ignore[attr-defined]


def test_several_refs_one_bad_refuses_the_whole_push_and_names_the_bad_ref(clone: Path, server: Path) -> None:
    git(clone, "checkout", "-q", "-b", "good")
    commit_file(clone, "good.md", "fine\n")
    git(clone, "checkout", "-q", "main")
    git(clone, "checkout", "-q", "-b", "bad")
    tok = github_pat()
    kid, sec, text = aws_text()
    commit_file(clone, "svc/app.py", f'TOKEN = "{tok}"\n', "token")
    commit_file(clone, "svc/creds.env", text, "creds")
    git(clone, "checkout", "-q", "main")
    p = push(clone, "good", "bad")
    assert_refused(p)
    assert ref(server, "refs/heads/good") == "" and ref(server, "refs/heads/bad") == ""
    joined = "\n".join(remote_lines(p))
    # one verdict with all the findings
    assert "svc/app.py:1:" in joined and "svc/creds.env:1:" in joined and "svc/creds.env:2:" in joined
    assert "refs/heads/bad brings 2 commits" in joined
    assert "refs/heads/good brings" not in joined
    for s in (tok, kid, sec):
        assert s not in p.err  # type: ignore[attr-defined]


def test_force_push_is_judged_by_what_it_brings(clone: Path, server: Path) -> None:
    git(clone, "checkout", "-q", "-b", "topic")
    commit_file(clone, "a.md", "a\n", "a")
    assert push(clone, "topic").returncode == 0
    pushed = ref(server, "refs/heads/topic")
    # rewrite the branch with a secret and force-push: refused
    git(clone, "reset", "-q", "--hard", "main")
    _, _, text = aws_text()
    commit_file(clone, "b.env", text, "rewritten with creds")
    p = push(clone, "--force", "topic")
    assert_refused(p)
    assert ref(server, "refs/heads/topic") == pushed
    # force back to a commit the server already has: nothing new, accepted
    git(clone, "reset", "-q", "--hard", "main")
    p = push(clone, "--force", "topic")
    assert p.returncode == 0, p.err
    assert ref(server, "refs/heads/topic") == ref(server, "refs/heads/main")


def test_a_pushed_config_cannot_open_the_gate(clone: Path, server: Path) -> None:
    (clone / ".credgate.toml").write_text('fail_on = "critical"\ndisabled_rules = ["aws-access-key-id", '
                                          '"aws-secret-access-key"]\n[[allowlist]]\npaths = ["**"]\n'
                                          'reason = "pusher says so"\n')
    git(clone, "add", ".credgate.toml")
    git(clone, "commit", "-q", "-m", "policy of my own")
    _, _, text = aws_text()
    commit_file(clone, "creds.env", text, "creds")
    p = push(clone, "main")
    assert_refused(p)
    assert "creds.env:1:" in "\n".join(remote_lines(p))


def test_the_servers_config_is_the_policy(tmp_path: Path, clone: Path, server: Path) -> None:
    tok = github_pat()
    commit_file(clone, "app.py", f'TOKEN = "{tok}"\n', "token")
    p = push(clone, "main")
    assert_refused(p)
    fp = [ln for ln in remote_lines(p) if "fingerprints = [" in ln][0].split('"')[1]
    policy = tmp_path / "server-policy.toml"
    policy.write_text(f'[[allowlist]]\nfingerprints = ["{fp}"]\nreason = "test value"\n')
    # CREDGATE_CONFIG in the server's environment (here: the push's, which the hook inherits)
    p = push(clone, "main", env={"CREDGATE_CONFIG": str(policy)})
    assert p.returncode == 0, p.err
    # [server] honour_inline_allows = false refuses the pusher's credgate:allow comments
    git(clone, "checkout", "-q", "-b", "inline")
    tok2 = github_pat()
    commit_file(clone, "b.py", f'TOKEN = "{tok2}"  # credgate:allow=github-personal-access-token\n', "allowed inline")
    strict = tmp_path / "strict.toml"
    strict.write_text("[server]\nhonour_inline_allows = false\n")
    install_hook(server, f"--config {shlex.quote(str(strict))}")
    assert_refused(push(clone, "inline"))
    install_hook(server)
    assert push(clone, "inline").returncode == 0


def test_a_broken_server_config_refuses_the_push(tmp_path: Path, clone: Path, server: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("fail_on = [\n")
    install_hook(server, f"--config {shlex.quote(str(bad))}")
    commit_file(clone, "x.md", "x\n")
    p = push(clone, "main")
    assert_refused(p)
    assert "invalid TOML" in p.err  # type: ignore[attr-defined]


# ------------------------------------------------------------------ fail closed
@pytest.fixture
def wrapbin(tmp_path: Path) -> dict:
    """Environment for ``push`` that puts a ``git`` on credgate's PATH which SIGKILLs itself mid-command."""
    from tests.reliability.test_git_children import install_wrapper

    bindir, real = install_wrapper(tmp_path)
    return {"CG_TEST_WRAPBIN": str(bindir), "CG_TEST_REAL_GIT": real,
            "CG_TEST_KILL_MARK": str(tmp_path / "killed.log")}


@pytest.mark.parametrize("cmd,opt,after", [("log", "", 0), ("log", "", 300), ("cat-file", "--batch", 0),
                                           ("cat-file", "--batch", 60), ("rev-list", "--count", 0)])
def test_a_git_child_that_dies_refuses_the_push(clone: Path, server: Path, wrapbin: dict, cmd: str, opt: str,
                                                after: int) -> None:
    git(clone, "checkout", "-q", "-b", "feature")
    for n in range(3):
        commit_file(clone, f"f{n}.py", f"print({n})\n" * 20, f"clean {n}")
    p = push(clone, "feature", env={**wrapbin, "CG_TEST_KILL_CMD": cmd, "CG_TEST_KILL_OPT": opt,
                                    "CG_TEST_KILL_AFTER": str(after)})
    mark = Path(wrapbin["CG_TEST_KILL_MARK"])
    assert mark.exists() and cmd in mark.read_text(), "the wrapper did not kill git"
    assert_refused(p)
    assert ref(server, "refs/heads/feature") == ""
    joined = "\n".join(remote_lines(p))
    assert "signal 9" in joined or "failed" in joined, joined
    assert "push is refused" in joined and "--no-verify does not skip it" in joined
    # the same push with a healthy git goes through
    assert push(clone, "feature").returncode == 0


def _hook(server: Path, stdin: bytes, env: Optional[dict] = None) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "CREDGATE_CONFIG"}
    e.update(env or {})
    p = subprocess.run([sys.executable, "-m", "credgate", "hook", "pre-receive"], cwd=server, input=stdin,
                       capture_output=True, env=e, timeout=120)
    p.err = p.stderr.decode("utf-8", "replace")  # type: ignore[attr-defined]
    assert "Traceback" not in p.err
    return p


@pytest.mark.parametrize("stdin", [b"", b"\n", b"garbage\n", b"abc def refs/heads/main\n",
                                   f"{Z40} {Z40} refs/heads/main\n".encode(),
                                   f"{Z40} {'1' * 40}\n".encode(),
                                   f"{Z40} {'1' * 64} refs/heads/x\n".encode(),
                                   f"{Z40} {'1' * 40} refs/heads/x\nnot a line\n".encode(),
                                   b"\xff\xfe\x00\x01"])
def test_malformed_stdin_refuses_with_one_line_reason(clone: Path, server: Path, stdin: bytes) -> None:
    p = _hook(server, stdin)
    assert p.returncode != 0
    first = p.err.splitlines()[0]  # type: ignore[attr-defined]
    assert first.startswith("credgate: error: pre-receive: "), p.err


def test_a_pushed_object_the_repository_lacks_refuses(clone: Path, server: Path) -> None:
    main = ref(server, "refs/heads/main")
    p = _hook(server, f"{main} {'1' * 40} refs/heads/main\n".encode())
    assert p.returncode != 0
    out = p.stdout.decode() + p.err  # type: ignore[attr-defined]
    assert "cannot be read from the repository" in out and "push is refused" in out


def test_outside_a_repository_refuses(tmp_path: Path) -> None:
    d = tmp_path / "nowhere"
    d.mkdir()
    p = _hook(d, f"{Z40} {'1' * 40} refs/heads/x\n".encode(), env={"GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert p.returncode != 0
    assert "not a git repository" in p.err  # type: ignore[attr-defined]


def test_hook_arguments_are_refused(server: Path) -> None:
    p = subprocess.run([sys.executable, "-m", "credgate", "hook", "pre-receive", "extra"], cwd=server,
                       input=b"", capture_output=True, timeout=60)
    assert p.returncode != 0
    assert b"pre-receive takes no arguments" in p.stderr


# ------------------------------------------------------------------ credgate install --hook-type pre-receive
def test_install_writes_a_server_hook_that_chains_an_existing_one(tmp_path: Path, clone: Path, server: Path) -> None:
    remove_hook(server)
    # the server already has a pre-receive hook of its own: it is kept, run first, and sees the same ref lines
    seen = tmp_path / "chained-saw.txt"
    own = server / "hooks" / "pre-receive"
    own.write_text(f"#!/bin/sh\ncat > {shlex.quote(str(seen))}\n")
    own.chmod(0o755)
    tok = github_pat()
    commit_file(clone, "app.py", f'TOKEN = "{tok}"\n', "token")
    p = push(clone, "main")
    assert p.returncode == 0  # no credgate yet
    git(clone, "checkout", "-q", "-b", "next")
    tok2 = github_pat()
    bad = commit_file(clone, "b.py", f'TOKEN = "{tok2}"\n', "another token")
    policy = tmp_path / "server.toml"
    policy.write_text('fail_on = "high"\n')
    r = subprocess.run([sys.executable, "-m", "credgate", "install", "--hook-type", "pre-receive", "--repo",
                        str(server), "--config", str(policy)], capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert b"pre-receive.credgate-chained" in r.stdout
    text = own.read_text()
    assert "credgate hook pre-receive --config" in text and str(policy.resolve()) in text
    p = push(clone, "next")
    assert_refused(p)
    assert any(ln.startswith("b.py:1:") for ln in remote_lines(p)), p.err
    assert f" {bad} refs/heads/next" in seen.read_text()  # the chained hook read the same stdin
    assert tok2 not in p.err  # type: ignore[attr-defined]
    # --uninstall puts the server's own hook back
    r = subprocess.run([sys.executable, "-m", "credgate", "install", "--hook-type", "pre-receive", "--repo",
                        str(server), "--uninstall"], capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "credgate" not in own.read_text()
    assert push(clone, "next").returncode == 0


def test_install_config_applies_to_the_server_hook_only(tmp_path: Path, server: Path) -> None:
    policy = tmp_path / "p.toml"
    policy.write_text("")
    r = subprocess.run([sys.executable, "-m", "credgate", "install", "--repo", str(server), "--config",
                        str(policy)], capture_output=True, timeout=60)
    assert r.returncode == 2 and b"--config applies to --hook-type pre-receive" in r.stderr


def test_tag_pointing_at_a_tree_scans_what_the_servers_tips_lack(clone: Path, server: Path) -> None:
    remove_hook(server)
    _, _, old_text = aws_text()
    commit_file(clone, "legacy.env", old_text, "old secret")
    git(clone, "push", "-q", "origin", "main")
    install_hook(server)
    kid, sec, text = aws_text()
    old_blob = git(clone, "rev-parse", "main:legacy.env").strip()
    new_blob = git(clone, "hash-object", "-w", "--stdin", input=text.encode()).strip()
    clean_blob = git(clone, "hash-object", "-w", "--stdin", input=b"clean\n").strip()
    tree = git(clone, "mktree", input=f"100644 blob {old_blob}\tlegacy.env\n".encode()).strip()
    git(clone, "tag", "old-tree", tree)
    p = push(clone, "old-tree")
    assert p.returncode == 0, p.err  # only content main's tip already holds
    tree2 = git(clone, "mktree", input=(f"100644 blob {old_blob}\tlegacy.env\n100644 blob {new_blob}\tnew.env\n"
                                        f"100644 blob {clean_blob}\tok.txt\n").encode()).strip()
    git(clone, "tag", "new-tree", tree2)
    p = push(clone, "new-tree")
    assert_refused(p)
    joined = "\n".join(remote_lines(p))
    assert "new.env:1:" in joined and "legacy.env" not in joined, joined
    assert kid not in p.err and sec not in p.err  # type: ignore[attr-defined]


def test_what_could_not_be_scanned_refuses_unless_the_servers_policy_allows_it(tmp_path: Path, clone: Path,
                                                                                server: Path) -> None:
    install_hook(server, "--max-file-size 1KB")
    git(clone, "checkout", "-q", "-b", "big")
    commit_file(clone, "data.csv", "a,b,c\n" * 400, "a 2.4 KB file")
    p = push(clone, "big")
    assert_refused(p)
    joined = "\n".join(remote_lines(p))
    assert "data.csv: too-large" in joined, joined
    policy = tmp_path / "server.toml"
    policy.write_text('[gate]\nallow_skips = ["too-large"]\n')
    install_hook(server, f"--max-file-size 1KB --config {shlex.quote(str(policy))}")
    p = push(clone, "big")
    assert p.returncode == 0, p.err
