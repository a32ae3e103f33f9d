"""Helpers for the triage tests: synthetic AWS keys that encode a chosen account."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from credgate.awskeys import make_key_id
from tests.helpers import aws_secret, run_credgate
from tests import rand


def key_for(account: str, prefix: str = "AKIA") -> str:
    """A random synthetic key ID whose offline-decoded account is ``account``."""
    return make_key_id(account, prefix, tail=rand.token_bytes(5))


def scan_json(paths: list[str], cwd: Path, *extra: str, env: Optional[dict] = None) -> tuple[int, dict[str, Any], str]:
    proc = run_credgate(["dir", *paths, "-f", "json", *extra], cwd=cwd, env=env)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return proc.returncode, json.loads(proc.stdout.decode()), proc.stderr.decode()


def by_rule(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for f in report["findings"]:
        out.setdefault(f["rule_id"], []).append(f)
    return out


__all__ = ["key_for", "scan_json", "by_rule", "aws_secret"]
