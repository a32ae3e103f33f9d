"""Archives committed to history (.tar.gz, .zip) are opened by `credgate git`, with credgate dir's limits."""
from __future__ import annotations

import json

from tests.archives.builders import tar_bytes, zip_bytes
from tests.helpers import commit_file, git, github_pat, init_repo, run_credgate, slack_bot_token


def _audit(repo, tmp_path, *extra: str) -> tuple[int, dict]:
    out = tmp_path / "h.json"
    r = run_credgate(["git", str(repo), "--format", "json", "-o", str(out), *extra])
    assert r.returncode in (0, 1), r.stderr.decode()
    return r.returncode, json.loads(out.read_text())


def test_archive_blobs_in_history_are_opened_and_attributed(tmp_path) -> None:
    repo = init_repo(tmp_path / "repo")
    gh, slack = github_pat(), slack_bot_token()
    commit_file(repo, "README.md", "hello\n", "first")
    tgz = tar_bytes([("site/app.env", f"GITHUB_TOKEN={gh}\n".encode()), ("site/ok.txt", b"nothing\n")], "gz")
    c_tgz = commit_file(repo, "backups/site.tar.gz", tgz, "add backup")
    zp = zip_bytes([("conf/slack.json", f'{{"token": "{slack}"}}\n'.encode())])
    c_zip = commit_file(repo, "dist/bundle.zip", zp, "add zip")
    git(repo, "rm", "-q", "backups/site.tar.gz")
    git(repo, "commit", "-q", "-m", "remove backup")
    rc, doc = _audit(repo, tmp_path, "--full")
    assert rc == 1
    by_path = {f["path"]: f for f in doc["findings"]}
    f = by_path["backups/site.tar.gz!site/app.env"]
    assert f["commit"] == c_tgz and f["source"] == "history" and "history-only" in f["exposure"]
    assert "branch:main" in f["exposure"]
    z = by_path["dist/bundle.zip!conf/slack.json"]
    assert z["commit"] == c_zip and "worktree" in z["exposure"]
    assert not any(s["reason"] == "binary" and s["path"].endswith((".tar.gz", ".zip")) for s in doc["skipped"])
    # incremental run: archives are never cached as clean or binary, so the findings stay
    rc2, doc2 = _audit(repo, tmp_path)
    assert rc2 == 1 and {x["path"] for x in doc2["findings"]} == set(by_path)
    # --no-archives: back to "binary content not scanned", and the next run still opens them
    rc3, doc3 = _audit(repo, tmp_path, "--no-archives")
    assert rc3 == 0 and {s["path"] for s in doc3["skipped"] if s["reason"] == "binary"} >= {
        "backups/site.tar.gz", "dist/bundle.zip"}
    rc4, doc4 = _audit(repo, tmp_path)
    assert rc4 == 1 and {x["path"] for x in doc4["findings"]} == set(by_path)


def test_archive_limits_of_credgate_dir_apply(tmp_path) -> None:
    repo = init_repo(tmp_path / "repo")
    (repo / ".credgate.toml").write_text("[archives]\nmax_members = 2\n")
    members = [(f"m{i}.txt", b"x\n") for i in range(5)] + [("late.env", f"GITHUB_TOKEN={github_pat()}\n".encode())]
    commit_file(repo, "many.zip", zip_bytes(members), "many members")
    rc, doc = _audit(repo, tmp_path, "--full")
    assert any(s["reason"] == "archive-member-limit" for s in doc["skipped"]), doc["skipped"]
    assert rc == 0


def test_corrupt_archive_blob_is_a_skip_not_a_crash(tmp_path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "broken.tar.gz", b"\x1f\x8b\x08\x00" + b"\x00garbage" * 50, "broken")
    commit_file(repo, "ok.env", f"GITHUB_TOKEN={github_pat()}\n", "token")
    rc, doc = _audit(repo, tmp_path, "--full")
    assert rc == 1
    assert any(s["path"].startswith("broken.tar.gz") and s["reason"] != "binary" for s in doc["skipped"])
    assert any(f["path"] == "ok.env" for f in doc["findings"])
