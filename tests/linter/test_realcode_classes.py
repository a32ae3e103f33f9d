"""False-positive classes measured on published code (bench/README "Real code precision (session 7)").

Unpacked PyPI and npm packages (botocore, awscli, aws-cdk-lib, aws-sdk, next, firebase, kubernetes, django ...)
blocked on code, packaging and vendor documentation that no one would call a secret.  Each class below is
written twice through the CLI: the shape as published stays quiet (or low: shown, not blocking), and a
random secret in the same place still blocks.  Every value is synthetic (tests/rand.py).
"""
from __future__ import annotations

import base64
import json
from pathlib import Path

from tests import rand
from tests.helpers import github_pat, scan_built_in

BLOCKING = ("medium", "high", "critical")


def _password(n: int = 14) -> str:
    """A random password with upper, lower, digits and a symbol (never a word or a code shape)."""
    body = "".join(rand.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n))
    return body[:5] + rand.choice("!#%*") + body[5:] + "7Q"


def _jwt(exp: int) -> str:
    """A signed-looking JWT with an exp claim (the signature is random bytes)."""
    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    sub = rand.token_hex(8)
    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc({'sub': sub, 'exp': exp})}.{rand.token_urlsafe(32)}"


def _sas(expiry: str) -> str:
    sig = base64.b64encode(rand.token_bytes(32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return (f"https://acct{rand.token_hex(3)}.blob.core.windows.net/c?sp=r&st={expiry}T01:00:00Z"
            f"&se={expiry}T09:00:00Z&spr=https&sv=2021-06-08&sr=c&sig={sig}")


def _write(root: Path, files: dict) -> None:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def _minified(statement: str) -> str:
    """One minified line (over 1,000 characters) with ``statement`` in the middle, its quotes unbalanced
    before it by a regex literal, as bundlers write them."""
    filler = ";".join(f"var a{i}=b{i}.c{i}(d{i},\"e{i}\")" for i in range(40))
    return f"var re=/[\"']/g;{filler};{statement};{filler}\n"


def test_published_code_shapes_stay_quiet(tmp_path: Path) -> None:
    d = tmp_path / "quiet"
    source_map = {"version": 3, "sources": ["../src/auth.ts"], "names": [], "mappings": "AAAA",
                  "sourcesContent": ["const apiKey = firebaseApp.options?.apiKey;\n"
                                     "export const cfg = {\n  withCredentials: defaultToConfig2,\n"
                                     "  recaptchaToken: recaptchaV2Token,\n};\n"]}
    _write(d, {
        # minified bundles: unquoted expressions where counting quotes from the line start says "in a string"
        "dist/lib/stepfunctions.js": _minified('x={apiKey:requestContextObj?.apiKey?"$context.identity.apiKey":void 0}'),
        "dist/lib/cluster.js": _minified("y={masterUserPassword:props.manageMasterUserPassword?void 0:s}"),
        "dist/lib/fetch.js": _minified('z={credentials:t.withCredentials?"include":"same-origin"}'),
        "dist/lib/rule.js": _minified("case 1:return!0;default:return!1"),
        # code between two string literals read as one quoted value
        "dist/lib/messages.js": _minified('m={DefaultRestParameter:"Unexpected token =",DuplicateBinding:"Dup %0"}'),
        # a source map's embedded sources
        "dist/auth.js.map": json.dumps(source_map),
        # dependency versions of packages named for credentials
        "package.json": json.dumps({"name": "app", "dependencies": {
            "@aws-sdk/credential-providers": "3.632.0", "@aws-sdk/credential-provider-node": "^3.972.99",
            "jsonwebtoken": "^9.0.3"}}, indent=2) + "\n",
        # private identifiers, relative module paths and type names in generated clients
        "app/views.py": 'INTERNAL_RESET_SESSION_TOKEN = "_password_reset_token"\n_DEFAULT_TOKEN = "_sa_default"\n',
        "client/__init__.py": '_LAZY = {\n    "V1Secret": ".models.v1_secret",\n'
                              '    "V1TokenReviewSpec": ".models.v1_token_review_spec",\n}\n',
        "client/models/v1_volume.py": 'openapi_types = {\n    "secret": "V1SecretVolumeSource",\n'
                                      '    "service_account_token": "V1ServiceAccountTokenProjection",\n}\n',
        # IAM actions ending a sentence and Secrets Manager ARNs in SDK docs
        "types/secretsmanager.d.ts": "/** Required permissions:  secretsmanager:GetRandomPassword. For more "
                                     "information, see IAM policy actions. */\n"
                                     "/** ARN: &region-arn;:us-west-2:&ExampleAccountId;:secret:MySecret1-a1b2c3 */\n",
        # argparse aliases: the option after an option is another name of it
        "cli/options.py": "p.add_argument('--private-key', '--key-file', dest='key_file')\n"
                          "p.add_argument('--token', '--api-key', dest='api_key')\n",
        # a slash in a URL, a path or a Markdown link is no "user / password"
        # redaction marks, numbers, format strings, API Gateway expressions, SigV4 scopes, password hashes
        "app/scrub.py": 'SCRUBBED = {"password": "[Filtered]"}\n'
                        'access_token = "ACCESS_TOKEN_{}".format(n)\n'
                        "kube_token = '{.access_token}'\n"
                        f'admin_password = "pbkdf2_sha256$600000${rand.token_hex(6)}${base64.b64encode(rand.token_bytes(32)).decode()}"\n'
                        "credential = 'access_key%2F20170322%2Fus-west-2%2Fsts%2F'\n",
        "api/openapi.json": json.dumps({"ApiKeySelectionExpression": "$request.header.x-api-key",
                                        "lastModifiedSecret": 1556311319.069, "previousToken": "xyz789abc"},
                                       indent=2) + "\n",
        # Basic credentials spelled as the format ("user:pass") or the RFC's example; a computed value
        "app/http.py": 'H1 = {"Authorization": "Basic dXNlcjpwYXNz"}\n'
                       'H2 = {"Authorization": "Basic YWxhZGRpbjpvcGVuc2VzYW1l"}\n',
        "dist/store.js": 'function s(e,t){return e.put({name:"sessionToken",value:t.toUint8Array()})}\n',
        # the OAuth 2.0 RFC's example tokens in a library's docstring
        "oauth/params.py": '"""\n    {"access_token": "2YotnFZFEjr1zCsicMWpAA", "refresh_token": "tGzv3JOkF0XG5Qx2TlKWIA"}\n"""\n',
        "docs/guide.md": "See [the user data script](https://docs.example.com/Guide/ec2-windows-user-data.html#s).\n"
                         "Adding permissions to your user pool. See [org/infra-cdk#7016](https://example.com/i/7016).\n\n"
                         "    '/admin/?q=biscuits&page=2#results'\n\n"
                         "    --service-account-role-arn arn:aws:iam::111122223333:role/eksctl-addon-Role1-YfakrqOC1UTm\n",
    })
    code, findings = scan_built_in(d, tmp_path)
    assert [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in findings] == []
    assert code == 0


def test_documented_and_expired_credentials_are_low(tmp_path: Path) -> None:
    d = tmp_path / "low"
    old_sas = _sas("2023-12-20")
    _write(d, {
        # an SDK's API-model examples: the provider's documented requests and responses
        "botocore/data/iam/2010-05-08/examples-1.json": json.dumps(
            {"examples": {"ChangePassword": [{"input": {"NewPassword": _password(), "OldPassword": _password()}}]}},
            indent=2) + "\n",
        "apis/kms-2014-11-01.examples.json": json.dumps(
            {"examples": {"Derive": [{"output": {"SharedSecret": base64.b64encode(rand.token_bytes(48)).decode()}}]}},
            indent=2) + "\n",
        # a CLI's command reference with sample output
        "awscli/examples/iam/create-login-profile.rst": "Output::\n\n    {\n        \"LoginProfile\": {\n"
                                                        f"            \"Password\": \"{_password()}\",\n        }}\n    }}\n",
        # past its signed expiry
        "docs/tokens.md": f"shared link: {old_sas}\n",
    })
    _, findings = scan_built_in(d, tmp_path)
    assert findings, "documented and expired credentials are still shown"
    assert [(f["path"], f["rule_id"]) for f in findings if f["severity"] in BLOCKING] == []
    rules = {f["rule_id"] for f in findings}
    assert "azure-sas-token" in rules


def test_real_secrets_in_the_same_places_still_block(tmp_path: Path) -> None:
    d = tmp_path / "block"
    pw = {k: _password() for k in ("min", "map", "pkg", "py", "k8s", "doc", "argv", "iam", "ex", "hash",
                                         "basic")}
    pat = github_pat()
    old_jwt, live_sas = _jwt(1536361411), _sas("2099-12-20")  # a JWT past its exp claim still blocks
    source_map = {"version": 3, "sources": ["../src/db.ts"], "names": [], "mappings": "AAAA",
                  "sourcesContent": [f"const dbPassword = '{pw['map']}';\n"]}
    _write(d, {
        "dist/lib/db.js": _minified(f'c={{password:"{pw["min"]}"}}'),
        "dist/db.js.map": json.dumps(source_map),
        "package.json": json.dumps({"name": "app", "config": {"api_token": pw["pkg"]}}, indent=2) + "\n",
        "app/settings.py": f'_DEFAULT_TOKEN = "{pw["py"]}"\n',
        "client/models/v1_volume.py": f'defaults = {{\n    "secret": "{pw["k8s"]}",\n}}\n',
        "docs/runbook.md": f"The fallback login is `deploy` / `{pw['doc']}` until SSO is back.\n",
        "deploy/task.json": json.dumps({"command": ["python", "job.py", "--db-password", pw["argv"]]}) + "\n",
        # the same documented call outside an examples file: a request someone wrote
        "config/iam-change.json": json.dumps({"NewPassword": pw["iam"]}, indent=2) + "\n",
        "docs/tokens.md": f"id token: `{old_jwt}`\n\nshared link: {live_sas}\n",
        # examples: a provider-format token in a usage page, a password in example code
        "examples/setup.md": f"export GITHUB_TOKEN={pat}\n",
        "examples/app.py": f'DB_PASSWORD = "{pw["ex"]}"\n',
        # Basic credentials of a real login
        "app/client.py": 'HEADERS = {"Authorization": "Basic '
                         + base64.b64encode(f"svc-{rand.token_hex(3)}:{pw['basic']}".encode()).decode() + '"}\n',
        # a dollar sign inside a password is no hash format
        "app/settings_local.py": f'ADMIN_PASSWORD = "{pw["hash"][:4]}$${pw["hash"][4:]}"\n',
    })
    pw["hash"] = f"{pw['hash'][:4]}$${pw['hash'][4:]}"
    code, findings = scan_built_in(d, tmp_path)
    blocking = {f["secret"] for f in findings if f["severity"] in BLOCKING}
    basic = next(f for f in findings if f["path"].endswith("app/client.py"))
    assert basic["severity"] in BLOCKING
    del pw["basic"]
    missing = {k: v for k, v in pw.items() if v not in blocking}
    assert missing == {}, [(f["path"], f["rule_id"], f["severity"]) for f in findings]
    assert old_jwt in blocking
    assert pat in blocking
    assert any(f["rule_id"] == "azure-sas-token" and f["severity"] in BLOCKING for f in findings)
    assert code == 1
