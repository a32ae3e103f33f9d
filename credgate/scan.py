"""The one scan pipeline every scanning command ends in (dir, git, the hooks, ci, aws).

config from the options -> engine (:func:`make_engine`) -> :class:`Collector` (fragments through the
engine, fragment context onto findings) -> :func:`build_report` (gate skips, triage, baseline, verify)
-> :func:`finish` (render, write with :func:`write_private`, the verdict as the exit code)."""
from __future__ import annotations

import argparse
import os
import stat
import sys
import time
from pathlib import Path
from typing import Any, Iterable, Optional, Union

from credgate import progress, safety, startup, triage  # progress is light: rich is imported only once a bar is shown
from credgate.config import Config, load_config
from credgate.errors import EXIT_CLEAN, EXIT_FINDINGS, UsageError
from credgate.hooks.policy import GATE_ALLOWED_SKIPS, FailClosedPolicy, print_bypass
from credgate.linter.engine import Engine
from credgate.linter.rulecache import write_atomic
from credgate.linter.ruleset import load_ruleset
from credgate.models import Finding, Fragment, Severity, Skip
from credgate.parallel import content_size, scan_stream  # one process for small inputs, one per core for large
from credgate.records import replace
from credgate.report import Report, emit, render


def config_from_args(args: argparse.Namespace, start: Optional[Path] = None) -> Config:
    return load_config(getattr(args, "config", None), start=start)


def fail_level(args: argparse.Namespace, config: Config) -> Severity:
    if getattr(args, "fail_on", None):
        return Severity.parse(args.fail_on)
    if config.fail_on_set:  # the team's config speaks for hooks too
        return config.fail_on
    if getattr(args, "hook_default_fail", None):
        return Severity.parse(args.hook_default_fail)
    return config.fail_on


def use_color(args: argparse.Namespace, stream: Any) -> bool:
    choice = getattr(args, "color", "auto")
    if choice == "always":
        return True
    # NO_COLOR (no-color.org): set and not empty; TERM=dumb terminals cannot show escapes
    if choice == "never" or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb" \
            or getattr(args, "output", None):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def make_engine(args: argparse.Namespace, config: Config) -> Any:
    safety.configure(config.section("limits"))  # [limits] rule_timeout: budget of user regexes without RE2
    ruleset = load_ruleset(config, extra_files=[Path(p) for p in getattr(args, "rules", []) or []])
    engine = Engine(config, ruleset, iac=not getattr(args, "no_iac", False))
    engine.record_drops = bool(getattr(args, "verbose", False))
    engine.progress = progress.for_args(args)
    startup.resume()  # start-up is over (credgate.main paused the collector for it)
    return engine


class Collector:
    """Runs fragments through the engine and gathers findings and skips."""

    record_context = False  # credgate.triage.carry_fragment_context: keep the fragment context in the report too

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.findings: list[Finding] = []
        self.skips: list[Skip] = []
        self.items = 0
        self.bytes = 0
        self.errors: list[str] = []
        self.started = time.monotonic()
        self.progress = getattr(engine, "progress", None)  # credgate.progress.Progress when a person watches

    def feed(self, items: Iterable[Union[Fragment, Skip]]) -> "Collector":
        for it, res in scan_stream(self.engine, items):
            if isinstance(it, Skip):
                self.skipped(it)
                self.skips.append(it)
                if self.progress is not None:
                    self.progress.skipped()
                continue
            self.items += 1
            size = content_size(it)  # a fragment scanned in a worker comes back without its content
            self.bytes += size
            if res is None:  # RecursionError while scanning
                self.skips.append(Skip(it.path, "too-deep", "content nested too deeply to analyse"))
                continue
            f, s = res
            if it.extra and f:
                triage.carry_fragment_context(it, f, record=self.record_context)
            self.scanned(it, f, s)
            self.findings.extend(f)
            self.skips.extend(s)
            if self.progress is not None:
                self.progress.advance(1, size, len(f), it.path)
        return self

    def scanned(self, frag: Fragment, findings: list[Finding], skips: list[Skip]) -> None:
        """Called with each fragment's findings and skips before they are collected (subclasses annotate)."""

    def skipped(self, skip: Skip) -> None:
        """Called with each skip of the source before it is collected."""


class GitCollector(Collector):
    """Git reads: history facts (refs, commits, whether the blob is in HEAD) are kept in the report; a git
    read that failed is an error; blobs found clean are noted in the blob cache."""

    record_context = True
    fail_closed = True  # a blob or a range git could not read is an error (exit 1), never a clean scan
    blob_cache: Any = None

    @property
    def _blob_paths(self) -> dict:
        d = self.__dict__.get("_bp")
        if d is None:
            d = self.__dict__["_bp"] = {}
        return d

    def skipped(self, skip: Skip) -> None:
        # judged as the skips come out of the scan: a history's blobs are read (and fail) in the pool workers
        if self.fail_closed and skip.reason == "git-error":
            self.errors.append(f"{skip.path}: could not read the changes to check: {skip.detail}")

    def scanned(self, frag: Fragment, findings: list[Any], skips: list[Skip]) -> None:
        if self.blob_cache is not None and frag.blob_id:
            # credgate.sources.git.blobcache: a blob is not read again next time once it was clean at every path
            # it had (history yields one fragment per path, "_paths" of them)
            paths = int(dict(frag.extra).get("_paths", 1)) if frag.extra else 1
            state = self._blob_paths.setdefault(frag.blob_id, [0, False])
            state[0] += 1
            if findings or skips:
                state[1] = True
            if state[0] >= paths and not state[1]:
                self.blob_cache.note(frag.blob_id, "clean")


def add_ref_exposure(repo: Path, findings: list[Any]) -> None:
    """For history findings: every ref (branch, tag, remote, stash) that reaches the introducing commit.

    Computed once for all finding commits together (one reachability pass over the history,
    :func:`credgate.sources.git.exposure.refs_containing_many`), never one ``git for-each-ref --contains``
    per commit."""
    commits = [f.location.commit for f in findings if f.location.commit]
    if not commits:
        return
    from credgate.sources.git.exposure import refs_containing_many  # history audits only

    found = refs_containing_many(repo, commits)
    for f in findings:
        for r in found.get(f.location.commit, ()) if f.location.commit else ():
            if r not in f.exposure:
                f.exposure.append(r)


def triage_findings(args: argparse.Namespace, config: Config, col: Collector
                    ) -> "tuple[list[Finding], list[Finding], int]":
    """One finding per credential (consolidated), the same minus the baseline, and how many it suppressed."""
    consolidated = triage.consolidate(col.findings, config)
    findings = consolidated
    suppressed = 0
    if getattr(args, "baseline", None):
        from credgate.linter.baseline import Baseline  # only with --baseline (keeps hmac/secrets off the hook path)

        bl = Baseline.load(Path(args.baseline))
        findings = [f for f in consolidated if not bl.contains(f)]
        suppressed = len(consolidated) - len(findings)
    return consolidated, findings, suppressed


def build_report(
    args: argparse.Namespace,
    config: Config,
    col: Collector,
    command: str,
    *,
    meta: Optional[dict[str, Any]] = None,
    triaged: "Optional[tuple[list[Finding], int]]" = None,
    policy: Optional[FailClosedPolicy] = None,
) -> Any:
    """Triage and baseline what was collected into the Report that finish() renders.

    ``triaged``: the (findings, suppressed) :func:`triage_findings` already gave (``aws`` exports
    them before the report is built), so triage and the baseline run once."""
    fail_on = fail_level(args, config)
    if policy is None:
        policy = FailClosedPolicy.from_args(args, config)
    if policy.gate:
        # gates fail closed: what was not scanned (too large, unreadable, a rule out of time...) blocks
        for s in policy.blocking_skips(col.skips):
            if any(e.startswith(f"{s.path}: ") and s.detail in e for e in col.errors):
                continue  # the source already reported it as an error
            msg = f"{s.path}: {s.reason}: {s.detail}"
            if s.reason != "git-error" and s.reason not in GATE_ALLOWED_SKIPS:
                msg += f" [blocks: to accept this kind of skip, --allow-skip {s.reason} or [gate] allow_skips]"
            col.errors.append(msg)
    if triaged is None:
        _, findings, suppressed = triage_findings(args, config, col)
    else:
        findings, suppressed = triaged
    hidden_info = 0
    if not getattr(args, "verbose", False) and fail_on > Severity.INFO:
        # informational findings (identifiers such as AWS principal IDs or Twilio account
        # SIDs, keys of ignored accounts) are context, not leaks: shown with --verbose
        kept = [f for f in findings if f.severity > Severity.INFO]
        if getattr(args, "format", "text") in ("json", "jsonl"):
            # machine-readable output keeps them, marked, so a pipeline can see the context; never blocking
            for f in findings:
                if f.severity <= Severity.INFO:
                    f.extra["informational"] = True
        else:
            hidden_info = len(findings) - len(kept)
            findings = kept
    if getattr(args, "verify", False) or getattr(args, "verify_permissions", False):
        vsettings = None
        if getattr(args, "verify_permissions", False):
            from credgate.verify import Settings  # lazy: --verify only (network code off the hook path)

            vsettings = replace(Settings.from_config(config), permissions=True)
        triage.verify_findings(findings, config, vsettings)
    warnings = list(config.warnings) + list(col.engine.ruleset.warnings) + sorted(col.engine.expired_allow)
    if hidden_info:
        warnings.append(f"{hidden_info} informational finding(s) (identifiers, ignored accounts) not shown: use --verbose")
    if getattr(args, "verbose", False):
        for d in col.engine.drops:
            warnings.append(f"dropped {d.rule_id} at line {d.line}: {d.reason}")
    out_stream = sys.stdout
    report = Report(
        findings=findings,
        skips=col.skips,
        command=command,
        redact=not getattr(args, "no_redact", False),
        fail_on=fail_on,
        scanned_items=col.items,
        scanned_bytes=col.bytes,
        elapsed=time.monotonic() - col.started,
        warnings=warnings,
        errors=col.errors,
        baseline_suppressed=suppressed,
        color=use_color(args, out_stream),
        verbose=bool(getattr(args, "verbose", False)),
        meta=meta or {},
    )
    return report


def finish(
    args: argparse.Namespace,
    config: Config,
    col: Collector,
    command: str,
    *,
    meta: Optional[dict[str, Any]] = None,
) -> int:
    """Triage, baseline, render, write, and return the exit code."""
    prog = getattr(col, "progress", None)
    if prog is not None:
        prog.stop()
    policy = FailClosedPolicy.from_args(args, config)
    report = build_report(args, config, col, command, meta=meta, policy=policy)
    return deliver(args, col, report, policy)


def deliver(args: argparse.Namespace, col: Collector, report: Any, policy: FailClosedPolicy) -> int:
    """Render and write a built report, say how to bypass a hook that failed closed, return the verdict."""
    prog = getattr(col, "progress", None)
    write_report(args, report)
    if prog is not None and (prog.shown or getattr(args, "output", None)):
        prog.summary(report, getattr(args, "output", None))
    if col.errors and policy.hook_mode:  # not everything was checked: say how to bypass
        print_bypass(policy.bypass_hint)
    return verdict(policy, report, col)


def write_report(args: argparse.Namespace, report: Any, *, summary: bool = True) -> None:
    """The report in ``--format``: to ``--output`` (0600, atomic) or stdout; ``--quiet`` prints nothing clean.
    ``summary``: with ``--output`` and a machine format, one summary line on stderr."""
    fmt = getattr(args, "format", "text")
    if getattr(args, "output", None):
        write_private(Path(args.output), render(report, fmt))
        if summary and fmt != "text" and not getattr(args, "quiet", False):
            from credgate.report.text import summary_line  # lazy: only with --output (not on the hook path)

            print(summary_line(report), file=sys.stderr)
    elif not (getattr(args, "quiet", False) and not report.findings and fmt == "text") and \
            not (fmt == "text" and getattr(args, "command", None) == "hook"
                 and getattr(args, "hook_type", None) != "pre-receive"  # the server says it checked the push
                 and nothing_to_say(report)):
        emit(render(report, fmt))  # rendered only when shown: a clean hook never loads the text report


def nothing_to_say(report: Any) -> bool:
    """A clean run with no warning, error or skip: a commit or push hook then prints nothing (a file it
    did not scan, even a binary one, is still counted in the summary line)."""
    return not (report.findings or report.errors or report.warnings or report.skips)


def verdict(policy: FailClosedPolicy, report: Any, col: Collector) -> int:
    """The exit code: 1 for blocking findings or errors (and skips with --fail-on-skip), else 0."""
    if report.blocking or col.errors:
        return EXIT_FINDINGS
    if policy.fail_on_skip and col.skips:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def write_private(path: Path, text: str) -> None:
    """Write a report atomically with 0600 permissions (reports may hold metadata about secrets).

    ``-o /dev/null``, ``-o /dev/stdout``, a FIFO or a symlink are written through, never
    replaced: an atomic rename over /dev/null would turn the device into a file.
    """
    try:
        st = os.stat(path)  # follows symlinks
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise UsageError(f"cannot write report to {path}: {exc.strerror}") from None
    if (st is not None and not stat.S_ISREG(st.st_mode)) or path.is_symlink():
        try:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise UsageError(f"cannot write report to {path}: {exc.strerror}") from None
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:  # a full disk, a read-only folder: name the report, exit 2 (hooks and gates block)
        raise UsageError(f"cannot write report to {path}: {exc.strerror or exc}") from None


def audit_history(args: argparse.Namespace, config: Config, col: "GitCollector", info: Any, *,
                  prefix: Optional[str], max_size: int, scope_filter: Any = None) -> Optional[int]:
    """One repository's whole history (``info``: credgate.sources.git.history.RepoInfo) into ``col``: every
    unique blob once, archives in history opened, refs that reach each finding; the blob cache of a
    repository on disk (never of a temporary clone) is used and, when everything was read, saved.
    Returns how many blobs the cache knew clean (None without a cache).  GitError propagates."""
    from credgate.sources.archives import ArchiveLimits
    from credgate.sources.git.archived import HistoryArchives
    from credgate.sources.git.blobcache import BlobCache
    from credgate.sources.git.history import _history
    from credgate.sources.git.run import git

    cache = None
    if info.temp is None:  # a bundle's or a remote's temporary clone is never cached
        common = git(info.path, "rev-parse", "--git-common-dir").decode().strip()
        gd = Path(common) if Path(common).is_absolute() else info.path / common
        cache = BlobCache.for_repo(gd, col.engine, config.path, full=getattr(args, "full", False))
    col.blob_cache = cache
    limits = ArchiveLimits.build(config.section("archives"), max_file_size=max_size,
                                 enabled=False if getattr(args, "no_archives", False) else None)
    errors, found = len(col.errors), len(col.findings)
    if scope_filter is not None:
        info = replace(info, scope=scope_filter)
    col.feed(_history(info, getattr(args, "unreachable", False), getattr(args, "all_commits", False), "history",
                      prefix, max_size, cache=cache, archives=HistoryArchives(limits), deferred=True))
    add_ref_exposure(info.path, col.findings[found:])
    col.blob_cache = None
    if cache is not None and len(col.errors) == errors:  # a run that could not read everything writes nothing
        cache.save()
        return cache.hits
    return None


def audit_repositories(args: argparse.Namespace, config: Config, col: "GitCollector", targets: list, *,
                       max_size: int, since: Optional[int] = None, clone_progress: bool = False,
                       strict: bool = False) -> "tuple[list[str], list[str]]":
    """Each of ``targets`` (``(where, shown, spec)``: a label such as ``FILE:LINE: ``, the entry as written,
    the URL or path to open) opened, cloned into a private temporary folder when remote
    (:func:`credgate.sources.git.remote.open_target`), and its history audited into ``col`` under the
    entry's redacted name.  One that cannot be read is an error of ``col`` and the others are still audited;
    with ``strict`` (a single repository) it is a UsageError instead.  Returns (read, failed) names."""
    from credgate.sources.git.history import history_filter
    from credgate.sources.git.remote import CloneError, open_target, redact_url
    from credgate.sources.git.run import GitError

    read: list[str] = []
    failed: list[str] = []
    for where, shown, spec in targets:
        label = redact_url(shown)
        if col.progress is not None:
            col.progress.stop()  # the clone's own lines, then the bar again
        try:
            with open_target(spec, progress=clone_progress) as info:
                audit_history(args, config, col, info, prefix=label, max_size=max_size,
                              scope_filter=history_filter(info.path, since, getattr(args, "branches", None)))
            read.append(label)
        except (CloneError, GitError) as exc:
            msg = str(exc) if str(exc).startswith(label) else f"{label}: {exc}"
            if strict:
                raise UsageError(msg) from None
            failed.append(label)
            col.errors.append(f"{where}{msg}")
    return read, failed
