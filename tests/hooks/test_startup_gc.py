"""The cyclic garbage collector is paused for start-up only (credgate/startup.py, issue 16).

``main()`` pauses it; building the engine (or, for commands that are not hooks, reaching the command)
turns it back on, so a scan runs with it on and a run leaves it as it found it."""
from __future__ import annotations

import gc

import credgate.scan
from credgate.main import main
from tests.helpers import commit_file, git, init_repo


def _repo(tmp_path):
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "app.py", "print('hello')\n")
    (repo / "app.py").write_text("print('hello')\nprint('again')\n")
    git(repo, "add", "app.py")
    return repo


def test_the_hook_scans_with_the_collector_on_and_leaves_it_on(tmp_path, monkeypatch):
    repo = _repo(tmp_path)
    monkeypatch.chdir(repo)
    monkeypatch.setenv("CREDGATE_CACHE_DIR", str(tmp_path / "cache"))
    seen = []
    feed = credgate.scan.Collector.feed

    def watched(self, items):
        seen.append(gc.isenabled())
        return feed(self, items)

    monkeypatch.setattr(credgate.scan.Collector, "feed", watched)
    states = []
    orig_make = credgate.scan.make_engine

    def make(args, config):
        states.append(gc.isenabled())  # start-up: paused
        return orig_make(args, config)

    monkeypatch.setattr("credgate.hooks.githooks.make_engine", make)
    assert gc.isenabled()
    assert main(["hook", "pre-commit"]) == 0
    assert states == [False] and seen and all(seen)
    assert gc.isenabled()


def test_other_commands_run_with_it_on_and_a_disabled_collector_stays_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CREDGATE_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "a.txt").write_text("nothing here\n")
    seen = []
    feed = credgate.scan.Collector.feed

    def watched(self, items):
        seen.append(gc.isenabled())
        return feed(self, items)

    monkeypatch.setattr(credgate.scan.Collector, "feed", watched)
    assert main(["dir", str(tmp_path / "a.txt"), "-q"]) == 0
    assert seen == [True] and gc.isenabled()
    gc.disable()
    try:
        seen.clear()
        assert main(["dir", str(tmp_path / "a.txt"), "-q"]) == 0
        assert seen == [False] and not gc.isenabled()  # not ours to turn on
    finally:
        gc.enable()
