from simple import *
import base64
RULES = [
P("hashicorp-vault-service-token", "HashiCorp Vault service token", "critical", r"hvs\.", r"[A-Za-z0-9_\-]{90,120}", "hvs.", "VAULT_TOKEN", lambda: "hvs.CAESI" + url(90),
  "Revoke it: vault token revoke TOKEN (or vault token revoke -accessor ACCESSOR); revoking a parent revokes its children.", "https://developer.hashicorp.com/vault/docs/concepts/tokens", ["vault", "hashicorp", "secrets"], 4.0, ["hvs." + url(24)]),
P("hashicorp-vault-batch-token", "HashiCorp Vault batch token", "high", r"hvb\.", r"[A-Za-z0-9_\-]{138,300}", "hvb.", "VAULT_TOKEN", lambda: "hvb.AAAAAQ" + url(150),
  "Batch tokens cannot be revoked individually; they expire with their TTL or when the parent token / lease is revoked. Revoke the parent and shorten batch TTLs.", "https://developer.hashicorp.com/vault/docs/concepts/tokens#batch-tokens", ["vault", "hashicorp", "secrets"], 4.0, ["hvb." + url(40)]),
R("hashicorp-vault-legacy-token", "HashiCorp Vault token (legacy s. format)", "high", "medium", ctx(r"vault[\w.\-]{0,12}token|x-vault-token") + r"(s\.[A-Za-z0-9]{24})\b", ["vault"], ["vault", "hashicorp", "secrets"],
  remed("Revoke it: vault token revoke TOKEN.", "the Vault audit log for requests with this token's accessor.", STORE), ["https://developer.hashicorp.com/vault/docs/concepts/tokens"],
  [f"VAULT_TOKEN=s.{r(24)}", f"X-Vault-Token: s.{r(24)}"], [f"VAULT_TOKEN=s.{r(10)}", "VAULT_TOKEN=${VAULT_TOKEN}"], entropy=3.5),
P("terraform-cloud-api-token", "Terraform Cloud / HCP Terraform API token", "critical", r"[A-Za-z0-9]{14}\.atlasv1\.", r"[A-Za-z0-9_\-=]{60,70}", "atlasv1", "TFE_TOKEN", lambda: r(14) + ".atlasv1." + url(67),
  "Delete the token: User settings > Tokens (or Organization/Team settings > API tokens) in HCP Terraform; terraform logout removes the local copy.", "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens", ["terraform", "hashicorp", "iac"], 4.0, [r(14) + ".atlasv1." + url(20)]),
P("pulumi-access-token", "Pulumi access token", "high", r"pul-", r"[a-f0-9]{40}", "pul-", "PULUMI_ACCESS_TOKEN", lambda: "pul-" + hexl(40),
  "Delete it at https://app.pulumi.com/account/tokens (or the organization's Access Tokens page).", "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/", ["pulumi", "iac"], 3.0, ["pul-" + hexl(20)]),
]
for kind, name, sev in [("pt", "personal token", "critical"), ("st", "service token", "critical"), ("sa", "service account token", "critical"), ("ct", "CLI token", "high"), ("scim", "SCIM token", "high"), ("audit", "audit token", "medium")]:
    body = r"(?:[a-z0-9_\-]{2,35}\.)?[A-Za-z0-9]{40,44}" if kind == "st" else r"[A-Za-z0-9]{40,44}"
    RULES.append(P(f"doppler-{kind}-token", f"Doppler {name}", sev, r"dp\." + kind + r"\.", body, f"dp.{kind}.", "DOPPLER_TOKEN", (lambda k=kind: f"dp.{k}." + r(43)),
      "Revoke it: doppler configs tokens revoke / the dashboard (Project > Config > Access, or Team > Service accounts / Tokens).", "https://docs.doppler.com/reference/auth-token-formats", ["doppler", "secrets"], 3.5, [f"dp.{kind}." + r(20)]))
kube_key = "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo" + b64(400)
RULES += [
R("kubernetes-service-account-token", "Kubernetes service account token", "high", "high", r"\b(eyJ[A-Za-z0-9_\-]{10,4000}\.eyJ[A-Za-z0-9_\-]{10,8000}\.[A-Za-z0-9_\-]{16,2000})(?:[^A-Za-z0-9_\-.]|$)", ["eyj"], ["kubernetes", "jwt"],
  remed("For a legacy secret-based token, delete the Secret (kubectl -n NS delete secret NAME); for a bound token, delete the pod or service account it is bound to. "
        "If the issuer key itself leaked, rotate the service-account signing key.", "the API server audit log for requests by system:serviceaccount:NS:NAME.", STORE),
  ["https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/"],
  [f"token: {jwt_token({'iss': 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', 'sub': 'system:serviceaccount:ci:deployer'}, {'alg': 'RS256', 'kid': url(20)})}"],
  [f"token: {jwt_token({'iss': 'https://auth.acme.io', 'sub': '42'})}"], validator="k8s_sa_jwt", entropy=4.0),
R("kubeconfig-client-key-data", "Kubernetes client private key in kubeconfig", "critical", "high", r"client-key-data:\s*[\"']?(LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,8192}={0,2})", ["client-key-data"], ["kubernetes", "private-key"],
  remed("Client certificates cannot be revoked individually in Kubernetes: remove the user's RBAC bindings, and rotate the cluster CA if the identity had broad rights; prefer OIDC or cloud IAM auth (aws eks get-token).", "the API server audit log for that user.", STORE),
  ["https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/"], [f"    client-key-data: {kube_key}"], ["    client-key-data: LS0tLS1CRUdJTi...", f"    client-certificate-data: {kube_key}"], entropy=4.0),
P("postman-api-key", "Postman API key", "high", r"PMAK-", r"[a-f0-9]{24}-[a-f0-9]{34}", "pmak-", "POSTMAN_API_KEY", lambda: "PMAK-" + hexl(24) + "-" + hexl(34),
  "Delete the key at https://go.postman.co/settings/me/api-keys.", "https://learning.postman.com/docs/developer/postman-api/authentication/", ["postman", "api"], 3.0, ["PMAK-" + hexl(24)]),
P("sonarqube-token", "SonarQube / SonarCloud token", "high", r"sq[uap]_", r"[a-f0-9]{40}", "sq", "SONAR_TOKEN", lambda: "squ_" + hexl(40),
  "Revoke it: My Account > Security > Revoke (or api/user_tokens/revoke).", "https://docs.sonarsource.com/sonarqube/latest/user-guide/managing-tokens/", ["sonarqube", "ci"], 3.0, ["squ_" + hexl(30)]),
P("buildkite-api-token", "Buildkite API access token", "high", r"bkua_", r"[a-f0-9]{40}", "bkua_", "BUILDKITE_API_TOKEN", lambda: "bkua_" + hexl(40),
  "Revoke it at https://buildkite.com/user/api-access-tokens.", "https://buildkite.com/docs/apis/managing-api-tokens", ["buildkite", "ci"], 3.0, ["bkua_" + hexl(20)]),
R("circleci-personal-token", "CircleCI personal API token", "high", "high", r"\b(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})\b", ["ccipat_"], ["circleci", "ci"],
  remed("Delete it at https://app.circleci.com/settings/user/tokens.", "", STORE), ["https://circleci.com/docs/managing-api-tokens/"],
  [f"CIRCLE_TOKEN=CCIPAT_{r(22)}_{hexl(40)}"], [f"CCIPAT_{r(22)}_{hexl(20)}"], entropy=3.5),
R("circleci-legacy-token", "CircleCI API token (legacy)", "high", "medium", ctx(r"circle(?:ci)?[\w.\-]{0,12}token") + r"([a-f0-9]{40})\b", ["circle"], ["circleci", "ci"],
  remed("Delete it at https://app.circleci.com/settings/user/tokens (or the project's API permissions).", "", STORE), ["https://circleci.com/docs/managing-api-tokens/"],
  [f"CIRCLE_TOKEN={hexl(40)}"], [f"CIRCLE_SHA1={hexl(40)}", f"CIRCLE_TOKEN={hexl(30)}"], entropy=3.0),
R("travis-ci-token", "Travis CI API token", "medium", "medium", ctx(r"travis[\w.\-]{0,12}(?:api_?)?token") + r"([A-Za-z0-9_\-]{22})" + T, ["travis"], ["travis", "ci"],
  remed("Regenerate it in Travis CI > Settings > Settings tab > API authentication > Regenerate token.", "", STORE), ["https://docs.travis-ci.com/user/triggering-builds/"],
  [f"TRAVIS_API_TOKEN={url(22)}"], [f"TRAVIS_API_TOKEN={url(10)}"], entropy=3.5),
R("snyk-api-token", "Snyk API token", "high", "medium", ctx(r"snyk[\w.\-]{0,12}(?:api_?)?token") + r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b", ["snyk"], ["snyk", "ci"],
  remed("Revoke and regenerate it in Snyk Account settings > General > Auth Token > Revoke & Regenerate (service accounts: Org settings > Service accounts).", "", STORE),
  ["https://docs.snyk.io/snyk-api/authentication-for-api"], [f"SNYK_TOKEN={uuid4()}"], ["SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}"], entropy=3.0),
R("confluent-api-secret", "Confluent Cloud API secret", "high", "medium", ctx(r"confluent[\w.\-]{0,12}(?:api_?)?secret|sasl\.password|kafka[\w.\-]{0,12}(?:api_?)?secret") + r"([A-Za-z0-9+/]{64})(?:[^A-Za-z0-9+/=]|$)",
  ["confluent", "sasl.password", "kafka"], ["confluent", "kafka"],
  remed("Delete the API key: confluent api-key delete KEY, then create a new one scoped to the cluster.", "", STORE), ["https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/manage-api-keys.html"],
  [f"sasl.password={r(64, B64)}"], [f"sasl.password={r(30)}", "sasl.password=${CONFLUENT_SECRET}"], entropy=4.0),
]
