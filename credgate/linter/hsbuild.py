"""Compile and cache rule databases in a detached process (see ``credgate.linter.matcher._defer``).

``python -m credgate.linter.hsbuild SPEC``: SPEC is the JSON file the scan wrote into the cache folder (each
group's cache key and its rules' regexes and flags: rule data only, never scanned content).  Each group is
compiled and cached as the matcher itself would; SPEC is removed at the end, which tells a waiting scan the
build is over.  Nothing is printed: the process runs with no terminal, after the hook that started it exited.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from credgate.linter.matcher import compile_group, store_group


def main(argv: "list[str]") -> int:
    spec = Path(argv[0])
    try:
        import hyperscan

        groups = json.loads(spec.read_bytes())["groups"]
        try:
            os.nice(10)  # behind the developer's own work
        except OSError:
            pass
        for key, items in groups:
            db, meta = compile_group(hyperscan, [(str(r), int(f), bool(ci), bool(ml), *(str(x) for x in pre))
                                                for r, f, ci, ml, *pre in items])
            store_group(hyperscan, spec.parent, str(key), db, meta)
        return 0
    except Exception:  # no terminal to tell: the next scan finds no cache and defers again
        return 1
    finally:
        for done in (spec, spec.with_suffix(".pid")):
            try:
                done.unlink()
            except OSError:
                pass


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
