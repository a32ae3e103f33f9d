"""The collector contract and helpers shared by every collector.

A collector is a module with:

* ``NAME``      registry name (``"lambda"``)
* ``SERVICE``   the boto3 service it reads (used for region availability)
* ``collect(ctx: Context) -> Iterator[Item | Skip]``

A collector lists resources and yields one :class:`Item` per piece of
content worth scanning (an environment rendered as ``KEY=value`` lines, a
decoded user-data script, a template body ...).  It never scans anything
itself.  An error reading one resource is a :class:`Skip` for that resource;
an error that stops the whole collector (AccessDenied on the list call) is
raised and the runner turns it into a Skip for that account/region/service.
"""
from __future__ import annotations

import json
import threading
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional, Protocol, Union

from credgate.audit.decode import decode_user_data
from credgate.models import Fragment, Skip

# --------------------------------------------------------------------- items


@dataclass(frozen=True)
class Item:
    """One piece of deployed content, with where it lives."""

    arn: str
    resource_type: str  # CloudFormation-style type, e.g. "AWS::Lambda::Function"
    kind: str  # remediation key, see credgate.audit.remediation
    field: str  # "Environment.Variables", "UserData", "TemplateBody" ...
    data: bytes
    region: str
    account: str
    # 1-based line -> full field name, for KEY=value renderings
    line_fields: tuple[tuple[int, str], ...] = ()
    # override the fragment path (default: the ARN, or ARN#field when a resource has several fields)
    path: str = ""
    # content was decoded from (e.g.) base64+gzip; said in the finding
    decoded_from: str = ""
    # a ready fragment (git history); data/field above are then informational
    fragment: Optional[Fragment] = None

    @property
    def shown_path(self) -> str:
        return self.path or self.arn

    def field_for_line(self, line: int) -> str:
        for ln, name in self.line_fields:
            if ln == line:
                return name
        return self.field


Produced = Union[Item, Skip]


class Collector(Protocol):
    NAME: str
    SERVICE: str

    def collect(self, ctx: "Context") -> Iterator[Produced]: ...


Fetcher = Callable[[str, int], bytes]


@dataclass
class Options:
    """Knobs collectors read (from the command line and the ``[aws]`` config table)."""

    s3_key_patterns: tuple[str, ...] = (
        "*.env", ".env", "*.env.*", ".env.*", "*.tfstate", "*.tfstate.backup", "*.tfvars",
        "*.bak", "*.backup", "*.old", "*.sql", "*.dump", "*.zip", "*.tar", "*.tar.gz", "*.tgz", "*.gz",
        "*credentials*", "*secret*", "*.pem", "*.key", "*.p12", "*.pfx", "*config.json", "*.ini",
    )
    s3_max_object_size: int = 25 * 1024 * 1024
    s3_max_objects_per_bucket: int = 10000
    max_download_size: int = 75 * 1024 * 1024
    codecommit_clone_url: str = "https://git-codecommit.{region}.amazonaws.com/v1/repos/{name}"
    fetch: Optional[Fetcher] = None  # HTTP GET for Lambda code / layer packages
    codecommit_lister: Optional[Callable[["Context"], Iterable[str]]] = None  # default: ListRepositories
    workdir: Optional[str] = None  # scratch space for clones
    # CloudWatch Logs (opt-in collector "logs"): the most recently written streams of each log group,
    # and the newest events of each of those streams
    logs_max_streams: int = 5
    logs_max_events: int = 200
    # ECR (opt-in collector "ecr"): newest images per repository; largest layer blob read
    ecr_images_per_repo: int = 1
    ecr_max_layer_size: int = 100 * 1024 * 1024
    ecr_max_file_size: int = 5 * 1024 * 1024
    # (ctx, repository, digest) -> blob bytes; default: GetDownloadUrlForLayer + fetch
    ecr_blob: Optional[Callable[["Context", str, str], bytes]] = None


@dataclass
class Context:
    """Everything a collector needs for one account and region."""

    session: Any  # boto3.Session
    region: str
    account: str
    partition: str
    options: Options
    botocore_config: Any = None
    endpoint_url: Optional[str] = None
    shared: dict[str, Any] = field(default_factory=dict)  # per-account cache shared by region units
    lock: Any = field(default_factory=threading.RLock)
    _clients: dict[str, Any] = field(default_factory=dict)

    def client(self, service: str) -> Any:
        c = self._clients.get(service)
        if c is None:
            kw: dict[str, Any] = {"region_name": self.region, "config": self.botocore_config}
            if self.endpoint_url:
                kw["endpoint_url"] = self.endpoint_url
            c = self.session.client(service, **kw)
            self._clients[service] = c
        return c

    def arn(self, service: str, resource: str, *, region: Optional[str] = None, account: Optional[str] = None) -> str:
        r = self.region if region is None else region
        a = self.account if account is None else account
        return f"arn:{self.partition}:{service}:{r}:{a}:{resource}"

    def fetch(self, url: str) -> bytes:
        f = self.options.fetch or default_fetch
        return f(url, self.options.max_download_size)

    def item(self, arn: str, resource_type: str, kind: str, field_: str, data: bytes, **kw: Any) -> Item:
        return Item(arn=arn, resource_type=resource_type, kind=kind, field=field_, data=data,
                    region=self.region, account=self.account, **kw)

    def env_item(self, arn: str, resource_type: str, kind: str, prefix: str,
                 env: Iterable[tuple[str, Any]], **kw: Any) -> Optional[Item]:
        data, lines = render_env(env, prefix)
        if not data:
            return None
        return self.item(arn, resource_type, kind, prefix, data, line_fields=lines, **kw)

    def decoded_item(self, arn: str, resource_type: str, kind: str, field_: str, raw: "bytes | str", *,
                     what: str = "user data", skip_at: Optional[str] = None, **kw: Any) -> "Item | Skip":
        """The item of encoded ``raw`` (base64, gzip, MIME: :func:`credgate.audit.decode.decode_user_data`),
        or the skip (at ``skip_at``, default ``arn``) saying why it could not be decoded."""
        try:
            data, how = decode_user_data(raw)
        except (OSError, ValueError, EOFError) as exc:
            return Skip(skip_at or arn, "decode-error", f"{what} could not be decoded: {exc}")
        return self.item(arn, resource_type, kind, field_, data, decoded_from=how, **kw)

    def json_item(self, arn: str, resource_type: str, kind: str, field_: str, obj: Any, **kw: Any) -> Item:
        data, lines = render_json(obj, field_)
        return self.item(arn, resource_type, kind, field_, data, line_fields=lines, **kw)


# ------------------------------------------------------------------- helpers


def render_env(env: Iterable[tuple[str, Any]], prefix: str) -> tuple[bytes, tuple[tuple[int, str], ...]]:
    """``[(KEY, value)]`` -> ``KEY=value`` lines and line -> ``prefix.KEY``.

    Rendering as assignments lets rules keyed on variable names see them.
    A value with newlines (a PEM key) spans several lines; each maps back to its key.
    """
    out: list[str] = []
    lines: list[tuple[int, str]] = []
    n = 1
    for key, value in env:
        if value is None:
            continue
        text = value if isinstance(value, str) else json.dumps(value, default=str)
        chunk = f"{key}={text}"
        name = f"{prefix}.{key}" if prefix else str(key)
        for _ in range(chunk.count("\n") + 1):
            lines.append((n, name))
            n += 1
        out.append(chunk)
    if not out:
        return b"", ()
    return ("\n".join(out) + "\n").encode("utf-8", "surrogatepass"), tuple(lines)


def to_json_bytes(obj: Any) -> bytes:
    return json.dumps(obj, indent=2, sort_keys=True, default=str).encode("utf-8")


def paginate(client: Any, operation: str, result_key: str, **kwargs: Any) -> Iterator[Any]:
    """Every item of ``result_key`` across all pages (always through a paginator)."""
    for page in client.get_paginator(operation).paginate(**kwargs):
        yield from page.get(result_key, None) or []


def default_fetch(url: str, limit: int) -> bytes:
    """HTTP(S) GET with a size cap (Lambda packages: presigned URLs valid ~10 minutes)."""
    if not url.lower().startswith(("https://", "http://")):
        raise ValueError(f"not an HTTP URL: {url[:60]}")
    with urllib.request.urlopen(url, timeout=60) as resp:  # noqa: S310 - URL comes from the AWS API
        data: bytes = resp.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"package larger than {limit} bytes")
    return data


# ------------------------------------------------------------------- errors

ACCESS_DENIED = {
    "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError",
    "AuthorizationErrorException", "UnauthorizedException", "Forbidden", "403",
    "NotAuthorized", "AccessDeniedForDependencyException",
}
NOT_ENABLED = {"UnrecognizedClientException", "InvalidClientTokenId", "AuthFailure", "OptInRequired",
               "SubscriptionRequiredException", "InvalidSignatureException", "SignatureDoesNotMatch"}
THROTTLED = {"Throttling", "ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded",
             "SlowDown", "ProvisionedThroughputExceededException", "RequestThrottled", "RequestThrottledException"}
UNSUPPORTED = {"InvalidAction", "UnknownOperationException", "UnsupportedOperation", "UnsupportedOperationException",
               "NotImplemented", "InternalFailure", "InternalError", "InternalServerError", "500", "501",
               "ServiceUnavailable", "InvalidRegion"}


def classify(exc: BaseException) -> tuple[str, str]:
    """An exception from an AWS call -> (skip reason, one-line detail).  Never includes request data."""
    name = type(exc).__name__
    code = ""
    msg = str(exc)
    resp = getattr(exc, "response", None)
    if isinstance(resp, dict):
        err = resp.get("Error") or {}
        code = str(err.get("Code") or "")
        status = (resp.get("ResponseMetadata") or {}).get("HTTPStatusCode")
        if not code and status:
            code = str(status)
        if status and int(status) >= 500 and code not in THROTTLED:
            msg = f"{code or status}: the service returned HTTP {status} (API not available here)"
            return "unsupported", _short(msg)
    if code in ACCESS_DENIED:
        return "access-denied", _short(f"{code}: {msg}")
    if code == "OptInRequired":
        return "region-not-enabled", _short(f"{code}: {msg}")
    if code in NOT_ENABLED:
        return "region-not-enabled", _short(f"{code}: credentials not valid here (region not enabled?): {msg}")
    if code in THROTTLED:
        return "throttled", _short(f"{code}: still throttled after adaptive retries: {msg}")
    if code in UNSUPPORTED:
        return "unsupported", _short(f"{code}: {msg}")
    if name in ("EndpointConnectionError", "ConnectTimeoutError", "UnknownEndpointError"):
        return "unsupported", _short(f"{name}: no endpoint for this service in this region ({msg})")
    if name == "ResponseParserError":
        return "unsupported", "the service returned an unparseable response (API not available here)"
    if name in ("NoCredentialsError", "PartialCredentialsError"):
        return "no-credentials", _short(msg)
    if code:
        return "api-error", _short(f"{code}: {msg}")
    return "error", _short(f"{name}: {msg}")


def call(arn: str, fn: Callable[..., Any], **kwargs: Any) -> "tuple[Any, Optional[Skip]]":
    """One AWS call about the resource ``arn``: ``(response, None)``, or ``(None, skip)`` with the reason
    (:func:`classify`) when it failed: that resource is skipped, the audit goes on."""
    try:
        return fn(**kwargs), None
    except Exception as exc:  # noqa: BLE001
        reason, detail = classify(exc)
        return None, Skip(arn, reason, detail)


def _short(msg: str) -> str:
    msg = " ".join(msg.split())
    return msg if len(msg) <= 300 else msg[:297] + "..."


def render_json(obj: Any, prefix: str = "") -> tuple[bytes, tuple[tuple[int, str], ...]]:
    """Pretty JSON (2-space indent) and line -> dotted path of the value on that line.

    The output is valid JSON, so IaC readers and JSON-aware rules still see a document.
    """
    out: list[str] = []
    fields: list[tuple[int, str]] = []

    def emit(text: str, path: str) -> None:
        out.append(text)
        fields.append((len(out), path or prefix))

    def join(path: str, key: str) -> str:
        return f"{path}.{key}" if path else key

    def walk(v: Any, path: str, depth: int, lead: str, trail: str) -> None:
        pad = "  " * depth
        if isinstance(v, dict) and v:
            emit(f"{pad}{lead}{{", path)
            items = list(v.items())
            for i, (k, x) in enumerate(items):
                walk(x, join(path, str(k)), depth + 1, json.dumps(str(k)) + ": ", "," if i < len(items) - 1 else "")
            emit(f"{pad}}}{trail}", path)
        elif isinstance(v, (list, tuple)) and v:
            emit(f"{pad}{lead}[", path)
            for i, x in enumerate(v):
                walk(x, f"{path}[{i}]", depth + 1, "", "," if i < len(v) - 1 else "")
            emit(f"{pad}]{trail}", path)
        else:
            emit(f"{pad}{lead}{json.dumps(v, default=str)}{trail}", path)

    walk(obj, prefix, 0, "", "")
    return ("\n".join(out) + "\n").encode("utf-8", "surrogatepass"), tuple(fields)
