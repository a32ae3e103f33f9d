"""Triage: one finding per credential, ranked by kind, account, exposure and liveness.

Order (each step is a function below, all pure except verification):

1. ``carry_fragment_context``  (called by the Collector and the audit runner, nothing else) copies what a
   source knows about a fragment (git refs, whether the blob is at a branch tip) onto its findings.
2. ``_pair_aws``     links an AWS key ID and a secret key found in the same fragment, decodes the
   account ID offline (:mod:`credgate.awskeys`) and tells long-lived from temporary keys.
3. ``_rank``         severity and confidence from the credential kind (README "triage" table).
4. account allowlist entries (``[[allowlist]] accounts = [...]``) drop findings of those accounts.
5. ``_merge``        the same secret (same value, same credential family) seen in many places is one
   finding with many locations and the union of their exposures, even when different rules found it.
6. ``_raise_for_exposure``  deployed or pushed (``remote:`` refs) raises severity one level, capped at
   critical; every other exposure (staged, worktree, history, history-only ...) keeps it.
7. ``_accounts``     ``own_accounts`` raise severity one level; ``ignore_accounts`` lower it to info.
8. ``verify_findings`` (opt-in, ``--verify``): live raises to critical, revoked lowers to low.

Raw secrets needed for verification are kept in ``Finding.extra`` under keys starting with
``_``; reporters never emit those keys.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Optional

from credgate import awskeys
from credgate.lazyre import LazyPattern
from credgate.linter import filters
from credgate.linter.engine import _entry_matches
from credgate.models import Confidence, Finding, Fragment, Location, Severity
from credgate.records import replace

if TYPE_CHECKING:
    import datetime as _dt

# Fragment.extra keys a source may set, and what they mean:
#   refs     iterable of refs that reach the blob: "refs/heads/main", "refs/tags/v1", "refs/stash",
#            "refs/remotes/origin/x" or the short forms "branch:main", "tag:v1", "stash", "remote:origin/x"
#   at_tip   bool: the blob is in the tree at the tip of at least one ref (False = deleted since)
#   deleted  bool: the opposite of at_tip
#   exposure a label or iterable of labels ("worktree", "history-only", ...)
#   in_head  bool: the blob is in HEAD's tree (same as at_tip for HEAD)
#   tip_of   refs whose tip is the commit that introduced the blob (same forms as refs, or "stash@{n}")
#   unreachable  bool: only reachable from no ref (amended, reset, dropped stash)
# credgate.sources.git sets exposure, in_head, tip_of and unreachable.
CONTEXT_KEYS = ("refs", "at_tip", "deleted", "exposure", "in_head", "tip_of", "unreachable")

SOURCE_EXPOSURE = {"aws": "deployed"}
_EXPOSURE_ORDER = ["staged", "worktree", "stdin", "history", "history-only", "branch:", "tag:", "remote:",
                   "stash", "unreachable", "archive", "deployed"]

AWS_SECRET_RULES = frozenset({"aws-secret-access-key", "aws-access-key-pair"})
AWS_KEY_ID_RULES = frozenset({"aws-access-key-id", "aws-temporary-access-key-id"})
AWS_SESSION_RULES = frozenset({"aws-session-token"})
CHECKSUM_VALIDATORS = ("crc32", "checksum", "macaroon")
# a literal in a secret slot: what the IaC slot rules (iac-cfn-literal-secret ...) give it
SLOT_SEVERITY = Severity.HIGH
SLOT_CONFIDENCE = Confidence.MEDIUM
# exposure that raises severity one level: the secret is on a server others read
RAISING_EXPOSURE = ("deployed", "remote:")


# ----------------------------------------------------------------- step 1
def carry_fragment_context(frag: Fragment, findings: Iterable[Finding], *, record: bool = False) -> None:
    """The one way a fragment's context (``Fragment.extra``) reaches its findings.

    The context keys (:data:`CONTEXT_KEYS`) are copied under private ``_`` names, from which triage
    works out exposure (:func:`_exposures_of`).  ``record`` (the git command's collector): every key is
    also kept on the finding under its own name, JSON-ready, for the report (``in_head``, ``tip_of``,
    ``commits``, ``archive_blob``; ``_order``/``_paths`` stay private), and the refs whose tip introduced
    the blob are listed as exposure as git names them (``stash@{0}`` beside triage's ``stash``)."""
    if not frag.extra:
        return
    ctx = {k: v for k, v in frag.extra if k in CONTEXT_KEYS}
    if not ctx and not record:
        return
    for f in findings:
        if record:
            for k, v in frag.extra:
                f.extra[k] = [dict(c) for c in v] if k == "commits" else list(v) if k == "tip_of" else v
            for r in ctx.get("tip_of", ()):
                if r not in f.exposure:
                    f.exposure.append(r)
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
        _lower_expired_or_documented(f)
        _lower_public(f)
        f.exposure = _exposures_of(f)
    work = _account_allowlist(work, config)
    merged = _merge(work)
    for f in merged:
        _finish_exposure(f)
        _raise_for_exposure(f)
        _accounts(f, config)
    return merged


def verify_findings(findings: list[Finding], config: Any, settings: Any = None) -> None:
    """Opt-in liveness checks (network); adjusts severity by the result.  ``settings``: verify.Settings."""
    from credgate import verify  # lazy: --verify only (network code off the hook path)

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
            key_id: Optional[str] = s.extra.get("_aws_key_id")  # set by the engine when paired by shape
            partner: Optional[Finding] = next((k for k in keys if k.secret == key_id), None) if key_id else None
            if key_id is None and (s.rule_id == "aws-access-key-pair" or not keys):
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


def _in_signature(f: Finding) -> bool:
    """The key ID is the ``Credential=`` part of a presigned URL or a SigV4 Authorization header."""
    low = f.line_text.lower()
    i = low.find(f.secret.lower())
    return i >= 0 and (low[max(0, i - 20):i].endswith(("credential=", "x-amz-credential=")))


_AMZ_DATE = LazyPattern(globals(), "_AMZ_DATE", r"(?i)x-amz-date=(\d{8}T\d{6})Z")
_AMZ_EXPIRES = LazyPattern(globals(), "_AMZ_EXPIRES", r"(?i)x-amz-expires=(\d{1,7})\b")
PRESIGN_MAX_SECONDS = 604800  # SigV4 presigned URLs live at most 7 days


def presigned_state(line: str, now: Optional[_dt.datetime] = None) -> str:
    """What a SigV4 key ID on ``line`` is part of: ``"header"`` (an Authorization header: signs one
    request), ``"expired"`` (a presigned URL whose X-Amz-Date + X-Amz-Expires is past), or ``"live"``
    (a presigned URL with its signature, not known to be expired: a bearer link to the object)."""
    low = line.lower()
    if "x-amz-signature=" not in low:
        return "header"
    d = _AMZ_DATE.search(line)
    if not d:
        return "live"
    import datetime as _dt  # only for presigned URLs: a clean hook does not load datetime

    try:
        signed = _dt.datetime.strptime(d.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=_dt.timezone.utc)
    except ValueError:
        return "live"
    e = _AMZ_EXPIRES.search(line)
    seconds = min(int(e.group(1)), PRESIGN_MAX_SECONDS) if e else PRESIGN_MAX_SECONDS
    now = now or _dt.datetime.now(_dt.timezone.utc)
    return "expired" if signed + _dt.timedelta(seconds=seconds) < now else "live"


def _rank(f: Finding) -> None:
    """Severity and confidence from the credential kind; see the README triage table."""
    if _is_key_id_finding(f):
        kind = awskeys.key_kind(f.secret)
        if "_aws_secret" in f.extra:
            f.severity = Severity.CRITICAL if kind == "long-lived" else Severity.HIGH
            f.confidence = Confidence.HIGH
            _why(f, "key ID and its secret key are in the same file: a usable credential"
                 + ("" if kind == "long-lived" else " (temporary: expires within hours)"))
        elif _in_signature(f):
            # a presigned URL or SigV4 header: its signature, the time-limited part, goes with the key ID
            state = presigned_state(f.line_text)
            if state == "live":
                # README "What blocks": until it expires, a presigned URL is a bearer credential for its object
                f.severity = Severity.LOW
                _why(f, "key ID inside a presigned URL that carries its signature (X-Amz-Signature) and is not "
                     "known to be expired: anyone with the link can use it until X-Amz-Date + X-Amz-Expires "
                     "(at most 7 days); low, shown, does not block at the default threshold")
            elif state == "expired" and kind == "long-lived":
                # an AKIA key outlives every link it signed: the corpora label such a key ID an exposure of the
                # key's ID, as a CloudTrail record's (low), whether or not the link has expired
                f.severity = Severity.LOW
                _why(f, "long-term (AKIA) key ID inside an expired presigned URL: the link no longer works, the key "
                     "it names still does; low, shown, does not block at the default threshold")
            else:
                f.severity = Severity.INFO
                _why(f, "temporary key ID inside an expired presigned URL (X-Amz-Date + X-Amz-Expires is past); "
                     "informational"
                     if state == "expired" else
                     "key ID inside a SigV4 Authorization header (Credential=): the signature covers one request "
                     "and expires; informational")
        elif f.extra.get("_key_id_context") == "metadata":
            # aws iam list-access-keys output, CloudTrail records: the ID of a key, listed as such
            f.severity = Severity.LOW
            _why(f, "key ID in an IAM key listing or CloudTrail record: it names a key (and the account), it is "
                 "not one; low, shown so a review sees which keys a pasted listing exposes, does not block at "
                 "the default threshold")
        else:
            # README "What blocks": a live-looking key ID blocks alone; it names the account and
            # its secret key is usually a few lines or one commit away
            f.severity = Severity.HIGH
            _why(f, "key ID without its secret key in the same file: it names the account and the secret "
                 "is usually nearby (another file, an earlier commit, a paste): high, blocks"
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
    slot = f.extra.get("_slot")
    if slot:
        # a literal in a deployed slot named like a secret (Lambda/ECS/CodeBuild/Glue/SSM ...): the same
        # kind-based rank as the IaC slot rules give the same literal in a template or parameter file
        if f.severity < SLOT_SEVERITY:
            f.severity = SLOT_SEVERITY
        f.confidence = max(f.confidence, SLOT_CONFIDENCE)
        _why(f, f"a literal value in the secret slot {slot}: ranked as the same slot in a template")
        return
    rid = f.rule_id
    if "generic" in f.tags or "entropy" in f.tags or "high-entropy" in rid:
        f.severity = min(f.severity, Severity.MEDIUM)
        f.confidence = min(f.confidence, Confidence.MEDIUM)
    generic = "password" in f.tags or "generic" in f.tags or "entropy" in f.tags or "name-value" in f.tags
    if f.severity == Severity.MEDIUM and generic and random_password_literal(f):
        # README "What blocks": a machine-random password assigned to a password key in application
        # files is the password a service logs in with; no one writes that as an example.  Whichever generic
        # rule read it: a 32-character one is the high-entropy rule's, a 20-character one the password rule's
        f.severity = Severity.HIGH
        _why(f, "a random password (mixed character classes throughout, no words) assigned to a password "
                "key outside tests and docs: high, blocks")
    elif f.severity == Severity.MEDIUM and (generic or "token" in f.tags) and random_secret_literal(f):
        f.severity = Severity.HIGH
        _why(f, "a machine-random value (three or more character classes throughout, no words) assigned to a "
                "secret, token or API-key name outside tests and docs: high, blocks")


# a password key just before the value on its line: password, passwd, pwd, passphrase, a ``pass``/``pw`` key
# (``ansible_become_pass``, ``BINDPW``, ``auth_pass``), LDAP ``authtok`` (not token or key names, which also hold
# hashes, ids and digests); then ``=``, ``:``, ``,``, an XML element's ``>``, a config file's whitespace
# (``BINDPW value``, ``password value``) or an XML pair's ``" value="`` (``<add key="ClearTextPassword" value=``);
# a camelCase ``...Pass`` (``adminPass``, ``S3Pass``: capital P after a lower-case letter or digit, not bypass)
# what ends a key just before its value: ``=``, ``:``, ``,``, an XML element's ``>``, a config file's whitespace, or
# an XML pair's ``" value="`` (other attributes between: ``name="x/apiKey" type="java.lang.String" value="``)
_ASSIGNED_AFTER = (r"(?:\s{0,5}(?:=|:=|=>|:|,|>)|[ \t]+|[\"']?(?:\s+[\w.:\-]+\s*=\s*\"[^\"<>]{0,40}\"){0,2}\s+value\s*=)"
                   r"\s{0,5}[\"'`]?$")
# the secret, token and API-key names of _SECRET_NAME (a name on the line above) and _SECRET_KEY_BEFORE
_SECRET_KEY_WORDS = (r"secret|token|api[_.\-]?key|access[_.\-]?key|auth[_.\-]?key|signing[_.\-]?key|private[_.\-]?key|"
                     r"secret[_.\-]?key|master[_.\-]?key|app[_.\-]?key")
_PASSWORD_KEY_BEFORE = LazyPattern(
    globals(), "_PASSWORD_KEY_BEFORE",
    r"(?i)(?:passw(?:or)?d|pwd|passphrase|(?:^|[^a-z])pass|(?-i:[a-z0-9]Pass)|pw|authtok)[\w.\-]{0,20}[\"'\]]{0,2}"
    + _ASSIGNED_AFTER)
# the name of a name/value pair (``- name: registryPassword`` / ``value: ...``), read from the pair's text
_PASSWORD_NAME = LazyPattern(globals(), "_PASSWORD_NAME",
                             r"(?i)(?:passw(?:or)?d|pwd|passphrase)[\"']?[ \t]*(?:,[ \t]*)?\r?\n")
_SECRET_NAME = LazyPattern(
    globals(), "_SECRET_NAME",
    r"(?i)(?:" + _SECRET_KEY_WORDS + r"|encryption[_.\-]?key|credentials?)[\"']?[ \t]*(?:,[ \t]*)?\r?\n")
# rules that read any secret-named key (a password, token or key): their value ranks as a password only under a
# password key.  Every other rule tagged "password" says so by its pattern (a -p option, a PSK, user:pass in a
# URL or a curl -u, ConvertTo-SecureString ... -AsPlainText): its machine-random value is a password wherever.
_KEY_NAME_RULE_TAGS = frozenset({"mixed-keys", "fallback"})
_KEY_NAME_RULES = frozenset({"conf-whitespace-secret", "xml-appsetting-secret", "php-define-secret",
                             "postman-variable-secret", "apache-setenv-secret", "pass-key-assignment"})
# where random-looking passwords are fixtures, examples or illustrations
# (test sources as filters.TEST_SOURCE_PATTERN reads them, case-blind here, and fixtures, examples and documents)
_NOT_LIVE_PATH = LazyPattern(globals(), "_NOT_LIVE_PATH", filters.NOT_LIVE_PATH_PATTERN)


def _classes_and_turns(v: str) -> "tuple[int, int]":
    def cls(c: str) -> int:
        return 0 if c.islower() else 1 if c.isupper() else 2 if c.isdigit() else 3
    kinds = [cls(c) for c in v]
    return len(set(kinds)), sum(1 for a, b in zip(kinds, kinds[1:]) if a != b)


def random_password_literal(f: Finding) -> bool:
    """A generic password finding whose value a machine drew (``Qd12u4xYbxx*Mr4v5GZ@*X&4``,
    ``k9TzQ2mWx7LpR4vB``): 10+ characters of three or more classes (lower, upper, digit, symbol) that change
    class every few characters, assigned to a password key, in a file that is not a test, fixture, example
    or document (mixed-case letters alone count from 12 characters when they read random). People's
    passwords (``Summer2024!``, ``Winter2024*Admin``) change class two or three times
    or are made of words (``SomeKindOfPassword123!@#``) and stay medium: reported, blocking at ``medium``."""
    v = f.secret
    if len(v) < 10 or len(v) > 128 or any(c.isspace() for c in v):
        return False
    classes, turns = _classes_and_turns(v)
    # mixed-case letters alone (1 in 8 random 12-character alphanumeric passwords) count from 12 when they
    # are no words: a generator's output, not a phrase (``VdtgLIYozCdr``)
    letters = classes == 2 and len(v) >= 12 and v.isalpha() and filters.password_letters(v)
    if (classes < 3 and not letters) or turns < max(5, int(len(v) * 0.35)) or filters.made_of_words(v):
        return False
    path = f.location.path or ""
    if _NOT_LIVE_PATH.search(path):
        return False
    line = f.line_text or ""
    at = line.find(v)
    if at > 0 and _PASSWORD_KEY_BEFORE.search(line[max(0, at - 60):at]):
        return True
    if _PASSWORD_NAME.search(f.extra.get("_key") or ""):
        return True  # a name/value pair whose name, on an earlier line, is a password's (engine: "_key")
    keyed = f.rule_id.startswith("generic-") or f.rule_id in _KEY_NAME_RULES or bool(_KEY_NAME_RULE_TAGS & set(f.tags))
    return not keyed and "password" in f.tags


# a secret, token or API-key name ending just before the value on its line (``client_secret``, ``API_TOKEN``,
# ``apiKey``, ``signing_key``): not ``token_type``, ``secret_name``, ``api_key_header``, whose values are settings
_SECRET_KEY_BEFORE = LazyPattern(
    globals(), "_SECRET_KEY_BEFORE",
    r"(?i)(?:" + _SECRET_KEY_WORDS + r"|(?:encryption|hmac|jwt|session|cookie)[_.\-]?key|credentials?|bearer)"
    r"[\"'\]]{0,2}"
    + _ASSIGNED_AFTER)


def random_secret_literal(f: Finding) -> bool:
    """A generic finding whose value a machine drew, assigned to a secret, token or API-key name, in a file that
    is not a test, fixture, example or document: ``API_KEY = "q8Zk3rT0wLm2..."``.  Issued keys and tokens are
    16+ characters of lower, upper and digits (base62, base64) changing class throughout; hex stays medium (it
    is also how digests, ids and checksums are written), as do values made of words and short ones."""
    v = f.secret
    if len(v) < 16 or len(v) > 128 or any(c.isspace() for c in v):
        return False
    classes, turns = _classes_and_turns(v)
    if classes < 3 or turns < max(6, int(len(v) * 0.35)) or filters.made_of_words(v):
        return False
    if not (any(c.islower() for c in v) and any(c.isupper() for c in v) and any(c.isdigit() for c in v)):
        return False
    if _NOT_LIVE_PATH.search(f.location.path or ""):
        return False
    line = f.line_text or ""
    at = line.find(v)
    return (at > 0 and bool(_SECRET_KEY_BEFORE.search(line[max(0, at - 60):at]))) \
        or bool(_SECRET_NAME.search(f.extra.get("_key") or ""))


def _lower_expired_or_documented(f: Finding, now: Optional[_dt.datetime] = None) -> None:
    """A credential that can no longer be used, or the provider's own documentation, is low: shown, and it does
    not block at the default threshold (README "What blocks").  An Azure SAS past its signed expiry (``se=``: the
    signature covers it, so it cannot be extended) is refused by the service; a finding in an SDK's API-model
    examples file (:func:`credgate.linter.filters.api_model_examples`) is the provider's documented request or
    response.  A JWT past its ``exp`` claim keeps its rank: the labelled corpora count bearer tokens in logs,
    HAR files and scripts as leaks whatever their date (the signing key or a refresh flow may stand behind them)."""
    if f.severity <= Severity.LOW:
        return
    why = None
    sas = f.extra.get("_sas_expiry")
    if sas:
        import datetime as _dt  # only for a SAS token: a clean hook does not load datetime

        now = now or _dt.datetime.now(_dt.timezone.utc)
        try:
            end = _dt.datetime.strptime(sas, "%Y-%m-%d").replace(tzinfo=_dt.timezone.utc) + _dt.timedelta(days=1)
        except ValueError:
            end = None
        if end is not None and end < now:
            why = (f"SAS token expired on {sas} (its se= expiry is signed): the service refuses it; low, "
                   "shown, does not block at the default threshold")
    if why is None and f.extra.get("_documented"):
        why = f"{f.extra['_documented']}: low, shown, does not block at the default threshold"
    if why:
        f.severity = Severity.LOW
        _why(f, why)


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


def _lower_public(f: Finding) -> None:
    """A public client id (a Firebase or mobile-config Google key, a Duo ikey, a DocuSign integration key) is
    info and a slow password hash that cannot log in is low, whatever the rule or slot said; the engine marks
    them (:func:`credgate.linter.publicids.judge`) and this applies the level, after every other rank."""
    pub = f.extra.get("_public")
    if pub and f.severity > Severity(pub[0]):
        f.severity = Severity(pub[0])
        _why(f, f"{pub[1]}: {f.severity.name.lower()}, does not block at the default threshold")


def exposure_raises(exposure: Iterable[str]) -> Optional[str]:
    """The exposure label that raises severity (deployed, or pushed: a remote-tracking ref reaches it), if any."""
    for e in exposure:
        for p in RAISING_EXPOSURE:
            if e == p or (p.endswith(":") and e.startswith(p)):
                return e
    return None


def _raise_for_exposure(f: Finding) -> None:
    """Exposure rule (README "Severity"): deployed or pushed raises one level, capped at critical.

    Everything else keeps the kind-based severity: staged, worktree, local branches, tags, stashes,
    history and history-only.  Info and low findings (identifiers without their secret, parse notes)
    are context, not credentials, and keep their level; so does a lone AWS key ID, which blocks at
    high already (a key ID with its secret is a critical pair).
    """
    label = exposure_raises(f.exposure)
    if label is None or f.severity < Severity.MEDIUM or _is_key_id_finding(f):
        return
    if f.severity < Severity.CRITICAL:
        f.severity = Severity(int(f.severity) + 1)
        what = "deployed in AWS" if label == "deployed" else f"pushed ({label})"
        _why(f, f"{what}: severity raised one level for exposure")


def _account_allowlist(findings: list[Finding], config: Any) -> list[Finding]:
    entries = [e for e in getattr(config, "allowlist", ()) if e.accounts and not e.expired()]
    if not entries:
        return findings
    return [f for f in findings if not (f.account_id and any(_entry_matches(e, f) for e in entries))]


def merge_key(f: Finding) -> tuple[str, str]:
    """Same value: one credential, whatever rule found it and wherever (short passwords included:
    ``Winter2024!`` in a template slot and in a ``.env`` file is one password to rotate)."""
    if not f.secret:
        return (f.rule_id, f.fingerprint)
    return ("value", f.secret)


def _rank_key(f: Finding) -> tuple[int, int, int]:
    return (int(f.severity), int("generic" not in f.tags), int(f.confidence))


def _order_of(f: Finding) -> Optional[int]:
    """Position of a history finding's commit in the walk (oldest first), from credgate.sources.git."""
    o = f.extra.get("_order")
    return o if isinstance(o, int) and f.location.source == "history" else None


def _introducer_first(primary: Finding, items: list[Finding]) -> None:
    """History: the location shown first is the commit that introduced the secret (the oldest one), whatever
    rule ranked highest; that finding's rule, severity and why stay."""
    dated = [f for f in items if _order_of(f) is not None]
    if not dated:
        return
    first = min(dated, key=lambda f: _order_of(f))  # type: ignore[arg-type, return-value]
    if first is not primary and first.location != primary.location:
        old = primary.location
        primary.location, primary.line_text = first.location, first.line_text
        primary.other_locations = [old, *(x for x in primary.other_locations if x != first.location)]
        primary.extra["_order"] = _order_of(first)


def _in_commit_order(locs: list[Location], items: list[Finding]) -> list[Location]:
    """Locations of history findings in commit order (the first stays first); others keep their order."""
    order: dict[Location, int] = {}
    for f in items:
        o = _order_of(f)
        if o is not None:
            for loc in f.locations:
                order.setdefault(loc, o)
    if not order:
        return locs
    rest = sorted(range(1, len(locs)), key=lambda i: (order.get(locs[i], 1 << 60), i))
    return [locs[0], *(locs[i] for i in rest)]


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
        _introducer_first(primary, items)
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
        primary.other_locations = _in_commit_order(locs, items)[1:]
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
