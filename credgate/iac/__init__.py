"""Structure-aware IaC readers (CloudFormation/SAM, ECS, parameter files, ...)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from credgate.linter.engine import Engine
    from credgate.models import Finding, Fragment, Skip


def looks_like_iac(path: str, data: bytes) -> bool:
    return False


def analyze(frag: "Fragment", engine: "Engine") -> "tuple[list[Finding], list[Skip]]":
    return [], []
