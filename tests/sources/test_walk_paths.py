"""The walk builds each file's shown path from its folder's (no pathlib per entry); ``display_path`` on the
entry's own path is the oracle, for roots given every way (relative, absolute, ``./x/``, ``x//y``, ``.``,
below the base, the base itself, outside it) and for what the walk reports at folders (links, exclusions)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from credgate.sources.filesystem import FileWalker, display_path


def _tree(root: Path) -> None:
    for rel in ("a.txt", "sub/b.py", "sub/deeper/c.json", "sub/deeper/d d.txt", "other/e.env", "x\\y.txt",
                "other/.hidden", "sub/deeper/skip/f.txt"):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x = 1\n")
    (root / "sub" / "link").symlink_to("deeper")


def _expected(walker: FileWalker, raw: str) -> list[tuple[str, str]]:
    """(reason or 'file', shown) for every entry, computed from each entry's own path with display_path."""
    out = []
    for dirpath, dirnames, filenames in os.walk(raw):
        dirnames.sort()
        names = sorted(dirnames + filenames)
        for n in names:
            p = Path(os.path.join(dirpath, n))
            if p.is_symlink():
                out.append(("symlink", display_path(p, walker.base)))
            elif n in dirnames:
                continue
            else:
                out.append(("file", display_path(p, walker.base)))
    return out


@pytest.mark.parametrize("how", ["relative", "dot-slash", "absolute", "double-slash", "dot", "base-is-root",
                                 "outside-base", "outside-relative"])
def test_shown_paths_are_display_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    work = tmp_path / "work"
    _tree(work / "proj")
    monkeypatch.chdir(work)
    base = {"base-is-root": work / "proj", "outside-base": tmp_path / "elsewhere",
            "outside-relative": tmp_path / "elsewhere"}.get(how, work)
    raw = {"relative": "proj", "dot-slash": "./proj/", "absolute": str(work / "proj"),
           "double-slash": "proj//sub", "dot": ".", "base-is-root": "proj", "outside-base": str(work / "proj"),
           "outside-relative": "./proj"}[how]
    walker = FileWalker(base, 1 << 20)
    got = []
    for it in walker.walk([raw]):
        got.append(("file" if getattr(it, "reason", None) is None else it.reason, it.path))
    want = _expected(walker, raw)
    assert sorted(got) == sorted(want)
    assert len(got) >= (5 if how == "double-slash" else 8)
    items = []  # the same shown paths, in the same order, when files are left to groups
    for it in walker.walk([raw], deferred=True):
        items.extend(it.expand() if hasattr(it, "expand") else [it])
    assert [(getattr(x, "reason", None) or "file", x.path) for x in items] == got


def test_exclusions_see_the_shown_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path / "proj")
    monkeypatch.chdir(tmp_path)
    asked: list[str] = []
    walker = FileWalker(tmp_path, 1 << 20)

    def excluded(shown: str) -> bool:
        asked.append(shown)
        return shown in ("proj/sub/deeper/skip/", "proj/other/e.env")

    walker.excluded = excluded
    paths = [it.path for it in walker.walk(["proj"])]
    assert "proj/sub/deeper/skip/f.txt" not in paths and "proj/other/e.env" not in paths
    assert "proj/sub/deeper/c.json" in paths
    assert {"proj/sub/", "proj/sub/deeper/", "proj/sub/deeper/skip/", "proj/a.txt", "proj/x\\y.txt"} <= set(asked)
