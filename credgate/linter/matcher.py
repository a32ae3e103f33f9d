"""One pass over the content for every rule, then a confirming regex per hit.

Engine: a hyperscan block-mode database of all rules (prefilter mode, so
every rule compiles and hyperscan only ever over-approximates), cached on
disk with ``dumpb`` so a hook loads it in well under a millisecond instead of
compiling for half a second.  Hyperscan reports end offsets per rule; we
confirm with Python ``re`` on the line window around each hit only.

Fallback (no hyperscan wheel for the platform, or ``CREDGATE_MATCHER=python``):
one case-insensitive regex over all rule keywords finds which rules can match,
then only those rules run, on the windows around their keyword hits.
Both paths give the same results; a test checks that.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from credgate.linter.ruleset import CompiledRule, RuleSet
from credgate.safety import RuleBudgetExceeded, guard

# a window reaches this far before a hit when a rule can span lines
_BACK = 1024
# Hyperscan compile time explodes with large bounded repeats ({64,16384}: seconds to
# minutes per rule).  Such repeats are widened to unbounded ones for the prefilter
# database only; the prefilter stays a superset, and those rules are confirmed on
# the whole buffer whenever they hit.
_BIG_REPEAT = re.compile(r"(?<!\\)\{(\d+),(\d*)\}")
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


@dataclass(frozen=True)
class RawMatch:
    rule_index: int
    start: int
    end: int
    secret_start: int
    secret_end: int


def _cache_dir() -> Optional[Path]:
    base = os.environ.get("CREDGATE_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    d = root / "credgate" if not os.environ.get("CREDGATE_CACHE_DIR") else root
    try:
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
        return d
    except OSError:
        return None


class Matcher:
    """Find every rule's confirmed matches in a buffer."""

    def __init__(self, ruleset: RuleSet, engine: Optional[str] = None) -> None:
        self.ruleset = ruleset
        self.rules = ruleset.compiled
        choice = engine or os.environ.get("CREDGATE_MATCHER", "auto")
        self._hs: Any = None
        self._always: list[int] = []  # rules hyperscan could not take: confirm on every buffer
        self._whole: set[int] = set()  # rules whose hyperscan form was widened: confirm on the whole buffer
        self.timeouts: list[RuleBudgetExceeded] = []  # user rules that ran out of time in the last find()
        self.engine = "python"
        if choice in ("auto", "hyperscan"):
            try:
                self._load_hyperscan()
                self.engine = "hyperscan"
            except ImportError:
                if choice == "hyperscan":
                    raise
        if self.engine == "python":
            self._build_keyword_index()

    # ---------------------------------------------------------------- hyperscan
    def _hs_flags(self, cr: CompiledRule) -> int:
        import hyperscan

        f = hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_ALLOWEMPTY
        if cr.rule.case_insensitive:
            f |= hyperscan.HS_FLAG_CASELESS
        if cr.rule.multiline:
            f |= hyperscan.HS_FLAG_DOTALL | hyperscan.HS_FLAG_MULTILINE
        return f

    def _load_hyperscan(self) -> None:
        import hyperscan

        ok: list[CompiledRule] = list(self.rules)
        self._whole = {cr.index for cr in ok if widen_for_hyperscan(cr.rule.regex)[1]}
        key = hashlib.sha256(
            (f"w{_MAX_BOUND}-" + self.ruleset.digest() + getattr(hyperscan, "__version__", "")).encode()
        ).hexdigest()[:24]
        cache = _cache_dir()
        path = cache / f"hs-{key}.db" if cache else None
        meta = path.with_suffix(".always") if path else None
        if path and path.is_file() and meta and meta.is_file():
            try:
                db = hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
                db.scratch = hyperscan.Scratch(db)
                self._always = [int(x) for x in meta.read_text().split()]
                self._hs = db
                return
            except Exception:  # corrupt cache: rebuild
                pass
        exprs, ids, flags = [], [], []
        always: list[int] = []
        for cr in ok:
            expr, _ = widen_for_hyperscan(cr.rule.regex)
            exprs.append(expr.encode("utf-8"))
            ids.append(cr.index)
            flags.append(self._hs_flags(cr))
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        try:
            db.compile(expressions=exprs, ids=ids, elements=len(exprs), flags=flags)
        except hyperscan.error:
            # find the rules hyperscan refuses and confirm them on every buffer instead
            keep_e, keep_i, keep_f = [], [], []
            for e, i, f in zip(exprs, ids, flags):
                probe = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
                try:
                    probe.compile(expressions=[e], ids=[i], elements=1, flags=[f])
                    keep_e.append(e)
                    keep_i.append(i)
                    keep_f.append(f)
                except hyperscan.error:
                    always.append(i)
            db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            if keep_e:
                db.compile(expressions=keep_e, ids=keep_i, elements=len(keep_e), flags=keep_f)
            else:
                db = None
        self._hs = db
        self._always = always
        if path and db is not None and meta:
            try:
                fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=".hs-")
                with os.fdopen(fd, "wb") as fh:
                    fh.write(hyperscan.dumpb(db))
                os.replace(tmp, path)
                meta.write_text(" ".join(map(str, always)))
            except OSError:
                pass
        if db is not None:
            db.scratch = hyperscan.Scratch(db)

    def _candidates_hs(self, data: bytes) -> dict[int, list[int]]:
        hits: dict[int, list[int]] = {i: [-1] for i in self._always}
        if self._hs is None:
            return hits

        def on_match(rule_id: int, _from: int, to: int, _flags: int, _ctx: Any) -> Optional[bool]:
            lst = hits.get(rule_id)
            if lst is None:
                hits[rule_id] = [to]
            elif len(lst) < 4096:
                lst.append(to)
            return None

        self._hs.scan(data, match_event_handler=on_match)
        return hits

    # ------------------------------------------------------------------ python
    def _build_keyword_index(self) -> None:
        kw_to_rules: dict[str, list[int]] = {}
        no_kw: list[int] = []
        for cr in self.rules:
            if not cr.rule.keywords:
                no_kw.append(cr.index)
            for k in cr.rule.keywords:
                kw_to_rules.setdefault(k, []).append(cr.index)
        # a longer keyword hides the shorter ones inside it ("_password" holds "pass"):
        # a hit on a keyword counts for every keyword it contains
        closure: dict[str, list[int]] = {}
        for k in kw_to_rules:
            rules: set[int] = set()
            for k2, idxs in kw_to_rules.items():
                if k2 in k:
                    rules.update(idxs)
            closure[k] = sorted(rules)
        self._kw_rules = closure
        self._no_kw = no_kw
        alts = sorted(kw_to_rules, key=len, reverse=True)
        self._kw_re = (
            re.compile(b"|".join(re.escape(k.encode()) for k in alts), re.IGNORECASE) if alts else None
        )

    def _candidates_py(self, data: bytes) -> dict[int, list[int]]:
        hits: dict[int, list[int]] = {i: [-1] for i in self._no_kw}
        if self._kw_re is None:
            return hits
        for m in self._kw_re.finditer(data):
            for idx in self._kw_rules.get(m.group(0).lower().decode("latin-1"), ()):
                lst = hits.setdefault(idx, [])
                if lst and lst[0] == -1:
                    continue
                if len(lst) < 4096:
                    lst.append(m.end())
        return hits

    # ------------------------------------------------------------------ common
    def find(self, data: bytes) -> list[RawMatch]:
        cand = self._candidates_hs(data) if self.engine == "hyperscan" else self._candidates_py(data)
        out: list[RawMatch] = []
        self.timeouts = []
        for idx, ends in cand.items():
            try:
                with guard(self.rules[idx].pattern):  # one time budget per user rule and buffer
                    out.extend(self._confirm(data, idx, ends))
            except RuleBudgetExceeded as exc:  # a user's regex ran out of time on this buffer (credgate.safety)
                self.timeouts.append(exc)
        out.sort(key=lambda r: (r.start, r.rule_index))
        return out

    def _confirm(self, data: bytes, idx: int, ends: list[int]) -> list[RawMatch]:
        cr = self.rules[idx]
        out: list[RawMatch] = []
        seen: set[tuple[int, int]] = set()
        whole = cr.rule.multiline or cr.index in self._whole
        for lo, hi in self._windows(data, ends, whole, self.engine == "python"):
            for m in cr.pattern.finditer(data, lo, hi):
                key = (m.start(), m.end())
                if key in seen or m.end() == m.start():
                    continue
                seen.add(key)
                g = cr.rule.secret_group
                s, e = m.span(g)
                if s < 0:
                    s, e = m.span(0)
                out.append(RawMatch(idx, m.start(), m.end(), s, e))
        return out

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
