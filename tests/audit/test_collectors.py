"""Planted secrets in every collector moto supports are found; clean resources stay clean."""
from __future__ import annotations

import base64
import gzip
import io
import json
import stat
import zipfile

import pytest

from tests.helpers import github_pat, slack_bot_token, stripe_live_key

ACCOUNT = "123456789012"
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "codepipeline.amazonaws.com"}, "Action": "sts:AssumeRole"}]})


def _zip(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, v in files.items():
            z.writestr(k, v)
    return buf.getvalue()


def plant(c, role: str, live) -> tuple[dict[str, str], dict[str, str]]:
    """Create one leaky and (where it makes sense) one clean resource per collector.

    Returns (planted: label -> secret, clean_markers: label -> ARN fragment that must have no finding).
    """
    planted: dict[str, str] = {}
    clean: dict[str, str] = {}

    # Lambda: $LATEST and a published version with different values
    lam = c("lambda")
    kid, sec = live('pair')
    lam.create_function(FunctionName="leaky-fn", Runtime="python3.11", Role=role, Handler="index.h",
                        Code={"ZipFile": _zip({"index.py": "def h(e, c):\n    return 1\n"})},
                        Environment={"Variables": {"AWS_ACCESS_KEY_ID": kid, "AWS_SECRET_ACCESS_KEY": sec}},
                        Publish=True)
    planted["lambda-v1"] = sec
    gh = live(github_pat)
    lam.update_function_configuration(FunctionName="leaky-fn", Environment={"Variables": {"GITHUB_TOKEN": gh}})
    planted["lambda-latest"] = gh
    lam.create_function(FunctionName="clean-fn", Runtime="python3.11", Role=role, Handler="index.h",
                        Code={"ZipFile": _zip({"index.py": "x = 1\n"})},
                        Environment={"Variables": {
                            "DB_SECRET_ARN": f"arn:aws:secretsmanager:us-east-1:{ACCOUNT}:secret:prod/db-AbCdEf",
                            "LOG_LEVEL": "info", "PARAM": "{{resolve:ssm-secure:/prod/api}}"}})
    clean["lambda"] = "function:clean-fn"

    # ECS: an ACTIVE revision and a deregistered (INACTIVE) one; secrets[] valueFrom is clean
    ecs = c("ecs")
    tok1, tok2 = live(slack_bot_token), live(stripe_live_key)
    ecs.register_task_definition(family="leaky-task", containerDefinitions=[{
        "name": "app", "image": "nginx", "memory": 128,
        "environment": [{"name": "SLACK_TOKEN", "value": tok1}]}])
    ecs.register_task_definition(family="leaky-task", containerDefinitions=[{
        "name": "app", "image": "nginx", "memory": 128,
        "environment": [{"name": "STRIPE_KEY", "value": tok2}]}])
    ecs.deregister_task_definition(taskDefinition="leaky-task:1")
    planted["ecs-inactive"] = tok1
    planted["ecs-active"] = tok2
    ecs.register_task_definition(family="clean-task", containerDefinitions=[{
        "name": "app", "image": "nginx", "memory": 128,
        "environment": [{"name": "REGION", "value": "us-east-1"}],
        "secrets": [{"name": "DB_PASSWORD",
                     "valueFrom": f"arn:aws:secretsmanager:us-east-1:{ACCOUNT}:secret:prod/db-AbCdEf"}]}])
    clean["ecs"] = "task-definition/clean-task"

    # EC2 user data: gzip, and MIME multipart with a base64 part
    ec2 = c("ec2")
    s_gz = live(github_pat)
    ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1,
                      UserData=gzip.compress(f"#!/bin/bash\nexport GH_TOKEN={s_gz}\n".encode()))
    planted["ec2-gzip"] = s_gz
    s_mime = live(slack_bot_token)
    part = base64.b64encode(f"#!/bin/bash\necho {s_mime} > /etc/bot\n".encode()).decode()
    mime = ("Content-Type: multipart/mixed; boundary=\"==B==\"\nMIME-Version: 1.0\n\n--==B==\n"
            "Content-Type: text/cloud-config; charset=\"us-ascii\"\n\npackages: [jq]\n\n--==B==\n"
            "Content-Type: text/x-shellscript; charset=\"us-ascii\"\nContent-Transfer-Encoding: base64\n\n"
            f"{part}\n--==B==--\n")
    ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1, UserData=mime)
    planted["ec2-mime"] = s_mime

    # Launch template: the secret only in version 2 of 3
    s_lt = live(stripe_live_key)
    b64 = lambda s: base64.b64encode(s.encode()).decode()  # noqa: E731 - CreateLaunchTemplate does not encode
    lt = ec2.create_launch_template(LaunchTemplateName="leaky-lt",
                                    LaunchTemplateData={"UserData": b64("#!/bin/bash\necho hi\n")})
    ltid = lt["LaunchTemplate"]["LaunchTemplateId"]
    ec2.create_launch_template_version(LaunchTemplateId=ltid,
                                       LaunchTemplateData={"UserData": b64(f"STRIPE={s_lt}\n")})
    ec2.create_launch_template_version(LaunchTemplateId=ltid,
                                       LaunchTemplateData={"UserData": b64("#!/bin/bash\necho v3\n")})
    planted["launch-template-v2"] = s_lt

    # Auto Scaling launch configuration
    s_lc = live(github_pat)
    c("autoscaling").create_launch_configuration(LaunchConfigurationName="leaky-lc", ImageId="ami-12c6146b",
                                                 InstanceType="t2.micro", UserData=f"TOKEN={s_lc}\n")
    planted["launch-configuration"] = s_lc

    # CloudFormation: parameter, output, template literal; a clean stack with a dynamic reference
    cfn = c("cloudformation")
    s_param, s_tpl = live(slack_bot_token), live(github_pat)
    tpl = (
        "AWSTemplateFormatVersion: '2010-09-09'\n"
        "Parameters:\n  ApiToken:\n    Type: String\n    NoEcho: true\n"
        "Resources:\n  Handle:\n    Type: AWS::CloudFormation::WaitConditionHandle\n"
        f"    Metadata:\n      DeployToken: {s_tpl}\n"
        "Outputs:\n  Echo:\n    Value: !Ref ApiToken\n"
    )
    cfn.create_stack(StackName="leaky-stack", TemplateBody=tpl,
                     Parameters=[{"ParameterKey": "ApiToken", "ParameterValue": s_param}])
    planted["cfn-parameter"] = s_param
    planted["cfn-template"] = s_tpl
    clean_tpl = (
        "AWSTemplateFormatVersion: '2010-09-09'\n"
        "Resources:\n  Handle:\n    Type: AWS::CloudFormation::WaitConditionHandle\n"
        "    Metadata:\n      Password: '{{resolve:secretsmanager:prod/db:SecretString:password}}'\n"
    )
    cfn.create_stack(StackName="clean-stack", TemplateBody=clean_tpl)
    clean["cloudformation"] = "stack/clean-stack"

    # CodeBuild: PLAINTEXT var and inline buildspec; PARAMETER_STORE var is a reference
    s_cb_env, s_cb_spec = live(github_pat), live(slack_bot_token)
    c("codebuild").create_project(
        name="leaky-build",
        source={"type": "NO_SOURCE", "location": "none",
                "buildspec": f"version: 0.2\nphases:\n  build:\n    commands:\n      - curl -H 'x: {s_cb_spec}' h\n"},
        artifacts={"type": "NO_ARTIFACTS"},
        environment={"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0",
                     "computeType": "BUILD_GENERAL1_SMALL", "environmentVariables": [
                         {"name": "GH_TOKEN", "value": s_cb_env, "type": "PLAINTEXT"},
                         {"name": "DB_PASSWORD", "value": "/prod/db/password", "type": "PARAMETER_STORE"}]},
        serviceRole=role)
    planted["codebuild-env"] = s_cb_env
    planted["codebuild-buildspec"] = s_cb_spec

    # CodePipeline: a GitHub OAuthToken in action configuration
    s_cp = live(github_pat)
    c("s3").create_bucket(Bucket="artifacts-bucket")
    c("codepipeline").create_pipeline(pipeline={
        "name": "leaky-pipe", "roleArn": role,
        "artifactStore": {"type": "S3", "location": "artifacts-bucket"},
        "stages": [
            {"name": "Source", "actions": [{
                "name": "Src", "actionTypeId": {"category": "Source", "owner": "ThirdParty", "provider": "GitHub",
                                                "version": "1"},
                "configuration": {"Owner": "o", "Repo": "r", "Branch": "main", "OAuthToken": s_cp},
                "outputArtifacts": [{"name": "out"}]}]},
            {"name": "Build", "actions": [{
                "name": "B", "actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild",
                                              "version": "1"},
                "configuration": {"ProjectName": "leaky-build"}, "inputArtifacts": [{"name": "out"}]}]}]})
    planted["codepipeline"] = s_cp

    # SSM: String parameter and an owned document; a SecureString (moto returns fake ciphertext with the
    # plaintext inside: gotcha 8) must stay clean
    ssm = c("ssm")
    s_ssm, s_doc, s_secure = live(stripe_live_key), live(github_pat), live(github_pat)
    ssm.put_parameter(Name="/app/stripe", Value=s_ssm, Type="String")
    ssm.put_parameter(Name="/app/secure-token", Value=s_secure, Type="SecureString")
    clean["ssm-securestring"] = "parameter/app/secure-token"
    s_hist = live(github_pat)  # stored in clear once, then made a SecureString: version 1 keeps it
    ssm.put_parameter(Name="/app/rotated", Value=s_hist, Type="String")
    ssm.put_parameter(Name="/app/rotated", Value=live(github_pat), Type="SecureString", Overwrite=True)
    planted["ssm-history"] = s_hist
    ssm.create_document(Name="leaky-doc", DocumentType="Command", Content=json.dumps({
        "schemaVersion": "2.2", "description": "d", "mainSteps": [{
            "action": "aws:runShellScript", "name": "run",
            "inputs": {"runCommand": [f"export GH={s_doc}"]}}]}))
    planted["ssm-parameter"] = s_ssm
    planted["ssm-document"] = s_doc

    # Step Functions
    s_sfn = live(slack_bot_token)
    c("stepfunctions").create_state_machine(name="leaky-sm", roleArn=role, definition=json.dumps({
        "StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"token": s_sfn}, "End": True}}}))
    planted["stepfunctions"] = s_sfn

    # Glue job arguments and a connection URL with a password
    glue = c("glue")
    s_glue = live(github_pat)
    glue.create_job(Name="leaky-job", Role=role, Command={"Name": "glueetl", "ScriptLocation": "s3://b/s.py"},
                    DefaultArguments={"--api_token": s_glue})
    planted["glue-job"] = s_glue
    s_conn = live(stripe_live_key)
    glue.create_connection(ConnectionInput={"Name": "leaky-conn", "ConnectionType": "JDBC", "ConnectionProperties": {
        "JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/x", "USERNAME": "etl", "PASSWORD": s_conn}})
    planted["glue-connection"] = s_conn

    # Batch job definition
    s_batch = live(github_pat)
    c("batch").register_job_definition(jobDefinitionName="leaky-jd", type="container", containerProperties={
        "image": "busybox", "vcpus": 1, "memory": 128, "command": ["run"],
        "environment": [{"name": "GH_TOKEN", "value": s_batch}]})
    planted["batch"] = s_batch

    # API Gateway v1 and v2 stage variables
    apig = c("apigateway")
    api = apig.create_rest_api(name="leaky-api")
    root = [r for r in apig.get_resources(restApiId=api["id"])["items"] if r["path"] == "/"][0]
    apig.put_method(restApiId=api["id"], resourceId=root["id"], httpMethod="GET", authorizationType="NONE")
    apig.put_integration(restApiId=api["id"], resourceId=root["id"], httpMethod="GET", type="MOCK")
    s_v1 = live(slack_bot_token)
    apig.create_deployment(restApiId=api["id"], stageName="prod", variables={"slack": s_v1})
    planted["apigateway-v1"] = s_v1
    v2 = c("apigatewayv2")
    api2 = v2.create_api(Name="leaky-http", ProtocolType="HTTP")
    s_v2 = live(github_pat)
    v2.create_stage(ApiId=api2["ApiId"], StageName="prod", StageVariables={"token": s_v2})
    planted["apigateway-v2"] = s_v2

    # SageMaker lifecycle config (through the notebook) and model environment
    sm = c("sagemaker")
    s_lc2, s_model = live(github_pat), live(stripe_live_key)
    sm.create_notebook_instance_lifecycle_config(
        NotebookInstanceLifecycleConfigName="leaky-lcc",
        OnStart=[{"Content": base64.b64encode(f"#!/bin/bash\nexport T={s_lc2}\n".encode()).decode()}])
    sm.create_notebook_instance(NotebookInstanceName="nb", InstanceType="ml.t2.medium", RoleArn=role,
                                LifecycleConfigName="leaky-lcc")
    sm.create_model(ModelName="leaky-model", ExecutionRoleArn=role, PrimaryContainer={
        "Image": "123.dkr.ecr.us-east-1.amazonaws.com/m:1", "Environment": {"STRIPE_KEY": s_model}})
    planted["sagemaker-lifecycle"] = s_lc2
    planted["sagemaker-model"] = s_model

    # S3: .env, tfstate, a zip backup; README.md does not match the key patterns and is not read
    s3 = c("s3")
    s3.create_bucket(Bucket="leaky-bucket")
    s_env, s_tf, s_zip, s_readme = live(github_pat), live('pair')[1], live(slack_bot_token), live(github_pat)
    s3.put_object(Bucket="leaky-bucket", Key="app/.env", Body=f"GH_TOKEN={s_env}\n".encode())
    s3.put_object(Bucket="leaky-bucket", Key="tf/prod.tfstate",
                  Body=json.dumps({"resources": [{"aws_secret_access_key": s_tf}]}).encode())
    s3.put_object(Bucket="leaky-bucket", Key="backups/site.zip", Body=_zip({"conf/bot.ini": f"token={s_zip}\n"}))
    s3.put_object(Bucket="leaky-bucket", Key="docs/README.md", Body=f"token {s_readme}\n".encode())
    planted["s3-env"] = s_env
    planted["s3-tfstate"] = s_tf
    planted["s3-zip"] = s_zip
    clean["s3-readme"] = "docs/README.md"
    return planted, clean


EXPECT = {  # label -> (ARN fragment, field fragment, remediation keyword)
    "lambda-v1": ("function:leaky-fn:1", "Environment.Variables.AWS_SECRET_ACCESS_KEY", "Secrets Manager"),
    "lambda-v1-key-id": ("function:leaky-fn:1", "Environment.Variables.AWS_ACCESS_KEY_ID", "Secrets Manager"),
    "cfn-output": ("stack/leaky-stack", "Outputs.Echo", "dynamic reference"),
    "lambda-latest": ("function:leaky-fn", "Environment.Variables.GITHUB_TOKEN", "Parameters and Secrets"),
    "ecs-inactive": ("task-definition/leaky-task:1", "app.environment.SLACK_TOKEN", "valueFrom"),
    "ecs-active": ("task-definition/leaky-task:2", "app.environment.STRIPE_KEY", "valueFrom"),
    "ec2-gzip": (":instance/i-", "UserData", "user data"),
    "ec2-mime": (":instance/i-", "UserData", "user data"),
    "launch-template-v2": (":launch-template/lt-", "Versions.2.LaunchTemplateData.UserData", "launch template"),
    "launch-configuration": ("launchConfigurationName/leaky-lc", "UserData", "launch template"),
    "cfn-parameter": ("stack/leaky-stack", "Parameters.ApiToken", "dynamic reference"),
    "cfn-template": ("stack/leaky-stack", "TemplateBody", "dynamic reference"),
    "codebuild-env": ("project/leaky-build", "environment.environmentVariables.GH_TOKEN", "SECRETS_MANAGER"),
    "codebuild-buildspec": ("project/leaky-build", "source.buildspec", "SECRETS_MANAGER"),
    "codepipeline": (":codepipeline:us-east-1:123456789012:leaky-pipe", "OAuthToken", "connection"),
    "ssm-parameter": ("parameter/app/stripe", "Value", "SecureString"),
    "ssm-history": ("parameter/app/rotated", "History.v1.Value", "SecureString"),
    "ssm-document": ("document/leaky-doc", "Content", "document"),
    "stepfunctions": ("stateMachine:leaky-sm", "definition.States.P.Result.token", "Step Functions"),
    "glue-job": ("job/leaky-job", "DefaultArguments.--api_token", "Glue"),
    "glue-connection": ("connection/leaky-conn", "ConnectionProperties.PASSWORD", "Glue"),
    "batch": ("job-definition/leaky-jd", "containerProperties.environment.GH_TOKEN", "valueFrom"),
    "apigateway-v1": ("/restapis/", "variables.slack", "stage variables"),
    "apigateway-v2": ("/apis/", "StageVariables.token", "stage variables"),
    "sagemaker-lifecycle": ("notebook-instance-lifecycle-config/leaky-lcc", "OnStart[0].Content", "SageMaker"),
    "sagemaker-model": ("model/leaky-model", "PrimaryContainer.Environment.STRIPE_KEY", "SageMaker"),
    "s3-env": ("leaky-bucket/app/.env", "Body", "S3"),
    "s3-tfstate": ("leaky-bucket/tf/prod.tfstate", "Body", "S3"),
    "s3-zip": ("leaky-bucket/backups/site.zip", "Body:conf/bot.ini", "S3"),
}


@pytest.fixture
def role(aws_client):
    return aws_client("iam").create_role(RoleName="svc", AssumeRolePolicyDocument=TRUST)["Role"]["Arn"]


def test_planted_secrets_in_every_collector_are_found_and_clean_resources_stay_clean(live, audit, aws_client, role):
    planted, clean = plant(aws_client, role, live)
    run = audit("--services", "all", "--skip-services", "lambda-code")
    assert run.rc == 1
    text = run.out.read_text()
    for label, secret in planted.items():
        assert secret not in text, f"{label}: the report must hold the secret redacted only"
    for label, (arn_part, field_part, fix) in EXPECT.items():
        hits = [f for f in run.by_arn(arn_part)
                if any(field_part in (l or "") for l in
                       [f["location_detail"]] + [x["location_detail"] for x in f.get("locations", [])])]
        assert hits, f"{label}: no finding at {arn_part} {field_part}; got {[f['location_detail'] for f in run.findings]}"
        f = hits[0]
        assert f["source"] == "aws"
        assert "deployed" in f["exposure"]
        assert f["region"] == "us-east-1" and f["account"] == ACCOUNT
        assert f["arn"].startswith("arn:aws:")
        assert fix.lower() in f["remediation"].lower(), (label, f["remediation"])
    # nothing beyond what was planted (a PARAMETER_STORE variable, a JDBC URL, a secret ARN are references)
    every = [d for f in run.findings for d in [f["location_detail"]] + [l["location_detail"] for l in f.get("locations", [])]]
    unexpected = [d for d in every if not any(a in d and fld in d for a, fld, _ in EXPECT.values())]
    assert unexpected == [], unexpected
    assert not [d for d in every if "DB_PASSWORD" in d or "JDBC_CONNECTION_URL" in d]
    for label, arn_part in clean.items():
        assert run.by_arn(arn_part) == [], (label, [(f["rule_id"], f["location_detail"]) for f in run.by_arn(arn_part)])
    # the EC2 findings say how the content was decoded
    ec2 = [f for f in run.findings if ":instance/" in f["location_detail"]]
    assert {f.get("decoded_from") for f in ec2} == {"base64+gzip", "base64+mime"}
    # CodeCommit has no ListRepositories in moto: skipped, named, not an error
    cc = [s for s in run.skipped if s["path"].endswith("/codecommit")]
    assert cc and cc[0]["reason"] == "unsupported"
    # the state file is private and holds no secret
    st = run.state
    assert stat.S_IMODE(st.stat().st_mode) == 0o600
    state_text = st.read_text()
    assert all(s not in state_text for s in planted.values())
    assert all(s not in state_text for s in (clean_secret for clean_secret in planted.values()))


def test_asff_output_is_security_hub_shaped_and_redacted(live, audit, aws_client, role):
    kid, sec = live('pair')
    aws_client("lambda").create_function(
        FunctionName="fn", Runtime="python3.11", Role=role, Handler="i.h", Code={"ZipFile": _zip({"i.py": "x"})},
        Environment={"Variables": {"AWS_ACCESS_KEY_ID": kid, "AWS_SECRET_ACCESS_KEY": sec}})
    run = audit("--services", "lambda", fmt="asff")
    assert run.rc == 1
    docs = run.doc
    assert isinstance(docs, list) and len(docs) == 2
    for d in docs:
        for key in ("SchemaVersion", "Id", "ProductArn", "GeneratorId", "AwsAccountId", "Types", "CreatedAt",
                    "UpdatedAt", "Severity", "Title", "Description", "Resources"):
            assert d[key], key
        assert d["AwsAccountId"] == ACCOUNT
        assert d["Resources"][0]["Type"] == "AwsLambdaFunction"
        assert d["Resources"][0]["Id"].endswith(":function:fn")
        assert d["Resources"][0]["Region"] == "us-east-1"
        assert "Environment.Variables.AWS_" in d["Resources"][0]["Details"]["Other"]["Field"]
    assert sec not in run.out.read_text() and kid not in run.out.read_text()


def test_s3_size_cap_and_custom_patterns(live, audit, aws_client):
    s3 = aws_client("s3")
    s3.create_bucket(Bucket="cap-bucket")
    tok = live(github_pat)
    s3.put_object(Bucket="cap-bucket", Key="big.env", Body=b"#" * 5000 + f"\nT={tok}\n".encode())
    s3.put_object(Bucket="cap-bucket", Key="notes/deploy.txt", Body=f"T={tok}\n".encode())
    run = audit("--services", "s3", "--s3-max-size", "4KB", "--s3-pattern", "*.env", "--s3-pattern", "deploy.*",
                state=False)
    assert [f["arn"] for f in run.findings] == ["arn:aws:s3:::cap-bucket/notes/deploy.txt"]
    big = [s for s in run.skipped if s["path"] == "arn:aws:s3:::cap-bucket/big.env"]
    assert big and big[0]["reason"] == "too-large"


def test_text_report_names_resource_and_field(live, audit, aws_client, role):
    tok = live(github_pat)
    aws_client("lambda").create_function(
        FunctionName="txt", Runtime="python3.11", Role=role, Handler="i.h", Code={"ZipFile": _zip({"i.py": "x"})},
        Environment={"Variables": {"GITHUB_TOKEN": tok}})
    run = audit("--services", "lambda", fmt="text", state=False)
    assert run.rc == 1
    assert f"arn:aws:lambda:us-east-1:{ACCOUNT}:function:txt (field Environment.Variables.GITHUB_TOKEN)" in run.doc
    assert tok not in run.doc


def test_stack_template_goes_through_the_iac_analysers(live, audit, aws_client):
    tok = live(stripe_live_key)
    tpl = ("AWSTemplateFormatVersion: '2010-09-09'\n"
           "Parameters:\n  StripeKey:\n    Type: String\n    NoEcho: true\n"
           f"    Default: {tok}\n"
           "Resources:\n  Handle:\n    Type: AWS::CloudFormation::WaitConditionHandle\n")
    aws_client("cloudformation").create_stack(StackName="iac-stack", TemplateBody=tpl)
    run = audit("--services", "cloudformation", state=False)
    hits = run.by_arn("stack/iac-stack")
    assert len(hits) == 1  # one credential, two places
    details = [l["location_detail"] for l in hits[0].get("locations", [])] or [hits[0]["location_detail"]]
    fields = sorted(d.split(" ", 1)[1] for d in details)
    # the parameter value as deployed, and the template slot as named by the IaC reader
    assert "Parameters.StripeKey" in fields, fields
    assert any(x.startswith("TemplateBody:") and "Parameters.StripeKey.Default" in x for x in fields), fields
