"""EC2 instance user data (base64, gzip and MIME multipart decoded); stopped instances too."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.audit.decode import decode_user_data
from credgate.models import Skip

NAME = "ec2"
SERVICE = "ec2"
RESOURCE_TYPE = "AWS::EC2::Instance"


def collect(ctx: Context) -> Iterator[Produced]:
    ec2 = ctx.client("ec2")
    for res in paginate(ec2, "describe_instances", "Reservations", PaginationConfig={"PageSize": 1000}):
        for inst in res.get("Instances") or []:
            iid = inst["InstanceId"]
            arn = ctx.arn("ec2", f"instance/{iid}")
            try:
                attr = ec2.describe_instance_attribute(InstanceId=iid, Attribute="userData")
            except Exception as exc:  # noqa: BLE001
                reason, detail = classify(exc)
                yield Skip(arn, reason, detail)
                continue
            value = (attr.get("UserData") or {}).get("Value")
            if not value:
                continue
            try:
                data, how = decode_user_data(value)
            except (OSError, ValueError, EOFError) as exc:
                yield Skip(arn, "decode-error", f"user data could not be decoded: {exc}")
                continue
            yield ctx.item(arn, RESOURCE_TYPE, "ec2", "UserData", data, decoded_from=how)
