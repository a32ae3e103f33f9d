"""IaC analysis runs wherever a document turns up: archive members and deleted files in git history."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.helpers import commit_file, git, init_repo, run_credgate
from tests.iac.conftest import FIXTURES


def _findings(proc) -> list[dict]:
    assert b"Traceback" not in proc.stderr, proc.stderr
    return json.loads(proc.stdout)["findings"]


def test_template_inside_an_archive(tmp_path: Path):
    work = tmp_path / "scan"
    work.mkdir()
    with zipfile.ZipFile(work / "bundle.zip", "w") as z:
        z.write(FIXTURES / "bad" / "ecs-taskdef.json", "deploy/ecs-taskdef.json")
    cfg = tmp_path / "cfg.toml"  # paths are shown relative to the config's folder
    cfg.write_text("")
    found = _findings(run_credgate(["dir", ".", "--format", "json", "--config", str(cfg)], cwd=work))
    hits = [(f["path"], f["line"], f["location_detail"], f["source"]) for f in found
            if f["rule_id"] == "iac-ecs-plaintext-env-secret"]
    assert hits == [("scan/bundle.zip!deploy/ecs-taskdef.json", 9, "containerDefinitions[0].environment[1].value", "archive")]


def test_deleted_template_in_git_history(tmp_path: Path):
    repo = init_repo(tmp_path / "repo")
    first = commit_file(repo, "sam-globals.yaml", (FIXTURES / "bad" / "sam-globals.yaml").read_text(), "add template")
    git(repo, "rm", "-q", "sam-globals.yaml")
    git(repo, "commit", "-q", "-m", "remove template")
    cfg = tmp_path / "cfg.toml"
    cfg.write_text("")
    found = _findings(run_credgate(["git", str(repo), "--format", "json", "--config", str(cfg)], cwd=tmp_path))
    hits = sorted((f["line"], f["location_detail"], f["source"], f["commit"]) for f in found
                  if f["rule_id"] == "iac-cfn-literal-secret")
    assert hits == [
        (8, "Globals.Function.Environment.Variables.SENTRY_AUTH_TOKEN", "history", first),
        (18, "Resources.Handler.Properties.Environment.Variables.JWT_SECRET", "history", first),
    ]
