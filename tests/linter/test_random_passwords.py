"""Random passwords whose shape resembles something harmless: letters only (a word? an identifier?), a
leading ``/`` (a path?), a leading ``#`` or ``@`` (a colour, a decorator?), symbols that end a value in code
(``&``, ``*``, ``%`` in a dotenv file).  Each shape was found by drawing random credentials in 28 contexts
through ``credgate dir`` (session 7) and was once dropped; the harmless values beside them stay quiet."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import findings_by_line, scan_built_in

BLOCKING = {"medium", "high", "critical"}


def _write(root: Path, rel: str, text: str) -> None:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text)


CASES = [
    # (file, text, line, blocks)
    ("app/.env", "DB_HOST=db.internal\nDB_PASSWORD=Qd12u4xYbxx*Mr4v5GZ@*X&4\n", 2, True),
    ("app/.env", "REDIS_PASSWORD=2rlw2OyDr&%70XhS\n", 1, True),
    ("cfg/config.json", json.dumps({"db": {"user": "app", "password": "gTlryXkoXCflaSEsbLDd"}}, indent=2), 4, True),
    ("cfg/application.yml", "spring:\n  datasource:\n    password: 'lZJeOOsyXuGh'\n", 3, True),
    ("cfg/settings.json", json.dumps({"db": {"password": "/C5ySvxQIaa6cuW366QB7nW3"}}, indent=2), 3, True),
    ("cfg/.env", "DB_PASSWORD=/HwJfYRmLW8Q\n", 1, True),
    ("compose/docker-compose.yml",
     "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: '#3W%Fhwme!lmpBDZnv%9ugjf'\n", 5, True),
    ("ecs/task.json", json.dumps({"containerDefinitions": [{"name": "a", "image": "x", "environment": [
        {"name": "DB_PASSWORD", "value": "JhvMQNXdQbIE"}]}]}, indent=2), 9, True),
    ("ecs/task2.json", json.dumps({"containerDefinitions": [{"name": "a", "image": "x", "environment": [
        {"name": "REDIS_AUTH_TOKEN", "value": "BhemeyTiWB"}]}]}, indent=2), 9, True),
    ("cfn/build.yaml", "Resources:\n  Build:\n    Type: AWS::CodeBuild::Project\n    Properties:\n"
     "      Environment:\n        Type: LINUX_CONTAINER\n        ComputeType: BUILD_GENERAL1_SMALL\n"
     "        Image: aws/codebuild/standard:7.0\n        EnvironmentVariables:\n          - Name: NPM_TOKEN\n"
     "            Type: PLAINTEXT\n            Value: '!GzWv3CUXm'\n", 12, True),
    # letters only, read as a type name or a plain word until session 8 (no word in them)
    ("app2/.env", "APP_PASSWORD=VdtgLIYozCdr\n", 1, True),
    ("cfg2/config.json", json.dumps({"db": {"host": "db.internal", "password": "dvAjMGRhIGzEZELBxQlw"}}, indent=2),
     4, True),
    ("cfg2/app.yaml", "db:\n  password: kCNQNGDqeyTS\n", 2, True),
    # secrets.token_urlsafe draws letters split by "-" (one in 270) or camel-looking letters: read as words
    ("app3/.env", "DB_PASSWORD=tNyOBCTkVEH-VPMIKkOkwMMv\n", 1, True),
    ("cfg3/config.json", json.dumps({"db": {"password": "iiJqrfAnvYnDsaroyUonfOnm"}}, indent=2), 3, True),
    # the harmless shapes beside them
    ("ok/fsx.js", 'const m={svmAdminPassword:"SvmAdminPassword",fileSystemId:"FileSystemId"};\n', 1, False),
    ("ok/.env.example", "DB_PASSWORD=Qd12u4xYbxx*Mr4v5GZ@*X&4\n", 1, False),
    ("ok/.env", "NEXT_PUBLIC_MAPBOX_TOKEN=pk.eyJ1IjoiZXhhbXBsZSJ9.c2lnbmF0dXJl\nDB_PASSWORD=${DB_PASSWORD}\n", 1, False),
    ("ok/form.json", json.dumps({"passwordField": "passwordInput", "password": "/run/secrets/db-password"}), 1, False),
    ("ok/theme.yml", "secret_colour: '#a1b2c3'\ntoken_decorator: '@Autowired'\n", 1, False),
]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("randpw")
    for i, (rel, text, _, _) in enumerate(CASES):
        _write(root, f"c{i}/{rel}", text)
    _, findings = scan_built_in(root, tmp_path_factory.mktemp("cfg"))
    return root, findings


@pytest.mark.parametrize("i", range(len(CASES)))
def test_random_password_shapes_block_and_harmless_ones_stay_quiet(report, i):
    root, findings = report
    rel, text, line, blocks = CASES[i]
    mine = {k: f for k, f in findings_by_line(findings, root).items() if k[0].startswith(f"c{i}/")}
    if blocks:
        f = mine.get((f"c{i}/{rel}", line))
        assert f is not None, (rel, text, sorted(mine))
        assert f["severity"] in BLOCKING, f
    else:
        assert not [f for f in mine.values() if f["severity"] in BLOCKING], mine
