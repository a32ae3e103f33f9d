"""EC2 launch templates: user data of every version."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, call, paginate

NAME = "launch-templates"
SERVICE = "ec2"
RESOURCE_TYPE = "AWS::EC2::LaunchTemplate"
# PageSize 200 is the API maximum; it also avoids moto's silent truncation at 15.
PAGE = {"PageSize": 200}


def collect(ctx: Context) -> Iterator[Produced]:
    ec2 = ctx.client("ec2")
    for lt in paginate(ec2, "describe_launch_templates", "LaunchTemplates", PaginationConfig=PAGE):
        ltid = lt["LaunchTemplateId"]
        arn = ctx.arn("ec2", f"launch-template/{ltid}")
        versions, skip = call(arn, lambda: list(paginate(ec2, "describe_launch_template_versions",
                                                         "LaunchTemplateVersions", LaunchTemplateId=ltid,
                                                         PaginationConfig=PAGE)))
        if skip is not None:
            yield skip
            continue
        for v in versions:
            ud = (v.get("LaunchTemplateData") or {}).get("UserData")
            if not ud:
                continue
            n = v.get("VersionNumber")
            field = f"Versions.{n}.LaunchTemplateData.UserData"
            yield ctx.decoded_item(arn, RESOURCE_TYPE, "launch-template", field, ud, skip_at=f"{arn}#{field}",
                                   path=f"{arn}#{field}")
