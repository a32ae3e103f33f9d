"""SSM: String/StringList parameters (never SecureString values) and documents owned by the account."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.models import Skip

NAME = "ssm"
SERVICE = "ssm"
PARAM_TYPE = "AWS::SSM::Parameter"
DOC_TYPE = "AWS::SSM::Document"
PLAIN = ("String", "StringList")


def collect(ctx: Context) -> Iterator[Produced]:
    ssm = ctx.client("ssm")
    names = [p["Name"] for p in paginate(
        ssm, "describe_parameters", "Parameters",
        ParameterFilters=[{"Key": "Type", "Option": "Equals", "Values": list(PLAIN)}],
    ) if p.get("Type") in PLAIN]
    for i in range(0, len(names), 10):
        resp = ssm.get_parameters(Names=names[i : i + 10], WithDecryption=False)
        for p in resp.get("Parameters") or []:
            # Checked again: a SecureString read without decryption is ciphertext (moto: fake ciphertext
            # that embeds the plaintext); scanning it would only produce noise.
            if p.get("Type") not in PLAIN:
                continue
            name = p["Name"]
            arn = p.get("ARN") or ctx.arn("ssm", f"parameter{name if name.startswith('/') else '/' + name}")
            data = f"{name}={p.get('Value', '')}\n".encode("utf-8", "surrogatepass")
            yield ctx.item(arn, PARAM_TYPE, "ssm-parameter", "Value", data)
    for doc in paginate(ssm, "list_documents", "DocumentIdentifiers",
                        Filters=[{"Key": "Owner", "Values": ["Self"]}]):
        name = doc["Name"]
        arn = ctx.arn("ssm", f"document/{name}")
        try:
            d = ssm.get_document(Name=name)
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(arn, reason, detail)
            continue
        content = d.get("Content") or ""
        if content:
            yield ctx.item(arn, DOC_TYPE, "ssm-document", "Content", content.encode("utf-8", "surrogatepass"))
