from common import *
STORE = "Keep it in a secrets manager or CI secret and read it from an environment variable at run time; never ship it in front-end code."
T = r"(?:[^0-9A-Za-z_\-]|$)"
def ai(id, name, sev, regex, kws, gen_lines, negs, revoke, refs, ent=3.5, conf="high", tags=()):
    return R(id, name, sev, conf, regex, kws, ["ai", *tags], remed(revoke, "the provider's usage and billing dashboard for spend since the exposure.", STORE),
             refs, gen_lines, negs, entropy=ent)
OAI_REV = "Delete the key at https://platform.openai.com/api-keys (project keys under Settings > Project > API keys; admin keys under Organization > Admin keys) and create a new one."
OAIREF = ["https://platform.openai.com/docs/api-reference/authentication", "https://help.openai.com/en/articles/9132009-how-can-i-rotate-my-api-key"]
def oai(pfx): return pfx + url(74) + "T3BlbkFJ" + url(74)
RULES = [
ai("openai-project-api-key", "OpenAI project API key", "critical", r"\b(sk-proj-[A-Za-z0-9_\-]{20,200}T3BlbkFJ[A-Za-z0-9_\-]{20,200})" + T, ["sk-proj-"],
   [f'OPENAI_API_KEY="{oai("sk-proj-")}"'], [f"sk-proj-{url(80)}", "sk-proj-...T3BlbkFJ..."], OAI_REV, OAIREF, tags=("openai",)),
ai("openai-service-account-key", "OpenAI service account key", "critical", r"\b(sk-svcacct-[A-Za-z0-9_\-]{20,200}T3BlbkFJ[A-Za-z0-9_\-]{20,200})" + T, ["sk-svcacct-"],
   [f"openai_key: {oai('sk-svcacct-')}"], [f"sk-svcacct-{url(60)}"], OAI_REV, OAIREF, tags=("openai",)),
ai("openai-admin-key", "OpenAI admin API key", "critical", r"\b(sk-admin-[A-Za-z0-9_\-]{20,200}T3BlbkFJ[A-Za-z0-9_\-]{20,200})" + T, ["sk-admin-"],
   [f"OPENAI_ADMIN_KEY={oai('sk-admin-')}"], [f"sk-admin-{url(60)}"], OAI_REV, OAIREF, tags=("openai",)),
ai("openai-legacy-api-key", "OpenAI user API key (legacy format)", "critical", r"\b(sk-(?:None-)?[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\b", ["t3blbkfj"],
   [f"openai.api_key = 'sk-{r(20)}T3BlbkFJ{r(20)}'"], [f"sk-{r(48)}", f"sk-{r(20)}T3BlbkFJ{r(19)}"], OAI_REV, OAIREF, tags=("openai",)),
ai("anthropic-api-key", "Anthropic API key", "critical", r"\b(sk-ant-api03-[A-Za-z0-9_\-]{93}AA)" + T, ["sk-ant-api03-"],
   [f'ANTHROPIC_API_KEY="sk-ant-api03-{url(93)}AA"'], [f"sk-ant-api03-{url(60)}AA", "sk-ant-api03-...", f"sk-ant-api03-{url(95)}"],
   "Disable and delete the key at https://console.anthropic.com/settings/keys; create a new one in the right workspace.",
   ["https://docs.anthropic.com/en/api/getting-started#authentication"], tags=("anthropic",)),
ai("anthropic-admin-key", "Anthropic Admin API key", "critical", r"\b(sk-ant-admin01-[A-Za-z0-9_\-]{93}AA)" + T, ["sk-ant-admin01-"],
   [f"ANTHROPIC_ADMIN_KEY=sk-ant-admin01-{url(93)}AA"], [f"sk-ant-admin01-{url(20)}AA"],
   "Delete the admin key at https://console.anthropic.com/settings/admin-keys. Admin keys manage members, workspaces and other keys: also review them.",
   ["https://docs.anthropic.com/en/api/administration-api"], tags=("anthropic",)),
ai("huggingface-access-token", "Hugging Face access token", "high", r"\b(hf_[A-Za-z]{34})\b", ["hf_"],
   [f"HF_TOKEN={r(34, LET).join(['hf_', ''])}", f"huggingface-cli login --token hf_{r(34, LET)}"], [f"hf_{r(30, LET)}", f"hf_{r(34)}1", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
   "Invalidate it at https://huggingface.co/settings/tokens (Manage > Invalidate and refresh) or delete it.", ["https://huggingface.co/docs/hub/security-tokens"], tags=("huggingface",)),
ai("huggingface-org-token", "Hugging Face organization API token (legacy)", "high", r"\b(api_org_[A-Za-z]{34})\b", ["api_org_"],
   [f"token = 'api_org_{r(34, LET)}'"], [f"api_org_{r(20, LET)}"], "Rotate the organization token in the organization's settings on huggingface.co.",
   ["https://huggingface.co/docs/hub/security-tokens"], tags=("huggingface",)),
ai("groq-api-key", "Groq API key", "high", r"\b(gsk_[A-Za-z0-9]{52})\b", ["gsk_"], [f"GROQ_API_KEY=gsk_{r(52)}"], [f"gsk_{r(40)}"],
   "Delete the key at https://console.groq.com/keys.", ["https://console.groq.com/docs/quickstart"]),
ai("replicate-api-token", "Replicate API token", "high", r"\b(r8_[A-Za-z0-9]{37})\b", ["r8_"], [f"REPLICATE_API_TOKEN=r8_{r(37)}"], [f"r8_{r(30)}"],
   "Disable the token at https://replicate.com/account/api-tokens.", ["https://replicate.com/docs/reference/http#authentication"]),
ai("perplexity-api-key", "Perplexity API key", "high", r"\b(pplx-[A-Za-z0-9]{48})\b", ["pplx-"], [f"PERPLEXITY_API_KEY=pplx-{r(48)}"], [f"pplx-{r(32)}"],
   "Revoke it at https://www.perplexity.ai/settings/api (API Keys > Delete).", ["https://docs.perplexity.ai/guides/getting-started"]),
ai("xai-api-key", "xAI API key", "high", r"\b(xai-[A-Za-z0-9]{80})\b", ["xai-"], [f"XAI_API_KEY=xai-{r(80)}"], [f"xai-{r(40)}"],
   "Delete the key in the xAI console (https://console.x.ai > API Keys).", ["https://docs.x.ai/docs/overview"]),
ai("openrouter-api-key", "OpenRouter API key", "high", r"\b(sk-or-v1-[a-f0-9]{64})\b", ["sk-or-v1-"], [f"OPENROUTER_API_KEY=sk-or-v1-{hexl(64)}"], [f"sk-or-v1-{hexl(32)}"],
   "Delete the key at https://openrouter.ai/settings/keys.", ["https://openrouter.ai/docs/api-reference/authentication"], ent=3.0),
ai("langsmith-api-key", "LangSmith API key", "high", r"\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})\b", ["lsv2_"], [f"LANGSMITH_API_KEY=lsv2_pt_{hexl(32)}_{hexl(10)}"], [f"lsv2_pt_{hexl(32)}"],
   "Delete the key in LangSmith > Settings > API Keys.", ["https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key"], ent=3.0),
ai("cohere-api-key", "Cohere API key", "high", ctx(r"cohere[\w.\-]{0,10}(?:api_?)?key|co_api_key") + r"([A-Za-z0-9]{40})\b", ["cohere", "co_api_key"],
   [f"COHERE_API_KEY={r(40)}"], ["COHERE_API_KEY=${COHERE_API_KEY}", f"COHERE_API_KEY={r(39)}"], "Delete the key at https://dashboard.cohere.com/api-keys.",
   ["https://docs.cohere.com/reference/about"], conf="medium"),
ai("mistral-api-key", "Mistral AI API key", "high", ctx(r"mistral[\w.\-]{0,10}(?:api_?)?key") + r"([A-Za-z0-9]{32})\b", ["mistral"],
   [f"MISTRAL_API_KEY={r(32)}"], ["MISTRAL_API_KEY=<mistral-key>", f"MISTRAL_MODEL={r(32)}"], "Delete the key at https://console.mistral.ai/api-keys.",
   ["https://docs.mistral.ai/getting-started/quickstart/"], conf="medium"),
ai("wandb-api-key", "Weights & Biases API key", "high", ctx(r"wandb[\w.\-]{0,10}(?:api_?)?key") + r"([a-f0-9]{40})\b", ["wandb"],
   [f"WANDB_API_KEY={hexl(40)}"], [f"WANDB_API_KEY={hexl(39)}", "WANDB_API_KEY=$WANDB_KEY"], "Revoke it at https://wandb.ai/settings (API keys > Delete) and create a new one.",
   ["https://docs.wandb.ai/guides/track/environment-variables/"], conf="medium", ent=3.0),
]
