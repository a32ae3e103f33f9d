"""Structure-aware IaC readers (CloudFormation/SAM, ECS, parameter files, ...).

Contract with the engine (:meth:`credgate.linter.engine.Engine.scan`):

* :func:`looks_like_iac` is cheap byte sniffing on content (names only for
  formats with fixed names: Dockerfile, samconfig.toml, cdk.json, ``*.tf``).
* :func:`analyze` parses the document with a light, line-keeping loader
  (:mod:`credgate.iac.loader`; never ``yaml.safe_load``, never cfn-lint on this
  path) and returns slot hits (span, rule, why) as data; the engine makes the
  findings (``Engine.slot_finding``), so this package never imports the engine.

cfn-lint users get the same checks as custom rules:
``cfn-lint --append-rules "$(python -m credgate.iac --cfn-lint-rules)" template.yaml``.
"""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any, Optional

from credgate.iac.kinds import FIXED_NAMES
from credgate.lazyre import LazyPattern
from credgate.linter.matcher import small_block_db
from credgate.models import Fragment

if TYPE_CHECKING:
    from credgate.iac.runner import SlotHit
    from credgate.models import Finding, Skip

__all__ = ["looks_like_iac", "analyze", "analyze_template_text", "RULE_DOCS", "RULES", "kind_of"]


def __getattr__(name: str) -> Any:
    """``RULE_DOCS`` and ``RULES`` from :mod:`credgate.iac.rules`, imported on first use (a hook only sniffs)."""
    if name in ("RULE_DOCS", "RULES"):
        from credgate.iac import rules

        return getattr(rules, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# extensions of code and prose: a template quoted in a README is documentation, not a template
NOT_IAC_EXT = frozenset(
    ".md .markdown .rst .adoc .txt .py .pyi .js .mjs .cjs .ts .tsx .jsx .go .java .kt .rb .php .cs .c .h .cc .cpp "
    ".hpp .rs .swift .scala .sh .bash .zsh .ps1 .html .htm .xml .csv .tsv .sql .ipynb .lock .log .svg .css .scss "
    ".vue .pem .key .crt .env .ini .cfg .conf .properties .gradle .tf.json".split()
)
TF_EXT = (".tf", ".tfvars", ".hcl")
_CRED_FILE_HINT = re.compile(r"(?i)cred|auth|login|pass|secret|pwd|pw|psk|vpn|davfs2|ppp|ezproxy")
_DOC_TABLE_EXT = frozenset(".md .markdown .mdx .html .htm .txt".split())
MAX_IAC_BYTES = 8 * 1024 * 1024
_HEAD = 65536

_CFN_STRONG = (b"AWSTemplateFormatVersion", b"AWS::Serverless")
_DOCKER_NAME = re.compile(r"^(?:dockerfile|containerfile)(?:\.[\w.-]+)?$|\.(?:dockerfile|containerfile)$", re.I)
_TF_MARK = re.compile(rb'^\s*(?:variable|resource|provider|module|data)\s+"[^"\n]+"[^\n{]*\{', re.M)


def _base_ext(path: str) -> tuple[str, str, bool]:
    """(lower-case name, extension, whether the name is a Dockerfile's), memoised per path."""
    got = _BASE_EXT.get(path)
    if got is None:
        if len(_BASE_EXT) >= 8192:
            _BASE_EXT.clear()
        name, ext = _base_ext_of(path)
        got = _BASE_EXT[path] = (name, ext, bool(_DOCKER_NAME.search(name)))
    return got


_BASE_EXT: dict[str, tuple[str, str, bool]] = {}  # a history sniffs the same paths version after version


def _base_ext_of(path: str) -> tuple[str, str]:
    name = os.path.basename(path.replace("\\", "/")).lower()
    ext = ""
    if name.endswith(".tf.json"):
        ext = ".tf.json"
    elif "." in name:
        ext = name[name.rfind("."):]
    return name, ext


def kind_of(path: str, data: bytes, bulk: Optional[bool] = None) -> Optional[str]:
    """Which reader a document needs: dockerfile, terraform, samconfig-toml, samconfig-yaml, cdk, structured, or None.

    ``bulk``: find the markers with one hyperscan pass (True) or substring searches (False); by default
    the first for documents of 8 KB and more once the process has sniffed 1 MB (same answers either way)."""
    name, ext, docker = _base_ext(path)
    if name in FIXED_NAMES:
        return FIXED_NAMES[name]
    if docker:
        return "dockerfile"
    if ext in TF_EXT:
        return "terraform"
    if len(data) <= 65536 and _CRED_FILE_HINT.search(path) and b"\x00" not in data[:4096]:
        from credgate.iac import credfiles  # whole-file credential formats (auth-user-pass, password files)

        if credfiles.kind(path, len(data)):
            return "credential-file"
    if ext == ".json" and name.endswith(".tfvars.json"):
        return "structured"  # variable values as JSON (credgate.iac.formats.tfvars_json_hits)
    if ext == ".sql":  # a dump or seed file: INSERT rows read by column (credgate.iac.sqldump)
        return "sql-dump" if (b"INSERT" in data or b"insert" in data or b"COPY " in data) \
            and b"\x00" not in data[:8192] else None
    if ext in (".csv", ".tsv"):  # a table with a password column: cells read by column (credgate.iac.csvtable)
        head = data[:4096].lower()  # the header names a pass/pwd/pw column (csvtable is imported only then)
        return "csv-table" if (b"pass" in head or b"pw" in head or b"secret" in head or b"token" in head
                               or b"key" in head or b"psk" in head or b"pin" in head) and b"\x00" not in data[:8192] else None
    if ext in _DOC_TABLE_EXT:  # a runbook or wiki page with a table naming a password column or row
        if b"\x00" in data[:8192]:
            return None
        from credgate.iac import doctable

        return "doc-table" if doctable.wanted(data) else None
    if ext in NOT_IAC_EXT or b"\x00" in data[:8192]:
        return None
    # content markers (C-speed substring searches).  Every format puts its markers near the top, so
    # only the first 64 KB are searched, except for a big template's Resources/AWS:: anywhere.
    head = data[:_HEAD]
    db = _marks_db(len(data), bulk)
    if db is None:
        return _content_kind(head.__contains__, data.__contains__, data, head, ext) \
            or _slots_kind(name, head, ext, len(data))
    # bulk scans: one hyperscan pass over the head finds which markers it holds (the same answers as
    # the substring searches; tests/iac/test_sniff_fast.py compares both on random and fixture documents)
    seen: set[int] = set()

    def on_match(i: int, _from: int, _to: int, _flags: int, _ctx: Any) -> Optional[bool]:
        seen.add(i)  # one report per marker at most (HS_FLAG_SINGLEMATCH)
        return None

    db.scan(head, match_event_handler=on_match)
    return _content_kind(lambda m: _MARK_ID[m] in seen, data.__contains__, data, head, ext) \
        or _slots_kind(name, head, ext, len(data))


_SLOT_EXT = frozenset((".yml", ".yaml", ".json"))
_SLOT_MAX = 256 * 1024  # declarations are written by hand: a bigger YAML/JSON is data (an API model, a lock file)
_SLOT_NOT_NAMES = ("lock.json", "lock.yaml", "lock.yml", ".min.json", ".map.json", "-lock.json")
# a key named for a secret or PIN that opens a mapping (``sap-password:`` at a line's end, ``"adminPassword": {``,
# ``PrinterPin: {Type: ..``), or a ``name:`` item that names one: the declaration whose default/value is below
_SLOT_SNIFF = LazyPattern(globals(), "_SLOT_SNIFF",
                          rb"""(?im)^[ \t]*(?:-[ \t]*)?["']?(?:name["']?[ \t]*:[ \t]*["']?[\w.\-]*"""
                          rb"""(?:pass|pwd|secret|token|pin|key|cred)[\w.\-]*["']?[ \t]*$|"""
                          rb"""[\w.\-]*(?:pass|pwd|secret|token|pin|key|cred)[\w.\-]*["']?[ \t]*:[ \t]*(?:\{|$))""")


def _slots_kind(name: str, head: bytes, ext: str, size: int) -> Optional[str]:
    """"slots": a YAML/JSON file (CI inputs and variables, JSON schemas, parameter blocks) where a secret's name is
    the parent or the sibling ``name:`` of a literal ``default``/``value`` (:func:`credgate.iac.deep._parent_slots`)."""
    if ext not in _SLOT_EXT or size > _SLOT_MAX or name.endswith(_SLOT_NOT_NAMES) or not (b"default" in head or b"value" in head or b"Default" in head or b"Value" in head):
        return None
    return "slots" if slot_sniff(head) else None


_SLOT_WORDS = (b"pass", b"pwd", b"secret", b"token", b"pin", b"key", b"cred")


def slot_sniff(head: bytes) -> bool:
    """Whether a line of ``head`` matches _SLOT_SNIFF: the same answer as ``_SLOT_SNIFF.search(head)``, found
    by trying the pattern only at the start of lines holding one of its words (every match holds one, and none
    crosses a line).  The search tried the pattern at every offset of up to 64 KB of JSON: 0.94 of the 8 CPU
    seconds of a 5,000-commit history (session 19); a word's ``bytes.find`` is C speed."""
    low = head.lower()  # ASCII only, as a bytes pattern's IGNORECASE
    match = _SLOT_SNIFF.match
    tried: set[int] = set()
    for word in _SLOT_WORDS:
        i = low.find(word)
        while i != -1:
            start = low.rfind(b"\n", 0, i) + 1
            end = low.find(b"\n", i)
            if end == -1:
                end = len(low)
            if start not in tried:
                tried.add(start)
                if match(head, start, end):
                    return True
            i = low.find(word, end)
    return False


def _content_kind(in_head: Any, anywhere: Any, data: bytes, head: bytes, ext: str) -> Optional[str]:
    """kind_of's content rules; ``in_head(m)``/``anywhere(m)``: the marker is in the first 64 KB / in ``data``."""
    if any(in_head(m) for m in _CFN_STRONG):
        return "structured"
    if in_head(b"Resources") and (in_head(b"AWS::") or in_head(b"Alexa::") or in_head(b"Custom::")):
        return "structured"
    if in_head(b"containerDefinitions") or in_head(b"containerProperties") or in_head(b"ParameterKey") \
            or in_head(b"environmentVariables") or in_head(b"TemplateBody") or in_head(b"nodeProperties") \
            or in_head(b"AuthParameters"):
        return "structured"
    if in_head(b"mainSteps") and in_head(b"schemaVersion"):
        return "structured"  # an SSM document (Command/Automation): runCommand lines
    if in_head(b"StartAt") and in_head(b"States"):
        return "structured"  # a Step Functions state machine (ASL)
    if in_head(b"parameter_overrides"):
        return "samconfig-toml" if b"[" in head and b"=" in head and not head.lstrip().startswith((b"{", b"-")) \
            and b"parameter_overrides:" not in head else "samconfig-yaml"
    first = head.lstrip()[:1]
    if first == b"{" and in_head(b'"Parameters"'):
        return "structured"
    if in_head(b"apiVersion") and in_head(b"kind"):
        return "structured"
    if in_head(b"services") and (in_head(b"environment") or (in_head(b"image") and in_head(b"command"))):
        return "structured"  # docker-compose (a service's environment, or its command line)
    if in_head(b"provider") and (in_head(b"functions") or in_head(b"service")) and in_head(b"environment"):
        return "structured"
    if in_head(b'"Variables"') and in_head(b'"Environment"'):
        return "structured"
    if not ext and _TF_MARK.search(head):
        return "terraform"
    if len(data) > _HEAD and anywhere(b"AWS::") and anywhere(b"Resources"):
        return "structured"
    return None


# every marker _content_kind looks for with in_head (the hyperscan database's patterns, by id)
_MARKS = (*_CFN_STRONG, b"Resources", b"AWS::", b"Alexa::", b"Custom::", b"containerDefinitions",
          b"containerProperties", b"ParameterKey", b"environmentVariables", b"TemplateBody", b"parameter_overrides",
          b'"Parameters"', b"apiVersion", b"kind", b"services", b"environment", b"provider", b"functions", b"service",
          b'"Variables"', b'"Environment"', b"nodeProperties", b"AuthParameters", b"mainSteps", b"schemaVersion",
          b"StartAt", b"States", b"image", b"command")
_MARK_ID = {m: i for i, m in enumerate(_MARKS)}
_MARKS_MIN = 8 * 1024  # smaller documents keep the substring searches ...
_MARKS_BULK = 1 << 20  # ... and so does a process until it has sniffed this much (a hook never compiles the DB)
_marks_seen = 0
_marks_hs: Any = None  # None: not tried yet; False: hyperscan unavailable


def _marks_db(size: int, bulk: Optional[bool] = None) -> Any:
    global _marks_seen, _marks_hs
    if bulk is None:
        _marks_seen += size
        bulk = size >= _MARKS_MIN and (_marks_seen >= _MARKS_BULK or size >= _MARKS_BULK)
    if not bulk:
        return None
    if _marks_hs is None:
        # no hyperscan: substring searches do it
        _marks_hs = small_block_db([re.escape(m) if isinstance(m, bytes) else re.escape(m).encode() for m in _MARKS],
                                   single_match=True) or False
    return _marks_hs or None


def prepare_bulk() -> None:
    """Before a scan pool forks: compile the sniffing database once, count this process as a bulk scan, and
    import the analyser, so every worker inherits them (see :meth:`credgate.linter.engine.Engine.before_fork`)."""
    global _marks_seen
    _marks_seen = max(_marks_seen, _MARKS_BULK)
    _marks_db(0, bulk=True)
    from credgate.iac import runner  # noqa: F401 - for the workers: IaC analysis (lazy on the hook's path)


def looks_like_iac(path: str, data: bytes) -> bool:
    return kind_of(path, data) is not None


_SNIFF = object()


def analyze(frag: "Fragment", kind: Any = _SNIFF) -> "tuple[list[SlotHit], list[Skip]]":
    """The slot hits of an IaC document (the engine turns them into findings) and what was skipped.
    ``kind``: what :func:`kind_of` said of this fragment, when the caller already asked (sniffed once)."""
    from credgate.iac.runner import analyze_fragment  # lazy: the hook loads IaC analysis only for IaC content

    return analyze_fragment(frag, kind_of(frag.path, frag.data) if kind is _SNIFF else kind)


def analyze_template_text(
    text: str,
    path: str,
    engine: Any,
    *,
    source: str = "aws",
    location_detail: Optional[str] = None,
) -> "tuple[list[Finding], list[Skip]]":
    """Scan a template held in memory (e.g. ``get_template`` of a deployed stack) through the whole engine.

    Pattern rules, IaC slots, allowlists and merging all apply.  ``location_detail``
    (e.g. the stack ARN) is kept in front of each slot path: ``ARN!Resources.Fn...``.
    botocore decodes JSON template bodies into dicts: pass ``json.dumps(body, indent=2)``.
    """
    frag = Fragment(path=path, data=text.encode("utf-8"), source=source, location_detail=location_detail)
    return engine.scan(frag)
