"""No secret leaks from credgate itself: every output format, debug logs, baselines, history,
AWS audit state and exception messages hold planted secrets redacted, unless --no-redact."""
from __future__ import annotations

import json
import os
import stat

import pytest

from tests import helpers
from tests.reliability import corpus
from tests.reliability.conftest import cli

FORMATS = ["text", "json", "jsonl", "sarif", "junit", "csv", "markdown", "html", "asff"]


def test_planted_secrets_are_found(planted):
    """The leak checks below mean something only if the corpus is really detected."""
    root, secrets = planted
    p = cli(["dir", str(root), "-f", "json", "--no-redact"])
    assert p.returncode == 1
    doc = json.loads(p.out)
    shown = "\n".join(f["secret"] for f in doc["findings"])
    missing = [s.value[:6] for s in secrets if not corpus.leaks(shown, [s])]
    assert not missing, f"planted but not found: {missing}"
    # --no-redact is the one way to see them, and the leak check sees it
    assert len(corpus.leaks(p.out, secrets)) == len(secrets)


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_format_leaks(planted, tmp_path, fmt):
    root, secrets = planted
    # stdout, with the most talkative settings: verbose, debug
    p = cli(["dir", str(root), "-f", fmt, "-v"], env={"CREDGATE_DEBUG": "1"})
    assert p.returncode == 1, p.err
    assert len(p.out) > 500
    assert corpus.leaks(p.out, secrets) == []
    assert corpus.leaks(p.err, secrets) == []
    # a report file: same content rules, private mode
    out = tmp_path / f"report.{fmt}"
    p = cli(["dir", str(root), "-f", fmt, "-o", str(out)])
    assert p.returncode == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert corpus.leaks(out.read_text(), secrets) == []
    assert corpus.leaks(p.out + p.err, secrets) == []
    assert not [x for x in tmp_path.iterdir() if x.name.startswith(".")], "temporary report file left behind"


def test_asff_redacts_even_with_no_redact(planted):
    root, secrets = planted
    p = cli(["dir", str(root), "-f", "asff", "--no-redact"])
    assert corpus.leaks(p.out, secrets) == []


def test_second_secret_on_a_line_is_redacted_in_every_finding(tmp_path):
    """A finding shows its line; another secret on that line must not show through it."""
    kid, sec = helpers.aws_pair()
    pat = helpers.github_pat()
    (tmp_path / "one.sh").write_text(f"export AWS_ACCESS_KEY_ID={kid} AWS_SECRET_ACCESS_KEY={sec} GH={pat}\n")
    secrets = [corpus.Planted(kid, kid[4:]), corpus.Planted(sec, sec), corpus.Planted(pat, pat[4:])]
    for fmt in ("text", "html", "markdown", "asff", "json", "sarif"):
        p = cli(["dir", str(tmp_path / "one.sh"), "-f", fmt, "-v"])
        assert p.returncode == 1
        assert corpus.leaks(p.out + p.err, secrets) == [], fmt


def test_baseline_holds_no_secret(planted, tmp_path):
    root, secrets = planted
    bl = tmp_path / "baseline.json"
    p = cli(["baseline", "create", str(root), "--baseline", str(bl)])
    assert p.returncode == 0, p.err
    text = bl.read_text()
    assert len(json.loads(text)["entries"]) >= len(secrets) - 1
    assert corpus.leaks(text, secrets) == []
    assert corpus.leaks(p.out + p.err, secrets) == []
    # and the baseline works: nothing new
    p = cli(["baseline", "check", str(root), "--baseline", str(bl)])
    assert p.returncode == 0, p.out + p.err
    assert corpus.leaks(p.out + p.err, secrets) == []


def test_history_scan_leaks_nothing(planted, tmp_path):
    root, secrets = planted
    repo = helpers.init_repo(tmp_path / "repo")
    for f in sorted(root.rglob("*")):
        if f.is_file():
            helpers.commit_file(repo, f.relative_to(root).as_posix(), f.read_bytes(), message=f"add {f.name}")
    helpers.git(repo, "rm", "-q", "app.env")
    helpers.git(repo, "commit", "-q", "-m", "remove the env file")
    for fmt in ("json", "html", "sarif"):
        p = cli(["git", str(repo), "-f", fmt, "-v"], env={"CREDGATE_DEBUG": "1"})
        assert p.returncode == 1, p.err
        assert corpus.leaks(p.out + p.err, secrets) == [], fmt


def test_aws_audit_state_and_report_leak_nothing(aws_client, moto_endpoint, tmp_path):
    """A secret in a Lambda environment: the report, the incremental state file and stderr stay clean."""
    import io
    import zipfile

    kid, sec = helpers.aws_pair()
    stripe = helpers.stripe_live_key()
    secrets = [corpus.Planted(kid, kid[4:]), corpus.Planted(sec, sec), corpus.Planted(stripe, stripe[8:])]
    iam = aws_client("iam")
    role = iam.create_role(RoleName="leak-test", AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                                                "Action": "sts:AssumeRole"}]}))["Role"]["Arn"]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("index.py", "def handler(e, c):\n    return 1\n")
    aws_client("lambda").create_function(
        FunctionName="leaky", Runtime="python3.12", Role=role, Handler="index.handler",
        Code={"ZipFile": buf.getvalue()},
        Environment={"Variables": {"AWS_ACCESS_KEY_ID": kid, "AWS_SECRET_ACCESS_KEY": sec, "STRIPE_KEY": stripe}})
    state = tmp_path / "state.json"
    env = {"AWS_ENDPOINT_URL": moto_endpoint, "CREDGATE_DEBUG": "1"}
    for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION"):
        env[k] = os.environ[k]
    for fmt in ("json", "html"):
        p = cli(["aws", "--regions", "us-east-1", "--services", "lambda", "--state", str(state),
                 "--full", "-f", fmt, "-v"], env=env)
        assert p.returncode == 1, p.out + p.err
        assert corpus.leaks(p.out + p.err, secrets) == []
        if fmt == "json":
            assert {f["rule_id"] for f in json.loads(p.out)["findings"]} >= {"aws-access-key-id"}
    assert stat.S_IMODE(state.stat().st_mode) == 0o600
    text = state.read_text()
    assert "leaky" in text and corpus.leaks(text, secrets) == []
    json.loads(text)


def test_internal_error_message_and_debug_traceback_are_redacted(monkeypatch, capsys):
    """An exception that quotes a secret (a bug somewhere) prints it redacted, and a gate blocks."""
    import types

    from credgate import main as cg_main

    sec = helpers.aws_secret()
    import importlib.machinery

    mod = types.ModuleType("credgate_leaky_cmd")
    mod.__spec__ = importlib.machinery.ModuleSpec("credgate_leaky_cmd", None)

    def add_arguments(p):
        p.set_defaults(hook_mode=True)

    def run(args):
        raise ValueError(f"could not parse value {sec!r} in settings.py")

    mod.add_arguments, mod.run = add_arguments, run
    monkeypatch.setitem(__import__("sys").modules, "credgate_leaky_cmd", mod)
    monkeypatch.setitem(cg_main.COMMANDS, "leaky", ("credgate_leaky_cmd", "test command"))
    for debug in ("", "1"):
        monkeypatch.setenv("CREDGATE_DEBUG", debug)
        rc = cg_main.main(["leaky"])
        err = capsys.readouterr().err
        assert rc == 123
        assert "internal error: ValueError" in err and "--no-verify" in err
        assert sec[:8] not in err and sec[-8:] not in err
        assert sec[:4] in err  # redacted form, recognisable
        if debug:
            assert "Traceback" in err and "settings.py" in err


def test_secret_in_file_branch_and_tag_names_is_redacted_everywhere(tmp_path):
    """A file, branch or tag named after the token it holds, and a commit message quoting it: every format
    of `credgate git`, `credgate dir` and `credgate ci` redacts the token wherever the name shows."""
    tok = helpers.github_pat()
    kid, sec = helpers.aws_pair()
    secrets = [corpus.Planted(tok, tok[4:]), corpus.Planted(kid, kid[4:])]
    repo = helpers.init_repo(tmp_path / "repo")
    helpers.commit_file(repo, "README.md", "hello\n", "first")
    helpers.git(repo, "checkout", "-q", "-b", f"leak-{tok}")
    helpers.commit_file(repo, f"leak-{tok}.env", f"GITHUB_TOKEN={tok}\n", f"add {tok} for now")
    helpers.commit_file(repo, f"keys/{kid}.txt", f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n",
                        f"keys of {kid}")
    helpers.git(repo, "tag", f"leak-{tok}")
    # control: the names do show without redaction, so the check below sees them
    p = cli(["git", str(repo), "-f", "json", "--no-redact"])
    assert p.returncode == 1 and f"leak-{tok}.env" in p.out and f"branch:leak-{tok}" in p.out, p.out[:2000]
    runs = [["git", str(repo)], ["dir", str(repo)], ["ci", "--repo", str(repo), "--range", f"main..leak-{tok}"]]
    for args in runs:
        for fmt in FORMATS:
            p = cli([*args, "-f", fmt, "-v"], cwd=repo)
            assert p.returncode == 1, (args, fmt, p.err)
            assert "leak-" in p.out, (args, fmt)  # the names are there, redacted
            assert corpus.leaks(p.out, secrets) == [] and corpus.leaks(p.err, secrets) == [], (args[0], fmt)
        # the gate's own reports too
        out = tmp_path / "out"
        p = cli([*args[:1], *args[1:], "-f", "json", "-o", str(out / "r.json")] if args[0] != "ci" else
                [*args, "--junit", str(out / "j.xml"), "--sarif", str(out / "s.sarif"), "--markdown", str(out / "c.md")],
                cwd=repo)
        assert p.returncode == 1, p.err
        for f in out.iterdir():
            assert corpus.leaks(f.read_text(), secrets) == [], (args[0], f.name)


def test_scrub_message_redacts_a_secret_that_starts_with_a_slash():
    """An AWS secret access key may begin with "/": it must not pass as a file path in an error message."""
    from credgate.safety import scrub_message

    secret = "/" + "HkKPFeL0Z3mGq8Rt2vWx9yZa1bC3dE5fG7hI9jK"  # synthetic test value, 40 characters
    path_with_secret = "/srv/creds/" + secret[1:] + "/x"
    out = scrub_message(f"boom {secret} and {path_with_secret} in /tmp/pytest-of-root/pytest-3/test_x0/repo/app.py")
    assert secret not in out and secret[1:] not in out
    assert "/tmp/pytest-of-root/pytest-3/test_x0/repo/app.py" in out  # ordinary paths stay readable
