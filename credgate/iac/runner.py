"""Parse an IaC fragment, run the slot checks, and place each hit on the secret's own line."""
from __future__ import annotations

import json as _json
import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Optional

from credgate.iac import cfn, credfiles, csvtable, deep, doctable, formats, sqldump
from credgate.iac import rules as R
from credgate.iac.kinds import FIXED_NAMES
from credgate.iac.loader import Loaded, ParseError, TooDeep, key_span, load_json, load_yaml, node_span
from credgate.iac.names import changeme_default, is_secret_name, literal_problem
from credgate.iac.rules import RULES, Hit, render_path
from credgate.models import Severity, Skip

if TYPE_CHECKING:
    from credgate.models import Fragment

_COLUMN_RULES = frozenset({"sql-dump-secret-column", "csv-secret-column"})
_TEMPLATING = re.compile(r"\{\{-?\s*[.$a-zA-Z]|\{%-?\s")
_STRONG = ("AWSTemplateFormatVersion", "AWS::", "containerDefinitions", "containerProperties", "ParameterKey",
           "parameter_overrides", "environmentVariables", "TemplateBody")
_MAX_WALK_NODES = 500_000
# the markers of _STRONG used as keys (at the start of a line, before ":" or "="), not mentioned in prose
_KEYED = re.compile(r"""(?m)^[ \t\-{,]*["']?(?:AWSTemplateFormatVersion|Resources|containerDefinitions|"""
                    r"""containerProperties|ParameterKey|parameter_overrides|environmentVariables|TemplateBody)"""
                    r"""["']?\s*[:=]""")


class _Budget(Exception):
    pass


def _count_nodes(docs: list[Any]) -> None:
    """Refuse documents whose alias-expanded size is absurd (billion laughs) before walking them."""
    n = 0
    stack = list(docs)
    while stack:
        x = stack.pop()
        n += 1
        if n > _MAX_WALK_NODES:
            raise _Budget()
        if isinstance(x, dict):
            stack.extend(x.values())
        elif isinstance(x, list):
            stack.extend(x)


def _decode(data: bytes) -> tuple[str, int]:
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    return data[bom:].decode("utf-8", "surrogateescape"), bom


@dataclass
class SlotHit:
    """One IaC slot finding as data: the engine turns it into a :class:`~credgate.models.Finding`
    (``Engine.make_finding`` at byte offsets ``start:end`` of the fragment), so IaC never calls the engine."""

    rule: Any
    secret: str
    start: int
    end: int
    why: list[str]
    location_detail: Optional[str] = None
    remediation: Optional[str] = None
    severity: Optional[Severity] = None
    extra: Optional[dict[str, Any]] = None
    other_lines: "tuple[int, ...]" = field(default=())  # more lines of the same finding (a duplicated key)


def analyze_fragment(frag: "Fragment", kind: Optional[str]) -> "tuple[list[SlotHit], list[Skip]]":
    if kind is None:
        return [], []
    if len(frag.data) > 8 * 1024 * 1024:
        return [], [Skip(frag.path, "iac-too-large", "over 8 MB: pattern rules ran, structure was not analysed")]
    text, bom = _decode(frag.data)
    a = _Analysis(frag, text, bom)
    try:
        a.run(kind)
    except TooDeep as exc:
        return a.findings, [Skip(frag.path, "iac-too-deep", f"{exc}: pattern rules ran, structure was not analysed")]
    except (_Budget, RecursionError):
        return a.findings, [Skip(frag.path, "iac-too-complex",
                                 "alias expansion too large (billion laughs?): pattern rules ran, structure skipped")]
    except Exception as exc:  # noqa: BLE001 - one odd document must not end the scan; say so instead
        if os.environ.get("CREDGATE_DEBUG"):
            raise
        return a.findings, [Skip(frag.path, "iac-error",
                                 f"structure not analysed ({type(exc).__name__}); pattern rules ran. "
                                 "Set CREDGATE_DEBUG=1 for the traceback and report it")]
    return a.findings, []


class _Analysis:
    def __init__(self, frag: "Fragment", text: str, bom: int) -> None:
        self.frag, self.text, self.bom = frag, text, bom
        self.findings: list[SlotHit] = []
        self.docs: list[Any] = []
        self._ascii = text.isascii()

    # ------------------------------------------------------------- dispatch
    def run(self, kind: str) -> None:
        text = self.text
        if kind == "dockerfile":
            self.emit(formats.dockerfile_hits(text))
            return
        if kind == "terraform":
            self.emit(formats.terraform_hits(text))
            return
        if kind == "sql-dump":
            self.emit(sqldump.sql_dump_hits(text))
            return
        if kind == "csv-table":
            self.emit(csvtable.csv_hits(text, self.frag.path))
            return
        if kind == "credential-file":
            self.emit(credfiles.credential_file_hits(text, self.frag.path))
            return
        if kind == "doc-table":
            self.emit(doctable.doc_table_hits(text, self.frag.path))
            return
        if kind == "samconfig-toml":
            try:
                import tomllib  # type: ignore[import-not-found]
            except ImportError:  # Python < 3.11
                import tomli as tomllib  # type: ignore[no-redef]
            try:
                doc = tomllib.loads(text)
            except tomllib.TOMLDecodeError as exc:
                m = re.search(r"line (\d+), column (\d+)", str(exc))
                line = int(m.group(1)) if m else 1
                self.parse_error(f"TOML: {str(exc).split(' (at ')[0]}", self._line_start(line))
                return
            except UnicodeError:
                return
            self.docs = [doc]
            self.emit(formats.samconfig_hits(doc, text))
            return
        loaded = self.load(kind)
        if loaded is None:
            return
        self.docs = loaded.docs
        if loaded.aliases != 0 or loaded.nodes < 0 or 4 * loaded.nodes > _MAX_WALK_NODES:
            _count_nodes(loaded.docs)  # without an alias the documents are no bigger than the text: nothing to count
        for d in loaded.duplicates:
            self.duplicate(d)
        hits: list[Hit] = []
        for i, doc in enumerate(loaded.docs):
            found = self.structured(doc, i, kind)
            if kind not in ("cdk", "samconfig-yaml"):
                # slots inside any document: command lines, name/value lists, state machines, connections
                cfn_like = cfn.is_template(doc) or (isinstance(doc, dict) and cfn.is_template(doc.get("TemplateBody")))
                if deep.wanted(text, not cfn_like):
                    found = deep.merge(found, deep.document_hits(doc, i, name_values=not cfn_like,
                                                                 slots_only=kind == "slots",
                                                                 ecs=formats.is_ecs(doc) or _is_batch(doc)))
            hits.extend(found)
        self.emit(hits)

    def load(self, kind: str) -> Optional[Loaded]:
        text = self.text
        stripped = text.lstrip()
        as_json = stripped[:1] in ("{", "[") and not stripped.startswith(("[[", "{{"))
        try:
            if as_json:
                try:
                    return load_json(text)
                except ParseError as jexc:
                    try:
                        return load_yaml(text)  # YAML flow style (trailing commas, comments) may still read it
                    except ParseError:
                        raise jexc from None  # report the JSON error: it is the precise one for a JSON file
            return load_yaml(text)
        except ParseError as exc:
            if self._report_parse_errors(kind):
                self.parse_error(("JSON: " if as_json else "YAML: ") + exc.message, exc.index)
            return None

    def _report_parse_errors(self, kind: str) -> bool:
        """A parse error is a finding for documents that are surely IaC; a random broken JSON is not our business."""
        if kind == "slots":
            return False  # any YAML/JSON file with a secret-named declaration: not known to be IaC
        if _TEMPLATING.search(self.text) and "{{resolve:" not in self.text:
            return False  # Helm/Jinja templates are not YAML until rendered
        _name, ext = os.path.splitext(self.frag.path.lower())
        if not ext and kind not in ("cdk", "samconfig-yaml") and not _KEYED.search(self.text):
            return False  # a file without extension that only mentions the markers in prose (README, NOTES)
        if kind in ("cdk", "samconfig-yaml") or any(m in self.text for m in _STRONG):
            return True
        _name, ext = os.path.splitext(self.frag.path.lower())
        return ext in (".yaml", ".yml", ".template")

    def structured(self, doc: Any, i: int, kind: str) -> list[Hit]:
        name = os.path.basename(self.frag.path).lower()
        if kind == "samconfig-yaml":
            return list(formats.samconfig_hits(doc, self.text))
        if kind == "cdk":
            return list(formats.cdk_hits(doc, i))
        if cfn.is_template(doc):
            return [_with_doc(h, i) for h in cfn.analyze_template(doc)]
        if isinstance(doc, dict) and cfn.is_template(doc.get("TemplateBody")):
            # `aws cloudformation get-template` output saved as JSON
            return [_prefixed(h, ("TemplateBody",), i) for h in cfn.analyze_template(doc["TemplateBody"])]
        projects = formats.codebuild_projects(doc)
        if projects:
            return list(formats.codebuild_hits(projects, i))
        if formats.is_ecs(doc):
            return list(formats.ecs_hits(doc, i))
        if name.endswith(".tfvars.json") and isinstance(doc, dict):
            return list(formats.tfvars_json_hits(doc, i))
        if formats.is_param_list(doc) or formats.is_param_object(doc):
            return list(formats.param_file_hits(doc, i))
        if formats.is_k8s(doc):
            return list(formats.k8s_hits(doc, i))
        if formats.is_compose(doc):
            return list(formats.compose_hits(doc, i))
        if formats.is_serverless(doc) or name.startswith("serverless."):
            return list(formats.serverless_hits(doc, i)) if isinstance(doc, dict) else []
        if isinstance(doc, dict) and isinstance(doc.get("Environment"), dict):
            # a Lambda configuration (aws lambda create-function --cli-input-json)
            return _lambda_config(doc, i)
        return []

    # --------------------------------------------------------------- output
    def _line_start(self, line: int) -> int:
        pos = 0
        for _ in range(line - 1):
            nxt = self.text.find("\n", pos)
            if nxt < 0:
                break
            pos = nxt + 1
        return pos

    def _b(self, i: int) -> int:
        if self._ascii:
            return i + self.bom
        return len(self.text[:i].encode("utf-8", "surrogateescape")) + self.bom

    def _detail(self, d: str) -> str:
        fd = self.frag.location_detail
        if fd and self.frag.source not in ("archive",):
            return f"{fd}!{d}"
        return d

    def place(self, h: Hit) -> tuple[int, int]:
        text = self.text
        if h.span is not None:
            return h.span
        doc = self.docs[h.doc] if h.doc < len(self.docs) else None
        span = node_span(doc, h.path) if doc is not None else None
        if span is None:
            return (0, 0)
        s, e = span
        if h.secret:
            start = s
            if h.hint:
                hp = text.find(h.hint, s, e)
                if hp >= 0:
                    start = hp
            p = text.find(h.secret, start, e)
            if p < 0:
                p = text.find(h.secret, s, e)
            if p < 0 and "\n" in h.secret.strip():
                # a multi-line value re-indented in a block scalar: the raw lines from its first line on
                first = h.secret.strip().split("\n", 1)[0]
                p = text.find(first, s, e)
                if p >= 0:
                    last = h.secret.strip().rsplit("\n", 1)[-1]
                    q = text.find(last, p, e)
                    end = q + len(last) if q >= 0 else p + len(first)
                    return p, end
            if p < 0:
                esc = _json.dumps(h.secret)[1:-1]
                p = text.find(esc, s, e)
                if p >= 0:
                    return p, p + len(esc)
            if p >= 0:
                return p, p + len(h.secret)
        # not found verbatim (escapes, folded scalars): the start of the node, past an indicator line
        return s, min(e, s + max(1, len(h.secret)))

    def emit(self, hits: Any) -> None:
        for h in hits:
            rule = RULES[h.rule]
            s, e = self.place(h)
            secret = h.secret
            if "\n" in secret.strip() and e > s and self.text[s:e] != secret:
                secret = self.text[s:e]  # as written (indented), so a pattern finding of the same value merges
            detail = h.detail or render_path(h.path)
            refs = self._ref_lines(h)
            extra: Optional[dict[str, Any]] = {"_ref_lines": refs} if refs else None
            if h.rule in _COLUMN_RULES and h.path:
                # the column (or the settings row's name cell) that holds the value: triage ranks a machine-random
                # value under a key or token name high, as it does the same value after "api_key =" on a line
                extra = dict(extra or {}, _key=str(h.path[-1])[:300] + "\n")
            self.findings.append(SlotHit(
                rule, secret, self._b(s), self._b(e), list(h.why),
                location_detail=self._detail(detail), remediation=h.remediation or rule.remediation,
                extra=extra,
                # a changeme default with digits in a password slot: the live password, but a weak guessable one
                severity=Severity.MEDIUM if changeme_default(secret) else None,
            ))

    def _ref_lines(self, h: Hit) -> "tuple[int, ...]":
        """Lines of the slots that reference the value (``!Ref P`` for a parameter Default): a hook
        reports the finding when the commit adds the reference, even if the Default is old."""
        doc = self.docs[h.doc] if h.doc < len(self.docs) else None
        if doc is None or not h.vias:
            return ()
        lines: set[int] = set()
        for via in h.vias:
            span = node_span(doc, via)
            if span is None:
                continue
            first = self.text.count("\n", 0, span[0]) + 1
            last = first + self.text.count("\n", span[0], max(span[0], span[1] - 1))
            lines.update(range(first, last + 1))
        return tuple(sorted(lines))

    def parse_error(self, message: str, index: int) -> None:
        rule = RULES["iac-parse-error"]
        idx = min(index, len(self.text))
        text = self.text
        while True:  # the parser stopped at the end of input or a blank line: point at the last line with content
            ls = text.rfind("\n", 0, idx) + 1
            le = text.find("\n", idx)
            le = len(text) if le < 0 else le
            if ls == 0 or text[ls:le].strip():
                break
            idx = ls - 1
        end = self.text.find("\n", idx)
        end = len(self.text) if end < 0 else end
        line = self.text.count("\n", 0, idx) + 1
        why = [f"{message} (line {line})", "structure not checked; pattern rules still ran on the text"]
        _name, ext = os.path.splitext(self.frag.path.lower())
        structured_file = ext in _FAIL_CLOSED_EXT or kind_fixed(self.frag.path)
        keys = secret_named_keys(self.text) if structured_file else []
        severity, extra = None, None
        if keys:
            # fail closed (README "What blocks"): a template that holds secret-named values and cannot be
            # read as structure may hide a literal password the slot checks would have found
            severity = Severity.HIGH
            shown = ", ".join(f"{k} at line {n}" for k, n in keys[:3]) + (", ..." if len(keys) > 3 else "")
            why.append(f"the document has secret-named keys with values ({shown}): their slots could not be "
                       "checked, so this blocks (fails closed) until the document parses")
            extra = {"_touch_any_change": True, "secret_named_keys": [k for k, _ in keys[:10]]}
        self.findings.append(SlotHit(
            rule, f"parse error: {message}", self._b(idx), self._b(max(idx, end)),
            why, location_detail=self._detail(f"line {line}"), severity=severity, extra=extra,
        ))

    def duplicate(self, d: Any) -> None:
        rule = RULES["iac-duplicate-key"]
        first_line = self.text.count("\n", 0, d.first[0]) + 1
        second_line = self.text.count("\n", 0, d.second[0]) + 1
        self.findings.append(SlotHit(
            rule, f"duplicate key {d.key}", self._b(d.second[0]), self._b(d.second[1]),
            [f"key {d.key!r} at line {second_line} repeats the key at line {first_line}",
             "only the last value is used; the other is silently ignored"],
            location_detail=self._detail(render_path(d.path)),
            extra={"first_line": first_line, "second_line": second_line}, other_lines=(first_line,),
        ))


# files that are templates by name: a parse error there with secret-named values fails closed (README)
_FAIL_CLOSED_EXT = frozenset((".yaml", ".yml", ".json", ".template", ".toml"))


def kind_fixed(path: str) -> bool:
    return os.path.basename(path.replace("\\", "/")).lower() in FIXED_NAMES


_KEY_LINE = re.compile(r"""^[ \t-]*["']?([A-Za-z_][\w.\-]{1,80})["']?[ \t]*(?::(?!:)|=)[ \t]*(.*)$""", re.M)
_REFERENCE_VALUE = re.compile(
    r"""^(?:!Ref\b|!GetAtt\b|!ImportValue\b|Ref\s*:|\{|\[|["']?\s*["']?$|null$|~$|true$|false$)""", re.I)


def secret_named_keys(text: str) -> "list[tuple[str, int]]":
    """Keys named like secrets (password, secret, token, key...) that hold a value other than a reference,
    with their line numbers, read line by line (for a document the parser could not read)."""
    out: list[tuple[str, int]] = []
    for m in _KEY_LINE.finditer(text):
        key, value = m.group(1), m.group(2).strip()
        if not is_secret_name(key) or "{{resolve:" in value or _REFERENCE_VALUE.match(value):
            continue
        if value.startswith("!"):
            if value.startswith("!Sub") and not re.sub(r"\$\{[^}]*\}|!Sub|[\s\"']", "", value):
                continue  # !Sub "${Param}": a reference
        elif value[:1] not in ("|", ">"):  # a block scalar's value is on the next lines: cannot judge, count it
            literal = re.sub(r"\s+#.*$", "", value).rstrip(",").strip().strip("\"'")
            if literal_problem(literal) is not None or len(literal.split()) > 4:
                continue  # a number, a word, prose, a placeholder, a template: not a secret value
        out.append((key, text.count("\n", 0, m.start()) + 1))
    return out


def _with_doc(h: Hit, i: int) -> Hit:
    if h.doc == i:
        return h
    return Hit(h.rule, h.path, h.secret, h.why, h.remediation, h.detail, h.hint, h.span, i, h.vias)


def _prefixed(h: Hit, prefix: tuple, i: int) -> Hit:
    return Hit(h.rule, prefix + h.path, h.secret, h.why, h.remediation, h.detail, h.hint, h.span, i,
               tuple(prefix + v for v in h.vias))


def _is_batch(doc: Any) -> bool:
    """A Batch job definition whose containers are in node ranges or EKS pod properties."""
    return isinstance(doc, dict) and (isinstance(doc.get("nodeProperties"), dict) or
                                      isinstance(doc.get("eksProperties"), dict)) and "jobDefinitionName" in doc


def _lambda_config(doc: dict, i: int) -> list[Hit]:
    env = doc.get("Environment")
    if not isinstance(env, dict) or not isinstance(env.get("Variables"), dict):
        return []
    out: list[Hit] = []
    for k, v in env["Variables"].items():
        if formats.is_secret_name(k):
            out.extend(formats._judge("iac-cfn-literal-secret", v, ("Environment", "Variables", k),
                                      f"environment variable {k}", R.REM_LAMBDA, i))
    return out


__all__ = ["SlotHit", "analyze_fragment", "key_span"]
