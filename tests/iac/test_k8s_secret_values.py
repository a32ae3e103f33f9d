"""Kubernetes Secret ``data:``: values that say what they are (a region, known_hosts, a whole config file
without a secret in it) are not findings; a password is, and a secret inside a decoded file is found by
the rule that knows its shape."""
from __future__ import annotations

import base64
import json

from tests.helpers import aws_pair, run_credgate


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def test_plain_values_in_a_secret_are_quiet_and_real_ones_are_not(tmp_path):
    kid, sec = aws_pair()
    creds = f"[default]\naws_access_key_id = {kid}\naws_secret_access_key = {sec}\n"
    (tmp_path / "empty.toml").write_text("")
    (tmp_path / "secret.yaml").write_text(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingest\ntype: Opaque\ndata:\n"
        f"  AWS_REGION: {_b64('eu-west-1')}\n"                                              # line 7
        f"  config: {_b64(chr(10).join(['[default]', 'region = eu-west-1', '']))}\n"        # line 8
        f"  known_hosts: {_b64('github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl')}\n"
        f"  DB_PASSWORD: {_b64('Zq8#vLm2!pRt7xWe')}\n"                                      # line 10
        f"  credentials: {_b64(creds)}\n")                                                  # line 11
    proc = run_credgate(["dir", "secret.yaml", "-f", "json", "--config", "empty.toml"], cwd=tmp_path)
    found = {(f["rule_id"], f["line"]) for f in json.loads(proc.stdout)["findings"]}
    assert ("iac-k8s-secret-data", 10) in found
    assert not {ln for _, ln in found} & {7, 8, 9}, found
    assert any(r.startswith("aws-") and ln == 11 for r, ln in found), found  # the key pair in the decoded file
    assert proc.returncode == 1
