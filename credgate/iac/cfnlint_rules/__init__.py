"""credgate's slot checks as cfn-lint custom rules (user range E91xx).

    cfn-lint --append-rules "$(python -m credgate.iac --cfn-lint-rules)" template.yaml

cfn-lint loads every ``[A-Za-z1-9]*.py`` file of this folder (this ``__init__``
is skipped by its loader) and instantiates each CloudFormationLintRule subclass.
Only cfn-lint imports this package's rule modules: credgate's own scan path
never imports cfn-lint.
"""
