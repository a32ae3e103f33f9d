from common import *
GH_REM = lambda kind, url: remed(
    f"Revoke the {kind} at {url}. If you do not own it, report it through GitHub's secret scanning or support. "
    "gh CLI: gh auth token shows the current one; gh auth refresh / gh auth logout rotate local credentials.",
    "the organization audit log (Settings > Audit log, filter by the token's user) and the user's security log for clones, pushes and API use since the exposure.",
    "Store it as a GitHub Actions secret, in your OS keychain (gh auth login stores it there) or a secrets manager; in CI prefer the built-in GITHUB_TOKEN or a GitHub App installation token.")
REF = ["https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/",
       "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation"]
def classic(prefix, id, name, sev, kind, url, ctxline):
    t = crc_token(prefix); t2 = crc_token(prefix)
    return R(id, name, sev, "high", r"\b(" + prefix + r"[A-Za-z0-9]{36})\b", [prefix], ["github", "vcs", "token"],
             GH_REM(kind, url), REF, [ctxline.format(t), f"git clone https://x-access-token:{t2}@github.com/acme/infra.git"],
             [bad_crc(t), prefix + r(35), prefix.upper() + t[4:], prefix + "x" * 36, prefix + t[4:] + "Q", "${" + "GITHUB_TOKEN}"],
             validator="github_crc32", entropy=3.5)
fg = "github_pat_" + r(22) + "_" + r(59)
RULES = [
classic("ghp_", "github-personal-access-token", "GitHub personal access token (classic)", "critical", "personal access token",
        "https://github.com/settings/tokens", 'GITHUB_TOKEN="{}"'),
classic("gho_", "github-oauth-access-token", "GitHub OAuth access token", "critical", "OAuth app authorization",
        "https://github.com/settings/applications (Authorized OAuth Apps > Revoke)", "oauth_token: {}"),
classic("ghu_", "github-user-to-server-token", "GitHub App user-to-server token", "high", "GitHub App user authorization",
        "https://github.com/settings/apps/authorizations", "Authorization: token {}"),
classic("ghs_", "github-server-to-server-token", "GitHub App installation token", "high", "installation token (DELETE /installation/token)",
        "https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token", "GH_TOKEN={}"),
classic("ghr_", "github-refresh-token", "GitHub App refresh token", "high", "GitHub App user authorization that issued this refresh token",
        "https://github.com/settings/apps/authorizations", 'refresh_token = "{}"'),
R("github-fine-grained-pat", "GitHub fine-grained personal access token", "critical", "high",
  r"\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b", ["github_pat_"], ["github", "vcs", "token"],
  GH_REM("fine-grained token", "https://github.com/settings/personal-access-tokens"), REF + ["https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"],
  [f'GITHUB_TOKEN="{fg}"', f"//npm.pkg.github.com/:_authToken={'github_pat_' + r(22) + '_' + r(59)}"],
  ["github_pat_" + r(22) + "_" + r(58), "github_pat_" + r(21) + "_" + r(59), "GITHUB_PAT_" + r(22) + "_" + r(59)], entropy=4.0),
R("github-oauth-client-secret", "GitHub OAuth app client secret", "high", "medium",
  ctx(r"github[\w.\-]{0,20}client_?secret|gh_?client_?secret") + r"([a-f0-9]{40})\b", ["client_secret", "clientsecret", "client-secret"],
  ["github", "vcs", "oauth"],
  remed("Generate a new client secret and delete the old one: https://github.com/settings/developers > OAuth Apps > APP > Generate a new client secret.",
        "the app's authorizations for unexpected users."),
  ["https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps"],
  [f"GITHUB_CLIENT_SECRET={hexl(40)}", f'github.clientSecret: "{hexl(40)}"'],
  ["GITHUB_CLIENT_SECRET=${{ secrets.GH_CLIENT_SECRET }}", f"GITHUB_CLIENT_SECRET={hexl(39)}", f"GITHUB_CLIENT_ID={hexl(40)}"], entropy=3.3),
]
