"""Incremental state: resource key -> content hash and the fingerprints found there.

The file holds no secrets: content hashes are salted SHA-256 (the salt is
random per state file), findings are kept as rule id, fingerprint (itself a
hash), severity and field name.  It is written atomically with 0600
permissions.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import secrets
from pathlib import Path
from typing import Any, Optional

from credgate.errors import ConfigError
from credgate.scan import write_private

VERSION = 1


def default_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "credgate" / "aws-audit-state.json"


class State:
    def __init__(self, path: Optional[Path], data: Optional[dict[str, Any]] = None) -> None:
        self.path = path
        data = data or {}
        self.salt: str = data.get("salt") or secrets.token_hex(16)
        self.previous: dict[str, dict[str, Any]] = dict(data.get("resources") or {})
        self.had_previous = bool(data.get("resources")) or bool(data.get("updated"))
        self.previous_run: Optional[str] = data.get("updated")
        self.current: dict[str, dict[str, Any]] = {}
        self.known_fingerprints = {f["fingerprint"] for r in self.previous.values() for f in r.get("findings", [])}

    # ---------------------------------------------------------------- io
    @classmethod
    def load(cls, path: Optional[Path]) -> "State":
        if path is None or not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{path}: state file unreadable ({exc}); delete it or run with --full --state NEWFILE")
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return cls(path)
        res = data.get("resources") or {}
        if not (isinstance(res, dict) and all(isinstance(v, dict) and isinstance(v.get("findings") or [], list)
                                              and all(isinstance(f, dict) and isinstance(f.get("fingerprint"), str)
                                                      for f in v.get("findings") or [])
                                              for v in res.values())
                and isinstance(data.get("salt") or "", str) and isinstance(data.get("updated") or "", str)):
            raise ConfigError(f"{path}: state file damaged (not the shape credgate writes); "
                              "delete it or run with --full --state NEWFILE")
        return cls(path, data)

    def save(self) -> None:
        if self.path is None:
            return
        doc = {
            "version": VERSION,
            "tool": "credgate aws",
            "updated": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "salt": self.salt,
            "resources": dict(sorted(self.current.items())),
        }
        write_private(self.path, json.dumps(doc, indent=1, sort_keys=False) + "\n")

    # ------------------------------------------------------------- logic
    @staticmethod
    def key(account: str, region: str, service: str, path: str) -> str:
        return f"{account}|{region}|{service}|{path}"

    def content_hash(self, data: bytes) -> str:
        return hashlib.sha256(self.salt.encode() + b"\0" + data).hexdigest()

    def unchanged(self, key: str, digest: str) -> bool:
        prev = self.previous.get(key)
        return prev is not None and prev.get("hash") == digest

    def record(self, key: str, digest: str, findings: list[dict[str, Any]]) -> None:
        self.current[key] = {"hash": digest, "findings": findings}

    def carry(self, key: str) -> list[dict[str, Any]]:
        """Keep an unchanged resource's entry; return its known findings."""
        prev = self.previous[key]
        self.current[key] = prev
        return list(prev.get("findings") or [])

    def carry_unit(self, prefix: str) -> int:
        """Keep every entry of a unit that could not be read this run (so it is not 'resolved')."""
        n = 0
        for k, v in self.previous.items():
            if k.startswith(prefix) and k not in self.current:
                self.current[k] = v
                n += 1
        return n

    def resolved(self) -> list[str]:
        """Keys that had findings last run and are gone or clean now."""
        out = []
        for k, v in self.previous.items():
            if v.get("findings") and not (self.current.get(k) or {}).get("findings"):
                out.append(k)
        return out
