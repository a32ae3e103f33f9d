"""The text screen a developer sees when credgate blocks: short, exact, actionable, safe for the terminal."""
from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import aws_pair, github_pat, run_credgate, slack_bot_token, stripe_live_key
from tests.ux.ptyrun import run_in_pty

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _plant(tmp_path: Path) -> dict[str, str]:
    key_id, secret = aws_pair()
    pat, stripe, slack = github_pat(), stripe_live_key(), slack_bot_token()
    (tmp_path / "settings.py").write_text(f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n')
    (tmp_path / "client.js").write_text(f'const api = new Client();\nconst githubToken = "{pat}";\n')
    (tmp_path / "app.env").write_text(f"PORT=8080\nSTRIPE_KEY={stripe}\n")
    (tmp_path / "hooks.json").write_text(f'{{"slack": "{slack}"}}\n')
    return {"key_id": key_id, "secret": secret, "pat": pat, "stripe": stripe, "slack": slack}


def _blocks(out: str) -> dict[str, str]:
    """path:line -> that finding's block of lines."""
    blocks: dict[str, str] = {}
    cur = None
    for line in out.splitlines():
        m = re.match(r"^(\S+):(\d+):\d+  ", line)
        if m:
            cur = f"{m.group(1)}:{m.group(2)}"
            blocks[cur] = line + "\n"
        elif cur and line.startswith("  "):
            blocks[cur] += line + "\n"
        else:
            cur = None
    return blocks


def test_each_finding_says_where_what_why_and_both_ways_forward(tmp_path):
    s = _plant(tmp_path)
    proc = run_credgate(["dir", ".", "--fail-on", "high"], cwd=tmp_path)
    out = proc.stdout.decode()
    assert proc.returncode == 1, out + proc.stderr.decode()
    for v in s.values():  # redacted everywhere
        assert v not in out
    blocks = _blocks(out)
    assert set(blocks) >= {"settings.py:1", "settings.py:2", "client.js:2", "app.env:2", "hooks.json:1"}, out

    aws = blocks["settings.py:2"]
    assert "AWS secret access key" in aws and "[aws-secret-access-key]" in aws
    assert re.search(r"secret\s+" + re.escape(s["secret"][:4]) + r"\*+\(40 chars\)", aws)
    assert "why" in aws and "entropy" in aws
    assert "IAM role" in aws  # AWS keys: no key at all is the way forward
    assert "end line 2 with: # credgate:allow=aws-secret-access-key" in aws

    js = blocks["client.js:2"]
    assert "process.env.GITHUB_TOKEN" in js and "aws secretsmanager create-secret --name github-token" in js
    assert "// credgate:allow=github-personal-access-token" in js

    env = blocks["app.env:2"]
    assert ".gitignore" in env and "STRIPE_KEY" in env
    assert "put this line above line 2: # credgate:allow-next-line" in env

    js_fp = blocks["hooks.json:1"]  # JSON has no comments: the config route, with the exact fingerprint
    assert re.search(r'fingerprints = \["cg1:[0-9a-f]{32}"\]', js_fp)

    # a few lines each, not a wall of text
    # (a complete [[allowlist]] snippet, for files without comments, adds its own three lines)
    assert all(len([l for l in b.splitlines() if not l.startswith(" " * 12)]) <= 9 for b in blocks.values()), blocks
    assert all(len(b.splitlines()) <= 12 for b in blocks.values()), blocks
    assert "Traceback" not in out + proc.stderr.decode()


def test_the_suggested_allow_comments_really_allow(tmp_path):
    _plant(tmp_path)
    out = run_credgate(["dir", ".", "--color", "never"], cwd=tmp_path).stdout.decode()
    blocks = _blocks(out)
    for where, block in blocks.items():
        path, line_no = where.split(":")
        target = tmp_path / path
        lines = target.read_text().splitlines()
        m = re.search(r"end line (\d+) with: (.+)$", block, re.M)
        if m:
            n = int(m.group(1)) - 1
            lines[n] = lines[n] + "  " + m.group(2).strip()
            target.write_text("\n".join(lines) + "\n")
            continue
        m = re.search(r"put this line above line (\d+): (.+)$", block, re.M)
        if m:
            n = int(m.group(1)) - 1
            lines.insert(n, m.group(2).strip())
            target.write_text("\n".join(lines) + "\n")
    # the JSON finding has no comment form: paste the printed config block
    m = re.search(r"add to \.credgate\.toml:\n((?:  .*\n)+)", out)
    assert m, out
    (tmp_path / ".credgate.toml").write_text("\n".join(l[2:] for l in m.group(1).splitlines()) + "\n")
    proc = run_credgate(["dir", "."], cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    assert "0 findings" in proc.stdout.decode()


def test_pasting_the_allowlist_block_allows_everything(tmp_path):
    _plant(tmp_path)
    out = run_credgate(["dir", "."], cwd=tmp_path).stdout.decode()
    m = re.search(r"add to \.credgate\.toml:\n((?:  .*\n)+)", out)
    assert m, out
    block = "\n".join(l[2:] for l in m.group(1).splitlines())
    assert block.count('"cg1:') == 5
    (tmp_path / ".credgate.toml").write_text(block + "\n")
    proc = run_credgate(["dir", "."], cwd=tmp_path)
    assert proc.returncode == 0 and not proc.stderr.decode().strip(), proc.stdout.decode() + proc.stderr.decode()


def test_colour_on_a_terminal_only_and_no_color_respected(tmp_path):
    _plant(tmp_path)
    rc, tty_out = run_in_pty(["dir", "."], cwd=tmp_path, env={"CREDGATE_PROGRESS": "0"})
    assert rc == 1 and "\x1b[" in tty_out
    assert "settings.py:1:22" in ANSI.sub("", tty_out)

    rc, plain = run_in_pty(["dir", "."], cwd=tmp_path, env={"NO_COLOR": "1", "CREDGATE_PROGRESS": "0"})
    assert rc == 1 and "\x1b[" not in plain and "settings.py:1:22" in plain

    rc, empty_no_color = run_in_pty(["dir", "."], cwd=tmp_path, env={"NO_COLOR": "", "CREDGATE_PROGRESS": "0"})
    assert "\x1b[" in empty_no_color  # no-color.org: an empty NO_COLOR does not count

    piped = run_credgate(["dir", "."], cwd=tmp_path)
    assert b"\x1b" not in piped.stdout + piped.stderr

    forced = run_credgate(["dir", ".", "--color", "always"], cwd=tmp_path)
    assert b"\x1b[" in forced.stdout


def test_control_characters_from_scanned_content_never_reach_the_terminal(tmp_path):
    key_id, secret = aws_pair()
    evil = tmp_path / "evil\x1b]0;pwned\x07\x1b[2J.py"
    evil.write_text(f'SECRET = "{secret}"  # {key_id}\n')
    proc = run_credgate(["dir", ".", "--color", "always"], cwd=tmp_path)
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert "\x1b]0;" not in out and "\x1b[2J" not in out and "\x07" not in out
    assert "evil?]0;pwned??[2J.py:1:" in ANSI.sub("", out)


def test_many_findings_stay_readable(tmp_path):
    lines = [f'TOKEN_{i} = "{github_pat()}"' for i in range(25)]
    (tmp_path / "tokens.py").write_text("\n".join(lines) + "\n")
    out = run_credgate(["dir", "."], cwd=tmp_path).stdout.decode()
    detailed = [l for l in out.splitlines() if re.match(r"^tokens\.py:\d+:\d+  ", l)]
    short = [l for l in out.splitlines() if re.match(r"^  tokens\.py:\d+:\d+  ", l)]
    assert len(detailed) == 10 and len(short) == 15
    assert "15 more (one line each" in out
    verbose = run_credgate(["dir", ".", "--verbose"], cwd=tmp_path).stdout.decode()
    assert len([l for l in verbose.splitlines() if re.match(r"^tokens\.py:\d+:\d+  ", l)]) == 25


def test_clean_run_is_one_line_and_quiet_prints_nothing(tmp_path):
    (tmp_path / "ok.py").write_text('import os\nKEY = os.environ["API_KEY"]\n')
    proc = run_credgate(["dir", "."], cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.decode().strip().splitlines() == [proc.stdout.decode().strip()]
    assert proc.stdout.decode().startswith("credgate dir: 0 findings")
    quiet = run_credgate(["dir", ".", "--quiet"], cwd=tmp_path)
    assert quiet.returncode == 0 and quiet.stdout == b"" and quiet.stderr == b""
