"""AWS key pairs through STS GetCallerIdentity.

GetCallerIdentity needs no permission (no policy can deny it), so an accepted
call means the key pair works.  boto3 is imported here only, and the client
honours ``AWS_ENDPOINT_URL`` / ``AWS_ENDPOINT_URL_STS`` (or
``CREDGATE_VERIFY_AWS_URL``), so tests point it at a moto server.
"""
from __future__ import annotations

import os
from typing import Any, Optional

from credgate import awskeys
from credgate.models import Finding
from credgate.verify import USER_AGENT, RateLimiter, Result, Settings, awsperms

# error code -> why the pair is not live
DEAD_CODES = {
    "InvalidClientTokenId": "AWS does not know this key ID (deleted, deactivated, or never valid)",
    "SignatureDoesNotMatch": "this secret key does not match the key ID (rotated, or not its secret)",
    "ExpiredToken": "the temporary credentials have expired",
    "ExpiredTokenException": "the temporary credentials have expired",
    "InvalidAccessKeyId": "AWS does not know this key ID",
    "AuthFailure": "AWS rejected the credentials",
}


class AwsVerifier:
    name = "aws"

    def __init__(self, settings: Settings) -> None:
        import boto3  # noqa: F401 - fail early with ImportError when the aws extra is missing

        self.settings = settings
        self.limiter = RateLimiter(settings.rate)

    @staticmethod
    def credentials(f: Finding) -> tuple[Optional[str], Optional[str], Optional[str]]:
        if awskeys.key_kind(f.secret) in ("long-lived", "temporary"):
            key_id, secret = f.secret, f.extra.get("_aws_secret")
        else:
            key_id, secret = f.extra.get("_aws_key_id"), f.secret
        return key_id, secret, f.extra.get("_aws_session_token")

    def verify(self, finding: Finding) -> Result:
        key_id, secret, token = self.credentials(finding)
        if not key_id:
            return Result.unknown("secret key without its key ID in the same file: cannot verify")
        if not secret:
            return Result.unknown("key ID without its secret key in the same file: cannot verify")
        if awskeys.key_kind(key_id) == "temporary" and not token:
            return Result.unknown("temporary (ASIA) key without its session token: cannot verify")
        self.limiter.wait()
        return self.call(key_id, secret, token)

    def call(self, key_id: str, secret: str, token: Optional[str]) -> Result:
        import boto3
        from botocore.config import Config
        from botocore.exceptions import BotoCoreError, ClientError

        cfg = Config(
            retries={"total_max_attempts": 1},
            connect_timeout=self.settings.timeout,
            read_timeout=self.settings.timeout,
            user_agent_extra=USER_AGENT.replace(" ", "_").split("(")[0].strip("_"),
        )
        region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
        kwargs: dict[str, Any] = {"region_name": region, "config": cfg}
        endpoint = os.environ.get("CREDGATE_VERIFY_AWS_URL")
        if endpoint:
            kwargs["endpoint_url"] = endpoint
        try:
            session = boto3.session.Session(aws_access_key_id=key_id, aws_secret_access_key=secret,
                                            aws_session_token=token, region_name=region)
            resp = session.client("sts", **kwargs).get_caller_identity()
        except ClientError as exc:
            code = str(exc.response.get("Error", {}).get("Code", ""))
            if code in DEAD_CODES:
                return Result.revoked(f"{code}: {DEAD_CODES[code]}")
            return Result.unknown(f"STS answered {code or 'an error'}")
        except BotoCoreError as exc:
            return Result.unknown(f"cannot reach STS: {type(exc).__name__}")
        arn = resp.get("Arn", "")
        acct = resp.get("Account", "")
        detail = f"STS GetCallerIdentity: {arn}" + (f" (account {acct})" if acct and acct not in arn else "")
        if not self.settings.permissions:
            return Result.live(detail)
        try:
            summary = awsperms.summarise(session, kwargs, arn)
        except (ClientError, BotoCoreError) as exc:  # pragma: no cover - summarise reports refusals itself
            summary = {"identity": arn, "admin": None, "unreadable": [type(exc).__name__]}
        return Result.live(f"{detail}; {awsperms.describe(summary)}", extra={"aws_permissions": summary})
