from common import *
SREF = ["https://api.slack.com/authentication/token-types", "https://api.slack.com/methods/auth.revoke"]
REVOKE = ("Revoke it: curl -X POST -H 'Authorization: Bearer TOKEN' https://slack.com/api/auth.revoke ; or in https://api.slack.com/apps > APP > "
          "OAuth & Permissions > Revoke All OAuth Tokens / reinstall the app to issue a new one.")
WHERE = "the workspace access logs (https://slack.com/admin/logs) and the app's activity for messages or files it read or posted."
STORE = "Keep it in a secrets manager or a CI secret and read it from an environment variable (e.g. SLACK_BOT_TOKEN) at run time."
def team(): return "T" + r(10, UPAN)
def bot(): return "B" + r(10, UPAN)
hook = f"https://hooks.slack.com/services/{team()}/{bot()}/{r(24, LET) [:20] + r(4)}"
T = r"(?:[^0-9A-Za-z\-]|$)"
RULES = [
R("slack-bot-token", "Slack bot token", "critical", "high", r"\b(xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24})\b", ["xoxb-"],
  ["slack", "chat", "token"], remed(REVOKE, WHERE, STORE), SREF,
  [f'SLACK_BOT_TOKEN="xoxb-{dig(12)}-{dig(13)}-{r(24)}"', f"slack_token: xoxb-{dig(11)}-{dig(12)}-{r(24)}"],
  [f"xoxb-{dig(12)}-{dig(13)}-{r(23)}", "xoxb-your-bot-token", f"xoxb-{dig(12)}-{r(24)}", "SLACK_BOT_TOKEN=xoxb-..."], entropy=3.5),
R("slack-user-token", "Slack user token", "critical", "high", r"\b(xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32})\b", ["xoxp-"],
  ["slack", "chat", "token"], remed(REVOKE, WHERE, STORE), SREF,
  [f"SLACK_USER_TOKEN=xoxp-{dig(12)}-{dig(12)}-{dig(13)}-{hexl(32)}"],
  [f"xoxp-{dig(12)}-{dig(12)}-{dig(13)}-{hexl(31)}", "xoxp-1234-5678-9012-abcdef", f"xoxp-{dig(12)}-{dig(12)}-{dig(13)}-{hexl(32).upper()}"], entropy=3.5),
R("slack-app-token", "Slack app-level token", "high", "high", r"\b(xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-f0-9]{64})\b", ["xapp-"],
  ["slack", "chat", "token"], remed("Revoke it in https://api.slack.com/apps > APP > Basic Information > App-Level Tokens > Revoke, and generate a new one.", WHERE, STORE), SREF,
  [f"SLACK_APP_TOKEN=xapp-1-A{r(10, UPAN)}-{dig(13)}-{hexl(64)}"], [f"xapp-1-A{r(10, UPAN)}-{dig(13)}-{hexl(60)}", "xapp-1-..."], entropy=3.5),
R("slack-legacy-bot-token", "Slack legacy bot token", "high", "high", r"\b(xoxb-[0-9]{8,14}-[A-Za-z0-9]{24})\b", ["xoxb-"],
  ["slack", "chat", "token"], remed(REVOKE + " Legacy bot users are deprecated; migrate to a Slack app with a granular bot token.", WHERE, STORE), SREF,
  [f"token = 'xoxb-{dig(11)}-{r(24)}'"], [f"xoxb-{dig(11)}-{r(20)}", f"xoxb-{dig(11)}-{r(25)}"], entropy=3.5),
R("slack-workspace-token", "Slack workspace or legacy access/refresh token", "high", "medium", r"\b(xox[aorsr]-[0-9]{1,2}-[0-9A-Za-z\-]{40,200}[0-9A-Za-z])" + T,
  ["xoxa-", "xoxo-", "xoxr-", "xoxs-"], ["slack", "chat", "token"], remed(REVOKE, WHERE, STORE), SREF,
  [f"SLACK_TOKEN=xoxa-2-{dig(12)}-{dig(12)}-{dig(13)}-{hexl(64)}", f"refresh: xoxr-1-{r(60)}"],
  ["xoxa-2-short", f"xoxs-{dig(10)}"], entropy=3.5),
R("slack-config-token", "Slack configuration access token", "high", "high", r"\b(xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{140,180})\b", ["xoxe.xox"],
  ["slack", "chat", "token"], remed("Revoke it with auth.revoke or regenerate at https://api.slack.com/apps > Your App Configuration Tokens. Config tokens can create and modify apps.", WHERE, STORE), SREF,
  [f"SLACK_CONFIG_TOKEN=xoxe.xoxp-1-{r(160)}"], [f"xoxe.xoxp-1-{r(100)}"], entropy=4.0),
R("slack-refresh-token", "Slack token rotation refresh token", "high", "high", r"\b(xoxe-[0-9]-[A-Za-z0-9]{140,180})\b", ["xoxe-"],
  ["slack", "chat", "token"], remed(REVOKE + " With token rotation on, revoking the refresh token stops new access tokens being issued.", WHERE, STORE), SREF,
  [f"SLACK_REFRESH_TOKEN=xoxe-1-{r(148)}"], [f"xoxe-1-{r(60)}"], entropy=4.0),
R("slack-webhook-url", "Slack incoming webhook URL", "high", "high",
  r"(https://hooks\.slack(?:-gov)?\.com/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24})\b", ["hooks.slack"],
  ["slack", "chat", "webhook"], remed("Disable or delete the webhook: https://api.slack.com/apps > APP > Incoming Webhooks > Remove (or the legacy Incoming WebHooks integration > Disable), then add a new one.",
  "the channel for spam or phishing posted through the hook.", STORE), ["https://api.slack.com/messaging/webhooks"],
  [f'SLACK_WEBHOOK_URL="{hook}"', f"webhook: https://hooks.slack.com/services/{team()}/{bot()}/{r(24)}"],
  [f"https://hooks.slack.com/services/{team()}/{bot()}/{r(23)}", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
   f"https://hooks.slack.com/services/{team()}/{bot()}/{r(24, 'abcdefghijklmnopqrstuvwxyz')}"],
  validator="slack_webhook", entropy=3.5),
R("slack-workflow-webhook-url", "Slack workflow/trigger webhook URL", "medium", "high",
  r"(https://hooks\.slack\.com/(?:workflows/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{17,20}/[A-Za-z0-9]{24}|triggers/T[A-Z0-9]{8,12}/[0-9]{10,20}/[a-f0-9]{32}))\b",
  ["hooks.slack.com/workflows/", "hooks.slack.com/triggers/"], ["slack", "chat", "webhook"],
  remed("Regenerate the workflow's webhook: Workflow Builder > WORKFLOW > Edit > the webhook step > Copy/Reset URL (or delete and recreate the trigger).", "", STORE),
  ["https://slack.com/help/articles/360041352714-Build-a-workflow--Create-a-workflow-that-starts-outside-of-Slack"],
  [f"url: https://hooks.slack.com/workflows/{team()}/A{r(10, UPAN)}/{dig(18)}/{r(24)}", f"https://hooks.slack.com/triggers/{team()}/{dig(13)}/{hexl(32)}"],
  [f"https://hooks.slack.com/triggers/{team()}/{dig(13)}/{hexl(30)}"], entropy=3.5),
]
