"""Known canary (honeytoken) AWS accounts: keys from them are never verified.

Verifying a canary key calls AWS with it, which is exactly what trips the
alarm of whoever planted it (often the team itself, or a security vendor).
The account is decoded offline from the key ID (:mod:`credgate.awskeys`),
and checked against:

* ``canary_accounts.json`` shipped with credgate.  Source of the list:
  TruffleHog's AWS detector, ``pkg/detectors/aws/access_keys/canary.go`` in
  github.com/trufflesecurity/trufflehog (Thinkst Canarytokens accounts, and
  those of canary services modelled on it);
* ``[verify] canary_accounts = ["111122223333", ...]`` in the config (your own
  honeytoken accounts).

Stdlib only, no network.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Optional

from credgate import awskeys
from credgate.models import Finding

DATA = Path(__file__).with_name("canary_accounts.json")


@lru_cache(maxsize=1)
def known() -> dict[str, str]:
    """account ID -> who runs it."""
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in doc["accounts"].items()}


def key_id_of(f: Finding) -> Optional[str]:
    if awskeys.key_kind(f.secret) in ("long-lived", "temporary"):
        return f.secret
    kid = f.extra.get("_aws_key_id")
    return kid if isinstance(kid, str) else None


def canary_of(f: Finding, extra_accounts: "frozenset[str]" = frozenset()) -> Optional[tuple[str, str]]:
    """(account, who) when the finding's AWS key belongs to a known canary account, else None."""
    kid = key_id_of(f)
    acct = (awskeys.account_id(kid) if kid else None) or f.account_id
    if not acct:
        return None
    if acct in extra_accounts:
        return acct, "listed in [verify] canary_accounts"
    who = known().get(acct)
    return (acct, who) if who else None
