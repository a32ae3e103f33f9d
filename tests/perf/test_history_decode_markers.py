"""Issue 16, session 12: the decode run finder's hyperscan pass tells whether a buffer holds a percent escape, and
the JSON-escape layer is asked only of buffers with a backslash.  In a history audit (a real repository made with
the git CLI, large enough that the pool forks and every buffer takes the hyperscan path) a credential that only
its percent encoding hides is still reported, at the commit, path and line that introduced it, with one process
and with the pool: a marker that answered wrongly would lose it."""
from __future__ import annotations

import json
import random
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.helpers import aws_pair, commit_file, git, init_repo, run_credgate


@pytest.fixture(scope="module")
def encoded_repo(tmp_path_factory: pytest.TempPathFactory) -> "tuple[Path, str, str, int]":
    rng = random.Random(1612)
    repo = init_repo(tmp_path_factory.mktemp("hist") / "repo")
    rows = [{"id": i, "name": "".join(rng.choice("abcdefgh ") for _ in range(40)), "ratio": "50%"}
            for i in range(30000)]  # > 1 MB, "%" without an escape: the bulk path, the marker says no
    commit_file(repo, "data/dump.json", json.dumps(rows, indent=1), "data")
    kid, sec = aws_pair()
    hidden = quote(f"aws_access_key_id={kid}&aws_secret_access_key={sec}", safe="")  # every = & / + escaped
    # over 1 MB (decode._HS_BULK) itself: the hyperscan run finder whatever order the blobs come in
    filler = "".join(f"# line {i}: 100% of the build, no value here\n" for i in range(12000))
    body = filler + f"CALLBACK_QUERY={hidden}\n" + filler
    sha = commit_file(repo, "deploy/callback.env", body, "callback")
    commit_file(repo, "deploy/callback.env", body + "# one more line\n", "touch")  # a second version
    line = filler.count("\n") + 1
    git(repo, "tag", "v1")
    return repo, sha.strip(), kid, line


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_percent_encoded_credential_in_history_is_reported(encoded_repo, tmp_path: Path, jobs: str) -> None:
    repo, sha, kid, line = encoded_repo
    cfg = tmp_path / "empty.toml"
    cfg.write_text("# built-in rules only\n")
    proc = run_credgate(["git", str(repo), "--full", "--format", "json", "--config", str(cfg)],
                        env={"CREDGATE_JOBS": jobs, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert proc.returncode == 1, proc.stderr.decode()[-800:]
    found = json.loads(proc.stdout)["findings"]
    enc = [f for f in found if f.get("decoded") == "percent"]
    assert enc, [(f["rule_id"], f.get("decoded")) for f in found]
    first = [f for f in enc if f["commit"] == sha]
    assert first and all(f["path"] == "deploy/callback.env" and f["line"] == line for f in first), \
        [(f["commit"], f["path"], f["line"]) for f in enc]
    assert kid not in proc.stdout.decode()  # redacted as ever
    assert not [f for f in found if f["path"] == "data/dump.json"]
