"""Real git servers for remote-repository tests: ``git daemon`` (git://) and ``git http-backend`` behind a
small HTTP server that demands Basic authentication (https-style URLs with a token in them)."""
from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.helpers import git_env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture
def git_daemon(tmp_path):
    """``git daemon`` serving ``<root>/*.git`` on a free port of 127.0.0.1: yields (root, "git://127.0.0.1:PORT").

    git daemon is part of git: if it is missing or does not start, the test fails (never skipped)."""
    root = tmp_path / "served"
    root.mkdir()
    port = _free_port()
    proc = subprocess.Popen(["git", "daemon", f"--base-path={root}", "--export-all", "--reuseaddr",
                             "--informative-errors", "--listen=127.0.0.1", f"--port={port}", str(root)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=git_env(),
                            start_new_session=True)  # `git daemon` runs git-daemon as a child: kill the group
    try:
        end = time.monotonic() + 30
        while not _listening(port):
            if proc.poll() is not None:
                raise AssertionError(f"git daemon did not start: {proc.stderr.read().decode(errors='replace')}")
            if time.monotonic() > end:
                raise AssertionError("git daemon never listened")
            time.sleep(0.05)
        yield root, f"git://127.0.0.1:{port}"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
        if proc.stderr:
            proc.stderr.close()


class _Backend(BaseHTTPRequestHandler):
    root = ""
    auth = ""  # "user:password" the server accepts
    seen_auth: list = []

    def log_message(self, *a) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._cgi()

    def do_POST(self) -> None:
        self._cgi()

    def _cgi(self) -> None:
        got = self.headers.get("Authorization", "")
        want = "Basic " + base64.b64encode(self.auth.encode()).decode()
        if got != want:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="test"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.seen_auth.append(got)
        path, _, query = self.path.partition("?")
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        env = dict(git_env(), GIT_PROJECT_ROOT=self.root, GIT_HTTP_EXPORT_ALL="1", REQUEST_METHOD=self.command,
                   PATH_INFO=path, QUERY_STRING=query, CONTENT_TYPE=self.headers.get("Content-Type", ""),
                   CONTENT_LENGTH=str(len(body)), REMOTE_USER="test", REMOTE_ADDR="127.0.0.1",
                   HTTP_CONTENT_ENCODING=self.headers.get("Content-Encoding", ""),
                   GIT_PROTOCOL=self.headers.get("Git-Protocol", ""))
        out = subprocess.run(["git", "http-backend"], input=body, env=env, capture_output=True, check=False).stdout
        head, _, payload = out.partition(b"\r\n\r\n")
        status, headers = 200, []
        for ln in head.decode("latin-1").split("\r\n"):
            k, _, v = ln.partition(":")
            if k.lower() == "status":
                status = int(v.split()[0])
            elif k:
                headers.append((k, v.strip()))
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture
def http_git(tmp_path):
    """Smart-HTTP git on 127.0.0.1 requiring Basic auth: yields (root, "127.0.0.1:PORT", set_auth)."""
    root = tmp_path / "http-served"
    root.mkdir()
    handler = type("Backend", (_Backend,), {"root": str(root), "auth": "", "seen_auth": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()

    def set_auth(user: str, password: str) -> None:
        handler.auth = f"{user}:{password}"

    try:
        yield root, f"127.0.0.1:{server.server_address[1]}", set_auth, handler
    finally:
        server.shutdown()
        server.server_close()
