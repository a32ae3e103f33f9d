"""HTTP verifiers: one read-only call per provider, stdlib ``urllib`` only.

Each verifier sends the credential in a header (never in the URL), does not
follow redirects (a redirect would carry the credential to another host),
waits for its rate limiter, and times out after ``[verify] timeout`` seconds.
"""
from __future__ import annotations

import base64
import json
import socket
import urllib.error
import urllib.request
from typing import Any, Optional

from credgate.models import Finding
from credgate.verify import USER_AGENT, RateLimiter, Result, Settings, base_url


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None  # urllib then raises HTTPError with the 3xx code


_OPENER = urllib.request.build_opener(_NoRedirect)


class HttpVerifier:
    name = "http"
    default_base = ""
    method = "GET"
    path = "/"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.limiter = RateLimiter(settings.rate)
        self.base = base_url(self.name, self.default_base)

    # -- per provider
    def headers(self, secret: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {secret}"}

    def body(self, secret: str) -> Optional[bytes]:
        return None

    def interpret(self, status: int, data: Any) -> Result:
        if 200 <= status < 300:
            return Result.live(self.describe(data))
        if status == 401:
            return Result.revoked(f"HTTP 401 from {self.name}: credential rejected")
        if status == 403:
            return Result.live(f"HTTP 403 from {self.name}: credential valid but lacks permission for the check")
        return self.other(status)

    def describe(self, data: Any) -> str:
        return ""

    @staticmethod
    def other(status: int) -> Result:
        if status == 429:
            return Result.unknown("rate limited by the provider (HTTP 429); try again later")
        if 300 <= status < 400:
            return Result.unknown(f"unexpected redirect (HTTP {status}); not followed")
        if status >= 500:
            return Result.unknown(f"provider error (HTTP {status})")
        return Result.unknown(f"unexpected answer (HTTP {status})")

    # -- shared
    def verify(self, finding: Finding) -> Result:
        secret = finding.secret
        url = self.base + self.path
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **self.headers(secret)}
        req = urllib.request.Request(url, data=self.body(secret), headers=headers, method=self.method)
        self.limiter.wait()
        try:
            with _OPENER.open(req, timeout=self.settings.timeout) as resp:
                status, raw = resp.status, resp.read(65536)
        except urllib.error.HTTPError as exc:
            status = exc.code
            try:
                raw = exc.read(65536)
            except OSError:
                raw = b""
        except (socket.timeout, TimeoutError):
            return Result.unknown(f"no answer from {self.name} within {self.settings.timeout:g}s")
        except urllib.error.URLError as exc:
            return Result.unknown(f"cannot reach {self.name}: {_reason(exc.reason)}")
        except (OSError, ValueError) as exc:
            return Result.unknown(f"cannot reach {self.name}: {_reason(exc)}")
        try:
            data = json.loads(raw.decode("utf-8")) if raw else None
        except (UnicodeDecodeError, json.JSONDecodeError):
            data = None
        return self.interpret(status, data)


def _reason(r: Any) -> str:
    text = str(getattr(r, "strerror", None) or r)
    return text[:200]


def _get(data: Any, key: str) -> str:
    return str(data.get(key)) if isinstance(data, dict) and data.get(key) is not None else ""


class GitHub(HttpVerifier):
    """GET /user: 200 live (a user token), 403 live (an installation token has no user), 401 revoked."""

    name, default_base, path = "github", "https://api.github.com", "/user"

    def headers(self, secret: str) -> dict[str, str]:
        return {"Authorization": f"token {secret}", "Accept": "application/vnd.github+json"}

    def describe(self, data: Any) -> str:
        login = _get(data, "login")
        return f"GitHub user {login}" if login else ""


class GitLab(HttpVerifier):
    """GET /api/v4/personal_access_tokens/self (any scope can read itself)."""

    name, default_base, path = "gitlab", "https://gitlab.com", "/api/v4/personal_access_tokens/self"

    def headers(self, secret: str) -> dict[str, str]:
        return {"PRIVATE-TOKEN": secret}

    def describe(self, data: Any) -> str:
        name = _get(data, "name")
        scopes = data.get("scopes") if isinstance(data, dict) else None
        out = f"token {name!r}" if name else ""
        if isinstance(scopes, list):
            out += f" scopes {','.join(map(str, scopes))}"
        return out.strip()


class Slack(HttpVerifier):
    """POST auth.test: HTTP 200 always; ``ok`` and ``error`` in the body say the rest."""

    name, default_base, path, method = "slack", "https://slack.com", "/api/auth.test", "POST"
    DEAD = frozenset({"invalid_auth", "token_revoked", "account_inactive", "not_authed", "token_expired",
                      "org_login_required", "ekm_access_denied"})

    def headers(self, secret: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {secret}", "Content-Type": "application/x-www-form-urlencoded"}

    def body(self, secret: str) -> Optional[bytes]:
        return b""

    def interpret(self, status: int, data: Any) -> Result:
        if status != 200 or not isinstance(data, dict):
            return self.other(status) if status != 200 else Result.unknown("unreadable answer from slack")
        if data.get("ok") is True:
            team, user = _get(data, "team"), _get(data, "user")
            return Result.live(f"Slack workspace {team}, user {user}".strip(", "))
        err = _get(data, "error") or "unknown error"
        if err in self.DEAD:
            return Result.revoked(f"slack: {err}")
        if err == "ratelimited":
            return Result.unknown("rate limited by slack; try again later")
        return Result.unknown(f"slack: {err}")


class Stripe(HttpVerifier):
    """GET /v1/balance with basic auth; a restricted key without balance access answers 403 (still live)."""

    name, default_base, path = "stripe", "https://api.stripe.com", "/v1/balance"

    def headers(self, secret: str) -> dict[str, str]:
        token = base64.b64encode(f"{secret}:".encode()).decode()
        return {"Authorization": f"Basic {token}"}

    def describe(self, data: Any) -> str:
        return "Stripe " + ("live mode" if isinstance(data, dict) and data.get("livemode") else "account")


class OpenAI(HttpVerifier):
    name, default_base, path = "openai", "https://api.openai.com", "/v1/models"


class Anthropic(HttpVerifier):
    name, default_base, path = "anthropic", "https://api.anthropic.com", "/v1/models"

    def headers(self, secret: str) -> dict[str, str]:
        return {"x-api-key": secret, "anthropic-version": "2023-06-01"}


class Npm(HttpVerifier):
    name, default_base, path = "npm", "https://registry.npmjs.org", "/-/whoami"

    def describe(self, data: Any) -> str:
        user = _get(data, "username")
        return f"npm user {user}" if user else ""


class HuggingFace(HttpVerifier):
    name, default_base, path = "huggingface", "https://huggingface.co", "/api/whoami-v2"

    def describe(self, data: Any) -> str:
        user = _get(data, "name")
        return f"Hugging Face user {user}" if user else ""


class SendGrid(HttpVerifier):
    name, default_base, path = "sendgrid", "https://api.sendgrid.com", "/v3/scopes"


__all__ = ["HttpVerifier", "GitHub", "GitLab", "Slack", "Stripe", "OpenAI", "Anthropic", "Npm", "HuggingFace",
           "SendGrid"]
