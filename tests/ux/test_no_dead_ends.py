"""Issue 18 "No dead ends", the report side: every hint names the right thing and can be followed as written."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from tests.helpers import aws_pair, commit_file, git, github_pat, init_repo, run_credgate
from tests.ux.ptyrun import run_in_pty

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = pytest.importorskip("tomli")

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
PASSWORD = "Zq8!vR2#mW7pLx4Tn9Kd"  # synthetic test value
CFN = f"""AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  DbPassword:
    Type: String
    Default: "{PASSWORD}"
Resources:
  Bucket:
    Type: AWS::S3::Bucket
"""
ECS = ('{"family": "app", "containerDefinitions": [{"name": "app", "image": "x", '
       '"environment": [{"name": "DB_PASSWORD", "value": "Hq7#kP2!xW9mLz4Rt8Vd"}]}]}\n')


def _blocks(out: str) -> dict[str, str]:
    blocks: dict[str, str] = {}
    cur = None
    for line in out.splitlines():
        m = re.match(r"^(\S+):(\d+):\d+  ", line)
        if m:
            cur = m.group(1)
            blocks[cur] = line + "\n"
        elif cur and line.startswith("  "):
            blocks[cur] += line + "\n"
        else:
            cur = None
    return blocks


def test_secret_names_come_from_the_slot_never_default_or_value(tmp_path):
    (tmp_path / "stack.yaml").write_text(CFN)
    (tmp_path / "taskdef.json").write_text(ECS)
    proc = run_credgate(["dir", "."], cwd=tmp_path)
    out = proc.stdout.decode()
    assert proc.returncode == 1, out + proc.stderr.decode()
    blocks = _blocks(out)
    cfn, ecs = blocks["stack.yaml"], blocks["taskdef.json"]
    assert "create-secret --name db-password" in cfn and "{{resolve:secretsmanager:db-password}}" in cfn, cfn
    assert "create-secret --name db-password" in ecs and '"name": "DB_PASSWORD"' in ecs, ecs
    for bad in ("--name default", "--name value", "--name secret", "secretsmanager:default", "--name app "):
        assert bad not in out, out


def test_json_allow_hint_is_a_complete_config_snippet_that_works(tmp_path):
    pat = github_pat()
    (tmp_path / "hooks.json").write_text(f'{{"github": "{pat}"}}\n')
    proc = run_credgate(["dir", "."], cwd=tmp_path)
    out = proc.stdout.decode()
    assert proc.returncode == 1 and pat not in out
    block = _blocks(out)["hooks.json"]
    lines = block.splitlines()
    i = next(n for n, l in enumerate(lines) if l.startswith("  allow "))
    assert "cannot hold a comment" in lines[i]
    snippet = "\n".join(l.strip() for l in lines[i + 1:i + 4])
    assert snippet.startswith("[[allowlist]]"), snippet
    doc = tomllib.loads(snippet)  # valid TOML as printed
    entry = doc["allowlist"][0]
    assert entry["reason"] and len(entry["fingerprints"]) == 1
    # following the hint as written allows exactly this finding
    (tmp_path / ".credgate.toml").write_text(snippet + "\n")
    again = run_credgate(["dir", "."], cwd=tmp_path)
    assert again.returncode == 0, again.stdout.decode() + again.stderr.decode()


def _repo_with_remote(tmp_path: Path) -> tuple[Path, Path]:
    remote = init_repo(tmp_path / "remote.git", bare=True)
    repo = init_repo(tmp_path / "work")
    commit_file(repo, "README.md", "hello\n", "first")
    git(repo, "remote", "add", "origin", str(remote))
    git(repo, "push", "-q", "-u", "origin", "main")
    return repo, remote


def test_blocked_push_says_nothing_left_and_how_to_rewrite_the_unpushed_commits(tmp_path):
    repo, _ = _repo_with_remote(tmp_path)
    key_id, secret = aws_pair()
    base = git(repo, "rev-parse", "HEAD").strip()
    sha = commit_file(repo, "app/settings.py", f'AWS_SECRET_ACCESS_KEY = "{secret}"\n', "settings")
    stdin = f"refs/heads/main {sha} refs/heads/main {base}\n".encode()
    proc = run_credgate(["hook", "pre-push", "origin", str(tmp_path / "remote.git")], cwd=repo, input=stdin)
    out = proc.stdout.decode()
    assert proc.returncode == 1, out + proc.stderr.decode()
    assert secret not in out
    assert "nothing has left this machine" in out and sha[:12] in out
    assert "git reset --soft @{u}" in out and "git rebase -i @{u}" in out and "git rebase -i <base>" in out
    assert "already stored where others can read it" not in out
    assert "end line 1 with" not in out  # a comment cannot change the commits being pushed
    assert "only affects future scans" in out and "[[allowlist]]" in out and "fingerprints = [" in out
    # the same through credgate git --pre-push, in every human format
    proc = run_credgate(["git", ".", "--pre-push", "origin"], cwd=repo, input=stdin)
    assert proc.returncode == 1 and "nothing has left this machine" in proc.stdout.decode()
    md = run_credgate(["git", ".", "--pre-push", "origin", "--format", "markdown"], cwd=repo, input=stdin).stdout
    md_text = md.decode()
    assert "- push: nothing has left this machine" in md_text and "```sh\n  git reset --soft @{u}" in md_text
    assert "```toml\n  [[allowlist]]" in md_text and secret not in md_text
    page = run_credgate(["git", ".", "--pre-push", "origin", "--format", "html"], cwd=repo, input=stdin).stdout.decode()
    assert "<dt>Before pushing</dt>" in page and "git rebase -i @{u}" in page and secret not in page
    assert "already stored where others can read it" not in md_text + page


def test_pushed_history_finding_says_rotate_first(tmp_path):
    repo, _ = _repo_with_remote(tmp_path)
    pat = github_pat()
    commit_file(repo, "client.js", f'const token = "{pat}";\n', "client")
    git(repo, "push", "-q", "origin", "main")
    proc = run_credgate(["git", "."], cwd=repo)
    out = proc.stdout.decode()
    assert proc.returncode == 1, out + proc.stderr.decode()
    assert pat not in out
    rot = [l for l in out.splitlines() if l.startswith("  rotate")]
    assert rot and "revoke it first: it is already pushed (origin/main" in rot[0], out
    assert "nothing has left this machine" not in out


def test_other_places_are_named_with_path_line_and_commit(tmp_path):
    repo = init_repo(tmp_path / "r")
    pat = github_pat()
    c1 = commit_file(repo, "a.py", f'TOKEN = "{pat}"\n', "a")
    c2 = commit_file(repo, "b/c.py", f'\n\nGH = "{pat}"\n', "b")
    proc = run_credgate(["git", "."], cwd=repo)
    out = proc.stdout.decode()
    assert proc.returncode == 1, out
    assert "seen in 1 other place:" in out and "place(s)" not in out
    named = re.findall(r"^ {10}(\S+:\d+) \(commit ([0-9a-f]{12})\)$", out, re.M)
    assert named and named[0][1] in (c1[:12], c2[:12]), out
    assert named[0][0] in ("a.py:1", "b/c.py:3")


def test_many_other_places_end_with_and_n_more(tmp_path):
    pat = github_pat()
    for i in range(14):
        (tmp_path / f"f{i:02d}.py").write_text(f'TOKEN = "{pat}"\n')
    out = run_credgate(["dir", "."], cwd=tmp_path).stdout.decode()
    assert "seen in 13 other places:" in out
    assert len(re.findall(r"^ {10}f\d\d\.py:1$", out, re.M)) == 10
    assert re.search(r"^ {10}and 3 more ", out, re.M), out


def test_reports_say_what_was_scanned_and_when(tmp_path):
    repo = init_repo(tmp_path / "r")
    base = commit_file(repo, "README.md", "hi\n", "first")
    pat = github_pat()
    head = commit_file(repo, "a.py", f'TOKEN = "{pat}"\n', "a")
    rng = f"{base}..{head}"
    md = run_credgate(["git", ".", "--range", rng, "--format", "markdown"], cwd=repo).stdout.decode()
    line = next(l for l in md.splitlines() if l.startswith("Scanned "))
    assert f"at HEAD {head[:12]}" in line and f"range {rng}" in line
    assert re.search(r"Scan time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\.$", line), line
    page = run_credgate(["git", ".", "--range", rng, "--format", "html"], cwd=repo).stdout.decode()
    m = re.search(r'<div class="meta" id="scanned">([^<]*)</div>', page)
    assert m and head[:12] in m.group(1) and rng in m.group(1) and "scan time 20" in m.group(1), page
    doc = json.loads(run_credgate(["git", ".", "--range", rng, "--format", "json"], cwd=repo).stdout)
    assert doc["scan"]["head"] == head and doc["scan"]["range"] == rng and doc["scan"]["time"].endswith("Z")
    sarif = json.loads(run_credgate(["git", ".", "--range", rng, "--format", "sarif"], cwd=repo).stdout)
    assert sarif["runs"][0]["properties"]["scan"]["head"] == head
    # a plain directory scan: no repository to name, still the command and the time
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.py").write_text(f'TOKEN = "{pat}"\n')
    md = run_credgate(["dir", ".", "--format", "markdown"], cwd=tmp_path / "d").stdout.decode()
    assert re.search(r"^Scanned credgate dir\. Scan time: \d{4}-", md, re.M), md
    for text in (md, page, json.dumps(doc), json.dumps(sarif)):
        assert pat not in text


def test_text_wraps_at_the_terminal_width_with_a_hanging_indent_and_not_in_pipes(tmp_path):
    (tmp_path / "stack.yaml").write_text(CFN)
    rc, tty = run_in_pty(["dir", ".", "--color", "never"], cwd=tmp_path,
                         env={"COLUMNS": "80", "CREDGATE_PROGRESS": "0"})
    out = ANSI.sub("", tty).replace("\r", "")
    assert rc == 1, out
    block = _blocks(out)["stack.yaml"]
    lines = block.splitlines()
    why = next(n for n, l in enumerate(lines) if l.startswith("  why "))
    assert lines[why + 1].startswith(" " * 10) and not lines[why + 1].startswith(" " * 11)  # hanging indent
    for l in lines[1:]:
        if "[[allowlist]]" in l or "fingerprints = [" in l:
            continue  # config snippets are never cut
        assert len(l) <= 80, l
    assert "# credgate:allow=iac-cfn-parameter-default-secret" in out  # the comment to copy stays whole
    piped = run_credgate(["dir", "."], cwd=tmp_path).stdout.decode()
    why_line = next(l for l in piped.splitlines() if l.startswith("  why "))
    assert "not a reference" in why_line and len(why_line) > 100  # one line per field off a terminal


def test_aws_locations_name_the_arn_and_field_not_line_col(tmp_path, aws_client, moto_endpoint):
    role = aws_client("iam").create_role(
        RoleName="svc", AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}),
    )["Role"]["Arn"]
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("index.py", "def h(e, c):\n    return 1\n")
    pat = github_pat()
    aws_client("lambda").create_function(FunctionName="billing", Runtime="python3.11", Role=role,
                                         Handler="index.h", Code={"ZipFile": buf.getvalue()},
                                         Environment={"Variables": {"GH_TOKEN": pat}})
    proc = run_credgate(["aws", "--regions", "us-east-1", "--services", "lambda", "--no-state", "--max-attempts", "1"],
                        cwd=tmp_path, env={"AWS_ENDPOINT_URL": moto_endpoint})
    out = proc.stdout.decode()
    assert proc.returncode == 1, out + proc.stderr.decode()
    assert pat not in out
    head = next(l for l in out.splitlines() if l.startswith("arn:"))
    assert re.match(r"^arn:aws:lambda:us-east-1:\d{12}:function:billing \(field [^)]*GH_TOKEN[^)]*\)  ", head), head
    assert not re.search(r"function:billing:\d+:\d+", out), out
    assert re.search(r"\(field Environment\.Variables\.GH_TOKEN\)", head), head  # the ARN once, then the field
    assert "--name gh-token" in out
    html = run_credgate(["aws", "--regions", "us-east-1", "--services", "lambda", "--no-state", "--max-attempts", "1",
                         "--format", "html"], cwd=tmp_path, env={"AWS_ENDPOINT_URL": moto_endpoint}).stdout.decode()
    assert "function:billing</code>" in html and "field <code>Environment.Variables.GH_TOKEN</code>" in html
    assert "AWS account(s) 123456789012" in html and "region(s) us-east-1" in html and pat not in html


def test_unpushed_history_finding_is_not_called_published(tmp_path):
    repo = init_repo(tmp_path / "r")  # no remote at all
    pat = github_pat()
    commit_file(repo, "client.js", f'const token = "{pat}";\n', "client")
    out = run_credgate(["git", "."], cwd=repo).stdout.decode()
    rot = [l for l in out.splitlines() if l.startswith("  rotate")]
    assert rot and "if that commit was ever pushed or shared, revoke it first" in rot[0], out
    assert "already pushed" not in out and "already stored where others can read it" not in out
    assert "// credgate:allow" not in out and "only affects future scans" in out


def test_a_setting_under_an_unknown_table_is_named_not_silently_ignored(tmp_path):
    """`[linter]\\ndisabled_rules = [...]` looked like it disabled a rule and did nothing, without a word; every
    command now says which table it ignored and where the setting belongs (a typo'd table name gets its match)."""
    repo = init_repo(tmp_path / "r")
    key_id, secret = aws_pair()
    commit_file(repo, "cfg.py", f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n')
    (repo / ".credgate.toml").write_text('[linter]\ndisabled_rules = ["aws-access-key-id"]\n'
                                         '[cii]\nfail_on = "critical"\n[reporting]\ncolor = "never"\n')
    proc = run_credgate(["dir", "."], cwd=repo)
    err = proc.stdout.decode() + proc.stderr.decode()  # with findings, the warnings are part of the report
    assert proc.returncode == 1, err  # nothing was disabled, and it says so
    assert "unknown table [linter] ignored: disabled_rules belongs at the top of the file, before any [table]" in err
    assert "unknown table [cii] ignored (did you mean [ci]?)" in err, err
    assert "unknown table [reporting] ignored (known tables: archives, aws, ci, gate, limits, server, verify)" in err
    # the tables credgate reads are not warned about
    (repo / ".credgate.toml").write_text('fail_on = "high"\n[ci]\nfail_on = "high"\n[archives]\nmax_depth = 3\n'
                                         '[aws]\nregions = ["us-east-1"]\n[entropy]\ndefault = 3.5\n')
    proc = run_credgate(["dir", "."], cwd=repo)
    assert b"unknown" not in proc.stderr + proc.stdout, proc.stderr.decode()
    # the hook says it too: a developer sees it on the next commit
    (repo / ".credgate.toml").write_text('[linter]\ndisabled_rules = ["aws-access-key-id"]\n')
    (repo / "b.txt").write_text("nothing\n")
    git(repo, "add", "b.txt")
    hook = run_credgate(["hook", "pre-commit"], cwd=repo)
    assert hook.returncode == 0 and b"unknown table [linter] ignored" in hook.stdout + hook.stderr, hook
