"""Configuration: ``.credgate.toml`` or ``[tool.credgate]`` in ``pyproject.toml``.

Built once in ``main`` and passed down; never global.  Unknown sections are
kept in ``Config.sections`` for the parts that own them (``archives``,
``aws``, ``ci``, ``git``...), so each part validates its own settings.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from credgate.errors import ConfigError
from credgate.linter.filters import AllowRegex
from credgate.models import Severity
from credgate.records import record, replace
from credgate.sources.git.run import GitError, git

if TYPE_CHECKING:
    import datetime as _dt  # imported where a date is made or compared: a config without dates never loads it

CONFIG_NAMES = (".credgate.toml", "credgate.toml")


def load_toml_bytes(data: bytes, where: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.9/3.10
        import tomli as tomllib
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{where}: not UTF-8 text ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: invalid TOML: {exc}") from None


def parse_size(value: Any, where: str) -> int:
    if isinstance(value, int):
        return value
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*", str(value), re.I)
    if not m:
        raise ConfigError(f"{where}: cannot read size {value!r} (use e.g. 10MB or 1048576)")
    num = float(m.group(1))
    unit = (m.group(2) or "").lower().rstrip("b").rstrip("i")
    mult = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}[unit]
    return int(num * mult)


@record(frozen=True)
class AllowEntry:
    """One allowlist entry; all given conditions must hold (AND) for it to apply."""

    paths: tuple[str, ...] = ()
    regexes: tuple[Any, ...] = ()  # on the secret (filters.AllowRegex)
    line_regexes: tuple[Any, ...] = ()  # on the whole line (filters.AllowRegex)
    stopwords: tuple[str, ...] = ()  # substrings of the secret, lowercase
    fingerprints: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()  # only these rules (empty: any)
    accounts: tuple[str, ...] = ()  # AWS account IDs
    reason: str = ""
    expires: Optional[_dt.date] = None
    origin: str = ""  # "file:index" for messages

    def expired(self, today: Optional[_dt.date] = None) -> bool:
        if self.expires is None:
            return False
        if today is None:
            import datetime as _dt

            today = _dt.date.today()
        return today > self.expires


@record(frozen=True)
class Config:
    """The settings of one run: the config file's values over the defaults (built once in ``main``)."""

    root: Path = Path(".")
    path: Optional[Path] = None
    fail_on: Severity = Severity.MEDIUM
    fail_on_set: bool = False  # fail_on written in the config file (else commands pick their default)
    max_file_size: int = 10 * 1024 * 1024
    disabled_rules: frozenset[str] = frozenset()
    exclude_paths: tuple[str, ...] = ()
    allowlist: tuple[AllowEntry, ...] = ()
    custom_rules: tuple[dict[str, Any], ...] = ()
    custom_rules_origin: str = ""
    gitleaks_configs: tuple[Path, ...] = ()
    entropy_overrides: tuple[tuple[str, float], ...] = ()
    entropy_default: Optional[float] = None
    own_accounts: frozenset[str] = frozenset()
    ignore_accounts: frozenset[str] = frozenset()
    redact: bool = True
    sections: tuple[tuple[str, Any], ...] = ()
    warnings: tuple[str, ...] = ()
    # False in a gate whose owner refuses `credgate:allow` comments ([ci] honour_inline_allows = false)
    inline_allows: bool = True
    origin: str = ""  # where the policy came from, for gate logs ("" = the file at ``path``)

    def section(self, name: str) -> dict[str, Any]:
        for k, v in self.sections:
            if k == name:
                return dict(v) if isinstance(v, dict) else {}
        return {}

    def entropy_for(self, rule_id: str, default: float) -> float:
        for rid, val in self.entropy_overrides:
            if rid == rule_id:
                return val
        if self.entropy_default is not None and default > 0:
            return self.entropy_default
        return default


_KNOWN_KEYS = {
    "fail_on", "max_file_size", "disabled_rules", "exclude_paths", "allowlist", "rules",
    "entropy", "own_accounts", "ignore_accounts", "import_gitleaks", "extend",
}


# the tables commands read through Config.section() ([entropy] and [[allowlist]] are read above)
_KNOWN_TABLES = {"archives", "aws", "ci", "gate", "limits", "server", "verify"}


def _strs(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
    return tuple(str(v) for v in value)


def _regexes(value: Any, where: str) -> tuple[Any, ...]:
    """Allowlist regexes as :class:`credgate.linter.filters.AllowRegex`: RE2, or ``re`` under a
    time budget that fails closed, so a hostile regex cannot hang a scan."""
    out = []
    for pat in _strs(value, where):
        try:
            out.append(AllowRegex(pat, where))
        except re.error as exc:
            raise ConfigError(f"{where}: invalid regex {pat!r}: {exc}") from None
    return tuple(out)


def _allow_entry(raw: Any, where: str) -> AllowEntry:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: an allowlist entry must be a table")
    known = {"paths", "regexes", "line_regexes", "stopwords", "fingerprints", "rules",
             "accounts", "reason", "expires", "description", "regexTarget", "commits"}
    unknown = set(raw) - known
    if unknown:
        raise ConfigError(f"{where}: unknown allowlist key(s) {', '.join(sorted(unknown))}")
    expires = raw.get("expires")
    if expires is not None:
        import datetime as _dt

        if isinstance(expires, _dt.datetime):
            expires = expires.date()
        elif isinstance(expires, str):
            try:
                expires = _dt.date.fromisoformat(expires)
            except ValueError:
                raise ConfigError(f"{where}: expires must be a date like 2027-01-31") from None
        elif not isinstance(expires, _dt.date):
            raise ConfigError(f"{where}: expires must be a date like 2027-01-31")
    regexes = _regexes(raw.get("regexes"), f"{where}.regexes")
    line_regexes = _regexes(raw.get("line_regexes"), f"{where}.line_regexes")
    if raw.get("regexTarget") == "line":  # gitleaks compatibility
        line_regexes, regexes = line_regexes + regexes, ()
    return AllowEntry(
        paths=_strs(raw.get("paths"), f"{where}.paths"),
        regexes=regexes,
        line_regexes=line_regexes,
        stopwords=tuple(s.lower() for s in _strs(raw.get("stopwords"), f"{where}.stopwords")),
        fingerprints=_strs(raw.get("fingerprints"), f"{where}.fingerprints"),
        rules=_strs(raw.get("rules"), f"{where}.rules"),
        accounts=_strs(raw.get("accounts"), f"{where}.accounts"),
        reason=str(raw.get("reason") or raw.get("description") or ""),
        expires=expires,
        origin=where,
    )


def find_config(start: Path) -> Optional[Path]:
    """Nearest ``.credgate.toml`` or ``pyproject.toml`` with [tool.credgate], walking up."""
    cur = start.resolve()
    if cur.is_file():
        cur = cur.parent
    for d in (cur, *cur.parents):
        for name in CONFIG_NAMES:
            p = d / name
            if p.is_file():
                return p
        pp = d / "pyproject.toml"
        if pp.is_file():
            try:
                if b"[tool.credgate" in pp.read_bytes():
                    return pp
            except OSError:
                pass
        if (d / ".git").exists():
            break
    return None


def build_config(raw: dict[str, Any], *, root: Path, path: Optional[Path], where: Optional[str] = None) -> Config:
    where = where or (str(path) if path else "config")
    warnings: list[str] = []
    for k in raw:
        if k not in _KNOWN_KEYS and not isinstance(raw[k], dict):
            warnings.append(f"{where}: unknown key {k!r} ignored")
        elif isinstance(raw[k], dict) and k not in _KNOWN_KEYS | _KNOWN_TABLES:
            # a misplaced setting ([linter] disabled_rules = ...) would otherwise do nothing, silently
            import difflib  # only on this warning path: config loading is on the hook's start-up path

            close = difflib.get_close_matches(k, sorted(_KNOWN_TABLES), 1, 0.6)
            misplaced = sorted(set(raw[k]) & (_KNOWN_KEYS - {"allowlist", "rules", "entropy", "extend"}))
            if close:
                hint = f" (did you mean [{close[0]}]?)"
            elif misplaced:
                hint = (f": {', '.join(misplaced)} belong{'s' if len(misplaced) == 1 else ''} at the top of the "
                        "file, before any [table]")
            else:
                hint = f" (known tables: {', '.join(sorted(_KNOWN_TABLES))})"
            warnings.append(f"{where}: unknown table [{k}] ignored{hint}")
    try:
        fail_on = Severity.parse(raw.get("fail_on", "medium"))
    except ValueError as exc:
        raise ConfigError(f"{where}: fail_on: {exc}") from None
    allow_raw = raw.get("allowlist", [])
    if isinstance(allow_raw, dict):
        allow_raw = [allow_raw]
    if not isinstance(allow_raw, list):
        raise ConfigError(f"{where}: allowlist must be a table or an array of tables")
    allow = tuple(_allow_entry(e, f"{where}: allowlist[{i}]") for i, e in enumerate(allow_raw))
    rules = raw.get("rules", [])
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        raise ConfigError(f"{where}: rules must be an array of tables ([[rules]])")
    entropy = raw.get("entropy", {})
    overrides: list[tuple[str, float]] = []
    default = None
    if isinstance(entropy, (int, float)):
        default = float(entropy)
    elif isinstance(entropy, dict):
        for k, v in entropy.items():
            if not isinstance(v, (int, float)):
                raise ConfigError(f"{where}: entropy.{k} must be a number")
            if k == "default":
                default = float(v)
            else:
                overrides.append((k, float(v)))
    else:
        raise ConfigError(f"{where}: entropy must be a number or a table")
    base = path.parent if path else root
    gl = tuple((base / p) for p in _strs(raw.get("import_gitleaks"), f"{where}.import_gitleaks"))
    sections = tuple((k, v) for k, v in raw.items() if isinstance(v, dict) and k not in ("entropy", "allowlist"))
    return Config(
        root=root,
        path=path,
        fail_on=fail_on,
        fail_on_set="fail_on" in raw,
        max_file_size=parse_size(raw.get("max_file_size", 10 * 1024 * 1024), f"{where}: max_file_size"),
        disabled_rules=frozenset(_strs(raw.get("disabled_rules"), f"{where}.disabled_rules")),
        exclude_paths=_strs(raw.get("exclude_paths"), f"{where}.exclude_paths"),
        allowlist=allow,
        custom_rules=tuple(rules),
        custom_rules_origin=where,
        gitleaks_configs=gl,
        entropy_overrides=tuple(overrides),
        entropy_default=default,
        own_accounts=frozenset(_strs(raw.get("own_accounts"), f"{where}.own_accounts")),
        ignore_accounts=frozenset(_strs(raw.get("ignore_accounts"), f"{where}.ignore_accounts")),
        sections=sections,
        warnings=tuple(warnings),
    )


def _looks_like_gitleaks(raw: dict[str, Any]) -> bool:
    if "extend" in raw or "title" in raw:
        return True
    rules = raw.get("rules")
    if isinstance(rules, list) and rules and isinstance(rules[0], dict):
        return "description" in rules[0] or "secretGroup" in rules[0]
    return False


def load_config(explicit: Optional[str] = None, *, start: Optional[Path] = None) -> Config:
    """Load the explicit file, or discover one from ``start`` (default: cwd)."""
    env = os.environ.get("CREDGATE_CONFIG")
    if explicit is None and env:
        explicit = env
    start = start or Path.cwd()
    if explicit:
        path: Optional[Path] = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"config file {explicit} not found")
    else:
        path = find_config(start)
    if path is None:
        return Config(root=start)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from None
    return _config_from_bytes(data, path, str(path), path.parent)


def _credgate_table(raw: dict[str, Any], where: str) -> dict[str, Any]:
    tool = raw.get("tool", {})
    table = tool.get("credgate", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [tool.credgate] must be a table")
    return table


def _config_from_bytes(data: bytes, path: Path, where: str, root: Path) -> Config:
    raw = load_toml_bytes(data, where)
    if path.name == "pyproject.toml":
        raw = _credgate_table(raw, where)
    if _looks_like_gitleaks(raw):
        return Config(root=root, path=path, gitleaks_configs=(path,))
    return build_config(raw, root=root, path=path, where=where)


# ------------------------------------------------------------------ gate policy
# A gate judges a change with the policy of whoever owns the gate: the config as
# it is at the base commit of the change (or a pinned file), never the change's own.
def _git_out(repo: Path, *args: str) -> bytes:
    try:
        return git(repo, *args)
    except GitError as exc:
        raise ConfigError(f"cannot read the gate policy from git: {exc}") from None


def git_blob(repo: Path, commit: str, rel: str) -> Optional[tuple[str, str, bytes]]:
    """``(mode, blob id, bytes)`` of ``rel`` in ``commit``'s tree, or None when it is not there."""
    out = _git_out(repo, "ls-tree", "-z", "--full-tree", commit, "--", rel)
    for entry in out.split(b"\0"):
        if b"\t" not in entry:
            continue
        meta, name = entry.split(b"\t", 1)
        if name.decode("utf-8", "surrogateescape") != rel:
            continue
        mode, kind, oid = meta.decode().split()
        if kind != "blob":
            return None
        return mode, oid, _git_out(repo, "cat-file", "blob", oid)
    return None


def policy_candidates(subdir: str = "") -> list[str]:
    """Repository-relative paths :func:`find_config` would try from ``subdir`` up to the top, in order."""
    parts = [p for p in subdir.strip("/").split("/") if p and p != "."]
    out = []
    for n in range(len(parts), -1, -1):
        d = "/".join(parts[:n])
        for name in (*CONFIG_NAMES, "pyproject.toml"):
            out.append(f"{d}/{name}" if d else name)
    return out


def config_at_commit(repo: Path, commit: str, subdir: str = "") -> Optional[tuple[str, bytes]]:
    """The config :func:`find_config` would pick, read from ``commit``'s tree instead of the work tree."""
    for rel in policy_candidates(subdir):
        found = git_blob(repo, commit, rel)
        if found is None:
            continue
        mode, _oid, data = found
        if rel.rsplit("/", 1)[-1] == "pyproject.toml" and b"[tool.credgate" not in data:
            continue
        if mode not in ("100644", "100755"):
            raise ConfigError(f"{rel} at {commit[:12]} is not a regular file (mode {mode}): pin the gate's "
                              "policy with --config FILE")
        return rel, data
    return None


def load_config_at_commit(repo: Path, commit: str, workdir: Path, *, subdir: str = "",
                          rel: Optional[str] = None) -> tuple[Config, list[str]]:
    """The gate's policy: the repository's config as it is at ``commit`` (built-in defaults when it has none).

    ``rel`` names the config file (a ``--config`` inside the clone); otherwise it is
    discovered like :func:`find_config`.  Files the config imports (``import_gitleaks``)
    are read from ``commit`` too.  ``workdir`` is a private folder the caller removes.
    Returns the config and the repository-relative files it was read from.
    """
    short = commit[:12]
    if rel is not None:
        found = git_blob(repo, commit, rel)
        if found is None:
            raise ConfigError(f"config file {rel} is not in the base commit {short} (the gate's policy "
                              "comes from the base commit; pin a file outside the clone with --config)")
        picked: Optional[tuple[str, bytes]] = (rel, found[2])
    else:
        picked = config_at_commit(repo, commit, subdir)
    if picked is None:
        return Config(root=repo, origin=f"built-in defaults (no config at the base commit {short})"), []
    name, data = picked
    read = [name]
    where = f"{name} at {short}"
    local = workdir / "policy" / name
    local.parent.mkdir(parents=True, exist_ok=True)
    local.write_bytes(data)
    cfg = _config_from_bytes(data, local, where, repo)
    top = (workdir / "policy").resolve()
    for imp in cfg.gitleaks_configs:
        if imp == local:
            continue
        try:
            imp_rel = imp.resolve().relative_to(top).as_posix()
        except ValueError:
            raise ConfigError(f"{where}: import_gitleaks {imp} is outside the repository") from None
        blob = git_blob(repo, commit, imp_rel)
        if blob is None:
            raise ConfigError(f"{where}: import_gitleaks {imp_rel} is not in the base commit {short}")
        imp.parent.mkdir(parents=True, exist_ok=True)
        imp.write_bytes(blob[2])
        read.append(imp_rel)
    return replace(cfg, origin=where), read


def credgate_table_of(data: bytes, name: str) -> Any:
    """What in a config file sets the policy: the whole TOML, or [tool.credgate] of a pyproject.toml."""
    try:
        raw = load_toml_bytes(data, name)
    except ConfigError:
        return ("unreadable", data)
    if name.rsplit("/", 1)[-1] == "pyproject.toml":
        tool = raw.get("tool", {})
        return tool.get("credgate") if isinstance(tool, dict) else None
    return raw
