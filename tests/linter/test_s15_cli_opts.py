"""The password option of any command line (session 15, mechanism C), through the CLI.

A user option and a password option on one command line, in either order and every spelling a parser accepts
("-u=X -p=Y", "-U X -P Y", "/u:X /p:Y", "-user X -pw Y", "-p:Y -u:X", "--login X -pwd Y"), in shell and batch
scripts, PowerShell, a Dockerfile RUN, GitLab / GitHub / Jenkins steps, a Makefile, a runbook's code span and
fence, shell history, a crontab and a log of commands (rules cli-user-then-password-option and
cli-password-then-user-option, which yield to the older per-tool rules on the same value); the tool rules
widened: an option right after the tool's name (zip -P X, unzip -P X), openssl enc -k X, echo into vncpasswd
and smbpasswd -s, SAP HANA "hdbuserstore SET KEY HOST:PORT USER X"; options after a quoted program path
("C:\\...\\x.exe" /u:svc /p:X) are a command line, not one quoted "service:Action" string.
Clean: references ($VAR, %VAR%, $(...), ${{ secrets.X }}, {{ x }}, $(MAKEVAR)), prompts (no value), masks,
metavariables (USER / PASSWORD, <password>), ports and port maps (ssh -p, docker run -p, psql -p, -p 8443),
printers (lpr -P), directories (wget -P), Maven profiles (-P), mkdir -p, python -u, MySQL's -p prompt,
msbuild /p:Name=Value, argparse definitions and argv lists of variables.

Fixtures: tests/fixtures/s15_cli_opts/{hit,clean} (synthetic values; telecom, law, oil and gas, airline,
retail, education, shipping, pharma, mining, government), scanned with an empty config.  The two options may sit
on lines joined by a continuation (shell "\\", PowerShell "`"); separate commands are not joined.  A command array
(["-u", "X", "-p", "Y"] in a container's args or a subprocess list) is argv-user-password-short-option's.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s15_cli_opts"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ('airline/.github/workflows/fares.yml', 10): ('cli-password-named-option', 'Fr8Lq2Wx7k'),
    ('airline/.github/workflows/fares.yml', 11): ('cli-positional-password-argument', 'Hfr#2231Qk'),
    ('airline/ci/.gitlab-ci.yml', 6): ('cli-user-then-password-option', 'Crw55Kx2Lq'),
    ('education/sis/nightly_export.sh', 3): ('cli-password-then-user-option', 'Sis#4471Kq'),
    ('education/sis/nightly_export.sh', 4): ('generic-password-assignment', 'Lms8Wq2Tx5'),
    ('government/permits/load.ps1', 2): ('generic-password-assignment', 'Prm4Wq8Kx2'),
    ('law/docketsync/run_sync.bat', 4): ('cli-user-then-password-option', 'Dkt-7742-Rq'),
    ('law/docketsync/run_sync.bat', 6): ('cli-user-then-password-option', 'LitX88k2Wq'),
    ('law/runbooks/ediscovery-export.md', 4): ('generic-password-assignment', 'Rvx#5521kt'),
    ('law/runbooks/ediscovery-export.md', 8): ('cli-password-named-option', 'Mtr3Kq9vLx'),
    ('media/k8s/transcoder.yaml', 11): ('argv-user-password-short-option', 'Mam7Kq2Wx4'),
    ('mining/fleet/dispatch-sync.sh', 2): ('cli-user-then-password-option', 'Fms9Kq2Wx4'),
    ('mining/fleet/dispatch-sync.sh', 4): ('echo-password-into-login', 'Smb5Lq8Tx3'),
    ('oilgas/docker/Dockerfile', 3): ('cli-short-password-option', 'Wsim22Kq7x'),
    ('oilgas/docker/Dockerfile', 4): ('cli-password-named-option', 'Lic7Tq2Wx9'),
    ('oilgas/docker/Dockerfile', 8): ('cli-user-then-password-option', 'Wsc4Kq7Lx2'),
    ('oilgas/historian/Backfill.ps1', 4): ('cli-user-then-password-option', 'Scd4Wq8Lz2x'),
    ('oilgas/historian/Backfill.ps1', 5): ('cli-password-named-option', 'Pi9hT2xQr7'),
    ('oilgas/historian/Backfill.ps1', 8): ('cli-user-then-password-option', 'Afs8Wq2Kx5'),
    ('pharma/lims/Jenkinsfile', 6): ('cli-user-then-password-option', 'Lms#7730Qx'),
    ('pharma/lims/tools/push_results.py', 8): ('argv-user-password-short-option', 'Lpu4Wq8Kx7'),
    ('retail/Makefile', 5): ('cli-user-then-password-option', 'Pos4Kq8Wx2'),
    ('retail/Makefile', 8): ('cli-short-password-option', 'Bkp7Rq2Lx9'),
    ('retail/home/ops/.bash_history', 3): ('cli-user-pass-option-pair', 'Wms3Tq8Kx2'),
    ('retail/home/ops/.bash_history', 4): ('cli-short-password-option', 'Arc9Lq2Wx7'),
    ('retail/home/ops/.bash_history', 5): ('cli-short-password-option', 'Zpx5Kq2Lw8'),
    ('retail/home/ops/.bash_history', 6): ('echo-password-into-login', 'Vnc4Rq8Tx2'),
    ('shipping/edi/logs/edi-runner.log', 2): ('cli-user-then-password-option', 'Edi7Kq2Lx9'),
    ('shipping/ops/tos-restore.cmd', 2): ('generic-password-assignment', 'Tos2Wq8Kx5'),
    ('telecom/ops/crontab', 2): ('cli-user-then-password-option', 'Cdr9x2Kq7Lm'),
    ('telecom/scripts/provision_ont.sh', 5): ('cli-user-then-password-option', 'Ont7hq#Prov22'),
    ('telecom/scripts/provision_ont.sh', 7): ('cli-password-named-option', 'Nq4vT8xLk2Rw'),
}


def test_command_line_passwords_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_references_prompts_ports_and_lookalikes_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert not found, [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_new_rules_report_their_own_shapes(tmp_path: Path) -> None:
    """Each new rule is the one reporting some hit (it yields to older rules only on their own shapes)."""
    rules = {rule for rule, _ in HITS.values()}
    assert {"cli-user-then-password-option", "cli-password-then-user-option", "argv-user-password-short-option"} <= rules
