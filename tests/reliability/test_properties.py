"""Property-based tests (hypothesis) over every parser and decoder: no exception escapes except the
documented error type, nothing hangs.  Derandomized (the same inputs on every CI run) with a
per-example deadline; CREDGATE_FUZZ_SCALE=N multiplies the number of examples for a longer local run.

Each test counts the inputs it tried; README section "security" and bench/fuzz.md record the totals.
"""
from __future__ import annotations

import functools
import io
import json
import os
import string
import tarfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from credgate.errors import ConfigError

SCALE = max(1, int(os.environ.get("CREDGATE_FUZZ_SCALE", "1") or 1))
TRIED: dict[str, int] = {}


def fuzz(n: int):
    return settings(max_examples=n * SCALE, derandomize=True, deadline=2000, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                           HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])


def count(name: str) -> None:
    TRIED[name] = TRIED.get(name, 0) + 1


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    out = os.environ.get("CREDGATE_FUZZ_REPORT")
    if out:
        Path(out).write_text(json.dumps(TRIED, indent=1, sort_keys=True) + "\n")


@functools.lru_cache(maxsize=None)
def engine():
    from credgate.config import Config
    from credgate.linter.engine import Engine

    return Engine(Config())


@pytest.fixture
def eng():
    """The engine, built before the first example (rule compilation must not count against the deadline)."""
    return engine()


# ------------------------------------------------------------------ text material
CFN_WORDS = ["AWSTemplateFormatVersion: '2010-09-09'", "Resources:", "Parameters:", "Outputs:", "Globals:",
             "Type: AWS::Lambda::Function", "Type: AWS::Serverless::Function", "Type: AWS::ECS::TaskDefinition",
             "Type: String", "NoEcho: true", "Default:", "Properties:", "Environment:", "Variables:",
             "ContainerDefinitions:", "- Name: web", "Value:", "DB_PASSWORD:", "API_TOKEN:", "MasterUserPassword:",
             "!Ref Db", "!Sub '${AWS::StackName}-x'", "!GetAtt A.B", "!Join ['', [a, b]]", "!Base64 |",
             "!If [c, a, b]", "!Bogus x", "!!python/object:os.system", "&a", "*a", "<<: *a", "---", "...",
             "{{resolve:secretsmanager:x}}", "'", '"', "[", "]", "{", "}", ":", "-", "|", ">", "#", "%YAML 1.1",
             "\t", "  ", "    ", "\n", "\r\n", "\x00", "\ufeff", "é", "AKIA", "sk_live_", "ghp_", "=", ","]
JSON_WORDS = ['{"AWSTemplateFormatVersion": "2010-09-09"', '"Resources": {', '"Parameters": {', '"Type": "String"',
              '"Default": "', '"ParameterKey": "DbPassword"', '"ParameterValue": "', '"Environment": {',
              '"Variables": {', '"containerDefinitions": [', '"environment": [', '{"name": "TOKEN", "value": "',
              "{", "}", "[", "]", ",", ":", '"', "\\", "\\u00", "null", "true", "1e999", "-0", "\n", " "]
TOML_WORDS = ["version = 0.1", "[default.deploy.parameters]", "[default.global.parameters]",
              'parameter_overrides = "', "DbPassword=", "ApiKey=", '\\"', '"', "'", "[", "]", "=", "\n", " ",
              "stack_name = ", "[[rules]]", 'id = "r"', 'regex = "', "[[allowlist]]", 'paths = ["', "fail_on = ",
              '"high"', "max_file_size = ", "entropy = ", "{", "}", ",", "1", "-", "x", "é", "\x00"]
OTHER_WORDS = ["FROM python:3.12", "ENV DB_PASSWORD=", "ARG TOKEN=", "RUN echo", "resource \"aws_db_instance\" \"x\" {",
               "password = \"", "}", "provider \"aws\" {", "access_key = \"", "secret_key = \"", "variable \"x\" {",
               "default = \"", "apiVersion: v1", "kind: Secret", "data:", "stringData:", "services:", "environment:",
               "provider:", "functions:", "\n", " ", "\"", "=", "\\", "${var.x}", "<<EOF", "EOF"]
TOKENS = st.text(alphabet=string.ascii_letters + string.digits + "/+=_-", min_size=0, max_size=48)


def soup(words: list[str], max_size: int = 120) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(words), TOKENS, st.text(max_size=6)), max_size=max_size).map("".join)


IAC_NAMES = ["template.yaml", "template.json", "params.json", "samconfig.toml", "samconfig.yaml",
             "serverless.yml", "docker-compose.yml", "task-def.json", "k8s.yaml", "Dockerfile", "main.tf",
             "cdk.out/App.template.json", "plain.txt"]


# ------------------------------------------------------------------ the engine on IaC
@fuzz(400)
@given(name=st.sampled_from(IAC_NAMES), text=st.one_of(soup(CFN_WORDS), soup(JSON_WORDS), soup(TOML_WORDS),
                                                         soup(OTHER_WORDS)))
def test_engine_scan_on_iac_shaped_text(eng, name, text):
    count("engine: IaC-shaped text (templates, parameter files, samconfig, compose, k8s, Dockerfile, Terraform)")
    findings, _skips = _scan(name, text.encode("utf-8", "surrogatepass"))
    for f in findings:
        assert f.line >= 1


def _scan(name: str, data: bytes):
    from credgate.models import Fragment

    return engine().scan(Fragment(path=name, data=data))


@fuzz(200)
@given(name=st.sampled_from(IAC_NAMES), data=st.binary(max_size=2048))
def test_engine_scan_on_random_bytes(eng, name, data):
    count("engine: random bytes under IaC file names")
    _scan(name, data)


@fuzz(150)
@given(doc=st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), TOKENS, st.text(max_size=20)),
    lambda kids: st.one_of(st.lists(kids, max_size=5),
                           st.dictionaries(st.one_of(st.sampled_from(
                               ["AWSTemplateFormatVersion", "Resources", "Parameters", "Type", "Properties",
                                "Environment", "Variables", "Default", "NoEcho", "ParameterKey", "ParameterValue",
                                "containerDefinitions", "environment", "name", "value", "Fn::Sub", "Ref",
                                "Fn::If", "Globals", "Function", "Outputs", "UserData", "Fn::Base64"]), TOKENS),
                               kids, max_size=6)),
    max_leaves=40), name=st.sampled_from(["template.json", "params.json", "task-def.json"]))
def test_engine_scan_on_structured_json_documents(eng, doc, name):
    """Well-formed JSON of template-like shape: the analysers' type assumptions are what is under test."""
    count("engine: template-shaped JSON documents")
    _scan(name, json.dumps(doc, allow_nan=True).encode())


# ------------------------------------------------------------------ loaders
@fuzz(300)
@given(text=st.one_of(soup(CFN_WORDS, 200), st.text(max_size=300)))
def test_yaml_loader(text):
    from credgate.iac.loader import ParseError, TooDeep, load_yaml

    count("iac loader: YAML")
    try:
        load_yaml(text)
    except (ParseError, TooDeep):
        pass


@fuzz(300)
@given(text=st.one_of(soup(JSON_WORDS, 200), st.text(max_size=300)))
def test_json_loader(text):
    from credgate.iac.loader import ParseError, TooDeep, load_json

    count("iac loader: JSON")
    try:
        load_json(text)
    except (ParseError, TooDeep):
        pass


# ------------------------------------------------------------------ archives
def _archives() -> list[tuple[str, bytes]]:
    files = {"a.txt": b"hello\n", "dir/b.env": b"TOKEN=abc\n", "c.yaml": b"Resources: {}\n"}
    out = []
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in files.items():
            z.writestr(k, v)
    out.append(("zip", buf.getvalue()))
    for mode, kind in (("w", "tar"), ("w:gz", "gzip"), ("w:bz2", "bzip2"), ("w:xz", "xz")):
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode=mode) as tf:
            for k, v in files.items():
                ti = tarfile.TarInfo(k)
                ti.size = len(v)
                tf.addfile(ti, io.BytesIO(v))
        out.append((kind, buf.getvalue()))
    return out


ARCHIVES = _archives()


@st.composite
def damaged_archive(draw):
    kind, data = draw(st.sampled_from(ARCHIVES))
    b = bytearray(data)
    for _ in range(draw(st.integers(0, 8))):
        if not b:
            break
        i = draw(st.integers(0, len(b) - 1))
        b[i] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        b = b[: draw(st.integers(0, len(b)))]
    return kind, bytes(b)


@fuzz(300)
@given(arc=damaged_archive())
def test_archive_scanner_on_damaged_archives(arc):
    from credgate.models import Fragment, Skip
    from credgate.sources.archives import ArchiveLimits, ArchiveScanner

    count("archives: damaged zip/tar/gz/bz2/xz")
    kind, data = arc
    limits = ArchiveLimits.build({}, max_file_size=1 << 20)
    items = list(ArchiveScanner(limits).scan(io.BytesIO(data), "backup", kind))
    assert all(isinstance(i, (Fragment, Skip)) for i in items)


# @example: found by a 20x run, a central directory entry needing zip version 6.4 (zipfile.ZipFile()
# raised NotImplementedError)


@fuzz(150)
@given(arc=damaged_archive(), name=st.sampled_from(["x.zip", "x.tar.gz", "x.gz", "code.zip"]))
@example(arc=("zip", ARCHIVES[0][1][:-22].replace(b"PK\x01\x02\x14\x03\x14", b"PK\x01\x02\x14\x03@", 1)
              + ARCHIVES[0][1][-22:]), name="x.zip")
def test_aws_decode_expand_on_damaged_archives(arc, name):
    from credgate.audit.decode import decode_user_data, expand

    count("aws decode: expand/user data on damaged archives")
    _, data = arc
    list(expand(data, name))
    try:
        decode_user_data(data)
    except (OSError, ValueError, EOFError):  # the documented errors: collectors turn them into a skip
        pass


# ------------------------------------------------------------------ git diffs
DIFF_LINES = [b"\x01" + b"a" * 40 + b" " + b"b" * 40, b"Author Name\x00", b"2024-01-01T00:00:00+00:00",
              b":100644 100644 " + b"0" * 40 + b" " + b"1" * 40 + b" M\tpath/a.txt",
              b"::100644 100644 100644 " + b"0" * 40 + b" " + b"1" * 40 + b" " + b"2" * 40 + b" MM\tm.txt",
              b":000000 100644 " + b"0" * 40 + b" " + b"1" * 40 + b" A\t\"q\\303\\251.txt\"",
              b":100644 100644 " + b"0" * 40 + b" " + b"1" * 40 + b" R100\told\tnew", b"diff --git a/x b/x",
              b"+++ b/path/a.txt", b"+++ /dev/null", b"--- a/x", b"@@ -1,0 +1,3 @@", b"@@@ -1 -1 +1,2 @@@",
              b"@@ -0,0 +1 @@", b"+added", b"++both", b"-removed", b" context", b"\\ No newline at end of file",
              b"Binary files a/x and b/x differ", b"", b":", b"\t", b"@@", b"\xff\xfe"]


@fuzz(300)
@given(lines=st.lists(st.one_of(st.sampled_from(DIFF_LINES), st.binary(max_size=40)), max_size=40),
       header=st.booleans())
def test_git_diff_parser(lines, header):
    from credgate.sources.git.patch import _parse_changes

    count("git: --raw -p diff/log parser")
    for c in _parse_changes([ln + b"\n" for ln in lines], header):
        for f in c.files:
            assert all(n >= 0 for n in f.added)


@fuzz(200)
@given(raw=st.binary(max_size=200))
def test_git_quoted_path_decoder(raw):
    from credgate.sources.git.run import unquote

    count("git: quoted path decoder")
    assert isinstance(unquote(raw), bytes)


# ------------------------------------------------------------------ baselines, state, configs, rules, events
JSONISH = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), TOKENS),
                       lambda k: st.one_of(st.lists(k, max_size=4), st.dictionaries(st.sampled_from(
                           ["version", "salt", "entries", "rule_id", "path", "hash", "resources", "updated",
                            "findings", "fingerprint", "digest", "x"]), k, max_size=5)), max_leaves=20)


@fuzz(200)
@given(doc=st.one_of(JSONISH, st.binary(max_size=100)))
def test_baseline_loader(tmp_path_factory, doc):
    from credgate.linter.baseline import Baseline

    count("baseline loader")
    p = tmp_path_factory.mktemp("bl") / "b.json"
    p.write_bytes(doc if isinstance(doc, bytes) else json.dumps(doc).encode())
    try:
        Baseline.load(p)
    except ConfigError:
        pass


@fuzz(200)
@given(doc=st.one_of(JSONISH, st.binary(max_size=100)))
def test_aws_state_loader(tmp_path_factory, doc):
    from credgate.audit.state import State

    count("AWS audit state loader")
    p = tmp_path_factory.mktemp("st") / "s.json"
    p.write_bytes(doc if isinstance(doc, bytes) else json.dumps({"version": 1, **doc} if isinstance(doc, dict)
                                                                  else doc).encode())
    try:
        s = State.load(p)
        for key in list(s.previous)[:3] + ["a|b|c|d"]:
            if s.unchanged(key, "x"):
                s.carry(key)
        s.carry_unit("a|b|c|")
        s.resolved()
    except ConfigError:
        pass


CONFIG_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-5, 10**12), st.floats(allow_nan=False), TOKENS,
              st.sampled_from(["high", "low", "10MB", "2027-01-31", "(", "[a-", "**/*.py", ".*"])),
    lambda k: st.one_of(st.lists(k, max_size=4), st.dictionaries(TOKENS, k, max_size=4)), max_leaves=12)
CONFIG_KEYS = ["fail_on", "max_file_size", "disabled_rules", "exclude_paths", "allowlist", "rules", "entropy",
               "own_accounts", "ignore_accounts", "import_gitleaks", "limits", "archives", "git", "aws", "x"]


@fuzz(300)
@given(raw=st.dictionaries(st.sampled_from(CONFIG_KEYS), CONFIG_VALUES, max_size=6))
def test_config_builder(raw):
    from credgate.config import build_config

    count("config: [tool.credgate] / .credgate.toml tables")
    try:
        build_config(raw, root=Path("."), path=None)
    except ConfigError:
        pass


@fuzz(200)
@given(text=st.one_of(soup(TOML_WORDS, 80), st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))
def test_toml_config_text(text):
    from credgate.config import build_config, load_toml_bytes

    count("config: TOML text")
    try:
        build_config(load_toml_bytes(text.encode("utf-8", "surrogatepass"), "cfg"), root=Path("."), path=None)
    except ConfigError:
        pass


RULE_KEYS = ["id", "name", "regex", "severity", "confidence", "secret_group", "keywords", "entropy", "validator",
             "tags", "allowlist", "allowlists", "paths", "case_insensitive", "multiline", "description",
             "secretGroup", "x"]


@fuzz(300)
@given(raw=st.dictionaries(st.sampled_from(RULE_KEYS), st.one_of(CONFIG_VALUES, st.sampled_from(
    ["my-rule", "(a+)+b", "(?<=x)y", "[", "(?P<s>abc)", "\\Z", "(a)(b)"])), max_size=8),
       gitleaks=st.booleans())
def test_rule_loader(raw, gitleaks):
    from credgate.linter.ruleset import RuleSet, gitleaks_rules, rule_from_dict

    count("rules: credgate and gitleaks rule tables")
    try:
        rules = gitleaks_rules({"rules": [raw]}, "rules.toml") if gitleaks else [rule_from_dict(raw, "rules.toml",
                                                                                               "config")]
        for cr in RuleSet(rules).compiled:  # user rules compile on RE2 or under the time budget
            list(cr.pattern.finditer(b"token = aaaa ab AKIA" * 3, 0, 60))
    except ConfigError:
        pass


@fuzz(150)
@given(doc=JSONISH, rng=st.text(max_size=30))
def test_ci_event_and_range_parsers(doc, rng):
    from credgate.ci.codebuild import event_fields, split_range

    count("ci: EventBridge event and --range parsers")
    for call in (lambda: event_fields(doc), lambda: event_fields({"detail": doc}), lambda: split_range(rng)):
        try:
            call()
        except ConfigError:
            pass


@fuzz(200)
@given(text=st.text(max_size=200))
def test_scrub_message_never_grows_a_secret(text):
    from credgate.safety import scrub_message

    count("safety: exception-message scrubber")
    out = scrub_message(text)
    assert isinstance(out, str)
