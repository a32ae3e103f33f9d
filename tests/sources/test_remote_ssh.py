"""credgate git over ssh, through the CLI, against a real sshd on 127.0.0.1 (issue 18: remote history audits).

sshd runs unprivileged on a free port with its own host key and an authorized_keys file in the test's folder;
git reaches it through GIT_SSH_COMMAND (a key, a known_hosts file, BatchMode so nothing can prompt). Without
an sshd binary (Debian: apt-get install openssh-server) these tests are skipped and say so.
"""
from __future__ import annotations

import getpass
import json
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers import git, run_credgate
from tests.sources.test_remote import make_source, no_clones, paths, report, serve

SSHD = shutil.which("sshd") or next((p for p in ("/usr/sbin/sshd", "/usr/local/sbin/sshd") if Path(p).exists()),
                                    None)
pytestmark = pytest.mark.skipif(SSHD is None or shutil.which("ssh") is None or shutil.which("ssh-keygen") is None,
                                reason="no sshd/ssh/ssh-keygen on this machine (apt-get install openssh-server "
                                       "openssh-client): the ssh:// remote audit is not exercised")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _keygen(path: Path) -> Path:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)
    return path


class Sshd:
    def __init__(self, root: Path, port: int, user: str, key: Path, host_pub: str) -> None:
        self.root, self.port, self.user, self.key, self.host_pub = root, port, user, key, host_pub

    def ssh_command(self, *, key: "Path | None" = None, known: bool = True, port: bool = False) -> str:
        kh = self.root / ("known_hosts" if known else "empty_known_hosts")
        if known:
            kh.write_text(f"[127.0.0.1]:{self.port} {self.host_pub}\n")
        else:
            kh.write_text("")
        return (f"ssh -F none -i {key or self.key} -o IdentitiesOnly=yes -o IdentityAgent=none "
                f"-o UserKnownHostsFile={kh} -o StrictHostKeyChecking=yes -o BatchMode=yes"
                + (f" -p {self.port}" if port else ""))


@pytest.fixture(scope="module")
def sshd(tmp_path_factory):
    root = tmp_path_factory.mktemp("sshd")
    host = _keygen(root / "host_key")
    user_key = _keygen(root / "user_key")
    (root / "authorized_keys").write_text((root / "user_key.pub").read_text())
    (root / "authorized_keys").chmod(0o600)
    port = _free_port()
    (root / "sshd_config").write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {host}\nPidFile {root / 'sshd.pid'}\n"
        f"AuthorizedKeysFile {root / 'authorized_keys'}\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
        "UsePAM no\nStrictModes no\nPermitRootLogin prohibit-password\n")
    log = root / "sshd.log"
    proc = subprocess.Popen([SSHD, "-D", "-f", str(root / "sshd_config"), "-E", str(log)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            pytest.skip(f"sshd could not start here: {err.strip() or log.read_text(errors='replace').strip()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.skip("sshd did not start listening within 15 s")
    host_pub = " ".join((root / "host_key.pub").read_text().split()[:2])  # "ssh-ed25519 AAAA..."
    server = Sshd(root, port, getpass.getuser(), user_key, host_pub)
    # sshd as an unprivileged user may only log that same user in: check a login works at all
    probe = subprocess.run(server.ssh_command().split() + [f"-p{port}", f"{server.user}@127.0.0.1", "true"],
                           capture_output=True, timeout=30)
    if probe.returncode != 0:
        proc.kill()
        pytest.skip(f"ssh login to the test sshd failed here: {probe.stderr.decode(errors='replace').strip()}")
    yield server
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def served(tmp_path):
    src = make_source(tmp_path)
    return serve(src, tmp_path)


def _tmp(tmp_path: Path) -> Path:
    d = tmp_path / "TMPDIR"
    d.mkdir(exist_ok=True)
    return d


def test_ssh_url_audits_every_ref_and_removes_the_clone(sshd, served, tmp_path):
    url = f"ssh://{sshd.user}@127.0.0.1:{sshd.port}{served}"
    tmp = _tmp(tmp_path)
    proc = run_credgate(["git", url, "--format", "json"], env={"GIT_SSH_COMMAND": sshd.ssh_command(),
                                                               "TMPDIR": str(tmp)})
    assert proc.returncode == 1, proc.stderr.decode()
    data = report(proc)
    assert paths(data) >= {"prod.env", "recent.env", "feature.py", "tagged.env"}
    assert {f["location_detail"] for f in data["findings"]} == {url}  # the user name is shown, nothing masked
    assert no_clones(tmp)


def test_scp_like_address_with_since_and_branch(sshd, served, tmp_path):
    url = f"{sshd.user}@127.0.0.1:{served}"  # scp-like syntax has no port: GIT_SSH_COMMAND gives it
    proc = run_credgate(["git", url, "--branch", "main", "--since", "2024-01-01", "--format", "json"],
                        env={"GIT_SSH_COMMAND": sshd.ssh_command(port=True), "TMPDIR": str(_tmp(tmp_path))})
    assert proc.returncode == 1, proc.stderr.decode()
    assert paths(report(proc)) == {"recent.env"}  # main only, and only commits since 2024


def test_unknown_host_key_is_one_line_naming_the_reason(sshd, served, tmp_path):
    url = f"ssh://{sshd.user}@127.0.0.1:{sshd.port}{served}"
    tmp = _tmp(tmp_path)
    proc = run_credgate(["git", url], env={"GIT_SSH_COMMAND": sshd.ssh_command(known=False), "TMPDIR": str(tmp)})
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "Host key verification failed" in err and "ssh-keyscan" in err, err
    assert no_clones(tmp)


def test_a_key_the_server_refuses_is_named(sshd, served, tmp_path):
    url = f"ssh://{sshd.user}@127.0.0.1:{sshd.port}{served}"
    other = _keygen(tmp_path / "other_key")
    proc = run_credgate(["git", url], env={"GIT_SSH_COMMAND": sshd.ssh_command(key=other),
                                           "TMPDIR": str(_tmp(tmp_path))})
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Permission denied (publickey" in err and "ssh-agent" in err, err
    assert f"{sshd.user}@127.0.0.1: Permission denied" in err, err  # an ssh user name alone is not masked


def test_repos_file_mixes_ssh_and_local_entries(sshd, served, tmp_path):
    clean = tmp_path / "clean"
    git(tmp_path, "init", "-q", str(clean))
    (clean / "a.txt").write_text("nothing\n")
    git(clean, "add", "a.txt")
    git(clean, "commit", "-q", "-m", "a")
    lst = tmp_path / "repos.txt"
    url = f"ssh://{sshd.user}@127.0.0.1:{sshd.port}{served}"
    lst.write_text(f"# audited over ssh\n{url}\nclean\n")
    proc = run_credgate(["git", "--repos-file", str(lst), "--format", "json"],
                        env={"GIT_SSH_COMMAND": sshd.ssh_command(), "TMPDIR": str(_tmp(tmp_path))})
    assert proc.returncode == 1, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert {f["location_detail"] for f in data["findings"]} == {url}
