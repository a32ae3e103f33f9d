from common import *
import json
STORE = "Keep it in Google Secret Manager or a CI secret; on GCP use the attached service account (Application Default Credentials) or Workload Identity Federation instead of keys."
sa_json = json.dumps({"type": "service_account", "project_id": "billing-prod-4821", "private_key_id": hexl(40),
   "private_key": "-----BEGIN PRIVATE KEY-----\n" + wrap64(b64enc(der_blob(1200))) + "\n-----END PRIVATE KEY-----\n",
   "client_email": "ci-deployer@billing-prod-4821.iam.gserviceaccount.com", "client_id": dig(21)}, indent=2)
RULES = [
R("gcp-api-key", "Google API key", "medium", "high", r"\b(AIza[0-9A-Za-z_\-]{35})(?:[^0-9A-Za-z_\-]|$)", ["aiza"], ["google", "gcp", "api-key"],
  remed("Regenerate or delete the key: gcloud services api-keys list; gcloud services api-keys delete KEY_ID (or Console > APIs & Services > Credentials > KEY > Regenerate key). "
        "Restrict the new key to the APIs and the HTTP referrers / apps / IPs that need it (gcloud services api-keys update KEY_ID --api-target=service=...). "
        "Keys shipped in web or mobile apps are public by design; restriction, not secrecy, protects them.",
        "Billing and API metrics (Console > APIs & Services > Metrics) for usage you do not recognise, especially Gemini/Maps.", STORE),
  ["https://cloud.google.com/docs/authentication/api-keys", "https://cloud.google.com/sdk/gcloud/reference/services/api-keys"],
  [f'GOOGLE_API_KEY="AIza{url(35)}"', f"const firebaseConfig = {{ apiKey: \"AIza{url(35)}\" }};"],
  [f"AIza{url(30)}", "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", f"aiza{url(35)}"], entropy=3.5),
R("gcp-oauth-client-secret", "Google OAuth client secret", "high", "high", r"\b(GOCSPX-[0-9A-Za-z_\-]{28})(?:[^0-9A-Za-z_\-]|$)", ["gocspx-"], ["google", "gcp", "oauth"],
  remed("Add a new secret and disable/delete the old one: Console > APIs & Services > Credentials > OAuth 2.0 Client IDs > CLIENT > Add secret, then Disable and Delete the leaked one.",
        "", STORE), ["https://support.google.com/cloud/answer/15549257"],
  [f'"client_secret": "GOCSPX-{url(28)}"'], [f"GOCSPX-{url(20)}", "GOCSPX-<client-secret>"], entropy=3.5),
R("google-oauth-refresh-token", "Google OAuth refresh token", "high", "medium", r"\b(1//0[0-9A-Za-z_\-]{40,400})(?:[^0-9A-Za-z_\-]|$)", ["1//0"], ["google", "oauth"],
  remed("Revoke it: curl -d token=REFRESH_TOKEN https://oauth2.googleapis.com/revoke, or remove the app at https://myaccount.google.com/permissions; gcloud auth revoke for gcloud credentials.",
        "", STORE), ["https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke"],
  [f'"refresh_token": "1//0{url(99)}"'], ["refresh_token: 1//0abc", f"https://host//0{url(50)}"], entropy=4.0),
R("google-oauth-access-token", "Google OAuth access token", "medium", "medium", r"\b(ya29\.[0-9A-Za-z_\-]{50,2000})(?:[^0-9A-Za-z_\-]|$)", ["ya29."], ["google", "oauth", "temporary"],
  remed("Access tokens live about an hour. Revoke now if needed: curl -d token=ACCESS_TOKEN https://oauth2.googleapis.com/revoke.", "", STORE),
  ["https://developers.google.com/identity/protocols/oauth2"], [f"Authorization: Bearer ya29.a0{url(180)}"], ["ya29.short", f"ya29{url(80)}"], entropy=4.0),
R("gcp-service-account-key", "Google Cloud service account key file", "critical", "high",
  r"\"type\"\s*:\s*\"service_account\"[\s\S]{0,600}\"private_key_id\"\s*:\s*\"([a-f0-9]{40})\"", ["service_account"], ["google", "gcp", "service-account"],
  remed("Delete the key: gcloud iam service-accounts keys delete KEY_ID --iam-account=SA_EMAIL (KEY_ID is private_key_id); list others with gcloud iam service-accounts keys list --iam-account=SA_EMAIL. "
        "Consider the constraints/iam.disableServiceAccountKeyCreation org policy.",
        "Cloud Audit Logs for the service account's activity (gcloud logging read 'protoPayload.authenticationInfo.principalEmail=\"SA_EMAIL\"').", STORE),
  ["https://cloud.google.com/iam/docs/keys-create-delete", "https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys"],
  [sa_json], ['{"type": "service_account", "project_id": "p", "private_key_id": "<key-id>"}', '{"type": "authorized_user", "private_key_id": "' + hexl(40) + '"}'],
  multiline=True, entropy=3.0),
R("firebase-cloud-messaging-server-key", "Firebase Cloud Messaging legacy server key", "high", "high",
  r"\b(AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{134})(?:[^0-9A-Za-z_\-]|$)", ["apa91b"], ["google", "firebase", "push"],
  remed("The legacy FCM API is shut down; delete the server key in Firebase console > Project settings > Cloud Messaging and use the HTTP v1 API with a service account.", "", STORE),
  ["https://firebase.google.com/docs/cloud-messaging/migrate-v1"], [f"FCM_SERVER_KEY=AAAA{url(7)}:APA91b{url(134)}"], [f"AAAA{url(7)}:APA91b{url(40)}"], entropy=4.0),
R("google-recaptcha-secret-key", "Google reCAPTCHA secret key", "medium", "medium",
  ctx(r"recaptcha[\w.\-]{0,15}secret(?:_?key)?") + r"(6L[0-9A-Za-z_\-]{38})(?:[^0-9A-Za-z_\-]|$)", ["recaptcha"], ["google", "captcha"],
  remed("Create a new key pair (reCAPTCHA admin console > SITE > Settings) or, for reCAPTCHA Enterprise, delete and recreate the key; update the server."),
  ["https://developers.google.com/recaptcha/docs/verify"], [f"RECAPTCHA_SECRET_KEY=6L{url(38)}"], [f"RECAPTCHA_SITE_KEY=6L{url(38)}", "RECAPTCHA_SECRET_KEY=6Lxxxx"], entropy=3.5),
]
