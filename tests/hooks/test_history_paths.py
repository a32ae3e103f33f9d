"""History attribution: the introducing commit first, locations in commit order, every path of a blob,
path-dependent filters judged per path (issue 20)."""
from __future__ import annotations

import json

from tests.helpers import commit_file, git, github_pat, init_repo, run_credgate


def _audit(repo, tmp_path, *extra: str) -> tuple[int, list[dict]]:
    out = tmp_path / "h.json"
    r = run_credgate(["git", str(repo), "--format", "json", "-o", str(out), *extra])
    assert r.returncode in (0, 1), r.stderr.decode()
    return r.returncode, json.loads(out.read_text())["findings"]


def test_secret_first_under_an_allowlisted_path_then_copied_is_reported_at_the_copy(tmp_path) -> None:
    repo = init_repo(tmp_path / "repo")
    tok = github_pat()
    content = f"GITHUB_TOKEN={tok}\n"
    (repo / ".credgate.toml").write_text('[[allowlist]]\npaths = ["samples/**"]\nreason = "sample data"\n')
    commit_file(repo, ".credgate.toml", (repo / ".credgate.toml").read_text(), "config")
    commit_file(repo, "samples/app.env", content, "sample", date="2021-01-01T00:00:00+00:00")
    c_copy = commit_file(repo, "deploy/prod.env", content, "deploy", date="2021-02-01T00:00:00+00:00")
    for full in (["--full"], []):  # the second run reads the blob cache: the copy must still be reported
        rc, findings = _audit(repo, tmp_path, *full)
        assert rc == 1
        paths = [(f["path"], f["commit"]) for f in findings]
        assert ("deploy/prod.env", c_copy) in paths, paths
        assert not any(p.startswith("samples/") for p, _ in paths)
        assert not any(loc["path"].startswith("samples/") for f in findings for loc in f.get("locations", []))


def test_same_blob_under_two_paths_is_reported_with_both_in_commit_order(tmp_path) -> None:
    repo = init_repo(tmp_path / "repo")
    tok = github_pat()
    content = f"export GH_TOKEN={tok}\n"
    c1 = commit_file(repo, "ops/a.sh", content, "first", date="2021-01-01T00:00:00+00:00")
    c2 = commit_file(repo, "ops/b.sh", content, "copy", date="2021-02-01T00:00:00+00:00")
    git(repo, "mv", "ops/a.sh", "ops/z.sh")
    git(repo, "commit", "-q", "-m", "rename")
    c3 = git(repo, "rev-parse", "HEAD").strip()
    rc, findings = _audit(repo, tmp_path, "--full")
    assert rc == 1
    mine = [f for f in findings if f["path"].startswith("ops/")]
    assert len(mine) == 1, [(f["path"], f["commit"]) for f in findings]
    f = mine[0]
    assert (f["path"], f["commit"]) == ("ops/a.sh", c1)  # the introducing commit is shown first
    locs = [(loc["path"], loc["commit"]) for loc in f["locations"]]
    assert locs == [("ops/a.sh", c1), ("ops/b.sh", c2), ("ops/z.sh", c3)]  # commit order
    # text, CSV and SARIF list every location too
    for fmt, check in (("text", lambda t: all(p in t for p in ("ops/a.sh", "ops/b.sh", "ops/z.sh"))),
                       ("csv", lambda t: all(p in t for p in ("ops/a.sh", "ops/b.sh", "ops/z.sh")))):
        out = tmp_path / f"h.{fmt}"
        r = run_credgate(["git", str(repo), "--format", fmt, "-o", str(out)])
        assert r.returncode == 1 and check(out.read_text()), fmt
    out = tmp_path / "h.sarif"
    r = run_credgate(["git", str(repo), "--format", "sarif", "-o", str(out)])
    res = [x for x in json.loads(out.read_text())["runs"][0]["results"]
           if x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("ops/")]
    assert len(res) == 1
    uris = [loc["physicalLocation"]["artifactLocation"]["uri"] for loc in res[0]["locations"]]
    assert uris == ["ops/a.sh", "ops/b.sh", "ops/z.sh"]


def test_introducing_commit_first_even_when_a_later_copy_ranks_higher(tmp_path) -> None:
    """The later copy sits where a stronger rule context applies; the first location is still the oldest."""
    repo = init_repo(tmp_path / "repo")
    tok = github_pat()
    c1 = commit_file(repo, "notes.txt", f"token {tok}\n", "notes", date="2021-01-01T00:00:00+00:00")
    commit_file(repo, "deploy/.env", f"GITHUB_TOKEN={tok}\n", "env", date="2021-03-01T00:00:00+00:00")
    rc, findings = _audit(repo, tmp_path, "--full")
    mine = [f for f in findings if tok[:8] in f.get("secret", "") or f["path"] in ("notes.txt", "deploy/.env")]
    assert len(mine) == 1
    assert (mine[0]["path"], mine[0]["commit"]) == ("notes.txt", c1)
    assert [loc["path"] for loc in mine[0]["locations"]] == ["notes.txt", "deploy/.env"]
