import importlib, sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
OUT = pathlib.Path("/work/main/credgate/linter/rules")
FILES = {
 "aws": "Amazon Web Services", "github": "GitHub", "gitlab": "GitLab", "atlassian": "Atlassian: Jira, Confluence, Bitbucket",
 "slack": "Slack", "payments": "Payments and commerce", "google": "Google and Google Cloud", "azure": "Microsoft Azure",
 "ai": "AI and model providers", "packages": "Package registries and artifact stores", "monitoring": "Monitoring, logging and error tracking",
 "chat": "Chat, messaging and email delivery", "cloud": "Cloud and hosting platforms", "devops": "DevOps, CI/CD, secrets and infrastructure tooling",
 "saas": "SaaS and productivity APIs", "social": "Social networks and identity", "keys": "Private keys",
 "uris": "Connection strings and URLs with embedded credentials", "generic": "Generic assignments and headers",
}
names = sys.argv[1:] or list(FILES)
for n in names:
    try:
        mod = importlib.import_module("r_" + n)
    except ModuleNotFoundError as e:
        if e.name == "r_" + n: continue
        raise
    from common import emit
    (OUT / f"{n}.toml").write_text(emit(mod.RULES, FILES[n] + " credentials"))
    print(n, len(mod.RULES))
