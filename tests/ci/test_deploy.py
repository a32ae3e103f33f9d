"""What a team deploys: the CloudFormation template (validated by the real cfn-lint CLI), its inline
buildspec (copied to buildspec.yml as an example) and the README section agree with each other and with
the code, and nothing the pull request controls decides the gate's verdict."""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from credgate.ci import codebuild
from tests.ci.conftest import ROOT, TEMPLATE, load_template, rule_target

BUILDSPEC = ROOT / "buildspec.yml"
README = ROOT / "README.md"


def _readme_section() -> str:
    text = README.read_text(encoding="utf-8")
    m = re.search(r"<!-- section:ci -->(.*?)<!-- /section:ci -->", text, re.S)
    assert m, "README has no ci section"
    return m.group(1)


def _readme_commands(prefix: str) -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", _readme_section(), re.S)
    lines = [l.strip() for b in blocks for l in b.splitlines()]
    return [l for l in lines if l.startswith(prefix)]


def _project() -> dict:
    [project] = [r for r in load_template()["Resources"].values() if r["Type"] == "AWS::CodeBuild::Project"]
    return project


def _inline_buildspec_text() -> str:
    spec = _project()["Properties"]["Source"]["BuildSpec"]
    assert isinstance(spec, str) and "\n" in spec, "the gate's buildspec must be inline in the template"
    return spec


def _buildspec() -> dict:
    return yaml.safe_load(_inline_buildspec_text())  # a buildspec has no CloudFormation tags


def _commands(phase: "str | None" = None) -> list[str]:
    phases = _buildspec()["phases"]
    return [c for name, ph in phases.items() if phase in (None, name) for c in ph.get("commands", [])]


GATE_PYTHON = "/opt/credgate/bin/python -I -m credgate "


def _buildspec_gate_command() -> str:
    """The gate command as a user would type it (``credgate ci ...``)."""
    cmds = [c for c in _commands() if c.startswith(GATE_PYTHON)]
    assert len(cmds) == 1, cmds
    return "credgate " + cmds[0][len(GATE_PYTHON):]


def _cfn_lint() -> str:
    """The cfn-lint console script installed next to this Python (else the one on PATH)."""
    here = Path(sys.executable).parent / "cfn-lint"
    found = str(here) if here.exists() else shutil.which("cfn-lint")
    assert found, "cfn-lint is not installed (pip install 'credgate[test]')"
    return found


def test_template_passes_cfn_lint():
    p = subprocess.run([_cfn_lint(), str(TEMPLATE)], capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_cfn_lint_would_catch_a_broken_template(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(TEMPLATE.read_text().replace("Type: AWS::CodeBuild::ReportGroup", "Type: AWS::CodeBuild::ReportGrup"))
    p = subprocess.run([_cfn_lint(), str(bad)], capture_output=True, text=True)
    assert p.returncode != 0 and "ReportGrup" in p.stdout


def test_buildspec_runs_the_command_the_readme_documents():
    cmd = _buildspec_gate_command()
    readme = _readme_commands("credgate ci")
    assert readme and shlex.split(cmd) == shlex.split(readme[0])
    from credgate.main import build_parser

    for line in readme:
        args = build_parser("ci").parse_args(shlex.split(line)[1:])
        assert args.command == "ci"
    args = build_parser("ci").parse_args(shlex.split(cmd)[1:])
    assert args.comment and args.junit and args.sarif
    assert not args.set_approval and args.approval_rule is None  # the build cannot approve: the approver does
    # the report CodeBuild uploads is the file the command writes, in the group the template creates
    reports = _buildspec()["reports"]
    [(name, spec)] = reports.items()
    assert f"{spec['base-directory']}/{spec['files'][0]}" == args.junit and spec["file-format"] == "JUNITXML"
    tpl = load_template()
    [group] = [r for r in tpl["Resources"].values() if r["Type"] == "AWS::CodeBuild::ReportGroup"]
    assert group["Properties"]["Name"] == {"Fn::Sub": f"${{ProjectName}}-{name}"}


def test_repository_buildspec_is_the_inline_one():
    """buildspec.yml at the top of this repository is an example copy of the template's inline buildspec."""
    text = BUILDSPEC.read_text(encoding="utf-8")
    assert yaml.safe_load(text) == _buildspec()
    assert "Do not point a gate at a buildspec.yml inside the repository it protects" in text


def test_buildspec_installs_credgate_from_the_pinned_artifact():
    tpl = load_template()
    project = _project()
    env = {v["Name"]: v["Value"] for v in project["Properties"]["Environment"]["EnvironmentVariables"]}
    assert env == {"CREDGATE_ARTIFACT_BUCKET": {"Ref": "CredgateArtifactBucket"},
                   "CREDGATE_ARTIFACT_KEY": {"Ref": "CredgateArtifactKey"},
                   "CREDGATE_ARTIFACT_SHA256": {"Ref": "CredgateArtifactSha256"}}
    assert tpl["Parameters"]["CredgateArtifactSha256"]["AllowedPattern"] == "[0-9a-f]{64}"
    assert "Default" not in tpl["Parameters"]["CredgateArtifactSha256"]
    src = project["Properties"]["Source"]
    assert src["Type"] == "CODECOMMIT" and src["GitCloneDepth"] == 0
    [install] = _commands("install")
    steps = [x.strip() for x in install.strip("()").split(";")]
    fetch = next(i for i, x in enumerate(steps) if x.startswith("aws s3 cp"))
    check = next(i for i, x in enumerate(steps) if "sha256sum --check --strict" in x)
    pip = next(i for i, x in enumerate(steps) if " -m pip install" in x)
    assert steps[0] == "set -euo pipefail" and fetch < check < pip  # nothing is installed before the hash holds
    assert '"${CREDGATE_ARTIFACT_SHA256}  credgate.tar.gz"' in steps[check]
    assert "--no-index" in steps[pip] and '--find-links "$W/wheels"' in steps[pip]  # no package index at all


def test_nothing_the_pull_request_controls_decides_the_verdict():
    """The build reads no buildspec, config, baseline or code from the checkout it judges."""
    src = _project()["Properties"]["Source"]
    assert not str(src["BuildSpec"]).strip().endswith((".yml", ".yaml"))  # inline, not a file of the checkout
    [install] = _commands("install")
    steps = [x.strip() for x in install.strip("()").split(";")]
    cd = next(i for i, x in enumerate(steps) if x == 'cd "$W"')
    for i, step in enumerate(steps):  # Python never runs from the checkout, nor with it on sys.path
        if "python" in step:
            assert i > cd and " -I -m " in step, step
    build = _commands("build")
    assert build[0] == "rm -rf credgate-out && mkdir credgate-out"  # a symlink committed as credgate-out goes
    for c in build[1:]:
        assert c.startswith(GATE_PYTHON), c  # the pinned credgate, isolated: not a `credgate` found on PATH
    from credgate.main import build_parser

    args = build_parser("ci").parse_args(shlex.split(_buildspec_gate_command())[1:])
    assert args.policy_from == "base" and args.config is None  # the destination commit's policy
    assert args.baseline is None or not Path(args.baseline).is_absolute()
    assert args.fail_on is None and args.rules == []


def test_rule_passes_the_variables_the_gate_reads():
    tpl = load_template()
    rule = tpl["Resources"]["PullRequestRule"]
    pattern = rule["Properties"]["EventPattern"]
    assert pattern["source"] == ["aws.codecommit"]
    assert pattern["detail-type"] == ["CodeCommit Pull Request State Change"]
    assert set(pattern["detail"]["event"]) == {"pullRequestCreated", "pullRequestSourceBranchUpdated"}
    it = rule_target(tpl)["InputTransformer"]
    names = set(re.findall(r'"name": "([^"]+)"', it["InputTemplate"]))
    accepted = {names_[0] for names_ in codebuild.EVENT_VARS.values()}
    assert names == accepted
    assert it["InputPathsMap"]["repositoryName"] == "$.detail.repositoryNames[0]"
    assert '"sourceVersion": <sourceCommit>' in it["InputTemplate"]


def test_roles_are_least_privilege():
    tpl = load_template()
    roles = {k: r for k, r in tpl["Resources"].items() if r["Type"] == "AWS::IAM::Role"}
    statements = {k: [s for p in r["Properties"]["Policies"] for s in p["PolicyDocument"]["Statement"]]
                  for k, r in roles.items()}
    for role, stmts in statements.items():
        for s in stmts:
            actions = s["Action"] if isinstance(s["Action"], list) else [s["Action"]]
            assert s["Effect"] == "Allow"
            assert all("*" not in a for a in actions), (role, actions)
            assert s["Resource"] != "*" and "*" not in str(s["Resource"]), (role, s)
    gate_actions = {a for s in statements["GateRole"] for a in (s["Action"] if isinstance(s["Action"], list)
                                                               else [s["Action"]])}
    [s3] = [s for s in statements["GateRole"] if any(a.startswith("s3:") for a in s["Action"])]
    assert s3["Action"] == ["s3:GetObject"]  # the pinned artifact, that one object only
    assert s3["Resource"] == {"Fn::Sub": "arn:${AWS::Partition}:s3:::${CredgateArtifactBucket}/${CredgateArtifactKey}"}
    # every CodeCommit call the buildspec's flags make is allowed, and nothing else: no approval
    used = {"GetPullRequest", "GetCommentsForPullRequest", "PostCommentForPullRequest", "UpdateComment"}
    source = (ROOT / "credgate" / "ci" / "codecommit.py").read_text()
    for op in used:
        assert re.search(r'_call\(\s*"' + op + '"', source), op
    assert {a.split(":", 1)[1] for a in gate_actions if a.startswith("codecommit:")} == used | {"GitPull"}
    assert statements["StartBuildRole"][0]["Action"] == "codebuild:StartBuild"
    approver = {a for s in statements["ApproverRole"] for a in s["Action"]}
    assert approver == {"codecommit:GetPullRequest", "codecommit:UpdatePullRequestApprovalState",
                        "logs:CreateLogStream", "logs:PutLogEvents"}


def test_readme_deploy_commands_match_the_template():
    tpl = load_template()
    section = _readme_section()
    deploy = _readme_commands("aws cloudformation deploy")
    assert len(deploy) == 1 and "--template-file deploy/codebuild-gate.yaml" in deploy[0]
    for m in re.findall(r"(\w+)=", deploy[0].split("--parameter-overrides", 1)[1]):
        assert m in tpl["Parameters"]
    assert "ApprovalPoolMember" in tpl["Outputs"] and "OutputKey=='ApprovalPoolMember'" in section
    assert "cp buildspec.yml" not in section and "inline" in section
    assert "CredgateArtifactSha256=" in deploy[0] and "sha256sum credgate-wheelhouse.tar.gz" in section


# ----------------------------------------------------------------- approver
def _approver_code() -> str:
    return load_template()["Resources"]["ApproverFunction"]["Properties"]["Code"]["ZipFile"]


def test_only_the_approver_approves_and_only_on_a_finished_gate_build():
    """Approval is kept away from everything that reads the pull request: the build's role cannot approve;
    a function triggered by AWS's own CodeBuild event (not by anything in the pull request) can."""
    tpl = load_template()
    res = tpl["Resources"]
    assert res["ApproverFunction"]["Properties"]["Role"] == {"Fn::GetAtt": ["ApproverRole", "Arn"]}
    assert tpl["Outputs"]["ApprovalPoolMember"]["Value"] == \
        {"Fn::Sub": "arn:${AWS::Partition}:sts::${AWS::AccountId}:assumed-role/${ApproverRole}/*"}
    rule = res["BuildFinishedRule"]["Properties"]
    assert rule["EventPattern"]["source"] == ["aws.codebuild"]
    assert rule["EventPattern"]["detail"]["project-name"] == [{"Ref": "GateProject"}]
    assert "IN_PROGRESS" not in rule["EventPattern"]["detail"]["build-status"]
    assert rule["Targets"][0]["Arn"] == {"Fn::GetAtt": ["ApproverFunction", "Arn"]}
    assert res["ApproverPermission"]["Properties"]["SourceArn"] == {"Fn::GetAtt": ["BuildFinishedRule", "Arn"]}
    assert "--set-approval" not in _inline_buildspec_text()


def _build_event(project: str, status: str, env: dict, source_version: "str | None") -> dict:
    info = {"environment": {"environment-variables": [{"name": k, "value": v, "type": "PLAINTEXT"}
                                                       for k, v in env.items()]}}
    if source_version is not None:
        info["source-version"] = source_version
    return {"source": "aws.codebuild", "detail-type": "CodeBuild Build State Change",
            "detail": {"project-name": project, "build-status": status, "additional-information": info}}


def test_approver_follows_the_build_status_of_the_current_revision(codecommit, monkeypatch):
    """The function's own code (from the template) against the CodeCommit service on loopback."""
    import types

    monkeypatch.setenv("GATE_PROJECT", "credgate-pr-gate")
    monkeypatch.setenv("REPOSITORY", "svc")
    mod = types.ModuleType("approver_index")
    exec(compile(_approver_code(), "index.py", "exec"), mod.__dict__)
    src, dst = "a" * 40, "b" * 40
    rev = codecommit.add_pull_request("svc", src, dst, pr_id="7")
    env = {"pullRequestId": "7", "revisionId": rev, "sourceCommit": src, "destinationCommit": dst,
           "repositoryName": "svc"}

    def states() -> set:
        return set(codecommit.approvals.get(("7", rev), {}).values())

    # not finished, another project, a build of another commit, a build without a range: nothing
    assert "skipped" in mod.handler(_build_event("credgate-pr-gate", "IN_PROGRESS", env, src))
    assert "skipped" in mod.handler(_build_event("other-project", "SUCCEEDED", env, src))
    assert "skipped" in mod.handler(_build_event("credgate-pr-gate", "SUCCEEDED", env, "c" * 40))
    assert "skipped" in mod.handler(_build_event("credgate-pr-gate", "SUCCEEDED", {**env, "destinationCommit": src}, src))
    assert states() == set()
    # a gate build of this revision that succeeded approves it; one that failed revokes
    assert mod.handler(_build_event("credgate-pr-gate", "SUCCEEDED", env, src))["approvalState"] == "APPROVE"
    assert states() == {"APPROVE"}
    assert mod.handler(_build_event("credgate-pr-gate", "FAILED", env, src))["approvalState"] == "REVOKE"
    assert states() == {"REVOKE"}
    # the source branch moved on: an old build's success approves nothing
    new_rev = codecommit.update_source("7", "d" * 40)
    assert "skipped" in mod.handler(_build_event("credgate-pr-gate", "SUCCEEDED", env, src))
    assert codecommit.approvals.get(("7", new_rev)) is None
