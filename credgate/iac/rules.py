"""IaC rules: slot checks that read documents as structure.  IDs are permanent."""
from __future__ import annotations

from dataclasses import dataclass

from credgate.models import Confidence, Severity

REM_DYNREF = (
    "Rotate the value (it is in the repository), store it in AWS Secrets Manager and reference it with a "
    "dynamic reference instead of the literal:\n"
    "  MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'\n"
    "For RDS/Aurora prefer ManageMasterUserPassword: true (RDS keeps the secret in Secrets Manager)."
)
REM_LAMBDA = (
    "Rotate the value, store it in AWS Secrets Manager (or SSM SecureString) and pass only its name/ARN to the "
    "function (e.g. STRIPE_KEY_SECRET_ARN: !Ref StripeKeySecret), reading it at run time with the SDK or the "
    "AWS Parameters and Secrets Lambda Extension. A '{{resolve:secretsmanager:...}}' dynamic reference keeps it "
    "out of the template but still shows it in the function configuration."
)
REM_ECS = (
    "Rotate the value and move the variable from Environment to Secrets, which takes a Secrets Manager or SSM "
    "ARN that ECS resolves when the task starts:\n"
    "  Secrets:\n    - Name: DB_PASSWORD\n      ValueFrom: arn:aws:secretsmanager:REGION:ACCOUNT:secret:prod/db\n"
    "(in task-definition JSON: \"secrets\": [{\"name\": ..., \"valueFrom\": ...}]). The execution role needs "
    "secretsmanager:GetSecretValue / ssm:GetParameters."
)
REM_CODEBUILD = (
    "Rotate the value and switch the variable to Type: SECRETS_MANAGER (Value: secret-id:json-key) or "
    "Type: PARAMETER_STORE (Value: /ssm/parameter/name); PLAINTEXT variables are visible to anyone who can read "
    "the project."
)
REM_USERDATA = (
    "Rotate the value. User data is readable by anyone with ec2:DescribeInstanceAttribute and from the instance "
    "metadata service; fetch the secret at boot instead (aws secretsmanager get-secret-value --secret-id NAME "
    "--query SecretString --output text) with an instance role allowed to read it."
)
REM_PARAM = (
    "Rotate the value, set NoEcho: true on the parameter and drop its Default, then pass the value at deploy time "
    "(from Secrets Manager), or replace the parameter by a '{{resolve:secretsmanager:...}}' dynamic reference. "
    "A Default is stored in the template for everyone who can read it."
)
REM_PARAM_FILE = (
    "Rotate the value and keep it out of parameter files: make the template use a "
    "'{{resolve:secretsmanager:...}}' dynamic reference (or an AWS::SSM::Parameter::Value<> / NoEcho parameter "
    "filled at deploy time from Secrets Manager) and remove the entry from the file."
)
REM_SAMCONFIG = (
    "Rotate the value and remove it from parameter_overrides in samconfig.toml (that file is committed). Pass it "
    "at deploy time (sam deploy --parameter-overrides DbPassword=$(aws secretsmanager get-secret-value ...)) or "
    "use a '{{resolve:secretsmanager:...}}' dynamic reference in the template."
)
REM_SERVERLESS = (
    "Rotate the value and reference it instead of writing it: ${ssm:/path/to/param} or "
    "${aws:secretsmanager:name} (resolved at deploy), or read it at run time from Secrets Manager."
)
REM_CDK = (
    "Rotate the value; cdk.json and cdk.context.json are committed. Read secrets at deploy time with "
    "secretsmanager.Secret.fromSecretNameV2(...) / SecretValue.secretsManager(...) instead of context values."
)
REM_COMPOSE = (
    "Rotate the value and load it from outside the compose file: an env_file that is not committed, a "
    "${VARIABLE} substituted from the shell, or compose 'secrets:' mounted as files."
)
REM_K8S_SECRET = (
    "Rotate the value; base64 in a Secret manifest is encoding, not encryption. Keep Secret manifests out of git: "
    "use External Secrets Operator / Secrets Store CSI driver with AWS Secrets Manager, or Sealed Secrets / SOPS."
)
REM_K8S_ENV = (
    "Rotate the value and use valueFrom.secretKeyRef (a Secret created outside git, e.g. by External Secrets "
    "Operator from AWS Secrets Manager) instead of a literal value."
)
REM_DOCKERFILE = (
    "Rotate the value. ENV and ARG values are stored in the image history (docker history shows them). Use "
    "BuildKit secrets at build time (RUN --mount=type=secret,id=npm_token ...; docker build --secret "
    "id=npm_token,env=NPM_TOKEN) and inject runtime secrets from the orchestrator (ECS Secrets, k8s secretKeyRef)."
)
REM_TERRAFORM = (
    "Rotate the value and remove it from the code: mark the variable sensitive = true with no default and supply "
    "it from TF_VAR_* or a secrets store, or read it with data \"aws_secretsmanager_secret_version\" (or use "
    "manage_master_user_password = true for RDS)."
)
REM_PARSE = (
    "The file could not be parsed, so its structure was not checked (pattern rules still ran on the text). Fix the "
    "syntax at the reported line; `cfn-lint FILE` or `python -c \"import json,sys; json.load(open(sys.argv[1]))\" "
    "FILE` shows the same error."
)
REM_DUP = (
    "Remove one of the two keys. CloudFormation and most YAML/JSON readers keep only the last one, so the other "
    "value is silently ignored (and a secret can hide in it)."
)
REM_OUTPUT = (
    "Do not export secret values as stack outputs (they are shown by DescribeStacks to anyone with read access). "
    "Store the secret in Secrets Manager (AWS::SecretsManager::Secret) and output its ARN instead."
)

REM_COMMAND = (
    "Rotate the password. A command line is stored in the task/job definition, SSM document or buildspec and is "
    "shown by describe calls, consoles and process lists (ps). Pass the secret through the environment from a "
    "secret store instead (ECS/Batch Secrets with ValueFrom, Kubernetes secretKeyRef, CodeBuild SECRETS_MANAGER "
    "variables, {{ssm-secure:NAME}} in SSM documents) and let the tool read it from there (PGPASSWORD, "
    "MYSQL_PWD, --password-file, --password-stdin)."
)
REM_DOCUMENT = (
    "Rotate the value and reference it instead of writing it: a Secrets Manager / SSM SecureString reference "
    "(ValueFrom, secretKeyRef, PARAMETER_STORE / SECRETS_MANAGER variable types, "
    "'{{resolve:secretsmanager:...}}'), read by the service when it starts."
)
REM_STATES = (
    "Rotate the value. A state machine definition is readable by anyone with states:DescribeStateMachine and "
    "its inputs show in the execution history: put the credential in an EventBridge connection "
    "(Authentication.ConnectionArn for HTTP tasks, which keeps it in Secrets Manager) or read it at run time "
    "from Secrets Manager."
)
REM_CONNECTION = (
    "Rotate the value. Pass the connection's credential from Secrets Manager at deploy time "
    "('{{resolve:secretsmanager:NAME:SecretString:KEY}}' in CloudFormation) instead of writing it in the "
    "definition; EventBridge then keeps it in a Secrets Manager secret of its own."
)


REM_SQL_DUMP = (
    "Change the password of every account in the dump: a dump or seed file keeps it in clear for everyone who "
    "can read the repository, and it stays in history. Store password hashes, not passwords (bcrypt/argon2 in "
    "the application), dump production data only with credentials masked or excluded (mysqldump --ignore-table, "
    "a masking view), and seed development databases with generated values. Remove the file, then purge history "
    "if the repository is shared (git filter-repo)."
)

REM_CSV = (
    "Change the password of every account in the table: a spreadsheet or export keeps it in clear for everyone "
    "who can read the repository, and it stays in history. Keep shared test accounts in the team's password "
    "manager (a shared vault, one entry per account) and leave the column out of the file, or export user "
    "tables with the column masked. Remove the file, then purge history if the repository is shared "
    "(git filter-repo)."
)

REM_SQL_SECRET = (
    "Rotate every key, token and client secret in the dump at its issuer: a dump or seed file keeps them in clear "
    "for everyone who can read the repository, and they stay in history. Dump production data with secret "
    "columns masked or excluded, keep application credentials in AWS Secrets Manager (the table can hold the "
    "secret's name), and seed development databases with generated values. Remove the file, then purge history "
    "if the repository is shared (git filter-repo)."
)

REM_CSV_SECRET = (
    "Rotate every key, token and client secret in the table at its issuer (identity provider, device, "
    "vendor console): an export or inventory spreadsheet keeps them in clear for everyone who can read the "
    "repository. Keep the values in AWS Secrets Manager or the team's password manager and export the table "
    "without the column (or with the secret's name in it). Remove the file, then purge history if the repository "
    "is shared (git filter-repo)."
)

REM_DOC_TABLE = (
    "Change the password (or rotate the key) the table shows: a runbook or wiki page is read by everyone with "
    "access to the repository, and it stays in history. Write where the secret lives instead (a password-manager "
    "entry, an AWS Secrets Manager secret name), then purge history if the repository is shared."
)

REM_CRED_FILE = (
    "Change the password the file holds: a login or password file in a repository is read by everyone with "
    "access, and it stays in history. Create the file at deploy time from AWS Secrets Manager or SSM (mode 600, "
    "outside the repository), or use the client's own prompt or keychain (OpenVPN management interface, "
    "Docker/Compose secrets from a secret store). Remove it, then purge history if the repository is shared."
)


REM_SHELL_FLOW = (
    "Change the password: the script holds it in clear, and it stays in history. Read it at run time instead of "
    "assigning a literal (NEW=$(aws secretsmanager get-secret-value --secret-id NAME --query SecretString "
    "--output text), or a CI secret variable), and prefer options that read it from stdin or a file over "
    "the command line. Then purge history if the repository is shared and baseline the value only after rotation."
)


@dataclass(frozen=True)
class IacRule:
    id: str
    name: str
    severity: Severity
    confidence: Confidence
    remediation: str
    tags: tuple[str, ...] = ("iac",)


def _r(id: str, name: str, sev: Severity, conf: Confidence, rem: str, *tags: str) -> IacRule:
    return IacRule(id, name, sev, conf, rem, ("iac", *tags))


H, M, L, I = Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO
CH, CM = Confidence.HIGH, Confidence.MEDIUM

RULES: dict[str, IacRule] = {
    r.id: r
    for r in (
        _r("iac-cfn-literal-secret", "Literal secret in a CloudFormation/SAM secret slot", H, CM, REM_DYNREF, "cloudformation"),
        _r("iac-cfn-parameter-default-secret", "Secret in a CloudFormation parameter Default", H, CM, REM_PARAM, "cloudformation"),
        _r("iac-cfn-output-secret", "Secret exported as a CloudFormation output", L, CH, REM_OUTPUT, "cloudformation"),
        _r("iac-ecs-plaintext-env-secret", "Secret in a plaintext container environment variable (ECS/Batch)", H, CM, REM_ECS, "ecs"),
        _r("iac-codebuild-plaintext-secret", "Secret in a PLAINTEXT CodeBuild environment variable", H, CM, REM_CODEBUILD, "codebuild"),
        _r("iac-userdata-secret", "Secret in EC2 user data", H, CM, REM_USERDATA, "ec2"),
        _r("iac-parameter-file-secret", "Secret in a CloudFormation parameter file", H, CM, REM_PARAM_FILE, "cloudformation"),
        _r("iac-samconfig-secret", "Secret in samconfig parameter_overrides", H, CM, REM_SAMCONFIG, "sam"),
        _r("iac-serverless-env-secret", "Secret in a serverless.yml environment", H, CM, REM_SERVERLESS, "serverless"),
        _r("iac-cdk-context-secret", "Secret in CDK context (cdk.json)", H, CM, REM_CDK, "cdk"),
        _r("iac-compose-env-secret", "Secret in a docker-compose environment", H, CM, REM_COMPOSE, "compose"),
        _r("iac-k8s-secret-data", "Secret value in a Kubernetes Secret manifest", H, CM, REM_K8S_SECRET, "kubernetes"),
        _r("iac-k8s-env-secret", "Literal secret in a Kubernetes env value or ConfigMap", H, CM, REM_K8S_ENV, "kubernetes"),
        _r("iac-dockerfile-secret", "Secret in a Dockerfile ENV or ARG", H, CM, REM_DOCKERFILE, "docker"),
        _r("iac-terraform-secret", "Literal secret in Terraform", H, CM, REM_TERRAFORM, "terraform"),
        _r("iac-command-secret", "Password passed on a command line in a deploy document (container command, "
           "SSM document, buildspec)", H, CM, REM_COMMAND, "command"),
        _r("iac-document-secret", "Literal secret in a deploy document slot (name/value list, Step Functions, "
           "EventBridge connection)", H, CM, REM_DOCUMENT, "document"),
        _r("sql-dump-password-column", "Password in a password column of a SQL dump or seed file (INSERT rows "
           "mapped to the CREATE TABLE or INSERT column list)", M, CM, REM_SQL_DUMP, "sql", "password"),
        _r("csv-password-column", "Password in a password column of a CSV or TSV table (cells mapped to the "
           "header's column names)", M, CM, REM_CSV, "csv", "password"),
        _r("sql-dump-secret-column", "Key, token or client secret in a secret column of a SQL dump or seed file "
           "(api_key, client_secret, access_token: rows mapped to the column list)", M, CM, REM_SQL_SECRET, "sql", "token"),
        _r("csv-secret-column", "Key, token or client secret in a secret column of a CSV or TSV table "
           "(client_secret, api_key, update_key: cells mapped to the header's column names)", M, CM,
           REM_CSV_SECRET, "csv", "token"),
        _r("doc-table-password", "Password or key in a documentation table (a Markdown or HTML table whose "
           "header or row label names a password, secret, token or key)", M, CM, REM_DOC_TABLE, "docs",
           "password"),
        _r("credential-file-password", "Password in a whole-file credential format (OpenVPN auth-user-pass file, "
           "one-line password file, a case's password list, rsyncd.secrets, pppd chap/pap-secrets, davfs2 secrets)", M, CM, REM_CRED_FILE,
           "file", "password"),
        _r("shell-variable-password", "Password passed on a command line through a shell variable that the same "
           "script assigns a literal (NEW='...' then redis-cli -a \"$NEW\")", M, CM, REM_SHELL_FLOW, "shell",
           "command", "password"),
        _r("iac-parse-error", "IaC document could not be parsed", L, CH, REM_PARSE, "parse"),
        _r("iac-duplicate-key", "Duplicate key in an IaC document", L, CH, REM_DUP, "parse"),
    )
}

RULE_DOCS: dict[str, tuple[str, str, str]] = {
    r.id: (r.name, str(r.severity), r.remediation) for r in RULES.values()
}


@dataclass(frozen=True)
class Hit:
    """One slot finding before it is placed in the text.

    ``path`` is the document path of the node that holds the secret (for
    cfn-lint it becomes the RuleMatch path; for credgate the node's span,
    searched for ``secret``, gives the exact line).  ``span`` (character
    offsets) is set directly by the line-based readers (Dockerfile, Terraform).
    """

    rule: str
    path: tuple
    secret: str
    why: tuple = ()
    remediation: str = ""
    detail: str = ""
    hint: str = ""
    span: "tuple[int, int] | None" = None
    doc: int = 0
    vias: tuple = ()  # document paths of the slots that reference this value (!Ref, ${P}, FindInMap)


def render_path(path: tuple) -> str:
    out = ""
    for p in path:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += ("." if out else "") + str(p)
    return out
