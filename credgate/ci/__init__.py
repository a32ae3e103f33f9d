"""CodeBuild/CodeCommit gates: the build environment and event (codebuild), pull-request comments and approvals (codecommit)."""
