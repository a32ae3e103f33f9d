"""Files that are IaC by name alone (no content sniffing): name -> kind."""
from __future__ import annotations

FIXED_NAMES = {
    "samconfig.toml": "samconfig-toml",
    "samconfig.yaml": "samconfig-yaml",
    "samconfig.yml": "samconfig-yaml",
    "cdk.json": "cdk",
    "cdk.context.json": "cdk",
    "dockerfile": "dockerfile",
    "containerfile": "dockerfile",
}
