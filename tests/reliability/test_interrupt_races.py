"""Ctrl-C at the awkward moments, delivered at a chosen point instead of hoped for.

Each test runs the real CLI in a child process through a few lines of wrapper code that patch one
function so that SIGINT is raised (``signal.raise_signal``: synchronously, in the main thread) at
the point under test:

* inside a file object's finaliser, whose ``close()`` CPython runs and whose exceptions it drops
  without a word (tarfile's member readers are such objects, dropped while an archive is read);
* inside a weakref callback, whose exceptions CPython only prints ("Exception ignored in ...": the
  import system's module-lock callbacks, ``Popen.__del__``);
* just as ``mkdir`` of a private temporary folder has returned.

Before the fix the first two let the run go on into the slow rule (the 30 s bound of ``_ctrl_c``
fails: "did not stop"), and the third left the folder behind.  Bounds here are failure limits,
never timing assertions.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import pytest

from tests import helpers
from tests.reliability.test_interrupt import SLOW_RULE, SLOW_TEXT, _ctrl_c, _wait_for, synth_repo

_RUN = """
import sys
from credgate.main import main
raise SystemExit(main(sys.argv[1:]))
"""

# After the clone: an object is dropped whose finaliser raises SIGINT inside close(); CPython drops the
# KeyboardInterrupt silently (file objects' finalisers report nothing outside -X dev).
_AFTER_CLONE_FINALISER = """
import io, signal
import credgate.sources.git.remote as remote
_clone = remote.clone
class _Closing(io.RawIOBase):
    def close(self):
        if not self.closed:
            signal.raise_signal(signal.SIGINT)
        super().close()
def clone(*a, **k):
    _clone(*a, **k)
    _Closing()
remote.clone = clone
"""

# After the clone: SIGINT inside a weakref callback; CPython prints "Exception ignored" and drops it.
_AFTER_CLONE_CALLBACK = """
import signal, weakref
import credgate.sources.git.remote as remote
_clone = remote.clone
class _Thing:
    pass
def clone(*a, **k):
    _clone(*a, **k)
    thing = _Thing()
    ref = weakref.ref(thing, lambda r: signal.raise_signal(signal.SIGINT))
    del thing
remote.clone = clone
"""

# SIGINT as mkdir of the archive's private folder returns (before anything could record the new folder).
_AT_MKDIR = """
import os, signal
_mkdir = os.mkdir
def mkdir(path, *a, **k):
    _mkdir(path, *a, **k)
    if os.path.basename(os.fspath(path)).startswith("credgate-archive-"):
        signal.raise_signal(signal.SIGINT)
os.mkdir = mkdir
"""


def _start_patched(patch: str, args: list[str], tmpdir: Path) -> subprocess.Popen:
    env = dict(os.environ, TMPDIR=str(tmpdir), CREDGATE_RULE_TIMEOUT="600", CREDGATE_PROGRESS="0", NO_COLOR="1")
    env.pop("PYTHONDEVMODE", None)  # -X dev reports what a finaliser drops: the silent case would not be tested
    return subprocess.Popen([sys.executable, "-c", patch + _RUN, *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


@pytest.fixture
def tmpdir_env(tmp_path):
    d = tmp_path / "TMPDIR"
    d.mkdir()
    return d


@pytest.mark.parametrize("patch", [_AFTER_CLONE_FINALISER, _AFTER_CLONE_CALLBACK], ids=["finaliser", "callback"])
def test_ctrl_c_swallowed_after_the_clone_still_stops_the_audit(tmp_path, tmpdir_env, patch):
    src = helpers.init_repo(tmp_path / "slow")
    helpers.commit_file(src, "slow.txt", SLOW_TEXT)
    rules = tmp_path / "slow.toml"
    rules.write_text(SLOW_RULE)
    proc = _start_patched(patch, ["git", f"file://{src}", "--rules", str(rules)], tmpdir_env)
    try:  # the process raises the interrupt itself; the bound only limits a failure
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        rc, text = _ctrl_c(proc)  # what a user would do next
        raise AssertionError(f"the Ctrl-C raised after the clone was lost: the audit went on ({rc}, {text[-500:]})")
    assert proc.returncode == 130, err.decode("utf-8", "replace")
    assert list(tmpdir_env.iterdir()) == []


def test_ctrl_c_swallowed_reports_nothing_but_interrupted(tmp_path, tmpdir_env):
    src = helpers.init_repo(tmp_path / "slow")
    helpers.commit_file(src, "slow.txt", SLOW_TEXT)
    rules = tmp_path / "slow.toml"
    rules.write_text(SLOW_RULE)
    proc = _start_patched(_AFTER_CLONE_CALLBACK, ["git", f"file://{src}", "--rules", str(rules)], tmpdir_env)
    _, err = proc.communicate(timeout=120)
    text = err.decode("utf-8", "replace")
    assert proc.returncode == 130, text
    assert text.strip() == "credgate: interrupted"  # no "Exception ignored", no traceback
    assert list(tmpdir_env.iterdir()) == []


def test_ctrl_c_as_the_archive_temp_folder_is_made_leaves_nothing(tmp_path, tmpdir_env):
    repo = synth_repo(tmp_path / "proj", 5)
    archive = tmp_path / "backup.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        tf.add(repo, arcname="proj")
    proc = _start_patched(_AT_MKDIR, ["dir", str(archive)], tmpdir_env)
    _, err = proc.communicate(timeout=120)
    text = err.decode("utf-8", "replace")
    assert proc.returncode == 130, text
    assert "Traceback" not in text
    assert list(tmpdir_env.iterdir()) == []


def test_ctrl_c_during_archive_scan_under_a_wait_on_any_entry(tmp_path, tmpdir_env):
    """The original test's trigger (the first entry in TMPDIR), on an archive staged twice over: whatever
    entry the wait sees first, it is credgate's and it goes."""
    repo = synth_repo(tmp_path / "proj", 50)
    helpers.commit_file(repo, "slow.txt", SLOW_TEXT, "slow")
    archive = tmp_path / "backup.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        tf.add(repo, arcname="proj")
    rules = tmp_path / "slow.toml"
    rules.write_text(SLOW_RULE)
    env = dict(os.environ, TMPDIR=str(tmpdir_env), CREDGATE_RULE_TIMEOUT="600", CREDGATE_PROGRESS="0")
    proc = subprocess.Popen([sys.executable, "-m", "credgate", "dir", str(archive), "--rules", str(rules)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    seen: list[str] = []

    def entry() -> bool:
        seen.extend(p.name for p in tmpdir_env.iterdir())
        return bool(seen)

    _wait_for(entry, proc, "the archive's private temp dir")
    rc, err = _ctrl_c(proc)
    assert rc == 130, err
    assert all(name.startswith("credgate-") for name in seen), seen
    assert list(tmpdir_env.iterdir()) == []


# ----------------------------------------------------------------- private_tempdir, in process
def test_private_tempdir_never_probes_tmpdir(tmp_path, monkeypatch):
    """tempfile.gettempdir() probes TMPDIR with a file named by 8 bare random characters: never called."""
    from credgate.sources import tempdirs

    def probe() -> str:
        raise AssertionError("tempfile.gettempdir() called")

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setattr(tempfile, "gettempdir", probe)
    with tempdirs.private_tempdir("credgate-x-") as d:
        assert d.parent == tmp_path and d.name.startswith("credgate-x-")
        assert oct(d.stat().st_mode & 0o777) == oct(0o700)
        assert [p.name for p in tmp_path.iterdir()] == [d.name]
    assert list(tmp_path.iterdir()) == []


def test_private_tempdir_skips_a_base_it_cannot_use(tmp_path, monkeypatch):
    from credgate.sources import tempdirs

    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "missing"))
    monkeypatch.setenv("TEMP", str(tmp_path))
    with tempdirs.private_tempdir() as d:
        assert d.parent == tmp_path
    assert list(tmp_path.iterdir()) == []


def test_private_tempdir_interrupted_as_mkdir_returns_is_removed(tmp_path, monkeypatch):
    from credgate.sources import tempdirs

    real = os.mkdir

    def mkdir(path, *a, **k):
        real(path, *a, **k)
        raise KeyboardInterrupt  # what a Ctrl-C landing right here raises

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setattr(tempdirs.os, "mkdir", mkdir)
    with pytest.raises(KeyboardInterrupt):
        with tempdirs.private_tempdir():
            raise AssertionError("never reached")
    monkeypatch.setattr(tempdirs.os, "mkdir", real)
    assert list(tmp_path.iterdir()) == []
    assert tempdirs.live_tempdirs() == []


# ----------------------------------------------------------------- interrupts, in a child process
_SWALLOW_THEN_WAIT = """
import signal, sys, threading, weakref
from credgate import interrupts
class T:
    pass
with interrupts.guard():
    try:
        t = T()
        ref = weakref.ref(t, lambda r: signal.raise_signal(signal.SIGINT))
        del t  # the KeyboardInterrupt is raised in the callback and dropped by CPython
        threading.Event().wait(120)  # a blocking wait: only a real signal ends it
        print("lost")
    except KeyboardInterrupt:
        print("delivered")
"""

_SWALLOW_THEN_CHECK = """
import io, signal
from credgate import interrupts
class Closing(io.RawIOBase):
    def close(self):
        if not self.closed:
            signal.raise_signal(signal.SIGINT)
        super().close()
with interrupts.guard():
    try:
        Closing()  # dropped: its finaliser's close() raises, CPython says nothing
        print("went on")
        interrupts.check()
        print("lost")
    except KeyboardInterrupt:
        print("delivered")
"""


@pytest.mark.parametrize("code,out", [(_SWALLOW_THEN_WAIT, "delivered\n"), (_SWALLOW_THEN_CHECK, "went on\ndelivered\n")],
                         ids=["callback-then-blocking-wait", "finaliser-then-check"])
def test_swallowed_keyboard_interrupt_comes_back(code, out):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDEVMODE"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=180, env=env)
    assert proc.stdout.decode() == out, proc.stderr.decode()
    assert b"Exception ignored" not in proc.stderr
