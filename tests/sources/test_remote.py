"""credgate git URL / --repos-file / --since / --branch, through the CLI with real git servers
(file://, git daemon, git http-backend behind Basic auth)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import aws_pair, commit_file, git, github_pat, init_repo, run_credgate
from tests.ux.ptyrun import run_in_pty

OLD = "2020-03-01T10:00:00+00:00"


def _env_pair() -> str:
    kid, secret = aws_pair()
    return f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={secret}\n"


def make_source(root: Path) -> Path:
    """A work tree with: a secret committed then deleted on main (in an old commit), a token on the
    non-default branch ``feature`` only, and a secret reachable only from the tag ``v1``."""
    src = init_repo(root / "src")
    commit_file(src, "README.md", "hello\n", "readme", date=OLD)
    commit_file(src, "prod.env", _env_pair(), "add config", date=OLD)
    git(src, "rm", "-q", "prod.env")
    git(src, "commit", "-q", "-m", "remove config")
    commit_file(src, "recent.env", _env_pair(), "recent config")
    git(src, "checkout", "-q", "-b", "feature")
    commit_file(src, "feature.py", f'TOKEN = "{github_pat()}"\n', "feature token")
    git(src, "checkout", "-q", "-b", "tmp", "main")
    commit_file(src, "tagged.env", _env_pair(), "tagged only")
    git(src, "tag", "v1")
    git(src, "checkout", "-q", "main")
    git(src, "branch", "-q", "-D", "tmp")
    return src


def serve(src: Path, root: Path, name: str = "app.git") -> Path:
    dest = root / name
    git(root, "clone", "-q", "--mirror", str(src), str(dest))
    return dest


def report(proc: subprocess.CompletedProcess) -> dict:
    assert "Traceback" not in proc.stderr.decode(), proc.stderr.decode()
    return json.loads(proc.stdout)


def paths(data: dict) -> set[str]:
    return {f["path"] for f in data["findings"]}


def no_clones(tmp: Path) -> bool:
    return not [p for p in tmp.iterdir() if p.name.startswith("credgate-")]


@pytest.fixture
def tmpdir_env(tmp_path):
    d = tmp_path / "TMPDIR"
    d.mkdir()
    return d


def test_file_url_all_refs_found_location_names_url_temp_removed(tmp_path, tmpdir_env):
    src = make_source(tmp_path)
    bare = serve(src, tmp_path)
    url = f"file://{bare}"
    proc = run_credgate(["git", url, "--format", "json"], env={"TMPDIR": str(tmpdir_env)})
    assert proc.returncode == 1, proc.stderr.decode()
    data = report(proc)
    assert paths(data) >= {"prod.env", "recent.env", "feature.py", "tagged.env"}
    for f in data["findings"]:
        assert f["location_detail"] == url
        assert f["source"] == "history"
    by_path = {f["path"]: f for f in data["findings"]}
    assert "tag:v1" in by_path["tagged.env"]["exposure"]
    assert "branch:feature" in by_path["feature.py"]["exposure"]
    assert "history-only" in by_path["prod.env"]["exposure"]
    assert no_clones(tmpdir_env)


def test_git_daemon_remote(tmp_path, git_daemon, tmpdir_env):
    root, base = git_daemon
    src = make_source(tmp_path)
    serve(src, root)
    url = f"{base}/app.git"
    proc = run_credgate(["git", url, "--format", "json"], env={"TMPDIR": str(tmpdir_env)})
    assert proc.returncode == 1, proc.stderr.decode()
    data = report(proc)
    assert paths(data) >= {"prod.env", "recent.env", "feature.py", "tagged.env"}
    assert {f["location_detail"] for f in data["findings"]} == {url}
    assert no_clones(tmpdir_env)
    # text output names the URL too
    text = run_credgate(["git", url, "--color", "never"], env={"TMPDIR": str(tmpdir_env)})
    assert text.returncode == 1
    assert f"at      {url}" in text.stdout.decode()


def test_clean_remote_exits_0(tmp_path, git_daemon):
    root, base = git_daemon
    src = init_repo(tmp_path / "clean")
    commit_file(src, "a.txt", "nothing here\n")
    serve(src, root, "clean.git")
    proc = run_credgate(["git", f"{base}/clean.git"])
    assert proc.returncode == 0, proc.stderr.decode() + proc.stdout.decode()


def test_unreachable_remote_exits_2_one_line_temp_removed(tmp_path, git_daemon, tmpdir_env):
    _, base = git_daemon
    proc = run_credgate(["git", f"{base}/missing.git"], env={"TMPDIR": str(tmpdir_env)})
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert err.startswith(f"credgate: error: {base}/missing.git: could not clone:")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert no_clones(tmpdir_env)


def test_ctrl_c_during_remote_audit_removes_clone(tmp_path, tmpdir_env):
    src = init_repo(tmp_path / "slow")
    commit_file(src, "slow.txt", "token = " + "a" * 5000 + "! ab\n")
    rules = tmp_path / "slow.toml"
    rules.write_text('[[rules]]\nid = "slow"\nname = "slow"\nregex = "(?<=token = )(a+)+b"\nkeywords = ["token"]\n')
    env = dict(os.environ, TMPDIR=str(tmpdir_env), CREDGATE_RULE_TIMEOUT="600", CREDGATE_PROGRESS="0")
    proc = subprocess.Popen([sys.executable, "-m", "credgate", "git", f"file://{src}", "--rules", str(rules)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    end = time.monotonic() + 60
    while not list(tmpdir_env.glob("credgate-remote-*/repo.git/packed-refs")):  # the clone is complete
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < end, "never saw the private clone"
        time.sleep(0.02)
    clone = next(tmpdir_env.glob("credgate-remote-*"))
    assert oct(clone.stat().st_mode & 0o777) == oct(0o700)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise AssertionError("credgate did not stop within 30 s of Ctrl-C")
    assert proc.returncode == 130, err.decode()
    assert no_clones(tmpdir_env)


def test_token_in_url_redacted_everywhere(tmp_path, http_git, tmpdir_env):
    root, hostport, set_auth, handler = http_git
    token = github_pat()
    set_auth("deploy", token)
    src = make_source(tmp_path)
    serve(src, root)
    url = f"http://deploy:{token}@{hostport}/app.git"
    shown = f"http://***@{hostport}/app.git"
    outs = tmp_path / "out"
    outs.mkdir()
    texts = []
    for fmt in ("json", "sarif", "html", "csv", "markdown", "text"):
        proc = run_credgate(["git", url, "--format", fmt, "-o", str(outs / f"r.{fmt}"), "-v"],
                            env={"TMPDIR": str(tmpdir_env)})
        assert proc.returncode == 1, proc.stderr.decode()
        texts += [proc.stdout.decode(), proc.stderr.decode(), (outs / f"r.{fmt}").read_text()]
    proc = run_credgate(["git", url, "--format", "json"], env={"TMPDIR": str(tmpdir_env)})
    data = report(proc)
    assert paths(data) >= {"prod.env", "feature.py", "tagged.env"}  # the server did authenticate us
    assert handler.seen_auth
    assert {f["location_detail"] for f in data["findings"]} == {shown}
    texts += [proc.stdout.decode(), proc.stderr.decode()]
    # a wrong token: the error names the URL, redacted
    set_auth("deploy", "something-else-entirely")
    bad = run_credgate(["git", url], env={"TMPDIR": str(tmpdir_env)})
    assert bad.returncode == 2
    assert bad.stderr.decode().startswith(f"credgate: error: {shown}: could not clone:")
    texts += [bad.stdout.decode(), bad.stderr.decode()]
    # git:// with credentials: git itself echoes them in its error ("unable to look up user:tok@host")
    gd = run_credgate(["git", f"git://deploy:{token}@127.0.0.1:1/app.git"], env={"TMPDIR": str(tmpdir_env)})
    assert gd.returncode == 2
    assert "git://***@127.0.0.1:1/app.git" in gd.stderr.decode()
    texts += [gd.stdout.decode(), gd.stderr.decode()]
    for t in texts:
        assert token not in t
    assert no_clones(tmpdir_env)


def test_repos_file_one_bad_entry_others_scanned(tmp_path, git_daemon, tmpdir_env):
    root, base = git_daemon
    src = make_source(tmp_path)
    serve(src, root)
    local = init_repo(tmp_path / "local")
    commit_file(local, "local.py", f'TOKEN = "{github_pat()}"\n')
    lst = tmp_path / "lists" / "repos.txt"
    lst.parent.mkdir()
    lst.write_text(f"# our repositories\n\n{base}/app.git\n{base}/missing.git   \n  # local one\n../local\n")
    proc = run_credgate(["git", "--repos-file", str(lst), "--format", "json"], env={"TMPDIR": str(tmpdir_env)})
    assert proc.returncode == 1, proc.stderr.decode()
    data = report(proc)
    assert paths(data) >= {"prod.env", "feature.py", "tagged.env", "local.py"}
    details = {f["path"]: f["location_detail"] for f in data["findings"]}
    assert details["local.py"] == "../local" and details["prod.env"] == f"{base}/app.git"
    assert len(data["errors"]) == 1 and data["errors"][0].startswith(f"{lst}:4: {base}/missing.git: could not clone")
    assert no_clones(tmpdir_env)
    # the same with only clean repositories and one bad entry: the error alone exits 1
    clean = init_repo(tmp_path / "clean")
    commit_file(clean, "a.txt", "nothing\n")
    lst.write_text(f"{clean}\n{base}/missing.git\n")
    proc = run_credgate(["git", "--repos-file", str(lst)])
    assert proc.returncode == 1
    assert "missing.git: could not clone" in proc.stdout.decode() + proc.stderr.decode()
    # nothing could be read at all: exit 2
    lst.write_text(f"{base}/missing.git\n{tmp_path}/nowhere\n")
    proc = run_credgate(["git", "--repos-file", str(lst), "--format", "json"])
    assert proc.returncode == 2
    assert len(report(proc)["errors"]) == 2


def test_repos_file_problems_are_usage_errors(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n\n")
    for args in (["--repos-file", str(empty)], ["--repos-file", str(tmp_path / "absent.txt")],
                 [".", "--repos-file", str(empty)], ["--staged", "--repos-file", str(empty)]):
        proc = run_credgate(["git", *args], cwd=tmp_path)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and err.startswith("credgate: error:") and "Traceback" not in err, (args, err)


def _history_repo(tmp_path: Path) -> Path:
    repo = init_repo(tmp_path / "hist")
    commit_file(repo, "old.env", _env_pair(), "old", date=OLD)
    commit_file(repo, "new.env", _env_pair(), "new", date="2024-06-01T12:00:00+00:00")
    git(repo, "checkout", "-q", "-b", "side")
    commit_file(repo, "side.py", f'TOKEN = "{github_pat()}"\n', "side", date="2024-06-02T12:00:00+00:00")
    git(repo, "checkout", "-q", "main")
    return repo


@pytest.mark.parametrize("remote", [False, True])
def test_since_and_branch_filters(tmp_path, remote):
    repo = _history_repo(tmp_path)
    target = f"file://{repo}" if remote else str(repo)
    everything = paths(report(run_credgate(["git", target, "--format", "json"])))
    assert everything >= {"old.env", "new.env", "side.py"}
    since = run_credgate(["git", target, "--since", "2023-01-01", "--format", "json"])
    assert since.returncode == 1
    assert paths(report(since)) == {"new.env", "side.py"}
    branch = run_credgate(["git", target, "--branch", "main", "--format", "json"])
    assert paths(report(branch)) == {"old.env", "new.env"}
    both = run_credgate(["git", target, "--branch", "side", "--since", "2024-06-02", "--format", "json"])
    assert paths(report(both)) == {"side.py"}
    two = run_credgate(["git", target, "--branch", "main", "--branch", "side", "--format", "json"])
    assert paths(report(two)) == {"old.env", "new.env", "side.py"}
    none = run_credgate(["git", target, "--since", "2030-01-01T00:00:00Z"])
    assert none.returncode == 0


def test_filter_usage_errors(tmp_path):
    repo = _history_repo(tmp_path)
    for args, says in ((["--since", "last tuesday"], "--since"), (["--branch", "nope"], "no branch nope"),
                       (["--since", "2024-01-01", "--unreachable"], "--unreachable"),
                       (["--staged", "--branch", "main"], "full-history")):
        proc = run_credgate(["git", str(repo), *args], cwd=repo)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and says in err and len(err.strip().splitlines()) == 1, (args, err)


def _path_without_codecommit() -> str:
    dirs = [d for d in os.environ.get("PATH", "").split(os.pathsep)
            if d and not os.path.exists(os.path.join(d, "git-remote-codecommit"))]
    assert shutil.which("git", path=os.pathsep.join(dirs))
    return os.pathsep.join(dirs)


@pytest.mark.parametrize("url", ["codecommit::eu-west-1://app", "codecommit://app", "codecommit://prof@app"])
def test_codecommit_without_helper_one_line_error(tmp_path, url):
    proc = run_credgate(["git", url], env={"PATH": _path_without_codecommit()})
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith(f"credgate: error: {url}: ") and "pip install git-remote-codecommit" in err


def test_codecommit_without_helper_in_a_list(tmp_path):
    src = init_repo(tmp_path / "ok")
    commit_file(src, "k.env", _env_pair())
    lst = tmp_path / "repos.txt"
    lst.write_text(f"codecommit::us-east-1://app\nfile://{src}\n")
    proc = run_credgate(["git", "--repos-file", str(lst), "--format", "json"], env={"PATH": _path_without_codecommit()})
    assert proc.returncode == 1
    data = report(proc)
    assert paths(data) == {"k.env"}
    assert "pip install git-remote-codecommit" in data["errors"][0]


def test_clone_progress_only_on_a_terminal(tmp_path):
    src = make_source(tmp_path)
    url = f"file://{serve(src, tmp_path)}"
    piped = run_credgate(["git", url], env={"CREDGATE_PROGRESS_DELAY": "0"})
    assert "cloning" not in piped.stderr.decode() and "objects" not in piped.stderr.decode()
    rc, out = run_in_pty(["git", url], env={"CREDGATE_PROGRESS_DELAY": "0"})
    assert rc == 1
    assert f"credgate: cloning {url}" in out and "Receiving objects" in out
    rc, out = run_in_pty(["git", url], env={"CI": "true"})
    assert rc == 1 and "credgate: cloning" not in out and "Receiving objects" not in out


def test_clone_progress_redacts_token(tmp_path, http_git):
    root, hostport, set_auth, _ = http_git
    token = github_pat()
    set_auth("x-access-token", token)
    serve(make_source(tmp_path), root)
    rc, out = run_in_pty(["git", f"http://x-access-token:{token}@{hostport}/app.git"])
    assert rc == 1 and f"credgate: cloning http://***@{hostport}/app.git" in out
    assert token not in out
