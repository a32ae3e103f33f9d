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


def env_name(f: Finding) -> str:
    """A name for the environment variable / secret: the variable it was assigned to, else the rule."""
    text = f.line_text or ""
    if f.secret and f.secret[:8] in text:
        before = text[: text.find(f.secret[:8])]
        m = None
        for m in _ASSIGN.finditer(before):
            pass
        if m is not None:
            raw = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", m.group(1).split(".")[-1])  # camelCase -> CAMEL_CASE
            name = re.sub(r"[^A-Za-z0-9]+", "_", raw).strip("_").upper()
            if len(name) >= 3 and not name.isdigit() and not name[0].isdigit():
                return name
    detail = f.location.location_detail or ""
    if detail and "." in detail and " " not in detail:
        name = re.sub(r"[^A-Za-z0-9]+", "_", detail.rsplit(".", 1)[-1]).strip("_").upper()
        if len(name) >= 3 and not name[0].isdigit():
            return name
    return re.sub(r"[^A-Za-z0-9]+", "_", f.rule_id).strip("_").upper()


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
        return ["delete it: AWS keys do not belong in files. Use an IAM role (EC2/ECS/Lambda role, OIDC in CI) or a",
                "local profile (aws configure --profile NAME); boto3 and the AWS CLI find either without code"]
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


def allow_advice(f: Finding) -> str:
    """One line: the exact comment, or the config route when the file cannot hold a comment."""
    if _is_policy(f):
        return 'the gate owner can set [ci] policy_changes = "warn" in the base config to report these without blocking'
    c = allow_comment(f)
    syn = comment_syntax(f.path)
    if c and syn and _comment_before(f):
        return f"if it is not a real secret, put this line above line {f.line}: {syn[0]}credgate:allow-next-line{syn[1]}"
    if c:
        return f"if it is not a real secret, end line {f.line} with: {c}"
    return f'if it is not a real secret, add its fingerprint to .credgate.toml: fingerprints = ["{f.fingerprint}"]'


def rotate_advice(f: Finding) -> Optional[str]:
    """For values that already left the developer's machine (history, archives, AWS), or may have."""
    src = f.location.source
    if src == "staged" or _is_policy(f):
        return None
    if src in ("history", "archive", "aws") or f.location.commit:
        return f"it is already stored where others can read it: revoke it first (credgate explain {f.rule_id})"
    return f"if it was ever committed or shared, revoke it (credgate explain {f.rule_id})"


def allowlist_block(findings: Iterable[Finding], reason: str = "explain why these are not live secrets") -> str:
    """A ready-to-paste [[allowlist]] block for .credgate.toml holding these findings' fingerprints."""
    lines = ["[[allowlist]]", "fingerprints = ["]
    seen: set[str] = set()
    for f in findings:
        if f.fingerprint in seen:
            continue
        seen.add(f.fingerprint)
        lines.append(f'  "{f.fingerprint}",  # {_toml_comment(f.path)}:{f.line} {f.rule_id}')
    lines.append("]")
    lines.append(f'reason = "{reason}"')
    return "\n".join(lines)


def _toml_comment(text: str) -> str:
    return re.sub(r"[\x00-\x1f\x7f]", "?", text)


def why_text(f: Finding) -> str:
    return "; ".join(f.why) if f.why else "matches the rule's pattern"


def exposure_text(f: Finding) -> str:
    exp = list(f.exposure) or [f.location.source]
    return ", ".join(exp)
