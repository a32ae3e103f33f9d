"""``credgate dir`` reads files in the pool workers (the walk hands out groups of paths, ``FileGroup``); the
reference reader (``CREDGATE_TREE_READER=parent``: the parent reads every file and sends its content to the
workers) is the oracle.  Both must give exactly the same report: findings, skips (each with its reason, where
it was met), counts, errors, and the exit code.

The tree holds planted keys in plain, latin-1 and UTF-16 files, in a zip and a tar.gz (opened in a worker), in a
tar.gz larger than ``--max-file-size`` (streamed from disk by the parent), in a nested git repository's history
(read by the parent), plus a binary file, a too-large file, a symbolic-link loop, and more than 8 MB of filler so
the scan pool forks (below that, one process scans everything).  A file that cannot be read is a per-item
``unreadable`` skip from the worker that met it, and everything else is still scanned.
"""
from __future__ import annotations

import io
import json
import os
import random
import shutil
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.helpers import aws_pair, commit_file, github_pat, init_repo, run_credgate, slack_bot_token, stripe_live_key


def _filler(rng: random.Random, n: int) -> str:
    words = "alpha beta gamma delta config client region bucket value timeout retries handler".split()
    return "".join(f'{rng.choice(words)}_{i} = "{rng.choice(words)}-{rng.randint(0, 10**6)}"\n' for i in range(n))


def _tgz(*members: "tuple[str, bytes]") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in members:
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            tf.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def _zip(name: str, text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(name, text)
    return buf.getvalue()


def _env(pair: "tuple[str, str]") -> str:
    return "AWS_ACCESS_KEY_ID={}\nAWS_SECRET_ACCESS_KEY={}\n".format(*pair)


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = random.Random(16)
    base = tmp_path_factory.mktemp("tree16")
    root = base / "t"
    for i in range(60):  # > 8 MB of text in 60 files of 8 folders: the pool forks, groups hold several files
        d = root / f"pkg{i % 8}"
        d.mkdir(parents=True, exist_ok=True)
        body = _filler(rng, 6000)
        if i % 17 == 3:  # keys in the middle of filler files
            body = body[: len(body) // 2] + f'TOKEN = "{github_pat()}"\n' + body[len(body) // 2 :]
        (d / f"mod_{i:02}.py").write_text(body)
    (root / "pkg1" / "prod.env").write_text(_env(aws_pair()))
    (root / "pkg2" / "latin1.cfg").write_bytes("caf\xe9 = 'd\xe9j\xe0'\nstripe = '".encode("latin-1")
                                                + stripe_live_key().encode() + b"'\n")
    (root / "pkg3" / "wide.ps1").write_bytes(("\ufeff$env:GITHUB_TOKEN = '" + github_pat() + "'\r\n").encode("utf-16-le"))
    (root / "pkg4" / "blob.bin").write_bytes(bytes(range(256)) * 64 + github_pat().encode())
    (root / "pkg4" / "huge.txt").write_text(f"x = '{github_pat()}'\n" + "y" * (2 << 20))
    (root / "pkg5" / "keys.zip").write_bytes(_zip("settings.json", json.dumps({"slack": slack_bot_token()})))
    (root / "pkg5" / "creds.tgz").write_bytes(_tgz(("inner/creds.env", _env(aws_pair()).encode())))
    # an archive not named like one: expanded in the worker that reads it (named ones are read by the walk)
    (root / "pkg5" / "keys.dat").write_bytes(_tgz(("deep/app.env", _env(aws_pair()).encode())))
    # > 1 MB once compressed: streamed from disk by the walk, not read into a group
    (root / "pkg6" / "backup.tar.gz").write_bytes(_tgz(("backup/all.env", _env(aws_pair()).encode()),
                                                       ("backup/noise.bin", rng.randbytes(900 << 10))))
    (root / "pkg6" / "loop").symlink_to("loop")  # a symbolic-link loop, met in the walk
    (root / "pkg7" / "nested" / "sub").mkdir(parents=True)
    os.symlink("..", root / "pkg7" / "nested" / "sub" / "up")  # a link to a folder above: never followed
    repo = init_repo(root / "pkg7" / "app")
    commit_file(repo, "config.py", f'KEY = "{github_pat()}"\n', "a key")
    commit_file(repo, "config.py", "KEY = None\n", "removed")
    return root


def _report(tree: Path, tmp: Path, reader: str, jobs: str, *extra: str, user: bool = False) -> "tuple[int, dict]":
    """(exit code, JSON report without its timings) of ``credgate dir TREE`` with that reader and that many
    processes; ``user``: scanned as nobody (``tmp`` and the tree must then be open to it)."""
    out = tmp / f"{reader}-{jobs}.json"
    cfg = tree.parent / "empty.toml"  # paths are shown relative to the config's folder
    cfg.write_text("# empty\n")
    env = {"CREDGATE_TREE_READER": reader, "CREDGATE_JOBS": jobs, "CREDGATE_CACHE_DIR": str(tmp / "cache"),
           "CREDGATE_PROGRESS": "0"}
    args = ["dir", str(tree), *extra, "--format", "json", "-o", str(out), "--max-file-size", "1MB",
            "--config", str(cfg)]
    if user:  # as nobody (root reads mode-000 files), after one scan as root imported what the scan needs
        code = ("import os, sys\nfrom credgate.main import main\n"
                "main(sys.argv[1:] + ['-q', '-o', os.devnull])\n"
                # the stdlib lives under /root here, which nobody cannot read: load what a scan may import lazily
                "import hashlib, datetime, json, difflib, unicodedata, zipfile, tarfile, gzip, bz2, lzma, csv\n"
                "os.environ['CREDGATE_CACHE_DIR'] = os.environ['CG_USER_CACHE']\n"
                "os.setgroups([]); os.setgid(65534); os.setuid(65534)\n"
                "sys.exit(main(sys.argv[1:]))\n")
        import subprocess

        (tmp / "cache-user").mkdir(exist_ok=True)
        os.chmod(tmp / "cache-user", 0o777)
        e = dict(os.environ, **env, HOME=str(tmp), CG_USER_CACHE=str(tmp / "cache-user"))
        r = subprocess.run([sys.executable, "-c", code, *args], cwd=str(tree.parent), env=e, capture_output=True,
                           timeout=300)
    else:
        r = run_credgate(args, cwd=tree.parent, env=env)
    assert b"Traceback" not in r.stderr, r.stderr.decode()
    assert out.exists(), r.stderr.decode()
    rep = json.loads(out.read_text())
    rep.pop("scan")  # time of the run
    rep["summary"].pop("elapsed_seconds")
    return r.returncode, rep


def test_workers_read_the_same_findings_as_the_reference_reader(tree: Path, tmp_path: Path) -> None:
    code_ref, ref = _report(tree, tmp_path, "parent", "2")
    code_new, new = _report(tree, tmp_path, "workers", "2")
    code_one, one = _report(tree, tmp_path, "workers", "1")
    assert new == ref
    assert one == ref
    assert code_ref == code_new == code_one == 1  # the planted keys block
    # the oracle is not empty: every kind of place a key was left is found
    paths = {f["path"] for f in ref["findings"]}
    for want in ("t/pkg1/prod.env", "t/pkg2/latin1.cfg", "t/pkg3/wide.ps1", "t/pkg5/keys.zip", "t/pkg5/creds.tgz",
                 "t/pkg5/keys.dat!deep/app.env",
                 "t/pkg6/backup.tar.gz", "t/pkg7/app"):
        assert any(p.startswith(want) for p in paths), (want, sorted(paths))
    assert sum(p.startswith("t/pkg") and p.endswith(".py") for p in paths) >= 3
    reasons = {(s["path"], s["reason"]) for s in ref["skipped"]}
    assert {("t/pkg4/blob.bin", "binary"), ("t/pkg4/huge.txt", "too-large"), ("t/pkg6/loop", "symlink"),
            ("t/pkg7/nested/sub/up", "symlink")} <= reasons, reasons
    assert not ref["errors"]
    assert ref["summary"]["scanned_bytes"] > 8 << 20  # the pool forked


def test_symlink_loop_given_by_name_and_a_file_that_fails_to_read(tree: Path, tmp_path: Path) -> None:
    """Explicit paths go through the groups too: a link loop named on the command line is a broken link; a file
    whose read fails (``/proc/self/mem``: EIO even for root) is an ``unreadable`` skip of that item alone."""
    extra = (str(tree / "pkg6" / "loop"), "/proc/self/mem")
    ref = _report(tree, tmp_path, "parent", "2", *extra)
    new = _report(tree, tmp_path, "workers", "2", *extra)
    assert new == ref
    skips = {(s["path"], s["reason"]) for s in new[1]["skipped"]}
    assert ("/proc/self/mem", "unreadable") in skips
    assert any(p.endswith("pkg6/loop") and r == "broken-symlink" for p, r in skips), skips
    assert len(new[1]["findings"]) >= 8


@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0,
                    reason="needs root on Linux to scan as nobody (root reads mode-000 files)")
def test_unreadable_files_are_skipped_per_item_by_either_reader(tree: Path) -> None:
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="cg-tree16-"))  # under /tmp: nobody can reach it (pytest's folders: no)
    closed = base / "closed"
    try:
        os.chmod(base, 0o777)
        shutil.copytree(tree / "pkg0", closed / "pkg0")
        shutil.copytree(tree / "pkg1", closed / "pkg1")
        for i in range(40):  # > 8 MB readable, so the pool forks
            shutil.copy(tree / f"pkg{i % 8}" / f"mod_{i:02}.py", closed / "pkg0" / f"copy_{i:02}.py")
        (closed / "pkg0" / "secret.txt").write_text("x\n")
        os.chmod(closed / "pkg0" / "secret.txt", 0)
        (closed / "sealed").mkdir()
        (closed / "sealed" / "inner.txt").write_text("x\n")
        os.chmod(closed / "sealed", 0)
        for d in ("parent", "workers"):
            (base / d).mkdir()
            os.chmod(base / d, 0o777)
        code_ref, ref = _report(closed, base / "parent", "parent", "2", user=True)
        code_new, new = _report(closed, base / "workers", "workers", "2", user=True)
    finally:
        for p in base.rglob("*"):
            if p.is_dir():
                os.chmod(p, 0o755)
        shutil.rmtree(base)
    assert new == ref and code_new == code_ref == 1
    skips = {(s["path"], s["reason"]) for s in new["skipped"]}
    assert {("closed/pkg0/secret.txt", "unreadable"), ("closed/sealed", "unreadable")} <= skips, skips
    assert any(f["path"] == "closed/pkg1/prod.env" for f in new["findings"])
    assert new["summary"]["scanned_bytes"] > 8 << 20


def test_groups_carry_names_not_contents_and_expand_to_the_reference_items(tree: Path) -> None:
    """What the pool is sent: FileGroups of at most GROUP_FILES files / about GROUP_BYTES, pickled without any
    file content; expanded (as a worker does, after unpickling), they give the reference walk's items in order."""
    import pickle

    from credgate.sources.archives import ArchiveAwareWalker, ArchiveLimits
    from credgate.sources.filesystem import GROUP_BYTES, GROUP_FILES, FileGroup

    def walker() -> ArchiveAwareWalker:
        return ArchiveAwareWalker(tree.parent, 1 << 20, ArchiveLimits(max_member_size=1 << 20))

    def key(it: object) -> tuple:
        return (type(it).__name__, it.path, getattr(it, "reason", None), getattr(it, "data", None))  # type: ignore[attr-defined]

    ref = [key(it) for it in walker().walk([str(tree)])]
    got: list[tuple] = []
    groups = 0
    for it in walker().walk([str(tree)], deferred=True):
        if isinstance(it, FileGroup):
            groups += 1
            wire = pickle.dumps(it)
            assert len(wire) < 200 * len(it.entries) + 200  # names, not contents
            files = [e for e in it.entries if isinstance(e, tuple)]
            assert len(files) <= GROUP_FILES and (it.size < GROUP_BYTES + (1 << 20))
            got.extend(key(x) for x in pickle.loads(wire).expand())
        else:
            got.append(key(it))
    assert got == ref
    assert groups >= 3 and sum(k[0] == "Fragment" for k in ref) > 60
