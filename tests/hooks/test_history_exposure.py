"""Ref exposure of history findings: one reachability pass gives what per-commit ``--contains`` gave."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from credgate.sources.git.exposure import refs_containing, refs_containing_many

from credgate.sources.git.history import stash_commits
from tests.helpers import git

from .test_history import commit, history  # noqa: F401  (module fixture: branches, tags, stash, evil merge)

REF_PREFIXES = ("branch:", "tag:", "remote:", "stash")


@pytest.fixture(scope="module")
def many_refs(history, tmp_path_factory):  # noqa: F811
    """The history fixture plus the ref shapes a real mirror has: remote refs, lightweight and annotated tags
    on old commits, a tag of a tag, a tag of a blob (no commit), a ref outside heads/tags/remotes."""
    repo, _root, s, c = history
    dst = tmp_path_factory.mktemp("exp") / "repo"
    shutil.copytree(repo, dst, symlinks=True)
    git(dst, "update-ref", "refs/remotes/origin/main", c["deleted"])
    git(dst, "update-ref", "refs/remotes/origin/feature", c["side"])
    git(dst, "tag", "light-old", c["first"])
    git(dst, "tag", "-a", "-m", "old", "ann-old", c["del2"])
    git(dst, "tag", "-a", "-m", "nested", "nested", "v1.0")
    blob = git(dst, "hash-object", "-w", "--stdin", input=b"just a blob\n").strip()
    git(dst, "tag", "-a", "-m", "blob tag", "blob-tag", blob)
    git(dst, "update-ref", "refs/notes/review", c["first"])
    for i in range(30):  # more refs than the label limit for the oldest commit
        git(dst, "branch", f"rel/{i:02d}", c["first"])
    return dst, s, c


def _all_commits(repo) -> list[str]:
    out = git(repo, "rev-list", "--all").split()
    out += list(stash_commits(repo))  # older stash entries are reachable only through the reflog
    return list(dict.fromkeys(out))


@pytest.mark.parametrize("limit", [20, 1, 1000])
def test_one_pass_equals_per_commit_contains(many_refs, limit) -> None:
    repo, _s, _c = many_refs
    commits = _all_commits(repo)
    unreachable_commit = git(repo, "commit-tree", "-m", "dangling", "4b825dc642cb6eb9a060e54bf8d69288fbee4904").strip()
    commits.append(unreachable_commit)
    assert len(commits) >= 10
    many = refs_containing_many(repo, commits, limit=limit)
    for c in commits:
        assert many[c] == refs_containing(repo, c, limit=limit), c
    assert many[unreachable_commit] == []
    # the oldest commit is on 30+ refs: the limit applies like refs_containing's
    first = git(repo, "rev-list", "--max-parents=0", "HEAD").strip()
    if limit == 1:
        assert many[first][0].startswith(("branch:", "tag:", "remote:")) and many[first][1].startswith("... ")


def test_no_refs_and_no_commits(tmp_path) -> None:
    repo = tmp_path / "empty"
    git(tmp_path, "init", "-q", str(repo))
    assert refs_containing_many(repo, []) == {}
    assert refs_containing_many(repo, ["0" * 40]) == {"0" * 40: []}


def _old_exposure(repo, f: dict) -> list[str]:
    """What the per-commit method labelled: the fragment's own labels, then refs_containing(commit)."""
    exp = [x for x in f["exposure"] if not x.startswith(REF_PREFIXES) and not x.startswith("... ")]
    labels: list[str] = []
    for r in f.get("tip_of", ()):
        labels.append(r)
    for r in refs_containing(repo, f["commit"]):
        if r not in labels:
            labels.append(r)
    if any(x.startswith("stash@") for x in labels) and "stash" not in labels:
        labels.append("stash")  # triage's class label for a stash entry
    return exp, labels


def test_cli_history_findings_and_exposure_labels_match_the_per_commit_method(many_refs, tmp_path) -> None:
    repo, s, c = many_refs
    out = tmp_path / "h.json"
    r = subprocess.run([sys.executable, "-m", "credgate", "git", str(repo), "--full", "--format", "json",
                        "-o", str(out)], capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    findings = json.loads(out.read_text())["findings"]
    commits = {f["commit"] for f in findings}
    for key in ("deleted", "side", "tag", "evil"):
        assert c[key] in commits, key
    for f in findings:
        commit_ = f["commit"]
        if not commit_ or f.get("locations"):
            continue
        _exp, labels = _old_exposure(repo, f)
        got = [x for x in f["exposure"] if x.startswith(REF_PREFIXES) or x.startswith("... ")]
        assert sorted(got) == sorted(labels), (f["path"], got, labels)
    assert sum(1 for f in findings if f["commit"] and not f.get("locations")) >= 4
    by_commit = {f["commit"]: f for f in findings}
    assert "remote:origin/main" in by_commit[c["deleted"]]["exposure"]
    assert "remote:origin/feature" in by_commit[c["side"]]["exposure"]
    assert {"tag:v1.0", "tag:nested"} <= set(by_commit[c["tag"]]["exposure"])
