"""Remote repositories: recognise a URL, clone it (every ref) into a private temporary folder, redact it.

``credgate git URL`` and ``credgate git --repos-file FILE`` read a remote repository the way they read a
local bare repository: :func:`open_target` clones it with ``git clone --mirror`` (every branch, tag and
other ref) into a 0700 folder made by :func:`credgate.sources.tempdirs.private_tempdir`, which is removed
whatever way the audit ends (success, error, Ctrl-C, SIGTERM).

URLs: ``https://``, ``http://``, ``ssh://``, ``git://``, ``file://``, scp-like ``user@host:path`` and
CodeCommit's ``codecommit::REGION://NAME`` / ``codecommit://[PROFILE@]NAME`` (these need the
``git-remote-codecommit`` helper on PATH).

Credentials in a URL (``https://user:<token>@host/x.git``) never show: :func:`redact_url` is the only form
used in findings, reports and messages, and every line git prints is passed through a :class:`Scrubber`.
For http(s) the credentials are not even given to git on its command line (where ``ps`` would show them)
nor written into the clone's config: git gets the URL without them and asks a one-shot credential helper
that reads them from its environment.

Progress: the git CLI with ``--progress``, its lines redrawn on one terminal line (never GitPython:
importing it costs ~70 ms, it puts the URL, credentials included, into its exception texts, and its
RemoteProgress parses the very lines git prints here anyway).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional, TextIO
from urllib.parse import unquote

from credgate.sources.tempdirs import private_tempdir
from credgate.sources.git.history import RepoInfo, open_repo
from credgate.sources.git.run import _BASE, GitError, _env, git

_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<rest>.*)$", re.S)
_SCHEMES = {"https", "http", "ssh", "git", "file", "git+ssh", "ssh+git", "ftp", "ftps", "codecommit"}
_SCP = re.compile(r"^(?P<user>[^@/:\s]+@)?(?P<host>[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\]):(?P<path>[^/].*|/.+)$", re.S)
_CODECOMMIT = re.compile(r"^codecommit::[A-Za-z0-9-]+://\S+$|^codecommit://\S+$")
_HTTP = ("http", "https", "ftp", "ftps")
MASK = "***"


class CloneError(Exception):
    """A repository could not be cloned or opened; the message is one line, credentials redacted."""


def is_remote(spec: str) -> bool:
    """Whether ``spec`` names a remote repository rather than a local path.  A path that exists is local."""
    if spec.startswith("codecommit:"):
        return True
    m = _SCHEME.match(spec)
    if m:
        return m.group("scheme").lower() in _SCHEMES
    if os.path.exists(spec):
        return False
    return bool(_SCP.match(spec)) and "@" in spec.split(":", 1)[0]


def _split(url: str) -> tuple[str, str, str, str]:
    """(scheme, userinfo, host-and-rest, query) of a ``scheme://`` URL; empty strings when absent."""
    m = _SCHEME.match(url)
    if not m:
        return "", "", url, ""
    rest = m.group("rest")
    authority, slash, path = rest.partition("/")
    userinfo = ""
    if "@" in authority:
        userinfo, _, authority = authority.rpartition("@")
    path, q, query = (slash + path).partition("?")
    return m.group("scheme"), userinfo, authority + path, query if q else ""


def redact_url(url: str) -> str:
    """``url`` fit to show: the user and password of an http(s)/git/ftp URL become ``***`` (a token is often
    given as the user name), an ssh password too (the ssh user name stays), query values become ``***``."""
    if url.startswith("codecommit:") or not _SCHEME.match(url):
        return url
    scheme, userinfo, rest, query = _split(url)
    if userinfo:
        if scheme.lower() in ("ssh", "git+ssh", "ssh+git"):
            user, colon, _ = userinfo.partition(":")
            userinfo = f"{user}:{MASK}" if colon else user
        else:
            userinfo = MASK
    out = f"{scheme}://{userinfo + '@' if userinfo else ''}{rest}"
    if query:
        out += "?" + "&".join(f"{k}={MASK}" if eq else k for k, eq, _ in (p.partition("=") for p in query.split("&")))
    return out


class Scrubber:
    """Replaces a URL's credentials (raw and percent-decoded) in any text git or the OS gives back."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.shown = redact_url(url)
        scheme, userinfo, _, query = _split(url)
        parts: set[str] = set()
        keep_user = scheme.lower() in ("ssh", "git+ssh", "ssh+git")
        if userinfo and not (keep_user and ":" not in userinfo):  # an ssh user name alone is shown, not masked
            parts.add(userinfo + "@")
            parts.add(userinfo)
        if userinfo:
            user, _, pw = userinfo.partition(":")
            for v in ([pw] if keep_user else [user, pw]):
                if len(v) >= 4:  # shorter names are words too ("git"); the whole userinfo is replaced above
                    parts.update({v, unquote(v)})
        for p in query.split("&") if query else ():
            v = p.partition("=")[2]
            if len(v) >= 4:
                parts.update({v, unquote(v)})
        self.parts = sorted((p for p in parts if p), key=len, reverse=True)

    def text(self, s: str) -> str:
        if self.url and self.url != self.shown:
            s = s.replace(self.url, self.shown)
        for p in self.parts:
            s = s.replace(p, MASK)
        return s


def read_repos_file(path: Path) -> list[tuple[int, str, str]]:
    """(line number, entry as written, URL or path to open) of each entry of a ``--repos-file``: one a line,
    ``#`` comments and blank lines ignored.  A relative local path is relative to the file's folder.
    OSError/UnicodeError propagate."""
    out = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        ln = raw.strip()
        if not ln or ln.startswith("#"):
            continue
        spec = ln
        if not is_remote(ln):
            spec = os.path.expanduser(ln)
            if not os.path.isabs(spec):
                spec = os.path.normpath(os.path.join(str(path.parent), spec))
        out.append((n, ln, spec))
    return out


@contextmanager
def open_target(spec: str, *, progress: bool = False) -> Iterator[RepoInfo]:
    """The repository ``spec`` names, ready to read: a local work tree, bare repository, mirror or bundle
    (:func:`credgate.sources.git.history.open_repo`), or a remote one cloned into a private temporary
    folder, removed when the block ends.  ``info.display`` is what findings name (credentials redacted).
    Raises :class:`CloneError` (one line, redacted) when it cannot be read."""
    if not is_remote(spec):
        path = Path(spec)
        if not path.exists():
            raise CloneError("no such repository or bundle")
        try:
            with open_repo(path) as info:
                yield info
        except GitError as exc:
            raise CloneError(str(exc)) from None
        return

    scrub = Scrubber(spec)
    if spec.startswith("codecommit:") and not _CODECOMMIT.match(spec):
        raise CloneError(f"{scrub.shown}: not a CodeCommit URL (codecommit::REGION://NAME or codecommit://NAME)")
    if spec.startswith("codecommit:") and shutil.which("git-remote-codecommit") is None:
        raise CloneError(f"{scrub.shown}: cloning from CodeCommit needs the git-remote-codecommit helper on PATH: "
                         "pip install git-remote-codecommit")
    with private_tempdir(prefix="credgate-remote-") as temp:
        target = temp / "repo.git"
        clone(spec, target, progress=progress, scrub=scrub)
        try:
            out = git(target, "rev-parse", "--is-shallow-repository").decode().split()
        except GitError as exc:
            raise CloneError(f"{scrub.shown}: {scrub.text(str(exc))}") from None
        yield RepoInfo(path=target, display=scrub.shown, bare=True, shallow=out[:1] == ["true"], temp=temp)


# A one-shot credential helper: answers "get" with the user and password of an http(s) URL from its own
# environment, so they are on no command line and in no config file.
_HELPER = ('!f() { test "$1" = get || exit 0; printf "username=%s\\npassword=%s\\n" '
           '"$CREDGATE_CLONE_USER" "$CREDGATE_CLONE_PASSWORD"; }; f')


def clone(url: str, target: Path, *, progress: bool = False, scrub: Optional[Scrubber] = None,
          stream: Optional[TextIO] = None) -> None:
    """``git clone --mirror`` of ``url`` into ``target`` (every ref, tags included).  With ``progress``,
    git's progress lines are redrawn on one line of ``stream`` (stderr).  Raises :class:`CloneError`."""
    scrub = scrub or Scrubber(url)
    env = _env()
    env["GIT_TERMINAL_PROMPT"] = "0"
    config: list[str] = []
    scheme, userinfo, rest, query = _split(url)
    if userinfo and scheme.lower() in _HTTP:
        user, _, pw = userinfo.partition(":")
        env["CREDGATE_CLONE_USER"] = unquote(user)
        env["CREDGATE_CLONE_PASSWORD"] = unquote(pw)
        config += ["-c", "credential.helper=", "-c", f"credential.helper={_HELPER}"]
        url = f"{scheme}://{rest}" + (f"?{query}" if query else "")
    cmd = [*_BASE, *config, "clone", "--mirror", "--template=", "--no-hardlinks",
           "--progress" if progress else "--quiet", "--", url, str(target)]
    out = stream or sys.stderr
    label = f"credgate: cloning {scrub.shown}"
    tail: deque[str] = deque(maxlen=20)
    drawn = False
    try:
        proc = subprocess.Popen(cmd, cwd=str(target.parent), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=env)
    except FileNotFoundError:
        raise CloneError("git is not installed or not on PATH") from None
    assert proc.stderr is not None
    try:
        if progress:
            out.write(f"{label} ...\n")
            out.flush()
        buf = b""
        while True:
            chunk = proc.stderr.read1(65536) if hasattr(proc.stderr, "read1") else proc.stderr.read(65536)
            if not chunk:
                break
            parts = re.split(rb"[\r\n]", buf + chunk)
            buf = parts.pop()
            for p in parts:
                line = scrub.text(p.decode("utf-8", "replace")).strip()
                if not line:
                    continue
                tail.append(line)
                if progress:
                    width = shutil.get_terminal_size((100, 20)).columns
                    out.write("\r\033[K" + f"  {line}"[: max(width - 1, 20)])
                    out.flush()
                    drawn = True
        if buf.strip():
            tail.append(scrub.text(buf.decode("utf-8", "replace")).strip())
        rc = proc.wait()
    finally:
        if proc.poll() is None:  # Ctrl-C or an error while reading: never leave git writing into the folder
            proc.kill()
            proc.wait()
        proc.stderr.close()
        if drawn:
            out.write("\r\033[K")
            out.flush()
    if rc != 0:
        raise CloneError(f"{scrub.shown}: could not clone: {_reason(tail, rc)}")


def _reason(tail: "deque[str]", rc: int) -> str:
    lines = [ln for ln in tail if not ln.startswith("Cloning into")]
    fatal = [ln for ln in lines if ln.lower().startswith(("fatal:", "error:"))]
    msg = (fatal or lines or [f"git clone exit status {rc}"])[-1]
    if msg.lower().startswith("fatal:"):
        msg = msg[6:].strip()
    if fatal and len(fatal) > 1 and "could not read from remote repository" in msg.lower():
        msg = fatal[-2][6:].strip() + "; " + msg  # e.g. the remote's "repository not found" before git's summary
    elif fatal and "could not read from remote repository" in msg.lower():
        # ssh says why on its own line before git's summary: keep it, it is the reason
        before = [ln for ln in lines[:lines.index(fatal[0])] if not ln.lower().startswith("warning:")]
        if before:
            msg = before[-1].rstrip(".") + "; " + msg + _ssh_hint(before[-1])
    return msg


def _ssh_hint(line: str) -> str:
    low = line.lower()
    if "host key verification failed" in low:
        return (" (the host's key is not in known_hosts: connect once with ssh to check and accept it, or add it "
                "with ssh-keyscan)")
    if "permission denied (publickey" in low:
        return " (no key the server accepts: load one into ssh-agent, or name it in ~/.ssh/config or GIT_SSH_COMMAND)"
    return ""
