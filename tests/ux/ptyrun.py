"""Run the real CLI with a pseudo-terminal as stdout and stderr, as a person at a terminal sees it."""
from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Optional, Sequence


def run_in_pty(args: Sequence[str], cwd: Optional[Path] = None, env: Optional[dict] = None,
               unset: Sequence[str] = ("CI", "NO_COLOR", "CREDGATE_PROGRESS"), python_args: Sequence[str] = (),
               timeout: float = 300) -> tuple[int, str]:
    e = {k: v for k, v in os.environ.items() if k not in unset}
    e["TERM"] = "xterm-256color"
    e["COLUMNS"] = "160"
    e.update(env or {})
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, *python_args, "-m", "credgate", *args], cwd=cwd, env=e,
                            stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    rc = proc.wait(timeout=timeout)
    os.close(master)
    return rc, b"".join(chunks).decode("utf-8", "replace")
