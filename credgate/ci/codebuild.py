"""Work out what a CI build should scan: from ``--range``, a CodeCommit pull-request
event, or the variables AWS CodeBuild sets.

Where the values come from (AWS CodeBuild user guide, "Environment variables in
build environments"; CodeCommit "Pull Request State Change" EventBridge events):

* A CodeCommit pull request has no CodeBuild webhook.  An EventBridge rule on
  ``aws.codecommit`` / ``CodeCommit Pull Request State Change`` (events
  ``pullRequestCreated`` and ``pullRequestSourceBranchUpdated``) starts the
  build; its input transformer maps ``$.detail.sourceCommit``,
  ``$.detail.destinationCommit``, ``$.detail.pullRequestId``,
  ``$.detail.repositoryNames[0]`` and ``$.detail.revisionId`` into
  ``environmentVariablesOverride`` (see deploy/codebuild-gate.yaml).  The
  camelCase names below are the ones AWS's own samples use; the UPPER_SNAKE
  forms are accepted too.  ``sourceVersion`` is set to the source commit, so
  ``CODEBUILD_SOURCE_VERSION`` / ``CODEBUILD_RESOLVED_SOURCE_VERSION`` hold the
  same commit ID.
* Webhook builds (GitHub, GitHub Enterprise, Bitbucket, GitLab) set
  ``CODEBUILD_WEBHOOK_EVENT`` (``PUSH``, ``PULL_REQUEST_CREATED``...),
  ``CODEBUILD_WEBHOOK_TRIGGER`` (``pr/12``, ``branch/main``, ``tag/v1``),
  ``CODEBUILD_WEBHOOK_BASE_REF`` / ``CODEBUILD_WEBHOOK_HEAD_REF``
  (``refs/heads/main``) for pull requests, ``CODEBUILD_WEBHOOK_PREV_COMMIT`` for
  pushes, and ``CODEBUILD_RESOLVED_SOURCE_VERSION`` (the commit ID built).
  ``CODEBUILD_SOURCE_VERSION`` is ``pr/12`` for a pull-request build.

Everything here is pure except :func:`check_in_clone`, which asks git whether
the commits are present.  No boto3.
"""
from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional

from credgate.errors import ConfigError

ZERO_SHA = "0" * 40
_SHA = re.compile(r"^[0-9a-fA-F]{7,64}$")
_CODECOMMIT_URL = re.compile(
    r"^(?:https://git-codecommit(?:-fips)?\.(?P<region>[a-z0-9-]+)\.amazonaws\.com(?:\.cn)?/v1/repos/(?P<name>[\w.-]+)"
    r"|codecommit::(?P<region2>[a-z0-9-]+)://(?:[\w.-]+@)?(?P<name2>[\w.-]+)"
    r"|codecommit://(?:[\w.-]+@)?(?P<name3>[\w.-]+))/?$"
)
PR_EVENTS = ("PULL_REQUEST_CREATED", "PULL_REQUEST_UPDATED", "PULL_REQUEST_REOPENED")

# (canonical field, names accepted in the environment, first match wins)
EVENT_VARS: dict[str, tuple[str, ...]] = {
    "source_commit": ("sourceCommit", "SOURCE_COMMIT"),
    "destination_commit": ("destinationCommit", "DESTINATION_COMMIT"),
    "pull_request_id": ("pullRequestId", "PULL_REQUEST_ID"),
    "repository": ("repositoryName", "REPOSITORY_NAME"),
    "revision_id": ("revisionId", "REVISION_ID"),
}


@dataclass(frozen=True)
class PullRequest:
    """The pull request a build belongs to (when there is one)."""

    provider: str  # "codecommit" or the webhook provider ("webhook")
    id: str
    repository: Optional[str] = None
    region: Optional[str] = None
    source_commit: Optional[str] = None
    destination_commit: Optional[str] = None
    revision_id: Optional[str] = None


@dataclass(frozen=True)
class ScanTarget:
    """A commit range to scan and where it came from."""

    head: str
    base: Optional[str]  # None: the whole history reachable from head
    origin: str  # for the build log: how the range was worked out
    used: tuple[tuple[str, str], ...] = ()  # (variable, value) pairs read
    pull_request: Optional[PullRequest] = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def rev_range(self) -> str:
        return f"{self.base}..{self.head}" if self.base else self.head

    def describe(self) -> str:
        return f"{self.rev_range} ({self.origin})"


def _get(env: Mapping[str, str], names: tuple[str, ...]) -> tuple[Optional[str], Optional[str]]:
    for n in names:
        v = env.get(n)
        if v is not None and v.strip():
            return n, v.strip()
    return None, None


def parse_codecommit_url(url: str) -> tuple[Optional[str], Optional[str]]:
    """``(repository name, region)`` from a CodeCommit clone URL, else ``(None, None)``."""
    m = _CODECOMMIT_URL.match(url.strip())
    if not m:
        return None, None
    name = m.group("name") or m.group("name2") or m.group("name3")
    region = m.group("region") or m.group("region2")
    return name, region


def pr_number(value: Optional[str]) -> Optional[str]:
    """``pr/12`` -> ``12`` (CODEBUILD_SOURCE_VERSION / CODEBUILD_WEBHOOK_TRIGGER)."""
    if not value:
        return None
    m = re.match(r"^pr/(\d+)$", value.strip())
    return m.group(1) if m else None


def in_codebuild(env: Mapping[str, str]) -> bool:
    return bool(env.get("CODEBUILD_BUILD_ID") or env.get("CODEBUILD_BUILD_ARN"))


def event_fields(event: Any) -> dict[str, str]:
    """Fields of a CodeCommit pull-request EventBridge event (whole event or its ``detail``)."""
    if not isinstance(event, dict):
        raise ConfigError("--event: expected a JSON object (an EventBridge event or its detail)")
    detail = event.get("detail", event)
    if not isinstance(detail, dict):
        raise ConfigError("--event: 'detail' must be an object")
    out: dict[str, str] = {}
    for key, env_name in (("sourceCommit", "sourceCommit"), ("destinationCommit", "destinationCommit"),
                          ("pullRequestId", "pullRequestId"), ("revisionId", "revisionId")):
        v = detail.get(key)
        if isinstance(v, (str, int)) and str(v):
            out[env_name] = str(v)
    names = detail.get("repositoryNames")
    if isinstance(names, list) and names and isinstance(names[0], str):
        out["repositoryName"] = names[0]
    elif isinstance(detail.get("repositoryName"), str):
        out["repositoryName"] = detail["repositoryName"]
    if isinstance(event.get("region"), str):
        out["AWS_REGION"] = event["region"]
    return out


def load_event(path: Path) -> dict[str, str]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"--event {path}: cannot read: {exc.strerror}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"--event {path}: not JSON: {exc}") from None
    return event_fields(raw)


def _repo_and_region(env: Mapping[str, str], fields: dict[str, tuple[str, str]]) -> tuple[Optional[str], Optional[str]]:
    repo = fields["repository"][1] if "repository" in fields else None
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or None
    url = env.get("CODEBUILD_SOURCE_REPO_URL", "")
    if url:
        name, url_region = parse_codecommit_url(url)
        repo = repo or name
        region = region or url_region
    return repo, region


def resolve(env: Mapping[str, str], explicit_range: Optional[str] = None) -> ScanTarget:
    """The commit range to scan, or a ConfigError naming the variable that is missing.

    Order: ``--range``; a CodeCommit pull-request event (``sourceCommit`` and
    ``destinationCommit``, or ``pullRequestId`` to be completed through the API);
    a webhook pull request; a webhook push.
    """
    fields: dict[str, tuple[str, str]] = {}
    for key, names in EVENT_VARS.items():
        n, v = _get(env, names)
        if n is not None and v is not None:
            fields[key] = (n, v)
    repo, region = _repo_and_region(env, fields)
    is_codecommit_repo = bool(repo) and (
        "repository" in fields or parse_codecommit_url(env.get("CODEBUILD_SOURCE_REPO_URL", ""))[0] is not None
    )
    pr: Optional[PullRequest] = None
    if "pull_request_id" in fields and is_codecommit_repo:
        pr = PullRequest(
            provider="codecommit",
            id=fields["pull_request_id"][1],
            repository=repo,
            region=region,
            source_commit=fields.get("source_commit", ("", None))[1],
            destination_commit=fields.get("destination_commit", ("", None))[1],
            revision_id=fields.get("revision_id", ("", None))[1],
        )

    if explicit_range:
        base, head = split_range(explicit_range)
        return ScanTarget(head=head, base=base, origin="--range", used=(("--range", explicit_range),),
                          pull_request=pr)

    if "source_commit" in fields or "destination_commit" in fields:
        used = tuple(fields[k] for k in ("source_commit", "destination_commit", "pull_request_id", "repository")
                     if k in fields)
        head = fields["source_commit"][1] if "source_commit" in fields else None
        if head is None:
            head = env.get("CODEBUILD_RESOLVED_SOURCE_VERSION") or None
            if head:
                used += (("CODEBUILD_RESOLVED_SOURCE_VERSION", head),)
        if head is None:
            raise ConfigError(
                "credgate ci: destinationCommit is set but not sourceCommit: set sourceCommit "
                "(the EventBridge input transformer maps $.detail.sourceCommit to it) or pass --range A..B"
            )
        if "destination_commit" not in fields:
            if pr is not None:  # completed from GetPullRequest by the caller
                return ScanTarget(head=head, base=None, origin="CodeCommit pull request event", used=used,
                                  pull_request=pr, notes=("destinationCommit missing: ask GetPullRequest",))
            raise ConfigError(
                "credgate ci: sourceCommit is set but not destinationCommit: set destinationCommit "
                "(the EventBridge input transformer maps $.detail.destinationCommit to it) or pass --range A..B"
            )
        what = f"CodeCommit pull request {pr.id}" if pr else "pull request event"
        return ScanTarget(head=head, base=fields["destination_commit"][1], origin=f"{what} (EventBridge)",
                          used=used, pull_request=pr)

    if pr is not None:  # pullRequestId alone: the caller asks GetPullRequest for the commits
        return ScanTarget(head="", base=None, origin=f"CodeCommit pull request {pr.id}",
                          used=(fields["pull_request_id"],), pull_request=pr,
                          notes=("commits missing: ask GetPullRequest",))

    event = (env.get("CODEBUILD_WEBHOOK_EVENT") or "").strip().upper()
    trigger = (env.get("CODEBUILD_WEBHOOK_TRIGGER") or "").strip()
    resolved = (env.get("CODEBUILD_RESOLVED_SOURCE_VERSION") or "").strip()
    number = pr_number(trigger) or pr_number(env.get("CODEBUILD_SOURCE_VERSION"))
    if event in PR_EVENTS or (number and trigger.startswith("pr/")):
        base_ref = (env.get("CODEBUILD_WEBHOOK_BASE_REF") or "").strip()
        if not base_ref:
            raise ConfigError(
                f"credgate ci: a webhook pull-request build ({event or trigger}) but CODEBUILD_WEBHOOK_BASE_REF "
                "is not set; pass --range BASE..HEAD"
            )
        head = resolved or (env.get("CODEBUILD_WEBHOOK_HEAD_REF") or "").strip()
        if not head:
            raise ConfigError(
                "credgate ci: a webhook pull-request build but neither CODEBUILD_RESOLVED_SOURCE_VERSION nor "
                "CODEBUILD_WEBHOOK_HEAD_REF is set; pass --range BASE..HEAD"
            )
        used = (("CODEBUILD_WEBHOOK_BASE_REF", base_ref),
                ("CODEBUILD_RESOLVED_SOURCE_VERSION" if resolved else "CODEBUILD_WEBHOOK_HEAD_REF", head))
        webhook_pr = PullRequest(provider="webhook", id=number, repository=None, region=region,
                                 source_commit=resolved or None) if number else None
        return ScanTarget(head=head, base=base_ref, origin=f"CodeBuild webhook pull request{' ' + number if number else ''}",
                          used=used, pull_request=webhook_pr)

    if event == "PUSH" or env.get("CODEBUILD_WEBHOOK_PREV_COMMIT"):
        prev = (env.get("CODEBUILD_WEBHOOK_PREV_COMMIT") or "").strip()
        if not resolved:
            raise ConfigError(
                "credgate ci: a webhook push build but CODEBUILD_RESOLVED_SOURCE_VERSION is not set; "
                "pass --range BEFORE..AFTER"
            )
        if not prev:
            raise ConfigError(
                "credgate ci: a webhook push build but CODEBUILD_WEBHOOK_PREV_COMMIT is not set; "
                "pass --range BEFORE..AFTER"
            )
        used = (("CODEBUILD_WEBHOOK_PREV_COMMIT", prev), ("CODEBUILD_RESOLVED_SOURCE_VERSION", resolved))
        if set(prev) == {"0"}:  # a new branch: nothing before it to compare with
            return ScanTarget(head=resolved, base=None, origin="CodeBuild webhook push of a new branch", used=used,
                              notes=("new branch: the whole history reachable from the pushed commit is scanned",))
        return ScanTarget(head=resolved, base=prev, origin="CodeBuild webhook push", used=used)

    if in_codebuild(env):
        given = [fields[k][0] for k in ("pull_request_id", "repository", "revision_id") if k in fields]
        if "pull_request_id" in fields:  # not usable without the repository to ask CodeCommit in
            raise ConfigError(
                f"credgate ci: {fields['pull_request_id'][0]} is set but not repositoryName"
                + (" (CODEBUILD_SOURCE_REPO_URL is not a CodeCommit URL)" if env.get("CODEBUILD_SOURCE_REPO_URL") else "")
                + ", and neither sourceCommit nor destinationCommit is set: set repositoryName (credgate then asks "
                "CodeCommit for the pull request's commits), or sourceCommit and destinationCommit, "
                "or pass --range A..B"
            )
        if given:
            raise ConfigError(
                f"credgate ci: {' and '.join(given)} {'is' if len(given) == 1 else 'are'} set, but not "
                "sourceCommit and destinationCommit, which say what to scan: set them (the EventBridge rule in "
                "deploy/codebuild-gate.yaml passes them for CodeCommit pull requests), or pullRequestId with "
                "repositoryName, or pass --range A..B"
            )
        raise ConfigError(
            "credgate ci: cannot tell what to scan in this CodeBuild build: set sourceCommit and destinationCommit "
            "(the EventBridge rule in deploy/codebuild-gate.yaml passes them for CodeCommit pull requests), "
            "or use a webhook build (CODEBUILD_WEBHOOK_BASE_REF / CODEBUILD_WEBHOOK_PREV_COMMIT), "
            "or pass --range A..B"
        )
    raise ConfigError(
        "credgate ci: not in a CodeBuild build (CODEBUILD_BUILD_ID is not set) and no --range given: "
        "pass --range A..B, e.g. credgate ci --range origin/main..HEAD"
    )


def pull_request_missing(env: Mapping[str, str]) -> str:
    """What a CodeCommit pull request (--comment, --set-approval) needs that ``env`` lacks, as one sentence
    naming each missing variable once (``""`` when nothing is missing)."""
    missing = []
    if _get(env, EVENT_VARS["pull_request_id"])[0] is None:
        missing.append("pullRequestId (or --pull-request ID)")
    url = env.get("CODEBUILD_SOURCE_REPO_URL", "").strip()
    note = ""
    if _get(env, EVENT_VARS["repository"])[0] is None and parse_codecommit_url(url)[0] is None:
        missing.append("repositoryName (or --repository NAME)")
        if url:
            note = f" (CODEBUILD_SOURCE_REPO_URL {url} is not a CodeCommit URL)"
    if not missing:
        return ""
    return " and ".join(missing) + (" is" if len(missing) == 1 else " are") + " not set" + note


def split_range(value: str) -> tuple[Optional[str], str]:
    value = value.strip()
    if "..." in value:
        raise ConfigError(f"--range {value!r}: use A..B (two dots: the commits in B that are not in A)")
    if ".." in value:
        base, head = value.split("..", 1)
        if not head:
            head = "HEAD"
        if not base:
            raise ConfigError(f"--range {value!r}: give the base, e.g. origin/main..HEAD")
        return base, head
    if not value:
        raise ConfigError("--range: empty")
    return None, value


# --------------------------------------------------------------------------- git
def _git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True)


def _verify(repo: Path, rev: str) -> Optional[str]:
    p = _git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    if p.returncode != 0:
        return None
    return p.stdout.strip() or None


def ref_candidates(ref: str) -> list[str]:
    """``refs/heads/main`` may exist in a CI clone only as ``origin/main``."""
    out = [ref]
    short = ref[len("refs/heads/"):] if ref.startswith("refs/heads/") else ref
    for c in (f"refs/remotes/origin/{short}", f"origin/{short}", short):
        if c not in out:
            out.append(c)
    return out


def check_in_clone(repo: Path, target: ScanTarget) -> ScanTarget:
    """Resolve both ends to commits present in ``repo``; a clear error when one is missing."""
    p = _git(repo, "rev-parse", "--git-dir")
    if p.returncode != 0:
        raise ConfigError(f"credgate ci: {repo} is not a git repository (CodeBuild: keep the .git folder of the source)")
    shallow = _git(repo, "rev-parse", "--is-shallow-repository").stdout.strip() == "true"
    hint = (" This clone is shallow: run `git fetch --unshallow` first, or set GitCloneDepth: 0 on the CodeBuild source."
            if shallow else " Fetch it first (git fetch origin), or set GitCloneDepth: 0 on the CodeBuild source.")

    def where(rev: str) -> str:
        for k, v in target.used:
            if v == rev or (k == "--range" and rev in v):
                return f" ({k})"
        return ""

    head = _verify(repo, target.head)
    if head is None:
        raise ConfigError(f"credgate ci: commit {target.head!r}{where(target.head)} is not in this clone.{hint}")
    base = None
    if target.base:
        cands = ref_candidates(target.base) if target.base.startswith("refs/") or not _SHA.match(target.base) else [target.base]
        for c in cands:
            base = _verify(repo, c)
            if base:
                break
        if base is None:
            raise ConfigError(f"credgate ci: {target.base!r}{where(target.base)} is not in this clone.{hint}")
    return ScanTarget(head=head, base=base, origin=target.origin, used=target.used,
                      pull_request=target.pull_request, notes=target.notes)
