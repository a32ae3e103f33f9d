"""Issue 18, done-when: a new user goes from a clone to a blocked commit, a gated CodeBuild run, a remote history
audit and an AWS audit with progress, following only the README.

Each test takes the README's own ```sh lines (found by what they say, not by line number), runs them with bash
in a sandbox, as written (a URL or a port swapped for the sandbox's where the README names an example one),
and checks what the README says happens: real git, the real pre-commit framework, a real git daemon, the local
CodeCommit service of tests/ci and a moto server on 127.0.0.1.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import aws_pair, commit_file, git, git_env, init_repo
from tests.ux.ptyrun import run_in_pty
from tests.ux.test_readme import _expected, sh_blocks

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def block(first: str) -> list[str]:
    """The lines of the README's ```sh block that has a line starting with ``first``."""
    found = [body for _, _, body in sh_blocks(README.read_text(encoding="utf-8"))
             if any(line.strip().startswith(first) for line in body)]
    assert len(found) == 1, (first, found)
    return [line.strip() for line in found[0] if line.strip() and not line.strip().startswith("#")]


def line(first: str) -> str:
    [found] = [ln for ln in block(first) if ln.startswith(first)]
    return found


def shell_env(home: Path, **extra: str) -> dict[str, str]:
    env = git_env(home)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    for k in [k for k in env if k.startswith("CODEBUILD_")] + ["CI", "NO_COLOR", "CREDGATE_PROGRESS"]:
        env.pop(k, None)
    env.update(extra)
    return env


def run(cmd: str, cwd: Path, env: dict[str, str], expect: "set[int] | None" = None) -> str:
    proc = subprocess.run(["bash", "-c", cmd], cwd=cwd, env=env, capture_output=True, timeout=300)
    out = proc.stdout.decode(errors="replace") + proc.stderr.decode(errors="replace")
    want = expect if expect is not None else _expected(cmd)
    assert proc.returncode in want, f"`{cmd}` exited {proc.returncode}\n{out}"
    assert "Traceback" not in out and "internal error" not in out, f"`{cmd}`\n{out}"
    return out


def new_project(tmp_path: Path) -> Path:
    repo = init_repo(tmp_path / "project")
    commit_file(repo, "app.py", "print('hello')\n", "initial")
    return repo


# ------------------------------------------------------------------ the quick start


@pytest.mark.slow
def test_quick_start_in_a_fresh_clone_makes_a_venv_installs_and_scans_clean(tmp_path):
    """The quick start's first block, as written, in a copy of this repository's files (what a clone holds):
    the venv, `pip install .` (from the package index pip is configured with) and a clean `credgate dir .`."""
    clone = tmp_path / "credgate"
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for rel in filter(None, files.decode().split("\0")):
        src = ROOT / rel
        if src.is_file():
            (clone / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, clone / rel)
    lines = block("python3 -m venv .venv")
    assert lines == ["python3 -m venv .venv && . .venv/bin/activate", "pip install . && credgate dir ."], lines
    env = shell_env(Path(os.environ["HOME"]))
    env.pop("PYTHONPATH", None)  # the installed credgate, not this tree
    env.pop("VIRTUAL_ENV", None)
    proc = subprocess.run(["bash", "-c", " && ".join(lines) + " && command -v credgate"], cwd=clone, env=env,
                          capture_output=True, timeout=600)
    out = proc.stdout.decode(errors="replace") + proc.stderr.decode(errors="replace")
    if proc.returncode != 0 and re.search(r"No matching distribution|Could not find a version|"
                                          r"Failed to establish a new connection|Network is unreachable", out):
        pytest.skip(f"pip could not reach a package index for the build backend and dependencies: {out[-300:]}")
    if proc.returncode != 0 and "ensurepip is not available" in out:
        pytest.skip("this python has no venv/ensurepip (apt-get install python3-venv, as the README says)")
    assert proc.returncode == 0, out
    assert "credgate dir: 0 findings" in out, out
    assert out.strip().splitlines()[-1] == str(clone / ".venv" / "bin" / "credgate"), out


# ------------------------------------------------------------------ (a) a blocked commit


def _developer_blocks() -> tuple[list[str], list[str], list[str], list[str]]:
    setup = block("pip install pre-commit")
    attempt = block("python3 -c 'import secrets, string;")
    by_hand = block("credgate hook pre-commit")
    remove = block("credgate git --staged                                   # exit 1")
    return setup, attempt, by_hand, remove


def test_a_pre_commit_framework_blocks_the_synthetic_key(tmp_path):
    if shutil.which("pre-commit", path=shell_env(tmp_path)["PATH"]) is None:
        pytest.skip("the pre-commit framework is not installed (pip install pre-commit, as the README says)")
    repo = new_project(tmp_path)
    env = shell_env(Path(os.environ["HOME"]))
    setup, attempt, by_hand, remove = _developer_blocks()
    assert setup[0] == "pip install pre-commit"  # installed here already: the framework is a test extra
    for cmd in setup[1:]:
        run(cmd, repo, env)
    assert (repo / ".git" / "hooks" / "pre-commit").is_file() and (repo / ".git" / "hooks" / "pre-push").is_file()
    outs = [run(cmd, repo, env) for cmd in attempt]
    blocked = outs[-1]
    assert "settings.py:1:" in blocked and "aws-secret-access-key" in blocked, blocked
    move = [ln for ln in blocked.splitlines() if ln.strip().startswith("move")]
    assert move and all(ln.count(". ") == 0 for ln in move), move  # one sentence
    assert "settings.py" not in git(repo, "log", "--name-only", "--format=")
    for cmd in by_hand:  # try the gate by hand: the same verdict, nothing committed
        assert "settings.py:1:" in run(cmd, repo, env)
    for cmd in remove:
        run(cmd, repo, env)
    assert not (repo / "settings.py").exists()
    # a clean commit goes through
    (repo / "app.py").write_text("import os\nprint(os.environ.get('NAME'))\n")
    run("git commit -q -am 'read the name from the environment'", repo, env, {0})


def test_a_native_hooks_block_the_key_and_stay_quiet_on_a_clean_commit(tmp_path):
    repo = new_project(tmp_path)
    env = shell_env(Path(os.environ["HOME"]))
    install = line("credgate install                           # pre-commit and pre-push")
    run(install, repo, env, {0})
    _, attempt, _, _ = _developer_blocks()
    # the hook runs the Python credgate was installed with: no credgate (or venv) on PATH needed at commit time
    bare_path = {**env, "PATH": "/usr/bin:/bin"}
    for cmd in attempt[:-1]:
        run(cmd, repo, env)
    blocked = run(attempt[-1], repo, bare_path)
    assert "settings.py:1:" in blocked and "move" in blocked, blocked
    assert "settings.py" not in git(repo, "log", "--name-only", "--format=")
    run("git rm -q --cached settings.py && rm settings.py", repo, env)
    (repo / "app.py").write_text("print('hello, world')\n")
    proc = subprocess.run(["bash", "-c", "git commit -q -am 'clean'"], cwd=repo, env=bare_path, capture_output=True)
    assert proc.returncode == 0 and proc.stdout == b"" and proc.stderr == b"", proc  # a clean commit prints nothing


# ------------------------------------------------------------------ (b) a gated CodeBuild run


@pytest.fixture
def codecommit(aws, monkeypatch):
    """tests/ci's local CodeCommit service (moto has no pull requests); STS stays on moto."""
    from tests.ci.codecommit_service import CodeCommitService

    svc = CodeCommitService().start()
    monkeypatch.setenv("AWS_ENDPOINT_URL_CODECOMMIT", svc.url)
    yield svc
    svc.stop()


def test_b_codebuild_gate_with_the_variables_the_readme_names(tmp_path, codecommit):
    from credgate.ci.codecommit import MARKER

    text = " ".join(README.read_text(encoding="utf-8").split())
    names = ("pullRequestId", "sourceCommit", "destinationCommit", "repositoryName", "revisionId")
    assert "the EventBridge rule passes `pullRequestId`, `sourceCommit`, `destinationCommit`, `repositoryName` and " \
           "`revisionId` to the build" in text
    repo = init_repo(tmp_path / "src")
    base = commit_file(repo, "README.md", "# service\n", "initial")
    git(repo, "checkout", "-q", "-b", "feature")
    kid, secret = aws_pair()
    head = commit_file(repo, "deploy.env", f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={secret}\n", "deploy")
    git(repo, "checkout", "-q", "--detach", head)
    rev = codecommit.add_pull_request("payments-api", head, base, pr_id="7")
    values = dict(zip(names, ("7", head, base, "payments-api", rev)))
    env = shell_env(Path(os.environ["HOME"]), **values)  # AWS_REGION, credentials, endpoints: the fixtures'
    gate = line("credgate ci --junit credgate-out/credgate-junit.xml")
    out = run(gate, repo, env, {1})
    assert "posted comment" in out and "is set but not" not in out and "is not set" not in out, out
    [comment] = codecommit.marked(MARKER)
    assert "`deploy.env:1`" in comment["content"] and kid not in comment["content"]
    assert (repo / "credgate-out" / "credgate-junit.xml").is_file() and (repo / "credgate-out" / "credgate.sarif").is_file()
    # each variable the README names, left out in turn: the message names it (or the build still runs)
    for name in names:
        partial = {k: v for k, v in env.items() if k != name}
        proc = subprocess.run(["bash", "-c", gate], cwd=repo, env=partial, capture_output=True, timeout=300)
        err = proc.stderr.decode()
        assert proc.returncode in (1, 2), (name, err)
        assert "Traceback" not in err and "internal error" not in err, err
        for given in names:
            if given != name:
                assert f"set {given} " not in err and f"{given} is not set" not in err, (name, given, err)


# ------------------------------------------------------------------ (c) a remote history audit


@pytest.fixture
def daemon(tmp_path):
    if subprocess.run(["git", "daemon", "--help"], capture_output=True).returncode not in (0, 129):
        pytest.skip("git daemon is not available")
    root = tmp_path / "served"
    root.mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(["git", "daemon", "--reuseaddr", "--export-all", "--listen=127.0.0.1", f"--port={port}",
                             f"--base-path={root}", str(root)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.1)
    yield root, f"git://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


def test_c_remote_history_audit_over_file_and_git_daemon(tmp_path, daemon):
    root, base_url = daemon
    src = new_project(tmp_path)
    kid, secret = aws_pair()
    commit_file(src, "config/prod.env", f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={secret}\n", "config")
    git(src, "rm", "-q", "config/prod.env")
    git(src, "commit", "-q", "-m", "remove config")
    git(tmp_path, "clone", "-q", "--mirror", str(src), str(root / "app.git"))
    example = line("credgate git https://git.example.com/team/app.git")
    env = shell_env(Path(os.environ["HOME"]))
    work = tmp_path / "auditor"
    work.mkdir()
    for url in (f"file://{root / 'app.git'}", f"{base_url}/app.git"):
        cmd = example.replace("https://git.example.com/team/app.git", url)
        run(cmd, work, env, {1})
        page = (work / "app.html").read_text()
        assert "config/prod.env" in page and url in page and secret not in page
        (work / "app.html").unlink()
    repos = line("credgate git --repos-file repos.txt")
    (work / "repos.txt").write_text(f"# what we audit\n{base_url}/app.git\nfile://{root / 'app.git'}\n")
    run(repos, work, env, {1})
    assert (work / "all.json").is_file()


# ------------------------------------------------------------------ (d) an AWS audit with progress


@pytest.mark.slow
def test_d_aws_audit_against_moto_with_progress_as_the_readme_shows(tmp_path):
    lines = block("moto_server -H 127.0.0.1 -p 5000")
    env = shell_env(Path(os.environ["HOME"]))
    if shutil.which("moto_server", path=env["PATH"]) is None:
        pytest.skip("moto's server is not installed (pip install 'moto[server]', as the README says)")
    for k in ("AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_PROFILE"):
        env.pop(k, None)  # a new user has no region configured: the README says none is needed
    env.update(AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull, AWS_EC2_METADATA_DISABLED="true")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = str(s.getsockname()[1])
    lines = [ln.replace("5000", port) for ln in lines]
    server_line, export_line, plant_line, audit_line = lines
    server = subprocess.Popen(["bash", "-c", f"exec {server_line.split('&')[0].split('>')[0]}"], cwd=tmp_path, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(float(re.search(r"sleep (\d+)", server_line).group(1)))
        exported = dict(kv.split("=", 1) for kv in shlex.split(export_line)[1:])
        env.update(exported)
        run(plant_line, tmp_path, env, {0})
        argv = shlex.split(audit_line.split("#")[0])
        assert argv[0] == "credgate"
        rc, out = run_in_pty(argv[1:], cwd=tmp_path, env={**env, "CREDGATE_PROGRESS_DELAY": "0"},
                             unset=("CI", "NO_COLOR", "CREDGATE_PROGRESS", "AWS_REGION", "AWS_DEFAULT_REGION",
                                    "AWS_ENDPOINT_URL", "AWS_PROFILE"))
    finally:
        server.terminate()
        server.wait(timeout=10)
    text = ANSI.sub("", out)
    assert rc in _expected(audit_line), text
    assert "NoRegionError" not in text and "Traceback" not in text, text
    assert re.search(r"\d+/\d+ region-services read", text), text  # the progress a person sees
    at = text.index("credgate aws: 1 account(s)")
    assert "region-services read" not in text[at:], text  # the bar ended before the summary
    page = (tmp_path / "moto-audit.html").read_text()
    assert "/app/db_password" in page
