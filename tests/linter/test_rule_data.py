"""Self-test of credgate's built-in rule data (credgate/linter/rules/*.toml).

Standalone on purpose: it checks the data against its schema and its own
examples with nothing but ``re`` and :mod:`credgate.linter.validators`, so a
broken rule file is caught even while the engine is being changed.  The
engine-level test runs the full filter chain on the same examples.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.9/3.10
    import tomli as tomllib

from credgate.linter.validators import VALIDATORS

RULES_DIR = Path(__file__).resolve().parents[2] / "credgate" / "linter" / "rules"

REQUIRED = {
    "id", "name", "severity", "confidence", "regex", "secret_group", "keywords", "entropy",
    "tags", "remediation", "references", "examples", "negative_examples",
}
OPTIONAL = {"case_insensitive", "multiline", "validator", "allowlist", "paths", "prefilter"}
SEVERITIES = {"critical", "high", "medium", "low", "info"}
CONFIDENCES = {"high", "medium", "low"}
ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
# Words the engine's placeholder filter drops; a positive example containing one
# would pass here but fail the engine-level test.
PLACEHOLDER_WORDS = ("example", "test", "fake", "dummy", "placeholder", "sample", "changeme")
# Constructs Hyperscan (prefilter mode) or Python's re would reject or treat differently.
FORBIDDEN_SYNTAX = re.compile(r"\(\?<[=!]|\(\?[=!]|\(\?P<|\(\?>|\\[1-9]|[*+?}]\+|\{,")


def _load() -> List[Tuple[str, Dict[str, Any]]]:
    out = []
    for path in sorted(RULES_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        assert set(data) == {"rules"}, f"{path.name}: only [[rules]] tables allowed, got {sorted(data)}"
        for rule in data["rules"]:
            out.append((path.name, rule))
    return out


RULES = _load()
IDS = [f"{f}:{r.get('id')}" for f, r in RULES]


def shannon(s: str) -> float:
    if not s:
        return 0.0
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


def _flags(rule: Dict[str, Any]) -> int:
    flags = 0
    if rule.get("case_insensitive"):
        flags |= re.IGNORECASE
    if rule.get("multiline"):
        flags |= re.DOTALL
    return flags


def _compiled(rule: Dict[str, Any]) -> "re.Pattern[str]":
    return re.compile(rule["regex"], _flags(rule))


def _secrets(rule: Dict[str, Any], text: str) -> Iterator[Tuple[str, str]]:
    """Yield (whole match, secret) for every regex hit in text."""
    for m in _compiled(rule).finditer(text):
        yield m.group(0), (m.group(rule["secret_group"]) or "")


def _rejection(rule: Dict[str, Any], secret: str) -> Optional[str]:
    """Why the rule-level checks drop this secret, or None when it is accepted."""
    if not secret:
        return "empty secret"
    name = rule.get("validator")
    if name and not VALIDATORS[name](secret):
        return f"validator {name}"
    if rule["entropy"] and shannon(secret) < rule["entropy"]:
        return f"entropy {shannon(secret):.2f} < {rule['entropy']}"
    # the engine's placeholder and template filters apply to every rule
    from credgate.linter import filters

    reason = filters.documented_example(secret) or filters.placeholder(
        secret, weak_ok="weak-password" in rule.get("tags", []))
    tags = rule.get("tags", [])
    if reason is None and ("generic" in tags or "value-checks" in tags):  # as Engine.verdict
        reason = filters.generic_value(secret, password_slot="password" in tags)
        if reason == filters.TOO_SHORT and "password-literal" in tags and filters.short_literal_password(secret):
            reason = None  # as Engine.verdict: a short password where only a password can stand
    elif reason is None and "name-value" in tags:
        reason = filters.publishable(secret)
    if reason:
        return reason
    allow = rule.get("allowlist") or {}
    for rx in allow.get("regexes", []):
        if re.search(rx, secret):
            return f"allowlist regex {rx}"
    low = secret.lower()
    for word in allow.get("stopwords", []):
        if word in low:
            return f"stopword {word}"
    return None


def test_rules_exist() -> None:
    assert len(RULES) >= 150, f"only {len(RULES)} rules"


def test_ids_unique() -> None:
    counts = Counter(r["id"] for _, r in RULES)
    dupes = sorted(i for i, c in counts.items() if c > 1)
    assert not dupes, f"duplicate rule ids: {dupes}"


@pytest.mark.parametrize("fname,rule", RULES, ids=IDS)
def test_schema(fname: str, rule: Dict[str, Any]) -> None:
    keys = set(rule)
    assert REQUIRED <= keys, f"missing {sorted(REQUIRED - keys)}"
    assert keys <= REQUIRED | OPTIONAL, f"unknown keys {sorted(keys - REQUIRED - OPTIONAL)}"
    assert ID_RE.fullmatch(rule["id"]), rule["id"]
    assert rule["severity"] in SEVERITIES
    assert rule["confidence"] in CONFIDENCES
    assert isinstance(rule["secret_group"], int) and rule["secret_group"] >= 0
    assert isinstance(rule["entropy"], (int, float)) and 0 <= rule["entropy"] <= 6
    for key in ("case_insensitive", "multiline"):
        assert isinstance(rule.get(key, False), bool)
    kws = rule["keywords"]
    # a rule limited to files by name (paths) may have no keywords: it runs on those files only
    assert (kws or rule.get("paths")) and all(isinstance(k, str) and k and k == k.lower() for k in kws), kws
    assert rule["tags"] and all(isinstance(t, str) for t in rule["tags"])
    assert len(rule["remediation"].strip()) > 80
    assert rule["references"] and all(r.startswith("https://") for r in rule["references"])
    assert rule["examples"], "at least one example"
    assert rule["negative_examples"], "at least one negative example"
    if "validator" in rule:
        assert rule["validator"] in VALIDATORS, f"unknown validator {rule['validator']}"
    allow = rule.get("allowlist")
    if allow is not None:
        assert set(allow) <= {"regexes", "stopwords", "paths", "lines"} and allow, allow
        for rx in allow.get("regexes", []):
            re.compile(rx)
        assert all(w == w.lower() for w in allow.get("stopwords", []))


@pytest.mark.parametrize("fname,rule", RULES, ids=IDS)
def test_regex_compiles(fname: str, rule: Dict[str, Any]) -> None:
    rx = _compiled(rule)
    assert rx.groups >= rule["secret_group"], "secret_group beyond the number of groups"
    assert not rx.groupindex, "named groups are not allowed"
    assert not FORBIDDEN_SYNTAX.search(rule["regex"]), "lookaround/backreference/possessive/atomic syntax"
    assert not rx.match(""), "regex matches the empty string"


@pytest.mark.parametrize("fname,rule", RULES, ids=IDS)
def test_examples_match(fname: str, rule: Dict[str, Any]) -> None:
    for example in rule["examples"]:
        hits = list(_secrets(rule, example))
        assert hits, f"example does not match: {example!r}"
        accepted = [(whole, s) for whole, s in hits if _rejection(rule, s) is None]
        assert accepted, f"example rejected ({[_rejection(rule, s) for _, s in hits]}): {example!r}"
        for whole, secret in accepted:
            assert not rule["keywords"] or any(k in whole.lower() for k in rule["keywords"]), f"no keyword in match {whole!r}"
            low = secret.lower()
            assert not any(w in low for w in PLACEHOLDER_WORDS), f"example secret looks like a placeholder: {secret!r}"


@pytest.mark.parametrize("fname,rule", RULES, ids=IDS)
def test_negative_examples(fname: str, rule: Dict[str, Any]) -> None:
    lines = (rule.get("allowlist") or {}).get("lines", [])
    for example in rule["negative_examples"]:
        if any(re.search(rx, ln) for rx in lines for ln in example.splitlines()):
            continue  # the rule's line allowlist drops every hit of this line (as the engine does)
        accepted = [s for _, s in _secrets(rule, example) if _rejection(rule, s) is None]
        assert not accepted, f"negative example accepted as {accepted!r}: {example!r}"


def test_hyperscan_prefilter_database() -> None:
    import hyperscan  # a dependency on x86_64, where CI runs: never skipped there

    expressions, flags = [], []
    for _, rule in RULES:
        f = hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_ALLOWEMPTY
        if rule.get("case_insensitive"):
            f |= hyperscan.HS_FLAG_CASELESS
        if rule.get("multiline"):
            f |= hyperscan.HS_FLAG_DOTALL
        # the database the matcher builds: large bounded repeats widened (compile time)
        from credgate.linter.matcher import widen_for_hyperscan

        expressions.append(widen_for_hyperscan(rule["regex"])[0].encode("utf-8"))
        flags.append(f)
    db = hyperscan.Database()
    db.compile(expressions=expressions, ids=list(range(len(expressions))),
               elements=len(expressions), flags=flags)

    # Every positive example must also be reported by the prefilter database for its rule.
    for idx, (_, rule) in enumerate(RULES):
        for example in rule["examples"]:
            seen: List[int] = []

            def on_match(rid: int, start: int, end: int, flags: int, ctx: Any) -> Optional[bool]:
                seen.append(rid)
                return None

            db.scan(example.encode("utf-8"), match_event_handler=on_match)
            assert idx in seen, f"{rule['id']}: hyperscan missed example {example!r}"
