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

if TYPE_CHECKING:
    from credgate.iac.runner import SlotHit
    from credgate.models import Finding, Fragment, Skip

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
MAX_IAC_BYTES = 8 * 1024 * 1024
_HEAD = 65536

_CFN_STRONG = (b"AWSTemplateFormatVersion", b"AWS::Serverless")
_DOCKER_NAME = re.compile(r"^(?:dockerfile|containerfile)(?:\.[\w.-]+)?$|\.(?:dockerfile|containerfile)$", re.I)
_TF_MARK = re.compile(rb'^\s*(?:variable|resource|provider|module|data)\s+"[^"\n]+"[^\n{]*\{', re.M)


def _base_ext(path: str) -> tuple[str, str]:
    name = os.path.basename(path.replace("\\", "/")).lower()
    ext = ""
    if name.endswith(".tf.json"):
        ext = ".tf.json"
    elif "." in name:
        ext = name[name.rfind("."):]
    return name, ext


def kind_of(path: str, data: bytes) -> Optional[str]:
    """Which reader a document needs: dockerfile, terraform, samconfig-toml, samconfig-yaml, cdk, structured, or None."""
    name, ext = _base_ext(path)
    if name in FIXED_NAMES:
        return FIXED_NAMES[name]
    if _DOCKER_NAME.search(name):
        return "dockerfile"
    if ext in TF_EXT:
        return "terraform"
    if ext in NOT_IAC_EXT or b"\x00" in data[:8192]:
        return None
    # content markers (C-speed substring searches).  Every format puts its markers near the top, so
    # only the first 64 KB are searched, except for a big template's Resources/AWS:: anywhere.
    head = data[:_HEAD]
    if any(m in head for m in _CFN_STRONG):
        return "structured"
    if b"Resources" in head and (b"AWS::" in head or b"Alexa::" in head or b"Custom::" in head):
        return "structured"
    if b"containerDefinitions" in head or b"containerProperties" in head or b"ParameterKey" in head \
            or b"environmentVariables" in head or b"TemplateBody" in head:
        return "structured"
    if b"parameter_overrides" in head:
        return "samconfig-toml" if b"[" in head and b"=" in head and not head.lstrip().startswith((b"{", b"-")) \
            and b"parameter_overrides:" not in head else "samconfig-yaml"
    first = head.lstrip()[:1]
    if first == b"{" and b'"Parameters"' in head:
        return "structured"
    if b"apiVersion" in head and b"kind" in head:
        return "structured"
    if b"services" in head and b"environment" in head:
        return "structured"
    if b"provider" in head and (b"functions" in head or b"service" in head) and b"environment" in head:
        return "structured"
    if b'"Variables"' in head and b'"Environment"' in head:
        return "structured"
    if not ext and _TF_MARK.search(head):
        return "terraform"
    if len(data) > _HEAD and b"AWS::" in data and b"Resources" in data:
        return "structured"
    return None


def looks_like_iac(path: str, data: bytes) -> bool:
    return kind_of(path, data) is not None


def analyze(frag: "Fragment") -> "tuple[list[SlotHit], list[Skip]]":
    """The slot hits of an IaC document (the engine turns them into findings) and what was skipped."""
    from credgate.iac.runner import analyze_fragment

    return analyze_fragment(frag, kind_of(frag.path, frag.data))


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
    from credgate.models import Fragment

    frag = Fragment(path=path, data=text.encode("utf-8"), source=source, location_detail=location_detail)
    return engine.scan(frag)
