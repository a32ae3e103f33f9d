"""EC2 instance user data (base64, gzip and MIME multipart decoded); stopped instances too."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, call, paginate

NAME = "ec2"
SERVICE = "ec2"
RESOURCE_TYPE = "AWS::EC2::Instance"


def collect(ctx: Context) -> Iterator[Produced]:
    ec2 = ctx.client("ec2")
    for res in paginate(ec2, "describe_instances", "Reservations", PaginationConfig={"PageSize": 1000}):
        for inst in res.get("Instances") or []:
            iid = inst["InstanceId"]
            arn = ctx.arn("ec2", f"instance/{iid}")
            attr, skip = call(arn, ec2.describe_instance_attribute, InstanceId=iid, Attribute="userData")
            if skip is not None:
                yield skip
                continue
            value = (attr.get("UserData") or {}).get("Value")
            if value:
                yield ctx.decoded_item(arn, RESOURCE_TYPE, "ec2", "UserData", value)
