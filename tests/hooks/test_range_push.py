"""Commit ranges and git's pre-push protocol."""
from __future__ import annotations

from pathlib import Path

from credgate.sources.git.changes import iter_push, iter_range, push_ranges
from tests.helpers import commit_file, git, github_pat, init_repo

from .conftest import scan

Z40 = "0" * 40


def _remote(tmp_path: Path, repo: Path) -> Path:
    origin = init_repo(tmp_path / "origin.git", bare=True)
    git(repo, "remote", "add", "origin", str(origin))
    git(repo, "push", "-q", "origin", "main")
    return origin


def test_new_branch_scans_only_commits_the_remote_lacks(tmp_path: Path, engine) -> None:
    repo = init_repo(tmp_path / "repo")
    legacy = github_pat()
    commit_file(repo, "old.py", f'T = "{legacy}"\n', "legacy on main")
    _remote(tmp_path, repo)
    git(repo, "checkout", "-q", "-b", "feat")
    tok = github_pat()
    c1 = commit_file(repo, "new.py", f'T = "{tok}"\n', "adds a token")
    c2 = commit_file(repo, "new.py", "T = None\n", "removes it again")
    stdin = f"refs/heads/feat {c2} refs/heads/feat {Z40}\n"
    found, _ = scan(engine, iter_push(repo, stdin, "origin"))
    assert [(f.secret, f.location.commit, f.path) for f in found] == [(tok, c1, "new.py")]
    # a deleted ref is skipped; an update of a known remote sha scans just the new commits
    assert push_ranges(repo, f"(delete) {Z40} refs/heads/gone {c1}\n", "origin") == []
    assert scan(engine, iter_push(repo, f"refs/heads/feat {c2} refs/heads/feat {c1}\n", "origin"))[0] == []


def test_range_attributes_each_commit_and_reads_merges_as_combined(tmp_path: Path, engine) -> None:
    repo = init_repo(tmp_path / "repo")
    base = commit_file(repo, "a.txt", "a\n")
    git(repo, "checkout", "-q", "-b", "feat")
    commit_file(repo, "f.txt", "f\n")
    git(repo, "checkout", "-q", "main")
    legacy = github_pat()
    on_main = commit_file(repo, "main.py", f'T = "{legacy}"\n', "token on main")
    git(repo, "checkout", "-q", "feat")
    git(repo, "merge", "-q", "--no-ff", "-m", "merge main into feat", "main")
    found = scan(engine, iter_range(repo, f"{base}..feat"))[0]
    # the token is attributed to the commit on main, never to the merge that brought it in
    assert [(f.secret, f.location.commit) for f in found] == [(legacy, on_main)]
    assert scan(engine, iter_range(repo, f"{on_main}..feat"))[0] == []
    # an evil merge: content that neither parent had is the merge's own
    git(repo, "checkout", "-q", "main")
    commit_file(repo, "m2.txt", "m2\n")
    git(repo, "checkout", "-q", "feat")
    git(repo, "merge", "-q", "--no-ff", "--no-commit", "main")
    evil = github_pat()
    (repo / "f.txt").write_text(f"f\nE = {evil}\n")
    git(repo, "add", "f.txt")
    git(repo, "commit", "-q", "-m", "evil merge")
    merge = git(repo, "rev-parse", "HEAD").strip()
    found = scan(engine, iter_range(repo, "HEAD^..HEAD"))[0]
    assert [(f.secret, f.location.commit, f.line) for f in found] == [(evil, merge, 2)]


def test_bad_range_is_a_skip(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "a.txt", "a\n")
    items = list(iter_range(repo, "nope..HEAD"))
    assert len(items) == 1 and items[0].reason == "git-error"
    items = list(iter_range(repo, "--output=/tmp/x HEAD"))
    assert items[0].reason == "git-error" and "unsupported option" in items[0].detail


def test_big_ranges_are_read_blob_wise_with_the_same_attribution(tmp_path: Path, engine) -> None:
    from credgate.sources.git.changes import _iter_commits

    repo = init_repo(tmp_path / "repo")
    base = commit_file(repo, "a.txt", "a\n")
    git(repo, "checkout", "-q", "-b", "feat")
    tok = github_pat()
    on_feat = commit_file(repo, "f.py", f'F = "{tok}"\n', "token on feat")
    commit_file(repo, "f.py", "F = None\n", "removed again")
    git(repo, "checkout", "-q", "main")
    legacy = github_pat()
    on_main = commit_file(repo, "main.py", f'T = "{legacy}"\n', "token on main")
    git(repo, "checkout", "-q", "feat")
    git(repo, "merge", "-q", "--no-ff", "-m", "merge main into feat", "main")
    # forced into the blob-wise path (threshold 0): one walk, each blob read once
    found = scan(engine, _iter_commits(repo, [f"{on_main}..feat"], False, 1 << 20, big=0))[0]
    assert [(f.secret, f.location.commit) for f in found] == [(tok, on_feat)]  # not main's token via the merge
    found = scan(engine, _iter_commits(repo, [f"{base}..feat"], False, 1 << 20, big=0))[0]
    assert {(f.secret, f.location.commit) for f in found} == {(tok, on_feat), (legacy, on_main)}


def test_unknown_remote_sha_falls_back_to_what_no_remote_ref_has(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    head = commit_file(repo, "a.txt", "a\n")
    unknown = "1234567" * 5 + "12345"
    assert push_ranges(repo, f"refs/heads/main {head} refs/heads/main {unknown}\n", "up") == [
        [head, "--not", "--remotes=up"]
    ]
