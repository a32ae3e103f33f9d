"""EC2 launch templates: user data of every version."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.audit.decode import decode_user_data
from credgate.models import Skip

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
        try:
            versions = list(paginate(ec2, "describe_launch_template_versions", "LaunchTemplateVersions",
                                     LaunchTemplateId=ltid, PaginationConfig=PAGE))
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(arn, reason, detail)
            continue
        for v in versions:
            ud = (v.get("LaunchTemplateData") or {}).get("UserData")
            if not ud:
                continue
            n = v.get("VersionNumber")
            field = f"Versions.{n}.LaunchTemplateData.UserData"
            try:
                data, how = decode_user_data(ud)
            except (OSError, ValueError, EOFError) as exc:
                yield Skip(f"{arn}#{field}", "decode-error", f"user data could not be decoded: {exc}")
                continue
            yield ctx.item(arn, RESOURCE_TYPE, "launch-template", field, data, path=f"{arn}#{field}",
                           decoded_from=how)
