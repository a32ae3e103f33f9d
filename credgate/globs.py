"""Path glob matching with ``**`` (gitignore-like, POSIX paths)."""
from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=1024)
def glob_to_regex(pattern: str) -> "re.Pattern[str]":
    """Translate a glob to a regex.

    ``**`` matches across directories, ``*`` and ``?`` stay within one path
    segment.  A pattern without ``/`` matches the base name anywhere (like
    gitignore); a trailing ``/`` matches everything below that directory.
    """
    pat = pattern.strip()
    anchored = "/" in pat.rstrip("/")
    if pat.endswith("/"):
        pat += "**"
    if pat.startswith("/"):
        pat = pat[1:]
    out = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "*":
            if pat[i : i + 2] == "**":
                i += 2
                if pat[i : i + 1] == "/":
                    i += 1
                    out.append("(?:.*/)?")
                else:
                    out.append(".*")
                continue
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pat.find("]", i + 1)
            if j == -1:
                out.append(re.escape(c))
            else:
                body = pat[i + 1 : j].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    body = "".join(out)
    if anchored:
        return re.compile(rf"^{body}(?:/.*)?$")
    return re.compile(rf"^(?:.*/)?{body}(?:/.*)?$")


def match_path(pattern: str, path: str) -> bool:
    return bool(glob_to_regex(pattern).match(path[2:] if path.startswith("./") else path))


def match_any(patterns: "tuple[str, ...] | list[str]", path: str) -> bool:
    return any(match_path(p, path) for p in patterns)
