"""Accounts to audit: the caller's, a list of role ARNs, or every account of an AWS Organization."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from credgate.audit.base import paginate


@dataclass
class Account:
    account_id: str
    label: str  # "current", a role ARN
    role_arn: Optional[str] = None
    _session: Any = None
    _error: Optional[BaseException] = None
    _lock: Any = field(default_factory=threading.Lock)

    def session(self, make: Callable[["Account"], Any]) -> Any:
        """The boto3 session for this account, assumed once (raises the AssumeRole error, also on later calls)."""
        with self._lock:
            if self._error is not None:
                raise self._error
            if self._session is None:
                try:
                    self._session = make(self)
                except Exception as exc:  # noqa: BLE001
                    self._error = exc
                    raise
            return self._session


def caller(session: Any, config: Any = None, endpoint_url: Optional[str] = None) -> tuple[str, str, str]:
    """(account id, caller ARN, partition)."""
    kw: dict[str, Any] = {"config": config}
    if endpoint_url:
        kw["endpoint_url"] = endpoint_url
    ident = session.client("sts", **kw).get_caller_identity()
    arn = ident["Arn"]
    return ident["Account"], arn, arn.split(":")[1]


def account_of_role(role_arn: str) -> str:
    parts = role_arn.split(":")
    if len(parts) < 6 or not parts[4].isdigit():
        raise ValueError(f"not an IAM role ARN: {role_arn}")
    return parts[4]


def assumed_session(base: Any, role_arn: str, *, session_name: str, external_id: Optional[str],
                    config: Any = None, endpoint_url: Optional[str] = None, region: Optional[str] = None) -> Any:
    """A boto3 session on ``role_arn`` whose credentials refresh themselves (long audits outlive 1 hour)."""
    import boto3
    import botocore.session
    from botocore.credentials import RefreshableCredentials

    kw: dict[str, Any] = {"config": config}
    if endpoint_url:
        kw["endpoint_url"] = endpoint_url
    sts = base.client("sts", **kw)

    def refresh() -> dict[str, str]:
        params: dict[str, Any] = {"RoleArn": role_arn, "RoleSessionName": session_name, "DurationSeconds": 3600}
        if external_id:
            params["ExternalId"] = external_id
        c = sts.assume_role(**params)["Credentials"]
        return {"access_key": c["AccessKeyId"], "secret_key": c["SecretAccessKey"], "token": c["SessionToken"],
                "expiry_time": c["Expiration"].isoformat()}

    creds = RefreshableCredentials.create_from_metadata(metadata=refresh(), refresh_using=refresh,
                                                        method="sts-assume-role")
    bs = botocore.session.get_session()
    bs._credentials = creds  # the documented way to hand refreshable credentials to a session
    return boto3.Session(botocore_session=bs, region_name=region or base.region_name)


def organization_accounts(session: Any, config: Any = None, endpoint_url: Optional[str] = None) -> list[str]:
    kw: dict[str, Any] = {"config": config}
    if endpoint_url:
        kw["endpoint_url"] = endpoint_url
    org = session.client("organizations", **kw)
    return sorted(a["Id"] for a in paginate(org, "list_accounts", "Accounts") if a.get("Status", "ACTIVE") == "ACTIVE")
