"""Baselines: known findings a scan should not report again.

One JSON file per repository.  An entry is keyed by rule ID, path and a salted
SHA-256 of the secret; the salt is random per baseline and stored in the file.
Never the secret, never a line number or a commit, so an entry survives
rebases, squashes and code moving within a file.  Entries are sorted and the
file carries no timestamps, so two branches that touch it rarely conflict.

A finding is in the baseline when every place it was seen (rule or any rule
that also matched it, path, secret) has an entry: a known secret copied into
a new file is reported again.
"""
from __future__ import annotations

import json
import secrets as _secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

from credgate.errors import ConfigError
from credgate.linter.rulecache import write_atomic
from credgate.models import Finding
from credgate.redact import secret_hash

VERSION = 1
DEFAULT_PATH = ".credgate-baseline.json"

Entry = tuple[str, str, str]  # (rule_id, path, secret_hash)


@dataclass
class Baseline:
    salt: str = field(default_factory=lambda: _secrets.token_hex(16))
    entries: set[Entry] = field(default_factory=set)
    path: Optional[Path] = None

    # ------------------------------------------------------------------ io
    @classmethod
    def load(cls, path: Path) -> "Baseline":
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise ConfigError(
                f"baseline {path} not found: create it with: credgate baseline create --baseline {path}"
            ) from None
        except OSError as exc:
            raise ConfigError(f"cannot read baseline {path}: {exc.strerror}") from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ConfigError(f"baseline {path} is not valid JSON ({exc}); recreate it with credgate baseline create") from None
        if not isinstance(data, dict) or not isinstance(data.get("salt"), str) or not isinstance(data.get("entries"), list):
            raise ConfigError(f"baseline {path}: not a credgate baseline (needs 'salt' and 'entries')")
        if int(data.get("version", 0)) > VERSION:
            raise ConfigError(f"baseline {path}: version {data.get('version')} is newer than this credgate understands")
        entries: set[Entry] = set()
        for i, e in enumerate(data["entries"]):
            if not isinstance(e, dict) or not all(isinstance(e.get(k), str) for k in ("rule_id", "path", "hash")):
                raise ConfigError(f"baseline {path}: entries[{i}] needs rule_id, path and hash strings")
            entries.add((e["rule_id"], e["path"], e["hash"]))
        return cls(salt=data["salt"], entries=entries, path=path)

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "version": VERSION,
            "tool": "credgate",
            "about": "credgate baseline: rule, path and salted SHA-256 of each known secret (never the secret)",
            "salt": self.salt,
            "entries": [
                {"rule_id": r, "path": p, "hash": h} for (r, p, h) in sorted(self.entries, key=lambda e: (e[1], e[0], e[2]))
            ],
        }
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"

    def save(self, path: Optional[Path] = None) -> Path:
        target = path or self.path
        if target is None:
            raise ValueError("no path to save the baseline to")
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, self.to_json().encode("utf-8"))
        self.path = target
        return target

    # ------------------------------------------------------------- matching
    def hash(self, secret: str) -> str:
        return secret_hash(secret, self.salt)

    def keys_for(self, f: Finding) -> set[Entry]:
        """Every (rule, path, hash) this finding stands for."""
        h = self.hash(f.secret)
        rules = [f.rule_id, *_also(f)]
        paths = {loc.path for loc in f.locations}
        return {(r, p, h) for r in rules for p in paths}

    def contains(self, f: Finding) -> bool:
        h = self.hash(f.secret)
        rules = [f.rule_id, *_also(f)]
        return all(any((r, loc.path, h) in self.entries for r in rules) for loc in f.locations)

    def add(self, findings: Iterable[Finding]) -> int:
        before = len(self.entries)
        for f in findings:
            h = self.hash(f.secret)
            for loc in f.locations:
                self.entries.add((f.rule_id, loc.path, h))
        return len(self.entries) - before

    def matched(self, findings: Iterable[Finding]) -> set[Entry]:
        out: set[Entry] = set()
        for f in findings:
            out |= self.keys_for(f) & self.entries
        return out

    def stale(self, findings: Iterable[Finding]) -> list[Entry]:
        """Entries that no finding matches any more (fixed, or the file was removed)."""
        return sorted(self.entries - self.matched(findings), key=lambda e: (e[1], e[0], e[2]))


def _also(f: Finding) -> list[str]:
    v = f.extra.get("also_matched")
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v] if isinstance(v, (list, tuple)) else []
