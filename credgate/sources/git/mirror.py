"""Mirror clones (``git clone --mirror``) of repositories credgate audits, e.g. CodeCommit's.

A mirror has every ref (branches, tags, notes...), so :func:`credgate.sources.git.history.iter_history`
reads the whole history of it.  Plain git through :mod:`subprocess`, like every git read in credgate."""
from __future__ import annotations

import subprocess
from typing import Iterable, Optional

from credgate.sources.git.run import _BASE, _env

CLONE_TIMEOUT = 1800  # seconds: a large repository over a slow link, never a hang forever


def mirror_clone(url: str, dest: str, *, config: Iterable[tuple[str, str]] = (),
                 timeout: float = CLONE_TIMEOUT) -> Optional[str]:
    """Mirror-clone ``url`` into ``dest``; None on success, else a one-line error.

    Never prompts (``GIT_TERMINAL_PROMPT=0``) and uses no credential helper of the user's unless one is
    given in ``config`` (``(name, value)`` pairs passed as ``git -c name=value``)."""
    cmd = [*_BASE, "-c", "credential.helper="]
    for name, value in config:
        cmd += ["-c", f"{name}={value}"]
    cmd += ["clone", "--mirror", "--quiet", "--", url, dest]
    try:
        proc = subprocess.run(cmd, capture_output=True, env=_env(), timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{type(exc).__name__}: {exc}"
    if proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else "git clone failed"
    return None
