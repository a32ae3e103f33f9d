"""Full-history audits: every ref, tag and stash, bundles, bare repos, mirrors, shallow clones."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest

from credgate.sources.git.exposure import refs_containing

from credgate.sources.git.history import iter_history, stash_commits
from credgate.models import Fragment, Skip
from tests.helpers import git, git_env, github_pat, init_repo, slack_bot_token

from .conftest import scan


def commit(repo: Path, rel: str, content: "str | bytes", msg: str, author: str, date: str,
           remove: Optional[str] = None) -> str:
    if remove:
        git(repo, "rm", "-q", "--", remove)
    if rel:
        p = repo / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content.encode() if isinstance(content, str) else content)
        git(repo, "add", "--", rel)
    env = git_env()
    env.update(GIT_AUTHOR_NAME=author, GIT_AUTHOR_EMAIL=f"{author.lower()}@example.invalid",
               GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    git(repo, "commit", "-q", "--allow-empty", "-m", msg, env=env)
    return git(repo, "rev-parse", "HEAD").strip()


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """A repo whose secrets live where only a history audit finds them."""
    root = tmp_path_factory.mktemp("hist")
    repo = init_repo(root / "repo")
    s = {k: github_pat() for k in ("deleted", "side", "tag", "stash", "stash_old", "bundle", "evil", "live")}
    c: dict[str, str] = {}
    c["first"] = commit(repo, "README.md", "hello\n", "first", "Ann", "2020-01-01T10:00:00+00:00")
    c["deleted"] = commit(repo, "ops/deploy key.sh", f"export GH_TOKEN={s['deleted']}\n", "add deploy script",
                          "Bob", "2020-02-01T10:00:00+00:00")
    c["del2"] = commit(repo, "", "", "remove deploy script", "Ann", "2020-03-01T10:00:00+00:00",
                       remove="ops/deploy key.sh")
    commit(repo, "ñ/binary.dat", b"\x00\x01\x02" + s["live"].encode(), "binary", "Ann", "2020-03-02T10:00:00+00:00")
    # side branch, never merged
    git(repo, "checkout", "-q", "-b", "feature")
    c["side"] = commit(repo, "feature.py", f'TOKEN = "{s["side"]}"\n', "feature work", "Cy",
                       "2020-04-01T10:00:00+00:00")
    # a commit reachable only from a tag
    git(repo, "checkout", "-q", "--detach", "main")
    c["tag"] = commit(repo, "release.env", f"GITHUB_TOKEN={s['tag']}\n", "release", "Dee", "2020-05-01T10:00:00+00:00")
    git(repo, "tag", "-a", "-m", "v1", "v1.0")
    # a merge that introduces a secret of its own (evil merge)
    git(repo, "checkout", "-q", "main")
    git(repo, "checkout", "-q", "-b", "topic")
    commit(repo, "topic.txt", "topic\n", "topic", "Eve", "2020-06-01T10:00:00+00:00")
    git(repo, "checkout", "-q", "main")
    git(repo, "merge", "-q", "--no-ff", "--no-commit", "topic")
    (repo / "merge.py").write_text(f'M = "{s["evil"]}"\n')
    git(repo, "add", "merge.py")
    env = git_env()
    env.update(GIT_AUTHOR_NAME="Fay", GIT_AUTHOR_DATE="2020-07-01T10:00:00+00:00",
               GIT_COMMITTER_DATE="2020-07-01T10:00:00+00:00")
    git(repo, "commit", "-q", "-m", "merge topic", env=env)
    c["evil"] = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "branch", "-q", "-D", "topic")
    # two stash entries: stash@{1} (older) and stash@{0}
    (repo / "README.md").write_text(f"hello\nGITHUB_TOKEN={s['stash_old']}\n")
    git(repo, "stash", "-q")
    (repo / "notes.txt").write_text(f"token {s['stash']}\n")
    git(repo, "add", "notes.txt")
    git(repo, "stash", "-q")
    # content that exists only in a bundle made from another repository
    other = init_repo(root / "other")
    c["bundle"] = commit(other, "secrets.ini", f"[gh]\ntoken = {s['bundle']}\n", "bundled", "Gus",
                         "2020-08-01T10:00:00+00:00")
    git(other, "bundle", "create", "-q", str(root / "other.bundle"), "--all")
    return repo, root, s, c


def found(repo_or_bundle: Path, engine, **kw) -> dict:
    f, skips = scan(engine, iter_history(repo_or_bundle, **kw))
    return {x.secret: x for x in f}, skips


def test_every_secret_in_history_is_found_and_attributed(history, engine) -> None:
    repo, _root, s, c = history
    by_secret, skips = found(repo, engine)
    for key in ("deleted", "side", "tag", "stash", "stash_old", "evil"):
        assert s[key] in by_secret, key
    d = by_secret[s["deleted"]].location
    assert (d.commit, d.path, d.line) == (c["deleted"], "ops/deploy key.sh", 1)
    assert d.author == "Bob <bob@example.invalid>" and d.date.startswith("2020-02-01T10:00:00")
    assert by_secret[s["side"]].location.commit == c["side"]
    assert by_secret[s["tag"]].location.commit == c["tag"]
    assert by_secret[s["evil"]].location.commit == c["evil"]  # the merge itself introduced it
    st = stash_commits(repo)
    assert st[by_secret[s["stash"]].location.commit] == "stash@{0}"
    assert st[by_secret[s["stash_old"]].location.commit] == "stash@{1}"
    assert any(sk.reason == "binary" and sk.path == "ñ/binary.dat" for sk in skips)
    assert s["bundle"] not in by_secret


def test_fragment_extra_and_ref_exposure(history) -> None:
    repo, _root, s, c = history
    frags = {f.commit: f for f in iter_history(repo) if isinstance(f, Fragment)}
    assert dict(frags[c["deleted"]].extra)["exposure"] == "history-only"
    assert "tag:v1.0" in dict(frags[c["tag"]].extra)["tip_of"]
    stash_frags = [f for f in frags.values()
                   if any(str(t).startswith("stash@") for t in dict(f.extra).get("tip_of", ()))]
    assert stash_frags
    assert refs_containing(repo, c["side"]) == ["branch:feature"]
    assert refs_containing(repo, c["tag"]) == ["tag:v1.0"]


def test_bundle_is_cloned_privately_and_removed(history, engine, tmp_path, monkeypatch) -> None:
    _repo, root, s, c = history
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    seen_modes = []
    it = iter_history(root / "other.bundle")
    first = next(i for i in it if isinstance(i, Fragment))
    for d in tmp_path.iterdir():
        seen_modes.append(d.stat().st_mode & 0o777)
    rest = list(it)
    assert seen_modes == [0o700]
    assert list(tmp_path.iterdir()) == []  # removed once the scan is done
    frags = [first, *[r for r in rest if isinstance(r, Fragment)]]
    f = engine.scan(next(x for x in frags if s["bundle"].encode() in x.data))[0][0]
    assert (f.location.commit, f.location.path, f.location.location_detail) == (c["bundle"], "secrets.ini",
                                                                                   "other.bundle")


def test_bare_mirror_and_shallow(history, engine, tmp_path) -> None:
    repo, _root, s, c = history
    git(tmp_path, "clone", "-q", "--bare", str(repo), "bare.git")
    git(tmp_path, "clone", "-q", "--mirror", str(repo), "mirror.git")
    bare, _ = found(tmp_path / "bare.git", engine)
    assert s["deleted"] in bare and s["tag"] in bare and s["side"] in bare
    mirror, _ = found(tmp_path / "mirror.git", engine)
    assert s["stash"] in mirror  # --mirror copies refs/stash
    assert mirror[s["deleted"]].location.commit == c["deleted"]
    git(tmp_path, "clone", "-q", "--depth", "1", "--no-local", f"file://{repo}", "shallow")
    shallow, skips = found(tmp_path / "shallow", engine)
    assert any(sk.reason == "shallow-clone" and "fetch --unshallow" in sk.detail for sk in skips)
    assert s["deleted"] not in shallow


def test_all_commits_and_unreachable(tmp_path, engine) -> None:
    repo = init_repo(tmp_path / "r")
    tok = slack_bot_token()
    a = commit(repo, "a.env", f"SLACK={tok}\n", "a", "Ann", "2021-01-01T00:00:00+00:00")
    git(repo, "checkout", "-q", "-b", "copy")
    b = commit(repo, "b.env", f"SLACK={tok}\n", "b", "Bob", "2021-02-01T00:00:00+00:00")
    frag = next(f for f in iter_history(repo, all_commits=True) if isinstance(f, Fragment) and f.path == "a.env")
    commits = dict(frag.extra)["commits"]
    assert [(x["commit"], x["path"]) for x in commits] == [(a, "a.env"), (b, "b.env")]
    # a secret committed and then amended away is unreachable from every ref
    gone = github_pat()
    commit(repo, "c.py", f'X = "{gone}"\n', "oops", "Cy", "2021-03-01T00:00:00+00:00")
    (repo / "c.py").write_text("X = None\n")
    git(repo, "add", "c.py")
    git(repo, "commit", "-q", "--amend", "-m", "fixed")
    git(repo, "reflog", "expire", "--expire=now", "--all")
    assert gone not in found(repo, engine)[0]
    assert gone in found(repo, engine, unreachable=True)[0]


def test_not_a_repo_and_empty_repo(tmp_path) -> None:
    (tmp_path / "file.txt").write_text("x")
    items = list(iter_history(tmp_path / "file.txt"))
    assert [type(i) for i in items] == [Skip] and items[0].reason == "git-error"
    empty = init_repo(tmp_path / "empty")
    assert list(iter_history(empty)) == []


def test_control_characters_in_paths_do_not_confuse_the_walk(tmp_path, engine) -> None:
    repo = init_repo(tmp_path / "r")
    tok = github_pat()
    odd = "we\x01ird\nname \u00e9.env"
    c = commit(repo, odd, f"GITHUB_TOKEN={tok}\n", "odd", "Ann", "2021-01-01T00:00:00+00:00")
    commit(repo, "after.txt", "x\n", "after", "Bob", "2021-01-02T00:00:00+00:00")
    by_secret, _ = found(repo, engine)
    assert (by_secret[tok].path, by_secret[tok].location.commit) == (odd, c)
