"""Classes of session 18 (issue 17, detection depth), each seen missed in corpus_fresh25 and written for the class:

1. an NTRIP caster's users.aut (``user:password`` a line), while groups.aut and clientmounts.aut stay quiet;
2. an RTKLIB stream path with a login (``inpstr2-path =user:passwd@caster:2101/MNT``), while serial ports, files
   and a caster path without a password stay quiet;
3. a Campbell CRBasic ``SetSecurity (code, code, code)`` with a non-zero code (0 turns security off; a constant's
   name is not a code);
4. a licence key of upper-case letters and digits where the generic key rules do not read it: a name and its value
   on two lines (Azure Pipelines ``- name: X / value: Y``), an ECS ``{"name": ..., "value": ...}`` entry, an
   installer's switch (``/register KEY``, ``--license=KEY``); a licence server, an edition word and a reference
   stay quiet;
5. an "authorization id" used as the credential (Spectrum-style ``authorization-id:``, ``pAuthorization_ID``, a
   Dockerfile ``ENV`` continuation, an ECS entry), while Plivo's 20-character Auth ID, a payment authorization id,
   a UUID and digits stay quiet;
6. people's words, three widened prose rules: "the password in `File.config` is `X`" (docs-prose-password: a
   phrase naming where the password is may quote a file or an account), "the controller admin (user / X)"
   (docs-prose-user-slash-password: an admin and the pair in brackets) and "local admin is the spare one: X"
   (prose-local-admin-label-value: "is <which one>" before the colon); a reference, an ACL's "read / write", a
   CSV register's "admin,(see vault: x/y)" and "managed by LAPS: see the portal" stay quiet;
7. quiet: the API key of a key/secret pair in an IaC slot (a serverless STATIONLINK_API_KEY beside
   STATIONLINK_API_SECRET, a container's --api-key= argument beside --api-secret-file=) is the public half, as the
   generic rules already judged it (filters.paired_api_key); the secret is reported, and a key with no secret
   beside it (RAINFEED_API_KEY, a lone --api-key=) still is.

Fixtures: tests/fixtures/s18_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s18_classes"

HITS = {
    ("survey/caster/conf/users.aut", 2): ("ntrip-caster-users-file", "plinth5521"),
    ("survey/caster/conf/users.aut", 3): ("ntrip-caster-users-file", "Kerb#7730"),
    ("survey/rtk/rtkrcv-test.conf", 4): ("rtklib-stream-path-password", "trestle8812"),
    ("loggers/TEST_STATION.CR6", 4): ("crbasic-setsecurity-code", "24631"),
    ("ci/azure-pipelines.yml", 5): ("licence-key-machine-value", "R7KX2QW9TZ4MN8VBPL3HJ6DF"),
    ("ecs/erp-bridge.taskdef.json", 8): ("licence-key-machine-value", "M3N8B5V2C7X4Z9L6K1J4H8G2"),
    ("install/site-pc.ps1", 2): ("licence-key-machine-value", "ZX4CV7BN2MQ9WE5RT8YU3IOP"),
    ("install/site-pc.ps1", 3): ("licence-key-machine-value", "PL5OK8IJ3UH6YG9TF2RD"),
    ("app/src/main/resources/application.yml", 4): ("authorization-id-machine-value", "QW8RT5YU2IO9PA4SD7FG3HJZ"),
    ("docker/erp-bridge/Dockerfile", 4): ("authorization-id-machine-value", "QW8RT5YU2IO9PA4SD7FG3HJK"),
    ("ecs/erp-bridge.taskdef.json", 7): ("authorization-id-machine-value", "QW8RT5YU2IO9PA4SD7FG3HJW"),
    ("erp/soapui/GetJob-request.xml", 4): ("authorization-id-machine-value", "QW8RT5YU2IO9PA4SD7FG3HJQ"),
    ("docs/runbooks/erp-close.md", 4): ("docs-prose-password", "Quarry1977"),
    ("tickets/INC0000123.txt", 3): ("docs-prose-user-slash-password", "Riverbank2031"),
    ("home/jdoe/notes.txt", 1): ("prose-local-admin-label-value", "Tr4il#er99"),
    ("infra/serverless/weather/serverless.yml", 7): ("iac-serverless-env-secret", "t8wq3m6zv1xk9pl4rn7bc2yhd5gfs0ja"),
    ("infra/serverless/weather/serverless.yml", 8): ("iac-serverless-env-secret", "Wd4kP9mQ2xT7vL3nB8cR6yZ1hF5gJ0sA"),
    ("deploy/k8s/cronjob-rain.yaml", 16): ("iac-command-secret", "Qm7vR2xK9pLt4wZs1nHc8dYf3gJb6eTa"),
}


def test_session_18_classes_are_reported_and_block(tmp_path: Path) -> None:
    root = FIX / "hit"
    # run from the fixtures folder: reported paths carry no tests/fixtures prefix (rules skip test and fixture paths)
    code, found = scan_built_in(Path("hit"), tmp_path, cwd=FIX)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high", "critical"), (where, f["severity"])  # blocks at the default
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_group_lists_ports_disabled_codes_servers_and_identifiers_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, "--fail-on", "info", cwd=FIX)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_an_api_key_is_the_public_half_beside_its_secret_or_its_secret_file() -> None:
    from credgate.linter.filters import paired_api_key

    def judge(text: str, value: str) -> "str | None":
        data = text.encode()
        at = data.index(value.encode())
        return paired_api_key(data, data.rfind(b"\n", 0, at) + 1, at)

    key = "k2xq9v7m4pl8w3zt6nb1rc5yhd0gfj8s"
    assert judge(f"- --api-key={key}\n- --api-secret-file=/etc/x/api-secret\n", key)
    assert judge(f"WX_API_KEY={key}\nWX_API_SECRET_FILE=/run/secrets/wx\n", key)
    assert judge(f"WX_API_KEY={key}\nWX_API_SECRET=t8wq3m6zv1xk9pl4rn7bc2yhd5gfs0ja\n", key)
    # a reference or an empty slot says nothing about the pair; another prefix's secret is not this key's
    assert judge(f"WX_API_KEY={key}\nWX_API_SECRET=${{WX_API_SECRET}}\n", key) is None
    assert judge(f"WX_API_KEY={key}\nWX_API_SECRET_FILE=\n", key) is None
    assert judge(f"WX_API_KEY={key}\nRAIN_API_SECRET_FILE=/run/secrets/rain\n", key) is None
