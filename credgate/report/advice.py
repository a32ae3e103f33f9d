"""The two ways forward for a finding, shared by the text, markdown and HTML reports.

1. *Move it*: where the value should live instead (an IAM role for AWS keys,
   AWS Secrets Manager or the environment for everything else) and the exact
   line of code, template or config that reads it there.
2. *Allow it*: the exact inline comment for the file's language, or the
   ``[[allowlist]]`` block for ``.credgate.toml``.

Pure string work, no imports beyond the standard library: the pre-commit
hook renders text through this module.
"""
from __future__ import annotations

import posixpath
import re
from typing import Iterable, Optional

from credgate.models import Finding

# file suffix / name -> (comment start, comment end)
_HASH = ("# ", "")
_SLASH = ("// ", "")
_COMMENTS: dict[str, tuple[str, str]] = {}
for _ext in ("py", "pyi", "sh", "bash", "zsh", "fish", "rb", "pl", "pm", "r", "yaml", "yml", "toml", "env", "ini",
             "cfg", "conf", "properties", "tf", "tfvars", "hcl", "ps1", "psm1", "mk", "cmake", "nix", "dockerfile",
             "gitignore", "service", "txt", "coffee", "jl", "ex", "exs", "cr", "nim", "gemspec", "rake"):
    _COMMENTS[_ext] = _HASH
for _ext in ("js", "mjs", "cjs", "jsx", "ts", "tsx", "go", "java", "kt", "kts", "scala", "c", "h", "cc", "cpp", "hpp",
             "cs", "swift", "rs", "php", "groovy", "gradle", "dart", "m", "mm", "proto", "jsonc", "json5", "sol", "zig"):
    _COMMENTS[_ext] = _SLASH
for _ext in ("sql", "lua", "hs", "elm", "ada"):
    _COMMENTS[_ext] = ("-- ", "")
for _ext in ("html", "htm", "xml", "md", "markdown", "svg", "vue", "xhtml", "plist", "config", "csproj", "xaml"):
    _COMMENTS[_ext] = ("<!-- ", " -->")
_COMMENTS["css"] = ("/* ", " */")
_COMMENTS["scss"] = _SLASH
_COMMENTS["less"] = _SLASH
_COMMENTS["bat"] = ("REM ", "")
_COMMENTS["cmd"] = ("REM ", "")
_COMMENTS["vb"] = ("' ", "")
_COMMENTS["erl"] = ("% ", "")
_COMMENTS["tex"] = ("% ", "")
_COMMENTS["clj"] = (";; ", "")
_COMMENTS["el"] = (";; ", "")
_COMMENTS["lisp"] = (";; ", "")
# formats that cannot hold a comment: allow through the config only
_NO_COMMENT = {"json", "pem", "key", "crt", "cer", "p12", "pfx", "ipynb", "csv", "tsv", "der", "jks", "keystore", "pub",
               "ppk", "asc", "gpg"}
_BY_NAME = {"dockerfile": _HASH, "makefile": _HASH, "gemfile": _HASH, "rakefile": _HASH, "procfile": _HASH,
            "jenkinsfile": _SLASH, "vagrantfile": _HASH, "brewfile": _HASH, ".env": _HASH, ".npmrc": _HASH,
            ".pypirc": _HASH, ".netrc": _HASH, "credentials": _HASH, "config": _HASH, ".bashrc": _HASH,
            ".zshrc": _HASH, ".profile": _HASH, ".gitconfig": _HASH, ".htpasswd": None}  # type: ignore[dict-item]

_AWS_KEY_RULES = re.compile(r"^aws-(access-key|secret|session|temporary|.*key-id)")
_ASSIGN = re.compile(
    r"""(?:^|[\s{,(;])(?:export\s+|set\s+|\$)?["']?([A-Za-z_][A-Za-z0-9_.-]{1,63})["']?\s*(?::=|=>|=|:)\s*"""
)


def _basename(path: str) -> str:
    # archive chains ("a.tar.gz!inner/file.py") and ARNs: the last member decides
    last = re.split(r"[!]", path)[-1]
    return posixpath.basename(last)


def _suffix(path: str) -> str:
    name = _basename(path).lower()
    if name.startswith(".env"):
        return "env"
    if "." not in name.strip("."):
        return ""
    return name.rsplit(".", 1)[-1]


def comment_syntax(path: str) -> Optional[tuple[str, str]]:
    """How to write a comment in this file, or None if the format has no comments."""
    name = _basename(path).lower()
    if name in _BY_NAME:
        return _BY_NAME[name]
    if name.startswith("dockerfile") or name.endswith(".dockerfile"):
        return _HASH
    if name.startswith(".env"):
        return _HASH
    ext = _suffix(path)
    if ext in _NO_COMMENT:
        return None
    return _COMMENTS.get(ext)


def allow_comment(f: Finding) -> Optional[str]:
    """The exact inline comment that allows this finding, or None when the file cannot hold one."""
    syn = comment_syntax(f.path)
    if syn is None or f.location.source == "aws" or _is_policy(f):
        return None
    start, end = syn
    return f"{start}credgate:allow={f.rule_id}{end}"


# names that say where a value sits, not what it is: never a secret's name (a CloudFormation
# parameter's "Default", an ECS/JSON "value", a generic "secret" key holder)
_GENERIC = {"default", "defaults", "value", "values", "val", "secret", "secrets", "data", "string", "text", "key",
            "properties", "environment", "variables", "env", "parameters", "parameter", "resources", "globals",
            "outputs", "mappings", "containerdefinitions", "container_definitions", "secretstring", "item",
            "items", "body", "content", "config", "settings", "spec", "template", "metadata", "name", "field"}
_STOP = {"properties", "resources", "containerdefinitions", "environment", "outputs", "globals", "mappings"}
_DETAIL_TOKEN = re.compile(r"\[([^\]]*)\]|([^.\[\]]+)")
_WHY_SLOT = re.compile(r"\b(?:variable|parameter)\s+['\"]?([A-Za-z_][A-Za-z0-9_.-]{2,63})['\"]?(?=\s+is\b|[;,]|$)")
_NAME_PAIR = re.compile(
    r"""["']?(?:name|Name|key|Key|ParameterKey)["']?\s*[:=]\s*["']([A-Za-z_][A-Za-z0-9_.-]{1,63})["']""")


def _env_style(raw: str) -> str:
    raw = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", raw)  # camelCase -> CAMEL_CASE
    return re.sub(r"[^A-Za-z0-9]+", "_", raw).strip("_").upper()


def _usable(name: str) -> bool:
    return len(name) >= 3 and not name[0].isdigit() and name.lower().replace("_", "") not in _GENERIC \
        and name.lower() not in _GENERIC


def field_detail(path: str, detail: Optional[str]) -> str:
    """The location detail without the resource it belongs to (AWS details repeat the ARN before the field)."""
    detail = detail or ""
    if path and detail.startswith(path):
        detail = detail[len(path):].lstrip(" :!")
    return detail


def slot_name(detail: str) -> Optional[str]:
    """The key a value sits under, from a structured location: the innermost name that is not a container.

    ``Parameters.DbPassword.Default`` -> ``DbPassword``;
    ``Resources.Task.Properties.ContainerDefinitions[0].Environment[DB_PASSWORD]`` -> ``DB_PASSWORD``;
    ``Environment.Variables.DB_PASSWORD`` -> ``DB_PASSWORD``.  None for texts that are not such a path.
    """
    if not detail or " " in detail or "/" in detail or "!" in detail or "\\" in detail:
        return None
    if "." not in detail and "[" not in detail:
        return None
    tokens = [(a or b).strip().strip("'\"") for a, b in _DETAIL_TOKEN.findall(detail)]
    for tok in reversed(tokens):
        if not tok or tok.isdigit() or tok.startswith(("Fn::", "!")):
            continue
        if tok.lower() in _STOP:  # above this level names are resources and containers, not the value's slot
            return None
        if _usable(_env_style(tok)):
            return tok
    return None


def env_name(f: Finding) -> str:
    """A name for the environment variable / secret: the key it sits under, never a container word.

    In order: the structured slot (a template's parameter name, an ECS/Lambda variable name, a JSON/YAML
    key, from ``location_detail``), the ``"name": "X"`` of a name/value pair on the line, the variable it
    is assigned to on the line, and last the rule.
    """
    slot = slot_name(field_detail(f.location.path, f.location.location_detail))
    if slot:
        return _env_style(slot)
    for why in f.why:  # the IaC checks name the slot: "container environment variable DB_PASSWORD", "parameter X ..."
        m = _WHY_SLOT.search(why)
        if m and _usable(_env_style(m.group(1))):
            return _env_style(m.group(1))
    text = f.line_text or ""
    if f.secret and f.secret[:8] in text:
        before = text[: text.find(f.secret[:8])]
        names = [m.group(1) for m in _ASSIGN.finditer(before)]
        if names:
            name = _env_style(names[-1].split(".")[-1])
            if _usable(name):
                return name
        pairs = list(_NAME_PAIR.finditer(before))  # {"name": "DB_PASSWORD", "value": "..."}
        if pairs and _usable(_env_style(pairs[-1].group(1))):
            return _env_style(pairs[-1].group(1))
    return _env_style(f.rule_id)


def secret_id(name: str) -> str:
    """A Secrets Manager name for an environment variable name."""
    return name.lower().replace("_", "-")


def _read_code(path: str, name: str) -> Optional[str]:
    ext = _suffix(path)
    base = _basename(path).lower()
    if ext in ("py", "pyi"):
        return f'os.environ["{name}"]'
    if ext in ("js", "mjs", "cjs", "jsx", "ts", "tsx", "vue"):
        return f"process.env.{name}"
    if ext == "go":
        return f'os.Getenv("{name}")'
    if ext in ("java", "kt", "kts", "scala", "groovy"):
        return f'System.getenv("{name}")'
    if ext in ("rb", "rake", "gemspec"):
        return f'ENV.fetch("{name}")'
    if ext == "php":
        return f"getenv('{name}')"
    if ext == "cs":
        return f'Environment.GetEnvironmentVariable("{name}")'
    if ext == "rs":
        return f'std::env::var("{name}")'
    if ext in ("sh", "bash", "zsh", "ps1") or base in ("makefile",):
        return f'"${{{name}}}"' if ext != "ps1" else f"$env:{name}"
    return None


def _iac_kind(f: Finding) -> Optional[str]:
    path = f.path.lower()
    base = _basename(path)
    detail = f.location.location_detail or ""
    if "/.github/workflows/" in f"/{path}":
        return "gha"
    if base.startswith("buildspec") and base.endswith((".yml", ".yaml")):
        return "buildspec"
    if base.startswith("dockerfile") or base.endswith(".dockerfile"):
        return "docker"
    if base.endswith((".tf", ".tfvars", ".hcl")):
        return "terraform"
    if detail.startswith(("Resources.", "Parameters.", "Outputs.", "Globals.", "Mappings.")) or \
            f.rule_id.startswith(("cfn-", "iac-cfn", "iac-sam")) or base == "samconfig.toml":
        return "cfn"
    if "containerDefinitions" in detail or f.rule_id.startswith(("ecs-", "iac-ecs")):
        return "ecs"
    if base.startswith((".env",)) or base.endswith(".env"):
        return "dotenv"
    return None


def _is_policy(f: Finding) -> bool:
    """A gate's notice that the change modifies the gate's own policy (credgate ci), not a secret."""
    return f.rule_id == "gate-policy-change"


def is_aws_key(f: Finding) -> bool:
    return bool(_AWS_KEY_RULES.match(f.rule_id))


def move_advice(f: Finding) -> list[str]:
    """One or two lines: where the value should live instead and how the code reads it there."""
    if _is_policy(f):
        return ["an owner of the gate reviews the policy change (allowlists, exclude_paths, disabled_rules, rules,",
                "baselines) and merges it deliberately (a repository admin overrides the approval rule)"]
    if f.rule_id == "iac-parse-error":
        return ["fix the document so it parses: until then it is only scanned as text, not as structure"]
    if f.rule_id == "iac-duplicate-key":
        return ["remove the duplicate key: CloudFormation keeps one of them, and the other may hide a secret"]
    name = env_name(f)
    sid = secret_id(name)
    store = f'aws secretsmanager create-secret --name {sid} --secret-string "${name}"'
    if f.location.source == "aws":
        return [f"move the value to Secrets Manager ({store}) or SSM SecureString and reference it from the resource"]
    if is_aws_key(f):
        return ["delete it and use an IAM role (OIDC in CI) or a local profile (aws configure --profile NAME) instead"]
    kind = _iac_kind(f)
    if kind == "cfn":
        return [f"store it ({store}) and reference it in the template as '{{{{resolve:secretsmanager:{sid}}}}}'",
                "(or a NoEcho parameter without a Default, or ECS Secrets/ValueFrom)"]
    if kind == "ecs":
        return [f"store it ({store}) and use \"secrets\": [{{\"name\": \"{name}\", \"valueFrom\": \"<secret ARN>\"}}]",
                "in the container definition instead of environment"]
    if kind == "gha":
        return [f"add it as a repository secret (gh secret set {name}) and use ${{{{ secrets.{name} }}}} in the workflow"]
    if kind == "buildspec":
        return [f"store it ({store}) and list it under env: secrets-manager: {name}: {sid} in the buildspec"]
    if kind == "docker":
        return [f"pass it at run time (docker run -e {name}) or at build time with RUN --mount=type=secret,id={sid};",
                "never bake it into an image layer"]
    if kind == "terraform":
        return [f"store it ({store}) and read it with data \"aws_secretsmanager_secret_version\", or a",
                "variable marked sensitive = true set from TF_VAR_ in the environment"]
    if kind == "dotenv":
        return [f"keep this file out of git (echo '{_basename(f.path)}' >> .gitignore; git rm --cached {f.path})",
                f"and set {name} in each environment, or store it: {store}"]
    code = _read_code(f.path, name)
    if code:
        return [f"read it at run time: {code}; set {name} in the environment or CI secret store,",
                f"or keep it in AWS Secrets Manager: {store}"]
    return [f"move it out of the file: set {name} in the environment or CI secret store,",
            f"or keep it in AWS Secrets Manager: {store}"]


# formats where a comment after the value becomes part of the value: allow from the line before
_LINE_BEFORE = {"env", "properties", "ini", "cfg", "conf", "netrc", "pypirc", "npmrc", "credentials", "config"}


def _comment_before(f: Finding) -> bool:
    name = _basename(f.path).lower()
    return _suffix(f.path) in _LINE_BEFORE or name.lstrip(".") in _LINE_BEFORE or "-----BEGIN" in f.line_text


PUSH_COMMANDS = ("hook pre-push", "git --pre-push", "hook pre-receive")

RECEIVE_COMMAND = "hook pre-receive"


def is_push(command: Optional[str]) -> bool:
    """The report is a pre-push check: the commits it found secrets in are not on the remote yet."""
    return bool(command) and str(command) in PUSH_COMMANDS


def is_receive(command: Optional[str]) -> bool:
    """The report is a server's pre-receive check: the pusher reads it, and the server's policy decides."""
    return str(command) == RECEIVE_COMMAND


def _in_commit(f: Finding) -> bool:
    """Found in a commit (history, a range, a push), not in files still to be committed."""
    return f.location.source not in ("staged", "worktree", "aws") and bool(f.location.commit)


def _pushed_to(f: Finding) -> list[str]:
    """The remote-tracking refs that hold the finding's commit (``remote:origin/main``): it is published."""
    return [e[len("remote:"):] for e in f.exposure if e.startswith("remote:")]


def allow_config(f: Finding, reason: str = "explain why this is not a live secret") -> str:
    """A complete ``.credgate.toml`` snippet that allows exactly this finding (by fingerprint)."""
    return "\n".join(["[[allowlist]]",
                      f'fingerprints = ["{f.fingerprint}"]  # {_place(f)} {f.rule_id}',
                      f'reason = "{reason}"'])


def allow_lines(f: Finding, command: Optional[str] = None) -> list[str]:
    """How to allow this finding: one line with the exact comment, or a sentence and a complete config snippet.

    Comments are offered only where they work: a file that can hold one, scanned as it will be committed.
    Commits already made (history, ``--range``, pre-push) keep their content: a comment added now only affects
    future scans, so those findings are allowed by fingerprint (or a baseline).
    """
    if _is_policy(f):
        return ['the gate owner can set [ci] policy_changes = "warn" in the base config to report these without '
                "blocking"]
    c = allow_comment(f)
    syn = comment_syntax(f.path)
    if c and syn and not _in_commit(f) and not is_push(command):
        if _comment_before(f):
            return [f"if it is not a real secret, put this line above line {f.line}: "
                    f"{syn[0]}credgate:allow-next-line{syn[1]}"]
        return [f"if it is not a real secret, end line {f.line} with: {c}"]
    if is_receive(command):
        return ["if it is not a real secret, ask the server's administrators to add this to the server's credgate "
                "config (a .credgate.toml in the pushed commits is not read by the server):",
                *allow_config(f).splitlines()]
    if _in_commit(f) or is_push(command):
        why = ("it is in commits already made: an allow comment added now only affects future scans, so "
               "add this to .credgate.toml (or record it with credgate baseline):")
    elif f.location.source == "aws":
        why = "a deployed resource cannot hold an allow comment: add this to .credgate.toml:"
    elif syn is None:
        why = f"{_suffix(f.path) or 'this'} files cannot hold a comment: add this to .credgate.toml:"
    else:
        why = "add this to .credgate.toml:"
    return [f"if it is not a real secret, {why}", *allow_config(f).splitlines()]


def allow_advice(f: Finding, command: Optional[str] = None) -> str:
    """:func:`allow_lines` as one line (the snippet's lines joined by spaces keep it valid to retype)."""
    lines = allow_lines(f, command)
    if len(lines) == 1:
        return lines[0]
    return lines[0] + " " + "  ".join(lines[1:])


def rewrite_lines(f: Finding, command: Optional[str] = None) -> list[str]:
    """For a secret inside commits not yet pushed: a sentence, then the commands that take it out of them.

    The commands are whole shell lines (a ``#`` comment says what each does): reporters print them as they are.
    """
    if not is_push(command) or not _in_commit(f):
        return []
    short = (f.location.commit or "")[:12]
    if is_receive(command):
        first = (f"the server refused the push: commit {short} is on none of its branches or tags. "
                 "Take the secret out of the commits you pushed, then push again:")
    else:
        first = (f"nothing has left this machine: the push was stopped before commit {short} reached the remote. "
                 "Take the secret out of the unpushed commits, then push again:")
    return [first,
            "git reset --soft @{u}    # keeps the changes staged: remove the secret, commit again",
            f"git rebase -i @{{u}}       # or: 'edit' commit {short}, remove it, git commit --amend, "
            "git rebase --continue",
            "git rebase -i <base>     # a new branch without upstream, e.g. git rebase -i origin/main"]


def rotate_advice(f: Finding, command: Optional[str] = None) -> Optional[str]:
    """For values that already left the developer's machine (history, archives, AWS), or may have."""
    src = f.location.source
    if src == "staged" or _is_policy(f):
        return None
    if is_receive(command) and _in_commit(f):
        return (f"the server refused these commits, so none of its refs holds them; if they were shared another "
                f"way (another remote, a patch), revoke it (credgate explain {f.rule_id})")
    if is_push(command) and _in_commit(f):
        return (f"if these commits were shared another way (another remote, a patch), revoke it "
                f"(credgate explain {f.rule_id})")
    remotes = _pushed_to(f)
    if remotes:
        return (f"revoke it first: it is already pushed ({', '.join(remotes[:3])}"
                f"{' ...' if len(remotes) > 3 else ''}) where others can read it, and rewriting history does not "
                f"take it back; then remove it (credgate explain {f.rule_id})")
    if src in ("archive", "aws"):
        return f"it is already stored where others can read it: revoke it first (credgate explain {f.rule_id})"
    if src == "history" or f.location.commit:
        return (f"it is in a commit: if that commit was ever pushed or shared, revoke it first "
                f"(credgate explain {f.rule_id})")
    return f"if it was ever committed or shared, revoke it (credgate explain {f.rule_id})"


def allowlist_block(findings: Iterable[Finding], reason: str = "explain why these are not live secrets") -> str:
    """A ready-to-paste [[allowlist]] block for .credgate.toml holding these findings' fingerprints."""
    lines = ["[[allowlist]]", "fingerprints = ["]
    seen: set[str] = set()
    for f in findings:
        if f.fingerprint in seen:
            continue
        seen.add(f.fingerprint)
        lines.append(f'  "{f.fingerprint}",  # {_place(f)} {f.rule_id}')
    lines.append("]")
    lines.append(f'reason = "{reason}"')
    return "\n".join(lines)


def _place(f: Finding) -> str:
    """``path:line`` for a TOML comment; a deployed resource's ARN alone (it has no lines)."""
    if f.location.source == "aws" or f.path.startswith("arn:"):
        return _toml_comment(f.path)
    return f"{_toml_comment(f.path)}:{f.line}"


def _toml_comment(text: str) -> str:
    return re.sub(r"[\x00-\x1f\x7f]", "?", text)


def why_text(f: Finding) -> str:
    return "; ".join(f.why) if f.why else "matches the rule's pattern"


def exposure_text(f: Finding) -> str:
    exp = list(f.exposure) or [f.location.source]
    return ", ".join(exp)
