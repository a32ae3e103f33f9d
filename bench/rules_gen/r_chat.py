from common import *
STORE = "Keep it in a secrets manager or CI secret and read it from an environment variable at run time."
def c(id, name, sev, regex, kws, ex, negs, revoke, refs, ent=3.0, conf="high", tags=(), validator=None, where=""):
    return R(id, name, sev, conf, regex, kws, list(tags), remed(revoke, where, STORE), refs, ex, negs, entropy=ent, validator=validator)
def dtok():
    import base64
    uid = base64.b64encode(("1" + dig(18)).encode()).decode().rstrip("=")
    return f"{uid}.{url(6)}.{url(38)}"
T = r"(?:[^A-Za-z0-9_\-]|$)"
RULES = [
c("discord-bot-token", "Discord bot token", "high", ctx(r"discord[\w.\-]{0,15}(?:bot_?)?token|bot_?token") + r"([MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40})" + T,
  ["discord", "bot_token", "bottoken", "bot-token"], [f"DISCORD_BOT_TOKEN={dtok()}", f"discord.token: '{dtok()}'"], [f"DISCORD_BOT_TOKEN=M{url(23)}.{url(6)}", "DISCORD_BOT_TOKEN=${DISCORD_TOKEN}"],
  "Reset the token: https://discord.com/developers/applications > APP > Bot > Reset Token. Discord also auto-resets tokens found in public GitHub repos.", ["https://discord.com/developers/docs/reference#authentication"],
  ent=4.0, conf="medium", tags=("discord", "chat")),
c("discord-webhook-url", "Discord webhook URL", "medium", r"(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_\-]{60,68})" + T,
  ["discord.com/api/webhooks", "discordapp.com/api/webhooks"], [f"DISCORD_WEBHOOK=https://discord.com/api/webhooks/1{dig(18)}/{url(68)}"], [f"https://discord.com/api/webhooks/1{dig(18)}/{url(20)}"],
  "Delete the webhook: Server Settings > Integrations > Webhooks > WEBHOOK > Delete, or DELETE the webhook URL itself (curl -X DELETE URL).", ["https://discord.com/developers/docs/resources/webhook"], ent=4.0, tags=("discord", "chat", "webhook")),
c("discord-client-secret", "Discord OAuth client secret", "medium", ctx(r"discord[\w.\-]{0,12}client_?secret") + r"([A-Za-z0-9_\-]{32})" + T, ["discord"],
  [f"DISCORD_CLIENT_SECRET={url(32)}"], [f"DISCORD_CLIENT_SECRET={url(20)}"], "Reset the secret: Developer Portal > APP > OAuth2 > Reset Secret.", ["https://discord.com/developers/docs/topics/oauth2"], ent=3.5, conf="medium", tags=("discord", "oauth")),
c("telegram-bot-token", "Telegram bot token", "high", r"(?:bot|\b)([0-9]{8,10}:AA[0-9A-Za-z_\-]{33})" + T, [":aa"], [f"TELEGRAM_BOT_TOKEN={dig(10)}:AA{url(33)}", f"https://api.telegram.org/bot{dig(9)}:AA{url(33)}/sendMessage"],
  [f"{dig(10)}:AA{url(20)}", f"{dig(10)}:BB{url(33)}", "123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], "Revoke it with @BotFather: /revoke, pick the bot, and use the new token.",
  ["https://core.telegram.org/bots/features#botfather"], ent=3.5, tags=("telegram", "chat")),
c("microsoft-teams-webhook-url", "Microsoft Teams incoming webhook URL", "medium",
  r"(https://[a-z0-9\-]{1,60}\.webhook\.office\.com/webhookb2/[0-9a-f\-]{36}@[0-9a-f\-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f\-]{36}(?:/[A-Za-z0-9_\-]{40,60})?)" + T,
  ["webhook.office.com"], [f"TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{hexl(32)}/{uuid4()}"],
  [f"https://acme.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"], "Remove the Incoming Webhook connector from the channel (Channel > Connectors / Workflows > Remove) and create a new one.",
  ["https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook"], tags=("microsoft", "teams", "chat", "webhook")),
c("twilio-api-key", "Twilio API key SID with secret", "high", r"\b(SK[0-9a-f]{32})\b", ["sk"], [f"TWILIO_API_KEY=SK{hexl(32)}"], [f"SK{hexl(31)}", f"SK{hexl(32).upper()}"],
  "Delete the API key in Twilio Console > Account > API keys & tokens (its secret is shown only once, so find where it is stored too).", ["https://www.twilio.com/docs/iam/api-keys"], tags=("twilio", "sms")),
c("twilio-auth-token", "Twilio auth token", "critical", ctx(r"twilio[\w.\-]{0,12}(?:auth_?)?token") + r"([a-f0-9]{32})\b", ["twilio"], [f"TWILIO_AUTH_TOKEN={hexl(32)}"],
  [f"TWILIO_AUTH_TOKEN={hexl(31)}", "TWILIO_AUTH_TOKEN=your_auth_token"], "Rotate it: Twilio Console > Account > API keys & tokens > Auth tokens > Request a secondary token, switch clients, then Promote.",
  ["https://www.twilio.com/docs/iam/credentials/api"], conf="medium", tags=("twilio", "sms"), where="Twilio Monitor > Logs and usage records for SMS/voice spend you did not make."),
c("twilio-account-sid", "Twilio account SID", "info", r"\b(AC[0-9a-f]{32})\b", ["ac"], [f"TWILIO_ACCOUNT_SID=AC{hexl(32)}"], [f"AC{hexl(30)}", f"AC{hexl(32).upper()}"],
  "An account SID is an identifier, not a secret. Check the auth token or API key secret stored next to it.", ["https://www.twilio.com/docs/glossary/what-is-a-sid"], tags=("twilio", "identifier")),
c("sendgrid-api-key", "SendGrid API key", "high", r"\b(SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})" + T, ["sg."], [f"SENDGRID_API_KEY=SG.{url(22)}.{url(43)}"], [f"SG.{url(22)}.{url(20)}", "SG.xxxxx.yyyyy"],
  "Delete the key at https://app.sendgrid.com/settings/api_keys and create one with only Mail Send permission.", ["https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"],
  ent=4.0, tags=("sendgrid", "email"), where="Activity Feed for mail sent since the exposure (phishing from your domain)."),
c("mailgun-api-key", "Mailgun API key (legacy key- format)", "high", r"\b(key-[0-9a-f]{32})\b", ["key-"],
  [f"MAILGUN_API_KEY=key-{hexl(32)}"], [f"key-{hexl(31)}", f"key-{hexl(32).upper()}"],
  "Delete the key in Mailgun > Account settings > API security > Delete key, then create a new one.", ["https://documentation.mailgun.com/docs/mailgun/user-manual/api-key-mgmt/"],
  tags=("mailgun", "email")),
c("mailgun-private-api-key", "Mailgun API / sending key", "high", ctx(r"mailgun[\w.\-]{0,12}(?:api_?|sending_?|private_?)?key") + r"([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\b", ["mailgun"],
  [f"mailgun_api_key: {hexl(32)}-{hexl(8)}-{hexl(8)}"], [f"MAILGUN_API_KEY={hexl(32)}-{hexl(8)}", "MAILGUN_API_KEY=${MAILGUN_KEY}"],
  "Delete the key in Mailgun > Account settings > API security, or for domain sending keys Domain settings > Sending API keys.", ["https://documentation.mailgun.com/docs/mailgun/user-manual/api-key-mgmt/"],
  conf="medium", tags=("mailgun", "email")),
c("mailchimp-api-key", "Mailchimp API key", "high", r"\b([0-9a-f]{32}-us[0-9]{1,2})\b", ["-us"], [f"MAILCHIMP_API_KEY={hexl(32)}-us21"], [f"{hexl(30)}-us21", f"{hexl(32)}-eu1"],
  "Revoke the key in Mailchimp > Profile > Extras > API keys > Revoke.", ["https://mailchimp.com/developer/marketing/guides/quick-start/"], tags=("mailchimp", "email")),
c("mailchimp-transactional-api-key", "Mailchimp Transactional (Mandrill) API key", "high", ctx(r"mandrill[\w.\-]{0,12}(?:api_?)?key|mailchimp_?transactional[\w.\-]{0,12}key") + r"(md-[A-Za-z0-9_\-]{22})" + T,
  ["mandrill", "transactional"], [f"MANDRILL_API_KEY=md-{url(22)}"], [f"MANDRILL_API_KEY=md-{url(10)}"], "Delete the key in Mandrill > Settings > SMTP & API Info.", ["https://mailchimp.com/developer/transactional/guides/quick-start/"],
  ent=3.5, conf="medium", tags=("mailchimp", "email")),
c("postmark-server-token", "Postmark server/account token", "high", ctx(r"postmark[\w.\-]{0,12}(?:server_?|account_?|api_?)?(?:token|key)|x-postmark-(?:server|account)-token") + r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b",
  ["postmark"], [f"POSTMARK_SERVER_TOKEN={uuid4()}", f"X-Postmark-Server-Token: {uuid4()}"], ["POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST"],
  "Regenerate the token in Postmark > Server > API Tokens > Regenerate (account tokens under Account > API Tokens).", ["https://postmarkapp.com/developer/api/overview#authentication"], conf="medium", tags=("postmark", "email")),
c("sparkpost-api-key", "SparkPost API key", "high", ctx(r"sparkpost[\w.\-]{0,12}(?:api_?)?key") + r"([a-f0-9]{40})\b", ["sparkpost"], [f"SPARKPOST_API_KEY={hexl(40)}"], [f"SPARKPOST_API_KEY={hexl(20)}"],
  "Delete the key in SparkPost > Configuration > API Keys.", ["https://developers.sparkpost.com/api/"], conf="medium", tags=("sparkpost", "email")),
c("brevo-api-key", "Brevo (Sendinblue) API key", "high", r"\b(xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})\b", ["xkeysib-"], [f"BREVO_API_KEY=xkeysib-{hexl(64)}-{r(16)}"], [f"xkeysib-{hexl(64)}"],
  "Delete the key in Brevo > SMTP & API > API Keys.", ["https://developers.brevo.com/docs/getting-started"], tags=("brevo", "email")),
]
