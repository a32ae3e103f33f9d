"""Session 11 app-secret and tool-credential classes (issue 17): Asana PATs, Vault AppRole secret_ids with
their role, and unquoted "Basic <base64 user:password>" values in credentials files.  Real shapes, values
drawn per test (tests/rand.py), never corpus lines; look-alikes stay quiet."""
from __future__ import annotations

import base64
from pathlib import Path

from tests import rand
from tests.helpers import scan_files

BLOCKING = ("medium", "high", "critical")


def _digits(n: int) -> str:
    return str(1 + rand.randbelow(9)) + "".join(str(rand.randbelow(10)) for _ in range(n - 1))


def _asana() -> str:
    return "2/" + _digits(16) + "/" + _digits(16) + ":" + rand.token_hex(16)


def _blocks(found: dict, where: "tuple[str, int]", value: str, rule: str) -> None:
    f = found.get(where)
    assert f is not None, (where, sorted(found))
    assert f["severity"] in BLOCKING, f
    assert f["rule_id"] == rule, f
    assert (f.get("secret") or "").startswith(value[:4]), f


def test_asana_pat_blocks_in_code_and_templates(tmp_path: Path) -> None:
    a, b = _asana(), "1/" + _digits(13) + ":" + rand.token_hex(16)
    files = {
        "svc/asana.py": f"import asana\nclient = asana.Client.access_token({a!r})\n",
        "deploy/template.yaml": f"Environment:\n  Variables:\n    TRACKER_TOKEN: {b}\n",
        "docs/links.md": "See https://app.asana.com/0/" + _digits(16) + "/" + _digits(16) + " for the board\n",
        "conf/ids.yaml": "board: 2/" + _digits(16) + "/" + _digits(16) + ":<your token>\n",
    }
    _, found = scan_files(tmp_path, files, "site")
    _blocks(found, ("svc/asana.py", 2), a, "asana-personal-access-token")
    _blocks(found, ("deploy/template.yaml", 3), b, "asana-personal-access-token")
    assert not [k for k in found if k[0] in ("docs/links.md", "conf/ids.yaml")], found


def test_vault_approle_secret_id_with_role_blocks_alone_does_not(tmp_path: Path) -> None:
    role, sid, other = str(rand.uuid4()), str(rand.uuid4()), str(rand.uuid4())
    files = {
        "ops/login.sh": f'#!/bin/sh\nvault write auth/approle/login role_id="{role}" secret_id="{sid}"\n',
        "ops/login.json": f'{{"role_id": "{role}", "secret_id": "{other}"}}\n',
        "ops/vars.sh": 'vault write auth/approle/login role_id="$ROLE_ID" secret_id="$SECRET_ID"\n',
        "infra/keys.tf": f'resource "x" "y" {{\n  secret_id = "{other}"\n}}\n',
    }
    _, found = scan_files(tmp_path, files, "site")
    _blocks(found, ("ops/login.sh", 2), sid, "vault-approle-secret-id")
    _blocks(found, ("ops/login.json", 1), other, "vault-approle-secret-id")
    assert ("ops/vars.sh", 1) not in found, found
    assert not [k for k in found if k[0] == "infra/keys.tf" and found[k]["rule_id"] == "vault-approle-secret-id"]


def test_unquoted_basic_value_in_credentials_files(tmp_path: Path) -> None:
    pw = rand.choice(("Fjord", "Basalt", "Lichen")) + str(10 + rand.randbelow(89)) + rand.choice("#!%")
    b64 = base64.b64encode(f"svc-publish:{pw}".encode()).decode()
    placeholder = base64.b64encode(b"user:pass").decode()
    files = {
        "home/u/.gem/credentials": f"---\n:rubygems_api_key: none\n:internal: Basic {b64}\n",
        "etc/proxy.ini": f"[upstream]\nauth = Basic {b64}   \n",
        "docs/auth.yaml": f"example: Basic {placeholder}\nscheme: Basic realm\n",
    }
    _, found = scan_files(tmp_path, files, "site")
    _blocks(found, ("home/u/.gem/credentials", 3), b64, "basic-credentials-header-value")
    assert ("etc/proxy.ini", 2) in found and found[("etc/proxy.ini", 2)]["severity"] in BLOCKING, found
    assert not [k for k in found if k[0] == "docs/auth.yaml"], found


def test_uuid_tool_keys_named_by_their_flag_or_setting(tmp_path: Path) -> None:
    nuget, cy, gcp, cy2 = (str(rand.uuid4()) for _ in range(4))
    files = {
        "ci/Jenkinsfile.release": "pipeline {\n  stages {\n    stage('pub') {\n      steps {\n"
        f"        sh 'dotnet nuget push out/*.nupkg --source https://feed.corp.example/nuget/ -k {nuget}'\n"
        "        sh 'dotnet nuget push out/*.nupkg -k $NUGET_KEY'\n      }\n    }\n  }\n}\n",
        "scripts/e2e.sh": f"#!/bin/sh\nnpx cypress run --record --key {cy} --parallel\n"
                          "npx cypress run --record --key \"$CYPRESS_RECORD_KEY\"\n",
        "deploy/e2e.env.yml": f"env:\n  CYPRESS_RECORD_KEY: \"{cy2}\"\n  CYPRESS_PROJECT_ID: \"{str(rand.uuid4())}\"\n",
        "provision/gcp.sh": f"#!/bin/bash\n./globusconnectpersonal -setup {gcp} -name ws01\n",
        "provision/ids.ini": f"[General]\nEndpointId={str(rand.uuid4())}\nSetupKey=\n",
    }
    _, found = scan_files(tmp_path, files, "site")
    _blocks(found, ("ci/Jenkinsfile.release", 5), nuget, "nuget-push-api-key-flag")
    assert ("ci/Jenkinsfile.release", 6) not in found, found
    _blocks(found, ("scripts/e2e.sh", 2), cy, "cypress-record-key")
    assert ("scripts/e2e.sh", 3) not in found, found
    _blocks(found, ("deploy/e2e.env.yml", 2), cy2, "cypress-record-key")
    assert ("deploy/e2e.env.yml", 3) not in found, found
    _blocks(found, ("provision/gcp.sh", 2), gcp, "globus-connect-setup-key")
    assert not [k for k in found if k[0] == "provision/ids.ini"], found


def _mixed(n: int) -> str:
    up, low, dig = "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789"
    body = [rand.choice(up), rand.choice(low), rand.choice(dig)]
    body += [rand.choice(up + low + dig) for _ in range(n - 3)]
    return "".join(body)


def test_bare_sk_prefixed_keys_block_kernel_names_and_placeholders_do_not(tmp_path: Path) -> None:
    k1, k2 = "sk_" + _mixed(30), "sk_" + _mixed(32)
    files = {
        "etl/sync.py": f"import os\nKEY = os.environ.get('LIMS_API_KEY', '{k1}')\n",
        "db/seed.sql": f"COPY public.api_keys (id, owner, secret) FROM stdin;\n1\tsync\t{k2}\n\\.\n",
        "drivers/net.c": "static int rx(struct sk_buff *skb, struct sk_buff_head *q) { return 0; }\n",
        "docs/setup.md": "Set `BENCHLING_API_KEY=sk_" + "X" * 30 + "` and `sk_yourbenchlingapikeygoeshere`.\n",
    }
    _, found = scan_files(tmp_path, files, "site")
    _blocks(found, ("etl/sync.py", 2), k1, "sk-prefixed-secret-key")
    _blocks(found, ("db/seed.sql", 2), k2, "sk-prefixed-secret-key")
    assert not [k for k in found if k[0] in ("drivers/net.c", "docs/setup.md")], found


def test_dropbox_short_lived_token_and_conda_channel_token(tmp_path: Path) -> None:
    dbx = "sl." + _mixed(138).replace("Q", "-")
    tok = _mixed(32)
    ana = rand.choice(("zq", "mb", "kt")) + "-" + str(rand.uuid4())
    files = {
        "tools/backup.py": f"import dropbox\ndbx = dropbox.Dropbox('{dbx}')\n",
        "home/u/.condarc": f"channels:\n  - https://conda.lab.example/t/{tok}/internal\n  - conda-forge\n"
                           f"channel_alias: https://conda.anaconda.org/t/{ana}\n",
        "env/environment.yml": "channels:\n  - https://conda.anaconda.org/t/<TOKEN>/private\n",
        "docs/help.md": "See https://discourse.example.org/t/conda-install-fails-behind-proxy-2024/4412 first.\n",
        "src/mod.py": "from sl.module_loader_for_the_long_named_service_registry_and_its_plugins_with_more_words_here import x\n",
    }
    _, found = scan_files(tmp_path, files, "site")
    _blocks(found, ("tools/backup.py", 2), dbx, "dropbox-short-lived-access-token")
    _blocks(found, ("home/u/.condarc", 2), tok, "conda-channel-token-url")
    _blocks(found, ("home/u/.condarc", 4), ana, "conda-channel-token-url")
    assert not [k for k in found if k[0] in ("env/environment.yml", "docs/help.md", "src/mod.py")], found


def test_snmp_community_in_automation_variables(tmp_path: Path) -> None:
    ro = "".join(rand.choice("bcdfghjkmnpqrstvwxz") for _ in range(11))
    rw = _mixed(10)
    files = {
        "ansible/group_vars/plant.yml": f'ntp: 10.0.0.1\nsnmp_community_ro: "{ro}"\n'
                                        'snmp_community_rw: "{{ vault_snmp_rw }}"\nsnmp_community_index: 7\n',
        "monitoring/.env": f"SNMP_RW_COMMUNITY={rw}\nSNMP_COMMUNITY=public\n",
        "docs/snmp.md": "Set snmp_community_enabled: true in the role defaults.\n",
    }
    _, found = scan_files(tmp_path, files, "site")
    _blocks(found, ("ansible/group_vars/plant.yml", 2), ro, "snmp-community-variable")
    _blocks(found, ("monitoring/.env", 1), rw, "snmp-community-variable")
    for where in (("ansible/group_vars/plant.yml", 3), ("ansible/group_vars/plant.yml", 4), ("monitoring/.env", 2),
                  ("docs/snmp.md", 1)):
        assert where not in found, (where, found.get(where))


def test_yaml_key_value_header_pairs(tmp_path: Path) -> None:
    hdr = _mixed(40)
    files = {
        "infra/cfn/rules.yaml": "Actions:\n  - Http:\n      Url: https://ingest.example.com/v1\n"
                                f"      Headers:\n        - Key: x-api-key\n          Value: {hdr}\n"
                                "        - Key: content-type\n          Value: application/json\n",
        "infra/cfn/tags.yaml": "Tags:\n  - Key: secret-name\n    Value: prod-db-credentials\n"
                               "  - Key: api-key-rotation\n    Value: ${RotationDays}\n",
        "conf/app.yaml": f"api_key: service-token-name\nvalue: {_mixed(20)}\n",
    }
    _, found = scan_files(tmp_path, files, "site")
    _blocks(found, ("infra/cfn/rules.yaml", 6), hdr, "name-value-pair-secret")
    assert ("infra/cfn/rules.yaml", 8) not in found, found
    assert not [k for k in found if k[0] == "infra/cfn/tags.yaml"], found
    assert not [k for k in found if k[0] == "conf/app.yaml" and found[k]["rule_id"] == "name-value-pair-secret"]


def test_cryosparc_license_id(tmp_path: Path) -> None:
    lic, lic2 = str(rand.uuid4()), str(rand.uuid4())
    files = {
        "cryo/config.sh": f'export CRYOSPARC_MASTER_HOSTNAME="cryo01"\nexport CRYOSPARC_LICENSE_ID="{lic}"\n',
        "deploy/params.properties": f"CryoSparcVersion=4.5.3\nCryoSparcLicense={lic2}\nEndpointId={rand.uuid4()}\n",
        "cryo/install.sh": 'cd cryosparc_master && ./install.sh --license "$LICENSE_ID"\n',
    }
    _, found = scan_files(tmp_path, files, "site")
    _blocks(found, ("cryo/config.sh", 2), lic, "cryosparc-license-id")
    _blocks(found, ("deploy/params.properties", 2), lic2, "cryosparc-license-id")
    assert ("deploy/params.properties", 3) not in found and not [k for k in found if k[0] == "cryo/install.sh"], found
