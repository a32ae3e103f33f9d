"""IaC sniffing in bulk scans (issue 16): one hyperscan pass over a document's head finds its markers,
instead of ~20 substring searches.  Both ways must name the same kind for every document: the
fixtures, and seeded random documents whose markers sit on both sides of the 64 KB head boundary.
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

import credgate.iac as iac

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

pytestmark = pytest.mark.skipif(iac._marks_db(0, True) is None, reason="hyperscan is not installed here")


def _both(path: str, data: bytes) -> tuple:
    return iac.kind_of(path, data, bulk=False), iac.kind_of(path, data, bulk=True)


def test_every_marker_is_in_the_database():
    # a marker _content_kind asks about but the database lacks would raise KeyError in bulk mode
    src = Path(iac.__file__).read_text()
    body = src[src.index("def _content_kind"):src.index("# every marker _content_kind")]
    import re

    asked = {eval(m) for m in re.findall(r"in_head\((b['\"][^'\"]*['\"])\)", body)}  # noqa: S307 - our source
    assert asked and asked <= set(iac._MARKS)
    assert set(iac._CFN_STRONG) <= set(iac._MARKS)


def test_same_kind_on_every_fixture():
    n = kinds = 0
    for p in sorted(FIXTURES.rglob("*")):
        if p.is_file():
            plain, fast = _both(str(p.relative_to(FIXTURES)), p.read_bytes())
            assert plain == fast, p
            n += 1
            kinds += plain is not None
    assert n > 500 and kinds > 50  # the fixtures hold many templates of every kind


_MARKERS = [m.decode() for m in iac._MARKS] + ["parameter_overrides:", "[default.deploy.parameters]", "x = 1",
                                               '\nresource "aws_instance" "a" {\n', "\x00"]
_FILLER = ['{"id": 1, "name": "n"}\n', "key: value\n", "   \n", "- item\n", '"Type": "String",\n', "# comment\n"]


def _doc(rng: random.Random) -> bytes:
    if rng.random() < 0.05:  # a samconfig.toml under another name, small or padded past 8 KB
        return ("version = 0.1\n[default.deploy.parameters]\nparameter_overrides = \"Stage=prod\"\n"
                + "# pad\n" * rng.choice([0, 2_000, 12_000])).encode()
    if rng.random() < 0.05:  # Terraform without an extension, before or past 8 KB of comments
        tf = 'resource "aws_db_instance" "main" {\n  engine = "pg"\n}\n'
        return ("# pad\n" * rng.choice([0, 2_000]) + tf).encode()
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice([" \n{", "{", "-", "\n\n[", "  "]))
    size = rng.choice([200, 5_000, 9_000, 65_536, 70_000, 140_000])
    at = 0
    while at < size:
        if rng.random() < 0.15:
            s = rng.choice(_MARKERS)
        else:
            s = rng.choice(_FILLER)
        parts.append(s)
        at += len(s)
    doc = "".join(parts).encode()
    if rng.random() < 0.5:  # a marker across, just before or just after the 64 KB boundary
        m = rng.choice(_MARKERS).encode()
        cut = 65_536 - len(m) + rng.randint(-1, len(m) + 1)
        doc = doc[:cut].ljust(cut, b" ") + m + doc[cut:]
    return doc


def test_same_kind_on_random_documents():
    rng = random.Random(1616)
    seen = set()
    for i in range(1_500):
        ext = rng.choice(["", ".json", ".yaml", ".yml", ".template", ".toml", ".txt"])
        doc = _doc(rng)
        plain, fast = _both(f"dir/doc{i}{ext}", doc)
        assert plain == fast, (i, ext, len(doc))
        seen.add(plain)
    assert {None, "structured", "samconfig-toml", "samconfig-yaml", "terraform"} <= seen


def test_dir_scan_sniffs_the_same_in_bulk(tmp_path):
    # through the CLI: a tree big enough for the bulk path finds the template past the first megabyte
    for i in range(12):
        (tmp_path / f"dump{i:02d}.json").write_text('{"rows": [' + ", ".join(['{"k": "v"}'] * 12_000) + "]}\n")
    (tmp_path / "zz-stack.json").write_text(
        '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Fn": {"Type": "AWS::Lambda::Function",'
        ' "Properties": {"Environment": {"Variables": {"DB_PASSWORD": "Quartz&falcon2022x"}}}}}}\n')
    p = subprocess.run([sys.executable, "-m", "credgate", "dir", str(tmp_path), "--format", "json", "-q"],
                       capture_output=True, text=True, env={**__import__("os").environ, "CREDGATE_JOBS": "1"})
    assert p.returncode == 1, p.stderr
    assert "iac-" in p.stdout and "zz-stack.json" in p.stdout
