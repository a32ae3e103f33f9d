"""The engine: content in, findings out.  Pure: no file or network IO here.

Check order (fixed; README "How credgate decides"):

1. path filters        config ``exclude_paths``, path-only allowlist entries, rule ``paths``
2. one-pass match      every rule at once (hyperscan, or the keyword fallback)
3. confirm             the rule's own regex on the hit's window; extract the secret group
4. structural checks   the rule's validator (checksums, prefixes, lengths)
5. entropy             Shannon entropy against the rule's threshold, scaled to the secret's alphabet
6. examples            documented vendor examples, placeholders and templating; generic-value checks;
                       context: the key (identifiers, front-end public names, an API key beside its
                       secret), the file (a dev-default connection string, a test-mode key in test code,
                       a Firebase app config's key, a UUID token in a CI/deploy environment block)
7. inline allow        ``credgate:allow``, ``gitleaks:allow``, ``pragma: allowlist secret``
8. allowlists          config entries (paths, regexes, stopwords, fingerprints, rules, accounts)
9. baseline            applied by the caller (:mod:`credgate.linter.baseline`)

After steps 2-6, an AWS key ID found in the fragment is paired by shape with a secret-key-shaped
value near it (:mod:`credgate.linter.awspair`), on the whole fragment, before a hook keeps only
the findings that touch added lines (an IaC finding also touches the lines that reference it).

Structure-aware IaC analysis runs beside step 2-6 on documents that look like
IaC; its findings go through steps 7-9 too, and a pattern finding and a slot
finding for the same secret on the same line become one finding.
"""
from __future__ import annotations

import functools
import os
import re
from typing import TYPE_CHECKING, Any, Optional

from credgate.config import AllowEntry, Config
from credgate.globs import NameIndex, glob_to_regex, match_any, names_take, plain_name_globs
from credgate.lazyre import LazyPattern
from credgate.iac import analyze, kind_of
from credgate.iac import prepare_bulk as prepare_iac
from credgate.linter import deployrefs, filters, publicids, shellflow
from credgate.linter.decode import decoded_findings
from credgate.linter.decode import prepare_bulk as prepare_decode
from credgate.linter.entropy import shannon, looks_random
from credgate.linter.matcher import Matcher
from credgate.linter.notebook import back_to_file as notebook_back_to_file
from credgate.linter.notebook import notebook_view
from credgate.linter.ruleset import Rule, RuleSet, load_ruleset
from credgate.models import Confidence, Finding, Fragment, Location, Severity, Skip
from credgate.records import replace
from credgate.redact import fingerprint

if TYPE_CHECKING:
    import datetime as _dt

_KEY_ID_RULES = ("aws-access-key-id", "aws-temporary-access-key-id")
# the judge's memo (Engine._judge): values up to this length, at most this many verdicts per engine
_JUDGE_MEMO_LEN = 256
_JUDGE_MEMO_SIZE = 16384
# a random UUID: a rule allowlist regex that matches it allowlists every UUID (Engine.verdict, uuid_token)
_PROBE_UUID = "5c0e9a1f-7b3d-4e2a-9f6c-1d8b4a7e3c20"


# compiled on first use: the hook imports this module (credgate.lazyre)
_VALUE_ONLY = LazyPattern(globals(), "_VALUE_ONLY",
                          r"""^[\s\-{,]*["']?(?:value|Value|VALUE|ParameterValue)?["']?\s*[:=]?\s*["'`]?$|"""
                          r"""^\s*<(?:string|value)>$""")  # a plist's <key>Name</key> then <string>value</string>


def _name_text(f: Finding, data: bytes) -> str:
    """What names a finding's value: its line up to the value, the IaC location detail, a name on the line above
    (``{"name": "X",`` then ``"value": "..."``: read only when the value's own line names nothing)."""
    col = max(0, f.location.column - 1)
    head = f.line_text[:col]
    parts = [head, f.location.provenance.location_detail or "", str(f.extra.get("_key") or "")]
    if _VALUE_ONLY.match(head) and f.line >= 2:
        lines = data.split(b"\n", f.line)[max(0, f.line - 3) : f.line - 1]
        parts.extend(ln.decode("utf-8", "replace")[:300] for ln in lines)
    return " ".join(parts)


def _today() -> "_dt.date":
    import datetime

    return datetime.date.today()


# the next line's own NAME=value (ENV_NAME= or a lower-case dotted property key), not base64 padding
_NEXT_ASSIGN = LazyPattern(globals(), "_NEXT_ASSIGN", r"(?:[A-Z_][A-Z0-9_]{0,63}|[a-z][a-z0-9_.\-]{0,63})=[^=\s]")
# keys named as passwords: DB_PASSWORD, passwd, pwd, user_pass (see the tag "mixed-keys")
_PW_KEY = re.compile(rb"(?i)pass|pwd")


class Dropped:
    """Why a candidate was dropped (for ``--explain-drops`` / rule checks)."""

    __slots__ = ("rule_id", "secret", "reason", "line")

    def __init__(self, rule_id: str, secret: str, reason: str, line: int) -> None:
        self.rule_id, self.secret, self.reason, self.line = rule_id, secret, reason, line


_OFF_ANY_AFTER = 64  # file names met before Engine._off_path builds its index of every name glob


# rules whose values the generic checks judge (a default-word password there may be the live one)
_WEAK_TAGS = frozenset(("password", "value-checks"))


class Engine:
    def __init__(
        self,
        config: Optional[Config] = None,
        ruleset: Optional[RuleSet] = None,
        *,
        matcher: Optional[str] = None,
        iac: bool = True,
        decode: Optional[bool] = None,
        today: Optional[_dt.date] = None,
    ) -> None:
        self.config = config or Config()
        self.ruleset = ruleset if ruleset is not None else load_ruleset(self.config)
        self.matcher = Matcher(self.ruleset, matcher)
        self._path_limited: Optional[tuple[list, list]] = None  # rules with paths, by name or by path, on first use
        self._off_name: dict[str, "frozenset[int]"] = {}
        self._off_full: dict[str, "frozenset[int]"] = {}  # _off_path per path
        self._path_kinds: dict[str, tuple[bool, bool]] = {}  # _pattern_findings: (dotenv file, env block) per path
        # by name: (path-limited rules whose globs' last parts miss it, the others with their globs); see _off_path
        self._off_tail: "dict[str, tuple[frozenset[int], tuple[tuple[int, tuple[str, ...]], ...]]]" = {}
        self._name_rx: "dict[int, re.Pattern[str]]" = {}  # _name_takes: regexes of the globs plain tests cannot answer
        # _off_path in a bulk scan: every plain name glob in one globs.NameIndex, the rules it covers, the others
        self._name_index: "Optional[tuple[Any, frozenset[int], tuple[tuple[int, tuple[str, ...]], ...]]]" = None
        self.iac_enabled = iac
        # encoded secrets (credgate.linter.decode); CREDGATE_DECODE=0 turns decoding off (benchmarks, A/B)
        self.decode_enabled = decode if decode is not None else os.environ.get("CREDGATE_DECODE", "1") != "0"
        if today is None and any(e.expires is not None for e in self.config.allowlist):
            today = _today()  # only an entry with a date needs it (datetime stays off a plain hook's path)
        self.today = today
        self.record_drops = False
        self.drops: list[Dropped] = []
        self._judged: dict[tuple[int, str], tuple[Optional[tuple[str, ...]], Optional[str]]] = {}
        self._dropped_raw: set[tuple[int, bytes]] = set()  # (rule index, value bytes) the judge dropped
        self._key_reasons: dict[str, Optional[str]] = {}  # _generic_key: filters.generic_key per key text
        self.expired_allow: set[str] = set()
        active, expired = [], []
        for e in self.config.allowlist:
            (expired if e.expired(self.today) else active).append(e)
        self._allow = tuple(active)
        for e in expired:
            self.expired_allow.add(
                f"{e.origin}: allowlist entry expired on {e.expires} and no longer suppresses"
                + (f" ({e.reason})" if e.reason else "")
            )
        self._path_only = tuple(
            e for e in self._allow
            if e.paths and not (e.regexes or e.line_regexes or e.stopwords or e.fingerprints or e.rules or e.accounts)
        )

    # ------------------------------------------------------------------ pool
    def before_fork(self) -> None:
        """Prepare, once in the parent, what every pool worker would otherwise build for itself after the fork
        (:func:`credgate.parallel.scan_stream` calls this just before forking): the hyperscan databases of the
        decode run finder and of IaC sniffing, the IaC analyser's modules, and RE2.  Workers inherit them
        (copy-on-write) instead of compiling and importing each its own.  Nothing found changes."""
        if self.decode_enabled:
            prepare_decode()
        if self.iac_enabled:
            prepare_iac()
        self.matcher.before_fork()

    # ------------------------------------------------------------------ paths
    def path_excluded(self, path: str) -> Optional[str]:
        if self.config.exclude_paths and match_any(self.config.exclude_paths, path):
            return "excluded by exclude_paths"
        for e in self._path_only:
            if match_any(e.paths, path):
                return f"allowlisted path ({e.reason or e.origin})"
        return None

    # ------------------------------------------------------------------- scan
    def scan(self, frag: Fragment) -> tuple[list[Finding], list[Skip]]:
        """Scan one fragment; findings are filtered through steps 1-8."""
        if self.path_excluded(frag.path):
            return [], []
        data = frag.data
        if frag.path[-6:].lower() == ".ipynb":  # a notebook's cells are read as the code they hold
            data = notebook_view(data) or data
        skips: list[Skip] = []
        filters.drain_allow_timeouts()  # left over from work outside a scan (baseline, explain)
        found = self._pattern_findings(frag, data)
        if data is frag.data and (frag.path[-5:].lower() == ".yaml" or frag.path[-4:].lower() == ".yml"):
            found = self._embedded_config_findings(frag, data, found)
        if shellflow.is_shell_script(frag.path, data):  # NEW='pw' ... redis-cli -a "$NEW" (credgate.linter.shellflow)
            found = self._merge(found, shellflow.findings(self, frag, data))
        for t in self.matcher.timeouts:  # a user rule ran out of time here: the item is not fully scanned
            skips.append(Skip(frag.path, "rule-timeout", f"{t}; other rules' findings for this item are kept"))
        # -- encoded secrets (issue 17): base64/hex/percent/escapes decoded in credgate.linter.decode --
        if self.decode_enabled:
            found = decoded_findings(self, frag, data, found)
        # -- end encoded secrets --
        if data is not frag.data:  # a notebook's view: findings as the file spells them
            found = notebook_back_to_file(found, frag.data)
        if self.iac_enabled:
            kind = kind_of(frag.path, data)  # sniffed once: analyze is told what it is
            if kind is not None:
                try:
                    hits, iac_s = analyze(frag, kind)
                    iac_f = [self.slot_finding(frag, h) for h in hits if not self._public_half_hit(frag, h)]
                except RecursionError:
                    iac_f, iac_s = [], [Skip(frag.path, "iac-too-deep", "document nesting too deep to analyse")]
                found = self._merge(found, iac_f)
                skips.extend(iac_s)
        if any(f.rule_id in _KEY_ID_RULES for f in found):
            from credgate.linter.awspair import pair_by_shape  # lazy: only with an AWS key ID (hook path)

            found = pair_by_shape(self, frag, data, found)  # on the whole fragment, before added_lines
        found = self.post_filter(found, data)
        for f in found:  # public client ids and slow hashes: kept, ranked info/low by triage (credgate.linter.publicids)
            pub = publicids.judge(f.secret, _name_text(f, frag.data), frag.path)
            if pub is not None:
                f.extra["_public"] = (int(pub[0]), pub[1])
        if found:  # triage makes these low: shown, they do not block
            documented = filters.api_model_examples(frag.path)
            example_doc = None if documented else filters.example_docs(frag.path)
            for f in found:
                if documented or (example_doc and "generic" in f.tags):
                    f.extra["_documented"] = documented or example_doc
                elif "generic" in f.tags or "password" in f.tags:  # a provider-format key there still blocks
                    api_doc = filters.openapi_example(frag.path, frag.data, f.line)
                    if api_doc:
                        f.extra["_documented"] = api_doc
        for msg in filters.drain_allow_timeouts():  # a user's allowlist regex ran out of time: it allowed nothing
            skips.append(Skip(frag.path, "allowlist-timeout", msg))
        if frag.added_lines is not None:
            found = [f for f in found if _touches(f, frag.added_lines)]
        return found, skips

    def _embedded_config_findings(self, frag: Fragment, data: bytes, found: list[Finding]) -> list[Finding]:
        """Config files and device lines embedded in a YAML document (a ConfigMap's ``mosquitto.conf: |``, an
        Ansible ``lines:`` list), scanned as the files they are (credgate.linter.cfgview) and reported at the
        document's own lines; a value the document's own scan found already is not reported twice."""
        from credgate.linter import cfgview  # lazy: YAML files only

        for vpath, view in cfgview.views(frag.path, data):
            vfrag = Fragment(vpath, view, provenance=frag.provenance)
            view_found = self._pattern_findings(vfrag, view)
            if self.iac_enabled and vpath.endswith(cfgview.TABLE_SUFFIXES):
                # an embedded CSV table or password file (users.csv: |, htpasswd: |): read by its IaC reader
                kind = kind_of(vpath, view)
                if kind in ("csv-table", "credential-file"):
                    view_found += [self.slot_finding(vfrag, h) for h in analyze(vfrag, kind)[0]]
            for f in view_found:
                if any(g.line == f.line and (f.secret in g.secret or g.secret in f.secret) for g in found):
                    continue  # found holds what the document's own scan and earlier views reported
                found.append(self._from_view(f, frag, data))
        return found

    def _from_view(self, f: Finding, frag: Fragment, data: bytes) -> Finding:
        lines = data.split(b"\n", f.line)
        text = lines[f.line - 1] if len(lines) >= f.line else b""
        return replace(f, location=replace(f.location, path=frag.path), fingerprint=fingerprint(f.rule_id, frag.path, f.secret),
                       line_text=text[:4000].decode("utf-8", "replace"),
                       extra={**f.extra, "embedded_in": f.location.path.rsplit("!/", 1)[-1]})

    def scan_bytes(self, data: bytes, path: str = "<stdin>", **kw: Any) -> list[Finding]:
        return self.scan(Fragment(path=path, data=data, **kw))[0]

    def _pattern_findings(self, frag: Fragment, data: bytes) -> list[Finding]:
        out: list[Finding] = []
        rules = self.matcher.rules
        at, line = 0, 1  # line numbers counted incrementally: matches come sorted by offset (was quadratic)
        # values a built-in rule already dropped, by their bytes: skipped before any other work (the
        # generic rules meet the same few words tens of thousands of times in JSON dumps); a drop that
        # must be recorded (--explain-drops, rule checks) goes the whole way
        dropped = self._dropped_raw if not self.record_drops else None
        sealed: Optional[list[tuple[int, int]]] = None  # SealedSecret ciphertext blocks, found on first need
        # dotenv: a weak password there is the live one (filters.weak_password_slot); env_block: an environment
        # block of a CI or deploy file, or a dotenv file: a UUID under a token name is the token.  Both depend on
        # the path alone: memoised per path (a history scans each path's versions; a regex search per fragment)
        kinds = self._path_kinds.get(frag.path)
        if kinds is None:
            if len(self._path_kinds) >= 8192:
                self._path_kinds.clear()
            dotenv = filters.dotenv_file(frag.path)
            kinds = self._path_kinds[frag.path] = (dotenv, dotenv or filters.ci_env_file(frag.path))
        dotenv, env_block = kinds
        live: Optional[bool] = None  # a live config (not a test, fixture, example, document or template), on first need
        for rm in self.matcher.find(data, self._off_path(frag.path)):
            cr = rules[rm.rule_index]
            rule = cr.rule
            # a rule that reads secret-named keys of every kind (tag "mixed-keys": password, token, api_key ...)
            # reads a diceware passphrase as the secret only under a key named so (filters.passphrase)
            not_pw = "mixed-keys" in rule.tags and _PW_KEY.search(data, rm.start, rm.secret_start) is None
            memo_index = ~rm.rule_index if not_pw else rm.rule_index
            known = dropped is not None and (memo_index, data[rm.secret_start : rm.secret_end]) in dropped
            key_text: Optional[str] = None  # a generic rule's key as its key checks read it (below), once
            if rule.is_generic and dropped is not None and not known and rule.origin == "builtin":
                # the key decides first: a value under a key that names no secret (password_hash, token_type) is
                # dropped whatever it is, and judging it first cost ~90 us for each of a user-table dump's 75,000
                # unique SHA-256s (issue 16, session 21); a built-in rule's judge has no side effect (no allowlist
                # time budget), so only the order of two drops changes.  A recorded drop (dropped is None) keeps
                # the judge's reason first
                key_text = data[rm.start : rm.secret_start].decode("utf-8", "replace")
                if "typed" in rule.tags:  # "token_type: str = ": the name is read as in "token_type = "
                    key_text = deployrefs.untyped_key(key_text)
                if self._generic_key(key_text):
                    continue
            weak = dotenv and "password" in rules[rm.rule_index].rule.tags and filters.weak_password_slot(
                data[rm.start : rm.secret_start].decode("utf-8", "replace"),
                data[rm.secret_start : rm.secret_end].decode("utf-8", "replace"))
            if not weak and 8 <= rm.secret_end - rm.secret_start <= 64 and (
                    rules[rm.rule_index].rule.is_generic or not _WEAK_TAGS.isdisjoint(rules[rm.rule_index].rule.tags)):
                # elsewhere, Password123! or Qwerty!234 under a password or secret key of a live config is the
                # weak password a service logs in with, not a default or test value (default_style_password)
                if live is None:
                    live = filters.live_config_path(frag.path)
                weak = live and filters.default_style_password(
                    data[rm.start : rm.secret_start].decode("utf-8", "replace"),
                    data[rm.secret_start : rm.secret_end].decode("utf-8", "replace"))
            # elsewhere (not in a test source), a UUID under a service's token or key name (uuid_vendor_slot)
            uuid_token = not weak and rm.secret_end - rm.secret_start == 36 \
                and rules[rm.rule_index].rule.is_generic and (
                    filters.uuid_token_slot if env_block else filters.uuid_vendor_slot)(
                    data[rm.start : rm.secret_start].decode("utf-8", "replace"),
                    data[rm.secret_start : rm.secret_end].decode("utf-8", "replace")) \
                and (env_block or not filters.test_source(frag.path))
            afresh = weak or uuid_token
            if not afresh and known:
                continue
            if rule.paths and not match_any(rule.paths, frag.path):
                continue
            secret = data[rm.secret_start : rm.secret_end].decode("utf-8", "replace")
            if self.record_drops:  # the drop records the line; otherwise it is counted for kept values only
                if rm.secret_start >= at:
                    line += data.count(b"\n", at, rm.secret_start)
                else:
                    line -= data.count(b"\n", rm.secret_start, at)
                at = rm.secret_start
            if rule.is_generic and b"\n" in data[rm.start : rm.secret_start] and _NEXT_ASSIGN.match(secret) \
                    and not data[data.rfind(b"\n", rm.start, rm.secret_start) + 1 : rm.secret_start].strip():
                # "AUTH0_SECRET=<your-auth0-secret>\nNEXTAUTH_SECRET=...": the separator ("secret>") ran over the
                # line end into the next line's own NAME=value, which its own match reads (value and key)
                if self.record_drops:
                    self.drops.append(Dropped(rule.id, secret, "the next line's own NAME=value assignment", line))
                continue
            if afresh:  # judged afresh, never memoised: the verdict depends on the file and the key here
                why, reason = self.verdict(cr, secret, weak=bool(weak), uuid_token=bool(uuid_token), no_phrase=not_pw)
                if why is None and self.record_drops:
                    self.drops.append(Dropped(rule.id, secret, reason or "", line))
            else:
                why = self._judge(cr, secret, line, not_pw)
            if why is None:
                if dropped is not None and not afresh and rule.origin == "builtin" \
                        and rm.secret_end - rm.secret_start <= _JUDGE_MEMO_LEN:
                    if len(dropped) >= _JUDGE_MEMO_SIZE:
                        dropped.clear()
                    dropped.add((memo_index, data[rm.secret_start : rm.secret_end]))
                continue
            if rm.secret_start >= at:
                line += data.count(b"\n", at, rm.secret_start)
            else:
                line -= data.count(b"\n", rm.secret_start, at)
            at = rm.secret_start
            if rule.allow_paths and match_any(rule.allow_paths, frag.path):
                if self.record_drops:
                    self.drops.append(Dropped(rule.id, secret, "rule allowlist path", line))
                continue
            if sealed is None:
                sealed = filters.sealed_secret_spans(data)
            if sealed and filters.in_sealed_secret(sealed, rm.secret_start, secret):
                if self.record_drops:
                    self.drops.append(Dropped(rule.id, secret, "Bitnami SealedSecret ciphertext", line))
                continue
            if rule.allow_lines and _line_allowed(rule.allow_lines, data, rm.secret_start,
                                                  "" if rule.origin == "builtin" else rule.id):
                if self.record_drops:
                    self.drops.append(Dropped(rule.id, secret, "rule allowlist line", line))
                continue
            if rule.is_generic:
                if key_text is None:
                    key_text = data[rm.start : rm.secret_start].decode("utf-8", "replace")
                    if "typed" in rule.tags:  # "token_type: str = ": the name is read as in "token_type = "
                        key_text = deployrefs.untyped_key(key_text)
                    reason = self._generic_key(key_text)
                else:
                    reason = None  # generic_key(key_text) was None above
                reason = reason \
                    or filters.generic_context(data, rm.start, rm.secret_start, frag.path, rm.secret_end) \
                    or filters.test_source_value(frag.path, secret) \
                    or filters.test_named_key(key_text, frag.path) \
                    or filters.public_env_name(data[data.rfind(b"\n", 0, rm.start) + 1 : rm.secret_start].decode(
                        "utf-8", "replace")) \
                    or filters.paired_api_key(data, rm.start, rm.secret_start) \
                    or deployrefs.store_key(key_text) or deployrefs.public_provider_id(key_text)
                if reason is None and "value-first" in rule.tags:
                    reason = filters.bare_key_beside_secret(data, rm.start, rm.secret_start)
                if reason:
                    if self.record_drops:
                        self.drops.append(Dropped(rule.id, secret, reason, line))
                    continue
            elif "password" in rule.tags:  # a password rule of a format (.properties, a URL, a CLI flag): the same
                reason = filters.test_source_value(frag.path, secret, labelled_only=True)  # "unit-test-x" in tests
                if reason:
                    if self.record_drops:
                        self.drops.append(Dropped(rule.id, secret, reason, line))
                    continue
            reason = None
            name_text = ""
            if "name-value" in rule.tags or "by-name" in rule.tags:  # the name is in the match: NEXT_PUBLIC_*
                lo = data.rfind(b"\n", 0, rm.start) + 1  # the match may start inside the name (ALGOLIA_...)
                name_text = data[lo : rm.secret_start].decode("utf-8", "replace")
                reason = filters.public_env_name(name_text) or deployrefs.public_provider_id(name_text)
            elif "uri" in rule.tags:
                reason = filters.uri_dev_default(data, rm.start, rm.secret_start, rm.secret_end, secret, frag.path)
            elif "test-mode" in rule.tags:
                reason = filters.test_mode_key_in_test(frag.path)
            elif "key-pair" in rule.tags:  # <add key="VendorKey" .../> beside <add key="VendorSecret" .../>
                reason = filters.paired_setting_key(data, rm.start, rm.secret_start)
            elif "public-in-app-config" in rule.tags:
                reason = filters.firebase_web_config(data, rm.secret_start, rm.secret_end) \
                    or deployrefs.public_name_value(data, rm.secret_start)
            if reason is None and "password" in rule.tags:
                reason = filters.local_default_password(data, secret) \
                    or filters.device_user_default(data, rm.secret_start, secret) \
                    or deployrefs.secret_store_name(data, rm.secret_start, secret)
            if reason is None and ("password" in rule.tags or rule.is_generic):
                reason = filters.tool_encrypted(data[data.rfind(b"\n", 0, rm.secret_start) + 1 : rm.secret_start]
                                                .decode("utf-8", "replace"), secret)
            if reason:
                if self.record_drops:
                    self.drops.append(Dropped(rule.id, secret, reason, line))
                continue
            f = self.make_finding(rule, secret, frag, data, rm.secret_start, rm.secret_end, why,
                                  extra={"validated": True} if rule.validator else None)
            if name_text and "\n" in name_text:  # the name is on an earlier line than the value: triage ranks by it
                f.extra["_key"] = name_text[:300]
            if "sas" in rule.tags:
                expiry = filters.sas_expiry(data, rm.secret_start)
                if expiry:
                    f.extra["_sas_expiry"] = expiry  # triage: an expired SAS signs nothing any more
            out.append(f)
        return _dedupe_overlaps(out)

    def _generic_key(self, key_text: str) -> Optional[str]:
        """filters.generic_key, memoised per key text (it reads the text alone): a JSON dump gives the generic
        rules the same few keys (``"password_hash": "``) for every record, at ~13 us a call."""
        reason = self._key_reasons.get(key_text, False)
        if reason is False:
            reason = filters.generic_key(key_text)
            if len(key_text) <= _JUDGE_MEMO_LEN:
                if len(self._key_reasons) >= _JUDGE_MEMO_SIZE:
                    self._key_reasons.clear()
                self._key_reasons[key_text] = reason
        return reason  # type: ignore[return-value]

    def _off_path(self, path: str) -> "frozenset[int]":
        """:meth:`_off_path_of`, memoised per path: a history scans each path's versions (a cold audit of
        6,000 commits asks about the same 600 paths 27,000 times; ~2% of its CPU went here)."""
        got = self._off_full.get(path)
        if got is None:
            if len(self._off_full) >= 8192:
                self._off_full.clear()
            got = self._off_full[path] = self._off_path_of(path)
        return got

    def _off_path_of(self, path: str) -> "frozenset[int]":
        """Indexes of the rules limited to ``paths`` that ``path`` is not on: the matcher does not confirm them
        (a dotenv rule's keyword ``key`` occurs in every JSON file; its regex need not run there).  Globs of a
        file name alone (``**/*.py``, ``.env``) are answered once per name: a tree has few names and many
        folders.  A name is tried by plain string tests on the globs' literal pieces (``globs.names_take``), so a
        hook's one file compiles none of the rules' ~100 globs (that cost ~15-25 ms); globs with ``?``/``[``
        keep a regex, compiled on first use."""
        if self._path_limited is None:
            by_name, by_path = [], []
            for i, r in enumerate(self.ruleset.rules):
                if r.paths:
                    names = tuple(g[3:] if g.startswith("**/") else g for g in r.paths)
                    if all("/" not in g for g in names):  # the name decides (a name is short)
                        by_name.append((i, names, plain_name_globs(names)))
                    else:  # the name must match some glob's last part before the whole path is tried
                        tails = [g.rstrip("/").rsplit("/", 1)[-1] for g in r.paths]
                        any_name = any(not t or "**" in t or g.endswith("/") for t, g in zip(tails, r.paths))
                        by_path.append((i, None if any_name else tuple(tails),
                                        None if any_name else plain_name_globs(tails), r.paths))
            self._path_limited = (by_name, by_path)
        by_name, by_path = self._path_limited
        if not by_name and not by_path:
            return frozenset()
        name = path.rsplit("/", 1)[-1]
        off = self._off_name.get(name)
        taken: "Optional[set[int]]" = None
        if off is None:
            if len(self._off_name) > 4096:
                self._off_name.clear()
            if self._name_index is None and len(self._off_name) >= _OFF_ANY_AFTER:
                # a bulk scan: the plain name globs of every rule (and by-path rules' last parts, keyed ~i) in one
                # dict index, a few lookups per name where each rule was asked in turn (globs.NameIndex: same
                # answers as names_take).  Built once a scan has met many names: a hook asks about one or two
                self._name_index = (
                    NameIndex([(i, plain) for i, _n, plain in by_name if plain is not None]
                              + [(~i, plain) for i, _t, plain, _g in by_path if plain is not None]),
                    frozenset(i for i, _n, plain in by_name if plain is not None),
                    tuple((i, names) for i, names, plain in by_name if plain is None))
            if self._name_index is not None:
                taken = self._name_index[0].take(name)
            if taken is not None:
                off = self._name_index[1].difference(taken)
                if self._name_index[2]:  # rules with a glob of ``?``/``[``: their regex
                    off = off | frozenset(i for i, names in self._name_index[2]
                                          if not self._name_takes(i, names, None, name))
            else:
                off = frozenset(i for i, names, plain in by_name if not self._name_takes(i, names, plain, name))
            self._off_name[name] = off
        if by_path:
            # the rules whose globs' last parts take this name are decided by the name too (once per name, as
            # above: a bulk scan meets a name many times); only those are tried on the whole path
            seen = self._off_tail.get(name)
            if seen is None:
                if len(self._off_tail) > 4096:
                    self._off_tail.clear()
                if taken is not None:  # the index answered the plain tails too (keyed ~i)
                    takes = [tails is None or (~i in taken if plain is not None
                                               else self._name_takes(~i, tails, plain, name))
                             for i, tails, plain, _g in by_path]
                else:
                    takes = [tails is None or self._name_takes(~i, tails, plain, name)
                             for i, tails, plain, _g in by_path]
                seen = self._off_tail[name] = (
                    frozenset(r[0] for r, t in zip(by_path, takes) if not t),
                    tuple((r[0], r[3]) for r, t in zip(by_path, takes) if t))
            off = off | seen[0] | frozenset(i for i, globs in seen[1] if not match_any(globs, path))
        return off

    def _name_takes(self, key: int, globs: "tuple[str, ...]", plain: Any, name: str) -> bool:
        """Whether some glob of ``globs`` (file-name globs) takes ``name``: by plain string tests
        (globs.names_take: a hook compiles nothing for the ~30 path-limited rules it is off), else one regex of
        the globs, compiled on first use and kept under ``key``.  A bulk scan asks the rules with plain globs through
        ``_name_index`` instead (one index for every rule)."""
        if plain is not None:
            took = names_take(plain, name)
            if took is not None:
                return took
        rx = self._name_rx.get(key)
        if rx is None:
            rx = self._name_rx[key] = re.compile("|".join(f"(?:{glob_to_regex(g).pattern})" for g in globs))
        return rx.match(name) is not None

    def _judge(self, cr: Any, secret: str, line: int, no_phrase: bool = False) -> Optional[list[str]]:
        """Steps 4-6 for one candidate: the reasons it looks live, or None to drop.

        A built-in rule's verdict depends only on the rule and the value (and this engine's fixed
        config), so it is memoised per (rule, value): a tree of JSON dumps offers the generic rules the
        same few dozen words (``"token": "type"``) tens of thousands of times.  A user rule's allowlist
        regexes run under a time budget whose timeouts are reported per item, so its values are judged
        afresh every time.  ``no_phrase``: the key names no password (see ``verdict``), memoised apart."""
        if cr.rule.origin != "builtin" or len(secret) > _JUDGE_MEMO_LEN:
            why, reason = self.verdict(cr, secret, no_phrase=no_phrase)
        else:
            key = (~cr.index if no_phrase else cr.index, secret)
            hit = self._judged.get(key)
            if hit is None:
                why, reason = self.verdict(cr, secret, no_phrase=no_phrase)
                if len(self._judged) >= _JUDGE_MEMO_SIZE:
                    self._judged.clear()
                self._judged[key] = (None if why is None else tuple(why), reason)
            else:
                why = None if hit[0] is None else list(hit[0])
                reason = hit[1]
        if why is None:
            if self.record_drops:
                self.drops.append(Dropped(cr.rule.id, secret, reason or "", line))
            return None
        return why

    def verdict(self, cr: Any, secret: str, weak: bool = False,
                uuid_token: bool = False, no_phrase: bool = False) -> "tuple[Optional[list[str]], Optional[str]]":
        """Steps 4-6 computed, never memoised: (reasons it looks live, None) or (None, why it is dropped).
        ``weak``: a password slot of a dotenv file (filters.weak_password_slot), where a keyboard run with
        digits is a weak password, not a placeholder or a test value.  ``uuid_token``: a token-named key of
        a CI/deploy environment block (filters.uuid_token_slot), where a UUID is the token itself."""
        rule: Rule = cr.rule
        why = [f"matches the {rule.name} format"]
        if rule.validator:
            from credgate.linter.validators import VALIDATORS  # lazy: only for a rule with a validator (hook path)

            if not VALIDATORS[rule.validator](secret):
                return None, f"fails structural check {rule.validator}"
            why.append(f"passes the {rule.validator.replace('_', ' ')} structural check")
        threshold = self.config.entropy_for(rule.id, rule.entropy)
        if threshold > 0:
            if not looks_random(secret, threshold) and not (
                    "password" in rule.tags and not no_phrase and (rule.is_generic or "value-checks" in rule.tags)
                    and filters.slot_short_password(secret)):  # a short password a person typed (filters.slot_short_password)
                return None, f"entropy {shannon(secret):.2f} below {threshold}"
            why.append(f"entropy {shannon(secret):.1f} bits/char (threshold {threshold:g})")
        # a long value (a key body) is a placeholder only when it starts like one: its
        # random body spells "tbd" or "todo" by chance in about one key in twenty
        reason = filters.documented_example(secret) or filters.placeholder(
            secret, long_random=len(secret) > 80, weak_ok=weak or "weak-password" in rule.tags)
        if reason is None and rule.origin == "builtin" and not rule.is_generic and "password" not in rule.tags \
                and len(secret) <= 200:  # built-in provider formats (a user's own rule says what its format is)
            reason = publicids.fake_body(secret)  # sk_test_...NotARealKey000000000000: typed, never issued
        if reason is None and (rule.is_generic or "value-checks" in rule.tags):
            pw_slot = "password" in rule.tags and not no_phrase
            reason = filters.generic_value(secret, password_slot=pw_slot)
            if reason == filters.TOO_SHORT and "password-literal" in rule.tags and filters.short_literal_password(secret):
                reason = None  # the argument of a password API (ConvertTo-SecureString, unsafePlainText): a weak one is it
            if weak and reason == filters.TEST_VALUE:
                reason = None
            if uuid_token and reason == filters.A_UUID:
                reason = None
            if reason is None and not weak:
                reason = filters.code_shape(secret, password_slot=pw_slot)
        elif reason is None and "name-value" in rule.tags:  # keeps UUIDs (tokens there), not publishable keys
            reason = filters.publishable(secret)
        if reason is None:
            low = secret.lower()
            for sw in rule.allow_stopwords:
                if sw in low:
                    reason = f"rule stopword {sw!r}"
                    break
        if reason is None:
            # a diceware passphrase with digits ("clover-kestrel-52") under a rule tagged "password" is the secret: the
            # rule's allowlist of lower-case slugs and words ("^[a-z0-9._\-]+$": "is base64-encoded", "is
            # still-valid") was written for prose, not for the word lists that managers of passwords generate
            phrase = "password" in rule.tags and not no_phrase and filters.passphrase(secret) \
                and any(c.isdigit() for c in secret)
            for pat in cr.allow_patterns:
                if pat.search(secret) and not phrase:
                    if uuid_token and pat.search(_PROBE_UUID):
                        continue  # the rule's "any UUID" entry: here the UUID is the token
                    reason = f"rule allowlist {pat.pattern!r}"
                    break
            # allowlists name words, identifiers and paths (``^[a-z]+[A-Z][A-Za-z]*$``, ``^/``); a random
            # password that has that shape by chance (letters only, or starting with /) is not one of them
            if reason is not None and filters.random_by_chance(secret, loose="password" in rule.tags):
                reason = None
        if reason:
            return None, reason
        why.append("not a placeholder, template or documented example")
        if weak:
            why.append("a weak password (a keyboard run or a default word with digits) in a live config or a .env file "
                       "the application reads is still its live password")
        if uuid_token:
            why.append("a UUID under a token-named key of a CI/deploy environment block is the token (Codecov, "
                       "Heroku, Statuspage and other services issue UUID tokens)")
        return why, None

    # ------------------------------------------------------------ constructors
    def _public_half_hit(self, frag: Fragment, h: Any) -> bool:
        """An IaC slot hit under an API/consumer/client/app key name with its pair's secret beside it (a
        serverless WEATHERLINK_API_KEY beside WEATHERLINK_API_SECRET, a container's --api-key= argument beside
        --api-secret-file=): the public half of the pair, dropped as the generic rules drop it
        (filters.paired_api_key)."""
        data = frag.data
        if not 0 <= h.start <= len(data):
            return False
        ls = data.rfind(b"\n", 0, h.start) + 1
        reason = filters.paired_api_key(data, ls, h.start)
        if reason and self.record_drops:
            line = data.count(b"\n", 0, h.start) + 1
            self.drops.append(Dropped(h.rule.id, h.secret, reason, line))
        return reason is not None

    def slot_finding(self, frag: Fragment, h: Any) -> Finding:
        """The finding of an IaC slot hit (:class:`credgate.iac.runner.SlotHit`)."""
        f = self.make_finding(
            h.rule, h.secret, frag, frag.data, h.start, h.end, h.why, location_detail=h.location_detail,
            remediation=h.remediation, severity=h.severity, extra=h.extra,
        )
        loc = f.location
        for n in h.other_lines:
            f.other_locations.append(Location(path=loc.path, line=n, column=1, end_line=n, provenance=loc.provenance))
        return f

    def make_finding(
        self,
        rule: "Rule | Any",
        secret: str,
        frag: Fragment,
        data: bytes,
        start: int,
        end: int,
        why: list[str],
        *,
        location_detail: Optional[str] = None,
        remediation: Optional[str] = None,
        severity: Optional[Severity] = None,
        confidence: Optional[Confidence] = None,
        extra: Optional[dict[str, Any]] = None,
    ) -> Finding:
        """Build a finding at byte offsets ``start:end`` of ``data`` (IaC slot hits too, via ``slot_finding``)."""
        line = data.count(b"\n", 0, start) + 1
        ls = data.rfind(b"\n", 0, start) + 1
        le = data.find(b"\n", start)
        le = len(data) if le == -1 else le
        end_line = line + data.count(b"\n", start, end)
        detail = frag.location_detail
        if location_detail:
            detail = f"{detail}!{location_detail}" if detail and frag.source == "archive" else location_detail
        where = frag.provenance if detail == frag.location_detail else replace(frag.provenance, location_detail=detail)
        loc = Location(path=frag.path, line=line, column=start - ls + 1, end_line=end_line, provenance=where)
        # the line from its start: 400 characters, or through the secret and 400 after it when the secret lies
        # further in (an ALB or CloudFront log line: a presigned URL's X-Amz-Signature comes after its
        # X-Amz-Credential key ID), at most 4000
        line_text = data[ls : min(le, max(ls + 400, min(end + 400, ls + 4000)))].decode("utf-8", "replace")
        return Finding(
            rule_id=rule.id,
            rule_name=rule.name,
            severity=severity if severity is not None else rule.severity,
            confidence=confidence if confidence is not None else rule.confidence,
            secret=secret,
            location=loc,
            fingerprint=fingerprint(rule.id, frag.path, secret),
            why=list(why),
            remediation=remediation if remediation is not None else rule.remediation,
            line_text=line_text,
            tags=tuple(getattr(rule, "tags", ())),
            exposure=[frag.source],
            extra=dict(extra or {}),
        )

    # ------------------------------------------------------------ post filter
    def post_filter(self, found: list[Finding], data: Optional[bytes]) -> list[Finding]:
        """Steps 7 and 8: inline allow comments and config allowlists."""
        out = []
        lines = data.split(b"\n") if data is not None and found else []
        for f in found:
            if lines and 0 < f.line <= len(lines):
                prev = lines[f.line - 2] if f.line >= 2 else b""
                reason = filters.inline_allowed(lines[f.line - 1], prev, f.rule_id)
                if reason and not self.config.inline_allows:  # a gate whose owner refuses inline allows
                    f = replace(f, why=[*f.why, f"{reason}: not honoured here ([ci] honour_inline_allows = false)"])
                elif reason:
                    self._note_drop(f, reason)
                    continue
            entry = self.allow_entry_for(f)
            if entry is not None:
                self._note_drop(f, f"allowlisted ({entry.reason or entry.origin})")
                continue
            out.append(f)
        return out

    def _note_drop(self, f: Finding, reason: str) -> None:
        if self.record_drops:
            self.drops.append(Dropped(f.rule_id, f.secret, reason, f.line))

    def allow_entry_for(self, f: Finding) -> Optional[AllowEntry]:
        for e in self._allow:
            if _entry_matches(e, f):
                return e
        return None

    # ------------------------------------------------------------------ merge
    @staticmethod
    def _merge(pattern: list[Finding], iac: list[Finding]) -> list[Finding]:
        """A pattern finding and a slot finding of the same secret are one finding."""
        out = list(pattern)
        for s in iac:
            twin = None
            for p in out:
                if p.line == s.line and p.path == s.path and (
                    p.secret in s.secret or s.secret in p.secret or "decoded" in p.extra  # the slot holds it encoded
                ):
                    twin = p
                    break
            if twin is None:
                out.append(s)
                continue
            if "identifier" in twin.tags or twin.severity == Severity.INFO:
                continue  # the pattern rule knows this value is an identifier or public (a key ID, a DSN)
            # a weak-password config rule (tag "fallback") yields to the slot finding like a generic one
            primary, other = (twin, s) if not {"generic", "fallback"} & set(twin.tags) else (s, twin)
            # a generic rule's severity does not raise a slot finding's: the slot knows more, and the same
            # template then gets the same severity in YAML and JSON (where more generic rules match)
            lead = primary if primary is s else None
            merged = replace(
                primary,
                severity=lead.severity if lead is not None else max(primary.severity, other.severity),
                confidence=max(primary.confidence, other.confidence),
                why=primary.why + [w for w in other.why if w not in primary.why],
                location=replace(
                    primary.location,
                    location_detail=s.location.location_detail or primary.location.location_detail,
                ),
                remediation=_join_remediation(primary.remediation, other.remediation),
                extra={**other.extra, **primary.extra, "also_matched": other.rule_id},
            )
            out[out.index(twin)] = merged
        return out


@functools.lru_cache(maxsize=512)
def _compiled_line_regex(pattern: str, user_rule: str = "") -> Any:
    if user_rule:  # a user's regex: RE2, or re under a budget that fails closed (filters.AllowRegex)
        return filters.AllowRegex(pattern, f"rule {user_rule} allowlist.lines", binary=True)
    return re.compile(pattern.encode("utf-8"))


def _line_allowed(patterns: "tuple[str, ...]", data: bytes, pos: int, user_rule: str = "") -> bool:
    ls = data.rfind(b"\n", 0, pos) + 1
    le = data.find(b"\n", pos)
    line = data[ls : len(data) if le == -1 else le]
    return any(_compiled_line_regex(p, user_rule).search(line) for p in patterns)


def _join_remediation(a: str, b: str) -> str:
    if not b or b in a:
        return a
    if not a:
        return b
    return f"{a}\n\n{b}"


def _touches(f: Finding, lines: "frozenset[int]") -> bool:
    """The finding's secret, or a slot that references it (IaC ``_ref_lines``), is on an added line."""
    end = max(f.location.end_line, f.line)
    if any(n in lines for n in range(f.line, end + 1)):
        return True
    if f.extra.get("_touch_any_change") and lines:
        return True
    return any(n in lines for n in f.extra.get("_ref_lines", ()))


def _entry_matches(e: AllowEntry, f: Finding) -> bool:
    if e.rules and f.rule_id not in e.rules:
        return False
    if e.paths and not any(match_any(e.paths, loc.path) for loc in f.locations):
        return False
    if e.regexes and not any(p.search(f.secret) for p in e.regexes):
        return False
    if e.line_regexes and not any(p.search(f.line_text) for p in e.line_regexes):
        return False
    if e.stopwords and not any(w in f.secret.lower() for w in e.stopwords):
        return False
    if e.fingerprints and f.fingerprint not in e.fingerprints:
        return False
    if e.accounts and (f.account_id or f.extra.get("account_id")) not in e.accounts:
        return False
    return bool(
        e.rules or e.paths or e.regexes or e.line_regexes or e.stopwords or e.fingerprints or e.accounts
    )


def _specificity(f: Finding) -> tuple[int, int, int, int, int, int, int]:
    """Which of two findings of the same secret to keep: provider rules beat
    container formats (URIs, headers) and those beat generic key-name rules.  A rule tagged "yields" (a
    catch-all of people's words, rules/words14.toml) loses to any other: the older rule's id stays."""
    tags = set(f.tags)
    return (
        0 if "value-first" in tags else 1,  # rules/s21.toml: judged by the value alone, any other rule's id wins
        0 if "yields" in tags else 1,
        0 if "generic" in tags else 1,
        0 if tags & {"uri", "header", "container", "context"} else 1,
        1 if f.extra.get("validated") else 0,
        int(f.confidence) * 10 + int(f.severity),
        -len(f.secret),
    )


def _dedupe_overlaps(found: list[Finding]) -> list[Finding]:
    """One finding per secret occurrence: the most specific rule wins."""
    if len(found) < 2:
        return found
    keep: list[Finding] = []
    for f in found:
        dup = None
        for k in keep:
            if k.line == f.line and (k.secret in f.secret or f.secret in k.secret):
                dup = k
                break
        if dup is None:
            keep.append(f)
        elif _specificity(f) > _specificity(dup):
            keep[keep.index(dup)] = f
    return keep
