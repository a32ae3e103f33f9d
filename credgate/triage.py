"""Triage: one finding per credential, ranked by kind, account, exposure and liveness.

Order (each step is a function below, all pure except verification):

1. ``carry_fragment_context``  (called by the Collector) copies what a source knows about a
   fragment (git refs, whether the blob is at a branch tip) onto its findings.
2. ``_pair_aws``     links an AWS key ID and a secret key found in the same fragment, decodes the
   account ID offline (:mod:`credgate.awskeys`) and tells long-lived from temporary keys.
3. ``_rank``         severity and confidence from the credential kind (README "triage" table).
4. account allowlist entries (``[[allowlist]] accounts = [...]``) drop findings of those accounts.
5. ``_merge``        the same secret (same value, same credential family) seen in many places is one
   finding with many locations and the union of their exposures, even when different rules found it.
6. ``_accounts``     ``own_accounts`` raise severity one level; ``ignore_accounts`` lower it to info.
7. ``verify_findings`` (opt-in, ``--verify``): live raises to critical, revoked lowers to low.

Raw secrets needed for verification are kept in ``Finding.extra`` under keys starting with
``_``; reporters never emit those keys.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from typing import Any, Iterable, Optional

from credgate import awskeys
from credgate.models import Confidence, Finding, Fragment, Severity

# Fragment.extra keys a source may set, and what they mean:
#   refs     iterable of refs that reach the blob: "refs/heads/main", "refs/tags/v1", "refs/stash",
#            "refs/remotes/origin/x" or the short forms "branch:main", "tag:v1", "stash", "remote:origin/x"
#   at_tip   bool: the blob is in the tree at the tip of at least one ref (False = deleted since)
#   deleted  bool: the opposite of at_tip
#   exposure a label or iterable of labels ("worktree", "history-only", ...)
#   in_head  bool: the blob is in HEAD's tree (same as at_tip for HEAD)
#   tip_of   refs whose tip is the commit that introduced the blob (same forms as refs, or "stash@{n}")
#   unreachable  bool: only reachable from no ref (amended, reset, dropped stash)
# credgate.hooks.gitsource sets exposure, in_head, tip_of and unreachable.
CONTEXT_KEYS = ("refs", "at_tip", "deleted", "exposure", "in_head", "tip_of", "unreachable")

SOURCE_EXPOSURE = {"aws": "deployed"}
_EXPOSURE_ORDER = ["staged", "worktree", "stdin", "history", "history-only", "branch:", "tag:", "remote:",
                   "stash", "unreachable", "archive", "deployed"]

AWS_SECRET_RULES = frozenset({"aws-secret-access-key", "aws-access-key-pair"})
AWS_KEY_ID_RULES = frozenset({"aws-access-key-id", "aws-temporary-access-key-id"})
AWS_SESSION_RULES = frozenset({"aws-session-token"})
CHECKSUM_VALIDATORS = ("crc32", "checksum", "macaroon")


# ----------------------------------------------------------------- step 1
def carry_fragment_context(frag: Fragment, findings: Iterable[Finding]) -> None:
    """Copy a fragment's exposure context onto its findings (private ``_`` keys)."""
    if not frag.extra:
        return
    ctx = {k: v for k, v in frag.extra if k in CONTEXT_KEYS}
    if not ctx:
        return
    for f in findings:
        for k, v in ctx.items():
            f.extra.setdefault(f"_{k}", v)


# ----------------------------------------------------------------- entry points
def consolidate(findings: list[Finding], config: Any) -> list[Finding]:
    """Pair, rank, allowlist by account, merge duplicates, apply account policy.

    The input findings are not modified (calling this twice gives the same result).
    """
    work = [_copy(f) for f in findings]
    _pair_aws(work)
    for f in work:
        _rank(f)
        f.exposure = _exposures_of(f)
    work = _account_allowlist(work, config)
    merged = _merge(work)
    for f in merged:
        _finish_exposure(f)
        _accounts(f, config)
    return merged


def verify_findings(findings: list[Finding], config: Any, settings: Any = None) -> None:
    """Opt-in liveness checks (network); adjusts severity by the result.  ``settings``: verify.Settings."""
    from credgate import verify

    verify.verify_all(findings, config, settings)
    for f in findings:
        if f.verified == "live":
            if f.severity < Severity.CRITICAL:
                f.severity = Severity.CRITICAL
            f.confidence = Confidence.HIGH
            _why(f, "verified live: the provider accepted it" + (f" ({f.verified_detail})" if f.verified_detail else ""))
        elif f.verified == "revoked":
            if f.severity > Severity.LOW:
                f.severity = Severity.LOW
            _why(f, "the provider rejected it (revoked or invalid): lowered to low; still remove it from the code")


# ----------------------------------------------------------------- helpers
def _copy(f: Finding) -> Finding:
    return replace(
        f,
        why=list(f.why),
        other_locations=list(f.other_locations),
        exposure=list(f.exposure),
        extra=dict(f.extra),
    )


def _why(f: Finding, text: str) -> None:
    if text not in f.why:
        f.why.append(text)


def _frag_key(f: Finding) -> tuple[Any, ...]:
    loc = f.location
    return (loc.source, loc.path, loc.commit, loc.blob_id)


def _is_key_id_finding(f: Finding) -> bool:
    return (f.rule_id in AWS_KEY_ID_RULES or "key-id" in f.tags) and awskeys.key_kind(f.secret) in (
        "long-lived", "temporary")


def _is_aws_secret_finding(f: Finding) -> bool:
    return f.rule_id in AWS_SECRET_RULES or ("aws" in f.tags and "secret" in f.tags and len(f.secret) == 40)


def _pair_aws(findings: list[Finding]) -> None:
    groups: dict[tuple[Any, ...], list[Finding]] = {}
    for f in findings:
        if _is_key_id_finding(f) or _is_aws_secret_finding(f) or f.rule_id in AWS_SESSION_RULES:
            groups.setdefault(_frag_key(f), []).append(f)
    for items in groups.values():
        keys = [f for f in items if _is_key_id_finding(f)]
        secrets_ = [f for f in items if _is_aws_secret_finding(f)]
        tokens = [f for f in items if f.rule_id in AWS_SESSION_RULES]
        for s in secrets_:
            key_id: Optional[str] = None
            partner: Optional[Finding] = None
            if s.rule_id == "aws-access-key-pair" or not keys:
                ids = awskeys.key_ids_in(s.line_text.split(s.secret)[0]) if s.secret in s.line_text else []
                key_id = ids[-1] if ids else None
                partner = next((k for k in keys if k.secret == key_id), None)
            if key_id is None and keys:
                partner = min(keys, key=lambda k: (abs(k.line - s.line), k.line > s.line))
                key_id = partner.secret
            if key_id is None:
                continue
            s.extra["_aws_key_id"] = key_id
            if partner is not None:
                partner.extra["_aws_secret"] = s.secret
                partner.extra["paired_with"] = s.fingerprint
                s.extra["paired_with"] = partner.fingerprint
            if tokens and awskeys.key_kind(key_id) == "temporary":
                tok = min(tokens, key=lambda t: abs(t.line - s.line))
                s.extra["_aws_session_token"] = tok.secret
                if partner is not None:
                    partner.extra["_aws_session_token"] = tok.secret
    for f in findings:
        key_id = f.secret if _is_key_id_finding(f) else f.extra.get("_aws_key_id")
        if not key_id:
            continue
        kind = awskeys.key_kind(key_id)
        f.extra["aws_key_kind"] = kind
        acct = awskeys.account_id(key_id)
        if acct:
            f.account_id = acct
            _why(f, f"AWS account {acct} (decoded offline from the key ID)")
        else:
            _why(f, "legacy key ID format: the account is not encoded in it")


def _validator_passed(f: Finding) -> bool:
    return any("structural check" in w and any(c in w for c in CHECKSUM_VALIDATORS) for w in f.why)


def _rank(f: Finding) -> None:
    """Severity and confidence from the credential kind; see the README triage table."""
    if _is_key_id_finding(f):
        kind = awskeys.key_kind(f.secret)
        if "_aws_secret" in f.extra:
            f.severity = Severity.CRITICAL if kind == "long-lived" else Severity.HIGH
            f.confidence = Confidence.HIGH
            _why(f, "key ID and its secret key are in the same file: a usable credential"
                 + ("" if kind == "long-lived" else " (temporary: expires within hours)"))
        else:
            # an identifier without its secret: visible (low) for long-lived keys, informational
            # for temporary ones and for presigned URLs, whose signature is the time-limited part
            presigned = "x-amz-credential" in f.line_text.lower()
            cap = Severity.LOW if kind == "long-lived" and not presigned else Severity.INFO
            f.severity = min(f.severity, cap)
            _why(f, "key ID without its secret key in the same file: not usable alone, but find the secret"
                 + ("" if kind == "long-lived" else "; temporary (ASIA) keys expire within hours"))
        return
    if _is_aws_secret_finding(f):
        key_id = f.extra.get("_aws_key_id")
        if key_id:
            kind = awskeys.key_kind(key_id)
            f.severity = Severity.CRITICAL if kind == "long-lived" else Severity.HIGH
            f.confidence = Confidence.HIGH
            _why(f, "secret key and its key ID are in the same file: a usable credential"
                 + ("" if kind == "long-lived" else " (temporary: expires within hours)"))
        else:
            f.severity = min(f.severity, Severity.HIGH)
            _why(f, "secret key without a key ID in the same file")
        return
    if _validator_passed(f):
        f.severity = max(f.severity, Severity.HIGH)
        f.confidence = Confidence.HIGH
        return
    rid = f.rule_id
    if "generic" in f.tags or "entropy" in f.tags or "high-entropy" in rid:
        f.severity = min(f.severity, Severity.MEDIUM)
        f.confidence = min(f.confidence, Confidence.MEDIUM)


def _norm_ref(ref: str) -> str:
    for prefix, label in (("refs/heads/", "branch:"), ("refs/tags/", "tag:"), ("refs/remotes/", "remote:")):
        if ref.startswith(prefix):
            return label + ref[len(prefix):]
    if ref in ("refs/stash", "stash") or ref.startswith("stash@"):
        return "stash"
    return ref


def _exposures_of(f: Finding) -> list[str]:
    out: list[str] = []
    src = f.location.source
    for e in [src, *f.exposure]:
        e = SOURCE_EXPOSURE.get(e, e)
        if e and e not in out:
            out.append(e)
    refs: list[Any] = []
    for key in ("_refs", "_tip_of"):
        v = f.extra.get(key) or ()
        refs.extend([v] if isinstance(v, str) else list(v))
    if f.extra.get("_unreachable"):
        refs.append("unreachable")
    for r in refs:
        n = _norm_ref(str(r))
        if n not in out:
            out.append(n)
    more = f.extra.get("_exposure") or ()
    for e in ([more] if isinstance(more, str) else more):
        if e not in out:
            out.append(str(e))
    if src == "history":
        at_tip = f.extra.get("_at_tip")
        if at_tip is None and "_in_head" in f.extra:
            at_tip = bool(f.extra["_in_head"])
        if at_tip is None and "_deleted" in f.extra:
            at_tip = not f.extra["_deleted"]
        if at_tip is None and "history-only" in out:
            at_tip = False
        f.extra["_at_tip_known"] = at_tip
    return out


def _finish_exposure(f: Finding) -> None:
    """history-only: every history location is known to be deleted at the tips, and no copy is checked out."""
    ex = f.exposure
    if {"worktree", "staged"} & set(ex):
        ex = [e for e in ex if e != "history-only"]  # some copy is still checked out
    elif "history" in ex:
        tips = f.extra.get("_tips", [f.extra.get("_at_tip_known")])
        if tips and all(t is False for t in tips) and "history-only" not in ex:
            ex.append("history-only")

    def order(e: str) -> tuple[int, str]:
        for i, p in enumerate(_EXPOSURE_ORDER):
            if e == p or (p.endswith(":") and e.startswith(p)):
                return (i, e)
        return (len(_EXPOSURE_ORDER), e)

    f.exposure = sorted(ex, key=order)
    if "history-only" in f.exposure:
        _why(f, "deleted from the current tree but still in history: every clone still has it")
    if "deployed" in f.exposure and len(f.exposure) > 1:
        _why(f, "also deployed in AWS")


def _account_allowlist(findings: list[Finding], config: Any) -> list[Finding]:
    entries = [e for e in getattr(config, "allowlist", ()) if e.accounts and not e.expired(_dt.date.today())]
    if not entries:
        return findings
    from credgate.linter.engine import _entry_matches

    return [f for f in findings if not (f.account_id and any(_entry_matches(e, f) for e in entries))]


def merge_key(f: Finding) -> tuple[str, str]:
    """Same credential family and same value: one credential, whatever rule found it."""
    if _is_aws_secret_finding(f):
        return ("aws-secret-key", f.secret)
    if len(f.secret) >= 20:
        return ("value", f.secret)
    return (f.rule_id, f.secret)


def _rank_key(f: Finding) -> tuple[int, int, int]:
    return (int(f.severity), int("generic" not in f.tags), int(f.confidence))


def _merge(findings: list[Finding]) -> list[Finding]:
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault(merge_key(f), []).append(f)
    out: list[Finding] = []
    for items in groups.values():
        if len(items) == 1:
            items[0].extra["_tips"] = [items[0].extra.get("_at_tip_known")] if items[0].location.source == "history" else []
            out.append(items[0])
            continue
        primary = max(items, key=_rank_key)  # max() keeps the first of equals
        locs = [primary.location]
        tips: list[Any] = []
        rules: list[str] = []
        for f in items:
            if f.location.source == "history":
                tips.append(f.extra.get("_at_tip_known"))
            for loc in f.locations:
                if loc not in locs:
                    locs.append(loc)
            for e in f.exposure:
                if e not in primary.exposure:
                    primary.exposure.append(e)
            if f.rule_id != primary.rule_id and f.rule_id not in rules:
                rules.append(f.rule_id)
            for k, v in f.extra.items():
                primary.extra.setdefault(k, v)
            if f.account_id and not primary.account_id:
                primary.account_id = f.account_id
        primary.other_locations = locs[1:]
        primary.extra["_tips"] = tips
        if rules:
            primary.extra["also_matched"] = sorted(set(rules) | set(_as_list(primary.extra.get("also_matched"))))
        out.append(primary)
    return out


def _as_list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v]


def _accounts(f: Finding, config: Any) -> None:
    acct = f.account_id
    if not acct:
        return
    ignore = getattr(config, "ignore_accounts", frozenset())
    own = getattr(config, "own_accounts", frozenset())
    if acct in ignore:
        f.severity = Severity.INFO
        f.confidence = Confidence.LOW
        f.extra["account_policy"] = "ignored"
        _why(f, f"account {acct} is in ignore_accounts (test, sandbox or canary): lowered to info and not verified")
    elif acct in own:
        f.severity = Severity(min(int(f.severity) + 1, int(Severity.CRITICAL)))
        f.extra["account_policy"] = "own"
        _why(f, f"account {acct} is one of your own accounts (own_accounts): severity raised")
    elif own:
        f.extra["account_policy"] = "foreign"
        _why(f, f"account {acct} is not in own_accounts: a third party's key, tell its owner")
