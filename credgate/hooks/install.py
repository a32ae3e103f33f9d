"""Installing and removing credgate's native git hooks (core.hooksPath honoured, existing hooks chained and restored)."""
from __future__ import annotations

import os
import shlex
import stat
import sys
from pathlib import Path
from typing import Optional

from credgate.errors import CredgateError, UsageError
from credgate.sources.git.run import GitError, git

MARKER = "# credgate-managed hook"


CHAINED_SUFFIX = ".credgate-chained"


_TEMPLATE = """#!/bin/sh
{marker} ({hook}); written by `credgate install`, removed by `credgate install --uninstall`.
# Bypass deliberately (not recommended): git {verb} --no-verify
PY={python}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$PY" ]; then
  echo "credgate: $PY not found; the {hook} hook fails closed." >&2
  echo "  Reinstall with: credgate install --hook-type {hook}   (or bypass: git {verb} --no-verify)" >&2
  exit 1
fi
{body}"""


_PRE_COMMIT_BODY = """if [ -x "$HERE/{hook}{suffix}" ]; then
  "$HERE/{hook}{suffix}" "$@" || exit $?
fi
exec "$PY" -m credgate hook {hook} "$@"
"""


# pre-push gets its ref list on stdin: keep a copy so a chained hook and credgate both see it.
_PRE_PUSH_BODY = """INPUT=$(cat)
if [ -x "$HERE/{hook}{suffix}" ]; then
  printf '%s\\n' "$INPUT" | "$HERE/{hook}{suffix}" "$@" || exit $?
fi
printf '%s\\n' "$INPUT" | exec "$PY" -m credgate hook {hook} "$@"
"""


# A server's pre-receive hook (a bare repository): the ref lines on stdin are kept for a chained hook too.
# --no-verify does not skip it; the policy is the server's (--config baked in, or CREDGATE_CONFIG).
_SERVER_TEMPLATE = """#!/bin/sh
{marker} ({hook}); written by `credgate install --hook-type pre-receive`, removed by
# `credgate install --hook-type pre-receive --uninstall`.  Refuses a push whose new commits hold a secret.
PY={python}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$PY" ]; then
  echo "credgate: $PY not found on the server; the {hook} hook fails closed and refuses this push." >&2
  exit 1
fi
INPUT=$(cat)
if [ -x "$HERE/{hook}{suffix}" ]; then
  printf '%s\\n' "$INPUT" | "$HERE/{hook}{suffix}" "$@" || exit $?
fi
printf '%s\\n' "$INPUT" | exec "$PY" -m credgate hook {hook}{options} "$@"
"""


def hooks_dir(repo: Path) -> Path:
    try:
        out = git(repo, "rev-parse", "--git-path", "hooks").decode().strip()
    except GitError as exc:
        raise UsageError(f"{repo}: not a git repository ({exc})") from None
    p = Path(out)
    return p if p.is_absolute() else (repo / p)


def script(hook: str, config: Optional[str] = None) -> str:
    """The hook script; ``config`` (pre-receive only) is the server's policy file, passed as ``--config``."""
    if hook == "pre-receive":
        options = f" --config {shlex.quote(config)}" if config else ""
        return _SERVER_TEMPLATE.format(marker=MARKER, hook=hook, python=shlex.quote(sys.executable),
                                       suffix=CHAINED_SUFFIX, options=options)
    body = _PRE_PUSH_BODY if hook == "pre-push" else _PRE_COMMIT_BODY
    return _TEMPLATE.format(
        marker=MARKER, hook=hook, python=shlex.quote(sys.executable),
        verb="push" if hook == "pre-push" else "commit",
        body=body.format(hook=hook, suffix=CHAINED_SUFFIX),
    )


def is_ours(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return MARKER.encode() in fh.read(4096)
    except OSError:
        return False


def install(hdir: Path, hook: str, config: Optional[str] = None) -> str:
    hdir.mkdir(parents=True, exist_ok=True)
    target = hdir / hook
    chained = hdir / (hook + CHAINED_SUFFIX)
    note = ""
    if (target.exists() or target.is_symlink()) and not is_ours(target):
        if chained.exists() or chained.is_symlink():
            raise CredgateError(
                f"{target} exists and {chained} is already taken; move one of them away and run credgate install again"
            )
        os.replace(target, chained)
        note = f" (existing hook kept as {chained.name} and run first)"
    tmp = hdir / f".{hook}.credgate-tmp-{os.getpid()}"
    tmp.write_text(script(hook, config))
    tmp.chmod(tmp.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH | stat.S_IRUSR)
    os.replace(tmp, target)
    return f"installed {target}{note}"


def uninstall(hdir: Path, hook: str) -> str:
    target = hdir / hook
    chained = hdir / (hook + CHAINED_SUFFIX)
    if target.exists() and not is_ours(target):
        return f"{target} is not a credgate hook; left alone"
    if not target.exists() and not chained.exists():
        return f"no credgate {hook} hook in {hdir}"
    if target.exists():
        target.unlink()
    if chained.exists() or chained.is_symlink():
        os.replace(chained, target)
        return f"removed credgate {hook} hook; restored the previous hook {target}"
    return f"removed {target}"


# ------------------------------------------------------------ the pre-commit framework
# What `pre-commit install` writes at the top of the hooks it manages (https://pre-commit.com).
_FRAMEWORK_MARKS = (b"File generated by pre-commit", b"ID: 138fd403232d2ddd5efb44317e38bf03")


def framework_config(path: Path) -> "str | None":
    """The config file a pre-commit framework hook at ``path`` runs (``--config=``), or None when it is not one."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return None
    if not any(m in head for m in _FRAMEWORK_MARKS):
        return None
    import re

    m = re.search(rb"--config[= ]([^\s)\"']+)", head)
    return m.group(1).decode("utf-8", "replace") if m else ".pre-commit-config.yaml"


def credgate_stages(config: Path) -> "set[str]":
    """The hook types (pre-commit, pre-push) in which a pre-commit framework config runs credgate."""
    try:
        text = config.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    if "credgate" not in text:
        return set()
    import yaml

    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError:  # unreadable for us, and for the framework: say it runs credgate in both
        return {"pre-commit", "pre-push"}
    out: set[str] = set()
    repos = doc.get("repos") if isinstance(doc, dict) else None
    for repo in repos if isinstance(repos, list) else []:
        for hook in (repo.get("hooks") or []) if isinstance(repo, dict) else []:
            if not isinstance(hook, dict):
                continue
            hid, entry = str(hook.get("id", "")), str(hook.get("entry", ""))
            kinds = set()
            if hid == "credgate" or "credgate hook pre-commit" in entry:
                kinds.add("pre-commit")
            if hid == "credgate-push" or "credgate hook pre-push" in entry:
                kinds.add("pre-push")
            stages = hook.get("stages")
            if isinstance(stages, list) and stages:
                named = {{"commit": "pre-commit", "push": "pre-push"}.get(str(s), str(s)) for s in stages}
                kinds &= named
            out |= kinds
    return out


def framework_plan(top: Path, hdir: Path, hooks: "list[str]") -> "dict[str, tuple[str, str]]":
    """For each hook type the pre-commit framework concerns: ``(verdict, message)``.

    ``covered``: the framework already runs credgate there, a native hook would scan twice (not installed).
    ``refused``: the framework manages the repository's hooks but does not run credgate there (not
    installed: its config is the place).  ``warn``: installed, with a note that the config runs credgate too.
    Hook types absent from the result are installed as usual.
    """
    managed: dict[str, str] = {}
    behind_ours: set[str] = set()
    for h in ("pre-commit", "pre-push"):
        cfg = framework_config(hdir / h)
        if cfg is None and is_ours(hdir / h):
            cfg = framework_config(hdir / (h + CHAINED_SUFFIX))
            if cfg is not None:
                behind_ours.add(h)
        if cfg is not None:
            managed[h] = cfg
    names = sorted(set(managed.values())) or [".pre-commit-config.yaml"]
    covered: set[str] = set()
    for name in names:
        covered |= credgate_stages(top / name)
    cfg_name = names[0]
    plan: dict[str, tuple[str, str]] = {}
    for h in hooks:
        if h in managed and h in covered:
            extra = (f"; the native hook installed earlier runs it a second time: remove it with "
                     f"credgate install --uninstall --hook-type {h}") if h in behind_ours else ""
            plan[h] = ("covered", f"{hdir / h} is the pre-commit framework's hook and {managed[h]} runs credgate in "
                                  f"it: no native {h} hook installed (it would scan every "
                                  f"{'push' if h == 'pre-push' else 'commit'} twice){extra}")
        elif h in managed:
            plan[h] = ("refused", f"{hdir / h} is the pre-commit framework's hook and {managed[h]} does not run "
                                  f"credgate in it: add credgate there (`credgate init --print` shows the lines, "
                                  f"then pre-commit install --hook-type {h}), or chain a native hook after the "
                                  f"framework's with: credgate install --force --hook-type {h}")
        elif h in covered and managed:
            plan[h] = ("refused", f"{cfg_name} runs credgate in {h}, but the framework's {h} hook is not installed: "
                                  f"run pre-commit install --hook-type {h} (a native hook as well would scan twice; "
                                  f"credgate install --force installs it anyway)")
        elif h in covered:
            plan[h] = ("warn", f"{cfg_name} also runs credgate in {h}: if you use the pre-commit framework, run "
                               f"credgate install --uninstall and pre-commit install --hook-type {h} instead, or "
                               f"every {'push' if h == 'pre-push' else 'commit'} is scanned twice")
    return plan
