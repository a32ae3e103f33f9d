"""AWS key pairs under arbitrary names block as one critical pair (README "What blocks").

Through the real CLI on real git repositories: ``credgate git --staged`` (the pre-commit case),
``credgate git --range`` and ``credgate dir``; the pre-commit framework case is in
test_precommit_framework.py.  Keys are random at run time (tests/helpers.py).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import aws_key_id, aws_pair, commit_file, git, init_repo, run_credgate

from .conftest import stage


def _formats(kid: str, sec: str) -> dict[str, str]:
    return {
        "settings.py": f'KEY = "{kid}"\nSECRET = "{sec}"\n',
        "client.js": f"const client = new S3({{\n  region: 'eu-west-1',\n  id: '{kid}',\n  pw: '{sec}',\n}});\n",
        "main.go": f'const (\n\tpartnerID  = "{kid}"\n\tpartnerPw  = "{sec}"\n)\n',
        "app.properties": f"storage.user={kid}\nstorage.pass={sec}\n",
        ".env": f"ID={kid}\nPASS={sec}\n",
        "values.yaml": f"storage:\n  my_id: {kid}\n  bucket: media\n  my_secret: {sec}\n",
        "creds.json": f'{{\n  "user": "{kid}",\n  "region": "us-east-1",\n  "pw": "{sec}"\n}}\n',
        "conf.toml": f'[storage]\nident = "{kid}"\nsecret = "{sec}"\n',
        "deploy.sh": f"#!/bin/sh\nexport U={kid}\nexport P='{sec}'\naws s3 ls\n",
        "rclone.ini": f"[remote]\ntype = s3\nacc = {kid}\nsec = {sec}\n",
        "provider.tf": f'provider "aws" {{\n  region = "us-east-1"\n  access_key = "{kid}"\n  sk         = "{sec}"\n}}\n',
    }


def _staged_json(repo: Path) -> tuple[int, list[dict]]:
    r = run_credgate(["git", "--staged", "--format", "json"], cwd=repo)
    assert r.returncode in (0, 1), r.stderr.decode()
    return r.returncode, json.loads(r.stdout)["findings"]


@pytest.mark.parametrize("name", sorted(_formats("K", "S")))
def test_pair_under_any_names_blocks_as_critical_in_the_commit_hook(tmp_path: Path, name: str) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hello\n")
    kid, sec = aws_pair()
    stage(repo, name, _formats(kid, sec)[name])
    rc, found = _staged_json(repo)
    assert rc == 1
    sev = {f["rule_id"]: f["severity"] for f in found}
    assert sev.get("aws-access-key-pair") == "critical", found
    assert sev.get("aws-access-key-id") == "critical", found
    pair = next(f for f in found if f["rule_id"] == "aws-access-key-pair")
    kid_f = next(f for f in found if f["rule_id"] == "aws-access-key-id")
    assert pair["paired_with"] == kid_f["fingerprint"] and kid_f["paired_with"] == pair["fingerprint"]
    assert not any("generic" in f["rule_id"] for f in found)  # one credential, not a generic secret beside it
    assert kid not in json.dumps(found) and sec not in json.dumps(found)


def test_secret_added_next_to_an_old_key_id_is_paired(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    kid, sec = aws_pair()
    commit_file(repo, "cfg.py", f'KEY = "{kid}"  # credgate:allow\n')
    stage(repo, "cfg.py", f'KEY = "{kid}"  # credgate:allow\nSECRET = "{sec}"\n')
    rc, found = _staged_json(repo)
    assert rc == 1
    assert [(f["rule_id"], f["severity"], f["line"]) for f in found] == [("aws-access-key-pair", "critical", 2)]


def test_range_and_history_pair_too(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    base = commit_file(repo, "README.md", "hello\n")
    kid, sec = aws_pair()
    commit_file(repo, "conf/app.yaml", f"svc:\n  my_id: {kid}\n  my_secret: {sec}\n")
    for args in (["git", "--range", f"{base}..HEAD"], ["git", "."], ["dir", "."]):
        r = run_credgate([*args, "--format", "json"], cwd=repo)
        assert r.returncode == 1, (args, r.stderr.decode())
        sev = {f["rule_id"]: f["severity"] for f in json.loads(r.stdout)["findings"]}
        assert sev == {"aws-access-key-id": "critical", "aws-access-key-pair": "critical"}, (args, sev)


def test_lone_key_id_blocks_at_the_hook_default(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hello\n")
    stage(repo, "cfg.py", f'KEY = "{aws_key_id()}"\n')
    r = run_credgate(["git", "--staged", "--color", "never"], cwd=repo)
    out = r.stdout.decode()
    assert r.returncode == 1, out
    assert "HIGH" in out and "aws-access-key-id" in out


@pytest.mark.parametrize("case", ["git-sha", "aws-example", "placeholder", "hex-hash", "path", "identifier", "url"])
def test_values_that_are_not_secret_keys_do_not_pair(tmp_path: Path, case: str) -> None:
    repo = init_repo(tmp_path / "repo")
    sha = git(repo, "hash-object", "--stdin", input=b"x").strip()
    kid = aws_key_id()
    other = {
        "git-sha": f'COMMIT = "{sha}"',
        "aws-example": 'SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
        "placeholder": 'SECRET = "<your-secret-key>"',
        "hex-hash": f'VALUE = "{sha.upper()}"',
        "path": 'ROOT = "/srv/deploy/PaymentService/ReleaseBundle"',
        "identifier": 'CLS = "AbstractSingletonProxyFactoryBeanService"',
        "url": 'SRC = "s3://releases/Build42/AppBundle7Xq9FinalV2x"',
    }[case]
    value = other.split('"')[1].replace("s3:", "")
    assert case == "placeholder" or len(value) == 40  # each negative has the length of a secret key
    stage(repo, "cfg.py", f'KEY = "{kid}"\n{other}\n')
    rc, found = _staged_json(repo)
    # the key ID alone still blocks (high), but nothing pairs with it and nothing else is reported
    assert [(f["rule_id"], f["severity"], f["line"]) for f in found] == [("aws-access-key-id", "high", 1)]


def test_documented_example_pair_is_a_clean_commit(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hello\n")
    sha = git(repo, "rev-parse", "HEAD").strip()
    stage(repo, "docs.py", 'KEY = "AKIAIOSFODNN7EXAMPLE"\nSECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n'
                           f'PLACEHOLDER = "<your-secret-key>"\nBASE = "{sha}"\n')
    rc, found = _staged_json(repo)
    assert (rc, found) == (0, [])


def test_same_json_or_yaml_object_pairs_beyond_the_line_window(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hello\n")
    kid, sec = aws_pair()
    attrs = {"id": kid, **{f"attr_{i:02d}": "x" for i in range(15)}, "secret": sec, "user": "svc"}
    state = {"resources": [{"type": "aws_iam_access_key", "instances": [{"attributes": attrs}]}]}
    stage(repo, "prod.tfstate", json.dumps(state, indent=2) + "\n")
    filler = "".join(f"  field{i}: value\n" for i in range(14))
    kid2, sec2 = aws_pair()
    stage(repo, "same.yaml", f"storage:\n  my_id: {kid2}\n{filler}  my_secret: {sec2}\n")
    rc, found = _staged_json(repo)
    assert rc == 1
    got = {(f["path"], f["rule_id"], f["severity"], f["line"]) for f in found}
    assert got == {("prod.tfstate", "aws-access-key-id", "critical", 8),
                   ("prod.tfstate", "aws-access-key-pair", "critical", 24),
                   ("same.yaml", "aws-access-key-id", "critical", 2),
                   ("same.yaml", "aws-access-key-pair", "critical", 17)}, got


def test_a_value_in_another_yaml_object_far_away_does_not_pair(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hello\n")
    kid, sec = aws_pair()
    filler = "".join(f"  field{i}: value\n" for i in range(14))
    stage(repo, "two.yaml", f"first:\n  my_id: {kid}\n{filler}second:\n  blob: {sec}\n")
    rc, found = _staged_json(repo)
    assert not any(f["rule_id"] == "aws-access-key-pair" for f in found), found
    assert ("aws-access-key-id", "high") in {(f["rule_id"], f["severity"]) for f in found}
