"""What to do about a secret found in each kind of deployed resource.

Every audit finding gets: first rotate the credential (it is deployed, so
assume it has been read), then the fix for that resource kind below.
"""
from __future__ import annotations

ROTATE = ("Rotate the credential now: it is deployed and readable by anyone with read access to this "
          "resource (and its older versions). Then remove it from the resource:")

BY_KIND: dict[str, str] = {
    "lambda": ("Lambda: move the value to AWS Secrets Manager (or an SSM SecureString) and read it at runtime, "
               "e.g. with the AWS Parameters and Secrets Lambda Extension; keep only the secret's name/ARN in "
               "Environment.Variables. Published versions keep old values: publish a new version, move aliases, "
               "then delete the old versions (aws lambda delete-function --function-name NAME --qualifier N)."),
    "lambda-code": ("Lambda code: remove the secret from the package, read it from Secrets Manager at runtime, "
                    "deploy a new package and delete old versions and layer versions that still contain it."),
    "ecs": ("ECS: move the variable from containerDefinitions[].environment to containerDefinitions[].secrets "
            "with valueFrom set to a Secrets Manager or SSM Parameter Store ARN, register a new revision, and "
            "deregister and delete the old revisions (aws ecs delete-task-definitions) - INACTIVE revisions "
            "still show the value."),
    "ec2": ("EC2 user data: do not pass secrets in user data (readable via DescribeInstanceAttribute and from "
            "the instance metadata service). Fetch them at boot from Secrets Manager or SSM using the instance "
            "role, then replace the user data (stop the instance, modify-instance-attribute)."),
    "launch-template": ("Launch template: create a new version whose user data fetches the secret from "
                        "Secrets Manager/SSM at boot, make it the default, and delete the versions that contain "
                        "it (aws ec2 delete-launch-template-versions)."),
    "launch-configuration": ("Launch configuration: migrate to a launch template whose user data reads the "
                             "secret from Secrets Manager/SSM at boot, then delete this launch configuration."),
    "cloudformation": ("CloudFormation: use a dynamic reference ({{resolve:secretsmanager:...}} or "
                       "{{resolve:ssm-secure:...}}) or a NoEcho parameter without a default, never a literal "
                       "in the template, parameter or output; update the stack. Templates and outputs are readable "
                       "with cloudformation:GetTemplate/DescribeStacks."),
    "codebuild": ("CodeBuild: change the environment variable to type SECRETS_MANAGER or PARAMETER_STORE (or use "
                  "env.secrets-manager / env.parameter-store in the buildspec) instead of PLAINTEXT, and do not "
                  "inline secrets in the buildspec."),
    "codepipeline": ("CodePipeline: use a CodeStar/CodeConnections connection instead of OAuth tokens, and "
                     "reference secrets from Secrets Manager in action configuration."),
    "ssm-parameter": ("SSM Parameter Store: store the value as a SecureString (aws ssm put-parameter --type "
                      "SecureString --overwrite) or move it to Secrets Manager; delete parameter history that "
                      "holds the plaintext (delete and recreate the parameter)."),
    "ssm-document": ("SSM document: take the secret out of the document content and read it at run time "
                     "({{ssm-secure:NAME}} or Secrets Manager); delete old document versions."),
    "stepfunctions": ("Step Functions: do not put secrets in the state machine definition; fetch them in a task "
                      "(Secrets Manager SDK integration) or use EventBridge connections for HTTP auth."),
    "glue": ("Glue: reference a Secrets Manager secret (connection SECRET_ID, or read it in the job), not "
             "DefaultArguments or connection properties in clear."),
    "batch": ("Batch: move the variable from containerProperties.environment to containerProperties.secrets with "
              "valueFrom, register a new revision and deregister the old ones."),
    "apigateway": ("API Gateway: do not store secrets in stage variables; use a Lambda authorizer or read the "
                   "secret from Secrets Manager in the integration backend."),
    "sagemaker": ("SageMaker: read secrets from Secrets Manager at run time instead of lifecycle configuration "
                  "scripts or model Environment; create a new model/lifecycle config and delete the old one."),
    "s3": ("S3: delete the object (and its noncurrent versions if versioning is on), then store the secret in "
           "Secrets Manager; check the bucket policy and access logs for who could read it."),
    "codecommit": ("CodeCommit: the secret is in the repository history; rewrite history (git filter-repo) and "
                   "force-push, or delete the repository if it is archived; install credgate's pre-commit hook."),
    "logs": ("CloudWatch Logs: stop the code that logs the secret (mask it before logging), rotate the secret, "
             "then delete the affected log streams or set a short retention; restrict logs:GetLogEvents and "
             "logs:FilterLogEvents on the group."),
    "ecr": ("ECR image: rebuild without the secret (BuildKit --secret mounts, not ARG/ENV or a copied file; a "
            "file deleted in a later layer still ships in the earlier one), push the new image, delete the old "
            "image digests (aws ecr batch-delete-image) and rotate the secret."),
    "amplify": ("Amplify: move the value out of environment variables and the build spec into SSM Parameter "
                "Store SecureString (Amplify secrets) and read it at build time; redeploy the branch."),
    "datapipeline": ("Data Pipeline: do not put secrets in the pipeline definition; reference them from Secrets "
                     "Manager in the activity, put a new definition and delete the old pipeline if it keeps "
                     "the value."),
}


def for_kind(kind: str, rule_remediation: str = "") -> str:
    specific = BY_KIND.get(kind, "Move the value to AWS Secrets Manager and reference it instead.")
    text = f"{ROTATE} {specific}"
    if rule_remediation:
        text += f" ({rule_remediation.strip()})"
    return text
