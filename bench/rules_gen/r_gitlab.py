from common import *
REF = ["https://docs.gitlab.com/ee/security/tokens/", "https://docs.gitlab.com/ee/security/token_overview.html"]
T = r"(?:[^0-9A-Za-z_\-]|$)"
def gl(id, name, sev, prefix, body, gen, revoke, ctxline, negs, conf="high", ent=3.0, tags=()):
    return R(id, name, sev, conf, r"\b(" + prefix + body + r")" + T, [prefix.replace("\\", "").lower()], ["gitlab", "vcs", *tags],
             remed(revoke, "the project/group audit events (Secure > Audit events) for activity by this token since the exposure.",
                   "Keep it in masked, protected CI/CD variables or an external secrets manager (Vault, AWS Secrets Manager) instead of the repository."),
             REF, [ctxline.format(prefix.replace("\\", "") + gen()) for _ in range(1)] + [f"token: {prefix.replace(chr(92), '')}{gen()}"], negs, entropy=ent)
RULES = [
gl("gitlab-personal-access-token", "GitLab personal access token", "critical", "glpat-",
   r"(?:[0-9A-Za-z_\-]{20}|[0-9A-Za-z_\-]{27,300}\.[0-9a-z]{2}\.[0-9a-z]{9})", lambda: url(20),
   "Revoke it: User Settings > Access tokens > Revoke (https://gitlab.com/-/user_settings/personal_access_tokens), or as admin "
   "curl --request DELETE --header \"PRIVATE-TOKEN: ADMIN_TOKEN\" https://gitlab.example.com/api/v4/personal_access_tokens/ID. "
   "Self-revoke via API: curl --request DELETE --header \"PRIVATE-TOKEN: TOKEN\" https://gitlab.com/api/v4/personal_access_tokens/self.",
   'GITLAB_TOKEN="{}"', ["glpat-" + url(19), "GLPAT-" + url(20), "glpat-xxxxxxxxxxxxxxxxxxxx", "GITLAB_TOKEN=$GITLAB_TOKEN"], ent=3.5, tags=("token",)),
gl("gitlab-deploy-token", "GitLab deploy token", "high", "gldt-", r"[0-9A-Za-z_\-]{20}", lambda: url(20),
   "Revoke it in Settings > Repository > Deploy tokens > Revoke, then create a new one with the minimum scopes.",
   "docker login -u deployer -p {} registry.gitlab.com", ["gldt-" + url(19), "gldt-<deploy-token>"], ent=3.5, tags=("token",)),
gl("gitlab-runner-authentication-token", "GitLab runner authentication token", "high", "glrt-",
   r"(?:t\d_)?[0-9A-Za-z_\-]{20,27}", lambda: url(20),
   "Reset it: Settings > CI/CD > Runners > RUNNER > Reset authentication token, or gitlab-runner unregister then register a new runner; "
   "API: POST /api/v4/runners/reset_authentication_token.",
   'token = "{}"', ["glrt-" + url(12), "glrt-REPLACE_ME"], ent=3.5, tags=("ci", "runner")),
gl("gitlab-runner-registration-token", "GitLab runner registration token (legacy)", "high", "GR1348941",
   r"[0-9A-Za-z_\-]{20}", lambda: url(20),
   "Reset the project/group/instance registration token (Settings > CI/CD > Runners > Reset registration token) and move to runner "
   "authentication tokens (glrt-), since registration tokens are deprecated.",
   "gitlab-runner register --registration-token {}", ["GR1348941" + url(10), "GR1348941_REGISTRATION_TOKEN_HERE"], ent=3.5, tags=("ci", "runner")),
gl("gitlab-pipeline-trigger-token", "GitLab pipeline trigger token", "high", "glptt-", r"[0-9a-f]{40}", lambda: hexl(40),
   "Revoke it in Settings > CI/CD > Pipeline trigger tokens, or DELETE /api/v4/projects/ID/triggers/TRIGGER_ID, and create a new one.",
   "curl -X POST -F token={} -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline", ["glptt-" + hexl(39), "glptt-" + hexl(40).upper()], tags=("ci",)),
gl("gitlab-ci-job-token", "GitLab CI/CD job token", "medium", "glcbt-", r"[0-9a-f]{1,5}_[0-9A-Za-z_\-]{20}", lambda: hexl(2) + "_" + url(20),
   "Job tokens are valid only while the job runs; if the job is still running, cancel it. Review the project's job token allowlist (Settings > CI/CD > Job token permissions).",
   "CI_JOB_TOKEN={}", ["glcbt-" + url(20), "glcbt-64_" + url(10)], ent=3.3, tags=("ci",)),
gl("gitlab-feed-token", "GitLab feed token", "medium", "glft-", r"[0-9A-Za-z_\-]{20}", lambda: url(20),
   "Reset it: User Settings > Access tokens > Feed token > Reset feed token. It grants read access to RSS/Atom and calendar feeds.",
   "https://gitlab.com/dashboard/issues.atom?feed_token={}", ["glft-" + url(15)], ent=3.5, tags=("token",)),
gl("gitlab-incoming-email-token", "GitLab incoming email token", "medium", "glimt-", r"[0-9A-Za-z_\-]{25}", lambda: url(25),
   "Reset it: User Settings > Access tokens > Incoming email token > Reset. Anyone holding it can create issues and merge requests by email as you.",
   "incoming_email_token={}", ["glimt-" + url(20)], ent=3.5, tags=("token",)),
gl("gitlab-scim-token", "GitLab SCIM OAuth token", "high", "glsoat-", r"[0-9A-Za-z_\-]{20}", lambda: url(20),
   "Reset the SCIM token: Group > Settings > SAML SSO > Reset SCIM token, then update the identity provider's provisioning config.",
   "SCIM_TOKEN={}", ["glsoat-" + url(10)], ent=3.5, tags=("token", "identity")),
gl("gitlab-oauth-app-secret", "GitLab OAuth application secret", "high", "gloas-", r"[0-9a-f]{64}", lambda: hexl(64),
   "Renew the secret: Settings > Applications > APP > Renew secret (or POST /api/v4/applications/ID/renew-secret), then update the client.",
   "gitlab_app_secret: {}", ["gloas-" + hexl(63), "gloas-" + "0" * 64], ent=3.5, tags=("oauth",)),
gl("gitlab-feature-flags-client-token", "GitLab feature flags client token", "low", "glffct-", r"[0-9A-Za-z_\-]{20}", lambda: url(20),
   "Reset the instance ID token: Deploy > Feature flags > Configure > Reset. It only reads feature flag state.",
   'UNLEASH_INSTANCE_ID="{}"', ["glffct-" + url(8)], ent=3.5, tags=("token",)),
gl("gitlab-agent-token", "GitLab agent for Kubernetes token", "high", "glagent-", r"[0-9A-Za-z_\-]{50}", lambda: url(50),
   "Revoke it: Operate > Kubernetes clusters > AGENT > Access tokens > Revoke; create a new one and update the agentk secret "
   "(kubectl -n gitlab-agent create secret generic gitlab-agent-token --from-literal=token=NEW --dry-run=client -o yaml | kubectl apply -f -).",
   "config.token={}", ["glagent-" + url(40)], ent=3.5, tags=("kubernetes",)),
]
