"""The cold full-history audit reads blobs in the pool workers (one ``git cat-file --batch`` per group of blob
ids); the reference reader (``CREDGATE_HISTORY_READER=parent``: one pipe in the parent, fragments sent to the
workers) is the oracle.  Both must give exactly the same report: findings with their commits, paths, exposure
labels and ``--all-commits`` lists, skips, counts, and the same blob cache afterwards.

The repository is made with the git CLI: several branches and tags (lightweight and annotated), a rename, a
copy, deletions, a merge, a stash, a binary blob, zip and tar.gz archives holding keys, a too-large blob, and
more than 8 MB of filler text so the scan pool forks (below that, one process scans everything).
"""
from __future__ import annotations

import io
import json
import random
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.helpers import aws_pair, commit_file, git, github_pat, init_repo, run_credgate, slack_bot_token


def _filler(rng: random.Random, n: int) -> str:
    words = "alpha beta gamma delta config client region bucket value timeout retries handler".split()
    return "".join(f"{rng.choice(words)}_{i} = \"{rng.choice(words)}-{rng.randint(0, 10**6)}\"\n" for i in range(n))


def _tgz(name: str, text: str) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        data = text.encode()
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        tf.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def _zip(name: str, text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(name, text)
    return buf.getvalue()


@pytest.fixture(scope="module")
def history_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = random.Random(16)
    repo = init_repo(tmp_path_factory.mktemp("hist") / "repo")
    # filler: > 8 MB of unique text blobs, so the scan pool forks and the workers read
    for i in range(14):
        commit_file(repo, f"data/part_{i % 5}.py", _filler(rng, 24000), f"filler {i}")
    kid, sec = aws_pair()
    commit_file(repo, "config/prod.env", f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n", "creds")
    (repo / "deploy").mkdir()
    git(repo, "mv", "config/prod.env", "deploy/prod.env")  # a rename: the same blob at a second path
    git(repo, "commit", "-q", "-m", "rename")
    git(repo, "tag", "v1")
    git(repo, "tag", "-a", "v1-annotated", "-m", "release")
    commit_file(repo, "deploy/copy.env", f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n", "copy")
    git(repo, "rm", "-q", "deploy/prod.env")
    git(repo, "commit", "-q", "-m", "delete the original")
    commit_file(repo, "bin/blob.bin", bytes(range(256)) * 64, "binary")
    commit_file(repo, "big/huge.txt", "x" * (2 << 20), "too large for --max-file-size 1MB")
    git(repo, "checkout", "-q", "-b", "feature")
    commit_file(repo, "feature/app.py", f'GITHUB_TOKEN = "{github_pat()}"\n', "feature token")
    commit_file(repo, "dist/keys.tgz", _tgz("inner/creds.env", "AWS_ACCESS_KEY_ID={}\nAWS_SECRET_ACCESS_KEY={}\n"
                                            .format(*aws_pair())), "archive")
    git(repo, "checkout", "-q", "main")
    commit_file(repo, "dist/bundle.zip", _zip("settings.json", json.dumps({"slack": slack_bot_token()})), "zip")
    git(repo, "merge", "-q", "--no-ff", "-m", "merge feature", "feature")
    git(repo, "checkout", "-q", "-b", "side", "v1")
    commit_file(repo, "side/notes.md", f"token: {github_pat()}\n", "side token")
    git(repo, "checkout", "-q", "main")
    (repo / "data" / "part_0.py").write_text(f'API = "{github_pat()}"\n')
    git(repo, "stash", "-q")
    return repo


def _report(repo: Path, tmp: Path, reader: str, jobs: str, *extra: str) -> dict:
    out = tmp / f"{reader}-{jobs}-{len(extra)}.json"
    env = {"CREDGATE_HISTORY_READER": reader, "CREDGATE_JOBS": jobs, "CREDGATE_CACHE_DIR": str(tmp / f"cache-{reader}")}
    r = run_credgate(["git", str(repo), "--full", "--format", "json", "-o", str(out), "--max-file-size", "1MB",
                      *extra], env=env)
    assert r.returncode == 1, r.stderr.decode()  # planted keys block
    rep = json.loads(out.read_text())
    rep.pop("scan")  # time of the run
    rep["summary"].pop("elapsed_seconds")
    return rep


@pytest.mark.parametrize("extra", [(), ("--all-commits",)])
def test_workers_read_the_same_findings_as_the_reference_reader(history_repo: Path, tmp_path: Path,
                                                                extra: tuple) -> None:
    ref = _report(history_repo, tmp_path, "parent", "2", *extra)
    new = _report(history_repo, tmp_path, "workers", "2", *extra)
    one = _report(history_repo, tmp_path, "workers", "1", *extra)
    assert new == ref
    assert one == ref
    # the oracle is not empty: every kind of place a key was left is found
    paths = {f["path"] for f in ref["findings"]}
    assert {"feature/app.py", "side/notes.md", "data/part_0.py"} <= paths, paths
    assert any("keys.tgz" in p for p in paths) and any("bundle.zip" in p for p in paths)
    assert any("config/prod.env" in p or "deploy/prod.env" in p for p in paths)
    assert any(any(e.startswith("stash@") for e in f["exposure"]) for f in ref["findings"])
    reasons = {s["reason"] for s in ref["skipped"]}
    assert {"binary", "too-large"} <= reasons
    assert not ref["errors"]
    assert ref["summary"]["scanned_bytes"] > 8 << 20  # the pool forked


def test_blob_cache_is_the_same_after_either_reader(history_repo: Path, tmp_path: Path) -> None:
    """Verdicts made in the workers (clean, binary) reach the parent's cache, as with the reference reader."""
    for reader in ("parent", "workers"):
        env = {"CREDGATE_HISTORY_READER": reader, "CREDGATE_JOBS": "2", "CREDGATE_CACHE_DIR": str(tmp_path / reader)}
        r = run_credgate(["git", str(history_repo), "--format", "json", "-o", str(tmp_path / "o.json")], env=env)
        assert r.returncode == 1, r.stderr.decode()
    caches = []
    for reader in ("parent", "workers"):
        files = list((tmp_path / reader / "history").glob("*.txt"))
        assert len(files) == 1
        lines = files[0].read_text().splitlines()
        caches.append((lines[0], sorted(lines[1:])))
    assert caches[0] == caches[1]
    verdicts = [ln.rsplit(" ", 1)[1] for ln in caches[1][1]]
    assert "b" in verdicts and verdicts.count("c") >= 12  # the binary blob, the clean filler blobs


def test_a_fork_while_cat_file_is_read_does_not_hold_its_pipes(tmp_path: Path) -> None:
    """The scan pool forks while the reference reader is still feeding ``git cat-file`` blob ids.  The forked
    process must not keep git's stdin open (git would never see the end of its input and never exit: the
    read ended in a 30 s wait and a 'still running' error on every history over 8 MB with many blobs)."""
    import os
    import signal
    import time

    from credgate.sources.git.blobs import BlobReader, ReadFailure

    repo = init_repo(tmp_path / "r")
    commit_file(repo, "a.txt", "hello\n", "one")
    oid = git(repo, "rev-parse", "HEAD:a.txt").strip()
    oids = [oid] * 4000  # 164 KB of input: more than a pipe holds, so the feeder is still writing at the fork
    it = BlobReader(repo).read(oids)
    assert next(it) == (oid, b"hello\n")
    pid = os.fork()
    if pid == 0:  # the child holds whatever it inherited until killed
        time.sleep(60)
        os._exit(0)
    try:
        rest = list(it)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    assert not any(isinstance(d, ReadFailure) for _, d in rest), [d for _, d in rest if isinstance(d, ReadFailure)][:1]
    assert len(rest) == len(oids) - 1 and all(d == b"hello\n" for _, d in rest)
