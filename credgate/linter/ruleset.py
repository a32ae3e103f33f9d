"""Rules as data: load, validate and compile TOML rule files.

A rule file holds ``[[rules]]`` tables (schema in README "Writing rules").
Rule IDs are permanent: they are part of fingerprints and baselines.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Optional

from credgate.lazyre import LazyPattern
from credgate.config import load_toml_bytes
from credgate.errors import ConfigError
from credgate.linter import rulecache  # parsed and validated once per rule-file content
from credgate.linter.filters import AllowRegex
from credgate.linter.regexshape import prefilter_problem
from credgate.linter.rule import Rule
from credgate.records import factory, record
from credgate.rxcache import compile as rxcompile
from credgate.models import Confidence, Severity
from credgate.safety import compile_user_rule

RULES_DIR = Path(__file__).with_name("rules")

_REQUIRED = ("id", "name", "regex")
_KNOWN = {
    "id", "name", "severity", "confidence", "regex", "secret_group", "case_insensitive",
    "multiline", "keywords", "entropy", "validator", "tags", "remediation", "references",
    "examples", "negative_examples", "allowlist", "paths", "prefilter",
}
_ID_RE = LazyPattern(globals(), "_ID_RE", r"^[a-z0-9][a-z0-9._-]{1,80}$")


@record
class CompiledRule:
    """A rule with its compiled regex and allowlist patterns (compiled when the rule first hits)."""

    rule: Rule
    index: int
    pattern: "re.Pattern[bytes]"
    allow_patterns: tuple[Any, ...] = ()  # re patterns (built-in rules) or filters.AllowRegex


@record
class RuleSet:
    """The rules of a run (built-in, minus disabled ones, plus the user's) and the warnings loading them gave."""

    rules: list[Rule] = factory(list)
    warnings: list[str] = factory(list)  # e.g. gitleaks fields that could not be honoured
    # every built-in rule, disabled ones too: the matcher compiles these whatever a config disables, so its
    # cached databases do not depend on the config (empty: the built-in rules of ``rules`` stand for them)
    builtin: list[Rule] = factory(list)

    def __post_init__(self) -> None:
        self._compiled: Optional[list[CompiledRule]] = None
        self._by_id = {r.id: r for r in self.rules}

    def get(self, rule_id: str) -> Optional[Rule]:
        return self._by_id.get(rule_id)

    @property
    def compiled(self) -> list[CompiledRule]:
        if self._compiled is None:
            self._compiled = [self.compile_one(i) for i in range(len(self.rules))]
        return self._compiled

    def compile_one(self, i: int) -> CompiledRule:
        """Compile rule ``i`` alone (the matcher compiles only the rules that hit)."""
        if self._compiled is not None:
            return self._compiled[i]
        r = self.rules[i]
        if r.origin == "builtin":
            pattern: Any = rxcompile(r.regex.encode("utf-8"), r.flags)  # re.compile, or its code of an earlier run
        else:  # a user's regex: linear-time RE2, or re under a time budget (credgate.safety)
            pattern = compile_user_rule(r.regex, r.flags, r.id)
        return CompiledRule(
            rule=r,
            index=i,
            pattern=pattern,
            allow_patterns=_allow_patterns(r),
        )

    def digest(self) -> str:
        h = rulecache.key_hash()
        for r in self.rules:
            h.update(f"{r.id}\0{r.regex}\0{r.case_insensitive}\0{r.multiline}\n".encode())
        return h.hexdigest()[:24]


class LazyRegex:
    """A built-in rule's allowlist regex, compiled when first searched: a value reaches a rule's
    allowlist only when every other check kept it, so a hook seldom needs them (the 13 of a generic
    rule took ~4 ms to compile).  ``search`` and ``pattern`` as on ``re.Pattern``."""

    __slots__ = ("pattern", "_rx")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._rx: Any = None

    def search(self, text: str) -> Any:
        rx = self._rx
        if rx is None:
            rx = self._rx = rxcompile(self.pattern)
        return rx.search(text)

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r})"


def _allow_patterns(r: Rule) -> tuple[Any, ...]:
    """A rule's allowlist regexes: built-in ones on ``re``; a user's as AllowRegex (RE2, or a
    budget that fails closed; credgate.linter.filters)."""
    if r.origin == "builtin":
        return tuple(LazyRegex(a) for a in r.allow_regexes)
    return tuple(AllowRegex(a, f"rule {r.id} allowlist") for a in r.allow_regexes)


def _as_tuple(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def rule_from_dict(raw: dict[str, Any], where: str, origin: str = "builtin") -> Rule:
    """Validate one rule table and build a Rule (raises ConfigError naming the rule)."""
    rid = raw.get("id")
    label = f"{where}: rule {rid!r}" if rid else f"{where}: rule"
    for key in _REQUIRED:
        if not raw.get(key):
            raise ConfigError(f"{label}: missing required key {key!r}")
    if not isinstance(rid, str) or not _ID_RE.match(rid):
        raise ConfigError(f"{label}: id must be lowercase letters, digits, '-', '.', '_'")
    unknown = set(raw) - _KNOWN
    if unknown:
        raise ConfigError(f"{label}: unknown key(s) {', '.join(sorted(unknown))}")
    if not isinstance(raw["regex"], str):
        raise ConfigError(f"{label}: regex must be a string")
    flags = 0
    if raw.get("case_insensitive"):
        flags |= re.IGNORECASE
    if raw.get("multiline"):
        flags |= re.DOTALL | re.MULTILINE
    group = raw.get("secret_group", 0)
    # a built-in rule's regexes are compiled by the tests and `credgate rules check`, not on every load: a first run
    # after an install or upgrade spent about a second compiling ~800 regexes only to check them (session 16)
    if origin != "builtin":
        try:
            compiled = re.compile(raw["regex"], flags)
        except re.error as exc:
            raise ConfigError(f"{label}: invalid regex: {exc}") from None
        if not isinstance(group, int) or group < 0 or group > compiled.groups:
            raise ConfigError(
                f"{label}: secret_group {group!r} but the regex has {compiled.groups} group(s)"
            )
    elif not isinstance(group, int) or group < 0:
        raise ConfigError(f"{label}: secret_group must be a group number")
    try:
        severity = Severity.parse(raw.get("severity", "medium"))
        confidence = Confidence.parse(raw.get("confidence", "medium"))
    except ValueError as exc:
        raise ConfigError(f"{label}: {exc}") from None
    entropy = raw.get("entropy", 0.0)
    if not isinstance(entropy, (int, float)) or entropy < 0 or entropy > 8:
        raise ConfigError(f"{label}: entropy must be a number between 0 and 8")
    allow = raw.get("allowlist") or {}
    if isinstance(allow, list):  # gitleaks-style [[rules.allowlists]]
        merged: dict[str, list[str]] = {"regexes": [], "stopwords": []}
        for a in allow:
            if not isinstance(a, dict):
                raise ConfigError(f"{label}: each allowlist must be a table")
            merged["regexes"] += list(_as_tuple(a.get("regexes"), label, "allowlist.regexes"))
            merged["stopwords"] += list(_as_tuple(a.get("stopwords"), label, "allowlist.stopwords"))
        allow = merged
    if not isinstance(allow, dict):
        raise ConfigError(f"{label}: allowlist must be a table")
    for a in _as_tuple(allow.get("regexes"), label, "allowlist.regexes") + _as_tuple(
        allow.get("lines"), label, "allowlist.lines"
    ) if origin != "builtin" else ():
        try:
            re.compile(a)
        except re.error as exc:
            raise ConfigError(f"{label}: invalid allowlist regex {a!r}: {exc}") from None
    validator = raw.get("validator")
    if validator is not None:
        from credgate.linter.validators import VALIDATORS  # lazy: only user rules name validators (hook path)

        if validator not in VALIDATORS:
            raise ConfigError(
                f"{label}: unknown validator {validator!r} (known: {', '.join(sorted(VALIDATORS))})"
            )
    keywords = tuple(k.lower() for k in _as_tuple(raw.get("keywords"), label, "keywords"))
    prefilter = raw.get("prefilter", "")
    if not isinstance(prefilter, str):
        raise ConfigError(f"{label}: prefilter must be a string")
    if prefilter and origin != "builtin":  # built-in rules: the tests and `credgate rules check` hold them to it
        why = prefilter_problem(raw["regex"], prefilter, flags)
        if why:
            raise ConfigError(f"{label}: prefilter {why}")
    return Rule(
        id=rid,
        name=str(raw["name"]),
        severity=severity,
        confidence=confidence,
        regex=raw["regex"],
        secret_group=group,
        case_insensitive=bool(raw.get("case_insensitive", False)),
        multiline=bool(raw.get("multiline", False)),
        keywords=keywords,
        entropy=float(entropy),
        validator=validator,
        tags=_as_tuple(raw.get("tags"), label, "tags"),
        remediation=str(raw.get("remediation", "")).strip(),
        references=_as_tuple(raw.get("references"), label, "references"),
        examples=_as_tuple(raw.get("examples"), label, "examples"),
        negative_examples=_as_tuple(raw.get("negative_examples"), label, "negative_examples"),
        allow_regexes=_as_tuple(allow.get("regexes"), label, "allowlist.regexes"),
        allow_stopwords=tuple(s.lower() for s in _as_tuple(allow.get("stopwords"), label, "allowlist.stopwords")),
        allow_paths=_as_tuple(allow.get("paths"), label, "allowlist.paths"),
        allow_lines=_as_tuple(allow.get("lines"), label, "allowlist.lines"),
        paths=_as_tuple(raw.get("paths"), label, "paths"),
        origin=origin,
        prefilter=prefilter,
    )


def load_rule_file(path: Path, origin: Optional[str] = None, warnings: Optional[list[str]] = None) -> list[Rule]:
    """Rules of one TOML file (credgate or gitleaks format); gitleaks fields credgate cannot honour are
    named in ``warnings`` (when given) rather than dropped silently."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read rule file {path}: {exc.strerror}") from None
    raw = load_toml_bytes(data, str(path))
    if _is_gitleaks(raw):
        return gitleaks_rules(raw, str(path), warnings)
    rules = raw.get("rules", [])
    if not isinstance(rules, list):
        raise ConfigError(f"{path}: rules must be an array of tables ([[rules]])")
    return [rule_from_dict(r, str(path), origin or str(path)) for r in rules]


def builtin_rules() -> list[Rule]:

    files = sorted(RULES_DIR.glob("*.toml"))
    cached, where = rulecache.load_builtin(files)
    if cached is not None:
        return cached
    out: list[Rule] = []
    for p in files:
        out.extend(load_rule_file(p, origin="builtin"))
    rulecache.store_builtin(where, out)
    return out


def _is_gitleaks(raw: dict[str, Any]) -> bool:
    rules = raw.get("rules")
    if isinstance(rules, list) and rules and isinstance(rules[0], dict):
        return "description" in rules[0] or "secretGroup" in rules[0]
    return "extend" in raw


_GO_NAMED = LazyPattern(globals(), "_GO_NAMED", r"\(\?P?<([A-Za-z_]\w*)>")


def _go_to_python(regex: str) -> str:
    # Go RE2 and Python mostly agree; (?i:...) groups and \z differ.
    regex = regex.replace(r"\z", r"\Z")
    return _GO_NAMED.sub(r"(?P<\1>", regex)


_GITLEAKS_RULE_KEYS = {"id", "description", "regex", "secretGroup", "entropy", "keywords", "tags", "path",
                       "allowlist", "allowlists", "required", "skipReport"}
_GITLEAKS_ALLOW_KEYS = {"description", "regexes", "stopwords", "regexTarget", "condition", "paths", "commits"}
_SEVERITIES = ("critical", "high", "medium", "low", "info")
# what a gitleaks rule guards, read from its id, tags and keywords (gitleaks has no severity field)
_SEV_CRITICAL = LazyPattern(
    globals(), "_SEV_CRITICAL", r"private[-_ ]?key|aws[-_ ]?(?:secret|access)|secret[-_ ]?access|service[-_ ]?account",
                           re.IGNORECASE)
_SEV_LOW = LazyPattern(
    globals(), "_SEV_LOW", r"\b(?:identifier|public|publishable|client[-_ ]?id|webhook[-_ ]?url|dsn)\b|-id$",
                      re.IGNORECASE)


def gitleaks_severity(rid: str, tags: "list[str]", keywords: "list[str]") -> str:
    """A severity for a gitleaks rule: an explicit tag (``high``, ``severity:high``, ``severity=high``) wins;
    else private keys and cloud secret keys are critical, generic rules medium, identifiers and public
    values low, and any other provider credential (a token with a known prefix) high."""
    for t in tags:
        t = str(t).lower().strip()
        for sev in _SEVERITIES:
            if t in (sev, f"severity:{sev}", f"severity={sev}", f"sev:{sev}"):
                return sev
    text = " ".join([rid, *map(str, tags)])
    if _SEV_CRITICAL.search(text):
        return "critical"
    if "generic" in text.lower():
        return "medium"
    if _SEV_LOW.search(text):
        return "low"
    if keywords:  # a provider rule: its keywords are the token's prefix or the provider's name
        return "high"
    return "medium"


def gitleaks_rules(raw: dict[str, Any], where: str, warnings: Optional[list[str]] = None) -> list[Rule]:
    """Read a gitleaks TOML config as custom rules (their regexes, our engine).

    Supported: id, description, regex, secretGroup, entropy, keywords, tags (mapped to a severity by
    :func:`gitleaks_severity`), rule allowlists' regexes and stopwords, and ``regexTarget = "line"``
    (the regexes then apply to the whole line).  Not supported, and named in ``warnings``: composite
    rules (``[[rules.required]]``: the primary rule reports on its own, which finds more, never less),
    ``skipReport`` (such a rule reports too), ``path`` (a rule limited to file names runs on every file;
    a path-only rule is skipped), allowlist ``paths``/``commits``/``condition``, the global
    ``[allowlist]`` and ``[extend]``.
    """
    out = []
    warn = warnings if warnings is not None else []

    def unsupported(what: str) -> None:
        warn.append(f"{where}: {what}")

    if raw.get("allowlist") or raw.get("allowlists"):
        unsupported("the global [allowlist] is not imported; put allowlist entries in .credgate.toml "
                    "([[allowlist]] with paths, regexes, stopwords)")
    ext = raw.get("extend")
    if ext:
        fields = ", ".join(sorted(ext)) if isinstance(ext, dict) else "extend"
        unsupported(f"[extend] ({fields}) is not supported: only this file's own rules are imported, and "
                    "credgate's built-in rules run beside them (disable built-ins with disabled_rules)")
    for i, r in enumerate(raw.get("rules", [])):
        if not isinstance(r, dict):
            continue
        rid = str(r.get("id") or f"gitleaks-{i}").lower()
        rid = re.sub(r"[^a-z0-9._-]", "-", rid)
        if not r.get("regex"):
            if r.get("path"):
                unsupported(f"rule {rid!r} is path-only (it reports files by name): not supported, skipped")
            continue
        if not isinstance(r["regex"], str):
            raise ConfigError(f"{where}: gitleaks rules[{i}]: regex must be a string")
        unknown = sorted(set(r) - _GITLEAKS_RULE_KEYS)
        if unknown:
            unsupported(f"rule {rid!r}: field(s) {', '.join(unknown)} not understood, ignored")
        if r.get("required"):
            unsupported(f"rule {rid!r}: [[rules.required]] (composite rule) is not supported; the rule reports "
                        "on its own, without the required rules nearby")
        if r.get("path"):
            unsupported(f"rule {rid!r}: path (a file-name regex) is not supported; the rule runs on every file")
        if r.get("skipReport"):
            unsupported(f"rule {rid!r}: skipReport (report only inside a composite rule) is not supported; "
                        "the rule reports on its own")
        try:  # any shape TOML allows: a wrong type is a config error, not a crash
            tags = [str(t) for t in r.get("tags", [])]
            keywords = [k.lower() for k in r.get("keywords", [])]
            entry = {
                "id": rid if rid.startswith("gitleaks") else f"gitleaks.{rid}",
                "name": r.get("description") or rid,
                "severity": gitleaks_severity(rid, tags, keywords),
                "confidence": "medium",
                "regex": _go_to_python(r["regex"]),
                "secret_group": int(r.get("secretGroup", 0) or 0),
                "keywords": keywords,
                "entropy": float(r.get("entropy", 0) or 0),
                "tags": tags + ["gitleaks"],
            }
            allow = r.get("allowlists") or r.get("allowlist")
            if isinstance(allow, dict):
                allow = [allow]
            if allow:
                regexes: list[str] = []
                lines: list[str] = []
                for a in allow:
                    extra = sorted(k for k in set(a) - {"description", "regexes", "stopwords", "regexTarget"}
                                   if a.get(k))
                    if extra:
                        unsupported(f"rule {rid!r}: allowlist field(s) {', '.join(extra)} not supported, ignored")
                    target = a.get("regexTarget", "secret")
                    if target not in ("secret", "match", "line"):
                        unsupported(f"rule {rid!r}: allowlist regexTarget {target!r} unknown; used as 'secret'")
                    (lines if target == "line" else regexes).extend(a.get("regexes", []))
                entry["allowlist"] = {
                    "regexes": regexes,
                    "lines": lines,
                    "stopwords": [x for a in allow for x in a.get("stopwords", [])],
                }
        except (TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"{where}: gitleaks rule {rid!r}: malformed ({exc})") from None
        try:
            compiled = re.compile(entry["regex"])
        except re.error as exc:
            raise ConfigError(f"{where}: gitleaks rule {rid!r}: regex not usable in Python: {exc}") from None
        if entry["secret_group"] == 0 and compiled.groups >= 1:
            entry["secret_group"] = 1 if compiled.groups == 1 else 0
        if entry["secret_group"] > compiled.groups:
            entry["secret_group"] = 0
        out.append(rule_from_dict(entry, where, origin=where))
    return out


def load_ruleset(config: Any = None, extra_files: Iterable[Path] = ()) -> RuleSet:
    """Built-in rules, then config custom rules and gitleaks imports; minus disabled."""
    builtin = builtin_rules()
    rules = list(builtin)
    warnings: list[str] = []
    if config is not None:
        for i, raw in enumerate(config.custom_rules):
            rules.append(rule_from_dict(raw, f"{config.custom_rules_origin}: rules[{i}]", origin="config"))
        for p in config.gitleaks_configs:
            rules.extend(load_rule_file(p, warnings=warnings))
    for p in extra_files:
        rules.extend(load_rule_file(p, warnings=warnings))
    seen: dict[str, str] = {}
    deduped: list[Rule] = []
    for r in rules:
        if r.id in seen:
            if r.origin == "builtin" and seen[r.id] == "builtin":
                raise ConfigError(f"duplicate built-in rule id {r.id!r}")
            # a user rule with a built-in id replaces it
            deduped = [x for x in deduped if x.id != r.id]
        seen[r.id] = r.origin
        deduped.append(r)
    if config is not None and config.disabled_rules:
        from credgate.iac.rules import RULE_DOCS as IAC_RULES  # data only, when disabled_rules is set (off the hook path)

        known = {r.id for r in deduped} | set(IAC_RULES) | {"gate-policy-change"}
        for rid in sorted(set(config.disabled_rules) - known):
            import difflib  # only when a disabled id names no rule

            near = difflib.get_close_matches(rid, sorted(known), n=1)
            warnings.append(f"disabled_rules: no rule has the id {rid!r}, so nothing was disabled for it"
                            + (f" (did you mean {near[0]!r}?)" if near else "") + "; see `credgate rules list`")
        deduped = [r for r in deduped if r.id not in config.disabled_rules]
    return RuleSet(deduped, warnings, builtin)
