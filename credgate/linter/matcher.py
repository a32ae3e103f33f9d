"""One pass over the content for every rule, then a confirming regex per hit.

Engine: hyperscan block-mode databases of all rules, one per group (prefilter mode, so
every rule compiles and hyperscan only ever over-approximates), cached on
disk with ``dumpb`` so a hook loads them in about a millisecond instead of
compiling for ten seconds (see _rule_groups and _defer for the first run).
Hyperscan reports end offsets per rule; we confirm with Python ``re`` on the
line window around each hit only.

Fallback (no hyperscan wheel for the platform, or ``CREDGATE_MATCHER=python``):
one case-insensitive regex over all rule keywords finds which rules can match,
then only those rules run, on the windows around their keyword hits.
Both paths give the same results; a test checks that.
"""
from __future__ import annotations

import os
import re
from bisect import bisect_right
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterator, NamedTuple, Optional

from credgate.lazyre import LazyPattern
from credgate.linter.hsprobe import sound
from credgate.linter.regexshape import _can_consume_newline, lead_for, newline_reach, sre_modules
from credgate.linter.rulecache import cache_dir, key_hash, prune, touch, write_atomic
from credgate.linter.ruleset import CompiledRule, RuleSet
from credgate.safety import RuleBudgetExceeded, guard

# a window reaches this far before a hit when a rule can span lines
_BACK = 1024
# Hyperscan compile time explodes with large bounded repeats ({64,16384}: seconds to
# minutes per rule).  Such repeats are widened to unbounded ones for the prefilter
# database only; the prefilter stays a superset, and those rules are confirmed on
# the whole buffer whenever they hit.
_BIG_REPEAT = LazyPattern(globals(), "_BIG_REPEAT", r"(?<!\\)\{(\d+),(\d*)\}")
_MAX_BOUND = 32


def widen_for_hyperscan(regex: str) -> tuple[str, bool]:
    widened = False

    def sub(m: "re.Match[str]") -> str:
        nonlocal widened
        lo, hi = int(m.group(1)), m.group(2)
        if hi != "" and int(hi) > _MAX_BOUND:
            widened = True
            return "{%d,}" % min(lo, _MAX_BOUND)
        return m.group(0)

    out = _BIG_REPEAT.sub(sub, regex)
    out = re.sub(r"(?<!\\)\{(\d+)\}", lambda m: m.group(0) if int(m.group(1)) <= 256 else "{%d,}" % _MAX_BOUND, out)
    return out, out != regex


class RawMatch(NamedTuple):
    """A confirmed match: the rule, the match's span and the secret group's span (a tuple: a tree scan makes
    ~50,000 of them, and a frozen dataclass cost ~1 us each to build)."""

    rule_index: int
    start: int
    end: int
    secret_start: int
    secret_end: int


def _cache_dir() -> Optional[Path]:
    return cache_dir()


class LazyRules:
    """``ruleset.compiled`` compiled on demand: a hook that hits two rules compiles two regexes, not 230."""

    def __init__(self, ruleset: RuleSet) -> None:
        self._rs = ruleset
        self._done: list[Optional[CompiledRule]] = [None] * len(ruleset.rules)

    def __len__(self) -> int:
        return len(self._done)

    def __getitem__(self, i: int) -> CompiledRule:
        cr = self._done[i]
        if cr is None:
            cr = self._done[i] = self._rs.compile_one(i)
        return cr

    def __iter__(self) -> Iterator[CompiledRule]:
        return (self[i] for i in range(len(self._done)))


_BY_START = itemgetter(1, 0)

# How far back from a hyperscan end offset a rule's true match can start, decided
# once per rule from its parsed regex (cached with the database):
#   LINE  the regex cannot consume a newline: the match lies in the hit's line
#   BACK  it can, but its width is bounded: the match starts at most `width` bytes back
#   OLD   unbounded and not widened: the line before and the hit's line (capped at _BACK)
#   WHOLE unbounded and widened, or multiline: the whole buffer
LINE, BACK, OLD, WHOLE, AHEAD = 0, 1, 2, 3, 4
_HIT_CAP = 1 << 18  # end offsets kept per rule and buffer; past that the rule confirms on the whole buffer


def window_mode(regex: str, flags: int, widened: bool, multiline: bool) -> tuple[int, int]:
    """(mode, width) for a rule; see LINE/BACK/OLD/WHOLE."""
    if multiline:
        return WHOLE, 0
    P = sre_modules()[1]
    try:
        tree = P.parse(regex, flags)
        lo, hi = tree.getwidth()
        span = _can_consume_newline(tree, bool(flags & re.DOTALL))
    except Exception:
        return (WHOLE, 0) if widened else (OLD, 0)
    bounded = hi < (1 << 16)
    if not span:
        return LINE, (int(hi) if bounded else 0)
    if bounded:
        return BACK, int(hi)
    return (WHOLE, 0) if widened else (OLD, 0)


# ------------------------------------------------------------------ the rule databases
# The rules are compiled in groups, each its own database cached under a key of its rules alone: the built-in
# rules not limited to ``paths`` ("open"), the built-in ones limited to paths ("paths" and "paths-json", each skipped for a file on
# none of them), and the user's rules ("user").  Every built-in rule is compiled, disabled ones too (their hits
# are dropped), so neither disabled_rules nor a custom rule ever recompiles the built-in databases: compiling
# those costs about ten seconds on a 2-core machine, a custom rule's own group a few milliseconds.
_DB_REV = "g1"  # database layout revision: grouped databases, group repeats opened (hs_expression)
_BUILD_HERE_AFTER = 8 << 20  # bytes a deferred scan runs on the python engine before it compiles here
_BUILD_FRESH = 600.0  # seconds a background build's spec file counts as a build in progress
_BUILD_WAIT = 180.0  # seconds a bulk scan waits for a background build in progress before compiling itself
_GROUP_REPEAT = LazyPattern(globals(), "_GROUP_REPEAT", r"\)\{(\d+),(\d+)\}\??")


def hs_expression(regex: str) -> tuple[str, bool]:
    """The prefilter expression hyperscan compiles for ``regex``, and whether its big repeats were widened
    (widen_for_hyperscan).  A bounded repeat of a group (``(?:\\r?\\n[^\\n]{0,200}?){0,4}?``) is opened too: the
    expression stays a superset, so every true match still ends where hyperscan reports an end, and the
    confirming windows come from the rule's own regex (window_mode), not from this one.  Those repeats were
    most of the database's compile time (one multi-line prose rule: 3.9 s alone, 0.4 s opened)."""
    expr, widened = widen_for_hyperscan(regex)
    return _GROUP_REPEAT.sub(_open_repeat, expr), widened


def _open_repeat(m: "re.Match[str]") -> str:
    return ")*" if m.group(1) == "0" else "){%s,}" % m.group(1)


def hs_flags(case_insensitive: bool, multiline: bool) -> int:
    import hyperscan

    f = hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_ALLOWEMPTY
    if case_insensitive:
        f |= hyperscan.HS_FLAG_CASELESS
    if multiline:
        f |= hyperscan.HS_FLAG_DOTALL | hyperscan.HS_FLAG_MULTILINE
    return f


def hyperscan_scratch(db: Any) -> Any:
    import hyperscan

    return hyperscan.Scratch(db)


class _Group(NamedTuple):
    """One group of rules: its cache key, (regex, re flags, case_insensitive, multiline) per rule, and the
    rule set index of each (-1: not in this run's rules)."""

    name: str  # open, paths or user
    key: str
    items: "list[tuple[str, int, bool, bool, str]]"  # (regex, re flags, case_insensitive, multiline, prefilter)
    to_rs: "list[int]"
    limited: bool


class _GroupDb:
    """One group's database, its rule set index per pattern, and whether its rules are limited to paths.

    The database of the path-limited built-in rules (dotenv values, docs prose, chat logs) is read from the cache
    on first use: most files of a hook's change (source code) are outside every one of those paths, and its
    database is a third of the bytes a hook would otherwise read, deserialise and fault in (~10 ms)."""

    __slots__ = ("_db", "to_rs", "limited", "_path", "_items", "held")

    def __init__(self, db: Any, to_rs: "list[int]", limited: bool, path: Optional[Path] = None,
                 items: Any = None) -> None:
        self._db = db
        self.to_rs = to_rs
        self.limited = limited
        self._path = path  # a cached database not read yet (then ``db`` is None)
        self._items = items
        self.held: "frozenset[int]" = frozenset()  # limited: the rules it holds (Matcher._hold_limited)

    @property
    def db(self) -> Any:
        if self._db is None and self._path is not None:
            import hyperscan

            path, self._path = self._path, None
            try:
                db = hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
            except Exception:  # removed or damaged since the meta file was read: compile it here
                db, _meta = compile_group(hyperscan, self._items)
            db.scratch = hyperscan_scratch(db)
            self._db = db
        return self._db


def _json_paths(globs: "tuple[str, ...]") -> bool:
    """Whether a JSON file can be on one of ``globs``: a last part naming a JSON extension, or open at its end
    (``**/*dump*``, ``**/seed*``: a ``dump_624.json`` is on those)."""
    return any(g.lower().endswith((".json", ".jsonl", ".ndjson", "*")) for g in globs)


def _rule_groups(ruleset: RuleSet, hs_version: str) -> "list[_Group]":
    rules = ruleset.rules
    builtin_at = {r.id: i for i, r in enumerate(rules) if r.origin == "builtin"}
    builtin = ruleset.builtin or [r for r in rules if r.origin == "builtin"]
    # the rules limited to paths in two databases: those a JSON file can be on (chat and ticket exports: the prose
    # rules) and the others (catch-alls of dotenv, properties and credential files), so a JSON file scans only the
    # first: 2.16 -> 1.18 s over the 120 MB of JSON of bench/run.py's tree (session 19)
    parts = [("open", [(builtin_at.get(r.id, -1), r) for r in builtin if not r.paths], False),
             ("paths", [(builtin_at.get(r.id, -1), r) for r in builtin if r.paths and not _json_paths(r.paths)], True),
             ("paths-json", [(builtin_at.get(r.id, -1), r) for r in builtin if r.paths and _json_paths(r.paths)], True),
             ("user", [(i, r) for i, r in enumerate(rules) if r.origin != "builtin"], False)]
    out = []
    for name, members, limited in parts:
        if not members:
            continue
        h = key_hash()
        h.update(f"{_DB_REV}-w{_MAX_BOUND}-{hs_version}-{name}\n".encode())
        for _i, r in members:
            h.update(f"{r.id}\0{r.regex}\0{r.case_insensitive}\0{r.multiline}\0{r.prefilter}\n".encode())
        out.append(_Group(name, h.hexdigest()[:24], [(r.regex, int(r.flags), bool(r.case_insensitive), bool(r.multiline),
                                                      r.prefilter) for _i, r in members],
                          [i for i, _r in members], limited))
    return out


def compile_group(hyperscan: Any, items: "list[tuple[Any, ...]]") -> "tuple[Any, dict]":
    """A group's database (None when hyperscan refuses every rule of it) and what a cache keeps beside it:
    the rules it refused (confirmed on every buffer instead), the widened ones, each rule's window mode."""
    exprs, flags, modes, whole = [], [], [], []
    for i, (regex, reflags, ci, ml, *pre) in enumerate(items):
        expr, widened = hs_expression(regex)
        width = newline_reach(regex, reflags) if pre and pre[0] else None
        if width is not None:  # the rule's prefilter: the start of its regex, looked for alone (prefilter_problem)
            expr = hs_expression(pre[0])[0]
        if widened:
            whole.append(i)
        modes.append((AHEAD, width) if width is not None else window_mode(regex, reflags, widened, ml))
        exprs.append(expr.encode("utf-8"))
        flags.append(hs_flags(ci, ml))
    ids = list(range(len(items)))
    always: list[int] = []
    db: Any = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    try:
        db.compile(expressions=exprs, ids=ids, elements=len(exprs), flags=flags)
    except hyperscan.error:
        # find the rules hyperscan refuses and confirm them on every buffer instead
        keep = []
        for e, i, f in zip(exprs, ids, flags):
            probe = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            try:
                probe.compile(expressions=[e], ids=[i], elements=1, flags=[f])
                keep.append((e, i, f))
            except hyperscan.error:
                always.append(i)
        db = None
        if keep:
            db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            db.compile(expressions=[k[0] for k in keep], ids=[k[1] for k in keep], elements=len(keep),
                       flags=[k[2] for k in keep])
    return db, {"always": always, "whole": whole, "modes": modes, "db": db is not None}


def _load_group(hyperscan: Any, cache: Path, group: _Group) -> "Optional[tuple[Any, dict]]":
    path = cache / f"hs-{group.key}.db"
    try:
        import json

        meta = json.loads(path.with_suffix(".json").read_bytes())
        if len(meta["modes"]) != len(group.items):
            return None
        if not meta.get("db", True):
            return None, meta
        if group.limited and path.is_file():
            touch(path)
            return path, meta  # read on first use (see _GroupDb)
        db = hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
        touch(path)
        return db, meta
    except Exception:  # missing, partly written or corrupt: build it
        return None


def store_group(hyperscan: Any, cache: Path, key: str, db: Any, meta: dict) -> None:
    """The database, then its meta file (the loader reads the meta first: a database without one is a miss)."""
    import json

    path = cache / f"hs-{key}.db"
    try:
        if db is not None:
            write_atomic(path, hyperscan.dumpb(db))
        write_atomic(path.with_suffix(".json"), json.dumps(meta).encode())
    except OSError:
        pass
    prune(cache)


def _build_spec(cache: Path, groups: "list[_Group]") -> Path:
    h = key_hash()
    h.update(",".join(g.key for g in groups).encode())
    return cache / f"hs-build-{h.hexdigest()[:16]}.json"


def _defer(cache: Path, groups: "list[_Group]") -> bool:
    """Build the missing databases in the background instead of before this scan's first byte?

    The first run after an install, an upgrade or a new custom rule would otherwise compile them first (the
    built-in groups: about ten seconds on a 2-core machine) when it is most often a one-file hook.  So the
    scan starts on the python engine (the same matches: a test checks it) while a detached process compiles
    and caches the databases for the next run; a scan that grows past _BUILD_HERE_AFTER bytes, or forks a
    pool, takes them from that build (or compiles them itself).  POSIX only; ``CREDGATE_HS_BUILD=now``
    compiles in the foreground always (CI images, benchmarks)."""
    if os.environ.get("CREDGATE_HS_BUILD", "auto") != "auto" or os.name != "posix":
        return False
    import json
    import subprocess
    import sys
    import time

    spec = _build_spec(cache, groups)
    try:
        if time.time() - spec.stat().st_mtime < _BUILD_FRESH and _builder_alive(spec):
            return True  # a build of these groups is under way
        spec.unlink()  # left by a build that died
    except OSError:
        pass
    try:
        fd = os.open(spec, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return True  # another process just started the same build
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(json.dumps({"groups": [[g.key, g.items] for g in groups]}).encode())
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])  # the folder holding the credgate package
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        proc = subprocess.Popen([sys.executable, "-m", "credgate.linter.hsbuild", str(spec)], cwd=str(cache),
                                env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        write_atomic(spec.with_suffix(".pid"), str(proc.pid).encode())  # a waiting scan checks the builder lives
    except OSError:  # could not start it: this scan stays on the python engine, the next one tries again
        try:
            spec.unlink()
        except OSError:
            pass
    return True


def _wait_for_build(hyperscan: Any, cache: Path, groups: "list[_Group]") -> "Optional[list[tuple[Any, dict]]]":
    """The databases a background build of ``groups`` is writing, once it has written them all; None when no
    build is under way (or it gave up, or took longer than _BUILD_WAIT)."""
    import time

    spec = _build_spec(cache, groups)
    deadline = time.monotonic() + _BUILD_WAIT
    while True:
        got = [_load_group(hyperscan, cache, g) for g in groups]
        if all(x is not None for x in got):
            return got  # type: ignore[return-value]
        if not spec.exists() or time.monotonic() > deadline or not _builder_alive(spec):
            return None
        time.sleep(0.05)


def _builder_alive(spec: Path) -> bool:
    """False when the process building ``spec`` has died without finishing (killed: it removes the spec file when
    it ends); True while it runs, or when it cannot be told (no pid written yet, another user's process)."""
    try:
        pid = int(spec.with_suffix(".pid").read_bytes())
    except (OSError, ValueError):
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    try:  # our own child that exited and was not reaped yet is a zombie: it is not building
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


class Matcher:
    """Find every rule's confirmed matches in a buffer."""

    def __init__(self, ruleset: RuleSet, engine: Optional[str] = None) -> None:
        self.ruleset = ruleset
        self.rules = LazyRules(ruleset)
        choice = engine or os.environ.get("CREDGATE_MATCHER", "auto")
        self._dbs: list[_GroupDb] = []  # one per group of rules (see _rule_groups)
        self._always: list[int] = []  # rules hyperscan could not take: confirm on every buffer
        self._whole: set[int] = set()  # rules whose hyperscan form was widened
        self._modes: list[tuple[int, int]] = []  # per rule: (LINE/BACK/OLD/WHOLE, width); see window_mode
        self.timeouts: list[RuleBudgetExceeded] = []  # user rules that ran out of time in the last find()
        self._re2: Optional[list[Any]] = None  # per rule: RE2 twin, None (none), False (not tried yet)
        self._windows_seen = 0
        self._leads: dict[int, Any] = {}  # rule index -> lead_for(...) (None: none), on first use
        self._reach: dict[int, Optional[int]] = {}  # rule index -> newline_reach(...) (None: no bound), on first use
        self._py_modes: dict[int, int] = {}  # python engine: rule index -> bytes a match can reach (0: lines)
        # groups whose database was not cached: built in the background while this (small) scan runs on the
        # python engine, or here once the scan turns out to be a bulk one (see _defer)
        self._pending: list[_Group] = []
        self._cached: list[tuple[_Group, Any, dict]] = []  # groups loaded from the cache while others are pending
        self._py_bytes = 0  # bytes scanned on the python engine while databases were pending
        self.cache_hit = False
        self.engine_sound = True  # False: hyperscan was asked for by name and fails credgate.linter.hsprobe
        self.engine = "python"
        if choice in ("auto", "hyperscan"):
            try:
                self._load_hyperscan(forced=choice == "hyperscan")
                if not self._pending:
                    self.engine = "hyperscan"
            except ImportError:
                if choice == "hyperscan":
                    raise
        if self.engine == "python":
            self._build_keyword_index()

    # ---------------------------------------------------------------- hyperscan
    def _hs_flags(self, rule: Any) -> int:
        return hs_flags(rule.case_insensitive, rule.multiline)

    def _load_hyperscan(self, forced: bool = False) -> None:
        """Load each group's database from the cache; compile the ones missing (or defer them, see _defer).
        An engine that fails credgate.linter.hsprobe (vectorscan 5.4.12 loses matches) raises ImportError, so
        ``auto`` takes the pure-Python matcher; asked for by name (``CREDGATE_MATCHER=hyperscan``) it is used
        anyway, but its databases are never cached."""
        import hyperscan

        n = len(self.ruleset.rules)
        self._modes = [(OLD, 0)] * n
        cache = _cache_dir()
        loaded, missing = [], []
        for group in _rule_groups(self.ruleset, getattr(hyperscan, "__version__", "")):
            got = _load_group(hyperscan, cache, group) if cache else None
            if got is None:
                missing.append(group)
            else:
                loaded.append((group, *got))
        self.cache_hit = not missing
        if not missing:  # the hook's path: a few small reads, no compile, no regex parsing
            for group, db, meta in loaded:
                self._add_group(group, db, meta)
            self._hold_limited()
            return
        self.engine_sound = sound(hyperscan, cache)
        if not self.engine_sound and not forced:
            raise ImportError(f"hyperscan {getattr(hyperscan, '__version__', '?')} loses matches")
        # only a missing built-in group is worth deferring: a custom rule's own group compiles in milliseconds
        if (not forced and self.engine_sound and cache and any(g.name != "user" for g in missing)
                and _defer(cache, missing)):
            self._pending = missing
            self._cached = loaded
            return
        for group, db, meta in loaded:
            self._add_group(group, db, meta)
        self._build(missing, cache if self.engine_sound else None)

    def _build(self, groups: "list[_Group]", cache: Optional[Path]) -> None:
        """Compile ``groups`` here (and cache them when ``cache``: never for an engine that loses matches)."""
        import hyperscan

        for group in groups:
            db, meta = compile_group(hyperscan, group.items)
            if cache is not None:
                store_group(hyperscan, cache, group.key, db, meta)
            self._add_group(group, db, meta)
        self._hold_limited()

    def _add_group(self, group: "_Group", db: Any, meta: dict) -> None:
        to_rs = group.to_rs
        for local, mode in enumerate(meta["modes"]):
            ri = to_rs[local]
            if ri >= 0:
                self._modes[ri] = (int(mode[0]), int(mode[1]))
        self._always.extend(to_rs[i] for i in meta["always"] if to_rs[i] >= 0)
        self._whole.update(to_rs[i] for i in meta["whole"] if to_rs[i] >= 0)
        if isinstance(db, Path):  # a cached database read on first use
            self._dbs.append(_GroupDb(None, to_rs, group.limited, db, group.items))
        elif db is not None:
            db.scratch = hyperscan_scratch(db)
            self._dbs.append(_GroupDb(db, to_rs, group.limited))

    def _finish_pending(self) -> None:
        """A deferred scan turned out to be a bulk one: compile the pending databases here and switch to
        hyperscan for the rest of it (both engines find the same matches)."""
        import hyperscan

        pending, self._pending = self._pending, []
        for group, db, meta in self._cached:
            self._add_group(group, db, meta)
        self._cached = []
        cache = _cache_dir()
        built = _wait_for_build(hyperscan, cache, pending) if cache else None
        if built is None:
            self._build(pending, cache)
        else:
            for group, (db, meta) in zip(pending, built):
                self._add_group(group, db, meta)
            self._hold_limited()
        self._always.sort()
        self.engine = "hyperscan"

    def _hold_limited(self) -> None:
        """Each path-limited database's rules (not those hyperscan refused): what ``skip`` must hold to leave it out."""
        always = set(self._always)
        for g in self._dbs:
            if g.limited:
                g.held = frozenset(i for i in g.to_rs if i >= 0 and i not in always)

    @property
    def _limited(self) -> "frozenset[int]":
        """The built-in rules limited to ``paths`` that their databases hold."""
        return frozenset(i for g in self._dbs if g.limited for i in g.held)

    def _candidates_hs(self, data: bytes, skip: "frozenset[int]" = frozenset()) -> dict[int, list[int]]:
        """End offsets per rule from every group database.  A database of built-in rules limited to ``paths``
        (dotenv values, docs prose, chat logs: broad keyword patterns) is not scanned at all when ``skip`` holds
        every one of its rules (most files of a tree): a third less rule pass over a 150 MB tree."""
        hits: dict[int, list[int]] = {i: [-1] for i in self._always}
        for gdb in self._dbs:
            if gdb.limited and skip and gdb.held and gdb.held <= skip:
                continue  # none of its rules is on this file's path
            to_rs = gdb.to_rs

            def on_match(local: int, _from: int, to: int, _flags: int, _ctx: Any, to_rs: list = to_rs) -> None:
                rule_id = to_rs[local]
                if rule_id < 0:  # disabled, or replaced by a user's rule of the same id
                    return
                lst = hits.get(rule_id)
                if lst is None:
                    hits[rule_id] = [to]
                elif len(lst) < _HIT_CAP:
                    lst.append(to)
                elif lst[0] != -1:
                    lst[0] = -1  # too many hits: confirm this rule on the whole buffer

            gdb.db.scan(data, match_event_handler=on_match)
        return hits

    # ------------------------------------------------------------------ python
    def _build_keyword_index(self) -> None:
        kw_to_rules: dict[str, list[int]] = {}
        no_kw: list[int] = []
        # the rules as written, not self.rules: iterating those compiled all ~650 regexes (0.7 s) before a
        # hook's first byte (the Python engine is the whole matcher on aarch64, or on an engine hsprobe rejects)
        for i, rule in enumerate(self.ruleset.rules):
            if not rule.keywords:
                no_kw.append(i)
            for k in rule.keywords:
                kw_to_rules.setdefault(k, []).append(i)
                if not k.isascii():  # bytes fold ASCII only: "Пароль", "ПАРОЛЬ", "CONTRASEÑA" are keywords of their own
                    # (keyed as the lookup reads a hit: its ASCII letters lowered, "contraseÑa")
                    for v in {x.encode().lower().decode() for x in (k.upper(), k.capitalize())} - {k}:
                        kw_to_rules.setdefault(v, []).append(i)
        # a longer keyword hides the shorter ones inside it ("_password" holds "pass"):
        # a hit on a keyword counts for every keyword it contains
        # every substring of a keyword looked up (a few hundred per keyword), not every keyword pair: with ~1,500
        # keywords the pairwise test was 0.4 s of a first hook on the python engine (session 16)
        closure: dict[str, list[int]] = {}
        for k in kw_to_rules:
            rules: set[int] = set()
            n = len(k)
            for i in range(n):
                for j in range(i + 1, n + 1):
                    idxs = kw_to_rules.get(k[i:j])
                    if idxs is not None:
                        rules.update(idxs)
            closure[k] = sorted(rules)
        self._kw_rules = closure
        self._no_kw = no_kw
        alts = sorted(kw_to_rules, key=len, reverse=True)
        self._kw_re = (
            # a zero-width lookahead finds a keyword at every position, so keywords that overlap
            # ("r." inside "server.login(") are all seen, not only the first of them
            re.compile(b"(?=(" + b"|".join(re.escape(k.encode()) for k in alts) + b"))", re.IGNORECASE)
            if alts
            else None
        )

    def _candidates_py(self, data: bytes) -> dict[int, list[int]]:
        hits: dict[int, list[int]] = {i: [-1] for i in self._no_kw}
        if self._kw_re is None:
            return hits
        for m in self._kw_re.finditer(data):
            end = m.end(1)
            for idx in self._kw_rules.get(m.group(1).lower().decode("utf-8", "replace"), ()):
                lst = hits.setdefault(idx, [])
                if lst and (lst[0] == -1 or lst[-1] == end):
                    continue
                lst.append(end)
        return hits

    # ------------------------------------------------------------------ common
    def find(self, data: bytes, skip: "frozenset[int]" = frozenset()) -> list[RawMatch]:
        """Every rule's confirmed matches in ``data``; rules in ``skip`` (by index: rules whose ``paths`` this
        buffer's file is not on) are not confirmed at all."""
        if self._pending:
            self._py_bytes += len(data)
            if self._py_bytes > _BUILD_HERE_AFTER:
                self._finish_pending()
        cand = self._candidates_hs(data, skip) if self.engine == "hyperscan" else self._candidates_py(data)
        out: list[RawMatch] = []
        self.timeouts = []
        for idx, ends in cand.items():
            if idx in skip:
                continue
            try:
                with guard(self.rules[idx].pattern):  # one time budget per user rule and buffer
                    out.extend(self._confirm(data, idx, ends))
            except RuleBudgetExceeded as exc:  # a user's regex ran out of time on this buffer (credgate.safety)
                self.timeouts.append(exc)
        out.sort(key=_BY_START)  # (start, rule_index)
        return out

    def _confirm(self, data: bytes, idx: int, ends: list[int]) -> list[RawMatch]:
        cr = self.rules[idx]
        out: list[RawMatch] = []
        seen: set[tuple[int, int]] = set()
        bounds: Optional[list[int]] = None  # AHEAD windows: the last offset a match in each may end at
        if self.engine == "python":
            windows = self._windows(data, ends, cr.rule.multiline or cr.index in self._whole, True)
            if ends and ends[0] != -1 and windows != [(0, len(data))]:
                windows = self._py_reach(data, idx, ends, windows)
        else:
            mode, width = self._modes[idx]
            if mode == OLD:
                windows = self._windows(data, ends, False)
            elif mode == AHEAD and ends and ends[0] != -1:
                windows, bounds = _ahead_windows(data, ends, width)
            else:
                windows = _hs_windows(data, ends, mode, width)
        # windows cut inside a long line may end where no match can: keep matches ending where hyperscan
        # saw one (every true match's end is reported; prefilter mode only adds more)
        valid = set(ends) if self.engine != "python" and self._modes[idx][0] in (LINE, BACK) and ends[0] != -1 \
            else None
        g = cr.rule.secret_group
        # the last reported end in each window: once a match ends there, no later match in the window
        # can end at a reported offset, so RE2 is not asked for one (one call per window, not two)
        stops = sorted(valid) if valid is not None else None
        rx = None
        self._windows_seen += len(windows)
        # a hook's few windows stay on re (no RE2 import); bulk scans switch to RE2 (same matches, faster)
        if self._windows_seen > _RE2_AFTER or sum(hi - lo for lo, hi in windows) > _RE2_MIN:
            rx = self._re2_for(idx)
        for k, (lo, hi) in enumerate(windows):
            spans = None
            if rx is not None and (hi == lo or data[hi - 1] != 10 or not rx[2]):
                stop = -1
                if stops is not None:
                    k = bisect_right(stops, hi)
                    stop = stops[k - 1] if k else 0
                spans = _re2_spans(rx, data, lo, hi, g, stop)
            elif rx is not None:  # a rule with ``$`` on a window ending in a newline: RE2 up to the last lines
                reach = self._reach.get(idx, False)
                if reach is False:
                    reach = self._reach[idx] = newline_reach(cr.rule.regex, cr.rule.flags)
                if reach is not None:  # every span RE2 finds is needed here (no ``stop``): see _re2_spans_dollar
                    spans = _re2_spans_dollar(rx, cr.pattern, data, lo, hi, g, reach)
            if spans is None:  # no RE2 form, or a case RE2 would read differently from re: re decides
                lead = self._leads.get(idx, False)
                if lead is False:
                    lead = self._leads[idx] = lead_for(cr.rule.regex, cr.rule.flags)
                spans = _re_spans(cr.pattern, data, lo, hi, g) if lead is None \
                    else _re_spans_lead(cr.pattern, lead[0], lead[1], data, lo, hi, g)
            for start, end, s, e in spans:
                key = (start, end)
                if key in seen or end == start:
                    continue
                if valid is not None and end not in valid:
                    continue
                if bounds is not None and end > bounds[k]:
                    continue  # past the reach of the head's hits: the window's end may have cut its context
                seen.add(key)
                out.append(RawMatch(idx, start, end, s, e))
                if cr.rule.multiline:
                    for sib in _sibling_spans(cr.pattern, data, start, s, e, g):
                        if sib[:2] not in seen and (sib[2], sib[3]) not in {(r.secret_start, r.secret_end) for r in out}:
                            seen.add(sib[:2])
                            out.append(RawMatch(idx, *sib))
        return out

    def before_fork(self) -> None:
        """Before a scan pool forks: compile databases still pending (a bulk scan, once for every worker), and
        import RE2 once, since a bulk scan's workers confirm with it (see _RE2_AFTER)."""
        if self._pending:
            self._finish_pending()
        if self.engine == "hyperscan" and os.environ.get("CREDGATE_CONFIRM", "auto") != "re":
            try:
                import re2  # type: ignore[import-not-found]  # noqa: F401
            except ImportError:
                pass

    def _re2_for(self, idx: int) -> Any:
        """The rule's RE2 twin (same matches as its ``re`` pattern on any window), or None."""
        if self._re2 is None:
            self._re2 = [False] * len(self.rules)
        rx = self._re2[idx]
        if rx is False:
            rx = None
            r = self.ruleset.rules[idx]
            if r.origin == "builtin" and os.environ.get("CREDGATE_CONFIRM", "auto") != "re":
                rx = compile_re2(r.regex, r.flags)
            self._re2[idx] = rx
        return rx

    def _py_reach(self, data: bytes, idx: int, ends: list[int], windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The python engine's keyword windows (the hit's line, the one before and the one after) widened for
        a rule whose match can span more lines, by its bounded width (window_mode BACK): a keyword anywhere in
        a four-line block (an OpenVPN <auth-user-pass>, a Gradle credentials {}) still lies in the window that
        holds the whole match, as the hyperscan engine's windows do.  An unbounded rule that can cross lines reaches
        as far as the hyperscan engine looks back (_BACK); a rule that cannot keeps the line windows."""
        reach = self._py_modes.get(idx)
        if reach is None:
            r = self.rules[idx].rule
            mode, width = window_mode(r.regex, r.flags, False, r.multiline)
            # BACK: bounded; OLD: unbounded but not across the buffer: as far as the hyperscan engine looks back
            reach = self._py_modes[idx] = width if mode == BACK and width > 0 else (_BACK if mode == OLD else 0)
        if not reach:
            return windows
        n = len(data)
        spans = sorted(windows + [(max(0, e - reach), min(n, e + reach + 256)) for e in set(ends)])
        merged: list[tuple[int, int]] = [spans[0]]
        for lo, hi in spans[1:]:
            if lo <= merged[-1][1]:
                if hi > merged[-1][1]:
                    merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        return merged

    @staticmethod
    def _windows(
        data: bytes, ends: list[int], multiline: bool, forward: bool = False
    ) -> list[tuple[int, int]]:
        """Line windows around hit offsets, merged.  ``forward``: the offset is a
        keyword hit, not a match end, so the match may run on to the next line."""
        n = len(data)
        if not ends or ends[0] == -1 or multiline:
            return [(0, n)]
        spans: list[tuple[int, int]] = []
        for end in sorted(set(ends)):
            ls = data.rfind(b"\n", 0, max(end - 1, 0)) + 1
            # include the line before: values often sit on the next line after a key
            lo = data.rfind(b"\n", 0, max(ls - 1, 0)) + 1 if ls > 0 else 0
            if ls - lo > _BACK:
                lo = ls - _BACK
            le = data.find(b"\n", end)
            if forward and le != -1:
                nxt = data.find(b"\n", le + 1)
                le = nxt if nxt != -1 and nxt - le <= _BACK else (n if nxt == -1 else le + _BACK)
            hi = n if le == -1 else min(le, n)
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
            else:
                spans.append((lo, hi))
        return spans


_SIBLING_MAX = 16  # further secrets taken from one structure (one parent mapping)
_SIBLING_TAIL = 4096  # bytes after a found secret's line searched for the next one
_SIBLING_BACK = 256  # bytes kept before the match, so look-behinds see what they saw


def _sibling_spans(pattern: Any, data: bytes, start: int, s: int, e: int, g: int) -> list[tuple[int, int, int, int]]:
    """More secrets of one structure matched by a multiline context rule.

    A rule whose context comes lines before its secret (a parent ``datadog:`` mapping, then an
    ``apiKey:`` child) matches once per context: ``finditer`` resumes after the first secret, past the
    parent line, so a second child (``appKey:``) was never seen.  Match again from the same start on
    the text with the found secret's line taken out; every further secret is one more match, its
    offsets mapped back to ``data``.  Nothing changes for a secret on the match's first line."""
    ls = data.rfind(b"\n", 0, s) + 1
    if s < 0 or ls - 1 <= start:  # no context lines before the secret's line
        return []
    lo = start - _SIBLING_BACK if start > _SIBLING_BACK else 0
    prefix = data[lo:ls]
    base = start - lo
    out: list[tuple[int, int, int, int]] = []
    le = data.find(b"\n", e)
    while le != -1 and len(out) < _SIBLING_MAX:
        nxt = le + 1
        synth = prefix + data[nxt : nxt + _SIBLING_TAIL]
        m = pattern.search(synth, base)
        if m is None or m.start() != base:
            break
        s2, e2 = m.span(g) if g else m.span(0)
        if s2 < len(prefix):  # the secret lies in the kept context: not another child
            break
        off = nxt - len(prefix)
        out.append((start, m.end() + off, s2 + off, e2 + off))
        le = data.find(b"\n", e2 + off)
    return out


def _hs_windows(data: bytes, ends: list[int], mode: int, width: int) -> list[tuple[int, int]]:
    """Merged windows that hold every true match ending at one of ``ends`` (see window_mode)."""
    n = len(data)
    if mode == WHOLE or not ends or ends[0] == -1:
        return [(0, n)]
    rfind, find = data.rfind, data.find
    spans: list[tuple[int, int]] = []
    last_lo = last_hi = -1
    for end in sorted(set(ends)):
        # searches are bounded by the rule's width and the look-ahead room: on a 2 MB one-line JSON
        # file an unbounded rfind/find per hit made this loop quadratic
        if mode == LINE:
            back = end - 1
            lo = rfind(b"\n", end - width - 1 if width and end - width - 1 > 0 else 0, back if back > 0 else 0) + 1
        elif width:  # BACK: a match starts at most ``width`` bytes back, whatever the lines
            lo = 0
        else:
            lo = rfind(b"\n", 0, end if end > 0 else 0) + 1
        if width and end - width > lo:
            lo = end - width  # a long line: no match ending here starts earlier
        le = find(b"\n", end, end + 257)
        hi = le if le != -1 else (n if n - end <= 256 else end + 256)
        # hi - end <= 256: room for look-aheads; matches must end at a reported offset (see _confirm)
        if spans and lo <= last_hi:
            last_hi = hi if hi > last_hi else last_hi
            spans[-1] = (last_lo, last_hi)
        else:
            spans.append((lo, hi))
            last_lo, last_hi = lo, hi
    return spans


def _ahead_windows(data: bytes, ends: list[int], lines: int) -> tuple[list[tuple[int, int]], list[int]]:
    """Merged windows for a rule whose database holds only its regex's head (mode AHEAD, see prefilter_problem):
    a match holding a head that ends at ``m`` holds at most ``lines`` newlines, so it starts after the
    (lines+1)-th newline before ``m`` and ends by the (lines+1)-th at or after it (its bound, the second list).
    Each window reaches 257 bytes past its bound: room for the look-ahead a match's end may need, so a match
    ending by the bound is read exactly as in the whole buffer; the confirmation drops matches ending past it."""
    n = len(data)
    rfind, find = data.rfind, data.find
    windows: list[tuple[int, int]] = []
    bounds: list[int] = []
    prev = -1
    for m in sorted(set(ends)):
        if prev >= 0 and rfind(b"\n", prev, m) == -1:
            # no newline in [prev, m): the newlines before m and from m on are those of the last end taken, so its
            # window and bound, merged already (a JSON dump's record holds a head several times; session 21)
            continue
        prev = m
        lo = m
        for _ in range(lines + 1):
            lo = rfind(b"\n", 0, lo)
            if lo == -1:
                break
        lo += 1
        bound = m - 1
        for _ in range(lines + 1):
            bound = find(b"\n", bound + 1)
            if bound == -1:
                bound = n
                break
        hi = bound + 257 if bound + 257 < n else n
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
            bounds[-1] = bound
        else:
            windows.append((lo, hi))
            bounds.append(bound)
    return windows, bounds


# ------------------------------------------------------------------ RE2 confirmation
# Confirming a keyword rule (generic-password-assignment) on thousands of windows of long-line JSON was
# most of a directory scan's time with ``re``.  google-re2 runs the same windows several times faster.
# A rule gets an RE2 twin only when RE2 reads it exactly as ``re`` does on bytes; anything else stays on ``re``.
_RE2_MIN = 2048  # bytes a rule's windows hold, below which it is confirmed with ``re`` (a hook never loads RE2) ...
_RE2_AFTER = 64  # ... until this many windows were confirmed by this matcher
# re-only syntax, and flag groups RE2 reads differently: verbose ``x`` anywhere, and a ``-`` that clears anything but
# i, m or s (``(?-i:...)``, ``(?i-s:...)`` mean the same to both: case and dot-all, ^/$ at lines, each on or off; the
# generic password rules carry a ``(?-i:...)`` group, and kept on ``re`` they cost 30 s of a 150 MB tree's JSON)
_RE2_UNSAFE = LazyPattern(globals(), "_RE2_UNSAFE",
                          r"\{,|\\[ZAGNpPuUx0-9]|\(\?(?:[<=!#>]|P=)|\(\?[a-zA-Z-]*x|\(\?[a-zA-Z]*-(?![ims]*[:)])")


def _re2_translate(regex: str) -> Optional[str]:
    """``regex`` in RE2 syntax with ``re``'s bytes meaning, or None when that is not certain.

    The one difference in what both accept: ``re``'s bytes ``\\s`` also matches ``\\v`` (0x0b).  A character
    beyond ASCII outside a class (the prose rules' ``contraseña``, ``パスワード``) is its UTF-8 bytes to ``re`` (the
    rule is compiled from ``regex.encode()``), each byte a literal that no case flag folds (``re`` folds ASCII
    only on bytes): so each byte is written ``(?-i:\\xHH)`` for RE2 (Latin-1, one byte one character; the group keeps
    any case folding off it, which google-re2 1.1 does not apply to Latin-1 bytes anyway), and a quantifier after
    it stays on the last byte, as ``re`` reads it.  Inside a class such a character stays on ``re``.
    Without this the prose rules ran on ``re`` over whole buffers: 4.5 of 15.6 CPU s of a real history (Django's
    releases, whose docs talk about passwords; session 20)."""
    if _RE2_UNSAFE.search(regex):
        return None
    out: list[str] = []
    i, n, in_class, class_start = 0, len(regex), False, -1
    while i < n:
        c = regex[i]
        if c == "\\":
            if i + 1 >= n:
                return None
            d = regex[i + 1]
            if not d.isascii():
                return None
            if d == "s":
                out.append("\\s\\x0b" if in_class else "[\\s\\x0b]")
            elif d == "S":
                if in_class:
                    return None
                out.append("[^\\s\\x0b]")
            else:
                out.append(c + d)
            i += 2
            continue
        if not c.isascii():
            if in_class:
                return None  # one character to RE2, several bytes to re
            out.append("".join(f"(?-i:\\x{b:02x})" for b in c.encode("utf-8")))
            i += 1
            continue
        if in_class:
            if c == "[":
                return None  # POSIX classes / nested brackets read differently
            if c == "]" and i > class_start:
                in_class = False
        elif c == "[":
            in_class = True
            class_start = i + 1
            if i + 1 < n and regex[i + 1] == "^":
                class_start = i + 2
                out.append("[^")
                i += 2
                continue
        out.append(c)
        i += 1
    return None if in_class else "".join(out)


def compile_re2(regex: str, flags: int) -> Any:
    """The compiled RE2 twin of a built-in rule, or None (unsupported syntax, no google-re2)."""
    if flags & ~(re.MULTILINE | re.DOTALL | re.IGNORECASE):
        return None
    tr = _re2_translate(regex)
    if tr is None:
        return None
    prefix = "".join(ch for f, ch in ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s")) if flags & f)
    if prefix:
        tr = f"(?{prefix}){tr}"
    try:
        import re2  # type: ignore[import-not-found]

        opts = re2.Options()
        opts.encoding = re2.Options.Encoding.LATIN1  # bytes, one byte one character, as ``re`` on bytes
        opts.log_errors = False
        opts.max_mem = 64 << 20
        compiled = re2.compile(tr.encode("ascii"), options=opts)
        raw = compiled._regexp  # the C++ object: Match(anchor, text, pos, endpos) -> spans of every group
        if raw.NumberOfCapturingGroups() != re.compile(regex.encode(), flags).groups:
            return None
        return raw.Match, re2._re2.RE2.Anchor.UNANCHORED, "$" in tr and not flags & re.MULTILINE
    except Exception:  # ImportError, re2.error, a changed wrapper: stay on ``re``
        return None


def _re_spans_lead(pattern: Any, lead: Any, reach: int, data: bytes, lo: int, hi: int,
                   g: int) -> list[tuple[int, int, int, int]]:
    r"""_re_spans for a rule with a lead (lead_for): each search starts where the first match of the words, less
    ``reach``, allows, not at every offset before it.  The same matches: a match starting at ``s`` holds the
    words at most ``reach`` bytes after ``s``, at or after the first place they match; a search from a later
    offset reads the bytes before it as they are (``\b``, ``^``), and no match is empty."""
    out = []
    pos = lo
    lsearch, search = lead.search, pattern.search
    while pos < hi:
        k = lsearch(data, pos, hi)
        if k is None:
            break
        start = k.start() - reach
        m = search(data, start if start > pos else pos, hi)
        if m is None:
            break
        s, e = m.span(g)
        if s < 0:
            s, e = m.span(0)
        out.append((m.start(), m.end(), s, e))
        pos = m.end()
    return out


def _re2_spans_dollar(rx: Any, pattern: Any, data: bytes, lo: int, hi: int, g: int,
                      reach: int) -> Optional[list[tuple[int, int, int, int]]]:
    r"""``re``'s ``finditer(data, lo, hi)`` spans for a rule with ``$`` on a window that ends in a newline, where
    RE2 alone cannot decide: ``re`` also reads ``$`` just before that last newline, RE2 only at the window's end.
    A match attempt starting at ``t`` holds at most ``reach`` newlines (regexshape.newline_reach: every path of
    the regex, matched or not), so it never reaches the last newline when more than ``reach`` newlines lie
    between ``t`` and it: there both engines read the same.  RE2 gives the spans that start there, ``re`` the
    rest, from the first offset RE2 cannot answer for (at most ``reach`` + 1 lines: a JSON dump whose every line
    holds a prose rule's head merges into one window of the whole file, which ``re`` read end to end).  None
    when RE2 cannot decide anywhere (an empty match; the caller runs ``re`` on the whole window)."""
    safe = hi - 1  # the last start RE2 answers for: the (reach+1)-th newline before the window's last byte
    for _ in range(reach + 1):
        safe = data.rfind(b"\n", lo, safe)
        if safe == -1:
            return None
    spans = _re2_spans(rx, data, lo, hi, g)  # all of them: a span left out would hide the starts before it
    if spans is None:
        return None
    k = 0
    while k < len(spans) and spans[k][0] <= safe:
        k += 1
    pos = spans[k - 1][1] if k else lo  # no match of either engine starts in [pos, safe]
    return spans[:k] + _re_spans(pattern, data, pos if pos > safe else safe + 1, hi, g)


def _re_spans(pattern: Any, data: bytes, lo: int, hi: int, g: int) -> list[tuple[int, int, int, int]]:
    out = []
    for m in pattern.finditer(data, lo, hi):
        s, e = m.span(g)
        if s < 0:
            s, e = m.span(0)
        out.append((m.start(), m.end(), s, e))
    return out


def _re2_spans(rx: Any, data: bytes, lo: int, hi: int, g: int,
               stop: int = -1) -> Optional[list[tuple[int, int, int, int]]]:
    """``re``'s ``finditer(data, lo, hi)`` spans, found by RE2; None when ``re`` must decide (an empty match).
    With ``stop`` >= 0, the spans after the first that ends at or past ``stop`` are left out (the caller
    keeps only matches ending at reported offsets, and none lies past ``stop``).

    ``re`` reads ``data[:hi]`` as the whole string but looks behind ``lo`` (``\\b``, ``^``): RE2 gets
    ``data[lo-1:hi]`` and starts at 1, which gives both the same view."""
    ctx = lo - 1 if lo > 0 else 0
    text = data if (ctx == 0 and hi == len(data)) else data[ctx:hi]
    pos, end = lo - ctx, hi - ctx
    out = []
    match, unanchored, _dollar = rx
    while pos <= end:
        spans = match(unanchored, text, pos, end)
        s0, e0 = spans[0]
        if s0 < 0:
            break
        if e0 == s0:
            return None  # re and RE2 resume differently after an empty match
        s, e = spans[g] if g < len(spans) else (-1, -1)
        if s < 0:
            s, e = s0, e0
        out.append((s0 + ctx, e0 + ctx, s + ctx, e + ctx))
        if 0 <= stop <= e0 + ctx:
            break
        pos = e0
    return out


def small_block_db(expressions: "list[bytes]", flags: "list[int] | None" = None, *,
                   single_match: bool = False) -> Any:
    """A hyperscan block-mode database (with its scratch) for a handful of fixed patterns, or None when
    hyperscan is off (``CREDGATE_MATCHER=python``), missing on this platform, or refuses the patterns; the
    callers (IaC sniffing, the decode run finder) then fall back to their plain-Python search."""
    if os.environ.get("CREDGATE_MATCHER", "auto") == "python":
        return None
    try:
        import hyperscan  # optional, heavy: only for bulk scans

        if not sound(hyperscan, _cache_dir()):  # vectorscan 5.4.12 loses matches: the plain-Python search
            return None
        n = len(expressions)
        if flags is None:
            flags = [hyperscan.HS_FLAG_SINGLEMATCH if single_match else 0] * n
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        db.compile(expressions=list(expressions), ids=list(range(n)), elements=n, flags=flags)
        db.scratch = hyperscan.Scratch(db)
        return db
    except Exception:  # no wheel for this platform, or it refused
        return None

