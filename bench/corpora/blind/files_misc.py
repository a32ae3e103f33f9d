"""Home-directory backups, package-manager auth files, keys/certs, support tickets, Slack exports,
CSV exports, logs, runbooks, ops scripts and agent configs."""
from __future__ import annotations

import json
from functools import partial

from . import keys
from .core import T, f, mark_pem
from .lib import basic

jd = partial(json.dumps, ensure_ascii=False)


# ---------------------------------------------------------------- git / package managers
@f("home/mkovacs/.git-credentials")
def _(c):
    return T('''
https://mkovacs:⟨ghp⟩@github.com⟦github-pat|git credential store⟧
https://oauth2:⟨gl⟩@gitlab.harborline.io⟦gitlab-pat⟧
https://mkovacs-at-⟨acct⟩:⟨cc⟩@git-codecommit.us-east-1.amazonaws.com⟦basic-auth-password|CodeCommit HTTPS git credential⟧
''', ghp=c.t.ghp(), gl=c.t.glpat(), acct=c.acct_shared, cc=c.r.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=")


@f("home/mkovacs/.gitconfig")
def _(c):
    return T('''
[user]
	name = Marta Kovacs
	email = mkovacs@harborline.io
	signingkey = ⟨gpg⟩⟪GPG key id⟫
[commit]
	gpgsign = true
[credential]
	helper = store
[credential "https://git-codecommit.us-east-1.amazonaws.com"]
	helper = !aws codecommit credential-helper $@⟪credential helper⟫
	UseHttpPath = true
[url "git@github.com:"]
	insteadOf = https://github.com/
''', gpg=c.r.s(16, "0123456789ABCDEF"))


@f("backups/git-mirrors/orders.git/config")
def _(c):
    return T('''
[core]
	repositoryformatversion = 0
	filemode = true
	bare = true
[remote "origin"]
	url = https://harborline-mirror-bot:⟨pat⟩@github.com/harborline/orders.git⟦github-fine-grained-pat|token in remote URL⟧
	fetch = +refs/*:refs/*
	mirror = true
[remote "codecommit"]
	url = codecommit::us-east-1://orders⟪git-remote-codecommit URL⟫
''', pat=c.t.gh_fine())


@f("home/build/.m2/settings.xml")
def _(c):
    return T('''
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>harborline-codeartifact</id>
      <username>aws</username>
      <password>${env.CODEARTIFACT_AUTH_TOKEN}</password>⟪env interpolation⟫
    </server>
    <server>
      <id>nexus-releases</id>
      <username>svc-maven-deploy</username>
      <password>⟨pw⟩</password>⟦password|Maven server password⟧
    </server>
    <server>
      <id>ossrh</id>
      <username>harborline</username>
      <password>{⟨enc⟩}</password>⟪maven-encrypted password (needs settings-security.xml)⟫
    </server>
  </servers>
</settings>
''', pw=c.t.password(), enc=c.t.b64(33))


@f("home/build/.gradle/gradle.properties")
def _(c):
    return T('''
org.gradle.jvmargs=-Xmx4g -XX:+UseParallelGC
org.gradle.caching=true
signing.keyId=⟨kid⟩⟪signing key id⟫
signing.password=⟨sp⟩⟦password|signing.password⟧
signing.secretKeyRingFile=/home/build/.gnupg/secring.gpg
nexusUsername=svc-gradle
nexusPassword=⟨np⟩⟦password⟧
''', kid=c.r.s(8, "0123456789ABCDEF"), sp=c.t.passphrase(), np=c.t.password())


@f("dotnet/NuGet.Config")
def _(c):
    return T('''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="harborline" value="https://harborline-⟨acct⟩.d.codeartifact.us-east-1.amazonaws.com/nuget/internal/v3/index.json" />
    <add key="legacy-proget" value="https://proget.harborline.io/nuget/internal/" />
  </packageSources>
  <packageSourceCredentials>
    <legacy-proget>
      <add key="Username" value="svc-nuget" />
      <add key="ClearTextPassword" value="⟨pw⟩" />⟦password|NuGet ClearTextPassword⟧
    </legacy-proget>
    <harborline>
      <add key="Username" value="aws" />
      <add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA⟨dp⟩" />⟪DPAPI-encrypted blob⟫
    </harborline>
  </packageSourceCredentials>
</configuration>
''', acct=c.acct_shared, pw=c.t.password(), dp=c.t.b64(90))


@f("php/carrier-portal/auth.json")
def _(c):
    d = {"http-basic": {"repo.packagist.com": {"username": "token", "password": c.r.s(40, "0123456789abcdef") + "⟦password|composer http-basic password⟧"}},
         "github-oauth": {"github.com": c.t.gho() + "⟦github-oauth-token⟧"},
         "bitbucket-oauth": {}}
    return jd(d, indent=4)


@f("frontend/web-console/.npmrc")
def _(c):
    return T('''
registry=https://registry.npmjs.org/
@harborline:registry=https://harborline-⟨acct⟩.d.codeartifact.us-east-1.amazonaws.com/npm/internal/
//harborline-⟨acct⟩.d.codeartifact.us-east-1.amazonaws.com/npm/internal/:_authToken=${CODEARTIFACT_AUTH_TOKEN}⟪env interpolation⟫
//registry.npmjs.org/:_authToken=⟨npm⟩⟦npm-token⟧
save-exact=true
''', acct=c.acct_shared, npm=c.t.npm())


@f("frontend/web-console/.yarnrc.yml")
def _(c):
    return T('''
nodeLinker: node-modules
enableGlobalCache: true
npmScopes:
  harborline:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAuthToken: "${GITHUB_PACKAGES_TOKEN}"⟪env interpolation⟫
  carrier-sdk:
    npmRegistryServer: "https://nexus.harborline.io/repository/npm-partner/"
    npmAlwaysAuth: true
    npmAuthIdent: "svc-yarn:⟨pw⟩"⟦basic-auth-password|npmAuthIdent user:password⟧
yarnPath: .yarn/releases/yarn-4.2.2.cjs
''', pw=c.t.url_password())


@f("frontend/web-console/dist/assets/index-5c1e9b7a.js")
def _(c):
    parts = []
    for i in range(40):
        parts.append(f"function {c.r.s(2, 'abcdefghijklmnopqrstuvwxyz')}{i}(e,t){{return e&&t?e.{c.r.s(3, 'abcdefghijklmnop')}(t,\"{c.r.s(12)}\"):null}}")
    cfg = (f'const Zt={{region:"us-east-1",userPoolId:"us-east-1_{c.r.s(9)}",userPoolWebClientId:"{c.r.s(26, "abcdefghijklmnopqrstuvwxyz0123456789")}",'
           f'identityPoolId:"us-east-1:{c.r.uuid()}",stripeKey:"{c.t.stripe_pk()}",firebase:{{apiKey:"{c.t.firebase_web()}",projectId:"harborline-console"}},'
           f'sentry:"https://{c.r.s(32, "0123456789abcdef")}@o{c.r.digits(6)}.ingest.sentry.io/{c.r.digits(7)}"}};')
    return ";".join(parts[:20]) + ";" + cfg + ";".join(parts[20:]) + "⟪minified bundle: publishable keys, Cognito ids, Sentry DSN⟫"


@f("home/build/.config/pip/pip.conf")
def _(c):
    return T('''
[global]
index-url = https://svc-pip:⟨pw⟩@nexus.harborline.io/repository/pypi-group/simple⟦basic-auth-password|credentials in index-url⟧
extra-index-url = https://pypi.org/simple⟪no credentials⟫
timeout = 60
''', pw=c.t.url_password())


@f("home/build/.pypirc")
def _(c):
    return T('''
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = ⟨pypi⟩⟦pypi-token⟧

[internal]
repository = https://nexus.harborline.io/repository/pypi-internal/
username = svc-pip
password = %(PYPI_INTERNAL_PASSWORD)s⟪interpolation⟫
''', pypi=c.t.pypi())


@f("home/build/.docker/config.json")
def _(c):
    d = {"auths": {"https://index.docker.io/v1/": {"auth": basic("harborci", c.t.dckr()) + "⟦docker-auth|base64 user:dckr_pat⟧"},
                   "nexus.harborline.io:8443": {"auth": basic("svc-jenkins", c.t.password()) + "⟦docker-auth⟧"}},
         "credHelpers": {f"{c.acct_shared}.dkr.ecr.us-east-1.amazonaws.com": "ecr-login", "public.ecr.aws": "ecr-login"},
         "credsStore": "desktop"}
    return jd(d, indent=2)


@f("home/build/.terraform.d/credentials.tfrc.json")
def _(c):
    return jd({"credentials": {"app.terraform.io": {"token": c.t.tfc() + "⟦terraform-cloud-token⟧"}}}, indent=2)


@f("home/mkovacs/.vault-token")
def _(c):
    return c.t.hvs_short() + "⟦vault-token⟧"


# ---------------------------------------------------------------- keys / certs
@f("certs/orders-api.internal.key")
def _(c):
    return mark_pem(keys.pem(c.key("rsa:orders-api"), "pkcs1"), "private-key-rsa")


@f("certs/orders-api.internal.crt")
def _(c):
    return keys.self_signed(c.key("rsa:orders-api"), c.r, "orders-api.internal.harborline.io") + "⟪certificate⟫"


@f("certs/harborline-internal-root-ca.pem")
def _(c):
    return keys.self_signed(c.key("ed:ca"), c.r, "Harborline Internal Root CA", ca=True) + "⟪CA certificate⟫"


@f("certs/jwt/ledger-signing-es384.pem")
def _(c):
    return mark_pem(keys.pem(c.key("ec384:ledger"), "pkcs8"), "private-key-pkcs8", "EC P-384 in PKCS#8")


@f("certs/jwt/ledger-signing-es384.pub.pem")
def _(c):
    return keys.pub_pem(c.key("ec384:ledger")) + "⟪public key⟫"


@f("certs/apple/apns-driver.p8")
def _(c):
    return mark_pem(keys.pem(c.key("ec256:apns"), "pkcs8"), "private-key-pkcs8", "APNs auth key")


@f("home/mkovacs/.ssh/id_ed25519")
def _(c):
    return mark_pem(keys.openssh(c.key("ed:mkovacs"), c.r, "mkovacs@hl-mbp-114"), "private-key-openssh")


@f("home/mkovacs/.ssh/id_ed25519.pub")
def _(c):
    return keys.ssh_pub(c.key("ed:mkovacs"), "mkovacs@hl-mbp-114") + "⟪public key⟫"


@f("home/mkovacs/.ssh/known_hosts")
def _(c):
    rows = []
    for _ in range(5):
        rows.append(f"|1|{c.t.b64(20)}|{c.t.b64(20)} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{c.t.b64(24)[:43]}⟪hashed known_hosts⟫")
    return "\n".join(rows)


@f("backups/ec2-keypairs/ops-bastion-2022.pem")
def _(c):
    return mark_pem(keys.pem(c.key("rsa:bastion"), "pkcs1"), "private-key-rsa", "EC2 key pair download")


@f("ops/tls/carrier-proxy.key")
def _(c):
    return mark_pem(keys.pem(c.key("ec256:proxy"), "pkcs1"), "private-key-ec")


# ---------------------------------------------------------------- support tickets / Slack / CSV
@f("backups/zendesk/tickets/ZD-58213.txt")
def _(c):
    ak, sk = c.t.akid(), c.t.aws_secret()
    return T('''
Ticket #58213  |  Status: Solved  |  Priority: High
Subject: EDI uploads to your S3 drop failing with AccessDenied
Requester: it-ops@pfn-freight.example.net
Created: 2024-05-14 08:12 UTC

--- Customer, 2024-05-14 08:12 ---
Hi Harborline team, since yesterday our nightly EDI push to s3://harborline-edi-inbound/pfn/ fails with
"An error occurred (AccessDenied) when calling the PutObject operation". We use the IAM user you created for us.
These are the keys from our config so you can check:

  Access key ID: ⟨ak⟩⟦aws-access-key-id|pasted by customer⟧
  Secret access key: ⟨sk⟩⟦aws-secret-access-key⟧

Request ID from the error: ⟨rid⟩ / host id ⟨hid⟩⟪S3 request/host ids⟫

--- Agent (Dana R.), 2024-05-14 09:40 ---
Thanks. Please never send secret keys over support tickets; we have deactivated that key and issued a new one
through the usual channel. The bucket policy now also requires aws:SecureTransport. Our card on file for you ends in sk_live_...4242 is unrelated.⟪masked fragment⟫

--- Customer, 2024-05-14 10:02 ---
Works again, thanks!
''', ak=ak, sk=sk, rid=c.r.s(16, "ABCDEF0123456789"), hid=c.t.b64(56))


@f("backups/zendesk/tickets/ZD-58377.txt")
def _(c):
    return T('''
Ticket #58377  |  Status: Open  |  Priority: Normal
Subject: webhook signature mismatch + can you add my GitHub token to the integration?
Requester: dev@coastline-retail.example.org

--- Customer, 2024-05-21 14:55 ---
We connected the Harborline GitHub app but it keeps asking to re-auth. Our admin generated this token for the
integration, please paste it on your side:
⟨pat⟩⟦github-fine-grained-pat|pasted by customer⟧

Also the webhook signature header we receive is
X-Harborline-Signature: t=1716302100,v1=⟨sig⟩⟪HMAC signature value⟫

--- Agent (Priya K.), 2024-05-21 15:20 ---
Hi! We can't accept tokens by ticket. Please revoke it in GitHub (Settings > Developer settings) and re-run the
installation flow at https://app.harborline.io/integrations/github. Our docs show tokens as github_pat_XXXXXXXX... for illustration only.⟪placeholder⟫
''', pat=c.t.gh_fine(), sig=c.t.sha256())


@f("backups/zendesk/tickets/ZD-58540.txt")
def _(c):
    return T('''
Ticket #58540  |  Status: Pending
Subject: Jira sync stopped (carrier exceptions board)

--- Customer, 2024-06-01 07:31 ---
The Jira sync stopped after our admin rotated tokens. New token for svc-harborline@coastline-retail.example.org is
⟨at⟩⟦atlassian-api-token|pasted by customer⟧
Board: CEX, project id 10042.

--- Agent, 2024-06-01 08:02 ---
Received, we'll update the connection and ask you to rotate it once confirmed. Correlation id: ⟨u⟩⟪UUID⟫
''', at=c.t.atlassian(), u=c.r.uuid())


def slack_msg(c, user, text, ts):
    return {"client_msg_id": c.r.uuid(), "type": "message", "text": text, "user": user, "ts": f"{ts}.{c.r.digits(6)}",
            "team": "T0" + c.r.s(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
            "user_profile": {"avatar_hash": c.r.s(12, "0123456789abcdef"), "display_name": user.lower()}, "blocks": []}


@f("backups/slack-export/incident-2291/2024-04-02.json")
def _(c):
    U1, U2, U3 = "U04" + c.r.s(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "U05" + c.r.s(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "U03" + c.r.s(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    ak, sk, st = c.t.asia(), c.t.aws_secret(), c.t.session_token()
    msgs = [
        slack_msg(c, U1, "SSO is down for us too, cannot get into the console. anyone have working creds?", 1712041201),
        slack_msg(c, U2, "here, from my still-valid session (expires 15:40):\n```export AWS_ACCESS_KEY_ID=" + ak + "⟦aws-access-key-id|pasted temporary creds⟧\nexport AWS_SECRET_ACCESS_KEY=" + sk + "\nexport AWS_SESSION_TOKEN=" + st + "```", 1712041290),
        slack_msg(c, U3, "please don't paste creds in channel :no_entry: -- use the break-glass runbook. Format is like AKIAIOSFODNN7EXAMPLE anyway, no need to share", 1712041333),
        slack_msg(c, U1, "vault is also sealed? `vault status` says sealed. root token from the init output: " + c.t.hvs_short() + "⟦vault-token|pasted in chat⟧", 1712041500),
        slack_msg(c, U2, "DO droplet for the status page still needs its token, here: " + c.t.dop() + "⟦digitalocean-token⟧", 1712041622),
    ]
    # the message text is one JSON line, so the three values above land on one line each
    return jd(msgs, indent=4)


@f("backups/slack-export/releases/2024-05-17.json")
def _(c):
    U1, U2 = "U04" + c.r.s(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "U06" + c.r.s(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    msgs = [
        slack_msg(c, U1, "publishing @harborline/ui-kit 4.2.0 from my laptop since CI is red, using " + c.t.npm() + "⟦npm-token|pasted in chat⟧", 1715940000),
        slack_msg(c, U2, "release notes: https://github.com/harborline/ui-kit/compare/" + c.r.s(7, "0123456789abcdef") + "..." + c.r.s(7, "0123456789abcdef") + "⟪commit shas⟫", 1715940120),
        slack_msg(c, U2, "build id " + c.r.uuid() + " passed, artifact sha256 " + c.t.sha256(), 1715940300),
    ]
    return jd(msgs, indent=4)


@f("backups/slack-export/users.json")
def _(c):
    users = []
    for n in ["mkovacs", "jli", "priya.k", "dana.r", "ops-bot"]:
        users.append({"id": "U0" + c.r.s(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "team_id": "T0" + c.r.s(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                      "name": n, "deleted": False, "is_bot": n == "ops-bot",
                      "profile": {"avatar_hash": c.r.s(12, "0123456789abcdef"), "image_72": f"https://avatars.slack-edge.com/2023-01-01/{c.r.digits(13)}_{c.r.s(20, '0123456789abcdef')}_72.png"}})
    return jd(users, indent=2) + "⟪ids and avatar hashes⟫"


@f("exports/iam-credential-report-2024-06-01.csv")
def _(c):
    hdr = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,cert_1_active"
    rows = [hdr]
    for u in ["<root_account>", "svc-legacy-sftp", "svc-reporting", "mkovacs-breakglass", "svc-pfn-edi"]:
        arn = f"arn:aws:iam::{c.acct_prod}:root" if u.startswith("<") else f"arn:aws:iam::{c.acct_prod}:user/{u}"
        rows.append(f"{u},{arn},2021-0{len(u) % 9 + 1}-12T10:11:12+00:00,false,N/A,N/A,N/A,true,true,2023-09-18T08:41:02+00:00,2024-05-31T22:10:00+00:00,us-east-1,s3,false,N/A,false")
    rows[2] += "⟪credential report: no key material⟫"
    return "\n".join(rows)


@f("exports/partner-integrations-2024-Q2.csv")
def _(c):
    return T('''
partner,integration,environment,credential,owner,rotated_on
pfn-freight,email-relay,prod,⟨sg⟩,dana.r,2024-04-02⟦sendgrid-api-key|credential column in export⟧
coastline-retail,inventory-push,prod,⟨shp⟩,priya.k,2024-03-15⟦shopify-access-token⟧
oceancarrier,tracking-webhook,prod,(in Secrets Manager: prod/partners/oceancarrier),mkovacs,2024-05-01⟪reference⟫
oceancarrier,status-page,prod,⟨dop⟩,jli,2024-02-20⟦digitalocean-token⟧
coastline-retail,payments,prod,⟨sq⟩,priya.k,2024-05-09⟦square-access-token⟧
internal,uptime,prod,********,ops-bot,2024-05-30⟪masked⟫
''', sg=c.t.sendgrid(), shp=c.t.shopify(), dop=c.t.dop(), sq=c.t.square())


@f("exports/orders-2024-05-sample.csv")
def _(c):
    rows = ["order_id,customer_id,created_at,total_usd,payment_intent,idempotency_key,tracking_number"]
    for i in range(25):
        rows.append(f"ORD-{c.r.digits(7)},{c.r.uuid()},2024-05-{i % 28 + 1:02d}T{i % 24:02d}:14:00Z,{c.r.between(20, 900)}.{c.r.between(10, 99)},pi_{c.r.s(24)},{c.t.sha1()},1Z{c.r.s(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}")
    rows[1] += "⟪ids, hashes⟫"
    return "\n".join(rows)


# ---------------------------------------------------------------- logs
@f("logs/apigw/orders-prod-access-2024-06-02.log")
def _(c):
    out = []
    jwt_line = c.r.between(6, 10)
    basic_line = c.r.between(14, 18)
    for i in range(24):
        rid = c.r.uuid()
        ts = f"2024-06-02T10:{i:02d}:{(i * 7) % 60:02d}.{c.r.digits(3)}Z"
        if i == jwt_line:
            out.append(f'{ts} DEBUG {rid} Endpoint request headers: {{Authorization=Bearer {c.t.jwt(aud="orders-api")}, X-Amzn-Trace-Id=Root=1-665c4a2e-{c.r.s(24, "0123456789abcdef")}, Host=api.harborline.io}}⟦jwt|logged bearer token⟧')
        elif i == basic_line:
            out.append(f'{ts} DEBUG {rid} Endpoint request headers: {{Authorization=Basic {basic("pfn-edi", c.t.password())}, User-Agent=curl/8.4.0}}⟦basic-auth-header|logged basic auth⟧')
        elif i == 20:
            out.append(f'{ts} DEBUG {rid} Endpoint request headers: {{Authorization=Bearer ****, X-Amz-Security-Token=****}}⟪redacted⟫')
        else:
            out.append(f'{ts} INFO {rid} (POST /v1/orders) status=200 latency={c.r.between(12, 400)}ms xray=1-665c4a2e-{c.r.s(24, "0123456789abcdef")}')
    return "\n".join(out)


@f("logs/lambda/notify-prod-2024-06-03.log")
def _(c):
    out = []
    for i in range(15):
        rid = c.r.uuid()
        out.append(f"START RequestId: {rid} Version: $LATEST")
        if i == 9:
            out.append(f"2024-06-03T04:1{i % 10}:00.120Z\t{rid}\tDEBUG\tgithub request headers={{'Accept': 'application/vnd.github+json', 'Authorization': 'token {c.t.ghp()}'}}⟦github-pat|logged Authorization header⟧")
        else:
            out.append(f"2024-06-03T04:1{i % 10}:00.120Z\t{rid}\tINFO\tposted alarm to slack ok=true")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {c.r.between(80, 900)}.{c.r.digits(2)} ms\tBilled Duration: {c.r.between(100, 1000)} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB\tXRAY TraceId: 1-665d3f{c.r.s(2, '0123456789abcdef')}-{c.r.s(24, '0123456789abcdef')}")
    out[3] += "⟪request and trace ids⟫"
    return "\n".join(out)


@f("logs/alb/orders-prod-2024-06-02.log")
def _(c):
    out = []
    for i in range(20):
        out.append(f'h2 2024-06-02T11:{i:02d}:01.{c.r.digits(6)}Z app/orders-prod/{c.r.s(16, "0123456789abcdef")} 198.51.100.{i + 10}:{c.r.between(30000, 60000)} 10.40.1.{i + 20}:8080 0.001 0.0{c.r.between(10, 99)} 0.000 200 200 512 1204 '
                   f'"GET https://api.harborline.io:443/v1/orders?cursor={c.t.b64(48).rstrip("=")} HTTP/2.0" "okhttp/4.12.0" TLS_AES_128_GCM_SHA256 TLSv1.3 '
                   f'arn:aws:elasticloadbalancing:us-east-1:{c.acct_prod}:targetgroup/orders-api/{c.r.s(16, "0123456789abcdef")} "Root=1-665c{c.r.s(4, "0123456789abcdef")}-{c.r.s(24, "0123456789abcdef")}"')
    out[0] += "⟪pagination cursors, ARNs, trace ids⟫"
    return "\n".join(out)


@f("logs/ci/codebuild-billing-4821.log")
def _(c):
    return T('''
[Container] 2024/06/04 09:12:01.118 Running on CodeBuild On-demand
[Container] 2024/06/04 09:12:01.300 Phase is DOWNLOAD_SOURCE
[Container] 2024/06/04 09:12:03.871 CODEBUILD_SRC_DIR=/codebuild/output/src⟨n⟩/src/github.com/harborline/billing
[Container] 2024/06/04 09:12:04.002 Phase context status code:  Message:
[Container] 2024/06/04 09:12:04.100 Entering phase PRE_BUILD
[Container] 2024/06/04 09:12:04.101 Running command echo "$DOCKERHUB_TOKEN" | docker login -u "$DOCKERHUB_USER" --password-stdin
WARNING! Your password will be stored unencrypted in /root/.docker/config.json.
Login Succeeded
[Container] 2024/06/04 09:12:06.550 Running command npm config set //registry.npmjs.org/:_authToken ⟨npm⟩⟦npm-token|echoed by set -x⟧
[Container] 2024/06/04 09:12:09.912 Running command export IMAGE_TAG=$(echo $CODEBUILD_RESOLVED_SOURCE_VERSION | cut -c1-8)
[Container] 2024/06/04 09:12:10.001 CODEBUILD_RESOLVED_SOURCE_VERSION=⟨sha⟩⟪commit sha⟫
[Container] 2024/06/04 09:14:41.882 Phase complete: BUILD State: SUCCEEDED
''', n=c.r.digits(9), npm=c.t.npm(), sha=c.t.sha1())


# ---------------------------------------------------------------- runbooks / docs
@f("ops/runbooks/rotate-iam-user-keys.md")
def _(c):
    return '''
# Rotating IAM user access keys

1. Create the new key: `aws iam create-access-key --user-name svc-reporting`
2. The response looks like this (values from the AWS docs):

   ```json
   {"AccessKey": {"UserName": "svc-reporting", "AccessKeyId": "AKIAIOSFODNN7EXAMPLE",⟪AWS docs example⟫
     "Status": "Active", "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}}⟪AWS docs example⟫
   ```
3. Store it: `aws secretsmanager put-secret-value --secret-id prod/reporting/iam --secret-string file://key.json`
4. Deploy consumers, then `aws iam update-access-key --access-key-id <OLD_KEY_ID> --status Inactive`.⟪placeholder⟫
5. After 7 days without `access_key_1_last_used_date` changes, delete the old key.

Never paste `aws_secret_access_key = ...` into Slack or tickets; use `aws configure export-credentials --format env`.
'''


@f("ops/runbooks/break-glass.md")
def _(c):
    return T('''
# Break-glass access (SSO outage)

Owner: platform on-call. Last tested 2024-03-07.

1. Open the sealed envelope in the office safe, or 1Password vault "Break Glass" item "aws-root-prod".
2. Console sign-in for the `breakglass-admin` IAM user:
   - URL: https://⟨prod⟩.signin.aws.amazon.com/console⟪account id⟫
   - user: breakglass-admin
   - password: ⟨pw⟩⟦password|password written into the runbook⟧
3. Okta is usually also affected; to unlock an admin via API:

   ```
   curl -X POST -H "Authorization: SSWS ⟨okta⟩" \\⟦okta-api-token|SSWS token in curl⟧
        https://harborline.okta.com/api/v1/users/00u⟨uid⟩/lifecycle/unlock
   ```
4. Rotate everything you used afterwards and file an INC.
''', prod=c.acct_prod, pw=c.t.passphrase(), okta=c.t.okta(), uid=c.r.s(17))


@f("docs/onboarding/aws-access.md")
def _(c):
    return T('''
# AWS access for new engineers

We use IAM Identity Center (SSO). Start URL: https://harborline.awsapps.com/start

| Account     | ID           | Default role       |
|-------------|--------------|--------------------|
| shared      | ⟨sh⟩ | PowerUserAccess    |⟪account ids⟫
| staging     | ⟨stg⟩ | PowerUserAccess    |
| prod        | ⟨prod⟩ | ReadOnlyAccess     |

```ini
[profile prod-readonly]
sso_session = harborline
sso_account_id = ⟨prod⟩
sso_role_name = ReadOnlyAccess
```

Do **not** create IAM users with access keys. If a tool needs keys, use `credential_process` with aws-vault, e.g.
`credential_process = aws-vault export --format=json <profile>`. Keys look like `AKIA...` (20 chars) + a 40-char secret;
if you see a pair anywhere in a repo, report it in #security.⟪prose⟫
''', sh=c.acct_shared, stg=c.acct_stg, prod=c.acct_prod)


# ---------------------------------------------------------------- ops scripts & agents
@f("infra-scripts/bootstrap-eks-addons.sh")
def _(c):
    return T('''
#!/usr/bin/env bash
set -euo pipefail
CLUSTER=${1:-prod-use1}
aws eks update-kubeconfig --name "$CLUSTER" --region us-east-1

DB_PASS=$(aws secretsmanager get-secret-value --secret-id prod/keycloak/db --query SecretString --output text | jq -r .password)⟪fetched at runtime⟫

helm upgrade --install keycloak bitnami/keycloak -n auth --create-namespace \\
  --set auth.adminUser=admin \\
  --set auth.adminPassword='⟨kc⟩' \\⟦password|helm --set literal⟧
  --set externalDatabase.password="$DB_PASS"

helm upgrade --install grafana grafana/grafana -n monitoring \\
  --set adminPassword=⟨gf⟩⟦password⟧

mysql -h legacy-wms.c⟨rid⟩.us-east-1.rds.amazonaws.com -u wms_admin -p'⟨my⟩' -e 'SELECT 1'⟦password|mysql -p flag⟧
''', kc=c.t.password(), gf=c.t.password(), rid=c.r.s(11, "abcdefghijklmnopqrstuvwxyz0123456789"), my=c.t.password())


@f("infra-scripts/sync-artifacts.sh")
def _(c):
    return T('''
#!/bin/sh
# mirror release tarballs from the vendor portal into S3
set -e
curl -fsS -u harborline-ops:⟨pw⟩ https://downloads.wms-vendor.net/releases/latest.tar.gz -o /tmp/wms.tgz⟦password|curl -u user:password⟧
curl -fsS -u "$VENDOR_USER:$VENDOR_PASS" https://downloads.wms-vendor.net/releases/checksums.txt -o /tmp/sums.txt⟪env vars⟫
aws s3 cp /tmp/wms.tgz s3://harborline-artifacts/vendor/wms/ --sse aws:kms --sse-kms-key-id alias/artifacts
echo "sha256: $(sha256sum /tmp/wms.tgz | cut -d' ' -f1)"
''', pw=c.t.url_password())


@f("home/mkovacs/.zsh_history")
def _(c):
    rows = [
        ": 1717400001:0;aws sso login --profile prod-readonly",
        ": 1717400042:0;aws s3 ls s3://harborline-edi-inbound/pfn/ --profile prod-readonly",
        f": 1717400100:0;export AWS_SECRET_ACCESS_KEY={c.t.aws_secret()}⟦aws-secret-access-key|exported in shell⟧",
        f": 1717400101:0;export AWS_ACCESS_KEY_ID={c.t.akid()}⟦aws-access-key-id⟧",
        ": 1717400160:0;aws sts get-caller-identity",
        f": 1717400300:0;redis-cli -h orders-cache.{c.r.s(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}.ng.0001.use1.cache.amazonaws.com --tls -a '{c.t.password()}' INFO keyspace⟦password|redis-cli -a⟧",
        f": 1717400400:0;psql \"postgresql://etl_reader:{c.t.url_password()}@orders-prod.cluster-ro-c{c.r.s(11, 'abcdefghijklmnopqrstuvwxyz0123456789')}.us-east-1.rds.amazonaws.com/orders\"⟦db-uri-password⟧",
        ": 1717400500:0;git log --oneline -5",
        f": 1717400550:0;git show {c.t.sha1()}⟪commit sha⟫",
        ": 1717400600:0;kubectl -n orders get externalsecret",
    ]
    return "\n".join(rows)


@f("ops/grafana/provisioning/datasources/cloudwatch.yaml")
def _(c):
    return T('''
apiVersion: 1
datasources:
  - name: CloudWatch prod
    type: cloudwatch
    jsonData:
      authType: default
      assumeRoleArn: arn:aws:iam::⟨prod⟩:role/grafana-cloudwatch⟪role ARN⟫
      defaultRegion: us-east-1
  - name: CloudWatch log-archive
    type: cloudwatch
    jsonData:
      authType: keys
      defaultRegion: us-east-1
    secureJsonData:
      accessKey: ⟨ak⟩⟦aws-access-key-id⟧
      secretKey: ⟨sk⟩⟦aws-secret-access-key⟧
  - name: Athena CUR
    type: grafana-athena-datasource
    jsonData:
      authType: default
      catalog: AwsDataCatalog
      database: cur_db
      outputLocation: s3://harborline-athena-results-⟨sh⟩/grafana/
''', prod=c.acct_prod, ak=c.t.akid(), sk=c.t.aws_secret(), sh=c.acct_shared)


@f("ops/fluent-bit/fluent-bit.conf")
def _(c):
    return T('''
[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name   tail
    Path   /var/log/containers/*.log
    Tag    kube.*

[OUTPUT]
    Name              cloudwatch_logs
    Match             kube.*
    region            us-east-1
    log_group_name    /eks/prod/containers
    role_arn          arn:aws:iam::⟨log⟩:role/fluentbit-cross-account⟪role ARN⟫
    auto_create_group On

[OUTPUT]
    Name        datadog
    Match       kube.orders.*
    Host        http-intake.logs.datadoghq.com
    TLS         on
    apikey      ⟨dd⟩⟦datadog-api-key⟧
    dd_service  orders
''', log=c.acct_log, dd=c.t.dd_api())


@f("ops/datadog/datadog.yaml")
def _(c):
    return T('''
api_key: ⟨dd⟩⟦datadog-api-key⟧
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - team:platform
logs_enabled: true
apm_config:
  enabled: true
secret_backend_command: /usr/local/bin/dd-secret-helper⟪secret backend⟫
process_config:
  process_collection:
    enabled: true
''', dd=c.t.dd_api())


@f("ops/newrelic/sync_dashboards.py")
def _(c):
    return T('''
"""Copy NerdGraph dashboards from staging account to prod."""
import requests

NERDGRAPH = "https://api.newrelic.com/graphql"
HEADERS = {"API-Key": "⟨nrak⟩", "Content-Type": "application/json"}⟦newrelic-user-key⟧
STAGING_ACCOUNT = 3⟨sa⟩
PROD_ACCOUNT = 3⟨pa⟩


def dashboards(account: int) -> list[dict]:
    q = {"query": "{ actor { entitySearch(query: \\"type = 'DASHBOARD' AND accountId = %d\\") { results { entities { guid name } } } } }" % account}
    r = requests.post(NERDGRAPH, json=q, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["data"]["actor"]["entitySearch"]["results"]["entities"]
''', nrak=c.t.nrak(), sa=c.r.digits(6), pa=c.r.digits(6))


@f("ops/jira/export_carrier_exceptions.py")
def _(c):
    return T('''
import csv
import sys

import requests
from requests.auth import HTTPBasicAuth

JIRA = "https://harborline.atlassian.net"
AUTH = HTTPBasicAuth("svc-jira-export@harborline.io", "⟨tok⟩")⟦atlassian-api-token⟧

resp = requests.get(f"{JIRA}/rest/api/3/search", params={"jql": "project = CEX AND created >= -7d", "maxResults": 100},
                    auth=AUTH, timeout=30)
resp.raise_for_status()
w = csv.writer(sys.stdout)
for issue in resp.json()["issues"]:
    w.writerow([issue["key"], issue["fields"]["summary"], issue["fields"]["status"]["name"]])
''', tok=c.t.atlassian())


@f("ops/vault/agent.hcl")
def _(c):
    return T('''
pid_file = "/run/vault-agent.pid"

auto_auth {
  method "aws" {
    mount_path = "auth/aws"
    config = {
      type = "iam"
      role = "pricing-service"
      header_value = "vault.internal.harborline.io"
    }
  }
  sink "file" {
    config = { path = "/run/vault/token" }⟪token sink path⟫
  }
}

template {
  contents    = "{{ with secret \\"kv/data/pricing/db\\" }}DB_PASSWORD={{ .Data.data.password }}{{ end }}"⟪template reference⟫
  destination = "/run/pricing/.env"
}
''')


@f("ops/windows/ec2launch-userdata.ps1")
def _(c):
    return T('''
<powershell>
# WMS print server bootstrap (Windows Server 2022)
Set-ExecutionPolicy Bypass -Scope Process -Force
$adminPass = ConvertTo-SecureString "⟨pw⟩" -AsPlainText -Force⟦password|ConvertTo-SecureString -AsPlainText literal⟧
Set-LocalUser -Name "Administrator" -Password $adminPass
$dj = (Get-SECSecretValue -SecretId "prod/ad/domain-join").SecretString | ConvertFrom-Json⟪Secrets Manager lookup⟫
$cred = New-Object System.Management.Automation.PSCredential("HARBORLINE\\svc-domainjoin", (ConvertTo-SecureString $dj.password -AsPlainText -Force))
Add-Computer -DomainName corp.harborline.io -Credential $cred -Restart
</powershell>
''', pw=c.t.password())
