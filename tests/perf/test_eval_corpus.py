"""bench/eval_corpus.py scores line by line, and --blocking counts only what blocks (medium and up)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _score(tmp_path: Path, *extra: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("x\ny\nz\n")
    (corpus / "labels.json").write_text(json.dumps({"files": {"a.txt": [{"kind": "password", "line": 1},
                                                                         {"kind": "aws-key-id", "line": 2}]}}))
    findings = {"findings": [{"path": "a.txt", "line": 1, "rule_id": "r1", "severity": "high"},
                             {"path": "a.txt", "line": 2, "rule_id": "r2", "severity": "low"},
                             {"path": "a.txt", "line": 3, "rule_id": "r3", "severity": "low"}]}
    (tmp_path / "f.json").write_text(json.dumps(findings))
    p = subprocess.run([sys.executable, str(REPO / "bench" / "eval_corpus.py"), "--corpus", str(corpus),
                        "--findings", str(tmp_path / "f.json"), "--json", *extra],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def test_every_shown_finding_counts_by_default(tmp_path):
    m = _score(tmp_path)
    assert (m["tp"], m["fp"], m["fn"]) == (2, 1, 0)


def test_blocking_counts_medium_and_up_only(tmp_path):
    m = _score(tmp_path, "--blocking")
    assert (m["tp"], m["fp"], m["fn"]) == (1, 0, 1)
    assert m["precision"] == 1.0 and m["recall"] == 0.5
