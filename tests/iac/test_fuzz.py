"""Hostile or random input never escapes the loaders as anything but ParseError / TooDeep."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from credgate.iac.loader import ParseError, TooDeep, load_json, load_yaml

_PIECES = st.sampled_from(["AWSTemplateFormatVersion: x\n", "Resources:\n", "  A:\n", "    Type: AWS::S3::Bucket\n",
                           "!Ref ", "!Sub |\n", "&a ", "*a ", "[", "]", "{", "}", "- ", ": ", '"', "'", "\t", "\n",
                           "<<: *a\n", "!GetAtt A.B", "---\n", "\\u00e9", "\udc80", "key", ",", "#", "%YAML 1.1\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_yaml_loader_raises_only_its_own_errors(text):
    try:
        load_yaml(text)
    except (ParseError, TooDeep):
        pass


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(['{', '}', '[', ']', '"a"', ':', ',', '1', 'true',
                                                                   'null', ' ', '"\\u12"', '-', 'e']), max_size=40).map("".join)))
def test_json_loader_raises_only_its_own_errors(text):
    try:
        load_json(text)
    except (ParseError, TooDeep):
        pass


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_engine_never_raises_on_template_like_text(text):
    from credgate.config import Config
    from credgate.linter.engine import Engine
    from credgate.models import Fragment

    engine = Engine(Config())
    data = ("AWSTemplateFormatVersion: x\n" + text).encode("utf-8", "surrogateescape")
    found, skips = engine.scan(Fragment("t.yaml", data))
    assert all(s.reason != "iac-error" for s in skips), skips
