"""The bad-input matrix: each hostile item ends in a clear per-item error (a skip or a parse-error
finding), the rest of the scan completes, the exit code is the documented one, never a traceback.

One `credgate dir` run over a folder of hostile files (plus one planted secret that must still be
found) covers the file cases; repositories, git, configs and rules have their own runs.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import helpers
from tests.reliability.conftest import cli

CFN = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  X:\n    Type: AWS::S3::Bucket\n"


def _laughs() -> str:
    out = CFN + 'l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for i in range(1, 10):
        refs = ",".join([f"*l{i - 1}"] * 9)
        out += f"l{i}: &l{i} [{refs}]\n"
    return out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A folder of hostile files and the JSON report of one scan over it."""
    root = tmp_path_factory.mktemp("hostile")
    kid, sec = helpers.aws_pair()
    (root / "good.env").write_text(f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n")
    (root / "deep.template.json").write_text(
        '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"X": {"Type": "AWS::S3::Bucket", '
        '"Properties": {"a": ' + "[" * 50000 + "]" * 50000 + "}}}}")
    (root / "deep.yaml").write_text(CFN + "    Properties: " + "[" * 50000 + "]" * 50000 + "\n")
    (root / "deep-map.yaml").write_text(CFN + "".join("  " * i + f"k{i}:\n" for i in range(1000)))
    (root / "laughs.yaml").write_text(_laughs())
    (root / "broken.yaml").write_text(CFN + "    Properties: {Tags: [\n  : : :\n")
    (root / "broken.json").write_text('{"AWSTemplateFormatVersion": "2010-09-09",\n'
                                      ' "Resources": {"X": {"Type": "AWS::S3::Bucket", "Properties": [1, 2\n')
    stripe = helpers.stripe_live_key()
    (root / "tags.yaml").write_text(
        CFN + "    Properties: !Bogus\n      Key: !!python/object/apply:os.system [\"touch PWNED\"]\n"
        f"      Other: !Weird {stripe}\n")
    (root / "latin1.py").write_bytes(f"# caf\xe9\nGH = '{helpers.github_pat()}'\n".encode("latin-1"))
    ps_kid, ps_sec = helpers.aws_pair()  # PowerShell's Out-File writes UTF-16LE with a BOM
    (root / "utf16.ps1").write_bytes(f"$x = 1\r\n$env:AWS_ACCESS_KEY_ID = '{ps_kid}'\r\n"
                                     f"$env:AWS_SECRET_ACCESS_KEY = '{ps_sec}'\r\n".encode("utf-16"))
    (root / "nul.txt").write_bytes(b"token \x00 " + helpers.slack_bot_token().encode())
    with open(root / "huge.log", "wb") as fh:
        fh.truncate(11 * 1024 * 1024)  # over the default max_file_size of 10 MB
    os.mkfifo(root / "pipe")
    os.symlink("/dev/zero", root / "zero")
    (root / "loop").mkdir()
    os.symlink("..", root / "loop" / "up")
    os.symlink("self", root / "self")
    p = cli(["dir", str(root), "-f", "json"], cwd=root, timeout=120)
    doc = json.loads(p.out)
    return root, p, doc, (kid, sec, stripe)


def _skip(doc, name):
    return [s for s in doc["skipped"] if s["path"].endswith(name)]


def _findings(doc, name):
    return [f for f in doc["findings"] if f["path"].endswith(name)]


def test_rest_of_the_scan_completes(hostile):
    root, p, doc, (kid, sec, _) = hostile
    assert p.returncode == 1  # the planted key blocks; nothing else changed the exit code
    assert {f["rule_id"] for f in _findings(doc, "good.env")} >= {"aws-access-key-id", "aws-secret-access-key"}
    assert not (root / "PWNED").exists()


@pytest.mark.parametrize("name,reason", [
    ("deep.template.json", "iac-too-deep"),
    ("deep.yaml", "iac-too-deep"),
    ("deep-map.yaml", "iac-too-deep"),
    ("laughs.yaml", "iac-too-complex"),
    ("nul.txt", "binary"),
    ("huge.log", "too-large"),
    ("pipe", "not-regular"),
    ("zero", "symlink"),
    ("loop/up", "symlink"),
    ("self", "symlink"),
])
def test_hostile_file_is_one_listed_skip(hostile, name, reason):
    _, _, doc, _ = hostile
    got = _skip(doc, name)
    assert [s["reason"] for s in got] == [reason], doc["skipped"]
    assert got[0]["detail"]


@pytest.mark.parametrize("name", ["broken.yaml", "broken.json"])
def test_malformed_template_is_a_parse_error_finding_with_a_line(hostile, name):
    _, _, doc, _ = hostile
    errs = [f for f in _findings(doc, name) if f["rule_id"] == "iac-parse-error"]
    assert len(errs) == 1 and errs[0]["line"] >= 1
    assert not _skip(doc, name)


def test_unknown_yaml_tags_are_read_as_data_and_still_scanned(hostile):
    _, _, doc, (_, _, stripe) = hostile
    assert {f["rule_id"] for f in _findings(doc, "tags.yaml")} >= {"stripe-secret-key"}


def test_utf16_text_is_decoded_and_scanned_with_right_line_numbers(hostile):
    _, _, doc, _ = hostile
    got = {(f["rule_id"], f["line"]) for f in _findings(doc, "utf16.ps1")}
    assert {("aws-access-key-id", 2), ("aws-secret-access-key", 3)} <= got, doc["findings"]
    assert not _skip(doc, "utf16.ps1")


def test_too_large_skip_says_how_to_raise_the_limit(hostile):
    _, _, doc, _ = hostile
    (s,) = _skip(doc, "huge.log")
    assert "--max-file-size" in s["detail"] and "max_file_size" in s["detail"]


def test_latin1_text_is_scanned(hostile):
    _, _, doc, _ = hostile
    assert {f["rule_id"] for f in _findings(doc, "latin1.py")} == {"github-personal-access-token"}


def test_explicit_fifo_device_and_loop_paths_do_not_block(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    os.symlink("/dev/zero", tmp_path / "zero")
    os.symlink("loop", tmp_path / "loop")
    p = cli(["dir", str(tmp_path / "fifo"), str(tmp_path / "zero"), "/dev/zero", str(tmp_path / "loop"),
             "-f", "json"], timeout=60)
    assert p.returncode == 0
    reasons = {Path(s["path"]).name: s["reason"] for s in json.loads(p.out)["skipped"]}
    assert reasons == {"fifo": "not-regular", "zero": "not-regular", "loop": "broken-symlink"}
    p = cli(["dir", str(tmp_path / "fifo"), "--fail-on-skip"], timeout=60)
    assert p.returncode == 1


def test_unreadable_as_root_proc_file(tmp_path):
    """Root reads every mode-000 file; /proc/self/mem fails to read even for root (EIO)."""
    p = cli(["dir", "/proc/self/mem", "-f", "json"])
    assert p.returncode == 0
    assert [s["reason"] for s in json.loads(p.out)["skipped"]] == ["unreadable"]


DROP_PRIVS = r"""
import json, os, sys
from credgate.main import main
warm, target, out = sys.argv[1:4]
main(["dir", warm, "-f", "json", "-o", os.path.join(out, "warm.json")])  # imports everything first (a finding too)
os.setgroups([]); os.setgid(65534); os.setuid(65534)
sys.exit(main(["dir", target, "-f", "json", "-o", os.path.join(out, "report.json")]))
"""


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop to nobody; as a normal user chmod 000 is enough")
def test_unreadable_file_and_folder_after_dropping_root(tmp_path):
    """Tests run as root, which ignores file modes: the scan runs as nobody (uid 65534)."""
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="cg-nobody-"))
    try:
        os.chmod(base, 0o755)
        target, out, warm, cache = base / "t", base / "out", base / "warm", base / "cache"
        for d in (target, out, warm, cache):
            d.mkdir()
        os.chmod(out, 0o777)
        os.chmod(cache, 0o777)
        (warm / "a.txt").write_text("hello\n")
        # a finding in the warm-up too: what only a finding loads (hashlib for its fingerprint) is imported while
        # root can still read this interpreter's files
        kid, sec = helpers.aws_pair()
        (warm / "warm.env").write_text(f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n")
        (target / "readable.env").write_text(f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n")
        (target / "secret.txt").write_text("x\n")
        os.chmod(target / "secret.txt", 0)
        (target / "closed").mkdir()
        (target / "closed" / "inner.txt").write_text("x\n")
        os.chmod(target / "closed", 0)
        env = dict(os.environ, CREDGATE_CACHE_DIR=str(cache), HOME=str(base), CREDGATE_PROGRESS="0")
        proc = subprocess.run([sys.executable, "-c", DROP_PRIVS, str(warm), str(target), str(out)],
                              cwd=str(base), env=env, capture_output=True, timeout=120)
        assert b"Traceback" not in proc.stderr, proc.stderr.decode()
        assert proc.returncode == 1, proc.stderr.decode()
        doc = json.loads((out / "report.json").read_text())
        reasons = {Path(s["path"]).name: s["reason"] for s in doc["skipped"]}
        assert reasons == {"secret.txt": "unreadable", "closed": "unreadable"}
        assert {f["rule_id"] for f in doc["findings"]} >= {"aws-access-key-id"}
    finally:
        for p in base.rglob("*"):
            if p.is_dir():
                os.chmod(p, 0o755)
        shutil.rmtree(base)


def test_thirty_megabyte_line(tmp_path):
    """A 30 MB single line over the size limit is one skip; raised past it, it is scanned to its end."""
    kid, sec = helpers.aws_pair()
    big = tmp_path / "minified.js"
    with open(big, "wb") as fh:
        fh.write(b"var a='" + b"x" * (30 * 1024 * 1024) + f"';var k='{kid}';\n".encode())
    p = cli(["dir", str(big), "-f", "json"])
    assert p.returncode == 0
    assert [s["reason"] for s in json.loads(p.out)["skipped"]] == ["too-large"]
    p = cli(["dir", str(big), "-f", "json", "--max-file-size", "64MB"], timeout=120)
    doc = json.loads(p.out)
    assert [f["rule_id"] for f in doc["findings"]] == ["aws-access-key-id"]
    assert doc["skipped"] == []


# ------------------------------------------------------------------ git
@pytest.fixture
def repo(tmp_path):
    r = helpers.init_repo(tmp_path / "repo")
    kid, sec = helpers.aws_pair()
    helpers.commit_file(r, "README.md", "hello\n", "first")
    helpers.commit_file(r, "old.env", f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n", "second")
    helpers.commit_file(r, "notes.txt", "more\n", "third")
    helpers.git(r, "rm", "-q", "old.env")
    helpers.git(r, "commit", "-q", "-m", "remove the key")
    return r


def _loose_object_path(repo: Path, oid: str) -> Path:
    return repo / ".git" / "objects" / oid[:2] / oid[2:]


def test_corrupt_repository_missing_blob(repo):
    oid = helpers.git(repo, "rev-parse", "HEAD:notes.txt").strip()
    _loose_object_path(repo, oid).unlink()
    p = cli(["git", str(repo), "-f", "json"])
    doc = json.loads(p.out)
    assert p.returncode == 1  # the secret in the intact part is still found
    assert {f["rule_id"] for f in doc["findings"]} >= {"aws-access-key-id"}
    assert any(s["reason"] in ("missing", "git-error") for s in doc["skipped"]), doc["skipped"]


def test_corrupt_repository_garbage_object(repo):
    oid = helpers.git(repo, "rev-parse", "HEAD:README.md").strip()
    obj = _loose_object_path(repo, oid)
    os.chmod(obj, 0o644)
    obj.write_bytes(b"\x78\x9c garbage, not zlib")
    p = cli(["git", str(repo), "-f", "json"])
    assert p.returncode in (1, 2), p.err
    if p.returncode == 2:  # git refuses the whole walk: a clear error, not a traceback
        assert "credgate: error:" in p.err
    else:
        assert json.loads(p.out)["skipped"]


def test_shallow_clone_is_scanned_as_far_as_it_goes(repo, tmp_path):
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)], check=True,
                   env=helpers.git_env())
    p = cli(["git", str(clone), "-f", "json"])
    doc = json.loads(p.out)
    assert p.returncode == 0  # the secret lives only in a commit the clone does not have...
    assert any("shallow" in (s["reason"] + s["detail"]).lower() for s in doc["skipped"]), doc["skipped"]
    p = cli(["git", str(clone), "--fail-on-skip"])  # ...which --fail-on-skip turns into a block
    assert p.returncode == 1


def _no_git_env(tmp_path: Path) -> dict:
    bindir = tmp_path / "bin-without-git"
    bindir.mkdir(exist_ok=True)
    return {"PATH": str(bindir)}


def test_missing_git_binary(repo, tmp_path):
    env = _no_git_env(tmp_path)
    p = cli(["git", str(repo)], env=env)
    assert p.returncode == 2 and "git is not installed" in p.err
    p = cli(["git", "--staged"], cwd=repo, env=env)
    assert p.returncode == 1 and "git is not installed" in p.out
    p = cli(["hook", "pre-commit"], cwd=repo, env=env)
    assert p.returncode == 123 and "--no-verify" in p.err
    # dir: the .git folder is one skip, the work tree is still scanned
    kid, sec = helpers.aws_pair()
    (repo / "fresh.env").write_text(f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n")
    p = cli(["dir", str(repo), "-f", "json"], env=env)
    doc = json.loads(p.out)
    assert p.returncode == 1
    assert [s["reason"] for s in doc["skipped"]] == ["git-error"]
    assert {Path(f["path"]).name for f in doc["findings"]} == {"fresh.env"}


def test_bad_range_fails_closed(repo):
    p = cli(["git", str(repo), "--range", "nosuch..HEAD"])
    assert p.returncode == 1
    assert "could not read the changes" in p.out


# ------------------------------------------------------------ configs and rules
@pytest.mark.parametrize("text,expect", [
    ('fail_on = "high"\nmax_file_size = \n', "line 2"),
    ('fail_on = "extreme"\n', "fail_on"),
    ('[[allowlist]]\nregexes = ["(unclosed"]\n', "invalid regex"),
    ('[[allowlist]]\nbogus = 1\n', "unknown allowlist key"),
    ('max_file_size = "lots"\n', "max_file_size"),
    ('[[rules]]\nid = "my-rule"\nname = "x"\nregex = "a"\nsecret_group = 3\n', "secret_group"),
    ("\xff\xfe bad bytes", "UTF-8"),
])
def test_config_errors_exit_2_and_say_where(tmp_path, text, expect):
    cfg = tmp_path / "bad.toml"
    cfg.write_bytes(text.encode("latin-1"))
    (tmp_path / "a.txt").write_text("hello\n")
    p = cli(["dir", str(tmp_path / "a.txt"), "-c", str(cfg)])
    assert p.returncode == 2
    assert "credgate: error:" in p.err and str(cfg) in p.err and expect in p.err


def test_invalid_custom_rule_regex_exits_2(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rules]]\nid = "broken"\nname = "broken"\nregex = "(unclosed"\n')
    (tmp_path / "a.txt").write_text("hello\n")
    p = cli(["dir", str(tmp_path / "a.txt"), "--rules", str(rules)])
    assert p.returncode == 2 and "invalid regex" in p.err and "broken" in p.err


EVIL = '[[rules]]\nid = "evil"\nname = "evil"\nregex = {regex!r}\nkeywords = ["token"]\n'


def _evil_files(tmp_path: Path, regex: str) -> tuple[Path, Path]:
    rules = tmp_path / "rules.toml"
    rules.write_text(EVIL.format(regex=regex).replace("'", '"').replace('\\\\', '\\'))
    (tmp_path / "slow.txt").write_text("token = " + "a" * 4000 + "! ab\n")
    kid, sec = helpers.aws_pair()
    (tmp_path / "other.env").write_text(f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n")
    return rules, tmp_path


def test_catastrophic_rule_runs_in_linear_time_on_re2(tmp_path):
    """(a+)+b on a long line of a's: exponential for backtracking, linear on RE2, so it just finishes."""
    rules, root = _evil_files(tmp_path, "(a+)+b")
    p = cli(["dir", str(root / "slow.txt"), str(root / "other.env"), "--rules", str(rules), "-f", "json"],
            env={"CREDGATE_RULE_TIMEOUT": "30"}, timeout=60)
    doc = json.loads(p.out)
    assert doc["skipped"] == []
    assert "evil" in {f["rule_id"] for f in doc["findings"]}


def test_catastrophic_rule_re2_cannot_express_is_cut_off_and_reported(tmp_path):
    """A look-behind keeps it on Python re: the time budget ends it, the item is a skip, the rest is scanned."""
    rules, root = _evil_files(tmp_path, "(?<=token = )(a+)+b")
    args = ["dir", str(root / "slow.txt"), str(root / "other.env"), "--rules", str(rules), "-f", "json"]
    env = {"CREDGATE_RULE_TIMEOUT": "0.5"}
    p = cli(args, env=env, timeout=60)
    doc = json.loads(p.out)
    assert p.returncode == 1  # the AWS key in other.env
    assert [(Path(s["path"]).name, s["reason"]) for s in doc["skipped"]] == [("slow.txt", "rule-timeout")]
    assert "evil" in doc["skipped"][0]["detail"]
    assert {f["rule_id"] for f in doc["findings"]} >= {"aws-access-key-id"}
    p = cli(args[:-2] + ["--fail-on-skip"], env=env, timeout=60)
    assert p.returncode == 1


def test_rule_time_budget_from_config(tmp_path):
    rules, root = _evil_files(tmp_path, "(?<=token = )(a+)+b")
    cfg = tmp_path / "cfg.toml"
    cfg.write_text("[limits]\nrule_timeout = 0.4\n")
    p = cli(["dir", str(root / "slow.txt"), "--rules", str(rules), "-c", str(cfg), "-f", "json"], timeout=60)
    skips = json.loads(p.out)["skipped"]
    assert [s["reason"] for s in skips] == ["rule-timeout"] and "0.4s budget" in skips[0]["detail"]
