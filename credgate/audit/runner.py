"""Run collectors over accounts x regions x services, concurrently, and scan what they return.

Work is split into units (account, region, service).  ``--shard i/n`` keeps
the units whose stable hash falls in shard i, so n parallel jobs cover the
whole organisation exactly once.  Units run on a thread pool; each client
uses botocore's adaptive retry mode (client-side rate limiting + backoff on
throttling).  Collected items are scanned on the calling thread through the
same engine as every other command.  Any failure of a unit (AccessDenied,
region not enabled, throttling, an API the region lacks) becomes a Skip and
the audit carries on.
"""
from __future__ import annotations

import hashlib
import json
import re
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence, Union

from credgate.audit import registry, remediation
from credgate.audit.accounts import Account, account_of_role, assumed_session, caller, organization_accounts
from credgate.audit.base import Context, Item, Options, classify
from credgate.audit.state import State
from credgate.iac import names
from credgate.iac.rules import RULES
from credgate.models import Finding, Fragment, Skip
from credgate.records import replace
from credgate.redact import secret_hash
from credgate.triage import carry_fragment_context

DEFAULT_REGION = "us-east-1"


def home_region(configured: Optional[str], regions: Optional[Sequence[str]]) -> str:
    """The region for calls that are not per region (STS, Organizations, S3 bucket listing, exports) when
    none is configured: the first of ``--regions``, else us-east-1 (botocore would raise NoRegionError)."""
    return configured or (regions[0] if regions else DEFAULT_REGION)
ENABLED = ("opt-in-not-required", "opted-in")


@dataclass(frozen=True)
class Unit:
    account: str
    region: str
    service: str

    @property
    def label(self) -> str:
        return f"aws://{self.account}/{self.region}/{self.service}"

    def shard_of(self, n: int) -> int:
        """0-based shard, stable across runs and machines."""
        h = hashlib.sha256(f"{self.account}/{self.region}/{self.service}".encode()).digest()
        return int.from_bytes(h[:8], "big") % n


def parse_shard(spec: Optional[str]) -> tuple[int, int]:
    """``"2/4"`` -> (2, 4); 1-based index like CodeBuild batch and test runners."""
    if not spec:
        return 1, 1
    try:
        i_s, n_s = spec.split("/", 1)
        i, n = int(i_s), int(n_s)
    except ValueError:
        raise ValueError(f"--shard {spec!r}: use I/N, e.g. 1/4") from None
    if n < 1 or not 1 <= i <= n:
        raise ValueError(f"--shard {spec!r}: I must be between 1 and N")
    return i, n


@dataclass
class AuditSettings:
    services: list[str]
    regions: Optional[list[str]] = None  # None: every enabled region of the partition
    role_arns: list[str] = field(default_factory=list)
    org_role: Optional[str] = None
    include_current: bool = True
    external_id: Optional[str] = None
    role_session_name: str = "credgate-audit"
    shard: tuple[int, int] = (1, 1)
    workers: int = 8
    max_attempts: int = 10
    endpoint_url: Optional[str] = None
    options: Options = field(default_factory=Options)
    state_path: Any = None  # Path or None (no incremental state)
    full: bool = False
    # salt of the --baseline file: the state then keeps each finding's baseline hash (as the baseline
    # itself does), so known findings in unchanged resources can still be matched against the baseline
    baseline_salt: Optional[str] = None


@dataclass
class AuditResult:
    findings: list[Finding] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    items: int = 0
    bytes: int = 0
    meta: dict[str, Any] = field(default_factory=dict)
    known_unchanged: list[dict[str, Any]] = field(default_factory=list)


_DONE = object()


class Audit:
    def __init__(self, engine: Any, settings: AuditSettings, session: Any = None) -> None:
        self.engine = engine
        self.s = settings
        self._session = session
        self.stop = threading.Event()

    # -------------------------------------------------------------- set-up
    def _botocore_config(self) -> Any:
        from botocore.config import Config

        return Config(retries={"mode": "adaptive", "total_max_attempts": max(1, self.s.max_attempts)},
                      max_pool_connections=max(10, self.s.workers * 2), connect_timeout=10, read_timeout=60,
                      user_agent_extra="credgate-audit")

    def _base_session(self) -> Any:
        if self._session is None:
            import boto3

            self._session = boto3.Session()
            if not self._session.region_name:
                self._session = boto3.Session(region_name=home_region(None, self.s.regions))
        return self._session

    def _accounts(self, base: Any, cfg: Any, me: str, partition: str, result: AuditResult) -> list[Account]:
        accounts: dict[str, Account] = {}
        if self.s.include_current:
            accounts[me] = Account(me, "current", None, base)
        for arn in self.s.role_arns:
            acct = account_of_role(arn)
            if acct == me and self.s.include_current:
                continue
            accounts.setdefault(acct, Account(acct, arn, arn))
        if self.s.org_role:
            try:
                ids = organization_accounts(base, cfg, self.s.endpoint_url)
            except Exception as exc:  # noqa: BLE001
                reason, detail = classify(exc)
                result.skips.append(Skip("aws://organization", reason, f"could not list accounts: {detail}"))
                ids = []
            for acct in ids:
                if acct == me:
                    continue
                arn = f"arn:{partition}:iam::{acct}:role/{self.s.org_role}"
                accounts.setdefault(acct, Account(acct, arn, arn))
        return list(accounts.values())

    def _regions(self, base: Any, cfg: Any, partition: str, me: str, result: AuditResult) -> list[str]:
        if self.s.regions:
            return list(dict.fromkeys(self.s.regions))
        known = set(base.get_available_regions("ec2", partition_name=partition))
        kw: dict[str, Any] = {"region_name": base.region_name or DEFAULT_REGION, "config": cfg}
        if self.s.endpoint_url:
            kw["endpoint_url"] = self.s.endpoint_url
        try:
            regions = base.client("ec2", **kw).describe_regions(AllRegions=True)["Regions"]
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            result.skips.append(Skip(f"aws://{me}/regions", reason,
                                     f"could not list regions ({detail}); using the partition's standard regions"))
            return sorted(known)
        out = []
        for r in regions:
            name = r["RegionName"]
            if known and name not in known:
                continue  # another partition (us-gov-*, cn-*)
            if r.get("OptInStatus", "opt-in-not-required") in ENABLED:
                out.append(name)
            else:
                result.skips.append(Skip(f"aws://{me}/{name}", "region-not-enabled",
                                         f"opt-in region not enabled for this account ({r.get('OptInStatus')})"))
        return sorted(out)

    # ----------------------------------------------------------------- run
    def run(self) -> AuditResult:
        result = AuditResult()
        started = time.monotonic()
        cfg = self._botocore_config()
        base = self._base_session()
        me, caller_arn, partition = caller(base, cfg, self.s.endpoint_url)
        accounts = self._accounts(base, cfg, me, partition, result)
        regions = self._regions(base, cfg, partition, me, result)
        shard_i, shard_n = self.s.shard
        units = [Unit(a.account_id, r, svc) for a in accounts for r in regions for svc in self.s.services]
        total_units = len(units)
        units = [u for u in units if u.shard_of(shard_n) == shard_i - 1]
        by_account = {a.account_id: a for a in accounts}
        state = State.load(self.s.state_path) if self.s.state_path else None
        shared: dict[str, dict[str, Any]] = {a.account_id: {} for a in accounts}
        locks = {a.account_id: threading.RLock() for a in accounts}
        q: "queue.Queue[Any]" = queue.Queue(maxsize=512)
        failed_units: list[Unit] = []

        def make_session(acct: Account) -> Any:
            return assumed_session(base, acct.role_arn or "", session_name=self.s.role_session_name,
                                   external_id=self.s.external_id, config=cfg, endpoint_url=self.s.endpoint_url)

        def put(x: Any) -> None:
            # never block forever: after an interrupt nobody drains the queue
            while True:
                try:
                    q.put(x, timeout=0.5)
                    return
                except queue.Full:
                    if self.stop.is_set():
                        return

        def work(unit: Unit) -> None:
            try:
                if self.stop.is_set():
                    return
                acct = by_account[unit.account]
                try:
                    session = acct.session(make_session)
                except Exception as exc:  # noqa: BLE001
                    reason, detail = classify(exc)
                    failed_units.append(unit)
                    put(Skip(unit.label, reason, f"could not assume {acct.label}: {detail}"))
                    return
                mod = registry.load(unit.service)
                if not self._offered(session, mod.SERVICE, unit.region, partition):
                    failed_units.append(unit)
                    put(Skip(unit.label, "unsupported", f"{mod.SERVICE} is not offered in {unit.region}"))
                    return
                ctx = Context(session=_Locked(session, locks[unit.account]), region=unit.region,
                              account=unit.account, partition=partition, options=self.s.options,
                              botocore_config=cfg, endpoint_url=self.s.endpoint_url,
                              shared=shared[unit.account], lock=locks[unit.account])
                try:
                    for produced in mod.collect(ctx):
                        if self.stop.is_set():
                            return
                        put((unit, produced))
                except Exception as exc:  # noqa: BLE001 - one unit never aborts the audit
                    reason, detail = classify(exc)
                    failed_units.append(unit)
                    put(Skip(unit.label, reason, detail))
            except Exception as exc:  # noqa: BLE001 - set-up failed (import, region lookup): still a Skip,
                reason, detail = classify(exc)  # reported before _DONE so it cannot be lost
                failed_units.append(unit)
                put(Skip(unit.label, reason, detail))
            finally:
                put(_DONE)

        todo: "queue.SimpleQueue[Unit]" = queue.SimpleQueue()
        for u in units:
            todo.put(u)

        def worker() -> None:
            while not self.stop.is_set():
                try:
                    u = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    work(u)
                except Exception as exc:  # noqa: BLE001 - never lose a unit silently
                    reason, detail = classify(exc)
                    put(Skip(u.label, reason, detail))

        # daemon threads, not an executor pool (whose threads are joined at exit): Ctrl-C ends the
        # run at once even while a worker waits on a slow AWS call
        threads = [threading.Thread(target=worker, name=f"credgate-aws-{i}", daemon=True)
                   for i in range(max(1, min(self.s.workers, len(units))))]
        for t in threads:
            t.start()
        pending = len(units)
        prog = getattr(self.engine, "progress", None)
        if prog is not None:
            prog.note(f"0/{pending} region-services read")
        scanned = unchanged = 0
        known_unchanged: list[dict[str, Any]] = []
        try:
            while pending:
                try:
                    got = q.get(timeout=0.5)
                except queue.Empty:
                    continue
                if got is _DONE:
                    pending -= 1
                    if prog is not None:
                        prog.note(f"{len(units) - pending}/{len(units)} region-services read")
                    continue
                if isinstance(got, Skip):
                    result.skips.append(got)
                    continue
                unit, produced = got
                if isinstance(produced, Skip):
                    result.skips.append(produced)
                    continue
                key = State.key(unit.account, unit.region, unit.service, produced.shown_path)
                if state is not None:
                    digest = state.content_hash(produced.data)
                    if not self.s.full and state.unchanged(key, digest):
                        unchanged += 1
                        known = state.carry(key)
                        for k in known:
                            known_unchanged.append(dict(k, path=produced.shown_path, account=unit.account,
                                                        region=unit.region))
                        if known:
                            # a secret still deployed is in every report, marked not new: re-read the
                            # (few) unchanged fields that held findings; clean unchanged fields are skipped
                            self._mark_new(self._scan(produced, unit, result), state)
                        continue
                scanned += 1
                found = self._scan(produced, unit, result)
                if state is not None:
                    self._mark_new(found, state)
                    state.record(key, digest, [self._state_entry(f) for f in found])
        except BaseException:
            self.stop.set()
            raise
        for t in threads:
            t.join()
        if state is not None:
            for u in failed_units:
                state.carry_unit(f"{u.account}|{u.region}|{u.service}|")
            # units of other shards keep their entries too
            mine = {(u.account, u.region, u.service) for u in units}
            for k in list(state.previous):
                a, r, svc = k.split("|", 3)[:3]
                if (a, r, svc) not in mine:
                    state.carry_unit(f"{a}|{r}|{svc}|")
            resolved = state.resolved()
            state.save()
        else:
            resolved = []
        new = sum(1 for f in result.findings if f.extra.get("new_since_last_run", True))
        result.known_unchanged = known_unchanged
        result.meta = {
            "caller": caller_arn,
            "partition": partition,
            "accounts": sorted(by_account),
            "regions": regions,
            "services": list(self.s.services),
            "shard": f"{shard_i}/{shard_n}",
            "units": len(units),
            "units_total": total_units,
            "resources_scanned": scanned,
            "resources_unchanged": unchanged,
            "findings_new": new,
            "known_findings_in_unchanged": len(known_unchanged),
            "resolved_resources": len(resolved),
            "incremental": state is not None and not self.s.full and state.had_previous,
            "previous_run": state.previous_run if state is not None else None,
            "elapsed_seconds": round(time.monotonic() - started, 3),
        }
        return result

    @staticmethod
    def _mark_new(found: list[Finding], state: State) -> None:
        for f in found:
            f.extra["new_since_last_run"] = f.fingerprint not in state.known_fingerprints
            if f.extra["new_since_last_run"] and state.had_previous:
                f.why.append("new since the last audit run")

    def _state_entry(self, f: Finding) -> dict[str, Any]:
        entry = {"fingerprint": f.fingerprint, "rule_id": f.rule_id, "severity": str(f.severity),
                 "field": f.extra.get("field", "")}
        if self.s.baseline_salt is not None:
            entry["baseline_hash"] = secret_hash(f.secret, self.s.baseline_salt)
        return entry

    @staticmethod
    def _offered(session: Any, service: str, region: str, partition: str) -> bool:
        try:
            regions = session.get_available_regions(service, partition_name=partition)
        except Exception:  # noqa: BLE001
            return True
        # Unknown (new or custom) region names are tried rather than skipped.
        all_known = session.get_available_regions("ec2", partition_name=partition)
        return not regions or region in regions or region not in all_known

    # ---------------------------------------------------------------- scan
    def _scan(self, item: Item, unit: Unit, result: AuditResult) -> list[Finding]:
        extra = (("region", item.region), ("account", item.account), ("resource_type", item.resource_type))
        if item.fragment is not None:
            frag = replace(item.fragment, extra=tuple(item.fragment.extra) + extra)
        else:
            frag = Fragment(path=item.shown_path, data=item.data, source="aws",
                            location_detail=f"{item.arn} {item.field}", extra=extra)
        result.items += 1
        result.bytes += len(frag.data)
        try:
            found, skips = self.engine.scan(frag)
        except RecursionError:
            result.skips.append(Skip(frag.path, "too-deep", "content nested too deeply to analyse"))
            return []
        result.skips.extend(skips)
        found = [f for f in found if not is_reference(f)]
        if item.fragment is None and self.engine.iac_enabled and not self.engine.path_excluded(frag.path):
            found += self.engine.post_filter(slot_findings(self.engine, item, frag, found), frag.data)
        if frag.extra and found:
            carry_fragment_context(frag, found)
        for f in found:
            annotate(f, item, unit, frag)
        result.findings.extend(found)
        prog = getattr(self.engine, "progress", None)
        if prog is not None:
            prog.advance(1, len(frag.data), len(found))
        return found


_ARN = re.compile(r"arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(?:\d{12})?:[^\s\"',;]+")


def is_reference(f: Finding) -> bool:
    """A generic (secret-named key) match whose "value" is part of an ARN is a reference, not a secret.

    ``DB_SECRET_ARN=arn:aws:secretsmanager:...:secret:prod/db`` is the right way to configure a
    resource; the ``secret:`` inside the ARN must not read as an assignment.
    """
    if "generic" not in f.tags or not f.secret:
        return False
    return any(f.secret in m.group(0) for m in _ARN.finditer(f.line_text))


def annotate(f: Finding, item: Item, unit: Unit, frag: Fragment) -> None:
    """Name the resource, region, account and field; remediation for the resource kind; exposure deployed."""
    if item.fragment is not None:
        field_name = item.field
        detail = f.location.location_detail or frag.location_detail or item.arn
    else:
        field_name = item.field_for_line(f.line)
        own = f.location.location_detail or ""
        base = frag.location_detail or ""
        # an IaC analyser named the slot inside the template: "<ARN> TemplateBody!Parameters.X.Default"
        if own.startswith(base + "!"):
            field_name = f"{item.field}:{own[len(base) + 1:]}"
        elif own and own != base and not own.startswith(item.arn):
            field_name = f"{item.field}:{own}"
        detail = f"{item.arn} {field_name}"
    f.location = replace(f.location, location_detail=detail)
    f.remediation = remediation.for_kind(item.kind, f.remediation)
    if "deployed" not in f.exposure:
        f.exposure.append("deployed")
    f.extra.update({
        "arn": item.arn,
        "region": item.region,
        "account": item.account,
        "resource_type": item.resource_type,
        "field": field_name,
        "service": unit.service,
    })
    if item.decoded_from:
        f.extra["decoded_from"] = item.decoded_from
        f.why.append(f"found after decoding {item.decoded_from}")
    slot = secret_slot(f, item)
    if slot:
        f.extra["_slot"] = slot  # credgate.triage ranks it as the IaC slot rules rank a template's literal


_ENV_LINE = re.compile(r"^([^=\s]+)=(.*)$")
_JSON_LINE = re.compile(r'^\s*("(?:[^"\\]|\\.)*")\s*:\s*("(?:[^"\\]|\\.)*")\s*,?\s*$')
_SLOT_KINDS = frozenset({"ssm-parameter"})


# deployed key/value field kind -> the IaC slot rule a template gives the same slot
SLOT_RULES = {"ecs": "iac-ecs-plaintext-env-secret", "batch": "iac-ecs-plaintext-env-secret",
              "codebuild": "iac-codebuild-plaintext-secret"}
SLOT_RULE_DEFAULT = "iac-cfn-literal-secret"


def slot_findings(engine: Any, item: Item, frag: Fragment, found: list[Finding]) -> list[Finding]:
    """A literal alone in a deployed ``KEY=value`` slot named like a secret that no rule found.

    A template's slot rules flag a typed password in a secret-named slot whatever its entropy;
    the same slot deployed must not be quieter.  Only environment-style renderings (and SSM String
    parameters) are read this way; JSON definitions and scripts are left to the rules.
    """
    if not (item.kind in _SLOT_KINDS or item.line_fields):
        return []
    covered = {f.line for f in found}
    rule = RULES[SLOT_RULES.get(item.kind, SLOT_RULE_DEFAULT)]
    data = frag.data
    out: list[Finding] = []
    pos = 0
    for n, raw in enumerate(data.split(b"\n"), 1):
        start_of_line, pos = pos, pos + len(raw) + 1
        if n in covered or b"=" not in raw:
            continue
        line = raw.decode("utf-8", "replace")
        m = _ENV_LINE.match(line)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        name = re.split(r"[./]", key)[-1].lstrip("-")
        if not value or value.startswith("arn:") or not names.is_secret_name(name) \
                or names.literal_problem(value) is not None:
            continue
        if item.line_fields:
            fname = item.field_for_line(n)
            if not (fname == key or fname.endswith("." + key)):
                continue  # a continuation line of a multi-line value (or JSON), not a KEY=value slot
        b = raw.find(value.encode("utf-8", "surrogatepass"), len(key.encode("utf-8", "surrogatepass")) + 1)
        if b < 0:
            continue
        f = engine.make_finding(rule, value, frag, data, start_of_line + b, start_of_line + b + len(value.encode()),
                                [names.why_literal(value), f"the deployed slot {key} is named like a secret"])
        out.append(f)
    return out


def secret_slot(f: Finding, item: Item) -> str:
    """The name of the secret slot whose whole literal value is this finding's secret, or "".

    Deployed key/value fields (Lambda, ECS, Batch and SageMaker environments, CodeBuild PLAINTEXT
    variables, Glue arguments, API Gateway stage variables, SSM String parameters, JSON definitions)
    are the same slots a template declares; a literal in one named like a secret (``DB_PASSWORD``,
    ``--api_token``, ``/app/db_password``) is ranked as the template's slot finding is.
    """
    if item.fragment is not None or not (item.line_fields or item.kind in _SLOT_KINDS) or not f.secret:
        return ""
    line = f.line_text.rstrip("\r\n")
    m = _ENV_LINE.match(line)
    if m:
        key, value = m.group(1), m.group(2)
    else:
        m = _JSON_LINE.match(line)
        if not m:
            return ""
        try:
            key, value = json.loads(m.group(1)), json.loads(m.group(2))
        except ValueError:
            return ""
    name = re.split(r"[./]", key)[-1].lstrip("-")
    if value.strip() != f.secret or not names.is_secret_name(name) or names.literal_problem(value) is not None:
        return ""
    return name


class _Locked:
    """A boto3 session whose client() calls are serialised (Session.client is not thread-safe)."""

    def __init__(self, session: Any, lock: Any) -> None:
        self._s = session
        self._lock = lock

    def client(self, *a: Any, **kw: Any) -> Any:
        with self._lock:
            return self._s.client(*a, **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._s, name)


Produced = Union[Item, Skip]
