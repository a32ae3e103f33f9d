"""Auto Scaling launch configurations (deprecated, but old ones still hold user data)."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, paginate
from credgate.audit.decode import decode_user_data
from credgate.models import Skip

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
        try:
            data, how = decode_user_data(ud)
        except (OSError, ValueError, EOFError) as exc:
            yield Skip(arn, "decode-error", f"user data could not be decoded: {exc}")
            continue
        yield ctx.item(arn, RESOURCE_TYPE, "launch-configuration", "UserData", data, decoded_from=how)
