"""Ctrl-C: exit 130 promptly, no temporary files left, the AWS incremental state file still valid.

A terminal's Ctrl-C reaches the whole foreground process group (credgate and its git children), so
the tests start credgate in its own session and send SIGINT to the group.  To know the scan is
still running when the signal lands, each run includes a custom rule that takes for ever on one
item (a catastrophic look-behind regex under a 10-minute budget): no timing guesswork.
"""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests import helpers

SLOW_RULE = '[[rules]]\nid = "slow"\nname = "slow"\nregex = "(?<=token = )(a+)+b"\nkeywords = ["token"]\n'
SLOW_TEXT = "token = " + "a" * 5000 + "! ab\n"


def synth_repo(path: Path, commits: int) -> Path:
    """A repository of ``commits`` commits made with git fast-import (seconds, not minutes)."""
    helpers.init_repo(path)
    proc = subprocess.Popen(["git", "fast-import", "--quiet"], cwd=path, stdin=subprocess.PIPE,
                            env=helpers.git_env())
    w = proc.stdin
    assert w is not None
    for i in range(1, commits + 1):
        body = b"".join(b"line %d of commit %d: some text to scan\n" % (n, i) for n in range(200))
        msg = b"commit %d" % i
        w.write(b"commit refs/heads/main\nmark :%d\ncommitter T <t@e.invalid> %d +0000\ndata %d\n%s\n"
                % (i, 1600000000 + i, len(msg), msg))
        if i > 1:
            w.write(b"from :%d\n" % (i - 1))
        w.write(b"M 644 inline src/f%d.txt\ndata %d\n%s\n" % (i % 40, len(body), body))
    w.close()
    assert proc.wait() == 0
    helpers.git(path, "checkout", "-q", "main")
    return path


def _start(args: list[str], tmpdir: Path, env: dict | None = None) -> subprocess.Popen:
    e = dict(os.environ, TMPDIR=str(tmpdir), CREDGATE_RULE_TIMEOUT="600", CREDGATE_PROGRESS="0", NO_COLOR="1")
    e.update(env or {})
    return subprocess.Popen([sys.executable, "-m", "credgate", *args], env=e, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


def _wait_for(cond, proc: subprocess.Popen, what: str, limit: float = 60) -> None:
    end = time.monotonic() + limit
    while not cond():
        if proc.poll() is not None:
            raise AssertionError(f"credgate ended before {what}: {proc.stderr.read().decode()[-2000:]}")
        if time.monotonic() > end:
            raise AssertionError(f"never saw {what}")
        time.sleep(0.02)


def _ctrl_c(proc: subprocess.Popen) -> tuple[int, str]:
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=30)  # "promptly": far below any scan, far above a clean exit
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise AssertionError("credgate did not stop within 30 s of Ctrl-C")
    return proc.returncode, err.decode("utf-8", "replace")


@pytest.fixture
def tmpdir_env(tmp_path):
    d = tmp_path / "TMPDIR"
    d.mkdir()
    return d


def test_ctrl_c_during_bundle_history_scan(tmp_path, tmpdir_env):
    repo = synth_repo(tmp_path / "big", 600)
    helpers.commit_file(repo, "slow.txt", SLOW_TEXT, "slow")
    bundle = tmp_path / "big.bundle"
    helpers.git(repo, "bundle", "create", str(bundle), "--all")
    rules = tmp_path / "slow.toml"
    rules.write_text(SLOW_RULE)
    proc = _start(["git", str(bundle), "--rules", str(rules)], tmpdir_env)
    _wait_for(lambda: any(tmpdir_env.iterdir()), proc, "the private clone of the bundle")
    clone = next(tmpdir_env.iterdir())
    assert oct(clone.stat().st_mode & 0o777) == oct(0o700)
    rc, err = _ctrl_c(proc)
    assert rc == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert list(tmpdir_env.iterdir()) == []


def test_ctrl_c_during_archive_scan(tmp_path, tmpdir_env):
    """A repository inside a backup tarball is staged into a private temp dir: removed on Ctrl-C."""
    repo = synth_repo(tmp_path / "proj", 200)
    helpers.commit_file(repo, "slow.txt", SLOW_TEXT, "slow")
    archive = tmp_path / "backup.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        tf.add(repo, arcname="proj")
    rules = tmp_path / "slow.toml"
    rules.write_text(SLOW_RULE)
    proc = _start(["dir", str(archive), "--rules", str(rules)], tmpdir_env)
    _wait_for(lambda: any(tmpdir_env.iterdir()), proc, "the archive's private temp dir")
    rc, err = _ctrl_c(proc)
    assert rc == 130, err
    assert "Traceback" not in err
    assert list(tmpdir_env.iterdir()) == []


class _Gate(BaseHTTPRequestHandler):
    """Forwards to moto, except Lambda calls once ``hang`` is set: those block until ``release``."""

    upstream = ""
    hang = threading.Event()
    hanging = threading.Event()
    release = threading.Event()

    def _any(self) -> None:
        import http.client
        from urllib.parse import urlsplit

        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.hang.is_set() and "/functions" in self.path:
            self.hanging.set()
            self.release.wait(120)
            return
        u = urlsplit(self.upstream)
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        conn.request(self.command, self.path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        self.send_response(resp.status)
        for k, v in resp.getheaders():
            if k.lower() not in ("content-length", "connection", "transfer-encoding", "server", "date"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _any

    def log_message(self, *a) -> None:
        pass


def test_ctrl_c_during_aws_audit_keeps_state_file_valid(aws_client, moto_endpoint, tmp_path, tmpdir_env):
    import zipfile

    kid, sec = helpers.aws_pair()
    iam = aws_client("iam")
    role = iam.create_role(RoleName="int-test", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("index.py", "def handler(e, c):\n    return 1\n")
    aws_client("lambda").create_function(
        FunctionName="fn1", Runtime="python3.12", Role=role, Handler="index.handler",
        Code={"ZipFile": buf.getvalue()}, Environment={"Variables": {"AWS_SECRET_ACCESS_KEY": sec}})

    _Gate.upstream = moto_endpoint
    _Gate.hang.clear(), _Gate.hanging.clear(), _Gate.release.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Gate)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    endpoint = f"http://127.0.0.1:{server.server_address[1]}"
    env = {"AWS_ENDPOINT_URL": endpoint}
    for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION"):
        env[k] = os.environ[k]
    state = tmp_path / "state.json"
    args = ["aws", "--regions", "us-east-1", "--services", "lambda", "--state", str(state), "--full", "-q"]
    try:
        first = _start(args, tmpdir_env, env)
        first.communicate(timeout=120)
        assert first.returncode == 1  # the planted key; the state file now holds the run
        before = state.read_text()
        assert json.loads(before)["resources"]
        _Gate.hang.set()
        proc = _start(args, tmpdir_env, env)
        _wait_for(_Gate.hanging.is_set, proc, "a Lambda call in flight")
        rc, err = _ctrl_c(proc)
        assert rc == 130, err
        assert "Traceback" not in err
        assert state.read_text() == before  # never half-written: the old state stays whole
        json.loads(state.read_text())
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".state.json")] == []
        assert list(tmpdir_env.iterdir()) == []
    finally:
        _Gate.release.set()
        server.shutdown()
