"""cfn-lint rules that report secrets in CloudFormation/SAM secret slots (credgate checks).

IDs are in cfn-lint's user range (9xxx) and map 1:1 to credgate rule IDs:

    E9101  iac-cfn-literal-secret            literal secret in a secret slot
    E9102  iac-cfn-parameter-default-secret  secret in a parameter Default (NoEcho, secret-named, or referenced
                                             from a secret slot)
    E9103  iac-ecs-plaintext-env-secret      secret in ECS/Batch container Environment
    E9104  iac-codebuild-plaintext-secret    secret in a PLAINTEXT CodeBuild variable
    E9105  iac-userdata-secret               secret in EC2/launch-template UserData
    E9106  iac-cfn-output-secret             secret exported as a stack output

Messages never contain the secret itself (it is redacted).
"""
from __future__ import annotations

from typing import Any

from cfnlint.rules import CloudFormationLintRule, RuleMatch

from credgate.iac.cfn import analyze_template
from credgate.iac.rules import RULES, render_path
from credgate.redact import redact

_CACHE: dict[str, Any] = {"id": None, "hits": []}


def _hits(cfn: Any) -> list:
    tpl = cfn.template
    if _CACHE["id"] is not id(tpl) or _CACHE.get("tpl") is not tpl:
        _CACHE["id"], _CACHE["tpl"] = id(tpl), tpl
        try:
            _CACHE["hits"] = analyze_template(tpl)
        except RecursionError:
            _CACHE["hits"] = []
    return _CACHE["hits"]


class _CredgateRule(CloudFormationLintRule):  # type: ignore[misc]
    credgate_id = ""
    source_url = "https://pypi.org/project/credgate/"

    def match(self, cfn: Any) -> list:
        out = []
        for h in _hits(cfn):
            if h.rule != self.credgate_id:
                continue
            why = "; ".join(h.why[:1]) if h.why else ""
            msg = f"{RULES[h.rule].name} at {render_path(h.path)} ({redact(h.secret)}): {why} [credgate {h.rule}]"
            out.append(RuleMatch(list(h.path), msg))
        return out


class LiteralSecret(_CredgateRule):
    id = "E9101"
    credgate_id = "iac-cfn-literal-secret"
    shortdesc = "Literal secret in a secret slot"
    description = ("A password, token or key property, or a secret-named environment variable, holds a literal "
                   "value; use a {{resolve:secretsmanager:...}} dynamic reference")
    tags = ["credgate", "secrets", "security"]


class ParameterDefaultSecret(_CredgateRule):
    id = "E9102"
    credgate_id = "iac-cfn-parameter-default-secret"
    shortdesc = "Secret in a parameter Default"
    description = ("A NoEcho or secret-named parameter, or one referenced from a secret slot, has a literal "
                   "Default; set NoEcho and drop the Default")
    tags = ["credgate", "secrets", "parameters"]


class EcsPlaintextEnvSecret(_CredgateRule):
    id = "E9103"
    credgate_id = "iac-ecs-plaintext-env-secret"
    shortdesc = "Secret in a plaintext container environment variable"
    description = "Move the variable from Environment to Secrets with ValueFrom (Secrets Manager or SSM ARN)"
    tags = ["credgate", "secrets", "ecs"]


class CodeBuildPlaintextSecret(_CredgateRule):
    id = "E9104"
    credgate_id = "iac-codebuild-plaintext-secret"
    shortdesc = "Secret in a PLAINTEXT CodeBuild environment variable"
    description = "Use Type SECRETS_MANAGER or PARAMETER_STORE for secret variables"
    tags = ["credgate", "secrets", "codebuild"]


class UserDataSecret(_CredgateRule):
    id = "E9105"
    credgate_id = "iac-userdata-secret"
    shortdesc = "Secret in EC2 user data"
    description = "Fetch secrets at boot from Secrets Manager instead of writing them into UserData"
    tags = ["credgate", "secrets", "ec2"]


class OutputSecret(_CredgateRule):
    id = "E9106"
    credgate_id = "iac-cfn-output-secret"
    shortdesc = "Secret exported as a stack output"
    description = "Do not export secret values (e.g. an access key's SecretAccessKey) as outputs"
    tags = ["credgate", "secrets", "outputs"]
