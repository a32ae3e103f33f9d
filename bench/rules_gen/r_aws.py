from common import *
import base64
ak = "AKIA" + b32(16); ak2 = "AKIA" + b32(16); asia = "ASIA" + b32(16)
sk = b64(40); sk2 = b64(40)
AWS_REM_KEY = remed(
    "Deactivate then delete the key: aws iam update-access-key --access-key-id KEY_ID --status Inactive --user-name USER; "
    "after confirming nothing legitimate breaks, aws iam delete-access-key --access-key-id KEY_ID --user-name USER. "
    "Find the owner with aws iam get-access-key-last-used --access-key-id KEY_ID. Console: https://console.aws.amazon.com/iam/home#/security_credentials",
    "CloudTrail for calls made with the key since the exposure (aws cloudtrail lookup-events --lookup-attributes AttributeKey=AccessKeyId,AttributeValue=KEY_ID) "
    "and look for new IAM users, keys, roles or instances it may have created.",
    "Prefer no long-term keys at all: IAM roles (instance profiles, task roles, IRSA, GitHub OIDC). "
    "If a key is unavoidable keep it in AWS Secrets Manager or the ~/.aws/credentials file outside the repository.")
REFS = ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids"]
SECRET_CTX = r"(?i:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key|aws_?secret|secretaccesskey)"
bedrock_long = "ABSK" + base64.b64encode(b"BedrockAPIKey-" + lowan(4).encode() + b"-at-" + dig(12).encode() + b":" + r(60).encode()).decode()
presigned = ("bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
             + asia + "%2F20250708%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250708T101500Z&X-Amz-Expires=43200"
             "&X-Amz-Security-Token=IQoJb3JpZ2luX2Vj" + url(180) + "&X-Amz-Signature=" + hexl(64) + "&X-Amz-SignedHeaders=host&Version=1")
bedrock_short = "bedrock-api-key-" + base64.b64encode(presigned.encode()).decode()
sess = "IQoJb3JpZ2luX2VjE" + b64(300) + "="
RULES = [
R("aws-access-key-id", "AWS access key ID", "high", "high",
  r"\b((?:AKIA|ABIA|ACCA)[A-Z2-7]{16})\b", ["akia", "abia", "acca"], ["aws", "cloud", "key-id"],
  AWS_REM_KEY, REFS,
  [f"aws_access_key_id = {ak}", f'export AWS_ACCESS_KEY_ID="{ak2}"', f'  "AccessKeyId": "{"ACCA" + b32(16)}",'],
  ["aws_access_key_id = AKIAIOSFODNN7EXAMPLE", f"AKIA{b32(15)}", f"akia{b32(16).lower()}", f"AKIA{b32(10)}01{b32(4)}",
   f"XAKIA{b32(16)}", "aws_access_key_id = ${AWS_ACCESS_KEY_ID}"],
  validator="aws_key_id", entropy=3.0, allowlist={"regexes": [r"EXAMPLE$"]}),
R("aws-temporary-access-key-id", "AWS temporary (STS) access key ID", "medium", "high",
  r"\b(ASIA[A-Z2-7]{16})\b", ["asia"], ["aws", "cloud", "key-id", "temporary"],
  remed("Temporary keys expire on their own (at most 36 hours for STS, 12 hours for role sessions), but the session token that goes with them "
        "may be next to this line. If it is still valid, revoke the role's active sessions: IAM console > Roles > ROLE > Revoke sessions "
        "(attaches an AWSRevokeOlderSessions deny policy). https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html",
        "CloudTrail events for this AccessKeyId and the role that issued it."), REFS,
  [f"AWS_ACCESS_KEY_ID={asia}", f'aws_access_key_id: "{"ASIA" + b32(16)}"'],
  ["ASIAIOSFODNN7EXAMPLE", f"ASIA{b32(17)}", f"ASIA{b32(12)}"], validator="aws_key_id", allowlist={"regexes": [r"EXAMPLE$"]}),
R("aws-unique-id", "AWS principal or resource unique ID", "info", "medium",
  r"\b((?:AIDA|AROA|AGPA|AIPA|ANPA|ANVA|APKA|ASCA)[A-Z2-7]{16})\b",
  ["aida", "aroa", "agpa", "aipa", "anpa", "anva", "apka", "asca"], ["aws", "identifier"],
  remed("This is an identifier, not a secret (AIDA user, AROA role, AGPA group, AIPA instance profile, ANPA/ANVA policy, APKA public key, ASCA certificate). "
        "Nothing to revoke; it reveals account structure, so keep it out of public repositories if that matters to you.",
        store="Reference principals by ARN in configuration rather than by unique ID."),
  ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids"],
  [f'"UserId": "{"AIDA" + b32(16)}",', f'"RoleId": "{"AROA" + b32(16)}"'],
  [f"AIDA{b32(15)}", "AROAEXAMPLEEXAMPLE12", f"AKIA{b32(16)}"], validator="aws_key_id", entropy=2.5,
  allowlist={"regexes": [r"EXAMPLE"]}),
R("aws-secret-access-key", "AWS secret access key", "critical", "medium",
  SECRET_CTX + OP + r"([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)",
  ["secret_access_key", "secretaccesskey", "aws_secret", "secret_key", "secretkey", "aws-secret", "secret-access-key"],
  ["aws", "cloud", "secret"], AWS_REM_KEY, REFS,
  [f"aws_secret_access_key = {sk}", f'AWS_SECRET_ACCESS_KEY="{sk2}"', f'  "SecretAccessKey": "{b64(40)}",', f"aws_secret_key: '{b64(40)}'"],
  ["aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}",
   f"aws_secret_access_key = {b64(39)}", f"aws_secret_access_key = {b64(41)}", "aws_secret_access_key = <your-secret-key>",
   f"sha1 = {hexl(40)}"],
  entropy=4.0, allowlist={"regexes": [r"EXAMPLE"], "stopwords": ["example"]}),
R("aws-access-key-pair", "AWS access key ID followed by its secret key", "critical", "high",
  r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b[\"'\s,:;=|]{1,6}([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)", ["akia", "asia"],
  ["aws", "cloud", "secret"], AWS_REM_KEY, REFS,
  [f"svc-deploy,{ak},{sk},https://123456789012.signin.aws.amazon.com/console", f"{ak2}:{sk2}"],
  [f"AKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", f"{ak},{b64(20)}", f"{ak} {hexl(40)}0"],
  entropy=4.0, allowlist={"regexes": [r"EXAMPLE"]}),
R("aws-session-token", "AWS session token", "medium", "medium",
  r"(?i:aws_?session_?token|aws_?security_?token|sessiontoken|x-amz-security-token)" + OP + r"([A-Za-z0-9/+]{100,2048}={0,2})(?:[^A-Za-z0-9/+=]|$)",
  ["session_token", "sessiontoken", "security_token", "security-token", "session-token"], ["aws", "cloud", "temporary"],
  remed("Session tokens expire (15 minutes to 36 hours) but work until then. Revoke the issuing role's sessions: IAM console > Roles > ROLE > "
        "Revoke active sessions, or attach a deny policy with aws:TokenIssueTime condition. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html",
        "CloudTrail for the temporary AccessKeyId issued with this token."), REFS,
  [f"aws_session_token = {sess}", f'AWS_SESSION_TOKEN="FwoGZXIvYXdzE{b64(200)}"'],
  ["aws_session_token = ${AWS_SESSION_TOKEN}", f"aws_session_token = {b64(60)}", "AWS_SESSION_TOKEN="], entropy=4.5),
R("aws-bedrock-api-key", "Amazon Bedrock long-term API key", "critical", "high",
  r"\b(ABSKQmVkcm9ja[A-Za-z0-9+/]{60,400}={0,2})(?:[^A-Za-z0-9+/=]|$)", ["absk"], ["aws", "bedrock", "ai", "api-key"],
  remed("Long-term Bedrock keys are IAM service-specific credentials. List and delete: aws iam list-service-specific-credentials --user-name USER "
        "--service-name bedrock.amazonaws.com; aws iam delete-service-specific-credential --user-name USER --service-specific-credential-id ID. "
        "Console: IAM > Users > USER > Security credentials > API keys for Amazon Bedrock.",
        "CloudTrail for bedrock:InvokeModel calls by the BedrockAPIKey IAM user, and Bedrock model invocation costs."),
  ["https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_bedrock.html"],
  [f"AWS_BEARER_TOKEN_BEDROCK={bedrock_long}"],
  ["AWS_BEARER_TOKEN_BEDROCK=ABSK" + base64.b64encode(b"SomethingElse-at-1:" + r(60).encode()).decode(), "ABSKQmVkcm9ja" + b64(20)],
  validator="bedrock_api_key", entropy=4.0),
R("aws-bedrock-short-term-api-key", "Amazon Bedrock short-term API key", "medium", "high",
  r"\b(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,6000}={0,2})(?:[^A-Za-z0-9+/=]|$)", ["bedrock-api-key-"],
  ["aws", "bedrock", "ai", "api-key", "temporary"],
  remed("A short-term key is a SigV4 pre-signed URL valid for up to 12 hours with the permissions of the session that made it. "
        "Revoke the issuing role's sessions (IAM > Roles > ROLE > Revoke active sessions) if it has not expired.",
        "CloudTrail for bedrock:CallWithBearerToken by the issuing principal."),
  ["https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html"],
  [f'export AWS_BEARER_TOKEN_BEDROCK="{bedrock_short}"'],
  ["bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t", "bedrock-api-key-" + base64.b64encode(b"other.example.com/" + b"x" * 120).decode()],
  validator="bedrock_api_key", entropy=4.0),
R("aws-mws-auth-token", "Amazon MWS auth token", "high", "high",
  r"\b(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b", ["amzn.mws."], ["aws", "amazon", "marketplace"],
  remed("Revoke the developer's access in Seller Central: Apps and Services > Manage Your Apps > Revoke Access, then re-authorise to get a new token. MWS is retired in favour of SP-API; migrate."),
  ["https://developer-docs.amazon.com/sp-api/docs/sp-api-migration-guide"],
  [f'MWS_AUTH_TOKEN = "amzn.mws.{uuid4()}"'], [f"amzn.mws.{hexl(8)}-{hexl(4)}", f"amzn.mws.{uuid4().upper()}"], entropy=3.0),
R("aws-appsync-api-key", "AWS AppSync API key", "medium", "medium",
  r"\b(da2-[a-z0-9]{26})\b", ["da2-"], ["aws", "appsync", "api-key"],
  remed("Delete and recreate the key: aws appsync delete-api-key --api-id API_ID --id da2-...; aws appsync create-api-key --api-id API_ID --expires EPOCH. "
        "API keys suit public, rate-limited data only; use Cognito or IAM authorization for anything private."),
  ["https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#api-key-authorization"],
  [f'aws_appsync_apiKey: "da2-{lowan(26)}"'], [f"da2-{lowan(25)}", f"da2-{lowan(20).upper()}{lowan(6)}"], entropy=3.5),
]
