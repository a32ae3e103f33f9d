"""The shipped IAM policy covers every AWS API the audit code calls; the schedule template passes cfn-lint."""
from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AUDIT = ROOT / "credgate" / "audit"
POLICY = ROOT / "deploy" / "aws-audit-policy.json"
TEMPLATE = ROOT / "deploy" / "aws-audit-schedule.yaml"

# boto3 service name -> IAM prefix, where they differ
PREFIX = {"stepfunctions": "states", "apigatewayv2": "apigateway"}
# API -> IAM action, where the action is not "<prefix>:<Api>"
SPECIAL = {
    ("s3", "ListObjectsV2"): "s3:ListBucket",
    ("s3", "ListBuckets"): "s3:ListAllMyBuckets",
    ("lambda", "GetLayerVersionByArn"): "lambda:GetLayerVersion",
    ("lambda", "ListFunctions20150331"): "lambda:ListFunctions",
    ("lambda", "GetFunction20150331v2"): "lambda:GetFunction",
}
NOT_CLIENT_METHODS = {"get_paginator", "can_paginate", "close", "meta", "exceptions", "get_waiter"}


def _service_of(call: ast.Call) -> "str | None":
    """ctx.client("svc"), session.client("svc", ...), _client(session, "svc", ...)."""
    f = call.func
    if isinstance(f, ast.Attribute) and f.attr == "client" and call.args and isinstance(call.args[0], ast.Constant):
        return str(call.args[0].value)
    if isinstance(f, ast.Name) and f.id == "_client" and len(call.args) > 1 and isinstance(call.args[1], ast.Constant):
        return str(call.args[1].value)
    return None


def api_calls() -> dict[str, set[tuple[str, str]]]:
    """file -> {(service, operation snake_case)} for every client call in credgate/audit."""
    out: dict[str, set[tuple[str, str]]] = {}
    for path in sorted(AUDIT.rglob("*.py")):
        tree = ast.parse(path.read_text())
        calls: set[tuple[str, str]] = set()
        for fn in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
            names: dict[str, str] = {}
            for node in ast.walk(fn):
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                    svc = _service_of(node.value)
                    if svc:
                        for t in node.targets:
                            if isinstance(t, ast.Name):
                                names[t.id] = svc
            for node in ast.walk(fn):
                if not isinstance(node, ast.Call):
                    continue
                f = node.func
                # direct: session.client("sts", ...).get_caller_identity()
                if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Call) and _service_of(f.value):
                    calls.add((_service_of(f.value), f.attr))  # type: ignore[arg-type]
                if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in names:
                    svc = names[f.value.id]
                    if f.attr == "get_paginator" and node.args and isinstance(node.args[0], ast.Constant):
                        calls.add((svc, str(node.args[0].value)))
                    elif f.attr not in NOT_CLIENT_METHODS:
                        calls.add((svc, f.attr))
                # a client's method handed on to be called: call(arn, client.operation, ...) (credgate.audit.base)
                for m in [*node.args, *(k.value for k in node.keywords)]:
                    if isinstance(m, ast.Attribute) and isinstance(m.value, ast.Name) and m.value.id in names \
                            and m.attr not in NOT_CLIENT_METHODS:
                        calls.add((names[m.value.id], m.attr))
                # paginate(client, "operation", ...)
                if isinstance(f, ast.Name) and f.id == "paginate" and len(node.args) >= 2:
                    c, op = node.args[0], node.args[1]
                    svc = names.get(c.id) if isinstance(c, ast.Name) else (
                        _service_of(c) if isinstance(c, ast.Call) else None)
                    if svc and isinstance(op, ast.Constant):
                        calls.add((svc, str(op.value)))
        if calls:
            out[str(path.relative_to(ROOT))] = calls
    return out


def to_actions(calls: set[tuple[str, str]]) -> set[str]:
    import boto3

    session = boto3.Session(aws_access_key_id="x", aws_secret_access_key="x", region_name="us-east-1")
    out = set()
    for svc, op in calls:
        client = session.client(svc, endpoint_url="http://127.0.0.1:9")  # never contacted
        mapping = client.meta.method_to_api_mapping
        assert op in mapping, f"{svc}.{op} is not a boto3 operation"
        api = mapping[op]
        if svc in ("apigateway", "apigatewayv2"):
            http = client.meta.service_model.operation_model(api).http["method"]
            out.add(f"apigateway:{http}")
            continue
        out.add(SPECIAL.get((svc, api), f"{PREFIX.get(svc, svc)}:{api}"))
    return out


def policy_actions(doc: dict) -> set[str]:
    acts: set[str] = set()
    for st in doc["Statement"]:
        a = st["Action"]
        acts |= {a} if isinstance(a, str) else set(a)
    return acts


def test_the_static_scan_sees_the_calls_it_must():
    calls = api_calls()
    flat = set().union(*calls.values())
    for expected in [("lambda", "list_functions"), ("ec2", "describe_instance_attribute"),
                     ("ssm", "get_parameters"), ("sts", "assume_role"), ("sts", "get_caller_identity"),
                     ("securityhub", "batch_import_findings"), ("organizations", "list_accounts"),
                     ("s3", "get_object"), ("s3", "list_objects_v2"), ("apigatewayv2", "get_stages"),
                     ("codepipeline", "get_pipeline"), ("sagemaker", "describe_model")]:  # through call()
        assert expected in flat, expected
    assert len(calls) >= 15  # every collector module calls AWS


def test_every_api_the_audit_calls_is_in_the_read_only_policy():
    calls = api_calls()
    audit_calls = set().union(*(v for k, v in calls.items() if not k.endswith("export.py")))
    needed = to_actions(audit_calls)
    allowed = policy_actions(json.loads(POLICY.read_text()))
    assert needed - allowed == set(), f"missing from {POLICY.name}: {sorted(needed - allowed)}"
    # read-only: nothing in the policy writes
    writes = [a for a in allowed if a.split(":")[1].startswith(("Put", "Create", "Delete", "Update", "Batch"))
              and a not in ("codebuild:BatchGetProjects", "ecr:BatchGetImage")]
    assert writes == []
    unused = allowed - needed - {"codecommit:GitPull"}  # GitPull is what `git clone` of CodeCommit needs
    assert unused == set(), f"policy grants more than the code uses: {sorted(unused)}"


def test_the_schedule_template_grants_the_same_read_only_policy_plus_exports():
    from cfnlint.decode import decode_str

    tpl, matches = decode_str(TEMPLATE.read_text())
    assert not matches
    role = tpl["Resources"]["AuditRole"]["Properties"]
    docs = {p["PolicyName"]: p["PolicyDocument"] for p in role["Policies"]}
    read_only = json.loads(POLICY.read_text())
    assert json.loads(json.dumps(docs["credgate-audit-read-only"]["Statement"])) == read_only["Statement"]
    export_calls = set().union(*(v for k, v in api_calls().items() if k.endswith("export.py")))
    needed = to_actions(export_calls)
    granted = policy_actions(docs["credgate-audit-run"])
    assert needed <= granted, sorted(needed - granted)


def test_cfn_lint_cli_passes_on_the_schedule_template():
    exe = shutil.which("cfn-lint")
    cmd = [exe] if exe else [sys.executable, "-m", "cfnlint"]
    proc = subprocess.run([*cmd, str(TEMPLATE)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
