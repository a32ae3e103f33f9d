"""Invariants of the blind blocking benchmark's scenario generator (bench/blocking/make_scenarios.py).

The benchmark's score against credgate is reported (bench/blocking/README.md), not asserted here;
these tests hold the generator to what the benchmark claims: enough labelled scenarios, the formats
and categories issue 14 asks for, synthetic random credentials in their providers' real shapes, and
determinism per seed.
"""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT / "bench" / "blocking" / "make_scenarios.py"


def _module():
    spec = importlib.util.spec_from_file_location("blocking_make_scenarios", GEN)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ms = _module()

CATEGORIES = {"aws-pair", "aws-lone-id", "aws-lone-secret", "provider-token", "cfn-literal", "cfn-ref-chain",
              "cfn-unparseable", "cfn-safe", "placeholder", "benign-entropy", "change-scope"}
# public documentation examples: never the value of a block scenario
KNOWN_EXAMPLES = {"AKIA" + "IOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY",
                  "AKIA" + "I44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvb" + "EXAMPLEKEY"}
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory):
    out = tmp_path_factory.mktemp("blocking")
    proc = subprocess.run([sys.executable, str(GEN), "--seed", "3", "--out", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "scenarios" in proc.stdout
    return ms.load(out)


def _text(files: dict) -> str:
    return "\n".join(v for v in files.values() if v is not None)


def test_count_labels_and_reasons(scenarios):
    assert len(scenarios) >= 70
    ids = [s["id"] for s in scenarios]
    assert len(ids) == len(set(ids))
    for s in scenarios:
        assert s["label"] in ("block", "pass"), s["id"]
        assert s["reason"].strip() and "\n" not in s["reason"], s["id"]
        assert s["category"] in CATEGORIES, s["id"]
        assert s["format"], s["id"]
        assert s["change"] or s["renames"], "%s changes nothing" % s["id"]
    labels = [s["label"] for s in scenarios]
    share = labels.count("block") / len(labels)
    assert 0.5 <= share <= 0.7, share  # the issue asks for roughly 60% block / 40% pass


def test_categories_and_formats(scenarios):
    assert {s["category"] for s in scenarios} == CATEGORIES
    pair_formats = {s["format"] for s in scenarios if s["category"] == "aws-pair" and s["label"] == "block"}
    assert len(pair_formats & set(ms.REQUIRED_FORMATS)) >= 10, sorted(pair_formats)
    # each category the issue names has both sides where it has a counterpart
    by_cat = {}
    for s in scenarios:
        by_cat.setdefault(s["category"], set()).add(s["label"])
    assert by_cat["change-scope"] == {"block", "pass"}
    assert by_cat["cfn-safe"] == {"pass"} and by_cat["cfn-literal"] == {"block"}
    # a deletion-only change and a change next to an old committed secret are represented
    assert any(s["change"] and all(v is None for v in s["change"].values()) for s in scenarios)
    assert any(s["label"] == "pass" and s["category"] == "change-scope" and s["secrets"] == [] and
               re.search(r"AKIA[A-Z2-7]{16}", _text(s["base"])) for s in scenarios)


def test_block_secrets_are_synthetic_and_well_shaped(scenarios):
    seen = set()
    for s in scenarios:
        if s["label"] == "block":
            assert s["secrets"], "%s has no planted secret" % s["id"]
        # a reference chain's literal may sit in the committed base; everything else is in the change
        where = _text(s["change"]) + (_text(s["base"]) if s["category"] == "cfn-ref-chain" else "")
        for sec in s["secrets"]:
            v, kind = sec["value"], sec["kind"]
            assert v not in KNOWN_EXAMPLES and "EXAMPLE" not in v, s["id"]
            assert v not in seen, "%s reuses a secret" % s["id"]
            seen.add(v)
            # the planted value is really in the files (as is, JSON-escaped, or a PEM re-indented line by line)
            assert (v in where or json.dumps(v)[1:-1] in where
                    or all(line in where for line in v.strip().split("\n"))), s["id"]
            if kind == "aws-key-id":
                assert re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v), v
            elif kind == "aws-secret":
                assert re.fullmatch(r"[A-Za-z0-9/+]{40}", v), s["id"]
            elif kind == "github-pat":
                body, check = v[4:34], v[34:]
                crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
                enc = ""
                while crc:
                    crc, r = divmod(crc, 62)
                    enc = B62[r] + enc
                assert v.startswith("ghp_") and len(v) == 40 and check == enc.rjust(6, "0")
            elif kind == "slack-bot":
                assert re.fullmatch(r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", v)
            elif kind == "stripe-live":
                assert re.fullmatch(r"sk_live_[A-Za-z0-9]{24,}", v)
            elif kind == "private-key":
                assert v.startswith("-----BEGIN ") and "PRIVATE KEY-----" in v
    # documented examples appear, but only in scenarios labelled pass
    for s in scenarios:
        if any(e in _text(s["change"]) for e in KNOWN_EXAMPLES):
            assert s["label"] == "pass", s["id"]
    assert any(ms.DOC_KEY_ID in _text(s["change"]) for s in scenarios)


def test_deterministic_per_seed_and_random_across_seeds():
    a, b, c = ms.generate(5), ms.generate(5), ms.generate(6)
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    va = {x["value"] for s in a for x in s["secrets"]}
    vc = {x["value"] for s in c for x in s["secrets"]}
    assert va and not (va & vc)
    assert [s["id"] for s in a] == [s["id"] for s in c]  # same scenarios, new values
