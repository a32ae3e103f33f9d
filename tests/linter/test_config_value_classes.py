"""Config value classes found missing on fresh8 after session 10's helpers (values drawn per test):
an ACORD <Pswd> element, a JMeter argument named ..._PASS, a Tomcat <Environment name="x/apiKey" value=...>,
and generated passwords with punctuation ( ) [ ] < > ; , | in KEY=VALUE / key: value configuration lines."""
from __future__ import annotations

from pathlib import Path

from tests import rand
from tests.helpers import scan_files

_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _tok(n: int) -> str:
    return "".join(rand.choice(_ALNUM) for _ in range(n))


def _mixed(n: int) -> str:
    """A machine-drawn value whose class changes at every character (lower, upper, digit in turn): the
    assertions on rank below must not hang on a draw that happens to read like a person's password."""
    pools = ["abcdefghijkmnopqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789"]
    start = rand.randbelow(3)
    return "".join(rand.choice(pools[(start + i) % 3]) for i in range(n))


def _punct_pw() -> str:
    """A password as AWS Secrets Manager's GetRandomPassword draws it: letters, digits and punctuation."""
    return _mixed(4) + rand.choice(")]>;|") + _mixed(5) + rand.choice("(*.-") + _mixed(6) + rand.choice(",<[") + _mixed(3)


def _scan(tmp_path: Path, files: dict) -> dict:
    return scan_files(tmp_path, files, "svc")[1]


def test_config_value_classes_block(tmp_path: Path) -> None:
    acord, jmx, tomcat = "Harbor" + str(10 + rand.randbelow(89)) + "#" + _tok(3), _tok(14), _mixed(32)
    kust, env, props = _punct_pw(), _punct_pw(), _punct_pw()
    dollar = _mixed(3) + "$" + _mixed(6) + "&" + _mixed(8)  # a drawn '$' mid-value is no variable reference
    by_line = _scan(tmp_path, {
        "integrations/acord/inquiry-rq.xml":
            "<ACORD>\n <SignonRq>\n  <SignonPswd>\n   <CustId><SPName>acord.org</SPName><CustLoginId>HV-01</CustLoginId>"
            "</CustId>\n   <CustPswd><EncryptionTypeCd>NONE</EncryptionTypeCd>\n"
            f"    <Pswd>{acord}</Pswd>\n   </CustPswd>\n  </SignonPswd>\n </SignonRq>\n</ACORD>\n",
        "loadtest/login.jmx":
            '<elementProp name="BROKER_PASS" elementType="Argument">\n'
            '  <stringProp name="Argument.name">BROKER_PASS</stringProp>\n'
            f'  <stringProp name="Argument.value">{jmx}</stringProp>\n</elementProp>\n',
        "conf/context.xml":
            '<Context>\n'
            f'  <Environment name="lockbox/apiKey" type="java.lang.String" value="{tomcat}" override="false"/>\n'
            '</Context>\n',
        "k8s/overlays/prod/kustomization.yaml":
            "secretGenerator:\n  - name: vendors\n    literals:\n      - VENDOR_USER=svc-quote\n"
            f"      - VENDOR_PASSWORD={kust}\n",
        "api/.env": f"DB_HOST=db.internal\nDB_PASSWORD={env}\nREDIS_PASSWORD={dollar}\n",
        "src/main/resources/application-prod.properties": f"spring.datasource.password={props}\n",
    })
    want = {("integrations/acord/inquiry-rq.xml", 6): acord, ("loadtest/login.jmx", 3): jmx,
            ("conf/context.xml", 2): tomcat, ("k8s/overlays/prod/kustomization.yaml", 5): kust,
            ("api/.env", 2): env, ("api/.env", 3): dollar, ("src/main/resources/application-prod.properties", 1): props}
    for where, secret in want.items():
        f = by_line.get(where)
        assert f is not None, (where, sorted(by_line))
        assert f["secret"] == secret, (where, f["secret"])
        assert f["severity"] in ("medium", "high", "critical"), (where, f["severity"])
    # machine-random values under password/key names rank high: the commit gate blocks them
    for where in (("conf/context.xml", 2), ("api/.env", 2), ("k8s/overlays/prod/kustomization.yaml", 5)):
        assert by_line[where]["severity"] in ("high", "critical"), (where, by_line[where]["severity"])


def test_references_and_near_misses_stay_quiet(tmp_path: Path) -> None:
    by_line = _scan(tmp_path, {
        "api/.env": "DB_PASSWORD=${DB_PASSWORD}\nREDIS_PASSWORD=pre${REDIS_SUFFIX}\n"
                    "TOKEN_URL=https://auth.internal/oauth2/token\npassword=<your-password>\n",
        "deploy/values-prod.yaml": "db:\n  password: {{ .Values.secretRef }}\n  passwordFrom: (secret)\n",
        "loadtest/plan.jmx": '<stringProp name="Argument.name">PASSPORT_NO</stringProp>\n'
                             '  <stringProp name="Argument.value">X1234567Q</stringProp>\n',
        "app/client.py": "def login(client):\n    return client.auth(user=name, password=hash(pw), token=make(x, y))\n",
    })
    assert by_line == {}, by_line


def test_a_vendor_api_key_is_not_the_pair_of_another_blocks_client_secret(tmp_path: Path) -> None:
    """paired_api_key: an API key is the public half of a pair only beside a secret of the same word and prefix
    (ApiKey/ApiSecret, ConsumerKey/ConsumerSecret); an Azure AD ClientSecret in the block above is not the pair
    of a vendor's ApiKey, which is reported."""
    vendor, azure_secret = _mixed(32), _mixed(8) + "~" + _mixed(31)
    pair_key, pair_secret = _mixed(32), _mixed(40)
    by_line = _scan(tmp_path, {
        "api/appsettings.Production.json":
            '{\n  "AzureAd": {\n    "ClientId": "7320fdd9-a9c8-4320-9ffc-07e0b028ba08",\n'
            f'    "ClientSecret": "{azure_secret}"\n  }},\n'
            f'  "Jeppesen": {{"BaseUrl": "https://crew.vendor.internal/api", "ApiKey": "{vendor}"}}\n}}\n',
        "shop/.env": f"SHOPIFY_API_KEY={pair_key}\nSHOPIFY_API_SECRET={pair_secret}\n",
    })
    assert by_line[("api/appsettings.Production.json", 6)]["secret"] == vendor
    assert ("shop/.env", 1) not in by_line  # the public half of a real pair
    assert by_line[("shop/.env", 2)]["secret"] == pair_secret
