"""Fixtures for the AWS audit tests: one engine per module, a CLI runner that reuses it."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Optional

import pytest


@pytest.fixture(scope="session")
def hs_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("hs-cache")


@pytest.fixture(scope="module")
def engine(hs_cache):
    """The real engine (built once per module: rule compilation is the slow part)."""
    old = os.environ.get("CREDGATE_CACHE_DIR")
    os.environ["CREDGATE_CACHE_DIR"] = str(hs_cache)
    try:
        from credgate.config import Config
        from credgate.linter.engine import Engine

        return Engine(Config())
    finally:
        if old is None:
            os.environ.pop("CREDGATE_CACHE_DIR", None)
        else:
            os.environ["CREDGATE_CACHE_DIR"] = old


class Run:
    def __init__(self, rc: int, doc: Any, out: Path, state: Optional[Path]) -> None:
        self.rc, self.doc, self.out, self.state = rc, doc, out, state

    @property
    def findings(self) -> list[dict[str, Any]]:
        return self.doc["findings"] if isinstance(self.doc, dict) else self.doc

    @property
    def skipped(self) -> list[dict[str, Any]]:
        return self.doc["skipped"]

    def by_arn(self, fragment: str) -> list[dict[str, Any]]:
        out = []
        for f in self.findings:
            details = [f.get("location_detail") or ""] + [l.get("location_detail") or ""
                                                           for l in f.get("locations", [])]
            if any(fragment in d for d in details):
                out.append(f)
        return out


@pytest.fixture
def audit(engine, moto_endpoint, tmp_path, aws):
    """audit("--services", "lambda", ...) -> Run: the real `credgate aws` argument parsing and pipeline."""
    from credgate.commands.aws import run_audit, settings_from_args
    from credgate.scan import config_from_args
    from credgate.main import build_parser

    cfg = tmp_path / "empty.toml"
    cfg.write_text("")
    counter = {"n": 0}

    def run(*argv: str, state: "Optional[Path] | bool" = True, fmt: str = "json", session: Any = None,
            options: Any = None) -> Run:
        counter["n"] += 1
        out = tmp_path / f"out-{counter['n']}.{fmt}"
        args_l = ["aws", "--endpoint-url", moto_endpoint, "--max-attempts", "1", "-c", str(cfg),
                  "--format", fmt, "-o", str(out), "--fail-on", "low", *argv]
        state_path = None
        if state is True:
            state_path = tmp_path / "state.json"
        elif state:
            state_path = Path(state)  # type: ignore[arg-type]
        if state_path is not None:
            args_l += ["--state", str(state_path)]
        elif "--no-state" not in argv:
            args_l += ["--no-state"]
        if "--regions" not in argv:
            args_l += ["--regions", "us-east-1"]
        args = build_parser(only="aws").parse_args(args_l)
        config = config_from_args(args)
        settings = settings_from_args(args, config.section("aws"))
        if options is not None:
            settings.options = options
        rc = run_audit(args, config, engine, settings, session=session if session is not None else aws)
        text = out.read_text()
        doc = json.loads(text) if fmt in ("json", "asff") else text
        return Run(rc, doc, out, state_path)

    return run


@pytest.fixture(scope="module")
def live(engine):
    """live(github_pat) -> a fresh synthetic value the engine reports on its own.

    Random values now and then contain a placeholder marker (e.g. "xxx") and are
    rightly dropped; tests that count findings need values that are not.
    """
    from tests.helpers import aws_pair

    def make(gen):
        for _ in range(100):
            if gen == "pair":
                kid, sec = aws_pair()
                found = {f.rule_id for f in engine.scan_bytes(
                    f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n".encode())}
                if {"aws-access-key-id", "aws-secret-access-key"} <= found:
                    return kid, sec
                continue
            v = gen()
            if engine.scan_bytes(f"value={v}\n".encode()):
                return v
        raise AssertionError(f"could not make a live-looking value with {gen}")

    return make
