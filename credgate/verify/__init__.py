"""Opt-in verification: is a found credential live?

Runs only when a scan is given ``--verify``.  Each verifier asks the provider
the cheapest read-only question that needs a valid credential (AWS STS
``GetCallerIdentity``, GitHub ``GET /user``, Slack ``auth.test``...) and
answers one of:

* ``live``     the provider accepted the credential
* ``revoked``  the provider rejected it (deleted, deactivated, expired, wrong secret)
* ``unknown``  no answer either way, with the reason (network error, rate limit,
               no verifier for this kind, key ID without its secret, ...)

Verifiers are looked up in :data:`REGISTRY` (rule ID -> verifier name) and
:data:`VERIFIERS` (name -> "module:factory"), imported only when used.  Every
request has a timeout, a per-provider rate limit and the User-Agent
:data:`USER_AGENT`.  Base URLs can be overridden per provider with
``CREDGATE_VERIFY_<NAME>_URL`` (e.g. ``CREDGATE_VERIFY_GITHUB_URL``); AWS
honours ``AWS_ENDPOINT_URL`` / ``AWS_ENDPOINT_URL_STS`` like any boto3 client.

Config (``[verify]`` in .credgate.toml)::

    [verify]
    timeout = 10          # seconds per request
    rate = 5              # requests per second per provider
    providers = ["aws", "github"]   # only these (default: all)
    skip_rules = ["slack-bot-token"]
    permissions = false   # same as --verify-permissions
    canary_accounts = []  # your own honeytoken accounts, on top of the shipped list

AWS keys of known canary (honeytoken) accounts are never sent to AWS (see
:mod:`credgate.verify.canary`); with ``--verify-permissions`` a live AWS key
also gets a summary of what it may do (:mod:`credgate.verify.awsperms`).
"""
from __future__ import annotations

import importlib
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Protocol

from credgate import __version__
from credgate.models import Finding
from credgate.verify.canary import canary_of

USER_AGENT = f"credgate/{__version__} (secret verification; +https://pypi.org/project/credgate/)"

LIVE, REVOKED, UNKNOWN = "live", "revoked", "unknown"


@dataclass(frozen=True)
class Result:
    status: str  # live | revoked | unknown
    detail: str = ""
    # reported with the finding (e.g. "aws_permissions", "canary"); never secrets
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def live(cls, detail: str = "", extra: Optional[dict[str, Any]] = None) -> "Result":
        return cls(LIVE, detail, dict(extra or {}))

    @classmethod
    def revoked(cls, detail: str = "") -> "Result":
        return cls(REVOKED, detail)

    @classmethod
    def unknown(cls, detail: str, extra: Optional[dict[str, Any]] = None) -> "Result":
        return cls(UNKNOWN, detail, dict(extra or {}))


@dataclass(frozen=True)
class Settings:
    timeout: float = 10.0
    rate: float = 5.0
    providers: Optional[frozenset[str]] = None
    skip_rules: frozenset[str] = frozenset()
    permissions: bool = False  # live AWS keys: summarise what they may do (read-only IAM calls)
    canary_accounts: frozenset[str] = frozenset()

    @classmethod
    def from_config(cls, config: Any) -> "Settings":
        sec = config.section("verify") if config is not None and hasattr(config, "section") else {}
        providers = sec.get("providers")
        return cls(
            timeout=float(sec.get("timeout", 10.0)),
            rate=float(sec.get("rate", 5.0)),
            providers=frozenset(str(p) for p in providers) if providers else None,
            skip_rules=frozenset(str(r) for r in sec.get("skip_rules", []) or []),
            permissions=bool(sec.get("permissions", False)),
            canary_accounts=frozenset(str(a).strip() for a in _as_list(sec.get("canary_accounts"))),
        )


def _as_list(v: Any) -> list[Any]:
    """A config value that should be a list; a single string or number is a list of one."""
    if v is None:
        return []
    if isinstance(v, (str, int)):
        return [v]
    return list(v)


class RateLimiter:
    """At most ``rate`` calls per second (a minimum interval between calls)."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._next = 0.0
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()

    def wait(self) -> float:
        """Block until the next call is allowed; returns the time waited."""
        with self._lock:
            now = self._clock()
            delay = max(0.0, self._next - now)
            if delay:
                self._sleep(delay)
            self._next = max(now, self._next) + self.interval
            return delay


class Verifier(Protocol):
    name: str

    def verify(self, finding: Finding) -> Result:
        """Ask the provider; never raise (return ``Result.unknown(reason)`` instead)."""
        ...


# rule id -> verifier name
REGISTRY: dict[str, str] = {
    "aws-access-key-id": "aws",
    "aws-temporary-access-key-id": "aws",
    "aws-secret-access-key": "aws",
    "aws-access-key-pair": "aws",
    "github-personal-access-token": "github",
    "github-oauth-access-token": "github",
    "github-user-to-server-token": "github",
    "github-server-to-server-token": "github",
    "github-fine-grained-pat": "github",
    "gitlab-personal-access-token": "gitlab",
    "slack-bot-token": "slack",
    "slack-user-token": "slack",
    "slack-legacy-bot-token": "slack",
    "slack-workspace-token": "slack",
    "stripe-secret-key": "stripe",
    "stripe-restricted-key": "stripe",
    "stripe-test-secret-key": "stripe",
    "openai-project-api-key": "openai",
    "openai-service-account-key": "openai",
    "openai-admin-key": "openai",
    "openai-legacy-api-key": "openai",
    "anthropic-api-key": "anthropic",
    "npm-access-token": "npm",
    "huggingface-access-token": "huggingface",
    "sendgrid-api-key": "sendgrid",
}

# verifier name -> "module:factory"; the factory takes Settings
VERIFIERS: dict[str, str] = {
    "aws": "credgate.verify.aws:AwsVerifier",
    "github": "credgate.verify.http:GitHub",
    "gitlab": "credgate.verify.http:GitLab",
    "slack": "credgate.verify.http:Slack",
    "stripe": "credgate.verify.http:Stripe",
    "openai": "credgate.verify.http:OpenAI",
    "anthropic": "credgate.verify.http:Anthropic",
    "npm": "credgate.verify.http:Npm",
    "huggingface": "credgate.verify.http:HuggingFace",
    "sendgrid": "credgate.verify.http:SendGrid",
}


def base_url(name: str, default: str) -> str:
    """``CREDGATE_VERIFY_<NAME>_URL`` or the provider's real API base."""
    return os.environ.get(f"CREDGATE_VERIFY_{name.upper()}_URL", default).rstrip("/")


def load_verifier(name: str, settings: Settings) -> Verifier:
    mod_name, _, factory = VERIFIERS[name].partition(":")
    mod = importlib.import_module(mod_name)
    v: Verifier = getattr(mod, factory)(settings)
    return v


def verify_all(findings: list[Finding], config: Any, settings: Optional[Settings] = None) -> None:
    """Set ``verified`` and ``verified_detail`` on every finding (one request per distinct credential)."""
    settings = settings or Settings.from_config(config)
    loaded: dict[str, Verifier] = {}
    cache: dict[tuple[str, str], Result] = {}
    for f in findings:
        res = _verify_one(f, settings, loaded, cache)
        f.verified, f.verified_detail = res.status, res.detail or None
        if res.extra:
            f.extra.update(res.extra)


def _verify_one(f: Finding, settings: Settings, loaded: dict[str, Verifier],
                cache: dict[tuple[str, str], Result]) -> Result:
    name = REGISTRY.get(f.rule_id)
    if name is None:
        return Result.unknown("no verifier for this kind of credential")
    if f.rule_id in settings.skip_rules or (settings.providers is not None and name not in settings.providers):
        return Result.unknown("verification of this kind is turned off in [verify]")
    if f.extra.get("account_policy") == "ignored":
        return Result.unknown("account is in ignore_accounts: not verified (canary tokens alert when used)")
    if name == "aws":
        hit = canary_of(f, settings.canary_accounts)
        if hit is not None:  # never call AWS with it: that is what trips the canary
            return Result.unknown(f"canary token (not verified, to avoid tripping it): account {hit[0]} is a known canary account ({hit[1]})",
                                  extra={"canary": hit[1]})
    key = (name, cache_key(f))
    if key in cache:
        return cache[key]
    if name not in loaded:
        try:
            loaded[name] = load_verifier(name, settings)
        except ImportError as exc:
            res = Result.unknown(f"verifier unavailable: {exc} (pip install boto3 for AWS)")
            cache[key] = res
            return res
    try:
        res = loaded[name].verify(f)
    except Exception as exc:  # noqa: BLE001 - a verifier bug must not end the scan
        res = Result.unknown(f"verifier error: {type(exc).__name__}")
    cache[key] = res
    return res


def cache_key(f: Finding) -> str:
    """The credential a finding stands for: an AWS key ID and its secret verify once for both findings."""
    key_id = f.extra.get("_aws_key_id")
    secret = f.extra.get("_aws_secret")
    if key_id:
        return f"{key_id}\0{f.secret}"
    if secret:
        return f"{f.secret}\0{secret}"
    return f.secret


__all__ = ["Result", "Settings", "RateLimiter", "Verifier", "REGISTRY", "VERIFIERS", "USER_AGENT",
           "verify_all", "base_url", "load_verifier"]
