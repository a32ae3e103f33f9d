"""Auto Scaling launch configurations (deprecated, but old ones still hold user data)."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, paginate

NAME = "autoscaling"
SERVICE = "autoscaling"
RESOURCE_TYPE = "AWS::AutoScaling::LaunchConfiguration"


def collect(ctx: Context) -> Iterator[Produced]:
    asg = ctx.client("autoscaling")
    for lc in paginate(asg, "describe_launch_configurations", "LaunchConfigurations"):
        arn = lc.get("LaunchConfigurationARN") or ctx.arn(
            "autoscaling", f"launchConfiguration:*:launchConfigurationName/{lc.get('LaunchConfigurationName')}")
        ud = lc.get("UserData")
        if not ud:
            continue
        yield ctx.decoded_item(arn, RESOURCE_TYPE, "launch-configuration", "UserData", ud)
